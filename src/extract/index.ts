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
import { decideSetting, settingContext, compressedSizeVariables, type SettingReasons } from './setting.ts';
import { CONDITION_PROBLEMS } from './rules/setting-cues.ts';
import { SUBJECT_RULES } from './rules/subjects.ts';
const REDUCTION_REASON = SUBJECT_RULES.find((r) => r.rule === 'reduction-target')!.reason;

const PAPER_MAIN_REASON = SUBJECT_RULES.find((r) => r.rule === 'paper-main')!.reason;
import { cleanExpr } from './expr.ts';
import { extractEntities, type ProblemCandidate } from './entities/index.ts';
import { curatedClaims, withCuratedClaims } from './curated.ts';
import { trimEndMatching } from '../ingest/trim.ts';

export { EXTRACTOR_VERSION } from './version.ts';

export interface ExtractOptions { debug?: boolean }

/** Why each decision was taken, for `boundgraph explain`. */
export interface ClaimTrace { claim: Claim; reasons: { span: string[]; resource: string; role: string; subject: string; setting: SettingReasons } }
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
  const settings = settingContext(text, tokens, paper.title ?? '', entities.assumptions, entities.acronyms);
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
    if (subj.reason === PAPER_MAIN_REASON) claim.subjectFromPaper = true;
    // "reduce X to Y, which …" where Y is no problem name: the bound is not X's, and there is none to guess
    if (subj.reason === REDUCTION_REASON && !subj.problem) claim.subjectUnknown = true;
    traces.push({ claim, reasons: { span: c.reasons, resource: resReason, role: role.reason, subject: subj.reason, setting: null as unknown as SettingReasons } });
    prevInSentence = { end: c.end, resource, cued };
  }
  inheritUncuedResources(text, traces);
  inheritAttribution(text, traces);
  respectiveSubjects(text, traces, entities.problemMentions);
  const nextCondition = hardnessFromNextSentence(text, traces, sentences);
  const compressedVars = compressedSizeVariables(text);
  // the setting reads the final resource and role of each claim
  let ti = 0;
  for (const t of traces) {
    const c = t.claim;
    while (ti < sentences.length - 1 && sentences[ti][1] <= c.start) ti++;
    const sTok: [number, number] = [tokenAt(tokens, c.sentence[0]), tokenAt(tokens, c.sentence[1])];
    const prev = traces[traces.indexOf(t) - 1];
    const next = traces[traces.indexOf(t) + 1];
    const d = decideSetting(settings, {
      sTok, first: tokenAt(tokens, c.start), last: tokenAt(tokens, c.end),
      prevBound: prev && prev.claim.sentence[0] === c.sentence[0] ? tokenAt(tokens, prev.claim.end) : sTok[0],
      nextBound: next && next.claim.sentence[0] === c.sentence[0] ? tokenAt(tokens, next.claim.start) : sTok[1],
      boundStart: c.start, resource: c.resource, role: c.role,
      conditionIn: nextCondition.get(t) ?? null, problem: c.problem,
    });
    c.setting = d.setting;
    t.reasons.setting = d.reasons;
    // a bound in the compressed input's size ("$O(n^{1.34}N^{1.34})$", n the SLP size) is a compressed-input bound
    if (compressedVars.size && !c.setting.variants.includes('input:compressed') && growthVariables(c).some((v) => compressedVars.has(v))) {
      c.setting = { ...c.setting, variants: [...c.setting.variants, 'input:compressed'].sort() };
      t.reasons.setting = { ...t.reasons.setting, variants: `${t.reasons.setting.variants === 'setting:no-variant' ? '' : t.reasons.setting.variants + ' '}setting:compressed-size-variable`.trim() };
    }
    // "no O(n^{2-ε}) algorithm for X unless 3SUM can be solved faster": the bound is X's, not 3SUM's
    const hypothesisKeys = c.role === 'lower' && c.setting.condition ? CONDITION_PROBLEMS[c.setting.condition] : undefined;
    if (hypothesisKeys && c.problem && hypothesisKeys.includes(c.problem)) {
      const keep = (k: string) => !hypothesisKeys.includes(k);
      const subj = decideSubject({ ...subjectCtx, mentions: subjectCtx.mentions.filter((m) => keep(m.key)), main: subjectCtx.main.filter((m) => keep(m.key)), exclude: new Set(hypothesisKeys) }, c.sentence, c.start, c.end);
      c.subject = subj.subject; c.problem = subj.problem; c.method = subj.method;
      t.reasons.subject = `${subj.reason}:not-the-hypothesis`;
    }
  }
  const out: PaperClaims = {
    ...paper,
    // bounds curators recorded (Algorithm Wiki) are claims as given; they replace what the text scan read at their spans
    claims: withCuratedClaims(traces.map((t) => t.claim), curatedClaims(paper)),
    methods: entities.methods,
    uses: entities.uses,
    problems: entities.problems,
    concepts: entities.concepts,
    assumptions: entities.assumptions,
    acronyms: Object.fromEntries([...entities.acronyms].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))),
  };
  return { paper: out, trace: { claims: traces, rejected: scan.rejected, sentences, problemCandidates: entities.problemMentions } };
}

const GROUP_GAP = /^[\s$]*(?:time\s+|space\s+)?(?:vs\.?|versus|and|or|,)[\s$]*(?:and\s+)?$/;

/**
 * "the same problems restricted to strings have linear time vs quadratic time solutions, respectively": the k-th bound
 * of a coordinated group is about the k-th problem the sentence names before it; unnamed ones ("the same problems")
 * leave the bound without a problem rather than give every bound the one problem a window finds.
 */
function respectiveSubjects(text: string, traces: ClaimTrace[], mentions: readonly ProblemCandidate[]): void {
  for (let i = 0; i < traces.length; ) {
    const s0 = traces[i].claim.sentence;
    let j = i + 1;
    while (j < traces.length && traces[j].claim.sentence[0] === s0[0] && GROUP_GAP.test(text.slice(traces[j - 1].claim.end, traces[j].claim.start).slice(0, 40))) j++;
    const group = traces.slice(i, j);
    const after = text.slice(group[group.length - 1].claim.end, Math.min(s0[1], group[group.length - 1].claim.end + 60));
    if (group.length >= 2 && /^[^.;]{0,40}\brespectively\b/.test(after)) {
      const named: ProblemCandidate[] = [];
      for (const m of mentions) if (m.field === 'abstract' && m.start >= s0[0] && m.end <= group[0].claim.start && !named.some((x) => x.key === m.key)) named.push(m);
      group.forEach((t, k) => {
        const m = named.length === group.length ? named[k] : null;
        t.claim.problem = m ? m.key : null;
        t.claim.subject = m ? m.name : null;
        delete t.claim.subjectFromPaper;
        if (!m) t.claim.subjectUnknown = true;
        t.reasons.subject = m ? 'subject:respectively-paired' : 'subject:respectively-unpaired';
      });
    }
    i = j;
  }
}

const ATTRIBUTED = new Set(['role:attributed-after', 'role:citation-after', 'role:reference-key-after']);
/** "$O(N \log N)$ time using $O(1)$ extra words by [Franceschini and Muthukrishnan]": the credit covers the pair. */
function inheritAttribution(text: string, traces: ClaimTrace[]): void {
  for (let i = traces.length - 2; i >= 0; i--) {
    const t = traces[i], n = traces[i + 1];
    if (t.reasons.role !== 'role:default-result' || !ATTRIBUTED.has(n.reasons.role) || t.claim.sentence[0] !== n.claim.sentence[0]) continue;
    const gap = text.slice(t.claim.end, n.claim.start);
    if (gap.length > 60 || /[,;:.]/.test(gap)) continue;
    t.claim.role = n.claim.role;
    t.reasons.role = 'role:inherit-attribution';
  }
}

/** "…, no $O(n^{2-ε})$-time algorithm is known. Such an algorithm would refute SETH.": the next sentence makes it hardness. */
const SUCH_REFUTES = /^[^.]{0,80}?\b(?:such (?:an? )?(?:algorithms?|improvements?|results?|bounds?|speed-?ups?)|this|that|it)\b[^.]{0,60}?\b(?:would|will)\s+(?:also\s+)?(?:refute|falsify|violate|contradict|imply|yield|give|lead)/i;

/**
 * Claims a sentence says are not known ("no … algorithm is known") become lower bounds when the next sentence says
 * such an algorithm would refute a hypothesis; returns the token range of that sentence for each (its condition).
 */
function hardnessFromNextSentence(text: string, traces: ClaimTrace[], sentences: [number, number][]): Map<ClaimTrace, [number, number]> {
  const out = new Map<ClaimTrace, [number, number]>();
  let si = 0;
  for (const t of traces) {
    if (t.reasons.role !== 'role:none-known') continue;
    while (si < sentences.length && sentences[si][0] < t.claim.sentence[1]) si++;
    const next = sentences[si];
    if (!next || !SUCH_REFUTES.test(text.slice(next[0], Math.min(next[1], next[0] + 240)))) continue;
    t.claim.role = 'lower';
    t.reasons.role = 'role:hardness-such-algorithm-next-sentence';
    out.set(t, next);
  }
  return out;
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

/** The variables a claim's growth mentions ("n", "N", "k"). */
function growthVariables(c: Claim): string[] {
  const out: string[] = [];
  for (const term of (c.growth as { t?: { v?: Record<string, unknown> }[] } | null)?.t ?? []) for (const v of Object.keys(term.v ?? {})) if (!out.includes(v)) out.push(v);
  return out;
}
