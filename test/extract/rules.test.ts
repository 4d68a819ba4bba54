// Rule files are data: every reason is unique across them, and the symbol, class and trap rules fire.
import { describe, expect, it } from 'vitest';
import { SYMBOL_RULES } from '../../src/extract/rules/symbols.ts';
import { VERBAL_CLASS_RULES, QUALIFIER_RULES } from '../../src/extract/rules/verbal-classes.ts';
import { VERBAL_COST_NOUNS, VERBAL_SCALING_VERBS, VERBAL_SUBJECT_NOUNS, VERBAL_TRAPS } from '../../src/extract/rules/verbal-context.ts';
import { RESOURCE_CUES, QUERY_VERBS, STRUCTURE_QUERY_WORDS, UPDATE_VERBS } from '../../src/extract/rules/resource-cues.ts';
import { EXPLICIT_COST_NOUNS, EXPLICIT_COST_PHRASES } from '../../src/extract/rules/explicit-cues.ts';
import { ROLE_CUES } from '../../src/extract/rules/role-cues.ts';
import { BOUND_TRAPS, COST_VARIABLES } from '../../src/extract/rules/traps.ts';
import { ASSUMPTION_RULES } from '../../src/extract/rules/assumptions.ts';
import { ACRONYM_RULES } from '../../src/extract/rules/acronyms.ts';
import { claimsOf, traceOf } from './helpers.ts';

const ALL: { reason: string }[] = [
  ...SYMBOL_RULES, ...VERBAL_CLASS_RULES, ...QUALIFIER_RULES, ...VERBAL_COST_NOUNS, ...VERBAL_SCALING_VERBS, ...VERBAL_SUBJECT_NOUNS,
  ...VERBAL_TRAPS, ...RESOURCE_CUES, ...QUERY_VERBS, ...ROLE_CUES, ...BOUND_TRAPS, ...COST_VARIABLES, ...ASSUMPTION_RULES, ...ACRONYM_RULES,
  ...STRUCTURE_QUERY_WORDS, ...UPDATE_VERBS, ...EXPLICIT_COST_NOUNS, ...EXPLICIT_COST_PHRASES,
];

describe('rule data', () => {
  it('has a unique reason for every rule', () => {
    const seen = new Map<string, number>();
    for (const r of ALL) seen.set(r.reason, (seen.get(r.reason) ?? 0) + 1);
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it.each(SYMBOL_RULES.map((r) => [r.reason, r] as const))('symbol rule %s fires', (_reason, r) => {
    const text = `We give an algorithm in ${r.match}(n) time.`;
    const tr = traceOf(text);
    expect(tr.claims.flatMap((c) => c.reasons.span)).toContain(r.reason);
    expect(tr.claims[0].claim.notation).toBe(r.notation);
  });

  it.each(VERBAL_CLASS_RULES.filter((r) => !r.match.endsWith('ly')).map((r) => [r.reason, r] as const))('class rule %s fires', (_reason, r) => {
    const word = r.match === 'nearlinear' ? 'near-linear' : r.match;
    const tr = traceOf(`We give a ${word} time algorithm.`);
    expect(tr.claims.flatMap((c) => c.reasons.span)).toContain(r.reason);
    expect(tr.claims[0].claim.expr).toBeTruthy();
  });

  it.each(VERBAL_CLASS_RULES.filter((r) => r.match.endsWith('ly')).map((r) => [r.reason, r] as const))('adverb class rule %s fires', (_reason, r) => {
    const tr = traceOf(`Our cost scales ${r.match} with the input size.`);
    expect(tr.claims.flatMap((c) => c.reasons.span)).toContain(r.reason);
  });

  it.each(VERBAL_COST_NOUNS.filter((r) => !r.only).map((r) => [r.reason, r] as const))('cost noun %s licenses a class word', (_reason, r) => {
    const c = claimsOf(`We obtain linear ${r.match}${/^(?:lower|upper)$/.test(r.match) ? ' bounds' : ''} for it.`);
    expect(c.map((x) => x.text)).toEqual(['linear']);
    expect(c[0].resource).toBe(r.resource);
  });

  it.each(VERBAL_TRAPS.filter((t) => t.side === 'next').map((t) => [t.reason, t] as const))('trap %s rejects', (_reason, t) => {
    const cls = t.only ? t.only[0] : 'quadratic';
    const tr = traceOf(`We study the ${cls} ${t.match} here.`);
    expect(tr.claims).toEqual([]);
    expect(tr.rejected.map((r) => r.reason)).toContain(t.reason);
  });

  it.each(ASSUMPTION_RULES.map((r) => [r.reason, r] as const))('assumption %s is named', (_reason, r) => {
    expect(ASSUMPTION_RULES.some((x) => x.name === r.name)).toBe(true);
  });

  it('matches assumptions as whole tokens', async () => {
    const { extractPaper } = await import('../../src/extract/index.ts');
    const p = (abstract: string) => extractPaper({ id: 'a', title: 'x', abstract, authors: [], year: null, url: null, source: { file: 't', line: null, record: 0 } }).assumptions;
    expect(p('Under SETH and the 3SUM conjecture, this is NP-hard.')).toEqual(['SETH', '3SUM', 'NP']);
    expect(p('We use OVERLAP and NPC and Pareto sets.')).toEqual([]);
    expect(p('A quantum algorithm in BQP that is DQC1-hard.')).toEqual(['BQP', 'DQC1']);
  });
});
