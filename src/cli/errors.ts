// Errors the CLI turns into exit code 2 with a one-line message (anything else is exit 1).

/** Bad command-line arguments. */
export class UsageError extends Error {}

/** An input file that cannot be used at all; the message names the file and the reason. */
export class InputError extends Error {}
