// Public entry of the extract stage (pure): Paper → PaperClaims. Scans candidate bounds, applies the
// trap rules, decides resource, role and subject, and extracts paper-level entities.
import type { Paper } from '../ingest/types.ts';
import { DEFAULT_SETTING, type Claim, type PaperClaims, type Resource } from './types.ts';
import { parseBound, parseVerbalClass } from './bounds/index.ts';
import { scanAbstract, type Candidate, type Rejection } from './scan.ts';
import { splitSentences } from './sentences.ts';
import { tokenAt } from './text.ts';
import { decideResource } from './resource.ts';
import { decideRole } from './role.ts';
import { decideSubject } from './subject.ts';
import { cleanExpr } from './expr.ts';
import { extractEntities, type ProblemCandidate } from './entities/index.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export { EXTRACTOR_VERSION } from './version.ts';

export interface ExtractOptions { debug?: boolean }

/** Why each decision was taken, for `boundgraph explain`. */
export interface ClaimTrace { claim: Claim; reasons: { span: string[]; resource: string; role: string; subject: string } }
export interface ExtractTrace { claims: ClaimTrace[]; rejected: Rejection[]; sentences: [number, number][]; problemCandidates: ProblemCandidate[] }

export function extractPaper(paper: Paper): PaperClaims {
  return extractPaperTraced(paper).paper;
}

export function extractPaperTraced(paper: Paper): { paper: PaperClaims; trace: ExtractTrace } {
  const text = typeof paper.abstract === 'string' ? paper.abstract : '';
  const scan = scanAbstract(text);
  const sentences = splitSentences(text, scan.math);
  const { tokens } = scan;
  const entities = extractEntities(paper.title ?? '', text, tokens, sentences);
  const traces: ClaimTrace[] = [];
  const subjectCtx = { text, acronyms: entities.acronyms, methods: entities.methods, uses: entities.uses, mentions: entities.problemMentions, main: entities.problems };
  const cands = scan.candidates;
  let si = 0;
  let prevInSentence: { end: number; resource: Resource; cued: boolean } | null = null;
  for (let ci = 0; ci < cands.length; ci++) {
    const c = cands[ci];
    while (si < sentences.length - 1 && sentences[si][1] <= c.start) { si++; prevInSentence = null; }
    const sentence = sentences[si] ?? [0, text.length];
    const next = ci + 1 < cands.length && cands[ci + 1].start < sentence[1] ? cands[ci + 1] : null;
    const sTok: [number, number] = [tokenAt(tokens, sentence[0]), tokenAt(tokens, sentence[1])];
    const bStart = Math.max(sTok[0], tokenAt(tokens, prevInSentence ? prevInSentence.end : sentence[0]));
    const before: [number, number] = [bStart, tokenAt(tokens, c.start)];
    const after: [number, number] = [tokenAt(tokens, c.end), next ? tokenAt(tokens, next.start) : sTok[1]];
    let resource: Resource;
    let resReason: string;
    let cued = true;
    if (c.resourceHint) { resource = c.resourceHint.resource; resReason = c.resourceHint.reason; }
    else {
      const d = decideResource(text, tokens, before, after, c.end);
      if (d) { resource = d.resource; resReason = d.reason; }
      else if (prevInSentence && prevInSentence.cued) { resource = prevInSentence.resource; resReason = 'resource:inherit-paired-bound'; }
      else if (sameVars(c, text, traces)) { const t = sameVars(c, text, traces)!; resource = t.claim.resource; resReason = 'resource:inherit-same-expression'; }
      else { resource = 'time'; resReason = 'resource:default-time'; cued = false; }
    }
    const sentenceText = text.slice(sentence[0], sentence[1]);
    const role = decideRole(text, tokens, sTok, before, after, c.notation, c.cls, sentenceText, c.end, { methods: entities.methods.map((m) => m.name) });
    const claim = buildClaim(text, c, resource, role.role, sentence);
    const subj = decideSubject(subjectCtx, sentence, c.start, c.end);
    claim.subject = subj.subject;
    claim.problem = subj.problem;
    claim.method = subj.method;
    traces.push({ claim, reasons: { span: c.reasons, resource: resReason, role: role.reason, subject: subj.reason } });
    prevInSentence = { end: c.end, resource, cued };
  }
  inheritUncuedResources(text, traces);
  const out: PaperClaims = {
    ...paper,
    claims: traces.map((t) => t.claim),
    methods: entities.methods,
    uses: entities.uses,
    problems: entities.problems,
    concepts: entities.concepts,
    assumptions: entities.assumptions,
    acronyms: Object.fromEntries([...entities.acronyms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
  };
  return { paper: out, trace: { claims: traces, rejected: scan.rejected, sentences, problemCandidates: entities.problemMentions } };
}

const PAIR_GAP = /^[\s$]*(?:(?:,\s*)?(?:and|or|,)[\s$]*)?$/;
const UNCUED = new Set(['resource:default-time']);
/** Resources a whole paper can be about (a bandit paper's regret, a DP paper's error); never time, space or other. */
const MAJORITY_RESOURCES = new Set<Resource>(['error', 'regret', 'sample', 'query', 'iteration', 'communication']);
const INHERITED = new Set(['resource:default-time', 'resource:inherit-paired-bound', 'resource:inherit-same-expression']);

/**
 * Bounds with no resource cue of their own: "O(ε⁻³) and O(ε⁻⁷) accesses" take the cue of the bound they are paired
 * with; otherwise, in a paper whose cued bounds are mostly about one non-time resource (error, regret, …), that one.
 */
function inheritUncuedResources(text: string, traces: ClaimTrace[]): void {
  for (let i = traces.length - 2; i >= 0; i--) {
    const t = traces[i], n = traces[i + 1];
    if (!UNCUED.has(t.reasons.resource) || INHERITED.has(n.reasons.resource)) continue;
    if (t.claim.sentence[0] !== n.claim.sentence[0] || !PAIR_GAP.test(text.slice(t.claim.end, n.claim.start))) continue;
    t.claim.resource = n.claim.resource;
    t.reasons.resource = 'resource:inherit-next-paired-bound';
  }
  const counts = new Map<Resource, number>();
  for (const t of traces) if (!INHERITED.has(t.reasons.resource)) counts.set(t.claim.resource, (counts.get(t.claim.resource) ?? 0) + 1);
  let top: Resource | null = null, best = 0, second = 0;
  for (const [r, c] of counts) { if (c > best) { second = best; best = c; top = r; } else if (c > second) second = c; }
  if (!top || !MAJORITY_RESOURCES.has(top) || best < 2 || best === second) return;
  for (const t of traces) {
    if (!UNCUED.has(t.reasons.resource)) continue;
    t.claim.resource = top;
    t.reasons.resource = 'resource:inherit-paper-majority';
  }
}

const VAR_STOP = new Set(['log', 'lg', 'sqrt', 'poly', 'polylog', 'min', 'max', 'frac', 'left', 'right', 'smash', 'tilde', 'widetilde', 'mathcal', 'O', 'Omega', 'Theta', 'o', 'cdot', 'big', 'bigl', 'bigr']);
function varsOf(s: string): string {
  const out = new Set<string>();
  for (const m of s.matchAll(/\\?[A-Za-z]+/g)) if (!VAR_STOP.has(m[0].replace('\\', ''))) out.add(m[0]);
  return [...out].sort().join(' ');
}
/** An earlier claim of the paper over the same variables (a matching lower bound restates the upper one). */
function sameVars(c: Candidate, text: string, traces: ClaimTrace[]): ClaimTrace | null {
  if (c.kind === 'verbal') return null;
  const v = varsOf(text.slice(c.start, c.end));
  if (v.split(' ').length < 2) return null;
  for (let i = traces.length - 1; i >= 0; i--) {
    const t = traces[i];
    if (t.reasons.resource !== 'resource:default-time' && varsOf(t.claim.text) === v) return t;
  }
  return null;
}

function buildClaim(text: string, c: Candidate, resource: Resource, role: Claim['role'], sentence: [number, number]): Claim {
  const span = text.slice(c.start, c.end);
  let expr: string;
  let latex = trimEndMatching(span.replace(/^\$+/, ''), /\$/);
  let growth: unknown = null;
  let soft = c.soft;
  if (c.kind === 'verbal') {
    expr = c.verbalExpr;
    const v = parseVerbalClass(c.cls);
    if (v) { growth = v.growth; latex = v.latex; }
  } else {
    const p = parseBound(span);
    if (p.ok) {
      expr = p.expr; latex = p.latex; growth = p.growth;
      if (c.kind === 'symbolic') soft = p.soft || c.soft;
    } else {
      expr = cleanExpr(span, c.kind === 'symbolic');
    }
  }
  return {
    start: c.start, end: c.end, text: span, notation: c.notation, soft, expr, latex, growth,
    resource, role, subject: null, problem: null, method: null, sentence: [sentence[0], sentence[1]],
    setting: { ...DEFAULT_SETTING, variants: [] },
  };
}
