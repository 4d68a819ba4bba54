// The UI benchmark's baseline: a minimal sigma page drawing the same graph.json with default settings
// (no React, no reducers, no level of detail), so the explorer's costs can be judged against bare sigma.
import Graph from 'graphology';
import Sigma from 'sigma';

interface SerializedNode { key: string; attributes: Record<string, unknown> }
interface SerializedEdge { source: string; target: string; attributes?: Record<string, unknown> }

async function main() {
  const url = new URL('data/graph.json', document.baseURI);
  performance.mark('bg:boot');
  const env = await (await fetch(url)).json() as { graph: { nodes: SerializedNode[]; edges: SerializedEdge[] } };
  performance.mark('bg:fetched');
  const g = new Graph({ type: 'undirected', multi: false });
  for (const n of env.graph.nodes) {
    const a = n.attributes;
    g.addNode(n.key, { x: a.x, y: a.y, size: a.size, color: a.color, label: a.label });
  }
  for (const e of env.graph.edges) if (!g.hasEdge(e.source, e.target) && e.source !== e.target) g.addEdge(e.source, e.target, { size: 1, color: '#d5d9de' });
  performance.mark('bg:display');
  const sigma = new Sigma(g, document.getElementById('g')!);
  performance.mark('bg:sigma-ready');
  const done = () => {
    sigma.off('afterRender', done);
    document.documentElement.dataset.graphRendered = String(Math.round(performance.now()));
  };
  sigma.on('afterRender', done);
  sigma.scheduleRender();
  (window as unknown as { __sigma: Sigma }).__sigma = sigma;
}

void main();
