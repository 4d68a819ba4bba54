// Problems across papers: one node per canonical problem key. Keys come from the extractor (acronyms expanded
// with the paper's own definitions); here, acronyms a paper uses without defining are resolved with the
// definitions other papers of the corpus give, surface forms are counted for labels and aliases, variants are
// tied to their general problem (`specializes`), and papers are linked to every known problem their title or
// abstract names (a token trie over the keys: linear in the text).
import type { PaperClaims } from '../extract/types.ts';
import { generalOf, isGenericKey, recanonicalize, BUILTIN_ACRONYMS, SETTING_WORDS } from '../extract/entities/canonical.ts';
import { NON_PROBLEM_KEYS, NON_PROBLEM_HEADS, NON_PROBLEM_FIRST, INPUT_NOUNS, INPUT_WORDS, VARIANT_MODIFIERS, VARIANT_TAIL_WORDS, OBJECT_QUALIFIERS } from '../extract/rules/problems.ts';
import { CONDITION_PROBLEMS } from '../extract/rules/setting-cues.ts';
import { toolSpans } from '../extract/subject.ts';
import { singular } from '../extract/entities/words.ts';
import { applyThesaurus, type Thesaurus } from './concepts.ts';
import { byString } from './rng.ts';

export interface ProblemTable {
  /** node keys (canonical problem keys), sorted */
  keys: string[];
  label: Map<string, string>;
  aliases: Map<string, string[]>;
  /** variant key → general key */
  general: Map<string, string>;
  /** per paper: problem key → weight (main problems 1, claim subjects 0.8, mentions 0.5) */
  perPaper: Map<string, number>[];
  /** per paper: its main problems' keys (resolved) */
  main: string[][];
  /** per paper, per claim: the resolved problem key, or null */
  claimProblem: (string | null)[][];
  /** papers per key (main, subject or mention) */
  df: Map<string, number>;
  /** acronyms the corpus defines: acronym → expansion key (majority of the papers defining it) */
  acronyms: Map<string, string>;
}

/**
 * Curated problem identities (data/problem-thesaurus.json, from Algorithm Wiki): every alias key to its problem's
 * key, the problem's label, and the keys of the problems it specializes.
 */
export interface ProblemThesaurus {
  canonical: ReadonlyMap<string, string>;
  labels: ReadonlyMap<string, string>;
  parents: ReadonlyMap<string, readonly string[]>;
}

/** Reads a problem thesaurus file's JSON (format boundgraph.problem-thesaurus); bad entries are skipped, never thrown. */
export function readProblemThesaurus(json: unknown): ProblemThesaurus {
  const canonical = new Map<string, string>();
  const labels = new Map<string, string>();
  const parents = new Map<string, string[]>();
  const list = json && typeof json === 'object' && Array.isArray((json as { problems?: unknown }).problems) ? (json as { problems: unknown[] }).problems : [];
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length < 200 ? v : null);
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const r = e as Record<string, unknown>;
    const key = str(r.key);
    if (!key) continue;
    if (str(r.label)) labels.set(key, str(r.label)!);
    for (const a of Array.isArray(r.aliases) ? r.aliases : []) { const k = str(a); if (k && !canonical.has(k)) canonical.set(k, key); }
    const ps = (Array.isArray(r.parents) ? r.parents : []).map(str).filter((x): x is string => x !== null);
    if (ps.length) parents.set(key, ps);
  }
  return { canonical, labels, parents };
}

const NONE: ReadonlySet<string> = new Set();

/** Is a key a problem's at all: not a model, an artefact, a generic phrase or a bare description of an input? */
export function isProblemKey(key: string, known: ReadonlySet<string> = NONE): boolean {
  if (NON_PROBLEM_KEYS.has(key)) return false;
  const words = key.split(' ');
  const last = words[words.length - 1];
  if (NON_PROBLEM_HEADS.has(last)) return false;
  // "repetitive text", "binary string", "input graph", "$n$ elements": an input, however described
  if (INPUT_NOUNS.has(last) && words.every((w) => INPUT_WORDS.has(w) || INPUT_NOUNS.has(w) || /^[a-z]$/.test(w))) return false;
  // "demonstrate effectiveness", "future research", "large language [models]", "high quality [images]": prose or a fragment
  if (words.length <= 3 && NON_PROBLEM_FIRST.has(words[0]) && !known.has(key)) return false;
  return true;
}

/**
 * `general` when `key` is one of its variants by its words: the general name after variant modifiers ("weighted LCS",
 * "STR-IC-LCS"), or before a qualifying tail ("LCS of k strings"); null when the key is another problem that only
 * contains the name ("tree edit distance", "LZ77 compressed indexing").
 */
export function variantOf(key: string, general: string | null): string | null {
  if (!general) return null;
  const k = key.split(' '), g = general.split(' ');
  const at = k.findIndex((_w, i) => g.every((x, j) => k[i + j] === x));
  if (at < 0) return null;
  const head = k.slice(0, at), tail = k.slice(at + g.length);
  const modifier = (w: string) => VARIANT_MODIFIERS.has(w) || w.length <= 3 || /\d/.test(w);
  if (head.every(modifier) && (tail.length === 0 || VARIANT_TAIL_WORDS.has(tail[0]))) return general;
  return null;
}

export interface ProblemOptions {
  thesaurus?: Thesaurus;
  /** curated problem identities and hierarchy (Algorithm Wiki) */
  problems?: ProblemThesaurus;
  /** a problem needs this many papers to be a node (default 2) */
  minDf?: number;
}

const WEIGHT = { main: 1, subject: 0.8, mention: 0.5 };
/** Characters either side of a claim in which its sentence may name its problem. */
const CLAIM_WINDOW = 240;

/** Majority expansion of each acronym over the papers that define it (ties: the alphabetically first). */
function corpusAcronyms(papers: readonly PaperClaims[]): Map<string, string> {
  const votes = new Map<string, Map<string, number>>();
  for (const p of papers) {
    for (const [a, e] of Object.entries(p.acronyms && typeof p.acronyms === 'object' ? p.acronyms : {})) {
      if (typeof e !== 'string' || a.length < 2) continue;
      let m = votes.get(a);
      if (!m) votes.set(a, (m = new Map()));
      m.set(e, (m.get(e) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [a, m] of votes) {
    const best = [...m].sort((x, y) => y[1] - x[1] || byString(x[0], y[0]))[0];
    out.set(a, best[0]);
  }
  return out;
}

/** A paper's own acronym expansion: an own string property only ("constructor" is no acronym of every paper). */
function own(local: Readonly<Record<string, string>> | undefined, a: string): string | undefined {
  if (!local || !Object.prototype.hasOwnProperty.call(local, a)) return undefined;
  const v = local[a];
  return typeof v === 'string' ? v : undefined;
}

/** A key whose words include an unexpanded acronym the corpus defines elsewhere, with it expanded. */
function resolve(key: string, local: Readonly<Record<string, string>> | undefined, corpus: ReadonlyMap<string, string>): string {
  if (!key) return key;
  const words = key.split(' ');
  let changed = false;
  const out: string[] = [];
  for (const w of words) {
    const exp = own(local, w) ?? BUILTIN_ACRONYMS.get(w) ?? corpus.get(w);
    if (exp) { out.push(...exp.split(' ')); changed = true; } else out.push(w);
  }
  return changed ? out.join(' ') : key;
}

/** Surface form shown as a label: the name without a leading article and a trailing "problem(s)". */
function surface(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/^(?:the|a|an)\s+/i, '').replace(/ problems?$/i, '').trim(); // whitespace is single spaces here: no run to retry
}
/** Gerunds that name a task on their own. */
const TASK_GERUNDS = new Set(['sorting', 'hashing', 'indexing', 'parsing', 'sketching', 'scheduling', 'clustering', 'routing', 'sampling', 'pruning', 'reasoning', 'planning', 'learning', 'streaming', 'caching', 'labeling', 'labelling', 'partitioning', 'tracking', 'ranking', 'forecasting', 'summarization', 'retrieval']);
const PROCESS_START = /^(?:computing|computation|constructing|construction|building|finding|solving|the|a|an)\b/i;
const isAcronymForm = (s: string) => /^[A-Z0-9][A-Z0-9-]*s?$/.test(s) && /[A-Z]{2}/.test(s);

/** A surface form that names a setting of the problem rather than the problem. */
function settingForm(f: string): boolean {
  const words = f.toLowerCase().split(/[^a-z]+/);
  return words.some((w) => SETTING_WORDS.has(w) || w.startsWith('approximat')) || words.join(' ').includes('with preprocessing');
}

interface TrieNode { next: Map<string, TrieNode>; key: string | null }

/** A canonical word of a text with the offsets of the word it came from (an acronym's expansion shares them). */
interface TextWord { w: string; start: number; end: number }

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 0xbf && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff));
}

/**
 * Canonical words of a text for mention matching, in one pass: letters and digits (TeX commands and math
 * punctuation split words), acronyms expanded (the paper's, the built-in, then the corpus'), lower-case, singular,
 * "sub sequence" joined, articles dropped.
 */
function textWords(text: string, local: Readonly<Record<string, string>> | undefined, corpus: ReadonlyMap<string, string>): TextWord[] {
  const out: TextWord[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) { i++; continue; }
    const s = i;
    let caps = 0, lower = 0;
    while (i < n && isWordCode(text.charCodeAt(i))) {
      const c = text.charCodeAt(i);
      if (c >= 65 && c <= 90) caps++; else if (c >= 97 && c <= 122) lower++;
      i++;
    }
    const raw = text.slice(s, i);
    // "LCS", "LCSs", "APSP": an acronym (capitals, digits and a plural s)
    if (caps >= 2 && (lower === 0 || (lower === 1 && raw.endsWith('s')))) {
      const a = (raw.endsWith('s') ? raw.slice(0, -1) : raw).toLowerCase();
      // "Lan-ED": an acronym the paper defines with a hyphen replaces the word before the hyphen too
      const prev = out[out.length - 1];
      if (prev && prev.end === s - 1 && text.charCodeAt(s - 1) === 45) {
        const hy = own(local, `${text.slice(prev.start, prev.end).toLowerCase()}-${a}`);
        if (hy) {
          const from = prev.start;
          while (out.length && out[out.length - 1].start === from) out.pop();
          for (const w of hy.split(' ')) out.push({ w, start: from, end: i });
          continue;
        }
      }
      const exp = own(local, a) ?? BUILTIN_ACRONYMS.get(a) ?? corpus.get(a);
      if (exp) { for (const w of exp.split(' ')) out.push({ w, start: s, end: i }); continue; }
    }
    const w = raw.toLowerCase();
    if (w === 'the' || w === 'a' || w === 'an') continue;
    const prev = out[out.length - 1];
    if (prev && (prev.w === 'sub' || prev.w === 'super') && prev.end + 1 >= s) { prev.w += singular(w); prev.end = i; continue; }
    out.push({ w: singular(w), start: s, end: i });
  }
  return out;
}

export function collectProblems(papers: readonly PaperClaims[], opts: ProblemOptions = {}): ProblemTable {
  const minDf = opts.minDf ?? 2;
  const acronyms = corpusAcronyms(papers);
  const forms = new Map<string, Map<string, number>>();
  const addForm = (key: string, name: string) => {
    let m = forms.get(key);
    if (!m) forms.set(key, (m = new Map()));
    const s = surface(name);
    if (s) m.set(s, (m.get(s) ?? 0) + 1);
  };
  const keyOf = (p: PaperClaims, key: string | null | undefined, name: string): string | null => {
    if (typeof key !== 'string' || !key) return null;
    if (opts.thesaurus && opts.thesaurus.size) {
      const r = applyThesaurus(surface(name), opts.thesaurus);
      if (r === null) return null;
      if (r !== surface(name)) return r.toLowerCase().split(/[\s-]+/).map(singular).join(' ');
    }
    // acronyms the paper did not define, then setting words ("approximate LZ77" is LZ77), then the curators' name
    const r = recanonicalize(resolve(key, p.acronyms, acronyms).split(' ')).join(' ');
    const k = opts.problems?.canonical.get(r) ?? r;
    return isGenericKey(k.split(' ')) || !isProblemKey(k) ? null : k;
  };

  const main: string[][] = [];
  const claimProblem: (string | null)[][] = [];
  const perPaper: Map<string, number>[] = [];
  for (const p of papers) {
    const m = new Map<string, number>();
    const mains: string[] = [];
    for (const s of p.problems ?? []) {
      const k = keyOf(p, (s as { key?: string }).key, s.name);
      if (!k) continue;
      addForm(k, s.name);
      if (!mains.includes(k)) mains.push(k);
      m.set(k, WEIGHT.main);
    }
    const cps: (string | null)[] = [];
    for (const c of p.claims ?? []) {
      const k = keyOf(p, c.problem, c.subject ?? '');
      cps.push(k);
      if (!k) continue;
      if (c.subject) addForm(k, c.subject);
      if (!m.has(k)) m.set(k, WEIGHT.subject);
    }
    main.push(mains);
    claimProblem.push(cps);
    perPaper.push(m);
  }

  // papers naming a known problem anywhere in title or abstract link to it too ("LCS" alone counts)
  const known = new Map<string, number>();
  const asMain = new Map<string, number>();
  for (const m of perPaper) for (const k of m.keys()) known.set(k, (known.get(k) ?? 0) + 1);
  for (const ms of main) for (const k of ms) asMain.set(k, (asMain.get(k) ?? 0) + 1);
  const root: TrieNode = { next: new Map(), key: null };
  for (const [k, n] of known) {
    const words = k.split(' ');
    // one-paper keys are too weak to link other papers by; a one-word key must be a main problem of two papers
    // (and links no paper by a mention, below: it only names the problem of a claim)
    if (n < 2 || (words.length < 2 && (asMain.get(k) ?? 0) < 2)) continue;
    let node = root;
    for (const w of words) {
      let nx = node.next.get(w);
      if (!nx) node.next.set(w, (nx = { next: new Map(), key: null }));
      node = nx;
    }
    node.key = k;
  }
  // every known problem a word sequence names: the longest match at each word, with its offsets
  const matches = (words: readonly TextWord[]): { key: string; start: number; end: number }[] => {
    const out: { key: string; start: number; end: number }[] = [];
    for (let s = 0; s < words.length; s++) {
      let node: TrieNode | undefined = root.next.get(words[s].w);
      if (!node) continue;
      // "tree edit distance", "Dyck edit distance", "language edit distance": another problem than "edit distance"
      if (s > 0 && OBJECT_QUALIFIERS.has(words[s - 1].w) && words[s - 1].end + 2 >= words[s].start) continue;
      let hit: string | null = node.key;
      let end = words[s].end;
      for (let e = s + 1; e < words.length && node; e++) {
        node = node.next.get(words[e].w);
        if (node?.key) { hit = node.key; end = words[e].end; }
      }
      if (hit) out.push({ key: hit, start: words[s].start, end });
    }
    return out;
  };
  papers.forEach((p, i) => {
    const text = typeof p.abstract === 'string' ? p.abstract : '';
    const m = perPaper[i];
    // a one-word problem ("attention") names too much to link papers by; it still decides a claim's problem below
    for (const hit of matches(textWords(p.title ?? '', p.acronyms, acronyms))) if (!m.has(hit.key) && hit.key.includes(' ')) m.set(hit.key, WEIGHT.mention);
    const found = matches(textWords(text, p.acronyms, acronyms));
    for (const hit of found) if (!m.has(hit.key) && hit.key.includes(' ')) m.set(hit.key, WEIGHT.mention);
    // a claim whose own sentence does not name its problem (the extractor fell back to the paper's main problem)
    // takes the corpus problem its sentence names, nearest before the bound first ("the quadratic cost of attention")
    (p.claims ?? []).forEach((c, ci) => {
      if (!Number.isInteger(c.start) || !Number.isInteger(c.end) || c.subjectUnknown) return;
      const lo = Math.max(c.sentence?.[0] ?? 0, c.start - CLAIM_WINDOW), hi = Math.min(c.sentence?.[1] ?? text.length, c.end + CLAIM_WINDOW);
      // a problem named as a tool ("based on suffix arrays") is not what the bound is about
      const tools = toolSpans(text, lo, hi);
      const asTool = (h: { start: number; end: number }) => tools.some(([s, e]) => h.start >= s && h.end <= e);
      const before = found.filter((h) => h.start >= lo && h.end <= c.start && !asTool(h)).map((h) => h.key);
      const after = found.filter((h) => h.start >= c.end && h.end <= hi && !asTool(h)).map((h) => h.key);
      // a lower bound conditioned on 3SUM (APSP, OV, …) is not a bound of 3SUM, whatever its sentence names
      const hyp = c.role === 'lower' && c.setting?.condition ? CONDITION_PROBLEMS[c.setting.condition] : undefined;
      const ok = (k: string) => !hyp?.includes(k);
      let cur = claimProblem[i][ci];
      if (cur && !ok(cur)) cur = claimProblem[i][ci] = main[i].find(ok) ?? null;
      // the extractor read the problem from the sentence itself: it stands (the corpus words here know no synonyms)
      if (cur && !c.subjectFromPaper && (known.get(cur) ?? 0) >= 2) return;
      if (cur && (before.includes(cur) || after.includes(cur) || before.some((k) => k.includes(cur!)))) return;
      // the extractor's problem is more specific than what the corpus words find ("circular pattern matching with k
      // mismatches" vs "k mismatch"): a bound of that problem, not of the general one
      if (cur && [...before, ...after].some((k) => k !== cur && ` ${cur} `.includes(` ${k} `))) return;
      const bs = before.filter(ok), as = after.filter(ok);
      const pick = bs.length ? bs[bs.length - 1] : as[0];
      if (!pick) return;
      claimProblem[i][ci] = pick;
      if (!m.has(pick) || (m.get(pick) ?? 0) < WEIGHT.subject) m.set(pick, WEIGHT.subject);
    });
  });

  const df = new Map<string, number>();
  for (const m of perPaper) for (const k of m.keys()) df.set(k, (df.get(k) ?? 0) + 1);
  // a node needs enough papers; a one-word problem ("attention", "sorting") needs a third paper more and must be a
  // noun or a task gerund, not a bare verb form ("approximating", "computing")
  const oneWordOk = (k: string) => /\d/.test(k) || (k.length >= 5 && (!/ing$/.test(k) || TASK_GERUNDS.has(k)));
  const keys = [...df].filter(([k, n]) => (k.includes(' ') ? n >= minDf : n >= Math.max(3, minDf) && oneWordOk(k))).map(([k]) => k).sort(byString);
  const keySet = new Set(keys);
  // the general problem of a variant: by its words ("weighted LCS" → LCS), else as the curators file it
  const generalIn = (k: string, known: ReadonlySet<string>): string | null =>
    opts.problems?.parents.get(k)?.find((x) => x !== k && known.has(x)) ?? variantOf(k, generalOf(k, (x) => known.has(x)));
  // a variant one paper studies ("STR-IC-LCS", "LCS in k-length substrings") is a node of its own when that paper
  // bounds it: its claims must not land on the general problem's ladder
  papers.forEach((_p, i) => {
    for (const m of main[i]) {
      if (keySet.has(m) || !generalIn(m, keySet)) continue;
      if (!claimProblem[i].some((k) => k === m || k === generalIn(m, keySet))) continue;
      keys.push(m);
      keySet.add(m);
    }
  });
  keys.sort(byString);
  const general = new Map<string, string>();
  for (const k of keys) {
    const g = generalIn(k, keySet);
    if (g) general.set(k, g);
  }
  // a paper about a variant ("gap edit distance") bounds that variant where its sentence names only the general
  // problem ("edit distance"): the claim goes to the paper's own variant
  // (an earlier bound its own sentence names the general problem for stays with it: "Demaine et al. showed how to
  // compute the edit distance between rooted trees in $O(n^3)$ time", in a paper on unrooted trees)
  papers.forEach((p, i) => {
    const variants = main[i].filter((k) => general.has(k) && keySet.has(k));
    if (!variants.length) return;
    claimProblem[i].forEach((k, ci) => {
      if (!k) return;
      const c = p.claims?.[ci];
      if (c && c.role === 'prior' && !c.subjectFromPaper && c.problem === k) return;
      const v = variants.find((m) => general.get(m) === k);
      if (v) claimProblem[i][ci] = v;
    });
  });
  // labels: the most common full (non-acronym) form; aliases: the other forms, acronyms included
  const label = new Map<string, string>();
  const aliases = new Map<string, string[]>();
  for (const k of keys) {
    const fs = [...(forms.get(k) ?? new Map<string, number>())];
    // merge case variants: "Longest Common Subsequence" and "longest common subsequence" count together
    const byLower = new Map<string, { best: string; n: number; top: number }>();
    for (const [f, n] of fs) {
      const lk = f.toLowerCase();
      const g = byLower.get(lk);
      if (!g) byLower.set(lk, { best: f, n, top: n });
      else { g.n += n; if (n > g.top || (n === g.top && f < g.best)) { g.best = f; g.top = n; } }
    }
    // a form that opens with a process word ("computing the …") is a poorer label than the plain name
    // worse labels: a process word first ("computing the …"), an acronym inside ("LCE queries" beside "longest
    // common extension queries"), every word capitalised as in a title ("Top-k Document Retrieval")
    const acronymWords = (f: string) => f.split(/\s+/).filter((w) => /[A-Z]{2}/.test(w)).length;
    const titleCase = (f: string) => (f.includes(' ') && f.split(/\s+/).every((w) => /^[A-Z0-9$]/.test(w)) ? 1 : 0);
    // a form with words the key lacks ("Reducing approximate LCS", "much studied LCS") names more than the problem
    const keyLen = k.split(' ').length;
    const extra = (f: string) => Math.max(0, f.split(/[\s-]+/).filter((w) => w && !/^(?:the|a|an|of)$/i.test(w)).length - keyLen);
    const plain = (f: string) => (PROCESS_START.test(f) ? 4 : 0) + (acronymWords(f) ? 2 : 0) + titleCase(f) + 3 * extra(f);
    const ranked = [...byLower.values()].sort((a, b) => plain(a.best) - plain(b.best) || b.n - a.n || a.best.length - b.best.length || byString(a.best, b.best));
    // an acronym that is the key itself ("3SUM") is the problem's full name
    const full = ranked.find((r) => !isAcronymForm(r.best) || r.best.toLowerCase() === k) ?? ranked[0];
    label.set(k, full ? full.best : k);
    // other names: acronyms and spellings, not "computing the …" restatements of the label
    // nor a setting of it ("Gap Edit Distance", "approximate edit distance" fold into the problem's key, but they are
    // not other names of it)
    aliases.set(k, ranked.filter((r) => r !== full && !PROCESS_START.test(r.best) && !/\bcomputation$/i.test(r.best) && !settingForm(r.best)).map((r) => r.best).slice(0, 12));
  }
  return { keys, label, aliases, general, perPaper, main, claimProblem, df, acronyms };
}
