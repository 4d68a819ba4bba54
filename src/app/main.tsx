// Entry of the explorer: loads data/graph.json relative to the page, indexes it and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { buildIndex } from '../state/graph-index.ts';
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
  } catch (err) {
    showMessage(err instanceof Error ? err.message : 'graph.json could not be read.');
    return;
  }
  createRoot(root).render(<StrictMode><App index={index} graphUrl={graphUrl} /></StrictMode>);
}

void boot();
