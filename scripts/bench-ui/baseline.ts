// The UI benchmark's baseline: a minimal sigma page drawing the same graph.json with default settings (no React, no
// level of detail), so the explorer's costs can be judged against bare sigma. Its "answers" are the least any
// explorer must do to show a selection on the map: a click on a node (or a button naming a node or a cluster)
// highlights the node's neighbourhood (or the cluster's papers) through a node reducer and refreshes; sigma's render
// then marks `data-answered` on <html> (the benchmark times the frame that paints it, as it does for the explorer).
import Graph from 'graphology';
import Sigma from 'sigma';

interface SerializedNode { key: string; attributes: Record<string, unknown> }
interface SerializedEdge { source: string; target: string; attributes?: Record<string, unknown> }

async function main() {
  const url = new URL('data/graph.json', document.baseURI);
  performance.mark('bg:boot');
  const env = await (await fetch(url)).json() as { graph: { nodes: SerializedNode[]; edges: SerializedEdge[] }; clusters?: { id: number; label: string }[] };
  performance.mark('bg:fetched');
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of env.graph.nodes) {
    const a = n.attributes;
    g.addNode(n.key, { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label, cluster: a.cluster ?? null });
  }
  for (const e of env.graph.edges) if (!g.hasEdge(e.source, e.target) && e.source !== e.target) g.addEdge(e.source, e.target, { size: 1, color: '#d5d9de' });
  performance.mark('bg:display');
  let bright: Set<string> | null = null;
  const sigma = new Sigma(g, document.getElementById('g')!, {
    nodeReducer: (node, data) => (bright && !bright.has(node) ? { ...data, color: '#e3e6ea', label: '' } : data),
    edgeReducer: (edge, data) => (bright && !(bright.has(g.source(edge)) && bright.has(g.target(edge))) ? { ...data, hidden: true } : data),
  });
  performance.mark('bg:sigma-ready');
  const answer = (set: Set<string>) => {
    bright = set;
    const done = () => {
      sigma.off('afterRender', done);
      document.documentElement.dataset.answered = String(performance.now());
    };
    sigma.on('afterRender', done);
    sigma.refresh();
  };
  const selectNode = (id: string) => answer(new Set([id, ...g.neighbors(id)]));
  const selectCluster = (id: number) => answer(new Set(g.filterNodes((_n, a) => a.cluster === id)));
  sigma.on('clickNode', ({ node }) => selectNode(node));
  // buttons the benchmark clicks, as it clicks the explorer's search suggestions and clusters legend
  const panel = document.getElementById('panel')!;
  const nodeButton = document.createElement('button');
  nodeButton.id = 'select-node';
  nodeButton.addEventListener('click', () => selectNode(nodeButton.dataset.node ?? ''));
  panel.append(nodeButton);
  for (const c of env.clusters ?? []) {
    const b = document.createElement('button');
    b.dataset.cluster = String(c.id);
    b.textContent = c.label;
    b.addEventListener('click', () => selectCluster(c.id));
    panel.append(b);
  }
  const done = () => {
    sigma.off('afterRender', done);
    document.documentElement.dataset.graphRendered = String(Math.round(performance.now()));
  };
  sigma.on('afterRender', done);
  sigma.scheduleRender();
  (window as unknown as { __sigma: Sigma }).__sigma = sigma;
}

void main();
