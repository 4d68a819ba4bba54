// Errors the CLI turns into exit code 2 with a one-line message (anything else is exit 1), and the
// escaping that keeps every such line one line of plain text on a terminal.

// C0 controls (tab, newline and carriage return included: a message is one line), DEL, C1 controls, and the
// bidirectional overrides and isolates that can make a terminal show text in another order than it is.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from input files (titles, file names, parser messages quoting the input) made safe to print: control
 * characters become visible escapes (`\x1b`, `\n`, `\u202e`) instead of moving the cursor, recolouring the
 * terminal or splitting one error into several lines. Backslashes are left alone, so LaTeX stays readable.
 */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => NAMED[c] ?? (c.charCodeAt(0) < 0x100
    ? `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`
    : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** Bad command-line arguments. */
export class UsageError extends Error {
  constructor(message: string) { super(escapeForTerminal(message)); }
}

/** An input file that cannot be used at all; the message names the file and the reason. */
export class InputError extends Error {
  constructor(message: string) { super(escapeForTerminal(message)); }
}
