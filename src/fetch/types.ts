// Types of the fetch stage: requests to the paper APIs, the answers they give, and what a page parser makes of one.

export type Api = 'arxiv' | 's2' | 'openalex';

/** One HTTP request of a paging run; its method, url and body are the cache key (headers such as an API key are not). */
export interface FetchRequest {
  method: 'GET' | 'POST';
  url: string;
  body?: string;
  /** what the request is, for progress and error lines: "page 3 (start=200)" */
  label: string;
}

/** An HTTP answer: status, lower-cased header names, the body as text. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * What a page parser makes of a 200 answer: a page to use; a retry (the answer was cut off, empty or a repeat — when
 * `soft`, a page that stays so after the last try is used as it is, with a warning, instead of failing); or a refusal
 * to stop on (one line, said as is).
 */
export type PageVerdict<P> =
  | { kind: 'ok'; page: P }
  | { kind: 'retry'; reason: string; soft?: { page: P; warning: string } }
  | { kind: 'fatal'; message: string };
