// `boundgraph serve` refuses a foreign Host header (DNS rebinding would otherwise expose /data/graph.json to any
// web page), accepts loopback names and the host it was asked to bind, with or without a port.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hostAllowed, hostName, startServer, type RunningServer } from '../../src/cli/commands/serve.ts';

/** A raw HTTP request, so the Host header (or its absence) is exactly what the test says. */
function rawGet(port: number, pathname: string, host: string | null, version = '1.1'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.on('data', (d) => { data += d.toString('utf8'); });
    socket.on('error', reject);
    socket.on('end', () => {
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(data)?.[1] ?? 0);
      resolve({ status, body: data.slice(data.indexOf('\r\n\r\n') + 4) });
    });
    socket.write(`GET ${pathname} HTTP/${version}\r\n${host === null ? '' : `Host: ${host}\r\n`}Connection: close\r\n\r\n`);
  });
}

let server: RunningServer;
let wildcard: RunningServer;
beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bg-serve-'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
  writeFileSync(path.join(dir, 'graph.json'), '{"format":"boundgraph.graph","secret":"abstracts"}');
  server = await startServer({ site: dir, graph: path.join(dir, 'graph.json'), port: 0, host: '127.0.0.1' });
  wildcard = await startServer({ site: dir, graph: path.join(dir, 'graph.json'), port: 0, host: '0.0.0.0' });
});
afterAll(async () => { await server?.close(); await wildcard?.close(); });

describe('serve: Host header check (item 9)', () => {
  it.each([
    'localhost', 'localhost:5173', 'LOCALHOST:5173', 'localhost.', '127.0.0.1', '127.0.0.1:80', '127.1.2.3:9', '[::1]', '[::1]:5173',
    'app.localhost:5173',
  ])('serves /data/graph.json to Host %s', async (host) => {
    const r = await rawGet(server.port, '/data/graph.json', host);
    expect(r.status).toBe(200);
    expect(r.body).toContain('"boundgraph.graph"');
  });
  it.each([
    'evil.example', 'evil.example:5173', 'attacker.com.', '127.0.0.1.evil.example', 'localhost.evil.example', 'localhost@evil.example',
    '10.0.0.5:5173', '[::2]', 'localhost:abc', 'local host', '',
  ])('refuses Host %j with 421 and no graph', async (host) => {
    const r = await rawGet(server.port, '/data/graph.json', host);
    expect([400, 421]).toContain(r.status);
    expect(r.body).not.toContain('boundgraph.graph');
  });
  it('refuses a request with no Host header at all (HTTP/1.0) and the index page too', async () => {
    const none = await rawGet(server.port, '/data/graph.json', null, '1.0');
    expect(none.status).toBe(400);
    expect(none.body).not.toContain('boundgraph.graph');
    expect((await rawGet(server.port, '/', 'evil.example')).status).toBe(421);
    expect((await rawGet(server.port, '/', 'localhost')).status).toBe(200);
  });
  it('bound to every interface, IP literals are served (they cannot be rebound), names still refused', async () => {
    expect((await rawGet(wildcard.port, '/data/graph.json', '192.168.1.20:5173')).status).toBe(200);
    expect((await rawGet(wildcard.port, '/data/graph.json', '[fe80::1]')).status).toBe(200);
    expect((await rawGet(wildcard.port, '/data/graph.json', 'evil.example')).status).toBe(421);
  });
  it('hostName / hostAllowed as pure functions', () => {
    expect(hostName('LocalHost:8080')).toBe('localhost');
    expect(hostName('[::1]:1')).toBe('[::1]');
    expect(hostName('a:b:c')).toBeNull();
    expect(hostAllowed('my-box.lan:5173', 'my-box.lan')).toBe(true);
    expect(hostAllowed('MY-BOX.LAN', 'my-box.lan')).toBe(true);
    expect(hostAllowed('other.lan', 'my-box.lan')).toBe(false);
    expect(hostAllowed('[::1]', '::1')).toBe(true);
    expect(hostAllowed(undefined, '127.0.0.1')).toBe(false);
  });
});
