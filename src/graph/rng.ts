// Seeded pseudo-random numbers and string hashing for the graph stage: every random choice
// (Louvain order, initial layout) is reproducible so rebuilds are byte-identical.

/** mulberry32: small, fast, good enough for layout jitter and Louvain tie-breaking. */
export function seededRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a 32-bit hash of a string (UTF-16 code units); used for shard names and per-node seeds. */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Round to a fixed number of decimals, turning -0 into 0 so JSON output is stable. */
export function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  const r = Math.round(value * f) / f;
  return r === 0 || !Number.isFinite(r) ? 0 : r;
}

/** Compare strings by UTF-16 code units (locale-independent, unlike localeCompare). */
export function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
