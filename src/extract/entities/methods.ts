// Named methods a paper introduces: acronym definitions in a contribution sentence ("Full Name (ACRO)"),
// "called/dubbed/named/termed/denoted as X", "we propose/present X", "X, a new …". The short name wins
// when both are given. Regexes are anchored and bounded (no backtracking on long input).
import type { MethodSpan } from './types.ts';
import { acronymSpan } from './acronyms.ts';
import { GENERIC_ACRONYMS } from '../rules/acronyms.ts';
import { trimEndMatching } from '../../ingest/trim.ts';

const CONTRIB_NEW = /\b(?:novel|new)\b/i;
const CONTRIB_SUBJECT = /\b(?:we|our|this (?:paper|work))\b/gi;
const CONTRIB_VERB = /\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|call|term|name|release|releases|build|devise|describe|describes|contribute|offer|denote|construct|constructs|formulate|formulates)\b/gi;
/**
 * A contribution sentence: "new"/"novel", or a contribution verb at most 80 characters after "we"/"our"/"this paper"
 * with no period between. One pass pairing each verb with the nearest subject before it (a window scanned from
 * every subject was quadratic on "we we we …").
 */
export function contributionSentence(sent: string): boolean {
  if (CONTRIB_NEW.test(sent)) return true;
  const subjectEnds: number[] = [];
  for (const m of sent.matchAll(CONTRIB_SUBJECT)) subjectEnds.push(m.index + m[0].length);
  let k = -1;
  for (const v of sent.matchAll(CONTRIB_VERB)) {
    while (k + 1 < subjectEnds.length && subjectEnds[k + 1] <= v.index) k++;
    if (k >= 0 && v.index - subjectEnds[k] <= 80 && !sent.slice(subjectEnds[k], v.index).includes('.')) return true;
  }
  return false;
}
const APPOSITIVE_LEAD = /\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs)\s+(?:a|an)\s/g;
const APPOSITIVE_NAME = /[^,.;()]{1,60}?,\s+([A-Z][A-Za-z0-9*]*(?:[-'][A-Za-z0-9]+)*),/y;
/**
 * "we introduce a new RL algorithm, SQIRL, that …": the names after "propose/… a(n) <up to 60 characters>,", in order,
 * with their offsets. The window is matched from each verb with a sticky regex (one unanchored pattern retried its
 * 60-character window from every verb).
 */
export function appositiveNames(sent: string): { name: string; at: number }[] {
  const out: { name: string; at: number }[] = [];
  let end = 0;
  for (const lead of sent.matchAll(APPOSITIVE_LEAD)) {
    if (lead.index < end) continue;
    APPOSITIVE_NAME.lastIndex = lead.index + lead[0].length;
    const m = APPOSITIVE_NAME.exec(sent);
    if (!m) continue;
    end = APPOSITIVE_NAME.lastIndex;
    out.push({ name: m[1], at: end - m[1].length - 1 });
  }
  return out;
}
// "we propose/present/introduce (a …) X": verb, then up to six lower-case words and a capitalised token
const INTRO_LEAD = /\b(?:propose|proposes|present|presents|introduce|introduces|develop|design|release|formulate|construct)\s+/g;
const INTRO_NAME = /((?:[a-z-]+\s){0,6}?)([A-Z][^\s,.;:()]{1,40})/y;
// "(1) Dynamic Multi-Round Hard Sampling, which …": an enumeration mark, then up to six Title Case words
const ENUMERATION_LEAD = /\((?:\d|i{1,3}|iv|v)\)\s*/g;
const ENUMERATION_NAME = /([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\s[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){1,5})(?=\s*(?:,|:|\(|which|that|to|for|$))/y;

/**
 * What `lead` followed by `rest` would match in `s` with matchAll (non-overlapping, in order), found by matching `rest`
 * (sticky) only where `lead` matched: the bounded word windows are then read from each lead once, not retried from
 * every position. `lead` must match a unique span wherever it starts (true of a verb or a mark plus whitespace).
 * Each result is `rest`'s match with `index` moved to the lead's start and `[0]` covering both, as matchAll gives.
 */
export function stickyMatches(s: string, lead: RegExp, rest: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const l of s.matchAll(lead)) {
    if (l.index < end) continue;
    rest.lastIndex = l.index + l[0].length;
    const m = rest.exec(s);
    if (!m) continue;
    end = rest.lastIndex;
    m[0] = l[0] + m[0];
    m.index = l.index;
    out.push(m);
  }
  return out;
}

/** A verb whose object is the new thing itself ("we propose local representative token guided merging (ReToM)"). */
const INTRO_VERB = /\b(?:propose|proposes|present|presents|introduce|introduces|develop|develops|design|designs|devise|devises|release|releases|build|builds|construct|constructs|formulate|formulates|call|called|named|dubbed|termed)\b/g;
/** Words right before an expansion that make it a thing used or studied, not introduced ("for Clustered Federated Learning (CFL)"). */
const USED_BEFORE = /(?:^|\s)(?:for|of|on|in|to|from|with|by|via|under|over|using|as|such as|like|based on|private|public|standard|classical|existing|popular|well-known|famous|the classical|the standard)\s+(?:the\s+|a\s+|an\s+)?$/i;
// a name-like token: CamelCase, ALLCAPS, digits or inner hyphens, optional $^k$ superscript
const NAME = /^[A-Z][A-Za-z0-9*]*(?:[-'][A-Za-z0-9]+)*(?:\$\^\{?[A-Za-z0-9]+\}?\$)?/;
const STOP_NAMES = new Set(['We', 'Our', 'The', 'This', 'In', 'A', 'An', 'It', 'To', 'For', 'On', 'By', 'As', 'With', 'Specifically', 'First', 'Second', 'Finally', 'Moreover', 'However', 'SOTA', 'NP', 'SETH', 'ETH']);

/** Modifiers that make a compound a description, not a coined name ("a new data structure", "an efficient index"). */
const GENERIC_COMPOUND = new Set(['data', 'new', 'novel', 'simple', 'efficient', 'fast', 'faster', 'compact', 'compressed', 'succinct', 'dynamic', 'static', 'general', 'generic', 'practical', 'optimal', 'improved', 'randomized', 'deterministic', 'linear', 'space', 'time', 'search', 'binary', 'small', 'large', 'unified', 'single', 'full', 'first', 'second', 'two', 'three', 'such', 'this', 'our', 'other']);

function generic(name: string): boolean {
  const k = name.toLowerCase();
  return GENERIC_ACRONYMS.has(k) || (/[A-Z]s$/.test(name) && GENERIC_ACRONYMS.has(k.slice(0, -1)));
}

function nameLike(s: string): boolean {
  if (STOP_NAMES.has(s) || generic(s)) return false;
  const caps = (s.match(/[A-Z]/g) ?? []).length;
  return caps >= 2 || /[0-9$*-]/.test(s);
}

/** `s` with each whitespace-dash(es)-whitespace made one space, as s.replace(/\s+--?\s+/g, ' ') did, each run read once. */
export function dropSpacedDashes(s: string): string {
  const ws = (c: string | undefined) => c !== undefined && /\s/.test(c);
  let out = '', i = 0, copied = 0;
  while (i < s.length) {
    if (!ws(s[i])) { i++; continue; }
    let j = i;
    while (ws(s[j])) j++;
    let k = -1;
    if (s[j] === '-') k = s[j + 1] === '-' && ws(s[j + 2]) ? j + 2 : ws(s[j + 1]) ? j + 1 : -1;
    if (k < 0) { i = j; continue; }
    while (ws(s[k])) k++;
    out += s.slice(copied, i) + ' ';
    copied = i = k;
  }
  return out + s.slice(copied);
}

export function extractMethods(title: string, text: string, sentences: [number, number][]): MethodSpan[] {
  const found: MethodSpan[] = [];
  const seen = new Set<string>();
  const add = (name: string, start: number, alias?: string) => {
    const key = name.toLowerCase();
    if (seen.has(key) || name.length < 2 || name.length > 60 || generic(name)) return;
    seen.add(key);
    found.push(alias ? { name, start, end: start + name.length, aliases: [alias] } : { name, start, end: start + name.length });
  };
  // full names that an acronym abbreviates: a "called X" capture inside one is dropped for the acronym
  const expansions: [number, number][] = [];
  const inExpansion = (at: number) => expansions.some(([a, b]) => at >= a && at < b);
  // "HYPERPOSE: …" — a name-like title prefix that the abstract repeats
  const t = /^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\$\^\{?[A-Za-z0-9]+\}?\$)?)\s*:/.exec(title);
  if (t && nameLike(t[1])) { const at = text.indexOf(t[1]); if (at >= 0) add(t[1], at); }
  let componentsAnnounced = false;
  for (const [s, e] of sentences) {
    const sent = text.slice(s, e);
    const contrib = contributionSentence(sent);
    // "Hierarchically Pruned Attention (HiP)", "we develop tensor decomposition networks (TDNs)"
    for (const m of sent.matchAll(/\(([A-Z][A-Za-z0-9-]{1,14}(?:\$\^\{?[A-Za-z0-9]+\}?\$)?)\)/g)) {
      const acro = m[1];
      if (!contrib || !nameLike(acro) || STOP_NAMES.has(acro.replace(/s$/, ''))) continue;
      const beforeText = dropSpacedDashes(sent.slice(Math.max(0, m.index! - 120), m.index!));
      const before = beforeText.trim().split(/\s+/);
      const n = acronymSpan(before, acro);
      if (n === 0) continue;
      const exp = before.slice(before.length - n);
      const titleCase = exp.every((w) => /^[A-Z]/.test(w) || /^(?:of|for|and|the|in|on|with|to|a)$/.test(w));
      // a lower-case expansion counts when it is the object of "we propose/develop …" (no preposition in between)
      // and the short name is used again: "we propose a novel measure -- average-reward … coefficient (AGEC)"
      let object = false;
      if (!titleCase) {
        const expStart = beforeText.length - beforeText.trimEnd().length === 0 ? beforeText.lastIndexOf(exp[0]) : beforeText.lastIndexOf(exp[0]);
        const head = sent.slice(0, Math.max(0, m.index! - (beforeText.length - expStart)));
        let v: RegExpExecArray | null = null;
        INTRO_VERB.lastIndex = 0;
        for (let x = INTRO_VERB.exec(head); x; x = INTRO_VERB.exec(head)) v = x;
        const between = v ? head.slice(v.index + v[0].length) : '';
        object = v !== null && between.length < 80 && !/\b(?:for|of|on|in|to|from|with|by|via|under|over)\b/i.test(between)
          && text.indexOf(acro, s + m.index! + m[0].length) >= 0;
      }
      // "With bumped ribbon retrieval (BuRR), we present …": a mixed-case short name is a coined name
      if (!titleCase && !object && /[a-z]/.test(acro.replace(/s$/, '').slice(1)) && /[A-Z]/.test(acro.slice(1))) object = true;
      if (!titleCase && !object) continue;
      // "… for Clustered Federated Learning (CFL)", "… such as the CANDECOMP/PARAFAC (CP)": a thing used or studied
      const expIdx = sent.lastIndexOf(exp[0], m.index!);
      // (a sentence opening "With X (ACRO), we present …" introduces it)
      if (expIdx > 5 && USED_BEFORE.test(sent.slice(Math.max(0, expIdx - 30), expIdx))) continue;
      // "we propose a … strategy based on an on-the-fly … Canopy Height Model (CHM)": built on, not proposed
      if (titleCase && expIdx > 0) {
        INTRO_VERB.lastIndex = 0;
        let v: RegExpExecArray | null = null;
        const head = sent.slice(0, expIdx);
        for (let x = INTRO_VERB.exec(head); x; x = INTRO_VERB.exec(head)) v = x;
        if (v && /\b(?:based on|using|via|with|such as|like|by means of|from|built on|relying on)\b/i.test(head.slice(v.index + v[0].length))) continue;
      }
      // a plural acronym needs a plural expansion ("networks (TDNs)"), else it is a plural of something else
      if (/[A-Z]s$/.test(acro) && !/s$/i.test(exp[exp.length - 1])) continue;
      const at = s + m.index! + 1;
      const expAt = s + expIdx;
      add(acro, at, expAt >= s ? text.slice(expAt, s + m.index!).trim() : undefined);
      if (expAt >= s) expansions.push([expAt, at]);
    }
    // "called X", "dubbed (as) X", "named X", "termed X", "referred to as X", "denoted as X"
    for (const m of sent.matchAll(/\b(?:called|dubbed|named|termed|coined|denoted|denote|referred to|we call)\s+(?:as\s+)?([A-Z][^\s,.;:()]{0,40}(?:\s[A-Z][^\s,.;:()]{0,30}){0,2})/g)) {
      const at = s + m.index! + m[0].length - m[1].length;
      if (inExpansion(at)) continue;
      // "called EF21 (Richtarik et al., 2021)": an existing method being cited
      if (/^\s*[([][^)\]]{0,60}(?:et al|\b(?:19|20)\d\d\b)/.test(text.slice(at + m[1].length, at + m[1].length + 70))) continue;
      const words = m[1].split(' ');
      let name = '';
      for (const w of words) { const nm = NAME.exec(w); if (!nm || nm[0] !== trimEndMatching(w, /[^A-Za-z0-9*'$^{}-]/)) break; name = name ? `${name} ${nm[0]}` : nm[0]; }
      if (!name) continue;
      // a multi-word name needs one name-like word ("Fast FullSubNet", not "Bellman Completeness")
      const ws = name.split(' ');
      // "called Adaptive Search, that …": a whole Title Case phrase that ends the clause is the name
      const endsClause = /^(?:\s*[,.;:)(]|$)/.test(text.slice(at + name.length, at + name.length + 2));
      if (ws.length > 1 && endsClause && !m[0].startsWith('we call') && ws.every((w) => /^[A-Z]/.test(w))) { add(name, at); continue; }
      while (ws.length > 1 && !nameLike(ws[ws.length - 1])) ws.pop();
      // a plain capitalised word is a name when the phrase ends with it ("named Thrill."), not a term's head ("called Bellman completeness")
      if (!ws.some(nameLike) && !(ws.length === 1 && /^(?:\s*[,.;:)]|$)/.test(text.slice(at + ws[0].length, at + ws[0].length + 2)))) continue;
      add(ws.join(' '), at);
    }
    // "X, a newly curated … dataset", "X, a novel …"
    for (const m of sent.matchAll(/(?:^|\s)([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*), (?:a|an) (?:new|newly|novel)\b/g)) {
      if (nameLike(m[1])) add(m[1], s + m.index! + m[0].indexOf(m[1]));
    }
    // "It has three novel modules. In particular, Cross-Domain Patch-Level Scanning introduces …": a component named
    // at the start of a clause, after the abstract announced its components
    if (componentsAnnounced) {
      const cm = /^(?:(?:In particular|First|Second|Third|Finally|Then|Next|Moreover|Additionally|Specifically|Besides),\s+)?([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:\s[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*){1,5})\s+(?:introduces|enables|uses|employs|captures|aligns|models|learns|provides|performs|reduces|leverages|combines|integrates|is|adopts|exploits|maps)\b/.exec(sent);
      if (cm && !STOP_NAMES.has(cm[1].split(' ')[0])) add(cm[1], s + cm.index + cm[0].indexOf(cm[1]));
    }
    if (/\b(?:modules?|components?|innovations?|key (?:ideas|designs|techniques))\b/i.test(sent)) componentsAnnounced = true;
    // "This inspires a hybrid algorithm FP-PED that runs …": a name right after a described new thing
    for (const m of sent.matchAll(/\b(?:a|an)\s+(?:new|novel|hybrid|simple|modified|improved|practical|randomized)\s+(?:[a-z-]+\s){0,2}?(?:algorithm|method|data structure|structure|index|scheme|framework|variant|technique|procedure|protocol|model|encoding|code)\s+(?:called\s+)?([A-Z][A-Za-z0-9*]*(?:-[A-Za-z0-9]+)*)(?=\s+(?:that|which|for|to|is|with|achieving)\b|\s*[,.;(])/g)) {
      if (nameLike(m[1])) add(m[1], s + m.index! + m[0].length - m[1].length);
    }
    if (!contrib) continue;
    // "we introduce a new RL algorithm, SQIRL, that …": the appositive name after the description
    for (const a of appositiveNames(sent)) if (nameLike(a.name)) add(a.name, s + a.at);
    // "we propose/present/introduce (a …) X," — a name-like token right after the verb or after "a new …,"
    for (const m of stickyMatches(sent, INTRO_LEAD, INTRO_NAME)) {
      const nm = NAME.exec(m[2]);
      if (!nm) continue;
      const name = nm[0];
      const at = s + m.index! + m[0].length - m[2].length;
      if (inExpansion(at)) continue;
      const follow = text.slice(at + name.length, at + name.length + 3);
      // "we introduce Polar Express, a GPU-friendly algorithm": a Title Case pair before an appositive
      const pair = /^ ([A-Z][a-z]+(?:-[A-Za-z]+)*)(?=, (?:a|an|the) )/.exec(text.slice(at + name.length, at + name.length + 40));
      if (pair && m[1] === '') { add(`${name} ${pair[1]}`, at); continue; }
      if (/^ [A-Z]/.test(follow) || /-based$/.test(name)) continue;
      // "an innovative NLDP algorithm": a setting modifying a common noun, not a name; "a data structure CORoBTS for …" is one
      const nextWord = /^ ([a-z]+)/.exec(text.slice(at + name.length, at + name.length + 20))?.[1] ?? '';
      if (/^an?\s/.test(m[1]) && nextWord && !/^(?:for|that|which|to|with|in|on|of|based|and|achieving|is|supporting|using)$/.test(nextWord)) continue;
      if (nameLike(name) || /^[,:]/.test(follow) || follow.startsWith(' (')) add(name, at);
    }
    // "X, a …" / "X: a …" at a sentence start inside a contribution sentence
    const lead = /^([A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*)(?:,| is) (?:a|an) /.exec(sent);
    if (lead && nameLike(lead[1])) add(lead[1], s);
    // "we introduce the q-gram graph that …", "we present the zip tree, a …": a coined compound with a structure head
    for (const m of sent.matchAll(/\b(?:introduce|introduces|present|presents|propose|proposes|define|defines|design|designs)\s+(?:the|a|an)\s+(?:new\s+|novel\s+|simple\s+)?((?:[a-z][a-z0-9-]*\s){1,3}(?:tree|trees|trie|tries|pointer|pointers|graph|list|sort|filter|filters|index|heap|heaps|sketch|array|table|automaton|grammar|hash|hashing|code|codes))\b(?=\s*(?:,|\.|;|that|which|to|for|with|\(|data structure|$))/g)) {
      const words = m[1].trim().split(/\s+/);
      if (words.slice(0, -1).every((w) => GENERIC_COMPOUND.has(w))) continue;
      add(m[1].trim(), s + m.index! + m[0].length - m[1].length);
    }
    // "(1) Dynamic Multi-Round Hard Sampling, which …", "(i) Recurrent Supervisor": enumerated Title Case components
    for (const m of stickyMatches(sent, ENUMERATION_LEAD, ENUMERATION_NAME)) {
      add(m[1], s + m.index! + m[0].length - m[1].length);
    }
  }
  // a name that only starts an expansion ("Simple-Mamba" of "Simple-Mamba (S-Mamba)") is not the method's name
  return found.filter((f) => !expansions.some(([a, b]) => f.start >= a && f.start < b && f.end <= b));
}
