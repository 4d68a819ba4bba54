// The explorer page: top bar (search, filters, export), the cluster legend and the graph, and the side panel
// with Details and the Bounds comparison (each collapsible, the side resizable). All view state flows through
// producers and lives in the URL.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import {
  LARGE_GRAPH, buildDisplayGraph, buildLodDisplayGraph, chainEdges, clusterNodeKey, clusterOfNodeKey, completeDisplayGraph, drawNeighbourhood, isPartial, lodPaperScale,
} from './display.ts';
import { useLod } from './lod/use-lod.ts';
import { useViewState } from './use-view-state.ts';
import { growthOps } from './growth.ts';
import { GraphView } from './graph/GraphView.tsx';
import type { CameraRequest } from './graph/CameraController.tsx';
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
import { downloadText } from './export/download.ts';
import { type GraphIndex, type PaperNode, visibleNodeIds } from '../state/graph-index.ts';
import { clustersInView, lodFrame, lodStatus, type LodMeta, type ViewRect } from '../state/lod.ts';
import { buildLadder, problemScope, selectionClaims, selectionIsGraphProblem, selectionPapers, selectionTitle } from '../state/ladder.ts';
import { ladderClaims } from '../state/curated.ts';
import { worstCaseLegend } from '../state/worst-case.ts';
import { ladderToCsv } from '../state/csv.ts';
import {
  resetFilters, selectCluster, selectNode, selectSearchResults, setCamera, setIncludeVariants, setLadderView, setOnlyBounds,
  setSearch, setYearRange, toggleCluster, toggleResource, toggleRole, toggleType,
} from '../state/producers.ts';
import type { Camera, Resource, Role } from '../state/types.ts';
import { DEFAULT_FILTERS } from '../state/types.ts';

interface Props {
  index: GraphIndex;
  graphUrl: string;
  /** meta.lod of a level-of-detail graph: `index` is its overview, papers load per cluster (see lod/use-lod.ts) */
  lod?: LodMeta | null;
}

/** below this camera ratio a level-of-detail graph loads the clusters the view is in */
const LOD_LOAD_RATIO = 0.5;

export function App({ index: base, graphUrl, lod: lodMeta = null }: Props) {
  const { state, apply, restored } = useViewState();
  const sel = state.selection;
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
    const draw = () => { if (lodMeta && drawNeighbourhood(display, base, id, lodPaperScale(lodMeta.papers))) bumpGraph(); };
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

  const filtersNoClaims = useMemo(() => ({ ...DEFAULT_FILTERS }), []);
  const papers = useMemo(() => selectionPapers(index, sel, searchIds), [index, sel, searchIds]);
  const opts = state.ladder;
  const graphProblem = useMemo(() => selectionIsGraphProblem(index, sel), [index, sel]);
  // a problem's ladder is the corpus' own claims: curated ones sit in their lane (CuratedLane, in the problem's details)
  const ladder = useMemo(() => buildLadder(index, ladderClaims(index, sel, selectionClaims(index, sel, state.filters, growthOps, searchIds, opts)), growthOps, { view: opts.view, graph: graphProblem }),
    [index, sel, state.filters, searchIds, opts, graphProblem]);
  const available = useMemo(() => {
    const claims = selectionClaims(index, sel, filtersNoClaims, growthOps, searchIds, opts);
    return { resources: [...new Set(claims.map((c) => c.resource))], roles: [...new Set(claims.map((c) => c.role))] };
  }, [index, sel, searchIds, filtersNoClaims, opts]);
  // a level-of-detail paper whose cluster is loading shows its claims record meanwhile
  const selectedNode = sel?.kind === 'node' ? index.nodes.get(sel.id) ?? index.claimPapers?.get(sel.id) ?? null : null;
  const problem = selectedNode?.type === 'problem' ? selectedNode : null;
  const scope = useMemo(() => (problem ? problemScope(index, problem.id, opts.variants) : null), [index, problem, opts.variants]);
  const variantCount = problem ? problemScope(index, problem.id, true).length - 1 : null;
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
    if (!sel || sel.kind === 'node') return null;
    const s = new Set(papers.map((p) => p.id));
    if (sel.kind === 'cluster' && lodMeta) s.add(clusterNodeKey(sel.id)); // its stand-in, while it loads
    return s;
  }, [index, scope, sel, papers, lodMeta]);
  // the improvement chain: paper → earlier paper edges among a problem's papers, or both ways around a paper
  const highlightEdges = useMemo(() => {
    if (scope && emphasis) return chainEdges(display, { among: emphasis });
    if (selectedNode?.type === 'paper') return chainEdges(display, { touching: selectedNode.id });
    return null;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [display, scope, emphasis, selectedNode, graphVersion]);
  const labelOf = useCallback((id: string) => { const n = index.nodes.get(id); return n ? (n.type === 'paper' ? n.title : n.label) : null; }, [index]);
  const [detailsOpen, setDetailsOpen] = useState(true);
  const [comparisonOpen, setComparisonOpen] = useState(true);
  const [sideWidth, setSideWidth] = useState<number | null>(null);

  const onCluster = useCallback((id: number) => { apply(selectCluster(id)); openCluster(id, true); }, [apply, openCluster]);
  const onSelectFromGraph = useCallback((id: string) => {
    const c = clusterOfNodeKey(id);
    if (c !== null) { onCluster(c); return; }
    apply(selectNode(id));
    openNode(id, null, false);
  }, [apply, onCluster, openNode]);
  const onSelectAndFocus = useCallback((id: string, clusterHint: number | null = null) => { apply(selectNode(id)); openNode(id, clusterHint, true); }, [apply, openNode]);
  const onCamera = useCallback((c: Camera) => apply(setCamera(c)), [apply]);
  const onNeedPaper = useCallback((id: string) => { if (lod && !lod.index.nodes.has(id)) void lod.ensureNode(id); }, [lod]);

  const exportCsv = () => downloadText(ladderToCsv(ladder), 'boundgraph-comparison.csv', 'text/csv;charset=utf-8');
  const node = selectedNode;
  const total = ladder.reduce((n, s) => n + s.rows.length, 0);
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
          onPick={(h) => onSelectAndFocus(h.id, h.cluster ?? null)}
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
          partial={lod ? `${lod.loaded.size} of ${index.clusters.length}` : null}
          onCsv={exportCsv}
          onPng={() => { const s = sigmaRef.current; if (s) void import('@sigma/export-image').then((m) => m.downloadAsPNG(s, { fileName: 'boundgraph', backgroundColor: '#ffffff' })); }}
          onSvg={() => { const s = sigmaRef.current; if (s) void import('./export/svg-export.ts').then((m) => downloadText(m.viewToSvg(s), 'boundgraph.svg', 'image/svg+xml')); }}
          onGexf={() => void import('./export/gexf-export.ts').then((m) => downloadText(m.visibleGraphToGexf(index, visible), 'boundgraph.gexf', 'application/xml'))}
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
      <main className="main" style={sideWidth ? { gridTemplateColumns: `minmax(0, 1fr) 6px ${sideWidth}px` } : undefined}>
        <div className="graph-area">
          <ClustersLegend
            clusters={index.clusters}
            counts={clusterCounts}
            hidden={state.filters.hiddenClusters}
            selected={cluster?.id ?? null}
            onFocus={onCluster}
            onToggle={(id) => apply(toggleCluster(id))}
          />
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
              selectedId={node?.id ?? null}
              emphasis={emphasis}
              highlightEdges={highlightEdges}
              camera={state.camera}
              restored={restored}
              request={request}
              onSelectNode={onSelectFromGraph}
              onCamera={onCamera}
              onSelectCluster={onCluster}
              dimClusterLabels={emphasis !== null || node !== null}
              onFirstRender={() => setDrawn(true)}
            />
          </div>
        </div>
        <SideSplitter width={sideWidth} onWidth={setSideWidth} />
        <aside className={`side${detailsOpen ? '' : ' details-closed'}${comparisonOpen ? '' : ' comparison-closed'}`}>
          <SidePane className="details" label="Details" id="details" open={detailsOpen} onOpen={setDetailsOpen}>
            {node?.type === 'paper' ? <PaperDetails key={node.id} paper={node} index={index} graphUrl={graphUrl} onSelect={onSelectAndFocus} />
              : problem ? <ProblemDetails key={problem.id} problem={problem} index={index} variants={opts.variants} partialGraph={lod !== null} onSelect={onSelectAndFocus} />
              : node ? <EntityDetails heading={{ kind: 'node', node }} papers={papers} partial={lod !== null} onSelect={onSelectAndFocus} />
              : cluster ? <EntityDetails heading={{ kind: 'cluster', cluster }} papers={papers} partial={lod !== null && !lod.loaded.has(cluster.id)}
                  onOpenCluster={lod && !lod.loaded.has(cluster.id) ? () => openCluster(cluster.id, true) : undefined} onSelect={onSelectAndFocus} />
              : sel?.kind === 'node' && lod ? <PendingNode id={sel.id} missing={missing === sel.id} />
              : sel?.kind === 'search' ? <EntityDetails heading={{ kind: 'search', query: sel.query }} papers={papers} onSelect={onSelectAndFocus} />
              : <Overview index={index} lod={lod ? { papers: lod.meta.papers, loaded: lod.papersLoaded } : null} />}
          </SidePane>
          <SidePane className={total ? 'comparison' : 'comparison empty'} label="Bounds comparison" heading open={comparisonOpen} onOpen={setComparisonOpen}
            badge={title !== null ? total : null}
            actions={total ? <button type="button" className="small" onClick={exportCsv}>CSV</button> : null}>
            <BoundsComparison
              title={title}
              sections={ladder}
              available={available}
              filters={state.filters}
              ladder={opts}
              legend={worstCaseLegend(graphProblem)}
              variantCount={variantCount}
              problemId={problem?.id ?? null}
              labelOf={labelOf}
              ops={growthOps}
              graphUrl={graphUrl}
              onToggleResource={(r) => apply(toggleResource(r))}
              onToggleRole={(r) => apply(toggleRole(r))}
              onView={(v) => apply(setLadderView(v))}
              onVariants={(on) => apply(setIncludeVariants(on))}
              onSelect={onSelectAndFocus}
              onNeedPaper={lod ? onNeedPaper : undefined}
            />
          </SidePane>
        </aside>
      </main>
    </div>
  );
}

/** Details while a level-of-detail paper's cluster loads, or when no cluster has it. */
function PendingNode({ id, missing }: { id: string; missing: boolean }) {
  return (
    <div className="details-body">
      <p className="kind">Paper</p>
      {missing ? <p className="muted">No paper “{id.length > 120 ? `${id.slice(0, 119)}…` : id}” in this graph.</p> : <p className="muted">Loading the paper’s cluster…</p>}
    </div>
  );
}

function Overview({ index, lod }: { index: GraphIndex; lod: { papers: number; loaded: number } | null }) {
  let papers = 0, claims = 0;
  const counted = new Set<string>();
  for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') { papers++; claims += n.claims.length; counted.add(id); } }
  // a level-of-detail graph: every paper counts, and every claim (the claims index has the papers not loaded)
  for (const p of index.claimPapers?.values() ?? [] as PaperNode[]) if (!counted.has(p.id)) claims += p.claims.length;
  if (lod) papers = Math.max(papers, lod.papers);
  return (
    <div className="details-body overview">
      <h2>Overview</h2>
      <p>{papers.toLocaleString('en')} papers, {claims.toLocaleString('en')} complexity claims, {index.clusters.length} clusters.</p>
      {lod ? <p className="muted">A large graph, shown by level of detail: each cluster is drawn as one disc until you open it (click it, pick it on the left, or zoom in); {lod.loaded.toLocaleString('en')} papers are loaded. Search and the comparison cover every paper.</p> : null}
      <p className="muted">Search for a problem (“LCS”, “edit distance”), a paper, author or method, click a node, or pick a cluster on the left. The bounds stated for your selection line up in the comparison below: the best known first, then the beaten ones, lower bounds and open questions, with a timeline per resource.</p>
    </div>
  );
}
