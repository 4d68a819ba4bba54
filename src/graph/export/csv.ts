// CSV export: one row per claim with its paper, cluster, the corpus papers it cites and the curated source when
// curators recorded the bound; RFC 4180 quoting, optional UTF-8 BOM
// (Excel needs it to read UTF-8), and spreadsheet formula injection defused.
import type { GraphEnvelope } from '../types.ts';
import type { Claim } from '../../extract/types.ts';
import { safeUrl } from '../../ingest/index.ts';

export const CSV_COLUMNS = ['paper_id', 'title', 'year', 'url', 'notation', 'expr', 'latex', 'resource', 'role', 'subject', 'cluster_label', 'text', 'cites', 'curated'] as const;

export interface CsvOptions {
  bom?: boolean;
  /** url (and more) of papers whose details were sharded out of graph.json, by paper id */
  details?: (id: string) => { url: string | null } | undefined;
}

/**
 * Quote a cell. A cell starting with = + - @ (or tab/CR) could run as a formula in a spreadsheet, so
 * it gets a leading apostrophe (OWASP advice); "-" + digit stays a number ("-1") is not an issue
 * for bounds, so the rule is applied uniformly.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Paper id → the ids of the corpus papers it cites (`cites` edges), in edge order. */
function citedIds(env: GraphEnvelope): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const bare = (key: string) => (key.startsWith('paper:') ? key.slice(6) : key);
  for (const e of env.graph.edges) {
    if ((e.attributes as { type?: unknown } | undefined)?.type !== 'cites') continue;
    const list = out.get(bare(e.source));
    if (list) list.push(bare(e.target)); else out.set(bare(e.source), [bare(e.target)]);
  }
  return out;
}

export function toCsv(env: GraphEnvelope, opts: CsvOptions = {}): string {
  const labels = new Map(env.clusters.map((c) => [c.id, c.label]));
  const cites = citedIds(env);
  const lines: string[] = [CSV_COLUMNS.join(',')];
  for (const node of env.graph.nodes) {
    const a = (node.attributes ?? {}) as Record<string, unknown>;
    if (a.type !== 'paper' || !Array.isArray(a.claims)) continue;
    const id = node.key.startsWith('paper:') ? node.key.slice(6) : node.key;
    const cluster = typeof a.cluster === 'number' ? labels.get(a.cluster) ?? '' : '';
    for (const c of a.claims as Claim[]) {
      // graph.json may come from anywhere: only a plain http(s) link is exported
      const url = safeUrl(a.url ?? opts.details?.(id)?.url ?? null);
      const curated = c.curated && typeof c.curated === 'object' && typeof c.curated.reference === 'string' ? c.curated.reference : null;
      const row = [id, a.title as string, a.year as number | null, url, c.notation, c.expr, c.latex, c.resource, c.role, c.subject, cluster, c.text, (cites.get(id) ?? []).join('; '), curated];
      lines.push(row.map(csvCell).join(','));
    }
  }
  return (opts.bom ? '\uFEFF' : '') + lines.join('\r\n') + '\r\n';
}
