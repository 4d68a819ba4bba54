// Runs the ReDoS checker (recheck, its pure-JavaScript backend: no Java, no native binary, no network) over every
// regular expression in src/. Verdicts of "safe" are kept in redos-verdicts.json keyed by recheck's version and a hash
// of the pattern, so the suite re-checks only new or changed patterns; `npx tsx test/hardening/redos-check.ts --write`
// checks the patterns not listed yet and rewrites the list (with `--all`, every pattern is checked again).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { regexSites, type RegexSite } from './regex-literals.ts';

// checkSync's default backend starts a worker that prefers the native or Java checker; 'pure' runs in this thread
process.env.RECHECK_SYNC_BACKEND = 'pure';
const require = createRequire(import.meta.url);
const recheck = require('recheck') as typeof import('recheck');
const RECHECK_VERSION = (require('recheck/package.json') as { version: string }).version;

const here = path.dirname(fileURLToPath(import.meta.url));
export const SRC = path.resolve(here, '../../src');
export const VERDICTS = path.join(here, 'redos-verdicts.json');
/**
 * Patterns recheck cannot decide (both checkers time out), each with the argument that it is linear, reviewed by hand.
 * Only an "unknown" may be listed: a pattern recheck finds vulnerable fails whatever this file says.
 */
export const REVIEWED = path.join(here, 'redos-reviewed.json');

export interface Finding { site: RegexSite; status: string; detail: string }

export const patternKey = (source: string, flags: string): string => createHash('sha1').update(`${RECHECK_VERSION}\0${flags}\0${source}`).digest('hex');

type Attack = { pumps: { prefix: string; pump: string; bias: number }[]; suffix: string };

/** The attack string with each pump repeated about `reps` times. */
function attackString(a: Attack, reps: number): string {
  return a.pumps.map((p) => p.prefix + p.pump.repeat(Math.max(1, reps + p.bias))).join('') + a.suffix;
}

/**
 * How V8 itself grows on recheck's attack: matching time at 4× the pumps over the time at 1×, the shorter string
 * grown until it takes ≥ 20 ms (best of three each). The fuzz checker infers "polynomial" from its own step counts
 * under time limits, which a bounded window such as {0,60} or a loaded machine can mislead. A pattern still under
 * 20 ms on 4 M characters is linear (a quadratic one takes hours there); otherwise a real super-linear pattern shows
 * ≥ 16× at 4×, a linear one ~4×.
 */
export function v8Growth(source: string, flags: string, attack: Attack): { ratio: number; ms: number; chars: number } {
  const re = new RegExp(source, flags.replace(/g/g, ''));
  const time = (s: string) => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) { re.lastIndex = 0; const t = performance.now(); re.exec(s); best = Math.min(best, performance.now() - t); }
    return best;
  };
  const flat = (s: string) => { s.charCodeAt(s.length >> 1); return s; }; // flatten the rope before timing
  const unit = Math.max(1, attack.pumps.reduce((n, p) => n + p.pump.length, 0));
  let reps = Math.ceil(2_000 / unit);
  let base = time(flat(attackString(attack, reps)));
  while (base < 20 && unit * reps < 4_000_000) { reps *= 2; base = time(flat(attackString(attack, reps))); }
  if (base < 20) return { ratio: 1, ms: base, chars: attackString(attack, reps).length };
  const s = flat(attackString(attack, reps * 4));
  return { ratio: time(s) / base, ms: base, chars: s.length };
}

/**
 * recheck's verdict: the automaton checker first (exact when it finishes); a pattern it cannot finish is fuzzed longer;
 * a "vulnerable" from the fuzzer stands only if V8 grows more than 10× (2.5× proportional) on its attack at 4× the size.
 */
export function checkPattern(source: string, flags: string): { status: string; detail: string } {
  const f = flags.replace(/g/g, ''); // sticky stays: it anchors the pattern where the code puts lastIndex
  let d = recheck.checkSync(source, f, { timeout: 10_000, randomSeed: 0 });
  if (d.status === 'unknown') d = recheck.checkSync(source, f, { checker: 'fuzz', timeout: 60_000, randomSeed: 0 });
  // large bounded repetitions ({1,30} several times) can take the fuzzer minutes on a busy machine
  if (d.status === 'unknown') d = recheck.checkSync(source, f, { checker: 'fuzz', timeout: 300_000, randomSeed: 0 });
  if (d.status === 'vulnerable') {
    const what = `${d.complexity.type}; attack ${JSON.stringify(d.attack.pattern).slice(0, 80)}`;
    if (d.checker === 'automaton') return { status: 'vulnerable', detail: what };
    const g = v8Growth(source, f, d.attack);
    if (g.ratio > 10) return { status: 'vulnerable', detail: `${what}; V8 ${g.ratio.toFixed(1)}× at 4× (${g.chars} chars, ${g.ms.toFixed(0)} ms)` };
    return { status: 'safe', detail: `fuzz (its ${d.complexity.type} attack is linear in V8: ${g.ratio.toFixed(1)}× at 4×, ${g.ms.toFixed(1)} ms on ${g.chars} chars)` };
  }
  if (d.status === 'unknown') return { status: 'unknown', detail: d.error.kind };
  return { status: 'safe', detail: d.checker ?? '' };
}

export function loadReviewed(): Record<string, string> {
  if (!existsSync(REVIEWED)) return {};
  return (JSON.parse(readFileSync(REVIEWED, 'utf8')) as { reviewed?: Record<string, { why: string }> }).reviewed
    ? Object.fromEntries(Object.entries((JSON.parse(readFileSync(REVIEWED, 'utf8')) as { reviewed: Record<string, { why: string }> }).reviewed).map(([k, v]) => [k, v.why]))
    : {};
}

export function loadVerdicts(): Record<string, string> {
  if (!existsSync(VERDICTS)) return {};
  const j = JSON.parse(readFileSync(VERDICTS, 'utf8')) as { safe?: Record<string, string> };
  return j.safe ?? {};
}

/** Every site that is not known safe, checked; returns the findings (not safe) and the verdicts of safe patterns. */
export function checkSites(sites: RegexSite[], known: Record<string, string>, log?: (s: string) => void): { findings: Finding[]; safe: Record<string, string> } {
  const findings: Finding[] = [];
  const safe: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const site of sites) {
    const key = patternKey(site.source, site.flags);
    if (key in safe) continue;
    if (Object.hasOwn(known, key)) { safe[key] = known[key]; continue; }
    const v = checkPattern(site.source, site.flags);
    log?.(`${site.file}:${site.line} ${v.status} ${v.detail}`);
    const reviewed = loadReviewed()[key];
    if (v.status === 'safe') safe[key] = v.detail;
    else if (v.status === 'unknown' && reviewed) safe[key] = `reviewed (recheck: ${v.detail}): ${reviewed}`;
    else findings.push({ site, status: v.status, detail: v.detail });
  }
  return { findings, safe };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const all = process.argv.includes('--all');
  const sites = regexSites(SRC);
  const { findings, safe } = checkSites(sites, all ? {} : loadVerdicts(), (s) => console.error(s));
  for (const f of findings) console.log(`${f.site.file}:${f.site.line} ${f.status} /${f.site.source}/${f.site.flags} ${f.detail}`);
  console.log(`${sites.length} regular expressions, ${findings.length} not safe`);
  if (process.argv.includes('--write')) {
    const sorted = Object.fromEntries(Object.entries(safe).sort(([a], [b]) => (a < b ? -1 : 1)));
    writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK_VERSION, safe: sorted }, null, 1) + '\n');
  }
  process.exitCode = findings.length ? 1 : 0;
}
