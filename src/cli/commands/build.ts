// `boundgraph build`: read inputs (or a claims file), extract claims (cached), build the knowledge
// graph and write <out>/graph.json (+ abstract shards at scale) atomically.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError, escapeForTerminal } from '../errors.ts';
import { EXTRACTOR_VERSION } from '../../extract/version.ts';
import { writeFileAtomic, atomicStream, progressBar } from '../io.ts';
import { runExtraction } from '../extract-runner.ts';
import { buildGraphFiles, parseThesaurus, type OutputFile } from '../../graph/index.ts';
import type { Paper, FormatName } from '../../ingest/types.ts';
import { readPapers, formatIssue, DEFAULT_INPUT } from '../inputs.ts';
import { formatOption, intOption, numberOption, parseCommandArgs } from '../args.ts';
import type { PaperClaims, ClaimsFile } from '../../extract/types.ts';
import { isClaimsJsonl, readClaimsJsonl, toPaperClaims } from '../claims-input.ts';
import { Deduper } from '../../ingest/index.ts';
import { checkCorpusFits, heapWatch } from '../memory.ts';
import { readProblemThesaurus, type ProblemThesaurus } from '../../graph/index.ts';

/** The bundled problem thesaurus (data/problem-thesaurus.json, made by scripts/algowiki-thesaurus.ts). */
const DEFAULT_PROBLEMS = path.resolve(path.dirname(DEFAULT_INPUT), 'problem-thesaurus.json');
import { replaceFolder } from '../output-dir.ts';

export const summary = 'build the knowledge graph (graph.json) the explorer loads';

export const help = `usage: boundgraph build [inputs...] [-o DIR] [--thesaurus FILE] [--problems FILE] [--cache DIR | --no-cache]
                        [--format NAME] [--seed N] [--resolution R] [--workers N] [--lod N]

Reads papers (any format \`read\` accepts, a claims file written by \`extract\`, or claims JSON Lines written by
\`extract --jsonl\`: one or many shards, any order, gzip'd or not), extracts their
complexity claims (reusing the cache for papers seen before), links, clusters, labels and lays out
the graph, and writes DIR/graph.json (default DIR: public/data). Inputs default to the bundled sample.

options:
  -o, --out DIR        output folder (default public/data)
  --thesaurus FILE     CSV of \`label,replace by\`: merge terms; an empty replacement drops the term
  --problems FILE      problem thesaurus (names, aliases, parents) for problem identity and variants
                       (default: data/problem-thesaurus.json, from Algorithm Wiki; --no-problems: none)
  --cache DIR          extraction cache (default .cache/boundgraph); --no-cache disables it
  --format NAME        force the input format (page, atom, jsonl, json, semantic-scholar, openalex, bibtex, csv)
  --seed N             seed for clustering and layout (default 42)
  --resolution R       Louvain resolution: higher gives more, smaller clusters (default 1)
  --workers N          extraction worker processes (when the extraction runner supports them)
  --lod N              level of detail above N papers (default 20000): graph.json becomes the overview
                       (clusters, problems, methods, concepts, bounds) and papers go to DIR/clusters/<id>.json,
                       with DIR/claims.json and DIR/search.json for ladders and search; 0 always splits

Above 5,000 papers abstracts move from graph.json to DIR/papers/<shard>.json (see meta.abstracts).
Same input, same options → byte-identical output.`;

interface BuildArgs {
  inputs: string[];
  out: string;
  thesaurus: string | null;
  /** problem thesaurus file; null: none */
  problems: string | null;
  cache: string | null;
  format: FormatName | null;
  seed: number;
  resolution: number;
  workers: number | null;
  lod: number | null;
}

function parseArgs(argv: string[]): BuildArgs {
  const { values, positionals } = parseCommandArgs('build', argv, {
    out: { type: 'string', short: 'o' },
    thesaurus: { type: 'string' },
    problems: { type: 'string' },
    'no-problems': { type: 'boolean' },
    cache: { type: 'string' },
    'no-cache': { type: 'boolean' },
    format: { type: 'string' },
    seed: { type: 'string' },
    resolution: { type: 'string' },
    workers: { type: 'string' },
    lod: { type: 'string' },
  });
  return {
    inputs: positionals,
    out: values.out ?? 'public/data',
    thesaurus: values.thesaurus ?? null,
    problems: values['no-problems'] ? null : values.problems ?? DEFAULT_PROBLEMS,
    cache: values['no-cache'] ? null : values.cache ?? '.cache/boundgraph',
    format: formatOption(values.format) ?? null,
    seed: intOption('--seed', values.seed, -(2 ** 31), 2 ** 31 - 1) ?? 42,
    resolution: numberOption('--resolution', values.resolution, true) ?? 1,
    workers: intOption('--workers', values.workers, 1, 64) ?? null,
    lod: intOption('--lod', values.lod, 0, 2 ** 31 - 1) ?? null,
  };
}

/** Is this file a claims file written by `extract`? Only the head is read. */
async function isClaimsFile(file: string): Promise<boolean> {
  if (!/\.json$/i.test(file)) return false;
  let handle: Awaited<ReturnType<typeof fs.open>> | null = null;
  try {
    handle = await fs.open(file, 'r');
    const buf = Buffer.alloc(512);
    const { bytesRead } = await handle.read(buf, 0, 512, 0);
    return /"format"\s*:\s*"boundgraph\.claims"/.test(buf.subarray(0, bytesRead).toString('utf8'));
  } catch {
    return false;
  } finally {
    await handle?.close();
  }
}

async function readClaimsFile(file: string): Promise<PaperClaims[]> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await fs.readFile(file, 'utf8'));
  } catch (err) {
    throw new InputError(`${file}: not valid JSON (${err instanceof Error ? err.message : String(err)})`);
  }
  const cf = parsed as Partial<ClaimsFile> & { extractor?: unknown };
  if (cf.format !== 'boundgraph.claims' || cf.version !== 1 || !Array.isArray(cf.papers)) {
    throw new InputError(`${file}: not a boundgraph claims file of version 1 (write one with \`boundgraph extract\`)`);
  }
  const papers: PaperClaims[] = [];
  cf.papers.forEach((raw, i) => {
    const p = toPaperClaims(raw);
    if (typeof p === 'string') process.stderr.write(`${file}: record ${i + 1}: not a claims record (${p}): skipped\n`);
    // the file's version stands for its records (a record may also carry its own)
    else papers.push(typeof (p as { extractor?: unknown }).extractor === 'string' ? p : { ...p, extractor: cf.extractor } as PaperClaims);
  });
  return papers;
}

/** Extraction through the cached, parallel runner, with a progress bar on a TTY. */
async function extractAll(papers: Paper[], args: BuildArgs) {
  const bar = progressBar('extract', papers.length);
  let last = 0;
  const result = await runExtraction(papers, {
    workers: args.workers ?? undefined,
    cacheDir: args.cache ?? undefined,
    onProgress: (done) => { bar.tick(done - last); last = done; },
  });
  bar.done();
  return result;
}

/** The paper of a claims record (what the extractor reads), for extracting it again. */
function asPaper(p: PaperClaims): Paper {
  const { id, title, abstract, authors, year, url, source } = p;
  const extra = p as Partial<Paper>;
  return {
    id, title, abstract, authors, year, url, source,
    ...(extra.categories ? { categories: extra.categories } : {}), ...(extra.published ? { published: extra.published } : {}), ...(extra.doi ? { doi: extra.doi } : {}),
  };
}

const rel = (p: string) => {
  const r = path.relative(process.cwd(), path.resolve(p)).split(path.sep).join('/');
  return r === '' ? '.' : r;
};
/** Relative path when inside the working folder, absolute otherwise. */
const shown = (p: string) => { const r = rel(p); return r.startsWith('..') ? path.resolve(p) : r; };
const secs = (ms: number) => `${(ms / 1000).toFixed(1)}s`;

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const timings: Array<[string, number]> = [];
  let t = performance.now();
  const lap = (name: string) => { const t2 = performance.now(); timings.push([name, t2 - t]); t = t2; };

  const inputs = args.inputs.length ? args.inputs : [rel(DEFAULT_INPUT)];
  const format: FormatName | undefined = args.format ?? undefined;
  let thesaurus: Map<string, string> | undefined;
  if (args.thesaurus) {
    let text: string;
    try { text = await fs.readFile(args.thesaurus, 'utf8'); } catch (err) {
      throw new InputError(`${args.thesaurus}: cannot read the thesaurus (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    }
    const parsed = parseThesaurus(text);
    for (const issue of parsed.issues) process.stderr.write(`${args.thesaurus}:${issue.line}: ${issue.message}\n`);
    thesaurus = parsed.thesaurus;
  }

  let problems: ProblemThesaurus | undefined;
  if (args.problems) {
    let json: unknown;
    try { json = JSON.parse(await fs.readFile(args.problems, 'utf8')); } catch (err) {
      throw new InputError(`${args.problems}: cannot read the problem thesaurus (${(err as NodeJS.ErrnoException).code ?? (err instanceof Error ? err.message : String(err))})`);
    }
    problems = readProblemThesaurus(json);
  }

  // claims files are used as they are; everything else goes through the readers and the extractor
  const claimsFiles: string[] = [];
  const claimsShards: string[] = [];
  const sources: string[] = [];
  for (const input of inputs) {
    if (await isClaimsFile(input)) claimsFiles.push(input);
    else if (await isClaimsJsonl(input)) claimsShards.push(input);
    else sources.push(input);
  }
  // one heap watch over every record read, claims and papers alike
  const watch = heapWatch();
  let records = 0;
  const fromClaims: PaperClaims[] = [];
  let claimIssues = 0;
  for (const f of claimsFiles) for (const p of await readClaimsFile(f)) { fromClaims.push(p); watch(++records); }
  // shards in a fixed order (the graph does not depend on it, but duplicate merging is then reproducible too)
  for (const f of [...claimsShards].sort()) {
    const r = await readClaimsJsonl(f, (line) => process.stderr.write(line + '\n'), () => watch(++records));
    claimIssues += r.issues;
    for (const p of r.papers) fromClaims.push(p);
  }
  let papers: Paper[] = [];
  let readIssues = 0;
  let emptyPartitions = 0;
  let nonEmptySources = 0;
  if (sources.length) {
    // an empty file is an empty partition (Spark and Hadoop write them): it adds nothing and is no error
    const read = await readPapers(sources, { format, onPaper: () => watch(++records), emptyPartitions: true });
    emptyPartitions = read.notes.emptyPartitions ?? 0;
    nonEmptySources = read.stats.files;
    papers = read.papers;
    readIssues = read.issues.length;
    for (const issue of read.issues.slice(0, 20)) process.stderr.write(`${formatIssue(issue)}\n`);
    if (read.issues.length > 20) process.stderr.write(`… ${read.issues.length - 20} more input issues\n`);
  }
  lap('read');
  // claims made by another extractor version (or by one that did not say) are extracted again from their text, so
  // the graph's claims all come from this version (meta.extractor); a record without its text cannot be, and is refused
  const current: PaperClaims[] = [];
  const stale: Paper[] = [];
  let refused = 0;
  for (const p of fromClaims) {
    const made = (p as { extractor?: unknown }).extractor;
    if (made === EXTRACTOR_VERSION) { current.push(p); continue; }
    if (p.abstract.trim()) { stale.push(asPaper(p)); continue; }
    refused++;
    if (refused <= 20) process.stderr.write(escapeForTerminal(`${p.source?.file ?? 'claims'}${p.source?.line ? `:${p.source.line}` : ''}: ${p.id}: claims of extractor ${typeof made === 'string' ? made : '(unknown)'} (this is ${EXTRACTOR_VERSION}) and no abstract to extract them again: skipped`) + '\n');
  }
  fromClaims.length = 0;
  fromClaims.push(...current);
  readIssues += refused;
  // before extraction and the graph stage: a corpus that cannot fit says so now, in one line
  checkCorpusFits(papers.length + fromClaims.length + stale.length);
  const extraction = papers.length ? await extractAll(papers, args) : { results: [], cached: 0, extracted: 0 };
  const restated = stale.length ? (await extractAll(stale, args)).results : [];
  if (stale.length) process.stderr.write(`build: ${stale.length} claims record${stale.length === 1 ? '' : 's'} of another extractor version extracted again (this is ${EXTRACTOR_VERSION})\n`);
  lap('extract');
  // claims records merge duplicates as \`read\` does for papers: same id, or same title (see ingest/dedupe.ts), so a
  // corpus partitioned into shards, extracted apart and built together gives the graph of a direct build
  let all: PaperClaims[] = [...extraction.results, ...restated];
  if (fromClaims.length) {
    const dedupe = new Deduper();
    for (const p of fromClaims) dedupe.add(p);
    for (const p of extraction.results) dedupe.add(p);
    all = dedupe.papers as PaperClaims[];
  }
  readIssues += claimIssues;
  const onlyEmpty = emptyPartitions > 0 && nonEmptySources === 0 && claimsFiles.length === 0 && claimsShards.length === 0;
  if (all.length === 0 && !onlyEmpty) throw new InputError(`${inputs.join(', ')}: no papers with an abstract were found`);
  if (onlyEmpty && all.length === 0) process.stderr.write(`build: every input is an empty partition (${emptyPartitions}): writing an empty graph\n`);

  let graphStart = performance.now();
  const stageTimes: Record<string, number> = {};
  const { files, shards, meta } = buildGraphFiles(all, {
    thesaurus,
    problems,
    seed: args.seed,
    resolution: args.resolution,
    lodMin: args.lod ?? undefined,
    onStage: (s, ms) => { stageTimes[s] = ms; },
  });
  const cluster = (stageTimes.similarity ?? 0) + (stageTimes.cluster ?? 0) + (stageTimes.label ?? 0);
  const layout = stageTimes.layout ?? 0;
  timings.push(['graph', performance.now() - graphStart - cluster - layout], ['cluster', cluster], ['layout', layout]);
  t = performance.now();
  graphStart = t;

  // every file streamed into a staging folder beside the output folder, which then replaces it as a whole: a reader
  // never sees files of two builds, and a failed write leaves the previous build as it was
  let graphBytes = 0;
  await replaceFolder(args.out, shown(args.out), async (stage) => {
    for (const f of files) {
      const bytes = await writeChunks(path.join(stage, f.path), f);
      if (f.path === 'graph.json') graphBytes = bytes;
    }
    if (shards) {
      for (const name of [...shards.keys()].sort()) {
        const rec = shards.get(name)!;
        const sorted = Object.fromEntries(Object.keys(rec).sort().map((k) => [k, rec[k]]));
        await writeFileAtomic(path.join(stage, 'papers', `${name}.json`), JSON.stringify(sorted));
      }
    }
  });
  lap('write');
  const outFile = path.join(args.out, 'graph.json');
  const c = meta.counts;
  const kb = graphBytes / 1024;
  const size = kb > 1024 ? `${(kb / 1024).toFixed(1)} MB` : `${Math.round(kb)} KB`;
  const improves = (meta.edgeTypes as Record<string, number>).improves ?? 0;
  const cites = (meta.edgeTypes as Record<string, number>).cites ?? 0;
  process.stderr.write(
    `build: ${c.papers} papers (${extraction.cached} cached, ${extraction.extracted} extracted${readIssues ? `, ${readIssues} input issues` : ''}${emptyPartitions ? `, ${emptyPartitions} empty partition${emptyPartitions === 1 ? '' : 's'}` : ''}), ` +
    `${c.claims} claims → ${c.nodes} nodes, ${c.edges} edges (${improves} improves${cites ? `, ${cites} cites` : ''}), ${c.clusters} clusters, modularity ${meta.modularity ?? 'n/a'} ` +
    `→ ${shown(outFile)} (${size}${files.some((f) => f.path.startsWith('clusters/')) ? `, papers in ${c.clusters} cluster files` : ''}${shards ? `, abstracts in ${shards.size} shards` : ''}); ` +
    timings.map(([n, ms]) => `${n} ${secs(ms)}`).join(' · ') + '\n',
  );
  return 0;
}

/** Stream one output file's chunks to a temp file beside it, then rename it into place; returns its UTF-8 size. */
async function writeChunks(file: string, f: OutputFile): Promise<number> {
  const out = atomicStream(file);
  let bytes = 0;
  try {
    let batch = '';
    for (const chunk of f.chunks()) {
      batch += chunk;
      if (batch.length >= 1 << 20) { bytes += Buffer.byteLength(batch); await out.write(batch); batch = ''; }
    }
    if (batch) { bytes += Buffer.byteLength(batch); await out.write(batch); }
    await out.commit();
  } catch (err) {
    await out.abort();
    throw err;
  }
  return bytes;
}
