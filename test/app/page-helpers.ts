// Shared by the Chromium tests: a server for one built graph with a page on it, and camera checks.
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/cli/commands/serve.ts';

export const chrome = process.env.CHROME_PATH || '/usr/bin/chromium';
export const hasChrome = existsSync(chrome);
export const shots = path.resolve(import.meta.dirname, '../../test-output/screenshots');

export interface Explorer { browser: Browser; page: Page; server: RunningServer; errors: string[]; close(): Promise<void> }

/** Serve `graph` with the built site and open a 1400×900 Chromium page on nothing yet; page errors are collected. */
export async function openExplorer(site: string, graph: string): Promise<Explorer> {
  const { chromium } = await import('playwright-core');
  const server = await startServer({ site, graph, port: 0 });
  const browser = await chromium.launch({ executablePath: chrome, args: ['--disable-quic'] });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await fs.mkdir(shots, { recursive: true });
  return { browser, page, server, errors, close: async () => { await browser.close(); await server.close(); } };
}

/** Is node `key` drawn within `tolerance` px of the canvas centre (the camera has flown to it)? */
export function cameraOn(page: Page, key: string, tolerance = 40): Promise<boolean> {
  return page.evaluate(([k, tol]) => {
    const s = (window as unknown as { __bgSigma: import('sigma').default }).__bgSigma;
    const a = s.getGraph().getNodeAttributes(k) as { x: number; y: number };
    const p = s.graphToViewport({ x: a.x, y: a.y });
    const { width, height } = s.getDimensions();
    return Math.hypot(p.x - width / 2, p.y - height / 2) < tol;
  }, [key, tolerance] as const);
}
