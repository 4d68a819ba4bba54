// Curated bounds (a Paper's `curated` list, from Algorithm Wiki) → claims as the curators recorded them: the bound
// parsed by the project's bound parser, the resource, role, problem and setting taken as given, never decided from
// the text. Each claim is marked with where it comes from.
import type { CuratedBound, Paper } from '../ingest/types.ts';
import { DEFAULT_SETTING, GUARANTEES, MODELS, type Claim, type Guarantee, type Model } from './types.ts';
import { parseBoundWithNote } from './bounds/index.ts';
import { problemKeyWords } from './entities/canonical.ts';

const isModel = (m: unknown): m is Model => typeof m === 'string' && (MODELS as readonly string[]).includes(m);
const isGuarantee = (g: unknown): g is Guarantee => typeof g === 'string' && (GUARANTEES as readonly string[]).includes(g);

/** Where a curated bound's text is in the abstract: its own span when it still holds the bound, else null. */
function spanOf(abstract: string, b: CuratedBound): [number, number] | null {
  const { start, end } = b;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > abstract.length || end <= start) return null;
  return [start, end];
}

/** One curated bound → a claim, or null when its span is gone or its text does not parse as a bound. */
export function curatedClaim(abstract: string, b: CuratedBound): Claim | null {
  if (!b || typeof b !== 'object') return null;
  const span = spanOf(abstract, b);
  if (!span) return null;
  const text = abstract.slice(span[0], span[1]);
  const parsed = parseBoundWithNote(text);
  if (!parsed.ok) return null;
  const problem = typeof b.problem === 'string' ? b.problem.slice(0, 300) : '';
  const key = problem ? problemKeyWords(problem).join(' ') : '';
  const sentence: [number, number] = Array.isArray(b.sentence) && b.sentence.length === 2 && b.sentence.every(Number.isInteger)
    && b.sentence[0] <= span[0] && b.sentence[1] >= span[1] ? [b.sentence[0], b.sentence[1]] : [span[0], span[1]];
  const variants = Array.isArray(b.variants) ? b.variants.filter((v): v is string => typeof v === 'string').slice(0, 8) : [];
  return {
    start: span[0], end: span[1], text,
    notation: parsed.notation, soft: parsed.soft, expr: parsed.expr, latex: parsed.latex, growth: parsed.growth,
    resource: b.resource === 'space' ? 'space' : 'time',
    role: b.role === 'lower' ? 'lower' : 'result',
    subject: problem || null,
    problem: key || null,
    method: typeof b.method === 'string' && b.method ? b.method.slice(0, 300) : null,
    sentence,
    setting: {
      ...DEFAULT_SETTING,
      model: isModel(b.model) ? b.model : DEFAULT_SETTING.model,
      variants,
      guarantee: isGuarantee(b.guarantee) ? b.guarantee : DEFAULT_SETTING.guarantee,
      condition: b.role === 'lower' && typeof b.condition === 'string' ? b.condition.slice(0, 60) : null,
    },
    curated: {
      source: 'algowiki',
      reference: typeof b.reference === 'string' ? b.reference.slice(0, 500) : 'Algorithm Wiki',
      ...(typeof b.url === 'string' && /^https?:\/\//.test(b.url) ? { url: b.url.slice(0, 2000) } : {}),
    },
  };
}

/** The claims of a paper's curated bounds, in span order (none when it has no `curated` list). */
export function curatedClaims(paper: Paper): Claim[] {
  if (!Array.isArray(paper.curated) || !paper.curated.length) return [];
  const abstract = typeof paper.abstract === 'string' ? paper.abstract : '';
  const out: Claim[] = [];
  for (const b of paper.curated) {
    const c = curatedClaim(abstract, b);
    if (c) out.push(c);
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A paper's claims with its curated ones added: an extracted claim whose span overlaps a curated one is the same
 * bound read from the text, so the curated claim replaces it. Order: by start offset.
 */
export function withCuratedClaims(extracted: readonly Claim[], curated: readonly Claim[]): Claim[] {
  if (!curated.length) return [...extracted];
  const kept = extracted.filter((e) => !curated.some((c) => e.start < c.end && c.start < e.end));
  return [...kept, ...curated].sort((a, b) => a.start - b.start || a.end - b.end);
}
