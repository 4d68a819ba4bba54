// `boundgraph fetch`: from a question to a file `read` and `build` take — arXiv (Atom), Semantic Scholar and OpenAlex
// (JSON) — paged through completely, politely (rate limit, back-off, Retry-After), through an on-disk cache that makes
// a re-run free and a killed run resumable, with a progress line on a terminal and a summary line at the end.
import { promises as fs } from 'node:fs';
import { UsageError, InputError, escapeForTerminal } from '../errors.ts';
import { writeFileAtomic } from '../io.ts';
import { intOption, numberOption, parseCommandArgs } from '../args.ts';
import { FetchClient, fetchProgress, type ClientOptions } from '../fetch-client.ts';
import { runArxiv, runOpenAlex, runS2, type RunHooks, type RunResult } from '../fetch-runs.ts';
import {
  ARXIV_DELAY_MS, ARXIV_MAX_PAGE, ARXIV_PAGE_SIZE, ARXIV_PUBLIC_BASE, OPENALEX_DELAY_MS, OPENALEX_PAGE, OPENALEX_PUBLIC_BASE, S2_DELAY_MS, S2_PUBLIC_BASE,
  parseArxivPage, parseIdList, refusalText, resolveBase, type Api, type ArxivSort,
} from '../../fetch/index.ts';
import { VERSION } from '../../version.ts';
import { writeStdout } from '../stdout.ts';

export const summary = 'fetch papers from arXiv, Semantic Scholar or OpenAlex into a file read/build take';

export const help = `usage: boundgraph fetch arxiv ["<search_query>"] [--ids FILE] [--max N] [--sort relevance|submitted|updated] [-o feed.xml]
       boundgraph fetch s2 (--query "<q>" | --paper ID [--paper ID…] | --ids FILE) [--references] [--citations] [--max N] [-o papers.json]
       boundgraph fetch openalex (--search "<q>" | --filter "<f>") [--max N] [--mailto EMAIL] [-o works.json]

Pages through a paper API and writes what it answers in a file \`read\` and \`build\` take as it is:
  arxiv     the arXiv API: search_query syntax (cat:cs.DS, ti:, abs:, au:, AND / OR / ANDNOT, parentheses,
            "quoted phrases"), or --ids FILE (arXiv ids, one per line or space-separated; # comments).
            Paged with start/max_results. Output: an Atom feed (the entries as arXiv served them).
  s2        the Semantic Scholar Graph API: paper/search/bulk (token paging), paper/{id} or paper/batch
            (ids: S2 ids, DOIs, CorpusId:…, ARXIV:…), and with --references / --citations each paper's
            references and citations (paged). S2_API_KEY is sent when set. Output: {"data": [paper…]},
            each paper with its "references" / "citations" — \`build\` turns them into cites edges.
  openalex  OpenAlex works: --search or --filter (OpenAlex filter syntax), cursor paging; --mailto (or
            BOUNDGRAPH_MAILTO) joins the polite pool. Output: {"results": [work…]}; \`read\` rebuilds each
            abstract from its inverted index and keeps referenced_works as citation links.

options:
  --max N          records to keep (default 1000; for s2 --references/--citations: seed papers)
  --links N        s2: references / citations kept per paper and direction (default 1000)
  --page-size N    arxiv: max_results per request (default ${ARXIV_PAGE_SIZE}, at most ${ARXIV_MAX_PAGE})
  -o, --out FILE   output file, written atomically (default: stdout)
  --api-base URL   another server for the API (a mirror, a replay server in tests); an origin alone
                   (http://127.0.0.1:8080) keeps the service's paths. Also BOUNDGRAPH_ARXIV_API,
                   BOUNDGRAPH_S2_API, BOUNDGRAPH_OPENALEX_API.
  --cache DIR      cache of finished pages (default .cache/boundgraph/fetch); --no-cache disables it
  --refresh        ask again for pages the cache holds (the new answers replace them)
  --delay SECONDS  least time between requests (default: arXiv 3, Semantic Scholar 1, OpenAlex 0.1).
                   Also BOUNDGRAPH_FETCH_DELAY_MS, which sets the back-off's first wait too. Against
                   the public services a shorter delay than the default is not used.
  --tries N        tries per page, the first included (default 6)

Politeness and failures: 429 and 5xx answers, network errors, answers cut off mid-record, empty pages
before the reported end and pages repeating earlier records are retried with exponential back-off
(Retry-After is honoured); a refusal (400, 404, …) stops the run with one line. Every finished page is
cached as it arrives: a run stopped by Ctrl-C, a kill or a failure loses at most the page in flight,
and the same command run again resumes without asking for the finished pages (and runs offline once
every page is cached). Records are kept once (by arXiv id, S2 paperId, OpenAlex id), in the order
the service gives them. stderr: a progress line on a terminal, then one summary line.
Exit codes: 0 ok; 2 a refused or unusable answer, or bad arguments; 1 internal error.`;

const APIS: Record<string, Api> = { arxiv: 'arxiv', s2: 's2', 'semantic-scholar': 's2', openalex: 'openalex' };
const NAMES: Record<Api, string> = { arxiv: 'arXiv', s2: 'Semantic Scholar', openalex: 'OpenAlex' };
const PUBLIC: Record<Api, string> = { arxiv: ARXIV_PUBLIC_BASE, s2: S2_PUBLIC_BASE, openalex: OPENALEX_PUBLIC_BASE };
const ENV_BASE: Record<Api, string> = { arxiv: 'BOUNDGRAPH_ARXIV_API', s2: 'BOUNDGRAPH_S2_API', openalex: 'BOUNDGRAPH_OPENALEX_API' };
const DELAY: Record<Api, number> = { arxiv: ARXIV_DELAY_MS, s2: S2_DELAY_MS, openalex: OPENALEX_DELAY_MS };
// the first back-off wait: arXiv asks for 3 s between requests, so its retries start there
const BACKOFF: Record<Api, number> = { arxiv: 3000, s2: 1000, openalex: 1000 };

function parse(argv: string[]) {
  const { values, positionals } = parseCommandArgs('fetch', argv, {
    max: { type: 'string' }, links: { type: 'string' }, 'page-size': { type: 'string' }, sort: { type: 'string' },
    ids: { type: 'string' }, query: { type: 'string' }, paper: { type: 'string', multiple: true }, references: { type: 'boolean' }, citations: { type: 'boolean' },
    search: { type: 'string' }, filter: { type: 'string' }, mailto: { type: 'string' },
    out: { type: 'string', short: 'o' }, 'api-base': { type: 'string' }, cache: { type: 'string' }, 'no-cache': { type: 'boolean' }, refresh: { type: 'boolean' },
    delay: { type: 'string' }, tries: { type: 'string' },
  });
  const [which, ...rest] = positionals;
  const api = which ? APIS[which.toLowerCase()] : undefined;
  if (!api) throw new UsageError(`${which ? `unknown source "${which}"` : 'which source?'}: arxiv, s2 or openalex (see \`boundgraph help fetch\`)`);
  if (rest.length > (api === 'arxiv' ? 1 : 0)) throw new UsageError(`unexpected argument "${rest[api === 'arxiv' ? 1 : 0]}" (quote the whole query)`);
  return { api, query: rest[0] ?? null, values };
}

type Values = ReturnType<typeof parse>['values'];

function baseFor(api: Api, v: Values): { base: string; overridden: boolean } {
  const override = v['api-base'] ?? process.env[ENV_BASE[api]] ?? null;
  try {
    return { base: resolveBase(PUBLIC[api], override), overridden: !!override?.trim() };
  } catch (err) {
    throw new UsageError(`${v['api-base'] ? '--api-base' : ENV_BASE[api]}: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The delay and back-off: as given for a mirror; against the public service never shorter than its own default. */
function timing(api: Api, v: Values, overridden: boolean): { delayMs: number; backoffMs: number } {
  const env = process.env.BOUNDGRAPH_FETCH_DELAY_MS;
  const envMs = env !== undefined && env !== '' ? Number(env) : null;
  if (envMs !== null && (!Number.isFinite(envMs) || envMs < 0)) throw new UsageError(`BOUNDGRAPH_FETCH_DELAY_MS needs a number of milliseconds, got "${env}"`);
  const flag = numberOption('--delay', v.delay);
  if (flag !== undefined && flag < 0) throw new UsageError(`--delay needs a number of seconds ≥ 0, got "${v.delay}"`);
  const asked = flag !== undefined ? flag * 1000 : envMs;
  const floor = overridden ? 0 : DELAY[api];
  const delayMs = asked === null ? DELAY[api] : Math.max(floor, asked);
  const backoffMs = envMs !== null ? Math.max(overridden ? 0 : BACKOFF[api], envMs) : BACKOFF[api];
  return { delayMs, backoffMs };
}

async function readIds(file: string): Promise<string[]> {
  let text: string;
  try { text = await fs.readFile(file, 'utf8'); } catch (err) {
    throw new InputError(`${file}: cannot read the ids (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const { ids, bad } = parseIdList(text);
  if (bad.length) throw new InputError(`${file}:${bad[0].line}: "${bad[0].text}" is not an id`);
  if (!ids.length) throw new InputError(`${file}: no ids in the file`);
  return ids;
}

export async function run(argv: string[]): Promise<number> {
  const { api, query, values: v } = parse(argv);
  const { base, overridden } = baseFor(api, v);
  const max = intOption('--max', v.max, 1, 10_000_000) ?? 1000;
  const { delayMs, backoffMs } = timing(api, v, overridden);
  const name = NAMES[api];
  const mailto = v.mailto ?? process.env.BOUNDGRAPH_MAILTO ?? null;
  const headers: Record<string, string> = { 'user-agent': `boundgraph/${VERSION} (fetch${mailto ? `; mailto:${mailto}` : ''})`, accept: api === 'arxiv' ? 'application/atom+xml' : 'application/json' };
  if (api === 's2' && process.env.S2_API_KEY) headers['x-api-key'] = process.env.S2_API_KEY;

  const progress = fetchProgress(`fetch ${api}`);
  const notice = (line: string) => { progress.clear(); process.stderr.write(escapeForTerminal(line) + '\n'); };
  const opts: ClientOptions = {
    api, name, cacheDir: v['no-cache'] ? null : `${v.cache ?? '.cache/boundgraph/fetch'}`, refresh: v.refresh ?? false, delayMs,
    backoff: { baseMs: backoffMs, maxMs: 60_000, patienceMs: 300_000 }, tries: intOption('--tries', v.tries, 1, 20) ?? 6,
    timeoutMs: Number(process.env.BOUNDGRAPH_FETCH_TIMEOUT_MS) > 0 ? Number(process.env.BOUNDGRAPH_FETCH_TIMEOUT_MS) : 60_000, headers,
    refusal: (ans) => (api === 'arxiv' ? parseArxivPage(ans.body).apiError ?? refusalText(ans.body) : refusalText(ans.body)),
    notice,
  };
  const client = new FetchClient(opts);
  const warnings: string[] = [];
  const hooks: RunHooks = { total: (n) => progress.setTotal(n), added: (n) => progress.add(n), warn: (w) => { warnings.push(w); notice(`warning: ${w}`); } };
  // Ctrl-C: the finished pages are cached; say so and stop (the page in flight is the only loss)
  const onSigint = () => {
    progress.clear();
    process.stderr.write(`fetch ${api}: interrupted after ${client.stats.pages} pages; the finished ones are cached — run the same command again to resume\n`);
    process.exit(130);
  };
  process.once('SIGINT', onSigint);
  let result: RunResult;
  try {
    if (api === 'arxiv') {
      if (v.ids && query) throw new UsageError('give a search query or --ids FILE, not both');
      if (!v.ids && !query) throw new UsageError('fetch arxiv needs a search query ("cat:cs.DS AND abs:\\"edit distance\\"") or --ids FILE');
      const sort = (v.sort ?? 'relevance') as ArxivSort;
      if (!['relevance', 'submitted', 'updated'].includes(sort)) throw new UsageError(`--sort is relevance, submitted or updated, got "${v.sort}"`);
      const pageSize = intOption('--page-size', v['page-size'], 1, ARXIV_MAX_PAGE) ?? ARXIV_PAGE_SIZE;
      result = await runArxiv(client, { base, query: query ?? '', ids: v.ids ? await readIds(v.ids) : null, max, sort, pageSize }, hooks);
    } else if (api === 's2') {
      const papers = [...(v.paper ?? []), ...(v.ids ? await readIds(v.ids) : [])];
      if ((v.query ? 1 : 0) + (papers.length ? 1 : 0) !== 1) throw new UsageError('fetch s2 needs --query "<q>", or --paper ID / --ids FILE (one of them)');
      const links = intOption('--links', v.links, 1, 100_000) ?? 1000;
      result = await runS2(client, { base, query: v.query ?? null, papers, max, references: v.references ?? false, citations: v.citations ?? false, links }, hooks);
    } else {
      if ((v.search ? 1 : 0) + (v.filter ? 1 : 0) < 1) throw new UsageError('fetch openalex needs --search "<q>" or --filter "<f>"');
      result = await runOpenAlex(client, { base, query: { search: v.search, filter: v.filter, mailto }, max, perPage: OPENALEX_PAGE }, hooks);
    }
  } finally {
    process.removeListener('SIGINT', onSigint);
    progress.done();
  }
  if (v.out) await writeFileAtomic(v.out, result.text);
  else await writeStdout(result.text);
  const s = client.stats;
  const pages = `${s.pages} page${s.pages === 1 ? '' : 's'} (${s.cached} from the cache, ${s.fetched} request${s.fetched === 1 ? '' : 's'}${s.retries ? `, ${s.retries} retried` : ''})`;
  const linked = result.linked ? ` + ${result.linked} linked papers` : '';
  const reported = result.reported !== null && result.reported !== result.records ? ` of ${result.reported.toLocaleString('en-US')} reported` : '';
  const papers = `${result.records} paper${result.records === 1 ? '' : 's'}`;
  process.stderr.write(escapeForTerminal(`fetch ${api}: ${papers}${linked}${reported} in ${pages}${warnings.length ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : ''}${v.out ? ` → ${v.out}` : ''}`) + '\n');
  return 0;
}
