// A small chart of growth rank against year (lower is better), drawn as SVG when at least two claims have years.
import type { LadderRow } from '../../state/ladder.ts';

const W = 300, H = 110, PAD = { l: 34, r: 8, t: 8, b: 22 };

export function GrowthChart({ rows }: { rows: readonly LadderRow[] }) {
  const pts = rows.filter((r) => r.tier !== null && r.paper.year !== null);
  const years = pts.map((r) => r.paper.year!);
  if (pts.length < 2 || new Set(years).size < 2) return null;
  const y0 = Math.min(...years), y1 = Math.max(...years);
  const maxTier = Math.max(...pts.map((r) => r.tier!));
  const sx = (y: number) => PAD.l + ((y - y0) / Math.max(1, y1 - y0)) * (W - PAD.l - PAD.r);
  const sy = (t: number) => PAD.t + (maxTier ? (t / maxTier) : 0.5) * (H - PAD.t - PAD.b);
  return (
    <svg className="growth-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Growth rank by year, ${y0} to ${y1}`}>
      <line x1={PAD.l} y1={H - PAD.b} x2={W - PAD.r} y2={H - PAD.b} className="axis" />
      <line x1={PAD.l} y1={PAD.t} x2={PAD.l} y2={H - PAD.b} className="axis" />
      <text x={PAD.l - 4} y={PAD.t + 8} textAnchor="end" className="tick">1</text>
      <text x={PAD.l - 4} y={H - PAD.b} textAnchor="end" className="tick">{maxTier + 1}</text>
      <text x={PAD.l} y={H - 6} className="tick">{y0}</text>
      <text x={W - PAD.r} y={H - 6} textAnchor="end" className="tick">{y1}</text>
      {pts.map((r) => (
        <circle key={r.claim.id} cx={sx(r.paper.year!)} cy={sy(r.tier!)} r={3.5} className={`pt role-${r.claim.role}`}>
          <title>{`${r.claim.text} — ${r.paper.title.slice(0, 120)} (${r.paper.year})`}</title>
        </circle>
      ))}
    </svg>
  );
}
