// The explorer page: top bar (search, filters, export), the cluster legend and the graph, and the side panel
// with Details and the Bounds comparison (each collapsible, the side resizable). All view state flows through
// producers and lives in the URL.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import { buildDisplayGraph, chainEdges, completeDisplayGraph, isPartial } from './display.ts';
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
import { type GraphIndex, visibleNodeIds } from '../state/graph-index.ts';
import { buildLadder, problemScope, selectionClaims, selectionIsGraphProblem, selectionPapers, selectionTitle } from '../state/ladder.ts';
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

  // a problem's papers are spread over clusters: frame them all (its improvement chain shows), not the problem node
  const focusNode = useCallback((id: string) => {
    if (index.nodes.get(id)?.type === 'problem') {
      const papers = problemPapers(index, [id]).papers.map((p) => p.id);
      if (papers.length > 1) { setRequest({ kind: 'cluster', papers: [id, ...papers], seq: ++seq.current }); return; }
    }
    setRequest({ kind: 'node', id, seq: ++seq.current });
  }, [index]);
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
  const opts = state.ladder;
  const graphProblem = useMemo(() => selectionIsGraphProblem(index, sel), [index, sel]);
  const ladder = useMemo(() => buildLadder(index, selectionClaims(index, sel, state.filters, growthOps, searchIds, opts), growthOps, { view: opts.view, graph: graphProblem }),
    [index, sel, state.filters, searchIds, opts, graphProblem]);
  const available = useMemo(() => {
    const claims = selectionClaims(index, sel, filtersNoClaims, growthOps, searchIds, opts);
    return { resources: [...new Set(claims.map((c) => c.resource))], roles: [...new Set(claims.map((c) => c.role))] };
  }, [index, sel, searchIds, filtersNoClaims, opts]);
  const selectedNode = sel?.kind === 'node' ? index.nodes.get(sel.id) ?? null : null;
  const problem = selectedNode?.type === 'problem' ? selectedNode : null;
  const scope = useMemo(() => (problem ? problemScope(index, problem.id, opts.variants) : null), [index, problem, opts.variants]);
  const variantCount = problem ? problemScope(index, problem.id, true).length - 1 : null;
  const resourcesPresent = useMemo(() => {
    const s = new Set<Resource>();
    for (const id of index.order) { const n = index.nodes.get(id)!; if (n.type === 'paper') for (const c of n.claims) s.add(c.resource); }
    return s;
  }, [index]);
  const clusterCounts = useMemo(() => new Map([...index.papersByCluster].map(([k, v]) => [k, v.length])), [index]);
  // a cluster or search: its papers; a problem: the papers about it (and its variants when included)
  const emphasis = useMemo(() => {
    if (scope) return new Set(problemPapers(index, scope).papers.map((p) => p.id));
    return sel && sel.kind !== 'node' ? new Set(papers.map((p) => p.id)) : null;
  }, [index, scope, sel, papers]);
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

  const onSelectFromGraph = useCallback((id: string) => apply(selectNode(id)), [apply]);
  const onSelectAndFocus = useCallback((id: string) => { apply(selectNode(id)); focusNode(id); }, [apply, focusNode]);
  const onCamera = useCallback((c: Camera) => apply(setCamera(c)), [apply]);
  const onCluster = useCallback((id: number) => { apply(selectCluster(id)); focusCluster(id); }, [apply, focusCluster]);

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
              : problem ? <ProblemDetails key={problem.id} problem={problem} index={index} variants={opts.variants} onSelect={onSelectAndFocus} />
              : node ? <EntityDetails heading={{ kind: 'node', node }} papers={papers} onSelect={onSelectAndFocus} />
              : cluster ? <EntityDetails heading={{ kind: 'cluster', cluster }} papers={papers} onSelect={onSelectAndFocus} />
              : sel?.kind === 'search' ? <EntityDetails heading={{ kind: 'search', query: sel.query }} papers={papers} onSelect={onSelectAndFocus} />
              : <Overview index={index} />}
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
            />
          </SidePane>
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
      <h2>Overview</h2>
      <p>{papers.toLocaleString('en')} papers, {claims.toLocaleString('en')} complexity claims, {index.clusters.length} clusters.</p>
      <p className="muted">Search for a problem (“LCS”, “edit distance”), a paper, author or method, click a node, or pick a cluster on the left. The bounds stated for your selection line up in the comparison below: the best known first, then the beaten ones, lower bounds and open questions, with a timeline per resource.</p>
    </div>
  );
}
