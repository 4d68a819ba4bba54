// `boundgraph read`: read abstracts in any supported format and print normalised Paper records as JSON Lines.
import { atomicStream, progressBar } from '../io.ts';
import { formatIssue, formatReadSummary, readPapers } from '../inputs.ts';
import { FORMAT_NAMES, type FormatName } from '../../ingest/index.ts';
import { formatOption, parseCommandArgs } from '../args.ts';
import { escapeForTerminal } from '../errors.ts';
import { writeStdout } from '../stdout.ts';

export const summary = 'read abstracts (page, Atom, JSON/JSONL(.gz), Semantic Scholar, OpenAlex, BibTeX, CSV, Algorithm Wiki) into Paper records';

export const help = `usage: boundgraph read [inputs...] [--format F] [-o papers.jsonl]

Reads research abstracts and prints one normalised Paper record per line (JSON Lines):
  {"id","title","abstract","authors","year","url","source":{"file","line","record"},
   "categories"?,"published"?,"doi"?,"ids"?,"references"?,"citations"?,"curated"?}
  (references/citations: the works a record cites and that cite it, as Semantic Scholar and OpenAlex give
   them; curated: Algorithm Wiki's bounds, which the extractor takes as they are)

inputs     files, directories (every supported file inside, sorted) or globs ("corpus/*.bib").
           Default: the bundled sample data/papers-page.txt. .gz files are decompressed on the fly.
--format F force the format instead of detecting it from the extension and content:
           ${FORMAT_NAMES.join(', ')}
-o FILE    write the records to FILE (atomically: no partial file on failure) instead of stdout

Duplicates are merged (same id, or same title unless both have different arXiv ids / DOIs).
stderr: one line per skipped record (file:line: reason), then a one-line summary. Control
characters from the input are shown escaped (\x1b), never sent to the terminal.
A file cut off at the end (a truncated .gz, a JSON array or Atom feed that stops mid-record) keeps
every complete record before the cut and reports the cut as one error line. UTF-16 files (with a
BOM, or without one) and files that are not UTF-8 (Windows-1252, an XML encoding declaration) are
decoded, and the summary says so. A record holding NUL bytes is skipped; other control characters
are removed from titles and abstracts; urls that are not plain http(s) links are dropped.
A file named on the command line that is unusable (missing, empty, binary, nothing complete
before a cut, wrong --format) stops the run with exit code 2 and no output file; one found
through a directory or glob is reported as an error line, counted in the summary, and the rest
is read.
Exit codes: 0 ok; 2 unusable input or bad arguments; 1 internal error.`;

interface ReadArgs {
  inputs: string[];
  format?: FormatName;
  output?: string;
}

function parseArgs(argv: string[]): ReadArgs {
  const { values, positionals } = parseCommandArgs('read', argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  });
  return { inputs: positionals, format: formatOption(values.format), output: values.output };
}

export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  const bar = progressBar('reading papers', null);
  const result = await readPapers(args.inputs, { format: args.format, onPaper: () => bar.tick() });
  bar.done();
  for (const issue of result.issues) process.stderr.write(formatIssue(issue) + '\n');
  if (args.output) {
    const out = atomicStream(args.output);
    try {
      let chunk = '';
      for (const p of result.papers) {
        chunk += JSON.stringify(p) + '\n';
        if (chunk.length > 1 << 20) { await out.write(chunk); chunk = ''; }
      }
      if (chunk) await out.write(chunk);
      await out.commit();
    } catch (err) {
      await out.abort();
      throw err;
    }
  } else {
    let chunk = '';
    for (const p of result.papers) {
      chunk += JSON.stringify(p) + '\n';
      if (chunk.length > 1 << 20) { await writeStdout(chunk); chunk = ''; }
    }
    if (chunk) await writeStdout(chunk);
  }
  process.stderr.write(formatReadSummary(result) + (args.output ? ` → ${escapeForTerminal(args.output)}` : '') + '\n');
  return 0;
}

