// `boundgraph extract`: read abstracts, extract every complexity claim and paper entities, write the claims file.
import path from 'node:path';
import { atomicStream, progressBar } from '../io.ts';
import { formatIssue, formatReadSummary, readPapers, streamPapers } from '../inputs.ts';
import { chooseWorkers, currentLoad, runExtraction } from '../extract-runner.ts';
import { createOrderedExtractor } from '../stream-extract.ts';
import { UsageError } from '../errors.ts';
import { periodicGc } from '../gc.ts';
import { FORMAT_NAMES, type FormatName } from '../../ingest/index.ts';
import { formatOption, intOption, parseCommandArgs } from '../args.ts';
import type { ClaimsFileError, PaperClaims } from '../../extract/types.ts';
import { writeStdout } from '../stdout.ts';
import { EXTRACTOR_VERSION } from '../../extract/version.ts';

export const summary = 'extract complexity claims, methods, problems, concepts and assumptions into a claims file';

export const help = `usage: boundgraph extract [inputs... | -] [-o claims.json] [--format F] [--workers N] [--cache DIR]
       boundgraph extract [inputs... | -] --jsonl [-o claims.jsonl] [--format F] [--workers N]

Reads abstracts (as \`boundgraph read\`; default: the bundled sample data/papers-page.txt) and writes
the claims file (format "boundgraph.claims", version 1; JSON Schema: public/schema/claims.schema.json):
  { "format", "version", "papers": [ { id, title, abstract, authors, year, url, source,
      "claims": [ { start, end, text, notation, soft, expr, latex, growth, resource, role, subject, sentence } ],
      "methods": [ {name,start,end} ], "problems": [ {name,start,end} ], "concepts": [ {name,weight} ],
      "assumptions": [ "SETH", … ] } ], "errors": [ { file, line, record, message } ] }

-            read standard input (any format \`read\` accepts, gzip'd or not; an empty input is an empty partition)
--jsonl      streaming: one claims record (the objects of "papers" above) per line, in input order, written as
             papers are read, in constant memory; no cache and no merging of duplicates (\`build\` merges them).
             For Spark (rdd.pipe), Hadoop Streaming, GNU parallel: see the README. \`build\` reads such files.
-o FILE      write to FILE atomically (default: stdout)
--format F   force the input format (${FORMAT_NAMES.join(', ')})
--workers N  worker threads (default: 2 for batches of 3,000+ new papers, else in-process)
--cache DIR  reuse earlier extractions stored in DIR (keyed by title+abstract and extractor version)

stderr: the read summary, then one line "extracted N claims from P papers (…)"; a progress bar on a TTY.
Output is deterministic: the same input gives a byte-identical file.`;

interface ExtractArgs { inputs: string[]; format?: FormatName; output?: string; workers?: number; cache?: string; jsonl: boolean }

function parseArgs(argv: string[]): ExtractArgs {
  const { values, positionals } = parseCommandArgs('extract', argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    workers: { type: 'string' },
    cache: { type: 'string' },
    jsonl: { type: 'boolean' },
  });
  return {
    inputs: positionals,
    format: formatOption(values.format),
    output: values.output,
    workers: intOption('--workers', values.workers, 1, 64),
    cache: values.cache,
    jsonl: values.jsonl ?? false,
  };
}

/** Key order of a paper in the claims file (stable, so output is byte-identical across runs). */
function orderPaper(p: PaperClaims): PaperClaims {
  return {
    id: p.id, title: p.title, abstract: p.abstract, authors: p.authors, year: p.year, url: p.url, source: p.source,
    claims: p.claims, methods: p.methods, uses: p.uses, problems: p.problems, concepts: p.concepts, assumptions: p.assumptions, acronyms: p.acronyms,
    // which extractor made these claims: build re-extracts records of another version
    extractor: EXTRACTOR_VERSION,
  } as PaperClaims;
}

/** `--jsonl`: read, extract and write one record per line as the input streams by. */
async function runStreaming(args: ExtractArgs): Promise<number> {
  if (args.cache) throw new UsageError('extract: --cache is not used with --jsonl (streaming keeps no state between papers; build caches)');
  const t0 = Date.now();
  const out = args.output ? atomicStream(args.output) : null;
  const write = async (s: string) => { if (out) await out.write(s); else await writeStdout(s); };
  let papers = 0;
  let claims = 0;
  let withClaims = 0;
  // the reader's garbage (parsed lines, decoded chunks) collected every ~2,000 papers: memory stays flat
  const gc = periodicGc(2000);
  const extractor = await createOrderedExtractor({
    workers: args.workers ?? chooseWorkers(Number.MAX_SAFE_INTEGER, undefined, await currentLoad()),
    emit: (results) => {
      papers += results.length;
      let lines = '';
      for (const r of results) {
        claims += r.claims.length;
        if (r.claims.length) withClaims++;
        lines += JSON.stringify(orderPaper(r)) + '\n';
      }
      gc(results.length);
      return write(lines);
    },
  });
  let stats: Awaited<ReturnType<typeof streamPapers>>;
  try {
    stats = await streamPapers(args.inputs, {
      format: args.format,
      emptyPartitions: true,
      onPaper: (p) => extractor.push(p),
      onIssue: (i) => process.stderr.write(formatIssue(i) + '\n'),
      pause: () => extractor.pause(),
    });
    await extractor.finish();
    if (out) await out.commit();
  } catch (err) {
    await extractor.abort();
    if (out) await out.abort();
    throw err;
  }
  process.stderr.write(formatReadSummary({ papers: [], issues: [], stats, notes: stats.notes }) + '\n');
  const where = args.output ? ` → ${path.relative(process.cwd(), path.resolve(args.output)) || args.output}` : '';
  process.stderr.write(`extracted ${claims.toLocaleString('en-US')} claims from ${withClaims.toLocaleString('en-US')} of ${papers.toLocaleString('en-US')} papers (streamed, ${((Date.now() - t0) / 1000).toFixed(1)} s)${where}\n`);
  return 0;
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (args.jsonl) return runStreaming(args);
  const read = await readPapers(args.inputs, { format: args.format, emptyPartitions: true });
  for (const i of read.issues) process.stderr.write(formatIssue(i) + '\n');
  process.stderr.write(formatReadSummary(read) + '\n');
  const bar = progressBar('extracting', read.papers.length);
  let last = 0;
  const t0 = Date.now();
  const r = await runExtraction(read.papers, {
    workers: args.workers, cacheDir: args.cache,
    onProgress: (done) => { bar.tick(done - last); last = done; },
  });
  bar.done();
  const errors: ClaimsFileError[] = read.issues.map((i) => ({ file: i.file, line: i.line, record: i.record, message: i.message }));
  const out = args.output ? atomicStream(args.output) : null;
  const write = async (s: string) => { if (out) await out.write(s); else await writeStdout(s); };
  try {
    // streamed one paper per line so a 75k-paper corpus never becomes one giant string
    await write(`{"format":"boundgraph.claims","version":1,"extractor":${JSON.stringify(EXTRACTOR_VERSION)},"papers":[`);
    for (let i = 0; i < r.results.length; i++) await write((i ? ',\n' : '\n') + JSON.stringify(orderPaper(r.results[i])));
    await write(`\n],"errors":${JSON.stringify(errors)}}\n`);
    if (out) await out.commit();
  } catch (err) {
    if (out) await out.abort();
    throw err;
  }
  const claims = r.results.reduce((n, p) => n + p.claims.length, 0);
  const withClaims = r.results.filter((p) => p.claims.length > 0).length;
  const secs = (Date.now() - t0) / 1000;
  const where = args.output ? ` → ${path.relative(process.cwd(), path.resolve(args.output)) || args.output}` : '';
  process.stderr.write(`extracted ${claims.toLocaleString('en-US')} claims from ${withClaims.toLocaleString('en-US')} of ${r.results.length.toLocaleString('en-US')} papers (${r.cached} cached, ${r.extracted} extracted, ${secs.toFixed(1)} s)${where}\n`);
  return 0;
}
