// The best known bound of one resource by year: a step line through the best result up to each year, a dot for
// every result that can be a frontier bound (per-operation time bounds below linear are left out), x axis "year",
// y axis "growth (lower is faster)" with the best bounds named at their tiers.
// Drawn at the panel's pixel width (a ResizeObserver), so text stays readable instead of scaling with the SVG.
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { LadderSection, TimelinePoint } from '../../state/ladder.ts';
import { texToPlain, latexToPlain } from '../text/math-text.ts';
import { clip, layoutTimeline, type TimelineDot, type TimelineStep } from './timeline-scale.ts';

interface Props {
  section: LadderSection;
  points: readonly TimelinePoint[];
}

const H = 170;
const LABEL_CHARS = 18;

function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [w, setW] = useState(0);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    setW(el.clientWidth);
    if (typeof ResizeObserver !== 'function') return;
    const ro = new ResizeObserver(() => setW(el.clientWidth));
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return w;
}

const boundLabel = (latex: string, text: string) => (latex ? latexToPlain(latex) : text);

export function Timeline({ section, points }: Props) {
  const ref = useRef<HTMLDivElement | null>(null);
  const width = useWidth(ref);
  const { steps, dots } = useMemo(() => {
    const steps: TimelineStep[] = points.map((p) => ({
      year: p.year, tier: p.tier, improved: p.improved,
      label: p.best.length ? boundLabel(p.best[0].claim.latex, p.best[0].claim.text) : '',
    }));
    const seen = new Set<string>();
    const dots: TimelineDot[] = [];
    for (const r of section.rows) {
      // results that can be frontier bounds (a time bound below linear bounds one query, not the problem)
      if (r.claim.role !== 'result' || r.tier === null || r.paper.year === null || !r.candidate) continue;
      const key = `${r.paper.id}|${r.group}`;
      if (seen.has(key)) continue; // one dot per paper and growth class
      seen.add(key);
      dots.push({
        id: r.claim.id, year: r.paper.year, tier: r.tier, frontier: r.bucket === 'frontier',
        title: `${boundLabel(r.claim.latex, r.claim.text)} — ${clip(texToPlain(r.paper.title), 110)} (${r.paper.year})`,
      });
    }
    return { steps, dots };
  }, [section, points]);

  const years = new Set(dots.map((d) => d.year));
  const longest = Math.max(0, ...steps.map((s) => Math.min(LABEL_CHARS, [...s.label].length)));
  const pad = { l: Math.round(Math.min(150, Math.max(44, longest * 6.2 + 24))), r: 10, t: 10, b: 34 };
  const layout = useMemo(() => (width > 0 ? layoutTimeline(steps, dots, { width, height: H, pad }) : null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [steps, dots, width, pad.l]);
  const drawable = dots.length >= 2 && years.size >= 2;
  const best = steps[steps.length - 1];
  const summary = best
    ? `Best known ${section.resource} bound by year, ${layout?.years[0] ?? ''}–${layout?.years[1] ?? ''}; now ${best.label}`
    : `${section.resource} results by year`;
  return (
    <div className="timeline-wrap" ref={ref}>
      {!drawable ? (dots.length ? <p className="timeline-empty muted">Timeline: results from one year only.</p> : null) : (
      <figure className="timeline">
        {layout ? (
          <svg width={width} height={H} viewBox={`0 0 ${width} ${H}`} role="img" aria-label={summary}>
            <title>{summary}</title>
            {/* axes */}
            <line x1={pad.l} y1={H - pad.b} x2={width - pad.r} y2={H - pad.b} className="axis" />
            <line x1={pad.l} y1={pad.t} x2={pad.l} y2={H - pad.b} className="axis" />
            {layout.yearTicks.map((y) => (
              <g key={y}>
                <line x1={layout.x(y)} x2={layout.x(y)} y1={H - pad.b} y2={H - pad.b + 4} className="axis" />
                <text x={layout.x(y)} y={H - pad.b + 15} textAnchor="middle" className="tick">{y}</text>
              </g>
            ))}
            {layout.tierTicks.map((t) => (
              <g key={t.tier}>
                <line x1={pad.l - 3} x2={pad.l} y1={t.y} y2={t.y} className="axis" />
                {t.label !== null ? <line x1={pad.l} x2={width - pad.r} y1={t.y} y2={t.y} className="grid" /> : null}
                {t.label !== null ? <text x={pad.l - 6} y={t.y + 3.5} textAnchor="end" className="tick tier-label">{clip(t.label, LABEL_CHARS)}<title>{t.label}</title></text> : null}
              </g>
            ))}
            <text x={(pad.l + width - pad.r) / 2} y={H - 4} textAnchor="middle" className="axis-title">year</text>
            <text transform={`translate(10 ${(pad.t + H - pad.b) / 2}) rotate(-90)`} textAnchor="middle" className="axis-title">growth (lower is faster)</text>
            {/* results, then the best known line over them */}
            {dots.map((d) => (
              <circle key={d.id} cx={layout.x(d.year)} cy={layout.y(d.tier)} r={3.2} className={d.frontier ? 'pt frontier' : 'pt'}>
                <title>{d.title}</title>
              </circle>
            ))}
            {layout.step ? <path d={layout.step} className="best-line" /> : null}
            {steps.filter((s) => s.improved).map((s) => (
              <circle key={`i${s.year}`} cx={layout.x(s.year)} cy={layout.y(s.tier)} r={4.6} className="improved">
                <title>{`${s.year}: best known becomes ${s.label}`}</title>
              </circle>
            ))}
          </svg>
        ) : <div style={{ height: H }} />}
        <figcaption className="muted">Line: best known bound by year; dots: the results (filled = on the frontier). Hover a dot for its paper.</figcaption>
      </figure>
      )}
    </div>
  );
}
