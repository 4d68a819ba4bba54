// Splits an abstract into sentences and claim spans for in-place highlighting (pure). Offsets come from
// an untrusted file, so every span is checked against the text and overlapping spans are merged or dropped.
// A math span ($…$) is never cut: a claim or sentence edge inside one moves out to its delimiters, so each
// piece holds whole formulas and can be typeset.
import type { ClaimView } from '../../state/graph-index.ts';
import { mathSpans } from '../text/math-text.ts';

export interface Piece {
  text: string;
  /** the first claim marked by this piece, or null for plain text */
  claim: number | null;
  /** every claim this piece marks (claims inside one formula share its mark) */
  claims: number[];
}
export interface Segment { sentence: number | null; pieces: Piece[] }

interface Span { start: number; end: number; claims: number[] }
interface Range { start: number; end: number }

function locate(abstract: string, c: ClaimView): Range | null {
  if (c.start >= 0 && c.end > c.start && c.end <= abstract.length && abstract.slice(c.start, c.end) === c.text) {
    return { start: c.start, end: c.end };
  }
  if (!c.text) return null;
  const at = abstract.indexOf(c.text);
  return at >= 0 ? { start: at, end: at + c.text.length } : null;
}

/** Widens [start, end) to whole atoms (atoms sorted, disjoint). */
function snap(r: Range, atoms: readonly Range[]): Range {
  let { start, end } = r;
  for (const a of atoms) {
    if (a.start >= end) break;
    if (a.end > start) { start = Math.min(start, a.start); end = Math.max(end, a.end); }
  }
  return { start, end };
}

/** Sentence ranges come from the claims; a claim without a usable sentence gets its own span as one. */
export function abstractSegments(abstract: string, claims: readonly ClaimView[]): Segment[] {
  const atoms = mathSpans(abstract);
  const located: (Range & { claim: ClaimView })[] = [];
  for (const c of claims) {
    const r = locate(abstract, c);
    if (r) located.push({ ...snap(r, atoms), claim: c });
  }
  located.sort((a, b) => a.start - b.start || a.end - b.end);
  const marks: Span[] = [];
  const first = new Map<Span, ClaimView>();
  for (const s of located) {
    const last = marks[marks.length - 1];
    if (last && s.start < last.end) {
      // the same formula (or the same text) marks both claims; a partly overlapping span is dropped
      if (s.start === last.start && s.end === last.end) last.claims.push(s.claim.index);
      continue;
    }
    const m = { start: s.start, end: s.end, claims: [s.claim.index] };
    marks.push(m);
    first.set(m, s.claim);
  }
  const sentences: { start: number; end: number; id: number }[] = [];
  for (const m of marks) {
    const c = first.get(m)!;
    let [s0, s1] = c.sentence ?? [m.start, m.end];
    if (!(s0 >= 0 && s1 <= abstract.length && s0 <= m.start && s1 >= m.end)) { s0 = m.start; s1 = m.end; }
    ({ start: s0, end: s1 } = snap({ start: s0, end: s1 }, atoms));
    const last = sentences[sentences.length - 1];
    if (last && s0 < last.end) { last.end = Math.max(last.end, s1); continue; }
    sentences.push({ start: s0, end: s1, id: c.index });
  }
  const out: Segment[] = [];
  let pos = 0;
  const plain = (text: string): Piece => ({ text, claim: null, claims: [] });
  const piecesOf = (from: number, to: number): Piece[] => {
    const ps: Piece[] = [];
    let p = from;
    for (const m of marks) {
      if (m.start < from || m.end > to) continue;
      if (m.start > p) ps.push(plain(abstract.slice(p, m.start)));
      ps.push({ text: abstract.slice(m.start, m.end), claim: m.claims[0], claims: m.claims });
      p = m.end;
    }
    if (p < to) ps.push(plain(abstract.slice(p, to)));
    return ps;
  };
  for (const s of sentences) {
    if (s.start > pos) out.push({ sentence: null, pieces: [plain(abstract.slice(pos, s.start))] });
    out.push({ sentence: s.id, pieces: piecesOf(s.start, s.end) });
    pos = s.end;
  }
  if (pos < abstract.length) out.push({ sentence: null, pieces: [plain(abstract.slice(pos))] });
  return out;
}

export interface ClaimSentence {
  before: string;
  claim: string;
  after: string;
  /** the excerpt starts or ends inside the abstract's text (no sentence range was known) */
  cut: boolean;
}

/** The sentence of one claim with the claim marked, or null when the claim's text is not in the abstract. */
export function claimSentence(abstract: string, c: ClaimView): ClaimSentence | null {
  const r = locate(abstract, c);
  if (!r) return null;
  const atoms = mathSpans(abstract);
  const m = snap(r, atoms);
  let [s0, s1] = c.sentence ?? [-1, -1];
  let cut = false;
  if (!(s0 >= 0 && s1 <= abstract.length && s0 <= m.start && s1 >= m.end)) {
    // no usable sentence: a window around the claim, widened to word edges
    s0 = Math.max(0, m.start - 160); s1 = Math.min(abstract.length, m.end + 160);
    while (s0 > 0 && s0 < m.start && !/\s/.test(abstract[s0 - 1])) s0++;
    while (s1 < abstract.length && s1 > m.end && !/\s/.test(abstract[s1])) s1--;
    cut = true;
  }
  ({ start: s0, end: s1 } = snap({ start: s0, end: s1 }, atoms));
  return { before: abstract.slice(s0, m.start), claim: abstract.slice(m.start, m.end), after: abstract.slice(m.end, s1), cut };
}
