// Details when nothing is selected: what the graph holds, and the problems with the most claims as one-click ladders
// (a first run shows the product: "Longest common subsequence · 46 claims" opens its ladder). Also the placeholder
// shown while a level-of-detail paper's cluster loads.
import { useMemo } from 'react';
import type { GraphIndex, PaperNode } from '../../state/graph-index.ts';
import { TexText } from './Tex.tsx';

/** Problems offered on the overview, most claims first. */
const OFFERED = 6;

export function Overview({ index, lod, onSelect }: { index: GraphIndex; lod: { papers: number; loaded: number } | null; onSelect(id: string): void }) {
  const { papers, claims } = useMemo(() => {
    let papers = 0, claims = 0;
    const counted = new Set<string>();
    for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') { papers++; claims += n.claims.length; counted.add(id); } }
    // a level-of-detail graph: every paper counts, and every claim (the claims index has the papers not loaded)
    for (const p of index.claimPapers?.values() ?? [] as PaperNode[]) if (!counted.has(p.id)) claims += p.claims.length;
    return { papers, claims };
  }, [index]);
  const problems = useMemo(() => [...index.claimsByProblem]
    .map(([id, cs]) => ({ id, label: index.nodes.get(id)?.label ?? id, claims: cs.length, papers: new Set(cs.map((c) => c.paper)).size }))
    // a ladder needs several papers; problems of one paper are not worth a first click
    .filter((p) => p.papers >= 3)
    .sort((a, b) => b.claims - a.claims || (a.label < b.label ? -1 : 1))
    .slice(0, OFFERED), [index]);
  const total = lod ? Math.max(papers, lod.papers) : papers;
  return (
    <div className="details-body overview">
      <h2>Overview</h2>
      <p>{total.toLocaleString('en')} papers, {claims.toLocaleString('en')} complexity claims, {index.clusters.length} clusters.</p>
      {lod ? <p className="muted">A large graph, shown by level of detail: each cluster is drawn as one disc until you open it (click it, pick it on the left, or zoom in); {lod.loaded.toLocaleString('en')} papers are loaded. Search and the comparison cover every paper.</p> : null}
      {problems.length ? (
        <section className="node-buttons try-problems">
          <h3>Compare the bounds of a problem</h3>
          <ul className="chips" aria-label="Problems with the most claims">
            {problems.map((p) => (
              <li key={p.id}>
                <button type="button" className="chip chip-problem" onClick={() => onSelect(p.id)}>
                  <TexText text={p.label} /> <span className="chip-count">{p.claims} claims</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="muted">Search for a problem (“LCS”, “edit distance”, “3SUM”), a paper, author or method, click a node, or pick a cluster. The bounds stated for your selection line up in the comparison below: the best known first, then the beaten ones, lower bounds and open questions, with a timeline per resource. The <strong>Table</strong> lists every claim, sortable and filterable; <strong>Colour</strong> shows years, claim counts or roles on the map.</p>
    </div>
  );
}

/** Details while a level-of-detail paper's cluster loads, or when no cluster has it. */
export function PendingNode({ id, missing }: { id: string; missing: boolean }) {
  return (
    <div className="details-body">
      <p className="kind">Paper</p>
      {missing ? <p className="muted">No paper “{id.length > 120 ? `${id.slice(0, 119)}…` : id}” in this graph.</p> : <p className="muted">Loading the paper’s cluster…</p>}
    </div>
  );
}
