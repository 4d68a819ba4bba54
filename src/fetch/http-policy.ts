// How the fetch client treats an HTTP answer and how long it waits: which statuses are worth a retry, how a
// Retry-After header reads, the back-off between tries, and the cache key of a request. Pure (no clock, no I/O).
import type { FetchRequest } from './types.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export type StatusClass = 'ok' | 'retry' | 'refused';

/** 200 is a page; 408, 425, 429 and 5xx may pass on retrying; any other status is a refusal to report and stop on. */
export function classifyStatus(status: number): StatusClass {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 408 || status === 425 || status === 429 || (status >= 500 && status <= 599)) return 'retry';
  return 'refused';
}

/** Milliseconds a Retry-After header asks for (seconds, or an HTTP date against `nowMs`); null when absent or unreadable. */
export function retryAfterMs(header: string | undefined, nowMs: number): number | null {
  if (!header) return null;
  const h = header.trim();
  if (/^\d{1,7}(?:\.\d{1,3})?$/.test(h)) return Math.round(Number(h) * 1000);
  if (h.length > 64) return null;
  const t = Date.parse(h);
  return Number.isNaN(t) ? null : Math.max(0, t - nowMs);
}

export interface BackoffPolicy {
  /** first wait without a Retry-After; doubles each try */
  baseMs: number;
  /** longest wait the client computes itself */
  maxMs: number;
  /** a Retry-After longer than this is not waited for: the run stops and says when to come back */
  patienceMs: number;
}

/**
 * The wait before try `attempt` (2 = the first retry): what the server asked for when it said, else exponential
 * back-off from `baseMs`. Returns null when the server asks for more than `patienceMs`.
 */
export function backoffMs(attempt: number, policy: BackoffPolicy, retryAfter: number | null): number | null {
  if (retryAfter !== null) return retryAfter > policy.patienceMs ? null : retryAfter;
  return Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 2));
}

/** 32-bit FNV-1a from a seed, as 8 hex digits. */
function fnv(text: string, seed: number): string {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The canonical text of a request (the cache stores it beside the answer and checks it on every hit). */
export function requestText(req: Pick<FetchRequest, 'method' | 'url' | 'body'>): string {
  return `${req.method} ${req.url}\n${req.body ?? ''}`;
}

/** The cache file name of a request: two FNV hashes (64 bits) of its text; a hit is confirmed by the stored text. */
export function cacheKey(req: Pick<FetchRequest, 'method' | 'url' | 'body'>): string {
  const t = requestText(req);
  return `${fnv(t, 0x811c9dc5)}${fnv(t, 0x050c5d1f)}`;
}

/**
 * The base URL of an API: the override when given (an `--api-base` flag, an environment variable), else the public
 * service. An override that is only an origin (`http://127.0.0.1:8080`) keeps the service's own path, so a mirror
 * or replay server that answers at the same paths stands in for the service; an override with a path is used as is.
 */
export function resolveBase(publicBase: string, override: string | undefined | null): string {
  const o = override?.trim();
  if (!o) return publicBase;
  let url: URL;
  try { url = new URL(o); } catch { throw new Error(`not a URL: "${o.slice(0, 200)}"`); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`not an http(s) URL: "${o.slice(0, 200)}"`);
  const path = trimEndMatching(url.pathname, /\//);
  const base = `${url.protocol}//${url.host}`;
  return path ? `${base}${path}` : `${base}${trimEndMatching(new URL(publicBase).pathname, /\//)}`;
}
