// Compiles phrase rules ({ match: "query time", … }) once into token sequences and matches them
// at token positions: forwards from a start token, or backwards ending at a token.
import type { Token } from './text.ts';

export interface Compiled<R> { rule: R; words: string[] }

export interface PhraseIndex<R> { byFirst: Map<string, Compiled<R>[]>; byLast: Map<string, Compiled<R>[]> }

export function compilePhrases<R extends { match: string }>(rules: readonly R[]): PhraseIndex<R> {
  const byFirst = new Map<string, Compiled<R>[]>();
  const byLast = new Map<string, Compiled<R>[]>();
  for (const rule of rules) {
    const words = rule.match.toLowerCase().split(/[\s-]+/).filter(Boolean);
    const c = { rule, words };
    const f = byFirst.get(words[0]) ?? []; f.push(c); byFirst.set(words[0], f);
    const l = byLast.get(words[words.length - 1]) ?? []; l.push(c); byLast.set(words[words.length - 1], l);
  }
  for (const m of [byFirst, byLast]) for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirst, byLast };
}

/** Longest rule whose words start at tokens[i] (not reaching `limit`). */
export function matchAt<R>(idx: PhraseIndex<R>, tokens: Token[], i: number, limit = tokens.length): Compiled<R> | null {
  const list = idx.byFirst.get(tokens[i]?.w);
  if (!list) return null;
  for (const c of list) {
    if (i + c.words.length > limit) continue;
    let ok = true;
    for (let q = 1; q < c.words.length; q++) if (tokens[i + q].w !== c.words[q]) { ok = false; break; }
    if (ok) return c;
  }
  return null;
}

/** Longest rule whose words end at tokens[j] (not starting before `floor`). */
export function matchEndingAt<R>(idx: PhraseIndex<R>, tokens: Token[], j: number, floor = 0): Compiled<R> | null {
  const list = idx.byLast.get(tokens[j]?.w);
  if (!list) return null;
  for (const c of list) {
    const s = j - c.words.length + 1;
    if (s < floor) continue;
    let ok = true;
    for (let q = 0; q < c.words.length - 1; q++) if (tokens[s + q].w !== c.words[q]) { ok = false; break; }
    if (ok) return c;
  }
  return null;
}
