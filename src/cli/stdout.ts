// Standard output for the CLI: every write is awaited and its error surfaces as one line (exit 2), so a full disk
// or a broken device is never a silent truncation or a stack trace. A reader that closes the pipe early (`| head`)
// is not an error: the command stops quietly.
import { InputError } from './errors.ts';

let failure: NodeJS.ErrnoException | null = null;
let watching = false;

const WHY: Record<string, string> = {
  ENOSPC: 'no space left on the device', EIO: 'input/output error', EFBIG: 'file too large', EDQUOT: 'disk quota exceeded',
  EBADF: 'standard output is closed', EROFS: 'read-only file system', EACCES: 'permission denied', EPERM: 'not permitted',
};

/** The one-line error for a failed write to standard output. */
export function stdoutError(err: NodeJS.ErrnoException): InputError {
  return new InputError(`standard output: cannot write the output (${WHY[err.code ?? ''] ?? err.code ?? err.message})`);
}

/** Called once by main: a closed reader ends the process quietly; any other error is kept for `stdoutFailure`. */
export function watchStdout(): void {
  if (watching) return;
  watching = true;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    failure ??= err;
  });
}

/** The first write error standard output had, if any (after the command, main turns it into exit 2). */
export function stdoutFailure(): InputError | null {
  return failure ? stdoutError(failure) : null;
}

/** Write to standard output and wait until it is accepted; rejects with a one-line InputError on a write error. */
export function writeStdout(s: string): Promise<void> {
  if (failure) return Promise.reject(stdoutError(failure));
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err?: Error | null) => {
      if (!err) { resolve(); return; }
      const e = err as NodeJS.ErrnoException;
      if (e.code === 'EPIPE') { process.exit(process.exitCode ?? 0); return; }
      failure ??= e;
      reject(stdoutError(e));
    });
  });
}
