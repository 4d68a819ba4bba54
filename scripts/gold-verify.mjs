#!/usr/bin/env node
// Checks a gold annotation file against its abstracts, by the rules of ../shared/gold-dev/README.md:
// every bound/exclusion `text` is an exact substring of the (whitespace-collapsed) abstract with its
// `occurrence` in range, fields take their allowed values, and every method/problem is a verbatim
// (case-insensitive) substring of title + abstract.
//   node scripts/gold-verify.mjs ABSTRACTS.json GOLD.json      → one line per problem, exit 1 if any
import fs from 'node:fs';

const [absPath, goldPath] = process.argv.slice(2);
if (!absPath || !goldPath) { console.error('usage: gold-verify.mjs ABSTRACTS.json GOLD.json'); process.exit(2); }
const abstracts = JSON.parse(fs.readFileSync(absPath, 'utf8'));
const gold = JSON.parse(fs.readFileSync(goldPath, 'utf8'));
const NOTATIONS = new Set(['O', 'Omega', 'Theta', 'o', 'omega', 'none', 'verbal']);
const RESOURCES = new Set(['time', 'space', 'sample', 'query', 'iteration', 'regret', 'communication', 'io', 'update', 'error', 'other']);
const ROLES = new Set(['result', 'lower', 'prior', 'other']);
const collapse = (s) => String(s ?? '').replace(/\s+/g, ' ').trim();
const byTitle = new Map(abstracts.map((a) => [collapse(a.title).toLowerCase(), a]));
let problems = 0;
const say = (where, msg) => { problems++; console.log(`${goldPath}: ${where}: ${msg}`); };
function count(hay, needle) { let n = 0, at = -1; while ((at = hay.indexOf(needle, at + 1)) >= 0) n++; return n; }

if (!Array.isArray(gold)) { say('top', 'expected an array of papers'); process.exit(1); }
gold.forEach((g, i) => {
  const where = `[${i}] ${collapse(g.title).slice(0, 50)}`;
  const a = byTitle.get(collapse(g.title).toLowerCase());
  if (!a) { say(where, 'title not found among the abstracts'); return; }
  const abs = collapse(a.abstract);
  for (const k of ['bounds', 'borderline_excluded', 'methods', 'problems']) if (!Array.isArray(g[k])) say(where, `missing array "${k}"`);
  (g.bounds ?? []).forEach((b, j) => {
    const w = `${where} bound ${j} ${JSON.stringify(b.text)}`;
    const t = collapse(b.text);
    if (!t) { say(w, 'empty text'); return; }
    const n = count(abs, t);
    if (n === 0) say(w, 'text is not a substring of the abstract');
    else if (!Number.isInteger(b.occurrence) || b.occurrence < 1 || b.occurrence > n) say(w, `occurrence ${b.occurrence} not in 1..${n}`);
    if (!NOTATIONS.has(b.notation)) say(w, `notation "${b.notation}"`);
    if (!RESOURCES.has(b.resource)) say(w, `resource "${b.resource}"`);
    if (!ROLES.has(b.role)) say(w, `role "${b.role}"`);
    if (typeof b.soft !== 'boolean') say(w, 'soft must be true/false');
    if (typeof b.expr !== 'string' || !b.expr) say(w, 'expr missing');
  });
  (g.borderline_excluded ?? []).forEach((b, j) => {
    const w = `${where} excluded ${j} ${JSON.stringify(b.text)}`;
    const n = count(abs, collapse(b.text));
    if (n === 0) say(w, 'text is not a substring of the abstract');
    else if (!Number.isInteger(b.occurrence) || b.occurrence < 1 || b.occurrence > n) say(w, `occurrence ${b.occurrence} not in 1..${n}`);
  });
  const hay = `${collapse(a.title)} ${abs}`.toLowerCase();
  for (const k of ['methods', 'problems']) for (const m of g[k] ?? []) if (typeof m !== 'string' || !hay.includes(collapse(m).toLowerCase())) say(where, `${k} entry ${JSON.stringify(m)} is not in title+abstract`);
  if ((g.problems ?? []).length > 4) say(where, `${g.problems.length} problems (the guide says 1–4)`);
});
const titles = new Set(gold.map((g) => collapse(g.title).toLowerCase()));
for (const a of abstracts) if (!titles.has(collapse(a.title).toLowerCase())) say('coverage', `no annotation for "${collapse(a.title).slice(0, 60)}"`);
console.log(problems ? `${problems} problems` : `ok: ${gold.length} papers, ${gold.reduce((n, g) => n + (g.bounds?.length ?? 0), 0)} bounds`);
process.exit(problems ? 1 : 0);
