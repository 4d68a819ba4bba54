// File output helpers for the CLI shell: atomic writes (recognisable temp files, stale ones cleaned up) and a
// TTY-only progress bar.
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { InputError } from './errors.ts';

// Temp files are named `.<target>.boundgraph-<pid>-<random>.tmp` beside their target, so they are recognisable and
// a later write can tell whose they are. Earlier versions wrote `.<target>.<pid>.<ms>.tmp`; those are cleaned too.
const STALE_MS = 24 * 60 * 60 * 1000;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The temp file path for one write of `file`. */
export function tempPathFor(file: string): string {
  const abs = path.resolve(file);
  return path.join(path.dirname(abs), `.${path.basename(abs)}.boundgraph-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
}

/** Is a process with this id running (or alive under another user)? */
function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove temp files an earlier write of `file` left behind when its process was killed (SIGKILL, power loss): those
 * whose process is gone, and any older than a day (a pid may have been reused). Never throws; returns what it removed.
 */
export async function removeStaleTemps(file: string, now = Date.now()): Promise<string[]> {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  const base = escapeRegExp(path.basename(abs));
  const ours = new RegExp(`^\\.${base}\\.boundgraph-(\\d{1,10})-[0-9a-f]{1,32}\\.tmp$`);
  const legacy = new RegExp(`^\\.${base}\\.(\\d{1,10})\\.\\d{10,16}\\.tmp$`);
  let names: string[];
  try { names = await fs.readdir(dir); } catch { return []; }
  const removed: string[] = [];
  for (const name of names) {
    const m = ours.exec(name) ?? legacy.exec(name);
    if (!m) continue;
    const p = path.join(dir, name);
    const st = await fs.lstat(p).catch(() => null);
    if (!st?.isFile()) continue;
    if (processAlive(Number(m[1])) && now - st.mtimeMs < STALE_MS) continue;
    try { await fs.rm(p, { force: true }); removed.push(p); } catch { /* someone else's, or gone: leave it */ }
  }
  return removed;
}

/** A write that failed for a reason the user can fix (a folder in the way, no permission, disk full): exit 2, one line. */
function outputError(file: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (!code || !/^E[A-Z]+$/.test(code)) return err instanceof Error ? err : new Error(String(err));
  const why: Record<string, string> = {
    EISDIR: 'a directory is in the way', EACCES: 'permission denied', EPERM: 'not permitted', ENOSPC: 'no space left on the device',
    EROFS: 'read-only file system', ENOTDIR: 'a file is in the way of a folder on the path', EDQUOT: 'disk quota exceeded',
  };
  return new InputError(`${file}: cannot write the output (${why[code] ?? code})`);
}

/** Write a file atomically: a temp file in the same folder, fsync'd, then renamed over the target. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  try { await fs.mkdir(dir, { recursive: true }); } catch (err) { throw outputError(file, err); }
  await removeStaleTemps(file);
  const tmp = tempPathFor(file);
  try {
    const handle = await fs.open(tmp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw outputError(file, err);
  }
}

/**
 * Stream many chunks to a file atomically (for outputs too big to build as one string).
 * Call write() for each chunk, then commit(); abort() removes the temp file.
 */
export function atomicStream(file: string) {
  const dir = path.dirname(path.resolve(file));
  const tmp = tempPathFor(file);
  let handle: FileHandle | null = null;
  let failed: unknown = null;
  const open = async (): Promise<FileHandle> => {
    if (!handle) {
      try {
        await fs.mkdir(dir, { recursive: true });
        await removeStaleTemps(file);
        handle = await fs.open(tmp, 'wx');
      } catch (err) {
        failed = err;
        throw outputError(file, err);
      }
    }
    return handle;
  };
  // chunks are buffered and written in large blocks: one write call per MB, not per record
  let buffered: string[] = [];
  let bufferedLength = 0;
  const flush = async () => {
    if (!bufferedLength) return;
    const h = await open();
    const data = buffered.join('');
    buffered = [];
    bufferedLength = 0;
    try { await h.writeFile(data); } catch (err) { failed = err; throw outputError(file, err); }
  };
  return {
    async write(chunk: string): Promise<void> {
      if (failed) throw outputError(file, failed);
      buffered.push(chunk);
      bufferedLength += chunk.length;
      if (bufferedLength >= 1 << 20) await flush();
    },
    async commit(): Promise<void> {
      await flush();
      const h = await open();
      try {
        await h.sync();
        await h.close();
        handle = null;
        await fs.rename(tmp, file);
      } catch (err) {
        await fs.rm(tmp, { force: true });
        throw outputError(file, err);
      }
    },
    async abort(): Promise<void> {
      buffered = [];
      bufferedLength = 0;
      if (handle) { await handle.close().catch(() => {}); handle = null; }
      await fs.rm(tmp, { force: true });
    },
  };
}

/** A progress bar on stderr, drawn only when stderr is a TTY; at most ~10 redraws per second. */
export function progressBar(label: string, total: number | null) {
  const tty = Boolean(process.stderr.isTTY);
  const t0 = Date.now();
  let last = 0;
  let done = 0;
  const draw = (final = false) => {
    if (!tty) return;
    const secs = Math.max((Date.now() - t0) / 1000, 1e-3);
    const rate = Math.round(done / secs);
    let bar = '';
    if (total && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
    } else {
      bar = `${done}`;
    }
    process.stderr.write(`\r${label} ${bar} ${rate}/s${final ? '\n' : ''}`);
  };
  return {
    tick(n = 1) {
      done += n;
      const now = Date.now();
      if (now - last > 100) { last = now; draw(); }
    },
    done() { draw(true); },
  };
}
