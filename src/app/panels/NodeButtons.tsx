// A titled list of nodes as buttons that select them (titles and labels with their math typeset).
import type { NodeView } from '../../state/graph-index.ts';
import { TexText } from './Tex.tsx';

interface Props {
  title: string;
  nodes: readonly NodeView[];
  onSelect(id: string): void;
  /** list papers as a column (titles are long) */
  column?: boolean;
}

export function NodeButtons({ title, nodes, onSelect, column }: Props) {
  return (
    <section className="node-buttons">
      <h3>{title}</h3>
      <ul className={column ? 'chips column' : 'chips'} aria-label={title}>
        {nodes.map((n) => (
          <li key={n.id}>
            <button type="button" className={`chip chip-${n.type}`} onClick={() => onSelect(n.id)}>
              {n.type === 'paper' ? <><TexText text={n.title} />{n.year !== null ? <span className="chip-year"> · {n.year}</span> : null}</> : <TexText text={n.label} />}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
