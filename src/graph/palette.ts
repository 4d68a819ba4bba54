// Cluster colours: clearly distinct hues, dark enough to read on a light background (every colour
// has contrast ≥ 3:1 against white); grey is reserved for the catch-all "other" cluster.

export const CLUSTER_PALETTE: readonly string[] = [
  '#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e6550d', '#0e7490', '#8c564b', '#db2777', '#637939',
  '#393b79', '#b8860b', '#843c39', '#c026d3', '#7b4173', '#0e7c7b', '#5254a3', '#8c6d31', '#d6616b',
];

export const OTHER_COLOR = '#8a8a8a';

export const TYPE_COLORS = {
  assumption: '#111827',
  bound: '#475569',
  concept: '#6b7280',
  method: '#0f766e',
  problem: '#b45309',
} as const;

export function clusterColor(index: number): string {
  return CLUSTER_PALETTE[index % CLUSTER_PALETTE.length];
}

/** Relative luminance (WCAG) of a #rrggbb colour; used by tests to check readability. */
export function luminance(hex: string): number {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
}
