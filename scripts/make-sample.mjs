#!/usr/bin/env node
// Writes data/arxiv-cs-ds-sample.xml, the bundled algorithms sample: the arXiv Atom entries of the shared cs.DS corpus
// (StringologyTimes, MIT) whose claims bound a few well-known problems, so the first run of the explorer shows real
// ladders (longest common subsequence, edit distance, 3SUM, pattern matching, suffix array construction, …).
// Reproducible: it builds the whole corpus's graph with this checkout's extractor, ranks each problem's papers by
// their claims about it (then by id) and keeps the entries verbatim, in corpus order. Same checkout → same bytes.
//   node scripts/make-sample.mjs [--corpus FILE] [--graph graph.json] [-o data/arxiv-cs-ds-sample.xml]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, def) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : def; };
const corpus = path.resolve(opt('--corpus', path.join(repoRoot, '../shared/corpus/arxiv-atom-cs-ds/arxiv.xml')));
const out = path.resolve(opt('-o', path.join(repoRoot, 'data/arxiv-cs-ds-sample.xml')));
const log = (s) => process.stderr.write(`make-sample: ${s}\n`);

/**
 * The problems the sample must hold a ladder for: a claim's problem key matches `match` (2 points for a result, 1 for
 * any other role), or the title names it (`text`, 1 point; the abstract, ½: so papers that assume or reduce from it come along); at
 * most `max` papers each, the highest scores first. Papers about several targets count once.
 */
const TARGETS = [
  { name: 'longest common subsequence', match: /^(approximate )?longest common subsequences?$|^lcs$/, text: /longest common subsequence|\bLCS\b/i, max: 45 },
  { name: 'edit distance', match: /^(approximate )?edit distance( of two strings?)?$/, text: /edit distance/i, max: 55 },
  { name: '3SUM', match: /^3 ?sum/, text: /\b3-?SUM\b/, max: 20 },
  { name: 'pattern matching', match: /^(approximate |exact |compressed )?pattern matching( query)?$|^(streaming )?k mismatch$/, text: /pattern matching/i, max: 50 },
  { name: 'suffix array construction', match: /^(sparse |compressed |dynamic )?suffix arrays?( construction)?$/, text: /suffix array/i, max: 35 },
  { name: 'longest increasing subsequence', match: /^(dynamic )?longest increasing subsequences?$/, text: /longest increasing subsequence/i, max: 20 },
  { name: 'hamming distance', match: /^hamming distance$/, text: /hamming distance/i, max: 14 },
  { name: 'longest common substring', match: /^longest common substrings?$/, text: /longest common substring/i, max: 14 },
  { name: 'range minimum query', match: /^(succinct )?range minimum quer(y|ies)$/, text: /range minimum quer/i, max: 12 },
  { name: 'dynamic time warping', match: /^dynamic time warping( distance)?$/, text: /dynamic time warping/i, max: 12 },
];

let graphFile = opt('--graph', null);
let tmp = null;
if (!graphFile) {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'bg-sample-'));
  log(`building the graph of ${path.relative(process.cwd(), corpus)} (about 15 s)…`);
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts/boundgraph.mjs'), 'build', corpus, '-o', tmp, '--no-cache'], { stdio: ['ignore', 'ignore', 'inherit'], cwd: repoRoot });
  graphFile = path.join(tmp, 'graph.json');
}
const env = JSON.parse(readFileSync(graphFile, 'utf8'));

// paper id → claims about each target
const chosen = new Set();
const report = [];
for (const t of TARGETS) {
  const score = new Map();
  for (const n of env.graph.nodes) {
    const a = n.attributes;
    if (a.type !== 'paper') continue;
    let s = 0;
    for (const c of a.claims) if (c.problem && t.match.test(c.problem)) s += c.role === 'result' ? 2 : 1;
    if (t.text.test(a.title ?? '')) s += 1;
    else if (t.text.test(a.abstract ?? '')) s += 0.5;
    if (s > 0) score.set(n.key, s);
  }
  const ranked = [...score].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, t.max);
  for (const [id] of ranked) chosen.add(id.replace(/^paper:/, ''));
  report.push(`${t.name}: ${ranked.length} papers`);
}

// the entries, verbatim, in corpus order (the corpus wraps them in <articles>; the sample is a plain Atom feed)
const xml = readFileSync(corpus, 'utf8');
const entries = [];
const re = /<entry\b[^>]*\bid="([^"]+)"[^>]*>[\s\S]*?<\/entry>/g;
for (let m; (m = re.exec(xml));) if (chosen.has(m[1])) entries.push(m[0].replace(/ xmlns="http:\/\/www\.w3\.org\/2005\/Atom"/, ''));
const missing = chosen.size - entries.length;
if (missing) log(`${missing} chosen ids have no entry in the corpus (ids differ?)`);

const head = `<?xml version="1.0" encoding="UTF-8"?>
<!-- boundgraph's bundled algorithms sample: ${entries.length} arXiv entries (cs.DS) chosen by scripts/make-sample.mjs from
     StringologyTimes data/arxiv.xml at 11ba8712 (MIT licence; abstracts are arXiv metadata). See data/README.md. -->
<feed xmlns="http://www.w3.org/2005/Atom">
<title>boundgraph algorithms sample</title>
`;
const text = `${head}${entries.map((e) => `  ${e}`).join('\n')}\n</feed>\n`;
const part = `${out}.${process.pid}.tmp`;
writeFileSync(part, text);
renameSync(part, out);
if (tmp) rmSync(tmp, { recursive: true, force: true });
log(`${report.join('; ')}`);
log(`wrote ${entries.length} entries to ${path.relative(process.cwd(), out)} (${(text.length / 1024).toFixed(0)} KB)`);
