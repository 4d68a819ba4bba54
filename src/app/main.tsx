// Entry of the explorer: loads data/graph.json relative to the page, indexes it and mounts the app. A large graph's
// graph.json is a level-of-detail overview (meta.lod): the app then loads the files next to it as needed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { buildIndex } from '../state/graph-index.ts';
import { readLodMeta } from '../state/lod.ts';
import { loadPrestartedSearch, prestartSearchWorker } from './search/use-search.ts';
import './styles/app.css';

const root = document.getElementById('root')!;
const graphUrl = new URL('data/graph.json', document.baseURI).href;

function showMessage(text: string) {
  const p = document.createElement('p');
  p.className = 'boot-message';
  p.textContent = text; // never HTML: the message may quote file content
  root.replaceChildren(p);
}

async function boot() {
  performance.mark('bg:boot');
  // the search worker's thread starts now, while the main thread is free (it loads nothing until told to)
  prestartSearchWorker();
  showMessage('Loading graph…');
  let res: Response;
  try {
    res = await fetch(graphUrl);
  } catch {
    showMessage('Could not load data/graph.json. Build it with `npx boundgraph build` and serve this folder with `npx boundgraph serve`.');
    return;
  }
  if (!res.ok) {
    showMessage(`Could not load data/graph.json (HTTP ${res.status}). Build it with \`npx boundgraph build\`.`);
    return;
  }
  let index;
  try {
    const json: unknown = await res.json();
    performance.mark('bg:fetched');
    index = buildIndex(json);
    performance.mark('bg:indexed');
    // a level-of-detail graph's search index is a file of its own: start its worker before the first frame
    const lod = readLodMeta(index.meta);
    if (lod) loadPrestartedSearch(graphUrl, new URL(lod.search, graphUrl).href);
  } catch (err) {
    showMessage(err instanceof Error ? err.message : 'graph.json could not be read.');
    return;
  }
  createRoot(root).render(<StrictMode><App index={index} graphUrl={graphUrl} lod={readLodMeta(index.meta)} /></StrictMode>);
}

void boot();
