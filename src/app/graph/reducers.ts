// Sigma node and edge reducers: filters (hidden nodes), hover and selection highlighting (neighbours kept,
// the rest faded and drawn below them), colour modes, the density view, and level of detail (at overview zoom: entity
// labels and entity links off; on large graphs entity nodes and weak edges hidden). They read their inputs through a
// getter so sigma's settings never change.
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type Graph from 'graphology';
import { overviewEdge, type DisplayEdge, type DisplayNode } from '../display.ts';

export interface ReducerInputs {
  visible: ReadonlySet<string>;
  /** hovered or selected node (its neighbourhood stays bright) */
  focus: string | null;
  selectedId: string | null;
  /** nodes kept bright: focus + neighbours, or the papers of a selected cluster / search */
  focusSet: ReadonlySet<string> | null;
  overview: boolean;
  large: boolean;
  /** drawn edges to emphasise as directed arrows (an improvement chain); null = none */
  highlightEdges: ReadonlySet<string> | null;
  /** clusters the filters hide (their stand-ins on a level-of-detail graph are hidden too) */
  hiddenClusters?: ReadonlySet<number>;
  /**
   * a level-of-detail graph: links of papers to entities show only for the focus (hovered or selected node, the
   * selection's papers), like every weak link at overview zoom; paper–paper links show when zoomed in
   */
  lod?: boolean;
  /** node colours of the colour mode (year, claims, role), when not by cluster */
  colours?: ReadonlyMap<string, string> | null;
  /** the density view: nodes recede to small grey dots over the heat layer, links hide (the focus keeps its own) */
  density?: boolean;
}

const FADED_NODE = '#e3e6ea';
const DENSITY_NODE = 'rgba(60, 66, 76, 0.45)';
const FADED_EDGE = '#f0f2f4';
const CHAIN_EDGE = '#c2410c';

// sigma shallow-copies the attributes before calling a reducer, so the reducers write into that copy
// instead of allocating another object per node and edge on every refresh.
/** `chainProgram()`: whether sigma has the "chain" edge program yet (else chains use its built-in arrow program). */
export function makeReducers(graph: Graph<DisplayNode, DisplayEdge>, get: () => ReducerInputs, chainProgram: () => boolean = () => true) {
  const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
    const { visible, overview, large, focusSet, focus, selectedId, hiddenClusters, lod } = get();
    const res = data as Partial<NodeDisplayData> & DisplayNode;
    // a cluster stand-in (level-of-detail graphs) is no data node: only the cluster filter and the fading apply
    if (data.kind === 'cluster') {
      if (data.cluster !== null && hiddenClusters?.has(data.cluster)) { res.hidden = true; return res; }
      // faded and smaller while something else is highlighted, so it does not cover the highlighted papers
      if (focusSet && !focusSet.has(node)) { res.color = FADED_NODE; res.zIndex = 0; res.size = data.size * 0.5; }
      return res;
    }
    if (!visible.has(node)) { res.hidden = true; return res; }
    const { colours, density } = get();
    if (density && !focusSet?.has(node)) {
      res.color = DENSITY_NODE;
      res.size = Math.max(1.2, data.size * 0.35);
      res.label = '';
      res.zIndex = 0;
      return res;
    }
    if (colours) { const c = colours.get(node); if (c !== undefined) res.color = c; }
    if (overview && data.kind !== 'paper' && !focusSet?.has(node)) {
      if (large) { res.hidden = true; return res; }
      res.label = '';
    }
    if (focusSet) {
      if (focusSet.has(node)) {
        res.zIndex = 1;
        if (node === focus || node === selectedId) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
        // a level-of-detail graph draws its papers small: the highlighted ones are drawn big enough to find
        // (a node's neighbours a little, a selected cluster's thousands of papers not at all)
        if (lod) res.size = Math.max(data.size, node === focus || node === selectedId ? 6 : focus ? 2.5 : 0);
      } else {
        res.color = FADED_NODE;
        res.label = '';
        res.zIndex = 0;
        // smaller, so context nodes do not cover the highlighted edges (nodes are drawn over every edge)
        res.size = data.size * 0.5;
      }
    }
    return res;
  };
  const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
    const { visible, overview, large, focusSet, focus, highlightEdges, lod, density } = get();
    const res = data as Partial<EdgeDisplayData> & DisplayEdge;
    // an improvement chain of the selection: a directed arrow, later paper → the earlier one it improves on
    if (highlightEdges?.has(edge)) {
      if (!visible.has(graph.source(edge)) || !visible.has(graph.target(edge))) { res.hidden = true; return res; }
      res.type = chainProgram() ? 'chain' : 'arrow'; // "chain": an arrow program drawn last (ReducersController)
      res.color = CHAIN_EDGE;
      res.size = Math.max(data.size, 2.6);
      res.zIndex = 3;
      return res;
    }
    // the common overview case first: no endpoint lookups for the many edges it hides
    if (!focusSet && (density || (overview && large && !overviewEdge(data.kind, data.weight)))) { res.hidden = true; return res; }
    // zoomed out, a map shows the links that make its clusters (papers' similarity and improvement chains), not the
    // links of every paper to its concepts and bound classes, which cross the map and veil it
    if (!focusSet && overview && data.kind !== 'related' && data.kind !== 'improves') { res.hidden = true; return res; }
    if (!focusSet && lod && data.kind !== 'related' && !overviewEdge(data.kind, data.weight)) { res.hidden = true; return res; }
    const s = graph.source(edge);
    const t = graph.target(edge);
    if (!visible.has(s) || !visible.has(t)) { res.hidden = true; return res; }
    // … and only within clusters: links between two clusters criss-cross the whole map and make it a hairball
    // (the layout already puts linked clusters side by side; hovering or selecting a paper shows its links)
    if (!focusSet && overview && data.kind === 'related' && graph.getNodeAttribute(s, 'cluster') !== graph.getNodeAttribute(t, 'cluster')) { res.hidden = true; return res; }
    if (focusSet) {
      const inFocus = focus ? s === focus || t === focus : focusSet.has(s) && focusSet.has(t);
      if (!inFocus) {
        if ((overview && large) || density || (lod && !overviewEdge(data.kind, data.weight))) { res.hidden = true; return res; }
        res.color = FADED_EDGE;
      } else {
        res.zIndex = 1;
        res.size = Math.max(data.size, 1.2);
      }
      return res;
    }
    // (an overview of a large graph keeps only strong paper–paper links, handled above, so what is drawn stays bounded)
    return res;
  };
  return { nodeReducer, edgeReducer };
}
