// The HTTP side of `boundgraph fetch`: one page at a time through an on-disk cache keyed by request (a finished page
// is never asked for again, so a killed run resumes where it stopped), at most one request per delay, retries with
// back-off on 429/5xx/network errors/cut-off answers (Retry-After honoured), and one line when the service refuses.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, escapeForTerminal } from './errors.ts';
import { writeFileAtomic } from './io.ts';
import { backoffMs, cacheKey, classifyStatus, requestText, retryAfterMs, type Api, type BackoffPolicy, type FetchRequest, type HttpAnswer, type PageVerdict } from '../fetch/index.ts';

export interface ClientOptions {
  api: Api;
  /** the API's name in messages ("arXiv") */
  name: string;
  /** folder of cached pages; null: no cache */
  cacheDir: string | null;
  /** ask again even when a page is cached (the answer still replaces the cached one) */
  refresh: boolean;
  /** least time between two requests */
  delayMs: number;
  backoff: BackoffPolicy;
  /** tries per page, the first included */
  tries: number;
  timeoutMs: number;
  headers: Record<string, string>;
  /** what a refusal (4xx) says, from its body */
  refusal(answer: HttpAnswer): string;
  /** one-line notices (a retry, a wait) */
  notice(line: string): void;
}

export interface ClientStats { pages: number; cached: number; fetched: number; retries: number }

/** A run that cannot go on: one line, exit code 2. */
export class FetchError extends InputError {}

interface CachedPage { request: string; status: number; body: string }

const sleep = (ms: number) => new Promise<void>((resolve) => { setTimeout(resolve, ms); });
const secs = (ms: number) => (ms >= 10_000 ? `${Math.round(ms / 1000)} s` : `${(ms / 1000).toFixed(1).replace(/\.0$/, '')} s`);
const shortUrl = (u: string) => (u.length > 160 ? `${u.slice(0, 157)}…` : u);

export class FetchClient {
  readonly stats: ClientStats = { pages: 0, cached: 0, fetched: 0, retries: 0 };
  private last = 0;
  constructor(private readonly opts: ClientOptions) {}

  private cacheFile(req: FetchRequest): string | null {
    if (!this.opts.cacheDir) return null;
    // 256 folders by the key's first byte: each write lists its folder (stale temp files), so folders stay small
    const key = cacheKey(req);
    return path.join(this.opts.cacheDir, this.opts.api, key.slice(0, 2), `${key}.json`);
  }

  private async readCache(req: FetchRequest): Promise<HttpAnswer | null> {
    const file = this.cacheFile(req);
    if (!file || this.opts.refresh) return null;
    let rec: CachedPage;
    try { rec = JSON.parse(await fs.readFile(file, 'utf8')) as CachedPage; } catch { return null; }
    // a hash collision or a hand-edited file is a miss, never another request's page
    if (!rec || rec.request !== requestText(req) || typeof rec.body !== 'string' || typeof rec.status !== 'number') return null;
    return { status: rec.status, headers: {}, body: rec.body };
  }

  private async writeCache(req: FetchRequest, answer: HttpAnswer): Promise<void> {
    const file = this.cacheFile(req);
    if (!file) return;
    const rec: CachedPage = { request: requestText(req), status: answer.status, body: answer.body };
    try { await writeFileAtomic(file, JSON.stringify(rec)); } catch (err) {
      this.opts.notice(`cache: cannot write ${file} (${err instanceof Error ? err.message : String(err)}); going on without it`);
    }
  }

  /** One request over the network, after the rate limit's wait. Network failures come back as null with the reason. */
  private async send(req: FetchRequest): Promise<HttpAnswer | { error: string }> {
    const wait = this.last + this.opts.delayMs - Date.now();
    if (wait > 0) await sleep(wait);
    this.last = Date.now();
    this.stats.fetched++;
    try {
      const res = await fetch(req.url, {
        method: req.method,
        headers: { ...this.opts.headers, ...(req.body !== undefined ? { 'content-type': 'application/json' } : {}) },
        body: req.body,
        signal: AbortSignal.timeout(this.opts.timeoutMs),
        redirect: 'follow',
      });
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => { headers[k.toLowerCase()] = v; });
      const body = await res.text();
      return { status: res.status, headers, body };
    } catch (err) {
      const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
      if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return { error: `no answer within ${secs(this.opts.timeoutMs)}` };
      return { error: e?.cause?.code ?? e?.cause?.message ?? e?.message ?? String(err) };
    }
  }

  /**
   * A page: from the cache when it holds it, else fetched (and cached once the verdict accepts it). Retries what may
   * pass (429, 5xx, network errors, answers the verdict rejects) up to `tries` times; a soft rejection left after the
   * last try is used as it is with a warning (and not cached, so a later run asks again).
   */
  async page<P>(req: FetchRequest, verdict: (answer: HttpAnswer) => PageVerdict<P>): Promise<{ page: P; warning: string | null }> {
    this.stats.pages++;
    const cached = await this.readCache(req);
    if (cached) {
      const v = verdict(cached);
      if (v.kind === 'ok') { this.stats.cached++; return { page: v.page, warning: null }; }
    }
    let lastReason = '';
    let soft: { page: P; warning: string } | null = null;
    for (let attempt = 1; attempt <= this.opts.tries; attempt++) {
      if (attempt > 1) {
        this.stats.retries++;
      }
      const answer = await this.send(req);
      let retryAfter: number | null = null;
      if ('error' in answer) {
        lastReason = `network error: ${answer.error}`;
      } else {
        const cls = classifyStatus(answer.status);
        if (cls === 'refused') {
          throw new FetchError(`${this.opts.name} refused ${req.label} (HTTP ${answer.status}): ${this.opts.refusal(answer) || 'no reason given'} — ${shortUrl(req.url)}`);
        }
        if (cls === 'retry') {
          lastReason = `HTTP ${answer.status}${answer.status === 429 ? ' (rate limited)' : ''}`;
          retryAfter = retryAfterMs(answer.headers['retry-after'], Date.now());
        } else {
          const v = verdict(answer);
          if (v.kind === 'ok') { await this.writeCache(req, answer); return { page: v.page, warning: null }; }
          if (v.kind === 'fatal') throw new FetchError(`${v.message} — ${shortUrl(req.url)}`);
          lastReason = v.reason;
          soft = v.soft ?? null;
        }
      }
      if (attempt === this.opts.tries) break;
      const wait = backoffMs(attempt + 1, this.opts.backoff, retryAfter);
      if (wait === null) {
        throw new FetchError(`${this.opts.name} asks to wait ${secs(retryAfter ?? 0)} before the next request (${lastReason}); run the same command again later: the pages fetched so far are cached`);
      }
      this.opts.notice(`${this.opts.name} ${req.label}: ${lastReason}; trying again in ${secs(wait)} (try ${attempt + 1} of ${this.opts.tries})`);
      // the back-off replaces the rate limit's wait for this request
      this.last = Date.now() + wait - this.opts.delayMs;
    }
    if (soft) return { page: soft.page, warning: soft.warning };
    throw new FetchError(`${this.opts.name} ${req.label}: no usable answer after ${this.opts.tries} tries (${lastReason}); the pages before it are cached — run the same command again to resume — ${shortUrl(req.url)}`);
  }
}

/** A terminal progress line (stderr on a TTY only): records, rate, ETA when the total is known. */
export function fetchProgress(label: string) {
  const tty = Boolean(process.stderr.isTTY);
  const t0 = Date.now();
  let done = 0;
  let total: number | null = null;
  let lastDraw = 0;
  let drawn = false;
  const draw = () => {
    if (!tty) return;
    const s = Math.max((Date.now() - t0) / 1000, 1e-3);
    const rate = done / s;
    const width = 24;
    const bar = total ? `[${'#'.repeat(Math.min(width, Math.round((done / total) * width))).padEnd(width, '.')}] ${done}/${total}` : `${done}`;
    const eta = total && rate > 0 && done < total ? ` · ETA ${Math.ceil((total - done) / rate)} s` : '';
    process.stderr.write(`\r${label} ${bar} papers · ${rate.toFixed(1)}/s${eta}\x1b[K`);
    drawn = true;
  };
  return {
    setTotal(n: number | null) { total = n; },
    add(n: number) { done += n; const now = Date.now(); if (now - lastDraw > 100) { lastDraw = now; draw(); } },
    /** clear the line before another line is printed */
    clear() { if (tty && drawn) process.stderr.write('\r\x1b[K'); },
    done() { if (tty && drawn) { draw(); process.stderr.write('\n'); } },
  };
}

/** A line for stderr: escaped, one line. */
export function oneLine(s: string): string {
  return escapeForTerminal(s);
}
