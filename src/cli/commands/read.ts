// `boundgraph read`: read abstracts in any supported format and print normalised Paper records as JSON Lines.
import { atomicStream, progressBar } from '../io.ts';
import { UsageError } from '../errors.ts';
import { formatIssue, formatReadSummary, readPapers } from '../inputs.ts';
import { FORMAT_NAMES, isFormatName, type FormatName } from '../../ingest/index.ts';

export const summary = 'read abstracts (page, Atom, JSON/JSONL(.gz), Semantic Scholar, OpenAlex, BibTeX, CSV) into Paper records';

export const help = `usage: boundgraph read [inputs...] [--format F] [-o papers.jsonl]

Reads research abstracts and prints one normalised Paper record per line (JSON Lines):
  {"id","title","abstract","authors","year","url","source":{"file","line","record"},
   "categories"?,"published"?,"doi"?}

inputs     files, directories (every supported file inside, sorted) or globs ("corpus/*.bib").
           Default: the bundled sample data/papers-page.txt. .gz files are decompressed on the fly.
--format F force the format instead of detecting it from the extension and content:
           ${FORMAT_NAMES.join(', ')}
-o FILE    write the records to FILE (atomically: no partial file on failure) instead of stdout

Duplicates are merged (same id, or same title unless both have different arXiv ids / DOIs).
stderr: one line per skipped record (file:line: reason), then a one-line summary.
A file named on the command line that is unusable (missing, empty, binary, truncated, wrong
--format) stops the run with exit code 2 and no output file; one found through a directory or
glob is reported as an error line, counted in the summary, and the rest is read.
Exit codes: 0 ok; 2 unusable input or bad arguments; 1 internal error.`;

interface ReadArgs {
  inputs: string[];
  format?: FormatName;
  output?: string;
}

function parseArgs(argv: string[]): ReadArgs {
  const args: ReadArgs = { inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq > 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value();
      if (!isFormatName(f)) throw new UsageError(`unknown format "${f}" (one of: ${FORMAT_NAMES.join(', ')})`);
      args.format = f;
    } else if (a === '-o' || a === '--output' || a.startsWith('--output=')) {
      args.output = value();
    } else if (a.startsWith('-') && a !== '-') {
      throw new UsageError(`unknown option ${a} (see \`boundgraph help read\`)`);
    } else {
      args.inputs.push(a);
    }
  }
  return args;
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
  process.stderr.write(formatReadSummary(result) + (args.output ? ` → ${args.output}` : '') + '\n');
  return 0;
}

function writeStdout(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
