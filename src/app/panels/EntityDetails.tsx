// Details of a concept, method, problem, assumption or bound class, of a cluster, or of a search result set:
// what it is and the papers attached to it (their bounds are in the Bounds comparison).
import type { ReactNode } from 'react';
import type { ClusterInfo } from '../../graph/types.ts';
import type { NodeView, PaperNode } from '../../state/graph-index.ts';
import { Tex, TexText } from './Tex.tsx';
import { NodeButtons } from './NodeButtons.tsx';
import { table } from '../../extract/bounds/table.ts';

const KIND: Record<string, string> = table({
  concept: 'Concept', method: 'Method', problem: 'Problem', assumption: 'Assumption', bound: 'Bound class',
});

interface Props {
  heading: { kind: 'node'; node: NodeView } | { kind: 'cluster'; cluster: ClusterInfo } | { kind: 'search'; query: string };
  papers: readonly PaperNode[];
  /** a level-of-detail graph: only the loaded papers (and the ones with claims) are listed */
  partial?: boolean;
  /** a cluster not loaded yet: load and show it */
  onOpenCluster?(): void;
  onSelect(id: string): void;
}

const MAX_LISTED = 60;

export function EntityDetails({ heading, papers, partial = false, onOpenCluster, onSelect }: Props) {
  const sorted = [...papers].sort((a, b) => b.claims.length - a.claims.length || b.size - a.size || (a.id < b.id ? -1 : 1));
  let kind = '';
  let title: ReactNode = '';
  if (heading.kind === 'node') { kind = KIND[heading.node.type] ?? heading.node.type; title = <TexText text={heading.node.label} />; }
  else if (heading.kind === 'cluster') { kind = 'Cluster'; title = <TexText text={heading.cluster.label} />; }
  else { kind = 'Search results'; title = `“${heading.query}”`; }
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kind">
        {heading.kind === 'cluster' ? <span className="swatch" style={{ background: heading.cluster.color }} aria-hidden="true" /> : null}
        {kind}
      </p>
      <h2 id="details-title">{title}</h2>
      {heading.kind === 'node' && heading.node.type === 'bound' && heading.node.latex
        ? <p className="bound-class"><Tex latex={heading.node.latex} fallback={heading.node.label} /></p> : null}
      {heading.kind === 'cluster' && heading.cluster.terms.length
        ? <p className="muted">Distinctive terms: {heading.cluster.terms.slice(0, 8).join(', ')}</p> : null}
      {heading.kind === 'cluster' && onOpenCluster ? (
        <p><button type="button" className="small" onClick={onOpenCluster}>Open cluster</button> <span className="muted">{heading.cluster.size.toLocaleString('en')} papers, loaded on demand</span></p>
      ) : null}
      <p className="count">{papers.length === 1 ? '1 paper' : `${papers.length} papers`}{papers.length > MAX_LISTED ? ` (showing ${MAX_LISTED} with the most claims)` : ''}
        {partial ? <span className="muted">{heading.kind === 'node' && heading.node.type !== 'paper' && heading.node.type !== 'bound' && heading.node.papers ? ` of ${heading.node.papers.toLocaleString('en')} in the corpus` : ''} · the papers loaded so far</span> : null}
      </p>
      {sorted.length ? <NodeButtons title="Papers" nodes={sorted.slice(0, MAX_LISTED)} onSelect={onSelect} column /> : null}
    </article>
  );
}
