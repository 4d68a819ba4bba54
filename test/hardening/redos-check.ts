// Runs the ReDoS checker (recheck, its pure-JavaScript backend: no Java, no native binary, no network) over every
// regular expression in src/. Verdicts of "safe" are kept in redos-verdicts.json keyed by recheck's version and a hash
// of the pattern, so the suite re-checks only new or changed patterns; `npx tsx test/hardening/redos-check.ts --write`
// re-checks everything and rewrites that file (`--all` re-checks without writing).
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

export interface Finding { site: RegexSite; status: string; detail: string }

export const patternKey = (source: string, flags: string): string => createHash('sha1').update(`${RECHECK_VERSION}\0${flags}\0${source}`).digest('hex');

/** recheck's verdict: the automaton checker first (exact when it finishes); a pattern it cannot finish is fuzzed longer. */
export function checkPattern(source: string, flags: string): { status: string; detail: string } {
  const f = flags.replace(/g/g, ''); // sticky stays: it anchors the pattern where the code puts lastIndex
  let d = recheck.checkSync(source, f, { timeout: 10_000, randomSeed: 0 });
  if (d.status === 'unknown') d = recheck.checkSync(source, f, { checker: 'fuzz', timeout: 60_000, randomSeed: 0 });
  if (d.status === 'vulnerable') return { status: 'vulnerable', detail: `${d.complexity.type}; attack ${JSON.stringify(d.attack.pattern).slice(0, 80)}` };
  if (d.status === 'unknown') return { status: 'unknown', detail: d.error.kind };
  return { status: 'safe', detail: d.checker ?? '' };
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
    if (v.status === 'safe') safe[key] = v.detail;
    else findings.push({ site, status: v.status, detail: v.detail });
  }
  return { findings, safe };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const all = process.argv.includes('--write') || process.argv.includes('--all');
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
