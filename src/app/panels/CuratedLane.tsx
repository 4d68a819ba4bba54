// The curated lane of a problem: what the curators (Algorithm Wiki) record beside what the corpus states — where the
// two differ first (better or stronger bounds on either side, an upper bound below a lower bound), then every
// curated bound with its setting and reference. Bounds are typeset; references are text, links only if http(s).
import { useMemo } from 'react';
import { safeHttpUrl, type ClaimView, type GraphIndex } from '../../state/graph-index.ts';
import { curatedLane, settingLabel, type LaneOptions, type LaneVerdict } from '../../state/curated.ts';
import { problemScope } from '../../state/ladder.ts';
import { selectionIsGraphProblem } from '../../state/ladder.ts';
import { growthOps } from '../growth.ts';
import { Tex } from './Tex.tsx';
import '../styles/citations.css';

interface Props {
  /** the problem node */
  problemId: string;
  index: GraphIndex;
  /** include the claims of its variants (as the comparison does) */
  variants: boolean;
  /** the ladder's view (default: worst case in n, the comparison's default) */
  view?: LaneOptions['view'];
  onSelect(id: string): void;
}

const VERDICT_TAG: Record<LaneVerdict, string> = {
  agree: 'agree', 'curated-ahead': 'curators ahead', 'corpus-ahead': 'corpus ahead', incomparable: 'not comparable',
  'curated-only': 'curators only', 'corpus-only': 'corpus only', conflict: 'conflict',
};

function Bound({ c, onSelect }: { c: ClaimView; onSelect(id: string): void }) {
  return <button type="button" className="lane-bound" title="Open the record" onClick={() => onSelect(c.paper)}><Tex latex={c.latex} fallback={c.text} /></button>;
}

export function CuratedLane({ problemId, index, variants, view = 'n', onSelect }: Props) {
  const lane = useMemo(() => {
    const claims: ClaimView[] = [];
    for (const id of problemScope(index, problemId, variants)) claims.push(...(index.claimsByProblem.get(id) ?? []));
    const graph = selectionIsGraphProblem(index, { kind: 'node', id: problemId });
    return curatedLane(claims, growthOps, { view, graph });
  }, [index, problemId, variants, view]);
  if (!lane.claims.length) return null;
  return (
    <section className="curated-lane" aria-label="Curated bounds">
      <h3>The curators say <span className="lane-source">· Algorithm Wiki, {lane.claims.length} bound{lane.claims.length === 1 ? '' : 's'}</span></h3>
      {lane.comparisons.length ? (
        <ul className="lane-verdicts" aria-label="Corpus and curators">
          {lane.comparisons.map((cmp, i) => (
            <li key={i} className={`verdict-${cmp.verdict}`} data-verdict={cmp.verdict}>
              <span className="verdict-tag">{VERDICT_TAG[cmp.verdict]}</span>
              {cmp.setting ? <span className="setting-tag">{cmp.setting}</span> : null}
              {cmp.sentence.map((p, j) => (typeof p === 'string' ? <span key={j}>{p}</span> : <Bound key={j} c={p.claim} onSelect={onSelect} />))}
            </li>
          ))}
        </ul>
      ) : null}
      <details open={lane.claims.length <= 6}>
        <summary>{lane.claims.length} curated bound{lane.claims.length === 1 ? '' : 's'}{view === 'n' ? ', compared in the worst case in n' : ''}</summary>
        <ul className="lane-claims" aria-label="Curated bounds">
          {lane.claims.map((c) => {
            const url = safeHttpUrl(c.curated?.url ?? null);
            const setting = settingLabel(c);
            return (
              <li key={c.id}>
                <Bound c={c} onSelect={onSelect} />
                <span className={`badge res-${c.resource}`}>{c.resource}</span>
                <span className={`badge role-${c.role}`}>{c.role === 'lower' ? 'lower bound' : 'upper bound'}</span>
                {setting ? <span className="variant-tag">{setting}</span> : null}
                <span className="lane-ref">{url ? <a href={url} target="_blank" rel="noopener noreferrer nofollow">{c.curated?.reference}</a> : c.curated?.reference}</span>
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
