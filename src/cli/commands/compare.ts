// `boundgraph compare`: parse bounds given on the command line and order them by growth.
import { UsageError } from '../errors.ts';
import { compareGrowth, growthLabel, parseBoundWithNote, rankBounds, type NotedBound, type Relation, type UnparsedBound } from '../../extract/bounds/index.ts';
import { writeStdout } from '../stdout.ts';

export const summary = 'parse bounds (LaTeX, plain/Unicode, stripped LaTeX, class words) and order them by growth';

export const help = `usage: boundgraph compare <bound> <bound> [...] [--json]

Parses each bound (any surface form: "$\\tilde{O}(m\\sqrt{n})$", "O(nlogn)", "Õ(n²)",
"widetilde O(|Omega| k)", "n^{1+o(1)}", or a class word such as "nearly linear") and prints them
ordered by growth, slowest first, with the relation between neighbours: <, = or incomparable.
A cell pasted from a curated table may carry a note after its bound ("O(n^2)?", "O(m log n) per
iteration", "O(n^omega) where omega is …", "R-Tree construction: $O(n log n)$", "A ~ B"): the
leading bound is compared and the note kept.
Variables are compared one by one (O(n) vs O(m) is incomparable); ε and δ go to 0, so ε^-1
grows; Õ(f) means f·polylog; o(f) sits just below f; ω is the matrix-multiplication exponent;
log* n and α(n) grow slower than log log n; class words are in the variable n.

--json   print { "bounds": [ { input, parsed, canonical, latex, expr, notation, growth, rank, equalTo, note?, reason? } ],
                 "relations": [[...]] } where relations[i][j] is "<", "=", ">" or "incomparable" for
         bound i against bound j in INPUT order (null above 1,000 bounds: n² entries); rank is 0 for the
         slowest growing, equal bounds share a rank and equalTo (the first input of their growth), unparsed
         bounds have parsed false, rank null, a reason, and are incomparable to everything.
Ordering n bounds costs O(n log n) when they are single-variable powers and logs, plus a comparison of
each other bound (sums, exponentials, several variables) with every distinct one.
--       end of options (for a bound that starts with "-")

Exit codes: 0 a result was printed for every bound (with --json, unparsed ones are flagged in the
JSON); without --json, 2 when a bound could not be parsed (the others are still printed); 2 for no
bounds or a bad option; 1 internal error.`;

const SYMBOL: Record<Relation, string> = { less: '<', equal: '=', greater: '>', incomparable: 'incomparable' };
/** Above this many bounds --json gives no pairwise relations (n² entries); ranks are given for any number. */
const RELATIONS_MAX = 1000;

function parseArgs(argv: string[]): { bounds: string[]; json: boolean } {
  const bounds: string[] = [];
  let json = false;
  let rest = false;
  for (const a of argv) {
    if (rest) { bounds.push(a); continue; }
    if (a === '--') { rest = true; continue; }
    if (a === '--json') { json = true; continue; }
    if (a.startsWith('--') || (a.startsWith('-') && a.length === 2 && /[a-zA-Z]/.test(a[1]))) {
      throw new UsageError(`unknown option ${a} (see \`boundgraph help compare\`)`);
    }
    bounds.push(a);
  }
  if (bounds.length === 0) throw new UsageError('give at least one bound, e.g. boundgraph compare "O(n log n)" "O(n^2)"');
  return { bounds, json };
}

export async function run(argv: string[]): Promise<number> {
  const { bounds: inputs, json } = parseArgs(argv);
  const parsed = inputs.map((b) => parseBoundWithNote(b));
  const ladder = rankBounds(parsed);
  const rel = (i: number, j: number): Relation => {
    if (i === j) return 'equal';
    const a = parsed[i], b = parsed[j];
    return a.ok && b.ok ? compareGrowth(a.growth, b.growth) : 'incomparable';
  };
  const failed = parsed.filter((p): p is UnparsedBound => !p.ok);

  if (json) {
    const out = {
      bounds: parsed.map((p, i) => (p.ok
        ? { input: p.input, parsed: true, canonical: p.canonical, latex: p.latex, expr: p.expr, notation: p.notation, soft: p.soft, growth: growthLabel(p.growth), rank: ladder[i].rank, equalTo: ladder[i].equalTo, ...(p.note !== undefined ? { note: p.note } : {}) }
        : { input: p.input, parsed: false, canonical: null, latex: null, expr: null, notation: null, soft: null, growth: null, rank: null, reason: p.reason })),
      // every pair is n² entries: given up to RELATIONS_MAX bounds (ranks and equalTo order any number)
      ...(parsed.length <= RELATIONS_MAX ? { relations: parsed.map((_, i) => parsed.map((__, j) => SYMBOL[rel(i, j)])) } : { relations: null }),
    };
    await writeStdout(JSON.stringify(out, null, 2) + '\n');
  } else {
    const order = parsed
      .map((p, i) => ({ p, i, rank: ladder[i].rank }))
      .filter((x): x is { p: NotedBound; i: number; rank: number } => x.p.ok && x.rank !== null)
      // within a rank, equal bounds stay together (grouped under their first input)
      .map((x) => ({ ...x, group: ladder[x.i].equalTo ?? x.i }))
      .sort((a, b) => a.rank - b.rank || a.group - b.group || a.i - b.i);
    const width = Math.min(40, Math.max(0, ...order.map((x) => x.p.canonical.length)));
    const lines: string[] = [];
    order.forEach((x, k) => {
      if (k > 0) lines.push(`    ${SYMBOL[rel(order[k - 1].i, x.i)]}`);
      const note = x.p.note !== undefined ? `, note: ${x.p.note}` : '';
      lines.push(`${String(x.rank).padStart(2)}  ${x.p.canonical.padEnd(width)}   growth ${growthLabel(x.p.growth)}   (input ${x.i + 1}: ${x.p.input}${note})`);
    });
    for (const f of failed) lines.push(`unparsed: ${JSON.stringify(f.input)}: ${f.reason}`);
    await writeStdout(lines.join('\n') + '\n');
  }
  for (const f of failed) process.stderr.write(`boundgraph compare: cannot parse ${JSON.stringify(f.input)}: ${f.reason}\n`);
  // with --json every input has its entry (unparsed ones flagged), so the run succeeded
  return failed.length > 0 && !json ? 2 : 0;
}
