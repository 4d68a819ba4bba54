// The export actions of the page: PNG (1×, 2×, 4×) and SVG of the view as figures (title, legend, cluster labels),
// GEXF of the visible graph, CSV of the comparison and of the claims table (its sort and filter applied).
import { useCallback, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { GraphIndex } from '../../state/graph-index.ts';
import type { ColourLegend } from '../../state/colour-modes.ts';
import type { LadderSection } from '../../state/ladder.ts';
import { ladderToCsv } from '../../state/csv.ts';
import { columnsOf, filterRows, sortRows, tableToCsv, type Row } from '../../state/table.ts';
import type { TableSettings } from '../../state/types.ts';
import { downloadBlob, downloadText } from './download.ts';
import { figureLegend, visibleClusterLabels, type Figure } from './figure.ts';
import { texToPlain } from '../text/math-text.ts';

interface Inputs {
  sigmaRef: RefObject<Sigma | null>;
  index: GraphIndex;
  visible: ReadonlySet<string>;
  /** the selection's title, or null */
  title: string | null;
  legend: ColourLegend;
  density: boolean;
  clusterCounts: ReadonlyMap<number, number>;
  sections: readonly LadderSection[];
  labelOf(id: string): string | null;
  /** the claims table's rows (before its sort and filter) */
  claimRows(): readonly Row[];
  table: TableSettings;
}

export function useExports(p: Inputs) {
  const figure = (): Figure | null => {
    const s = p.sigmaRef.current;
    if (!s) return null;
    const papers = p.index.order.filter((id) => p.index.nodes.get(id)?.type === 'paper').length;
    return {
      title: p.title ? `boundgraph — ${texToPlain(p.title)}` : 'boundgraph — map of the papers',
      subtitle: `${papers.toLocaleString('en')} papers, ${p.index.clusters.length} clusters · ${p.density ? 'density view' : p.legend.title.toLowerCase()}`,
      labels: visibleClusterLabels(s.getContainer()),
      ...figureLegend(p.legend, p.density, p.clusterCounts, p.index.clusters.map((c) => ({ ...c, label: texToPlain(c.label) }))),
    };
  };
  const png = (scale: number) => {
    const s = p.sigmaRef.current;
    const f = figure();
    if (!s || !f) return;
    const density = s.getContainer().querySelector<HTMLCanvasElement>('canvas.density-layer');
    void import('./png-export.ts').then((m) => m.figureToPng(s, f, scale, density)).then((blob) => downloadBlob(blob, `boundgraph-${scale}x.png`));
  };
  const svg = () => {
    const s = p.sigmaRef.current;
    const f = figure();
    if (!s || !f) return;
    void import('./svg-export.ts').then((m) => downloadText(m.viewToSvg(s, f, (id) => { const l = p.labelOf(id); return l ? texToPlain(l) : null; }), 'boundgraph.svg', 'image/svg+xml'));
  };
  const gexf = () => void import('./gexf-export.ts').then((m) => downloadText(m.visibleGraphToGexf(p.index, p.visible), 'boundgraph.gexf', 'application/xml'));
  const comparisonCsv = () => downloadText(ladderToCsv(p.sections), 'boundgraph-comparison.csv', 'text/csv;charset=utf-8');
  const rowsCsv = useCallback((rows: readonly Row[]) => {
    const tab = rows.length && 'claim' in rows[0] ? 'claims' : 'papers';
    downloadText(tableToCsv(tab, rows), `boundgraph-${tab}.csv`, 'text/csv;charset=utf-8');
  }, []);
  const tableCsv = () => {
    const cols = columnsOf('claims');
    downloadText(tableToCsv('claims', sortRows(filterRows(p.claimRows(), cols, p.table.filter), cols, p.table.sort)), 'boundgraph-claims.csv', 'text/csv;charset=utf-8');
  };
  const canvasSize = () => { const s = p.sigmaRef.current; return s ? s.getDimensions() : null; };
  return { png, svg, gexf, comparisonCsv, tableCsv, rowsCsv, canvasSize };
}
