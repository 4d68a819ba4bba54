// Per-paper features: the extractor's entities (thesaurus applied, generic names dropped,
// near-duplicates merged) and keyword terms of title + abstract, interned to integer ids so
// 75k papers stay compact in memory.
import type { PaperClaims } from '../extract/types.ts';
import { applyThesaurus, Vocabulary, type Thesaurus } from './concepts.ts';
import { textTerms } from './text-terms.ts';
import { fnv1a } from './rng.ts';
import type { SparseFeatures } from './similarity.ts';
import type { ProblemTable } from './problems.ts';

export type EntityKind = 'concept' | 'method' | 'problem' | 'assumption';
export const ENTITY_KINDS: readonly EntityKind[] = ['concept', 'method', 'problem', 'assumption'];
const PREFIX: Record<EntityKind, string> = { concept: 'c:', method: 'm:', problem: 'p:', assumption: 'a:' };

/** String ↔ id table; keyword terms of a large corpus are interned by hash only (their names are never shown). */
export class Interner {
  readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  private readonly hashed = new Map<number, number>();
  intern(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) { id = this.names.length; this.ids.set(name, id); this.names.push(name); }
    return id;
  }
  /** Id of a term known by its 32-bit hash; its name reads "#" (a rare collision merges two rare terms). */
  internHash(h: number): number {
    let id = this.hashed.get(h);
    if (id === undefined) { id = this.names.length; this.hashed.set(h, id); this.names.push(HASHED_NAME); }
    return id;
  }
}
const HASHED_NAME = '#';

/** Shared by every paper without entities of a kind; never written to. */
const NO_ENTITIES: Map<string, number> = new Map();

/** One paper's entities: merge key → weight (concepts: the extractor's weight, others 1); read-only once collected. */
export type PaperEntities = Record<EntityKind, Map<string, number>>;

export interface FeatureTable {
  entities: PaperEntities[];
  vocab: Record<EntityKind, Vocabulary>;
  /** papers per entity merge key, per kind */
  df: Record<EntityKind, Map<string, number>>;
  /** similarity features per paper (entities and text terms, interned) */
  features: SparseFeatures[];
  /** per paper, parallel to features[i].ids: 1 where its title names the feature */
  titleFlags: Uint8Array[];
  interner: Interner;
}

/** Weight of an entity feature relative to one occurrence of a keyword term. */
const ENTITY_FEATURE_WEIGHT: Record<EntityKind, number> = { concept: 2, method: 2, problem: 2, assumption: 3 };

/**
 * Entities and terms per paper. Problems come from `problems` (canonical keys across the corpus, see problems.ts);
 * the other kinds merge by name here.
 */
export function collectFeatures(papers: readonly PaperClaims[], thesaurus?: Thesaurus, problems?: ProblemTable, opts: { hashTerms?: boolean } = {}): FeatureTable {
  const vocab = { concept: new Vocabulary(), method: new Vocabulary(), problem: new Vocabulary(), assumption: new Vocabulary() };
  const df = { concept: new Map<string, number>(), method: new Map<string, number>(), problem: new Map<string, number>(), assumption: new Map<string, number>() };
  const interner = new Interner();
  const entities: PaperEntities[] = [];
  const features: SparseFeatures[] = [];
  const titleFlags: Uint8Array[] = [];
  const hasThesaurus = thesaurus !== undefined && thesaurus.size > 0;
  const problemNodes = problems ? new Set(problems.keys) : null;

  for (const p of papers) {
    const ent: PaperEntities = { concept: new Map(), method: new Map(), problem: new Map(), assumption: new Map() };
    const add = (kind: EntityKind, name: string, weight: number) => {
      if (typeof name !== 'string') return;
      const replaced = applyThesaurus(name, thesaurus);
      if (replaced === null) return;
      const key = vocab[kind].add(replaced);
      if (key === null) return;
      const m = ent[kind];
      m.set(key, Math.max(m.get(key) ?? 0, weight));
    };
    for (const c of p.concepts ?? []) add('concept', c.name, Number.isFinite(c.weight) && c.weight > 0 ? c.weight : 1);
    for (const s of p.methods ?? []) add('method', s.name, 1);
    for (const s of p.uses ?? []) add('method', s.name, 0.5);
    if (problems) {
      for (const [k, w] of problems.perPaper[entities.length]) if (problemNodes!.has(k)) { vocab.problem.addKey(k, problems.label.get(k) ?? k); ent.problem.set(k, w); }
    } else for (const s of p.problems ?? []) add('problem', s.name, 1);
    for (const a of p.assumptions ?? []) add('assumption', a, 1);
    for (const kind of ENTITY_KINDS) for (const key of ent[kind].keys()) df[kind].set(key, (df[kind].get(key) ?? 0) + 1);
    // most papers name no method or assumption: one shared empty map instead of one each (memory at scale)
    for (const kind of ENTITY_KINDS) if (ent[kind].size === 0) ent[kind] = NO_ENTITIES;
    entities.push(ent);

    const bag = new Map<number, number>();
    for (const kind of ENTITY_KINDS) {
      for (const [key, w] of ent[kind]) {
        // methods a paper only builds on ("Transformer", "FM-index") link too many papers to say they are alike
        if (kind === 'method' && w < 1) continue;
        const id = interner.intern(PREFIX[kind] + key);
        bag.set(id, (bag.get(id) ?? 0) + w * ENTITY_FEATURE_WEIGHT[kind]);
      }
    }
    const inTitle = new Set<number>();
    const titleTerms = textTerms(p.title ?? '', '', { titleWeight: 1 });
    for (const [term, tf] of textTerms(p.title ?? '', p.abstract ?? '')) {
      let t: string | null = term;
      if (hasThesaurus) t = applyThesaurus(term, thesaurus);
      if (!t) continue;
      // keyword terms are stored bare (they never contain ':'); in a large corpus only their hash is kept
      const id = opts.hashTerms ? interner.internHash(fnv1a(t)) : interner.intern(t);
      bag.set(id, (bag.get(id) ?? 0) + tf);
      if (titleTerms.has(term)) inTitle.add(id);
    }
    const ids = new Int32Array(bag.size);
    const tf = new Float32Array(bag.size);
    const flags = new Uint8Array(bag.size);
    let i = 0;
    for (const [id, w] of bag) { ids[i] = id; tf[i] = w; flags[i] = inTitle.has(id) ? 1 : 0; i++; }
    features.push({ ids, tf });
    titleFlags.push(flags);
  }
  return { entities, vocab, df, features, titleFlags, interner };
}

/** Is this interned feature a keyword term (not an entity)? Entity names carry a "c:", "m:", "p:" or "a:" prefix. */
export function isTermFeature(table: FeatureTable, id: number): boolean {
  return table.interner.names[id].charCodeAt(1) !== 58; // ':'
}

/** Readable name of an interned feature ("c:sparseattention" → "sparse attention"; terms as they are). */
export function featureName(table: FeatureTable, id: number): string {
  const raw = table.interner.names[id];
  if (raw.charCodeAt(1) !== 58) return raw;
  const rest = raw.slice(2);
  switch (raw[0]) {
    case 'c': return table.vocab.concept.label(rest);
    case 'm': return table.vocab.method.label(rest);
    case 'p': return table.vocab.problem.label(rest);
    default: return table.vocab.assumption.label(rest);
  }
}
