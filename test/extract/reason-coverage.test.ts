// Every rule in src/extract/rules/*.ts must fire on at least one table case (a rule nothing exercises rots):
// claim rules are checked on the reasons in extractPaperTraced's trace, entity rules on the entities they make.
import { describe, expect, it } from 'vitest';
import { SYMBOL_RULES } from '../../src/extract/rules/symbols.ts';
import { VERBAL_CLASS_RULES, QUALIFIER_RULES } from '../../src/extract/rules/verbal-classes.ts';
import { VERBAL_COST_NOUNS, VERBAL_SCALING_VERBS, VERBAL_SUBJECT_NOUNS, VERBAL_TRAPS } from '../../src/extract/rules/verbal-context.ts';
import { RESOURCE_CUES, QUERY_VERBS, STRUCTURE_QUERY_WORDS, UPDATE_VERBS } from '../../src/extract/rules/resource-cues.ts';
import { EXPLICIT_COST_NOUNS, EXPLICIT_COST_PHRASES } from '../../src/extract/rules/explicit-cues.ts';
import { ROLE_CUES, AFTER_BOUND_PATTERNS, HARDNESS_CUES } from '../../src/extract/rules/role-cues.ts';
import { SETTING_CUES } from '../../src/extract/rules/setting-cues.ts';
import { BOUND_TRAPS, COST_VARIABLES, NAMED_OBJECT_TRAPS } from '../../src/extract/rules/traps.ts';
import { ASSUMPTION_RULES } from '../../src/extract/rules/assumptions.ts';
import { ACRONYM_RULES } from '../../src/extract/rules/acronyms.ts';
import { extractPaper } from '../../src/extract/index.ts';
import { REASON_CASES } from './reason-cases.ts';
import { paper, traceOf } from './helpers.ts';

const CLAIM_RULES: readonly { reason: string }[] = [
  ...SYMBOL_RULES, ...VERBAL_CLASS_RULES, ...QUALIFIER_RULES, ...VERBAL_COST_NOUNS, ...VERBAL_SCALING_VERBS, ...VERBAL_SUBJECT_NOUNS,
  ...VERBAL_TRAPS, ...RESOURCE_CUES, ...QUERY_VERBS, ...ROLE_CUES, ...BOUND_TRAPS, ...COST_VARIABLES,
  ...NAMED_OBJECT_TRAPS, ...AFTER_BOUND_PATTERNS, ...STRUCTURE_QUERY_WORDS, ...UPDATE_VERBS, ...EXPLICIT_COST_NOUNS, ...EXPLICIT_COST_PHRASES,
  ...HARDNESS_CUES, ...SETTING_CUES.filter((c) => !c.value.startsWith('!')),
];

/** Every reason the trace shows for a text; resource reasons lose their ":before"-style position suffix. */
function firedReasons(s: string): Set<string> {
  const tr = traceOf(s);
  const out = new Set<string>();
  for (const c of tr.claims) {
    for (const r of c.reasons.span) out.add(r);
    out.add(c.reasons.resource.replace(/(?::before|\+time-after|:across-preposition)$/, ''));
    out.add(c.reasons.role);
    const st = c.reasons.setting;
    for (const r of [st.operation, st.model, st.guarantee, st.condition, ...st.variants.split(' ')]) out.add(r.replace(/:title$/, ''));
  }
  for (const r of tr.rejected) out.add(r.reason);
  return out;
}

describe('rule-reason coverage', () => {
  it('has a table case for every claim rule', () => {
    const covered = new Set(REASON_CASES.map((c) => c.reason));
    expect(CLAIM_RULES.map((r) => r.reason).filter((r) => !covered.has(r))).toEqual([]);
    expect(CLAIM_RULES.length).toBeGreaterThan(300);
  });

  it.each(REASON_CASES.map((c) => [c.reason, c.s] as const))('%s fires on its case', (reason, s) => {
    expect([...firedReasons(s)]).toContain(reason);
  });

  const ASSUMPTION_CASES: Record<string, string> = {
    'assumption:seth': 'Assuming SETH, no faster algorithm exists.',
    'assumption:eth': 'Under ETH this is tight.',
    'assumption:3sum': 'We reduce from 3SUM.',
    'assumption:apsp': 'This is hard under the APSP hypothesis.',
    'assumption:ov': 'The OV conjecture implies it.',
    'assumption:bmm': 'We reduce from BMM.',
    'assumption:omv': 'Under the OMv conjecture it is tight.',
    'assumption:ugc': 'Assuming the Unique Games Conjecture, it is hard.',
    'assumption:p-neq-np': 'Unless P \\neq NP fails, it is hard.',
    'assumption:np': 'The problem is NP-hard.',
    'assumption:ppad': 'The problem is PPAD-complete.',
    'assumption:pspace': 'The problem is PSPACE-complete.',
    'assumption:nexptime': 'The problem is NEXPTIME-complete.',
    'assumption:bqp': 'The problem is in BQP.',
    'assumption:dqc1': 'The problem is DQC1-complete.',
    'assumption:tc0': 'Transformers lie in TC^0 here.',
    'assumption:ac0': 'Such circuits lie in AC^0 here.',
    'assumption:k-clique': 'This is tight under the k-Clique hypothesis.',
    'assumption:p-equals': 'It is hard unless P = NP holds.',
  };
  it.each(ASSUMPTION_RULES.map((r) => [r.reason, r.name] as const))('assumption rule %s names %s', (reason, name) => {
    const s = ASSUMPTION_CASES[reason];
    expect(s, `add a case for ${reason}`).toBeDefined();
    expect(extractPaper(paper(s)).assumptions).toContain(name);
  });

  it.each(ACRONYM_RULES.map((r) => [r.reason, r.match, r.expansion] as const))('acronym rule %s merges %s into its expansion', (_reason, acro, expansion) => {
    const upper = acro.toUpperCase();
    const concepts = extractPaper(paper(`We study ${upper}. Each ${upper} is analysed, and ${upper} matters.`, `On ${upper}`)).concepts.map((c) => c.name);
    expect(concepts).toContain(expansion);
    expect(concepts).not.toContain(acro);
  });
});
