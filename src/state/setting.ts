// A claim's setting as the explorer reads it from graph.json (defensively: older graphs have none) and writes it in
// one compact line that names only what differs from the default — "query · cell probe · approximate · amortized",
// "unless SETH" for a conditional lower bound — so a table cell or a ladder row stays short.
import { DEFAULT_SETTING, GUARANTEES, MODELS, OPERATIONS, type Setting } from '../extract/types.ts';

export type { Setting } from '../extract/types.ts';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const pick = <T extends string>(v: unknown, xs: readonly T[], fallback: T): T => (typeof v === 'string' && (xs as readonly string[]).includes(v) ? v as T : fallback);

/** The default setting, shared by every claim that has none (never mutated). */
export const NO_SETTING: Readonly<Setting> = Object.freeze({ ...DEFAULT_SETTING, variants: Object.freeze([]) as unknown as string[] });

/** A setting record from graph.json; anything missing or unknown is the default (whole computation, word RAM, worst case). */
export function readSetting(v: unknown): Readonly<Setting> {
  if (!isObj(v)) return NO_SETTING;
  const variants = Array.isArray(v.variants) ? v.variants.filter((x): x is string => typeof x === 'string').map((x) => x.slice(0, 80)).slice(0, 8) : [];
  const setting: Setting = {
    operation: pick(v.operation, OPERATIONS, 'total'),
    model: pick(v.model, MODELS, 'word-ram'),
    variants,
    guarantee: pick(v.guarantee, GUARANTEES, 'worst'),
    condition: typeof v.condition === 'string' && v.condition ? v.condition.slice(0, 60) : null,
  };
  return isDefault(setting) ? NO_SETTING : setting;
}

export function isDefault(s: Readonly<Setting>): boolean {
  return s.operation === 'total' && s.model === 'word-ram' && s.variants.length === 0 && s.guarantee === 'worst' && s.condition === null;
}

const GUARANTEE_WORDS: Record<string, string> = { expected: 'expected', amortized: 'amortized', whp: 'w.h.p.' };

/** "approximate:1+ε" → "approximate 1+ε", "input:permutations" → "permutations", "parameterized:k" → "parameterized by k". */
function variantText(v: string): string {
  const colon = v.indexOf(':');
  if (colon < 0) return v.replace(/-/g, ' ');
  const head = v.slice(0, colon), rest = v.slice(colon + 1);
  if (head === 'input') return rest.replace(/-/g, ' ');
  if (head === 'parameterized') return `parameterized by ${rest}`;
  return `${head.replace(/-/g, ' ')} ${rest}`;
}

/**
 * The non-default parts of a setting, in a fixed order: operation, model, variants, guarantee, condition ("" for the
 * default). An unconditional lower bound says so; a conditional one reads "unless SETH".
 */
export function settingText(s: Readonly<Setting>): string {
  if (s === NO_SETTING) return '';
  const parts: string[] = [];
  if (s.operation !== 'total') parts.push(s.operation);
  if (s.model !== 'word-ram') parts.push(s.model.replace(/-/g, ' '));
  for (const v of s.variants) parts.push(variantText(v));
  if (s.guarantee !== 'worst') parts.push(GUARANTEE_WORDS[s.guarantee] ?? s.guarantee);
  if (s.condition) parts.push(s.condition === 'unconditional' ? 'unconditional' : `unless ${s.condition}`);
  return parts.join(' · ');
}
