// `boundgraph ladder`: print a problem's ladder as the explorer shows it — the general problem's frontier, beaten
// upper bounds and lower bounds (with their conditions), and every other setting or variant under its own heading.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { UsageError, InputError, escapeForTerminal } from '../errors.ts';
import { parseCommandArgs } from '../args.ts';
import { writeStdout } from '../stdout.ts';
import { buildIndex, type EntityNode, type GraphIndex } from '../../state/graph-index.ts';
import { readLodMeta, createLodState, readClaimsIndex, applyClaimsIndex } from '../../state/lod.ts';
import { groupSize, problemLadder, type LadderGroup, type ProblemLadder } from '../../state/problem-ladder.ts';
import type { LadderRow } from '../../state/ladder.ts';
import { settingLabel, conditionLabel, lowerBoundPrefix } from '../../state/setting-label.ts';
import { compareGrowth, growthKey, type GrowthSig } from '../../extract/bounds/index.ts';
import { problemKey } from '../../extract/entities/canonical.ts';
import { RESOURCES, type Resource } from '../../extract/types.ts';

export const summary = "print a problem's ladder: best known bounds, beaten ones, lower bounds, other settings";

export const help = `usage: boundgraph ladder "<problem>" [graph.json] [--resource R] [--all-settings] [--json] [--view n|exact]

Prints the ladder of one problem of a graph built by \`boundgraph build\` (default public/data/graph.json), as
the explorer shows it. The problem is found by its label, any alias or acronym ("LCS"), or its key, in any case.

The general problem (exact, in the word RAM, whole computation — or, for a data-structure problem, its
preprocessing, queries and updates) is compared on one growth ladder:
  frontier   upper bounds no other upper bound of the general problem beats (the best known)
  beaten     upper bounds a frontier bound beats
  lower      lower bounds and hardness results, each with its condition ("unless SETH", "unconditional")
Claims in any other setting — a named variant of the problem, another model (quantum, streaming, external
memory, cell probe, …), approximate or restricted versions, preprocessing and queries — are grouped under their
own headings and never mixed into the general frontier.

options:
  --resource R     time (default), space, query, update, sample, … or "all"
  --all-settings   list the rows of every other setting (by default only their headings and counts)
  --view n|exact   order bounds by their worst case in n (default; input sizes set to n) or exactly as stated
  --json           print { "problem", "resource", "compares", "frontier": [row], "beaten": [row], "lower": [row],
                   "other": [row], "gap", "settings": { "<heading>": { "frontier", "beaten", "lower", "other" } } }
                   and "curated": { "claims", "comparisons" } (Algorithm Wiki's bounds when read with the corpus, and
                   where they and the corpus differ); an array of these with --resource all. A row is { "paper", "year", "title", "text", "role",
                   "resource", "setting", "setting_label", "condition", "problem", "latex", "occurrence", "sentence" }.
                   The JSON always holds every setting's rows.

Exit codes: 0 printed; 2 no such problem (the closest labels are suggested), a missing graph or a bad option.`;

const ops = {
  compare: (a: unknown, b: unknown) => compareGrowth(a as GrowthSig, b as GrowthSig),
  key: (g: unknown) => growthKey(g as GrowthSig),
};

async function readJson(file: string, what: string): Promise<unknown> {
  let text: string;
  try { text = await fs.readFile(file, 'utf8'); } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${file}: no such file (build a graph first: boundgraph build <inputs> -o ${path.dirname(file)})`);
    if (code === 'ERR_STRING_TOO_LONG') throw new InputError(`${file}: ${what} too large to read as one string (build with --lod to split it)`);
    throw new InputError(`${file}: cannot read ${what} (${code ?? String(err)})`);
  }
  try { return JSON.parse(text); } catch { throw new InputError(`${file}: not valid JSON`); }
}

/** The graph index, with the claims index of a level-of-detail graph applied (so every paper's claims are in). */
export async function loadIndex(file: string): Promise<GraphIndex> {
  const env = await readJson(file, 'the graph');
  let index: GraphIndex;
  try { index = buildIndex(env); } catch (err) { throw new InputError(`${file}: ${err instanceof Error ? err.message.replace(/^graph\.json: /, '') : String(err)}`); }
  const lod = readLodMeta(index.meta);
  if (lod) {
    const claimsFile = path.join(path.dirname(file), lod.claims ?? 'claims.json');
    const json = await readJson(claimsFile, 'the claims index');
    try { index = applyClaimsIndex(index, createLodState(lod), readClaimsIndex(json, index.clusterById)); } catch (err) {
      throw new InputError(`${claimsFile}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return index;
}

function norm(s: string): string { return s.toLowerCase().replace(/[\s_-]+/g, ' ').trim(); }

/** The problem node a name means: label, alias, key or canonical key (acronyms expanded), case-insensitively. */
export function findProblem(index: GraphIndex, name: string): EntityNode | null {
  const want = norm(name);
  const key = problemKey(name);
  let byAlias: EntityNode | null = null;
  for (const n of index.nodes.values()) {
    if (n.type !== 'problem') continue;
    const id = n.id.replace(/^problem:/, '');
    if (norm(n.label) === want || id === want || (key && id === key)) return n;
    if (!byAlias && n.aliases.some((a) => norm(a) === want)) byAlias = n;
  }
  return byAlias;
}

function suggestions(index: GraphIndex, name: string): string[] {
  const words = norm(name).split(' ').filter((w) => w.length > 2);
  const out: { label: string; score: number }[] = [];
  for (const n of index.nodes.values()) {
    if (n.type !== 'problem') continue;
    const l = norm(n.label);
    const score = words.filter((w) => l.includes(w)).length;
    if (score) out.push({ label: n.label, score });
  }
  return out.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label)).slice(0, 5).map((x) => x.label);
}

function occurrence(abstract: string, text: string, start: number): number | null {
  if (!abstract || !text) return null;
  let n = 0;
  for (let i = abstract.indexOf(text); i >= 0 && i <= start; i = abstract.indexOf(text, i + 1)) n++;
  return n || null;
}

interface RowJson {
  paper: string; year: number | null; title: string; text: string; role: string; resource: string;
  setting: LadderRow['claim']['setting']; setting_label: string; condition: string | null; problem: string | null;
  latex: string; occurrence: number | null; sentence: string | null; improves: { bound: string; paper: string | null }[];
}

function rowJson(r: LadderRow): RowJson {
  const c = r.claim;
  const abs = r.paper.abstract ?? '';
  return {
    paper: r.paper.id.replace(/^paper:/, ''), year: r.paper.year, title: r.paper.title, text: c.text, role: c.role, resource: c.resource,
    setting: c.setting, setting_label: settingLabel(c.setting), condition: c.role === 'lower' ? c.setting.condition : null,
    problem: c.problem ? c.problem.replace(/^problem:/, '') : null, latex: c.latex,
    occurrence: occurrence(abs, c.text, c.start), sentence: c.sentence && abs ? abs.slice(c.sentence[0], c.sentence[1]) : null,
    improves: r.improvesOn.map((i) => ({ bound: i.latex, paper: i.paperId ? i.paperId.replace(/^paper:/, '') : null })),
  };
}

function groupJson(g: LadderGroup) {
  return { frontier: g.frontier.map(rowJson), beaten: g.beaten.map(rowJson), lower: g.lower.map(rowJson), other: g.other.map(rowJson) };
}

/** The lane's sentence as plain text (bounds as written). */
function sentenceText(parts: readonly (string | { claim: { text: string } })[]): string {
  return parts.map((p) => (typeof p === 'string' ? p : p.claim.text)).join('');
}

function ladderJson(l: ProblemLadder) {
  const settings: Record<string, ReturnType<typeof groupJson> & { problem: string | null; key: string }> = {};
  for (const s of l.settings) settings[s.heading] = { key: s.key, problem: s.problem ? s.problem.replace(/^problem:/, '') : null, ...groupJson(s.group) };
  return {
    problem: l.problem.label, key: l.problem.id.replace(/^problem:/, ''), aliases: l.problem.aliases, kind: l.kind, resource: l.resource, compares: l.compares,
    ...groupJson(l.general),
    gap: { upper: l.gap.upper ? rowJson(l.gap.upper) : null, lower: l.gap.lower ? rowJson(l.gap.lower) : null, closed: l.gap.closed },
    settings,
    curated: {
      claims: l.curated.claims.map((c) => ({ text: c.text, role: c.role, resource: c.resource, setting: c.setting, reference: c.curated?.reference ?? null, url: c.curated?.url ?? null })),
      comparisons: l.curated.comparisons.map((c) => ({ kind: c.kind, verdict: c.verdict, setting: c.setting, text: sentenceText(c.sentence) })),
    },
  };
}

function rowLine(r: LadderRow): string {
  const c = r.claim;
  const s = settingLabel(c.setting);
  const title = r.paper.title.length > 70 ? `${r.paper.title.slice(0, 69)}…` : r.paper.title;
  const pre = lowerBoundPrefix(c);
  return `    ${((pre ? `${pre} ` : '') + c.text.replace(/\s+/g, ' ')).padEnd(28)} ${c.role.padEnd(6)} ${String(r.paper.year ?? '').padEnd(4)} ${r.paper.id.replace(/^paper:/, '').padEnd(12)} ${s ? `[${s}] ` : ''}${title}`;
}

function groupLines(g: LadderGroup, indent = ''): string[] {
  const out: string[] = [];
  const part = (name: string, rows: LadderRow[]) => { if (rows.length) { out.push(`${indent}  ${name} (${rows.length})`); for (const r of rows) out.push(indent + rowLine(r)); } };
  part('best known (frontier)', g.frontier);
  part('beaten upper bounds', g.beaten);
  part('lower bounds', g.lower);
  part('questions, conjectures, below-linear time', g.other);
  return out;
}

function ladderText(l: ProblemLadder, all: boolean): string[] {
  const lines = [`${l.problem.label} — ${l.resource} (${l.compares})`];
  if (l.problem.aliases.length) lines.push(`  also: ${l.problem.aliases.slice(0, 8).join(', ')}`);
  const g = groupLines(l.general);
  lines.push(...(g.length ? g : ['  no claim of the general problem in this setting']));
  if (l.gap.upper || l.gap.lower) {
    const lo = l.gap.lower ? `${lowerBoundPrefix(l.gap.lower.claim) ? `${lowerBoundPrefix(l.gap.lower.claim)} ` : ''}${l.gap.lower.claim.text} (${conditionLabel(l.gap.lower.claim.setting.condition) ?? 'lower'})` : 'none stated';
    lines.push(`  gap: best upper ${l.gap.upper?.claim.text ?? 'none stated'} · strongest lower ${lo}${l.gap.closed ? ' · closed' : ''}`);
  }
  if (l.curated.claims.length) {
    lines.push(`  curated (${l.curated.claims.length}, Algorithm Wiki):`);
    for (const c of l.curated.comparisons) lines.push(`    ${c.verdict.padEnd(13)} ${sentenceText(c.sentence)}`);
  }
  if (l.settings.length) {
    lines.push(`  other settings and variants (${l.settings.length})${all ? '' : ' — --all-settings lists their rows'}:`);
    for (const s of l.settings) {
      const n = groupSize(s.group);
      const best = s.group.frontier[0]?.claim.text;
      lines.push(`    ${s.heading}: ${n} claim${n === 1 ? '' : 's'}${best ? `, best ${best.replace(/\s+/g, ' ')}` : ''}`);
      if (all) lines.push(...groupLines(s.group, '    '));
    }
  }
  return lines;
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs('ladder', argv, {
    resource: { type: 'string' }, 'all-settings': { type: 'boolean' }, json: { type: 'boolean' }, view: { type: 'string' },
  });
  const [name, file = 'public/data/graph.json'] = positionals;
  if (!name || !name.trim()) throw new UsageError('give a problem, e.g. boundgraph ladder "longest common subsequence" graph.json');
  if (positionals.length > 2) throw new UsageError(`one problem and one graph, got ${positionals.length} arguments (quote a problem of several words)`);
  const r = values.resource ?? 'time';
  if (r !== 'all' && !(RESOURCES as readonly string[]).includes(r)) throw new UsageError(`--resource must be one of ${RESOURCES.join(', ')} or all, got "${r}"`);
  const view = values.view ?? 'n';
  if (view !== 'n' && view !== 'exact') throw new UsageError(`--view must be n or exact, got "${view}"`);
  const index = await loadIndex(file);
  const node = findProblem(index, name);
  if (!node) {
    const s = suggestions(index, name);
    throw new InputError(`${file}: no problem "${name}"${s.length ? ` (did you mean: ${s.join('; ')}?)` : ''}`);
  }
  const resources: Resource[] = r === 'all'
    ? RESOURCES.filter((x) => (index.claimsByProblem.get(node.id) ?? []).some((c) => c.resource === x) || x === 'time')
    : [r as Resource];
  const ladders = resources.map((resource) => problemLadder(index, node, ops, { resource, view }));
  if (values.json) {
    const out = ladders.map(ladderJson);
    await writeStdout(JSON.stringify(r === 'all' ? out : out[0], null, 2) + '\n');
    return 0;
  }
  const lines: string[] = [];
  for (const l of ladders) { if (lines.length) lines.push(''); lines.push(...ladderText(l, !!values['all-settings'])); }
  await writeStdout(lines.map(escapeForTerminal).join('\n') + '\n');
  return 0;
}
