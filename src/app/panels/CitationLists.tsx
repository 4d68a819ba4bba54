// A paper's prior works (what it cites; what its references cite most) and derivative works (what cites it), from
// the graph's `cites` edges, as Connected Papers lists them. Titles are text nodes; math is typeset by TexText.
import { useMemo } from 'react';
import type { GraphIndex, PaperNode } from '../../state/graph-index.ts';
import { citationLists, type RankedPaper } from '../../state/citations.ts';
import { TexText } from './Tex.tsx';
import '../styles/citations.css';

interface Props {
  paper: PaperNode;
  index: GraphIndex;
  onSelect(id: string): void;
}

const SHOWN = 12;

function WorkList({ title, works, total, count, onSelect }: { title: string; works: RankedPaper[]; total: number; count?: (n: number) => string; onSelect(id: string): void }) {
  if (!works.length) return null;
  return (
    <>
      <h4>{title} <span className="muted">({total})</span></h4>
      <ul className="work-list" aria-label={title}>
        {works.slice(0, SHOWN).map(({ paper, count: n }) => (
          <li key={paper.id}>
            <button type="button" className="work" onClick={() => onSelect(paper.id)}>
              <TexText text={paper.title} />{paper.year !== null ? <span className="chip-year"> · {paper.year}</span> : null}
              {paper.abstract === '' && !paper.abstractShard && !paper.partial ? <span className="no-abstract">(no abstract)</span> : null}
            </button>
            {count && n > 1 ? <span className="work-count">{count(n)}</span> : null}
          </li>
        ))}
      </ul>
      {total > SHOWN ? <p className="more">… and {total - SHOWN} more</p> : null}
    </>
  );
}

export function CitationLists({ paper, index, onSelect }: Props) {
  const lists = useMemo(() => citationLists(index, paper.id, 200), [index, paper.id]);
  if (!lists.cites.length && !lists.citedBy.length) return null;
  return (
    <>
      <section className="works" aria-label="Prior works">
        <h3>Prior works</h3>
        {lists.cites.length ? null : <p className="muted">It cites no paper of this corpus.</p>}
        <WorkList title="Cited by this paper" works={lists.cites} total={lists.totals.cites} count={(n) => `cited ${n}× here`} onSelect={onSelect} />
        <WorkList title="What its references cite most" works={lists.priorOfPrior} total={lists.priorOfPrior.length} count={(n) => `by ${n} of its references`} onSelect={onSelect} />
      </section>
      <section className="works" aria-label="Derivative works">
        <h3>Derivative works</h3>
        {lists.citedBy.length ? null : <p className="muted">No paper of this corpus cites it.</p>}
        <WorkList title="Papers citing it, newest first" works={lists.citedBy} total={lists.totals.citedBy} onSelect={onSelect} />
      </section>
    </>
  );
}
