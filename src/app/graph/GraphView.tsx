// The graph canvas: a sigma instance (via @react-sigma/core) plus controllers that render nothing and
// only wire settings, events and the camera, and an overlay of cluster labels.
import { useSigma } from '@react-sigma/core';
import '@react-sigma/core/lib/style.css';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { LARGE_GRAPH, clusterOfNodeKey, type DisplayEdge, type DisplayGraph, type DisplayNode } from '../display.ts';
import type { GraphIndex } from '../../state/graph-index.ts';
import type { ViewRect } from '../../state/lod.ts';
import type { Camera } from '../../state/types.ts';
import { ReducersController, OVERVIEW_RATIO, CHAIN_PROGRAMS } from './ReducersController.tsx';
import { makeReducers, type ReducerInputs } from './reducers.ts';
import { EventsController } from './EventsController.tsx';
import { CameraController, type CameraRequest } from './CameraController.tsx';
import { ClusterLabelsLayer } from './ClusterLabelsLayer.tsx';
import { DensityLayer } from './DensityLayer.tsx';
import { KeyboardController } from './KeyboardController.tsx';
import { SigmaHost } from './SigmaHost.tsx';
import { ViewController } from './ViewController.tsx';

export { LARGE_GRAPH };

/** hover highlighting on a big graph waits this long (each highlight is a full re-render there, and a pointer on its
 * way to a click must not start one) */
const LARGE_HOVER_DELAY = 300;

// a level-of-detail graph draws its papers smaller (display.ts lodPaperScale): their labels come at a smaller size
const labelThreshold = (large: boolean, overview: boolean, lod = false) => (lod && large ? 6 : large ? 10 : 7) + (overview ? 4 : 0);

export interface GraphViewProps {
  sigmaRef: RefObject<Sigma | null>;
  graph: DisplayGraph;
  /** bumps when nodes or edges were added to `graph` after the first frame (neighbourhoods changed) */
  graphVersion?: number;
  index: GraphIndex;
  /** level of detail for a large graph (default: from the index's size) */
  large?: boolean;
  /** a level-of-detail graph: cluster stand-ins, labels at the clusters' centroids, a fixed frame as papers load */
  lod?: boolean;
  /** a fixed frame of the graph (graph coordinates) instead of its nodes' extent: a level-of-detail graph keeps it as papers load */
  frame?: { x: [number, number]; y: [number, number] } | null;
  /** the view settled (graph coordinates, camera ratio): a level-of-detail graph loads the clusters in view */
  onView?(rect: ViewRect, ratio: number): void;
  visible: ReadonlySet<string>;
  hiddenClusters: readonly number[];
  selectedId: string | null;
  /** nodes emphasised besides the selection (papers of a selected cluster, search or problem) */
  emphasis: ReadonlySet<string> | null;
  /** drawn edges shown as emphasised arrows (the improvement chain of the selection) */
  highlightEdges: ReadonlySet<string> | null;
  camera: Camera | null;
  restored: number;
  request: CameraRequest | null;
  onSelectNode(id: string): void;
  onCamera(c: Camera): void;
  onSelectCluster(id: number): void;
  /** a selection is highlighted: cluster labels step back so they do not hide it */
  dimClusterLabels?: boolean;
  /** node colours of the colour mode (null: by cluster, as built) */
  colours?: ReadonlyMap<string, string> | null;
  /** the density view (a heat layer under the nodes) */
  density?: boolean;
  onFirstRender?(): void;
}

/** Above this many drawn nodes links hide while the camera moves (every frame is a full render under software WebGL). */
const HIDE_EDGES_ON_MOVE = 2000;

export const GraphView = memo(function GraphView(props: GraphViewProps) {
  const { graph } = props;
  // load-time mark for bench:ui: React has committed the page and SigmaHost (a child, so its layout effect ran first) created sigma
  useLayoutEffect(() => { performance.mark('bg:committed'); }, []);
  // from the data, not the drawn graph: a large graph's first frame draws its papers only
  const large = props.large ?? props.index.order.length > LARGE_GRAPH;
  const [hovered, setHoveredNode] = useState<string | null>(null);
  // a cluster stand-in has no neighbourhood to highlight
  const setHovered = useCallback((id: string | null) => setHoveredNode(id !== null && clusterOfNodeKey(id) !== null ? null : id), []);
  const hiddenClusterSet = useMemo(() => new Set(props.hiddenClusters), [props.hiddenClusters]);
  // the default camera (ratio 1) and any URL camera wider than OVERVIEW_RATIO start in overview
  const [overview, setOverview] = useState(() => (props.camera?.ratio ?? 1) > OVERVIEW_RATIO);
  const focus = hovered ?? props.selectedId;
  const focusSet = useMemo(() => {
    if (!focus || !graph.hasNode(focus)) return props.emphasis;
    const s = new Set<string>([focus]);
    graph.forEachNeighbor(focus, (n) => { s.add(n); });
    // a selected problem also keeps the papers of its claims bright (hovering shows just the hovered node's)
    if (!hovered && props.emphasis) for (const id of props.emphasis) s.add(id);
    return s;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focus, hovered, graph, props.emphasis, props.graphVersion]);
  // hovering another node shows its neighbourhood, not the selection's chain
  const highlightEdges = hovered && hovered !== props.selectedId ? null : props.highlightEdges;
  const colours = props.colours ?? null;
  const density = props.density ?? false;
  const inputs = useMemo<ReducerInputs>(() => ({
    visible: props.visible, focus, selectedId: props.selectedId, focusSet, overview, large, highlightEdges, hiddenClusters: hiddenClusterSet, lod: props.lod ?? false,
    colours, density,
  }), [props.visible, focus, props.selectedId, focusSet, overview, large, highlightEdges, hiddenClusterSet, props.lod, colours, density]);
  const inputsRef = useRef(inputs);
  const chainReady = useRef(!!props.highlightEdges?.size);
  const settings = useMemo<Partial<Settings<DisplayNode, DisplayEdge>>>(() => ({
    ...makeReducers(graph, () => inputsRef.current, () => chainReady.current),
    // labels appear as you zoom in, without piling up: a coarse grid admits few labels per cell
    labelDensity: large ? 0.3 : 0.35,
    labelGridCellSize: large ? 140 : 130,
    labelRenderedSizeThreshold: labelThreshold(large, overview, props.lod),
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    labelSize: 12,
    labelWeight: '500',
    labelColor: { color: '#1f2328' },
    defaultEdgeColor: '#d5d9de',
    hideEdgesOnMove: large || graph.order > HIDE_EDGES_ON_MOVE,
    hideLabelsOnMove: large,
    // highlighted nodes and links are drawn above the faded ones (a sort per refresh, not per frame)
    zIndex: true,
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 24,
    renderEdgeLabels: false,
    // the improvement-chain program (see ReducersController) from the start only when the first view shows a chain:
    // compiling its shaders costs a first render that does not need them
    ...(props.highlightEdges?.size ? { edgeProgramClasses: CHAIN_PROGRAMS } : {}),
    enableEdgeEvents: false,
    allowInvalidContainer: true,
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }), [graph, large, props.lod]); // initial values only: later changes go through ReducersController
  return (
    <div className="graph-wrap">
      <SigmaHost<DisplayNode, DisplayEdge> sigmaRef={props.sigmaRef as RefObject<Sigma<DisplayNode, DisplayEdge> | null>} graph={graph} settings={settings} frame={props.frame ?? null} className="graph-canvas">
        <ReducersController labelThreshold={labelThreshold(large, false, props.lod)} inputs={inputs} inputsRef={inputsRef} chainReady={chainReady} onOverview={setOverview} />
        <EventsController onHover={setHovered} onSelectNode={props.onSelectNode} hoverDelay={large || graph.order > HIDE_EDGES_ON_MOVE ? LARGE_HOVER_DELAY : 0} />
        <CameraController camera={props.camera} restored={props.restored} request={props.request} onCamera={props.onCamera} />
        <KeyboardController />
        <FirstRenderMarker onFirstRender={props.onFirstRender} />
        {density ? <DensityLayer visible={props.visible} /> : null}
        <ClusterLabelsLayer index={props.index} lod={props.lod ?? false} hiddenClusters={props.hiddenClusters} dim={props.dimClusterLabels ?? false} avoid={focusSet} onSelectCluster={props.onSelectCluster} />
        {props.onView ? <ViewController onView={props.onView} /> : null}
      </SigmaHost>
    </div>
  );
});

/** Marks the document once sigma has drawn a frame (the browser tests and the UI benchmark wait for it). */
function FirstRenderMarker({ onFirstRender }: { onFirstRender?(): void }) {
  const sigma = useSigma();
  useEffect(() => {
    performance.mark('bg:sigma-ready');
    // the UI benchmark drives and times the renderer through this handle (as it does on the bare-sigma baseline)
    (window as unknown as { __bgSigma?: unknown }).__bgSigma = sigma;
    const done = () => {
      sigma.off('afterRender', done);
      document.documentElement.dataset.graphRendered = String(Math.round(performance.now()));
      onFirstRender?.();
    };
    sigma.on('afterRender', done);
    sigma.scheduleRender();
    return () => { sigma.off('afterRender', done); };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sigma]);
  return null;
}
