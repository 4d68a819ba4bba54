// Hypotheses and complexity classes named in the title or abstract, in a fixed order.
import { ASSUMPTION_RULES } from '../rules/assumptions.ts';

export function extractAssumptions(title: string, text: string): string[] {
  const hay = title + ' \n ' + text;
  const out: string[] = [];
  for (const r of ASSUMPTION_RULES) if (r.match.test(hay) && !out.includes(r.name)) out.push(r.name);
  return out;
}
