// Details of one paper: bibliographic data, the abstract with its claims highlighted in place, the claim
// list (typeset), its entities, its prior and derivative works (citations) and its related papers with why each is
// related. All file text goes through React text nodes.
import { useMemo, useRef } from 'react';
import { neighborsOfType, safeHttpUrl, type ClaimView, type GraphIndex, type PaperNode } from '../../state/graph-index.ts';
import { abstractSegments } from './abstract-segments.ts';
import { Tex, TexText } from './Tex.tsx';
import { NodeButtons } from './NodeButtons.tsx';
import { useAbstract } from './use-abstract.ts';
import { settingLabel } from '../../state/setting-label.ts';
import { CitationLists } from './CitationLists.tsx';
import { RelatedPapers } from './RelatedPapers.tsx';
import { useProgressive } from './use-progressive.ts';

interface Props {
  paper: PaperNode;
  index: GraphIndex;
  graphUrl: string;
  onSelect(id: string): void;
}

const ENTITY_GROUPS = [
  { type: 'method', title: 'Methods' },
  { type: 'problem', title: 'Problems' },
  { type: 'concept', title: 'Concepts' },
  { type: 'assumption', title: 'Assumptions' },
  { type: 'bound', title: 'Bound classes' },
] as const;

export function PaperDetails({ paper, index, graphUrl, onSelect }: Props) {
  const abstractRef = useRef<HTMLParagraphElement | null>(null);
  const abstract = useAbstract(paper, graphUrl);
  const segments = useMemo(() => abstractSegments(abstract ?? '', paper.claims), [abstract, paper]);
  const url = safeHttpUrl(paper.url);
  const cluster = paper.cluster === null ? null : index.clusterById.get(paper.cluster) ?? null;
  // thousands of claims: the first ones at once, the rest on demand (claims typeset, passages highlighted)
  const claimRows = useProgressive(paper.claims.length, paper.id);
  const passages = useProgressive(segments.length, paper.id, 150, 600);

  const flash = (c: ClaimView) => {
    const root = abstractRef.current;
    if (!root) return;
    const mark = root.querySelector<HTMLElement>(`[data-claims~="${c.index}"]`);
    if (!mark) return;
    const target = mark.closest<HTMLElement>('.sentence') ?? mark;
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  };

  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="kind">Paper{cluster ? <span className="kind-cluster">· <span className="swatch" style={{ background: cluster.color }} aria-hidden="true" /><span><TexText text={cluster.label} /></span></span> : null}</p>
      <h2 id="details-title" className="paper-title"><TexText text={paper.title} /></h2>
      <p className="byline">
        {paper.authors.length ? <span>{paper.authors.slice(0, 12).join(', ')}{paper.authors.length > 12 ? ` and ${paper.authors.length - 12} more` : ''}</span> : null}
        {paper.year !== null ? <span className="year">{paper.year}</span> : null}
        {url ? <a href={url} target="_blank" rel="noopener noreferrer nofollow">Open paper ↗</a> : null}
      </p>

      <h3>Complexity claims</h3>
      {paper.claims.length === 0 ? <p className="muted">No complexity claims found in this abstract.</p> : (
        <ul className="claims" aria-label="Complexity claims">
          {paper.claims.slice(0, claimRows.shown).map((c) => (
            <li key={c.index}>
              <button type="button" className="claim" onClick={() => flash(c)} title="Show in the abstract">
                <Tex latex={c.latex} fallback={c.text} />
                <span className={`badge res-${c.resource}`}>{c.resource}</span>
                <span className={`badge role-${c.role}`}>{c.role}</span>
                {c.soft ? <span className="badge">soft</span> : null}
                {settingLabel(c.setting) ? <span className="badge setting" title="setting"><TexText text={settingLabel(c.setting, { tex: true })} /></span> : null}
                {c.curated ? <span className="badge curated" title={c.curated.reference}>curated</span> : null}
              </button>
              {c.subject ? <span className="subject"><TexText text={c.subject} /></span> : null}
            </li>
          ))}
        </ul>
      )}
      {claimRows.shown < paper.claims.length ? (
        <p className="more-rows">
          <span className="muted">{claimRows.shown.toLocaleString('en-US')} of {paper.claims.length.toLocaleString('en-US')} claims shown </span>
          <button type="button" onClick={claimRows.more}>Show more</button> <button type="button" onClick={claimRows.all}>Show all</button>
        </p>
      ) : null}

      <h3>Abstract</h3>
      {/* a level-of-detail paper shown from its claims record while its cluster loads */}
      {paper.partial ? <p className="muted">Loading the paper’s cluster…</p> : abstract === null ? <p className="muted">Loading abstract…</p> : null}
      <p className="abstract" ref={abstractRef}>
        {segments.slice(0, passages.shown).map((s, i) => (
          <span key={i} className={s.sentence === null ? undefined : 'sentence'}>
            {s.pieces.map((p, j) => (p.claim === null ? <TexText key={j} text={p.text} /> : <mark key={j} data-claims={p.claims.join(' ')}><TexText text={p.text} /></mark>))}
          </span>
        ))}
        {passages.shown < segments.length ? <button type="button" className="more-abstract" onClick={passages.all}>… show the rest of the abstract</button> : null}
      </p>

      {ENTITY_GROUPS.map((g) => {
        const nodes = neighborsOfType(index, paper.id, [g.type]);
        return nodes.length ? <NodeButtons key={g.type} title={g.title} nodes={nodes.slice(0, 40)} onSelect={onSelect} /> : null;
      })}
      <CitationLists paper={paper} index={index} onSelect={onSelect} />
      <RelatedPapers paper={paper} index={index} onSelect={onSelect} />
    </article>
  );
}
