// The explorer page: top bar (search, filters, export), graph with cluster legend, and the side panel
// with Details and the Bounds comparison. All view state flows through producers and lives in the URL.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import { buildDisplayGraph, completeDisplayGraph, isPartial } from './display.ts';
import { useViewState } from './use-view-state.ts';
import { growthOps } from './growth.ts';
import { GraphView } from './graph/GraphView.tsx';
import type { CameraRequest } from './graph/CameraController.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { useSearchClient } from './search/use-search.ts';
import { PaperDetails } from './panels/PaperDetails.tsx';
import { EntityDetails } from './panels/EntityDetails.tsx';
import { BoundsComparison } from './panels/BoundsComparison.tsx';
import { ClustersLegend } from './panels/ClustersLegend.tsx';
import { FiltersMenu } from './panels/FiltersMenu.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { downloadText } from './export/download.ts';
import { type GraphIndex, visibleNodeIds } from '../state/graph-index.ts';
import { buildLadder, selectionClaims, selectionPapers, selectionTitle } from '../state/ladder.ts';
import { ladderToCsv } from '../state/csv.ts';
import {
  resetFilters, selectCluster, selectNode, selectSearchResults, setCamera, setOnlyBounds, setSearch,
  setYearRange, toggleCluster, toggleResource, toggleRole, toggleType,
} from '../state/producers.ts';
import type { Camera, Resource, Role } from '../state/types.ts';
import { DEFAULT_FILTERS } from '../state/types.ts';

interface Props {
  index: GraphIndex;
  graphUrl: string;
}

export function App({ index, graphUrl }: Props) {
  const { state, apply, restored } = useViewState();
  const sel = state.selection;
  const display = useMemo(() => {
    performance.mark('bg:app');
    const g = buildDisplayGraph(index);
    performance.mark('bg:display');
    // a deep link to an entity (not drawn in a large graph's first frame) needs the whole graph at once
    const first = state.selection;
    if (first?.kind === 'node' && index.nodes.has(first.id) && !g.hasNode(first.id)) completeDisplayGraph(g, index);
    return g;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index]);
  const visible = useMemo(() => visibleNodeIds(index, state.filters), [index, state.filters]);
  const [drawn, setDrawn] = useState(false);
  const search = useSearchClient(graphUrl, drawn);
  const [graphVersion, setGraphVersion] = useState(0);

  // after the first frame, add what a large graph's overview went without (entities, zoomed-in edges):
  // one synchronous batch so sigma reprocesses once, on the next frame
  useEffect(() => {
    if (!drawn || !isPartial(display, index)) return;
    const idle = (cb: () => void) => (typeof requestIdleCallback === 'function'
      ? requestIdleCallback(cb, { timeout: 1000 }) as unknown as number
      : setTimeout(cb, 50) as unknown as number);
    const handle = idle(() => { completeDisplayGraph(display, index); setGraphVersion((v) => v + 1); });
    return () => { if (typeof cancelIdleCallback === 'function') cancelIdleCallback(handle); clearTimeout(handle); };
  }, [drawn, display, index]);
  const sigmaRef = useRef<Sigma | null>(null);
  const [request, setRequest] = useState<CameraRequest | null>(null);
  const seq = useRef(0);
  const [searchIds, setSearchIds] = useState<string[]>([]);

  const focusNode = useCallback((id: string) => setRequest({ kind: 'node', id, seq: ++seq.current }), []);
  const focusCluster = useCallback((id: number) => setRequest({ kind: 'cluster', papers: index.papersByCluster.get(id) ?? [], seq: ++seq.current }), [index]);

  // a deep link (or back/forward) with a selection but no camera flies to the selection
  useEffect(() => {
    if (state.camera || !sel) return;
    if (sel.kind === 'node' && index.nodes.has(sel.id)) focusNode(sel.id);
    else if (sel.kind === 'cluster') focusCluster(sel.id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restored]);

  useEffect(() => {
    if (sel?.kind !== 'search') { setSearchIds([]); return; }
    let live = true;
    void search.ask(sel.query, 2000).then((a) => { if (live) setSearchIds(a.hits.map((h) => h.id)); });
    return () => { live = false; };
  }, [sel, search.ready, search.ask]);

  const filtersNoClaims = useMemo(() => ({ ...DEFAULT_FILTERS }), []);
  const papers = useMemo(() => selectionPapers(index, sel, searchIds), [index, sel, searchIds]);
  const ladder = useMemo(() => buildLadder(index, selectionClaims(index, sel, state.filters, growthOps, searchIds), growthOps),
    [index, sel, state.filters, searchIds]);
  const available = useMemo(() => {
    const claims = selectionClaims(index, sel, filtersNoClaims, growthOps, searchIds);
    return { resources: [...new Set(claims.map((c) => c.resource))], roles: [...new Set(claims.map((c) => c.role))] };
  }, [index, sel, searchIds, filtersNoClaims]);
  const resourcesPresent = useMemo(() => {
    const s = new Set<Resource>();
    for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') for (const c of n.claims) s.add(c.resource); }
    return s;
  }, [index]);
  const clusterCounts = useMemo(() => new Map([...index.papersByCluster].map(([k, v]) => [k, v.length])), [index]);
  const emphasis = useMemo(() => (sel && sel.kind !== 'node' ? new Set(papers.map((p) => p.id)) : null), [sel, papers]);

  const onSelectFromGraph = useCallback((id: string) => apply(selectNode(id)), [apply]);
  const onSelectAndFocus = useCallback((id: string) => { apply(selectNode(id)); focusNode(id); }, [apply, focusNode]);
  const onCamera = useCallback((c: Camera) => apply(setCamera(c)), [apply]);
  const onCluster = useCallback((id: number) => { apply(selectCluster(id)); focusCluster(id); }, [apply, focusCluster]);

  const exportCsv = () => downloadText(ladderToCsv(ladder), 'boundgraph-comparison.csv', 'text/csv;charset=utf-8');
  const node = sel?.kind === 'node' ? index.nodes.get(sel.id) ?? null : null;
  const cluster = sel?.kind === 'cluster' ? index.clusterById.get(sel.id) ?? null : null;
  const title = selectionTitle(index, sel);

  return (
    <div className="app">
      <a className="skip" href="#details">Skip to details</a>
      <header className="topbar">
        <h1 className="brand">boundgraph</h1>
        <SearchBox
          client={search}
          value={state.search}
          onChange={(q) => apply(setSearch(q))}
          onPick={(h) => onSelectAndFocus(h.id)}
          onCompareAll={(q) => apply(selectSearchResults(q))}
        />
        <FiltersMenu
          filters={state.filters}
          years={index.years}
          resourcesPresent={resourcesPresent}
          onToggleType={(t) => apply(toggleType(t))}
          onToggleResource={(r: Resource) => apply(toggleResource(r))}
          onToggleRole={(r: Role) => apply(toggleRole(r))}
          onOnlyBounds={(on) => apply(setOnlyBounds(on))}
          onYears={(a, b) => apply(setYearRange(a, b))}
          onReset={() => apply(resetFilters())}
        />
        <ExportMenu
          csvAvailable={ladder.length > 0}
          onCsv={exportCsv}
          onPng={() => { const s = sigmaRef.current; if (s) void import('@sigma/export-image').then((m) => m.downloadAsPNG(s, { fileName: 'boundgraph', backgroundColor: '#ffffff' })); }}
          onSvg={() => { const s = sigmaRef.current; if (s) void import('./export/svg-export.ts').then((m) => downloadText(m.viewToSvg(s), 'boundgraph.svg', 'image/svg+xml')); }}
          onGexf={() => void import('./export/gexf-export.ts').then((m) => downloadText(m.visibleGraphToGexf(index, visible), 'boundgraph.gexf', 'application/xml'))}
        />
        <p className="status" role="status" aria-live="polite" data-testid="visible-count">
          Showing {visible.size.toLocaleString('en')} of {index.order.length.toLocaleString('en')} nodes
        </p>
      </header>
      <main className="main">
        <div className="graph-area">
          <GraphView
            sigmaRef={sigmaRef as RefObject<Sigma | null>}
            graph={display}
            graphVersion={graphVersion}
            index={index}
            visible={visible}
            hiddenClusters={state.filters.hiddenClusters}
            selectedId={node?.id ?? null}
            emphasis={emphasis}
            camera={state.camera}
            restored={restored}
            request={request}
            onSelectNode={onSelectFromGraph}
            onCamera={onCamera}
            onSelectCluster={onCluster}
            onFirstRender={() => setDrawn(true)}
          />
          <ClustersLegend
            clusters={index.clusters}
            counts={clusterCounts}
            hidden={state.filters.hiddenClusters}
            selected={cluster?.id ?? null}
            onFocus={onCluster}
            onToggle={(id) => apply(toggleCluster(id))}
          />
        </div>
        <aside className="side">
          <section className="panel details" aria-label="Details" id="details" tabIndex={-1}>
            {node?.type === 'paper' ? <PaperDetails key={node.id} paper={node} index={index} graphUrl={graphUrl} onSelect={onSelectAndFocus} />
              : node ? <EntityDetails heading={{ kind: 'node', node }} papers={papers} onSelect={onSelectAndFocus} />
              : cluster ? <EntityDetails heading={{ kind: 'cluster', cluster }} papers={papers} onSelect={onSelectAndFocus} />
              : sel?.kind === 'search' ? <EntityDetails heading={{ kind: 'search', query: sel.query }} papers={papers} onSelect={onSelectAndFocus} />
              : <Overview index={index} />}
          </section>
          <BoundsComparison
            title={title}
            sections={ladder}
            available={available}
            filters={state.filters}
            onToggleResource={(r) => apply(toggleResource(r))}
            onToggleRole={(r) => apply(toggleRole(r))}
            onSelect={onSelectAndFocus}
            onExportCsv={exportCsv}
          />
        </aside>
      </main>
    </div>
  );
}

function Overview({ index }: { index: GraphIndex }) {
  let papers = 0, claims = 0;
  for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') { papers++; claims += n.claims.length; } }
  return (
    <div className="details-body overview">
      <h2>Details</h2>
      <p>{papers.toLocaleString('en')} papers, {claims.toLocaleString('en')} complexity claims, {index.clusters.length} clusters.</p>
      <p className="muted">Search for a paper, author, method or problem, click a node, or pick a cluster on the left. The bounds stated for your selection line up in the comparison below, slowest growth first.</p>
    </div>
  );
}
