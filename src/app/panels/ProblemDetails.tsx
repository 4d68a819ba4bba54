// Details of a problem: its names (label and aliases), the general problem it is a variant of, its variants (with
// their paper counts), how many papers and claims are about it, and those papers. Its bounds are in the comparison.
import { useMemo } from 'react';
import { neighborsOfType, paperById, papersOf, type EntityNode, type GraphIndex, type PaperNode } from '../../state/graph-index.ts';
import { problemScope } from '../../state/ladder.ts';
import { TexText } from './Tex.tsx';
import { NodeButtons } from './NodeButtons.tsx';
import { CuratedLane } from './CuratedLane.tsx';

interface Props {
  problem: EntityNode;
  index: GraphIndex;
  /** the comparison includes the variants' claims */
  variants: boolean;
  /** a level-of-detail graph: papers linked to the problem are known only in loaded clusters (its claims, everywhere) */
  partialGraph?: boolean;
  onSelect(id: string): void;
}

const MAX_LISTED = 60;

/** Papers about a problem: linked to it, or stating a claim about it; most claims about it first, then newest. */
export function problemPapers(index: GraphIndex, ids: readonly string[]): { papers: PaperNode[]; claims: number } {
  const count = new Map<string, number>();
  const papers = new Map<string, PaperNode>();
  let claims = 0;
  for (const id of ids) {
    for (const p of papersOf(index, id)) if (!papers.has(p.id)) { papers.set(p.id, p); count.set(p.id, 0); }
    for (const c of index.claimsByProblem.get(id) ?? []) {
      claims++;
      const p = paperById(index, c.paper);
      if (p && !papers.has(p.id)) papers.set(p.id, p);
      count.set(c.paper, (count.get(c.paper) ?? 0) + 1);
    }
  }
  const list = [...papers.values()].sort((a, b) => (count.get(b.id) ?? 0) - (count.get(a.id) ?? 0) || (b.year ?? 0) - (a.year ?? 0) || (a.id < b.id ? -1 : 1));
  return { papers: list, claims };
}

export function ProblemDetails({ problem, index, variants, partialGraph = false, onSelect }: Props) {
  const general = problem.general ? index.nodes.get(problem.general) ?? null : null;
  const direct = useMemo(() => (index.variantsOf.get(problem.id) ?? []).map((id) => index.nodes.get(id)).filter((n) => n !== undefined)
    // (a level-of-detail graph: the count its file gives, when more than the loaded papers)
    .map((n) => ({ node: n, papers: Math.max(neighborsOfType(index, n.id, ['paper']).length, partialGraph && n.type !== 'paper' && n.type !== 'bound' ? n.papers ?? 0 : 0) }))
    .sort((a, b) => b.papers - a.papers || (a.node.label < b.node.label ? -1 : 1)), [index, problem.id, partialGraph]);
  const own = useMemo(() => problemPapers(index, [problem.id]), [index, problem.id]);
  const scope = useMemo(() => problemScope(index, problem.id, true), [index, problem.id]);
  const all = useMemo(() => (scope.length > 1 ? problemPapers(index, scope) : own), [index, scope, own]);
  const shown = variants ? all : own;
  const aliases = problem.aliases.filter((a) => a.toLowerCase() !== problem.label.toLowerCase());
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kind">Problem</p>
      <h2 id="details-title"><TexText text={problem.label} /></h2>
      {aliases.length ? <p className="aliases"><span className="muted">Also called </span>{aliases.map((a, i) => <span key={i} className="alias"><TexText text={a} /></span>)}</p> : null}
      <dl className="facts">
        {general ? (
          <div><dt>Variant of</dt><dd><button type="button" className="chip chip-problem" onClick={() => onSelect(general.id)}><TexText text={general.label} /></button></dd></div>
        ) : null}
        <div><dt>Papers</dt><dd>{own.papers.length}{scope.length > 1 ? <span className="muted"> ({all.papers.length} with variants)</span> : null}
          {partialGraph && (problem.papers ?? 0) > own.papers.length ? <span className="muted" title="papers that only mention it are listed once their cluster is loaded"> · {problem.papers} in the corpus</span> : null}</dd></div>
        <div><dt>Claims</dt><dd>{own.claims}{scope.length > 1 ? <span className="muted"> ({all.claims} with variants)</span> : null}</dd></div>
      </dl>
      <CuratedLane problemId={problem.id} index={index} variants={variants} onSelect={onSelect} />
      {direct.length ? (
        <section className="node-buttons">
          <h3>Variants ({direct.length}{scope.length - 1 > direct.length ? `, ${scope.length - 1} with theirs` : ''})</h3>
          <ul className="chips" aria-label="Variants">
            {direct.map(({ node, papers }) => (
              <li key={node.id}>
                <button type="button" className="chip chip-problem" onClick={() => onSelect(node.id)}>
                  <TexText text={node.label} /> <span className="chip-count" aria-label={`${papers} papers`}>{papers}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="count">{shown.papers.length === 1 ? '1 paper' : `${shown.papers.length} papers`}{variants && scope.length > 1 ? ' (with variants)' : ''}{shown.papers.length > MAX_LISTED ? ` (showing ${MAX_LISTED} with the most claims about it)` : ''}</p>
      {shown.papers.length ? <NodeButtons title="Papers" nodes={shown.papers.slice(0, MAX_LISTED)} onSelect={onSelect} column /> : null}
    </article>
  );
}
