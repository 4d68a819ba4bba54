// Splits an abstract into sentences and claim spans for in-place highlighting (pure). Offsets come from
// an untrusted file, so every span is checked against the text and overlapping spans are dropped.
import type { ClaimView } from '../../state/graph-index.ts';

export interface Piece { text: string; claim: number | null }
export interface Segment { sentence: number | null; pieces: Piece[] }

interface Span { start: number; end: number; claim: number }

function locate(abstract: string, c: ClaimView): Span | null {
  if (c.start >= 0 && c.end > c.start && c.end <= abstract.length && abstract.slice(c.start, c.end) === c.text) {
    return { start: c.start, end: c.end, claim: c.index };
  }
  if (!c.text) return null;
  const at = abstract.indexOf(c.text);
  return at >= 0 ? { start: at, end: at + c.text.length, claim: c.index } : null;
}

/** Sentence ranges come from the claims; a claim without a usable sentence gets its own span as one. */
export function abstractSegments(abstract: string, claims: readonly ClaimView[]): Segment[] {
  const spans = claims.map((c) => locate(abstract, c)).filter((s): s is Span => s !== null)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const marks: Span[] = [];
  for (const s of spans) if (!marks.length || s.start >= marks[marks.length - 1].end) marks.push(s);
  const sentences: { start: number; end: number; id: number }[] = [];
  for (const m of marks) {
    const c = claims.find((x) => x.index === m.claim)!;
    let [s0, s1] = c.sentence ?? [m.start, m.end];
    if (!(s0 >= 0 && s1 <= abstract.length && s0 <= m.start && s1 >= m.end)) { s0 = m.start; s1 = m.end; }
    const last = sentences[sentences.length - 1];
    if (last && s0 < last.end) { last.end = Math.max(last.end, s1); continue; }
    sentences.push({ start: s0, end: s1, id: m.claim });
  }
  const out: Segment[] = [];
  let pos = 0;
  const piecesOf = (from: number, to: number): Piece[] => {
    const ps: Piece[] = [];
    let p = from;
    for (const m of marks) {
      if (m.start < from || m.end > to) continue;
      if (m.start > p) ps.push({ text: abstract.slice(p, m.start), claim: null });
      ps.push({ text: abstract.slice(m.start, m.end), claim: m.claim });
      p = m.end;
    }
    if (p < to) ps.push({ text: abstract.slice(p, to), claim: null });
    return ps;
  };
  for (const s of sentences) {
    if (s.start > pos) out.push({ sentence: null, pieces: [{ text: abstract.slice(pos, s.start), claim: null }] });
    out.push({ sentence: s.id, pieces: piecesOf(s.start, s.end) });
    pos = s.end;
  }
  if (pos < abstract.length) out.push({ sentence: null, pieces: [{ text: abstract.slice(pos), claim: null }] });
  return out;
}
