// No regular expression in src/ takes super-linear time: every literal and every `new RegExp` with a literal source
// (constants of the same file inlined) is checked by recheck (pure-JavaScript backend, offline). Patterns already
// found safe by this recheck version are listed in redos-verdicts.json; new or changed ones (the next rule someone
// writes) are checked here, so a super-linear pattern fails the suite with its file, line and attack string.
import { describe, expect, it } from 'vitest';
import { regexSites } from './regex-literals.ts';
import { SRC, checkPattern, checkSites, loadVerdicts } from './redos-check.ts';

describe('ReDoS: every regular expression in src/', () => {
  it('the checker runs offline and tells a quadratic pattern from a linear one', () => {
    // the pairing gap this issue found in src/extract/index.ts, and its linear rewrite
    expect(checkPattern(String.raw`^[\s$]*(?:,\s*)?(?:and|or|,)?[\s$]*$`, '').status).toBe('vulnerable');
    expect(checkPattern(String.raw`^[\s$]*(?:(?:,\s*)?(?:and|or|,)[\s$]*)?$`, '').status).toBe('safe');
    expect(checkPattern(String.raw`[;,]+$`, '').status).toBe('vulnerable');
  }, 120_000);

  it('finds the patterns of src/ (literals, RegExp calls, constants inlined)', () => {
    const sites = regexSites(SRC);
    expect(sites.length).toBeGreaterThan(500);
    expect(sites.some((s) => s.file === 'src/extract/index.ts' && s.source.startsWith(String.raw`^[\s$]*`))).toBe(true);
    // role-cues.ts builds one pattern from a NAME constant: the constant is inlined, not guessed
    expect(sites.some((s) => s.file === 'src/extract/rules/role-cues.ts' && s.source.includes('\\u00C0-\\u024F') && !s.dynamic)).toBe(true);
  });

  it('none is super-linear', () => {
    const sites = regexSites(SRC);
    const { findings } = checkSites(sites, loadVerdicts());
    const report = findings.map((f) => `${f.site.file}:${f.site.line} ${f.status} /${f.site.source}/${f.site.flags} — ${f.detail}`);
    expect(report, 'rewrite these to linear forms (or scan by hand), then `npx tsx test/hardening/redos-check.ts --write`').toEqual([]);
  }, 1_800_000);
});
