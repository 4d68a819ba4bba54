// The explorer page: a top bar (search, colour and map view, table, filters, export), the clusters legend, the map
// (the largest part of the window) with the table under it, and the side panel with Details and the Bounds comparison
// (each collapsible, the side resizable and collapsible). All view state flows through producers and lives in the URL.
// A selection answers in two steps: Details renders at once; the comparison, the table and the map's highlighting
// follow from the deferred selection, so a big cluster's ladders never hold up its Details.
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import {
  LARGE_GRAPH, buildDisplayGraph, buildLodDisplayGraph, chainEdges, clusterNodeKey, clusterOfNodeKey, completeDisplayGraph, drawNeighbourhood, isPartial, lodPaperScale,
} from './display.ts';
import { useLod } from './lod/use-lod.ts';
import { useViewState } from './use-view-state.ts';
import { useActions } from './use-actions.ts';
import { growthOps } from './growth.ts';
import { claimRowsOf, useComparison, useTableRows } from './use-comparison.ts';
import { useExports } from './export/use-exports.ts';
import { GraphView } from './graph/GraphView.tsx';
import type { CameraRequest } from './graph/CameraController.tsx';
import { MAP_FOLLOW_DELAY } from './graph/ReducersController.tsx';
import { SearchBox } from './search/SearchBox.tsx';
import { useSearchClient } from './search/use-search.ts';
import { PaperDetails } from './panels/PaperDetails.tsx';
import { EntityDetails } from './panels/EntityDetails.tsx';
import { ProblemDetails, problemPapers } from './panels/ProblemDetails.tsx';
import { BoundsComparison } from './panels/BoundsComparison.tsx';
import { SidePane, SideSplitter } from './panels/SidePane.tsx';
import { ClustersLegend } from './panels/ClustersLegend.tsx';
import { FiltersMenu } from './panels/FiltersMenu.tsx';
import { ExportMenu } from './panels/ExportMenu.tsx';
import { ViewControls } from './panels/ViewControls.tsx';
import { ColourLegend } from './panels/ColourLegend.tsx';
import { TablePanel } from './panels/TablePanel.tsx';
import { Overview, PendingNode } from './panels/Overview.tsx';
import { type GraphIndex, type PaperNode, visibleNodeIds } from '../state/graph-index.ts';
import { clustersInView, lodFrame, lodStatus, type LodMeta, type ViewRect } from '../state/lod.ts';
import { problemScope, selectionPapers, selectionTitle } from '../state/ladder.ts';
import { worstCaseLegend } from '../state/worst-case.ts';
import { colourLegend, paperColourer } from '../state/colour-modes.ts';
import { selectCluster, selectNode, setCamera } from '../state/producers.ts';
import type { Camera, Resource } from '../state/types.ts';

interface Props {
  index: GraphIndex;
  graphUrl: string;
  /** meta.lod of a level-of-detail graph: `index` is its overview, papers load per cluster (see lod/use-lod.ts) */
  lod?: LodMeta | null;
}

/** below this camera ratio a level-of-detail graph loads the clusters the view is in */
const LOD_LOAD_RATIO = 0.5;

/** Runs `f` once the next frame has painted and the map's follow-up delay has passed (see MAP_FOLLOW_DELAY). */
function afterPaint(f: () => void): void {
  requestAnimationFrame(() => setTimeout(f, MAP_FOLLOW_DELAY));
}

export function App({ index: base, graphUrl, lod: lodMeta = null }: Props) {
  const { state, apply, applyQuietly, restored } = useViewState();
  const sel = state.selection;
  // what follows a selection (comparison, table, the map's highlight) renders after Details has been painted
  const later = useDeferredValue(sel);
  const display = useMemo(() => {
    performance.mark('bg:app');
    if (lodMeta) { const g = buildLodDisplayGraph(base); performance.mark('bg:display'); return g; }
    const index = base;
    const g = buildDisplayGraph(index);
    performance.mark('bg:display');
    // a deep link to an entity (not drawn in a large graph's first frame) needs the whole graph at once
    const first = state.selection;
    if (first?.kind === 'node' && index.nodes.has(first.id) && !g.hasNode(first.id)) completeDisplayGraph(g, index);
    return g;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base]);
  const [drawn, setDrawn] = useState(false);
  // a level-of-detail graph's search index is its own file: the worker starts at once (it never parses the whole graph)
  const searchIndexUrl = lodMeta ? new URL(lodMeta.search, graphUrl).href : null;
  const search = useSearchClient(graphUrl, drawn || lodMeta !== null, searchIndexUrl);
  const [graphVersion, setGraphVersion] = useState(0);
  const bumpGraph = useCallback(() => setGraphVersion((v) => v + 1), []);
  const lod = useLod(base, lodMeta, graphUrl, { display, startClaims: drawn, locate: search.locate, onGraphChange: bumpGraph });
  const index = lod?.index ?? base;
  // a level-of-detail index changes when clusters merge (more nodes) and when the claims index arrives (same nodes):
  // the visible set (and so a full sigma refresh) only in the first case
  const visible = useMemo(() => visibleNodeIds(index, state.filters, lod !== null),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [lod ? index.order.length : index, index.nodes, state.filters, lod !== null]);
  const large = lodMeta ? lodMeta.papers + base.order.length > LARGE_GRAPH : base.order.length > LARGE_GRAPH;
  const frame = useMemo(() => (lodMeta ? lodFrame(base.clusters) : null), [base, lodMeta]);

  // after the first frame, add what a large graph's overview went without (entities, zoomed-in edges):
  // one synchronous batch so sigma reprocesses once, on the next frame
  useEffect(() => {
    if (lodMeta || !drawn || !isPartial(display, index)) return;
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

  // a problem's papers are spread over clusters: frame them all (its improvement chain shows), not the problem node
  // (of a level-of-detail graph, the drawn ones: the others' clusters are not loaded)
  const focusNode = useCallback((id: string) => {
    if (index.nodes.get(id)?.type === 'problem') {
      const papers = problemPapers(index, [id]).papers.map((p) => p.id).filter((p) => display.hasNode(p));
      if (papers.length > 1) { setRequest({ kind: 'cluster', papers: [id, ...papers], seq: ++seq.current }); return; }
    }
    setRequest({ kind: 'node', id, seq: ++seq.current });
  }, [index, display]);
  // (reads papersByCluster when called: a level-of-detail index grows in place, so a callback made before a load sees it)
  const focusCluster = useCallback((id: number) => setRequest({ kind: 'cluster', papers: index.papersByCluster.get(id) ?? [], seq: ++seq.current }), [index]);

  // level-of-detail graphs: what was asked for last, so a load finishing late does not move the camera away from a newer pick
  const wanted = useRef<string | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  /** makes a node present (loading its cluster) and then flies to it, unless something else was picked meanwhile */
  // (a level-of-detail graph draws the node and its links first: entities are drawn when needed, see display.ts)
  const openNode = useCallback((id: string, clusterHint: number | null, fly: boolean) => {
    wanted.current = id;
    setMissing(null);
    // (after Details has painted: adding nodes to the drawn graph makes sigma re-render on the next frame)
    const draw = () => { if (lodMeta) afterPaint(() => { if (drawNeighbourhood(display, base, id, lodPaperScale(lodMeta.papers))) bumpGraph(); }); };
    if (!lod || lod.index.nodes.has(id)) { draw(); if (fly) focusNode(id); return; }
    void lod.ensureNode(id, clusterHint).then((ok) => {
      if (wanted.current !== id) return;
      if (!ok) { setMissing(id); return; }
      draw();
      if (fly) setRequest({ kind: 'node', id, seq: ++seq.current });
    });
  }, [lod, lodMeta, display, base, bumpGraph, focusNode]);
  const openCluster = useCallback((id: number, fly: boolean) => {
    const key = `cluster:${id}`;
    wanted.current = key;
    if (!lod) { if (fly) focusCluster(id); return; }
    void lod.loadCluster(id).then((ok) => { if (ok && fly && wanted.current === key) focusCluster(id); });
  }, [lod, focusCluster]);

  // a deep link (or back/forward) with a selection but no camera flies to the selection; a level-of-detail graph
  // loads the selected paper's (or cluster's) papers first, camera or not
  useEffect(() => {
    if (!sel) return;
    if (sel.kind === 'node') openNode(sel.id, null, !state.camera && (lod !== null || index.nodes.has(sel.id)));
    else if (sel.kind === 'cluster') openCluster(sel.id, !state.camera);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [restored]);

  // zooming into a level-of-detail graph loads the clusters in view (nearest the centre first, a few at a time)
  const onView = useCallback((rect: ViewRect, ratio: number) => {
    if (!lod || ratio >= LOD_LOAD_RATIO) return;
    const skip = (id: number) => lod.loaded.has(id) || lod.loading.has(id) || state.filters.hiddenClusters.includes(id);
    for (const id of clustersInView(index.clusters, rect, skip, 2)) void lod.loadCluster(id);
  }, [lod, index, state.filters.hiddenClusters]);

  useEffect(() => {
    if (sel?.kind !== 'search') { setSearchIds([]); return; }
    let live = true;
    void search.ask(sel.query, 2000).then((a) => { if (live) setSearchIds(a.hits.map((h) => h.id)); });
    return () => { live = false; };
  }, [sel, search.ready, search.ask]);

  const opts = state.ladder;
  const cmp = useComparison(index, later, state.filters, searchIds, opts);
  const tableRows = useTableRows(index, later, state.table, state.filters, searchIds, opts);
  // Details lists a cluster's or a search's papers at once (cheap); their ladders come with the deferred pass
  const papersNow = useMemo(() => (sel && sel.kind !== 'node' ? selectionPapers(index, sel, searchIds) : []), [index, sel, searchIds]);
  // a level-of-detail paper whose cluster is loading shows its claims record meanwhile
  const selectedNode = sel?.kind === 'node' ? index.nodes.get(sel.id) ?? index.claimPapers?.get(sel.id) ?? null : null;
  const problem = selectedNode?.type === 'problem' ? selectedNode : null;
  const laterNode = later?.kind === 'node' ? index.nodes.get(later.id) ?? null : null;
  const laterProblem = laterNode?.type === 'problem' ? laterNode : null;
  const scope = useMemo(() => (laterProblem ? problemScope(index, laterProblem.id, opts.variants) : null), [index, laterProblem, opts.variants]);
  const variantCount = laterProblem ? problemScope(index, laterProblem.id, true).length - 1 : null;
  const resourcesPresent = useMemo(() => {
    const s = new Set<Resource>();
    for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') for (const c of n.claims) s.add(c.resource); }
    for (const p of index.claimPapers?.values() ?? []) for (const c of p.claims) s.add(c.resource);
    return s;
  }, [index]);
  // a level-of-detail graph counts every paper of a cluster, loaded or not
  const clusterCounts = useMemo(() => (lodMeta ? new Map(index.clusters.map((c) => [c.id, c.size]))
    : new Map([...index.papersByCluster].map(([k, v]) => [k, v.length]))), [index, lodMeta]);
  // a cluster or search: its papers; a problem: the papers about it (and its variants when included)
  const emphasis = useMemo(() => {
    if (scope) return new Set(problemPapers(index, scope).papers.map((p) => p.id));
    if (!later || later.kind === 'node') return null;
    const s = new Set(cmp.papers.map((p) => p.id));
    if (later.kind === 'cluster' && lodMeta) s.add(clusterNodeKey(later.id)); // its stand-in, while it loads
    return s;
  }, [index, scope, later, cmp.papers, lodMeta]);
  // the improvement chain: paper → earlier paper edges among a problem's papers, or both ways around a paper
  const highlightEdges = useMemo(() => {
    if (scope && emphasis) return chainEdges(display, { among: emphasis });
    if (laterNode?.type === 'paper') return chainEdges(display, { touching: laterNode.id });
    return null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [display, scope, emphasis, laterNode, graphVersion]);
  // node colours of the colour mode: papers by year, claims or role (entities keep their type colours)
  const colours = useMemo(() => {
    const colourer = paperColourer(index, state.colour);
    if (!colourer) return null;
    const m = new Map<string, string>();
    for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') m.set(id, colourer(n)); }
    return m;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [index, state.colour, graphVersion]);
  const legend = useMemo(() => colourLegend(index, state.colour), [index, state.colour]);
  const ladderLegend = useMemo(() => worstCaseLegend(cmp.graphProblem), [cmp.graphProblem]);
  const labelOf = useCallback((id: string) => { const n = index.nodes.get(id); return n ? (n.type === 'paper' ? n.title : n.label) : null; }, [index]);
  const [detailsOpen, setDetailsOpen] = useState(true);
  const [comparisonOpen, setComparisonOpen] = useState(true);
  const [sideOpen, setSideOpen] = useState(true);
  const [sideWidth, setSideWidth] = useState<number | null>(null);

  // the page's state changes as stable callbacks, so memoised parts (map, legend, comparison, table) skip re-rendering
  const act = useActions(apply);
  const onDrawn = useCallback(() => setDrawn(true), []);
  const onCluster = useCallback((id: number) => { apply(selectCluster(id)); openCluster(id, true); }, [apply, openCluster]);
  const onSelectFromGraph = useCallback((id: string) => {
    const c = clusterOfNodeKey(id);
    if (c !== null) { onCluster(c); return; }
    apply(selectNode(id));
    openNode(id, null, false);
  }, [apply, onCluster, openNode]);
  const onSelectAndFocus = useCallback((id: string, clusterHint: number | null = null) => { apply(selectNode(id)); openNode(id, clusterHint, true); }, [apply, openNode]);
  const onCamera = useCallback((c: Camera) => applyQuietly(setCamera(c)), [applyQuietly]);
  const onNeedPaper = useCallback((id: string) => { if (lod && !lod.index.nodes.has(id)) void lod.ensureNode(id); }, [lod]);

  const node = selectedNode;
  const total = cmp.groups ? cmp.groups.reduce((n, g) => n + g.sections.reduce((m, s) => m + s.rows.length, 0), 0) : cmp.sections.reduce((n, s) => n + s.rows.length, 0);
  const cluster = sel?.kind === 'cluster' ? index.clusterById.get(sel.id) ?? null : null;
  const title = selectionTitle(index, later);
  const exports = useExports({
    sigmaRef, index, visible, title: selectionTitle(index, sel), legend, density: state.map === 'density', clusterCounts,
    sections: cmp.groups ? cmp.groups.flatMap((g) => g.sections) : cmp.sections, labelOf,
    claimRows: () => (state.table.tab === 'claims' && tableRows ? tableRows : claimRowsOf(index, later, state.table, state.filters, searchIds, opts)),
    table: state.table,
  });

  return (
    <div className="app">
      <a className="skip" href="#details">Skip to details</a>
      <header className="topbar">
        <h1 className="brand">boundgraph</h1>
        <SearchBox
          client={search}
          value={state.search}
          onChange={act.search}
          onPick={(h) => onSelectAndFocus(h.id, h.cluster ?? null)}
          onCompareAll={act.compareAll}
        />
        <ViewControls colour={state.colour} map={state.map} table={state.table.tab} hasYears={index.years !== null}
          onColour={act.colour} onMap={act.map} onTable={act.table} />
        <FiltersMenu
          filters={state.filters}
          years={index.years}
          resourcesPresent={resourcesPresent}
          onToggleType={act.toggleType}
          onToggleResource={act.toggleResource}
          onToggleRole={act.toggleRole}
          onOnlyBounds={act.onlyBounds}
          onYears={act.years}
          onReset={act.resetFilters}
        />
        <ExportMenu
          csvAvailable={total > 0}
          canvas={exports.canvasSize()}
          partial={lod ? `${lod.loaded.size} of ${index.clusters.length}` : null}
          onCsv={exports.comparisonCsv}
          onTableCsv={exports.tableCsv}
          onPng={exports.png}
          onSvg={exports.svg}
          onGexf={exports.gexf}
        />
        <p className={lod ? 'status status-lod' : 'status'} role="status" aria-live="polite" data-testid="visible-count">
          Showing {visible.size.toLocaleString('en')} of {index.order.length.toLocaleString('en')} nodes
          {lod ? (
            <span className="lod-status" data-testid="lod-status" data-loaded={[...lod.loaded].sort((a, b) => a - b).join(',')} data-claims={lod.claimsReady ? 'ready' : 'loading'}>
              <span className="visually-hidden"> · </span>{lodStatus(lod.loaded.size, index.clusters.length, lod.papersLoaded, lod.meta.papers)}
              {lod.loading.size ? <span className="muted"> (loading {lod.loading.size})</span> : null}
              {lod.error ? <span className="lod-error" title={lod.error}> · a file failed to load</span> : null}
            </span>
          ) : null}
        </p>
      </header>
      <main className={`main${sideOpen ? '' : ' side-closed'}`} style={sideOpen && sideWidth ? { gridTemplateColumns: `minmax(0, 1fr) 10px ${sideWidth}px` } : undefined}>
        <div className="graph-area">
          <ClustersLegend
            clusters={index.clusters}
            counts={clusterCounts}
            hidden={state.filters.hiddenClusters}
            selected={cluster?.id ?? null}
            onFocus={onCluster}
            onToggle={act.toggleCluster}
          />
          <div className={`graph-column${state.table.tab ? ' with-table' : ''}`}>
            <div className="graph-box">
              <GraphView
                sigmaRef={sigmaRef as RefObject<Sigma | null>}
                graph={display}
                graphVersion={graphVersion}
                index={index}
                large={large}
                lod={lodMeta !== null}
                frame={frame}
                onView={lodMeta ? onView : undefined}
                visible={visible}
                hiddenClusters={state.filters.hiddenClusters}
                selectedId={laterNode?.id ?? (later?.kind === 'node' ? later.id : null)}
                emphasis={emphasis}
                highlightEdges={highlightEdges}
                camera={state.camera}
                restored={restored}
                request={request}
                onSelectNode={onSelectFromGraph}
                onCamera={onCamera}
                onSelectCluster={onCluster}
                dimClusterLabels={emphasis !== null || laterNode !== null}
                colours={colours}
                density={state.map === 'density'}
                onFirstRender={onDrawn}
              />
              <ColourLegend legend={legend} density={state.map === 'density'} />
            </div>
            {state.table.tab && tableRows ? (
              <TablePanel
                tab={state.table.tab} sort={state.table.sort} filter={state.table.filter} all={state.table.all}
                rows={tableRows} scope={title} selectedId={node?.type === 'paper' ? node.id : null}
                onTab={act.tableTab} onSort={act.sort} onFilter={act.filter}
                onAll={act.all} onClose={act.closeTable} onSelect={onSelectAndFocus} onCsv={exports.rowsCsv}
              />
            ) : null}
          </div>
        </div>
        <SideSplitter width={sideWidth} onWidth={setSideWidth} open={sideOpen} onOpen={setSideOpen} />
        <aside className={`side${detailsOpen ? '' : ' details-closed'}${comparisonOpen ? '' : ' comparison-closed'}`} hidden={!sideOpen}>
          <SidePane className="details" label="Details" id="details" open={detailsOpen} onOpen={setDetailsOpen}
            shows={node ? `n:${node.id}` : cluster ? `c:${cluster.id}` : sel?.kind === 'search' ? `q:${sel.query}` : ''}>
            {node?.type === 'paper' ? <PaperDetails key={node.id} paper={node as PaperNode} index={index} graphUrl={graphUrl} onSelect={onSelectAndFocus} />
              : problem ? <ProblemDetails key={problem.id} problem={problem} index={index} variants={opts.variants} partialGraph={lod !== null} onSelect={onSelectAndFocus} />
              : node ? <EntityDetails heading={{ kind: 'node', node }} papers={selectionPapers(index, sel, searchIds)} partial={lod !== null} onSelect={onSelectAndFocus} />
              : cluster ? <EntityDetails heading={{ kind: 'cluster', cluster }} papers={papersNow} partial={lod !== null && !lod.loaded.has(cluster.id)}
                  onOpenCluster={lod && !lod.loaded.has(cluster.id) ? () => openCluster(cluster.id, true) : undefined} onSelect={onSelectAndFocus} />
              : sel?.kind === 'node' && lod ? <PendingNode id={sel.id} missing={missing === sel.id} />
              : sel?.kind === 'search' ? <EntityDetails heading={{ kind: 'search', query: sel.query }} papers={papersNow} onSelect={onSelectAndFocus} />
              : <Overview index={index} lod={lod ? { papers: lod.meta.papers, loaded: lod.papersLoaded } : null} onSelect={onSelectAndFocus} />}
          </SidePane>
          <SidePane className={total ? 'comparison' : 'comparison empty'} label="Bounds comparison" heading open={comparisonOpen} onOpen={setComparisonOpen}
            badge={title !== null ? total : null}
            actions={total ? <button type="button" className="small" onClick={exports.comparisonCsv}>CSV</button> : null}>
            <BoundsComparison
              title={title}
              sections={cmp.sections}
              groups={cmp.groups}
              problemLadders={cmp.problemLadders}
              available={cmp.available}
              filters={state.filters}
              ladder={opts}
              legend={ladderLegend}
              variantCount={variantCount}
              problemId={laterProblem?.id ?? null}
              labelOf={labelOf}
              ops={growthOps}
              graphUrl={graphUrl}
              onToggleResource={act.toggleResource}
              onToggleRole={act.toggleRole}
              onView={act.ladderView}
              onVariants={act.variants}
              onSelect={onSelectAndFocus}
              onNeedPaper={lod ? onNeedPaper : undefined}
            />
          </SidePane>
        </aside>
      </main>
    </div>
  );
}
