// File output helpers for the CLI shell: atomic writes and a TTY-only progress bar.
import { promises as fs, createWriteStream } from 'node:fs';
import path from 'node:path';

/** Write a file atomically: a temp file in the same folder, fsync'd, then renamed over the target. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await fs.mkdir(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const handle = await fs.open(tmp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}

/**
 * Stream many chunks to a file atomically (for outputs too big to build as one string).
 * Call write() for each chunk, then commit(); abort() removes the temp file.
 */
export function atomicStream(file: string) {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  let stream: ReturnType<typeof createWriteStream> | null = null;
  const open = async () => {
    if (!stream) {
      await fs.mkdir(dir, { recursive: true });
      stream = createWriteStream(tmp);
    }
    return stream;
  };
  return {
    async write(chunk: string): Promise<void> {
      const s = await open();
      if (!s.write(chunk)) await new Promise<void>((resolve) => s.once('drain', resolve));
    },
    async commit(): Promise<void> {
      const s = await open();
      await new Promise<void>((resolve, reject) => s.end((err?: Error | null) => (err ? reject(err) : resolve())));
      await fs.rename(tmp, file);
    },
    async abort(): Promise<void> {
      if (stream) await new Promise<void>((resolve) => stream!.end(() => resolve()));
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
