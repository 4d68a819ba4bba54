// Sigma reducers: filters (hidden nodes), hover and selection highlighting (neighbours kept, the rest
// faded) and level of detail for large graphs (entities and weak edges only when zoomed in).
import { useSigma } from '@react-sigma/core';
import { useEffect, useMemo, useState } from 'react';
import type { NodeDisplayData, EdgeDisplayData } from 'sigma/types';
import type { DisplayEdge, DisplayNode } from '../display.ts';

const FADED_NODE = '#e3e6ea';
const FADED_EDGE = '#f0f2f4';
/** camera ratio above which the view is an overview: large graphs show only papers and strong edges,
 *  small ones drop entity labels (cluster labels name the regions instead) */
const OVERVIEW_RATIO = 0.5;

interface Props {
  visible: ReadonlySet<string>;
  selectedId: string | null;
  emphasis: ReadonlySet<string> | null;
  hovered: string | null;
  large: boolean;
}

export function ReducersController({ visible, selectedId, emphasis, hovered, large }: Props) {
  const sigma = useSigma<DisplayNode, DisplayEdge>();
  const graph = sigma.getGraph();
  const [overview, setOverview] = useState(() => sigma.getCamera().ratio > OVERVIEW_RATIO);

  // only a change of detail level re-runs the reducers; plain camera moves just re-render
  useEffect(() => {
    const cam = sigma.getCamera();
    const onUpdate = () => setOverview(cam.ratio > OVERVIEW_RATIO);
    cam.on('updated', onUpdate);
    return () => { cam.off('updated', onUpdate); };
  }, [sigma]);

  const focus = hovered ?? selectedId;
  const focusSet = useMemo(() => {
    if (!focus || !graph.hasNode(focus)) return emphasis;
    const s = new Set<string>([focus]);
    graph.forEachNeighbor(focus, (n) => { s.add(n); });
    return s;
  }, [focus, graph, emphasis]);

  useEffect(() => {
    const nodeReducer = (node: string, data: DisplayNode): Partial<NodeDisplayData> => {
      const res: Partial<NodeDisplayData> & DisplayNode = { ...data };
      if (!visible.has(node)) { res.hidden = true; return res; }
      if (overview && data.kind !== 'paper' && !(focusSet?.has(node))) {
        if (large) { res.hidden = true; return res; }
        res.label = '';
      }
      if (focusSet) {
        if (focusSet.has(node)) {
          res.zIndex = 1;
          if (node === focus || node === selectedId) { res.highlighted = true; res.zIndex = 2; res.forceLabel = true; }
        } else {
          res.color = FADED_NODE;
          res.label = '';
          res.zIndex = 0;
        }
      }
      return res;
    };
    const edgeReducer = (edge: string, data: DisplayEdge): Partial<EdgeDisplayData> => {
      const res: Partial<EdgeDisplayData> & DisplayEdge = { ...data };
      const [s, t] = graph.extremities(edge);
      if (!visible.has(s) || !visible.has(t)) { res.hidden = true; return res; }
      if (focusSet) {
        const inFocus = focus ? (s === focus || t === focus) : (focusSet.has(s) && focusSet.has(t));
        if (!inFocus) {
          if (overview && large) { res.hidden = true; return res; }
          res.color = FADED_EDGE;
        } else {
          res.zIndex = 1;
          res.size = Math.max(data.size, 1.2);
        }
        return res;
      }
      if (overview && large && (data.kind !== 'related' && data.kind !== 'improves' || data.weight < 0.5)) res.hidden = true;
      return res;
    };
    sigma.setSetting('nodeReducer', nodeReducer);
    sigma.setSetting('edgeReducer', edgeReducer);
  }, [sigma, graph, visible, focusSet, focus, selectedId, overview, large]);

  return null;
}
