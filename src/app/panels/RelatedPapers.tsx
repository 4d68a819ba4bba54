// A paper's related papers, each with why it is related: a citation or an improvement (and its direction), the
// problems, methods and concepts both are linked to, similar text.
import { useMemo } from 'react';
import type { GraphIndex, PaperNode } from '../../state/graph-index.ts';
import { reasonText, relatedPapers } from '../../state/citations.ts';
import { TexText } from './Tex.tsx';
import '../styles/citations.css';

interface Props {
  paper: PaperNode;
  index: GraphIndex;
  onSelect(id: string): void;
}

export function RelatedPapers({ paper, index, onSelect }: Props) {
  const related = useMemo(() => relatedPapers(index, paper.id, 10), [index, paper.id]);
  if (!related.length) return null;
  return (
    <section className="node-buttons" aria-label="Related papers">
      <h3>Related papers</h3>
      <ul className="related-list">
        {related.map(({ paper: p, reasons }) => (
          <li key={p.id}>
            <button type="button" className="work chip chip-paper" onClick={() => onSelect(p.id)}>
              <TexText text={p.title} />{p.year !== null ? <span className="chip-year"> · {p.year}</span> : null}
            </button>
            <span className="why" aria-label="why it is related">
              {reasons.map((r, i) => <span key={i} className={`reason reason-${r.kind}`}>{reasonText(r)}</span>)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
