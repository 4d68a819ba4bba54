// A folder of outputs replaced as a whole (`build -o DIR`): every file is written into a staging folder beside DIR,
// then DIR is swapped for it by two renames under a lock, so a reader sees the old build's files or the new one's,
// never a mix, and a failure (disk full, a kill) leaves the old folder as it was. Files in DIR that a build does not
// write are carried over into the new folder.
import { promises as fs } from 'node:fs';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { InputError } from './errors.ts';

/** What a build writes at the top of its folder; everything else there is the user's and is kept. */
const BUILD_ENTRIES = new Set(['graph.json', 'claims.json', 'search.json', 'clusters', 'papers']);
const STALE_MS = 24 * 60 * 60 * 1000;
/** How long a build waits for another one writing the same folder before giving up (one line, exit 2). */
const LOCK_WAIT_MS = 30 * 60 * 1000;

const ours = (base: string) => new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.boundgraph-(\\d{1,10})-[0-9a-f]{8}\\.(?:staging|old)$`);

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try { process.kill(pid, 0); return true; } catch (err) { return (err as NodeJS.ErrnoException).code === 'EPERM'; }
}

function failure(what: string, err: unknown): Error {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why: Record<string, string> = {
    ENOSPC: 'no space left on the device', EACCES: 'permission denied', EPERM: 'not permitted', EROFS: 'read-only file system',
    ENOTDIR: 'a file is in the way', EEXIST: 'a file is in the way', EDQUOT: 'disk quota exceeded', EISDIR: 'a directory is in the way',
  };
  if (err instanceof InputError) return err;
  return code && /^E[A-Z]+$/.test(code) ? new InputError(`${what}: cannot write the output (${why[code] ?? code})`) : (err instanceof Error ? err : new Error(String(err)));
}

/** Staging and old folders that a killed build left beside `target`. */
async function removeLeftovers(parent: string, base: string): Promise<void> {
  let names: string[] = [];
  try { names = await fs.readdir(parent); } catch { return; }
  const re = ours(base);
  for (const n of names) {
    const m = re.exec(n);
    if (!m) continue;
    const p = path.join(parent, n);
    const st = await fs.lstat(p).catch(() => null);
    if (!st?.isDirectory() || (alive(Number(m[1])) && Date.now() - st.mtimeMs < STALE_MS)) continue;
    await fs.rm(p, { recursive: true, force: true }).catch(() => {});
  }
}

/** Take the folder's lock (a file created exclusively, holding our pid); waits while a live build holds it. */
async function lock(lockFile: string, shown: string): Promise<() => Promise<void>> {
  const t0 = Date.now();
  for (;;) {
    try {
      const h = await fs.open(lockFile, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      return () => fs.rm(lockFile, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw failure(shown, err);
    }
    const holder = Number((await fs.readFile(lockFile, 'utf8').catch(() => '')).trim());
    const st = await fs.stat(lockFile).catch(() => null);
    // a lock whose build is gone (killed) is taken over; an empty one is being written right now unless it is old
    if (st && ((holder > 0 && !alive(holder)) || (!holder && Date.now() - st.mtimeMs > 10_000))) { await fs.rm(lockFile, { force: true }); continue; }
    if (Date.now() - t0 > LOCK_WAIT_MS) throw new InputError(`${shown}: another build (pid ${holder || '?'}) is writing this folder; wait for it or choose another -o`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Write a folder of outputs as a whole: `fill` writes every file into a staging folder, which then replaces
 * `target`. `shown` names the folder in messages.
 */
export async function replaceFolder(target: string, shown: string, fill: (staging: string) => Promise<void>): Promise<void> {
  const abs = path.resolve(target);
  const cwd = process.cwd();
  if (abs === path.parse(abs).root || cwd === abs || cwd.startsWith(abs + path.sep)) {
    throw new InputError(`${shown}: the output folder is replaced as a whole; choose a folder for the graph, not the current folder or one above it`);
  }
  const parent = path.dirname(abs);
  const base = path.basename(abs);
  try { await fs.mkdir(parent, { recursive: true }); } catch (err) { throw failure(shown, err); }
  await removeLeftovers(parent, base);
  const tag = `${process.pid}-${randomBytes(4).toString('hex')}`;
  const staging = path.join(parent, `.${base}.boundgraph-${tag}.staging`);
  const old = path.join(parent, `.${base}.boundgraph-${tag}.old`);
  try {
    await fs.mkdir(staging);
    await fill(staging);
  } catch (err) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
    throw failure(shown, err);
  }
  let unlock: (() => Promise<void>) | null = null;
  try {
    unlock = await lock(path.join(parent, `.${base}.boundgraph.lock`), shown);
    const st = await fs.lstat(abs).catch(() => null);
    if (st && !st.isDirectory()) throw new InputError(`${shown}: cannot write the output (a file is in the way)`);
    if (st) {
      // the user's own files in the folder come along (copied, so the old folder stays whole until the swap)
      for (const name of await fs.readdir(abs)) {
        if (BUILD_ENTRIES.has(name) || /\.boundgraph-\d+-[0-9a-f]+\.tmp$/.test(name)) continue;
        await fs.cp(path.join(abs, name), path.join(staging, name), { recursive: true, errorOnExist: false, force: false, verbatimSymlinks: true });
      }
      await fs.rename(abs, old);
      try { await fs.rename(staging, abs); } catch (err) { await fs.rename(old, abs).catch(() => {}); throw err; }
    } else {
      await fs.rename(staging, abs);
    }
  } catch (err) {
    await fs.rm(staging, { recursive: true, force: true }).catch(() => {});
    throw failure(shown, err);
  } finally {
    await unlock?.();
  }
  await fs.rm(old, { recursive: true, force: true }).catch(() => {});
}
