// `boundgraph explain`: run the extractor on one sentence or abstract and print every decision with
// the rule reasons behind it, plus the candidates the traps rejected. The extractor's debugging tool.
import { promises as fs } from 'node:fs';
import { InputError, UsageError } from '../errors.ts';
import { extractPaperTraced } from '../../extract/index.ts';
import { writeStdout } from '../stdout.ts';

export const summary = 'show the claims found in a sentence or abstract, with the rules that decided each field';

export const help = `usage: boundgraph explain "<sentence or abstract>" [--title T] [--json]
       boundgraph explain --file abstract.txt

Prints each claim: its span and offsets, notation, soft, expr, resource, role, subject, setting (operation,
model, variants, guarantee, and the condition of a lower bound) and the rule reasons for each; then the candidates rejected by a trap rule (with
that rule's reason), and the methods, problems, concepts and assumptions found.
--json prints the same as JSON.`;

export async function run(argv: string[]): Promise<number> {
  let text: string | null = null;
  let title = '';
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--file') {
      const f = argv[++i];
      if (!f) throw new UsageError('--file needs a path');
      try { text = await fs.readFile(f, 'utf8'); } catch { throw new InputError(`${f}: cannot read this file`); }
    } else if (a === '--title') title = argv[++i] ?? '';
    else if (a === '--json') json = true;
    else if (a.startsWith('--')) throw new UsageError(`unknown option ${a} (see \`boundgraph help explain\`)`);
    else text = text === null ? a : `${text} ${a}`;
  }
  if (text === null || !text.trim()) throw new UsageError('give the text to explain, e.g. boundgraph explain "We give an O(n log n) time algorithm."');
  const abstract = text.replace(/\s+/g, ' ').trim();
  const { paper, trace } = extractPaperTraced({ id: 'explain', title, abstract, authors: [], year: null, url: null, source: { file: 'explain', line: null, record: 0 } });
  if (json) {
    await writeStdout(JSON.stringify({ claims: trace.claims, rejected: trace.rejected, methods: paper.methods, uses: paper.uses, problems: paper.problems, problemCandidates: trace.problemCandidates, concepts: paper.concepts, assumptions: paper.assumptions }, null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  lines.push(`${trace.claims.length} claim${trace.claims.length === 1 ? '' : 's'}, ${trace.sentences.length} sentence${trace.sentences.length === 1 ? '' : 's'}`);
  trace.claims.forEach(({ claim: c, reasons }, i) => {
    lines.push('');
    lines.push(`#${i + 1} ${JSON.stringify(c.text)}  [${c.start}, ${c.end})`);
    lines.push(`   notation ${c.notation}${c.soft ? ' (soft)' : ''}   expr ${c.expr}   latex ${c.latex}`);
    lines.push(`   resource ${c.resource.padEnd(13)} ← ${reasons.resource}`);
    lines.push(`   role     ${c.role.padEnd(13)} ← ${reasons.role}`);
    lines.push(`   subject  ${(c.subject ?? '-').padEnd(13)} ← ${reasons.subject}${c.problem ? `   (problem "${c.problem}")` : ''}${c.method ? `   method ${c.method}` : ''}`);
    const st = c.setting;
    lines.push(`   operation ${st.operation.padEnd(12)} ← ${reasons.setting.operation}`);
    lines.push(`   model    ${st.model.padEnd(13)} ← ${reasons.setting.model}`);
    lines.push(`   variants ${(st.variants.join(', ') || '-').padEnd(13)} ← ${reasons.setting.variants}`);
    lines.push(`   guarantee ${st.guarantee.padEnd(12)} ← ${reasons.setting.guarantee}`);
    if (st.condition !== null) lines.push(`   condition ${st.condition.padEnd(12)} ← ${reasons.setting.condition}`);
    lines.push(`   span     ← ${reasons.span.join(', ')}`);
    lines.push(`   growth   ${c.growth === null ? 'unparsed' : JSON.stringify(c.growth)}`);
  });
  if (trace.rejected.length) {
    lines.push('', 'rejected candidates:');
    for (const r of trace.rejected) lines.push(`   ${JSON.stringify(r.text)}  [${r.start}, ${r.end})  ← ${r.reason}`);
  }
  lines.push('');
  lines.push(`methods      ${paper.methods.map((m) => m.name).join(', ') || '-'}`);
  lines.push(`uses         ${paper.uses.map((m) => m.name).join(', ') || '-'}`);
  lines.push(`problems     ${paper.problems.map((m) => `${m.name} [${m.key}]`).join(', ') || '-'}`);
  for (const c of trace.problemCandidates) lines.push(`   candidate ${JSON.stringify(c.name)} (${c.field}, weight ${c.weight.toFixed(2)}) ← ${c.reason}`);
  lines.push(`assumptions  ${paper.assumptions.join(', ') || '-'}`);
  lines.push(`concepts     ${paper.concepts.map((c) => `${c.name} (${c.weight})`).join(', ') || '-'}`);
  await writeStdout(lines.join('\n') + '\n');
  return 0;
}
