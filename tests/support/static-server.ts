import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { headersFor, type HeaderRule } from '../../src/deploy/rules.ts';

/** Content types by file extension; Pagefind's index files are binary. */
export const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** A running loopback server for a built site. */
export interface StaticServer {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly origin: string;
  /** Every request path the server has seen, in order (with query). */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves `root` on 127.0.0.1 at an ephemeral port: directory index.html,
 * 404.html (status 404) for misses, MIME types from {@link MIME_TYPES}. With
 * `base` (e.g. `/some/path/`), only paths under it are served, as in production.
 * `headers` adds response headers per path (e.g. CORS for the widget files).
 * `rules` names the build's generated header list (`_deploy/headers.json`):
 * the server then sends exactly those headers, as a host would, and no
 * `Cache-Control` of its own. `gzip` compresses text for clients that
 * accept it, as hosts do, so transfer sizes are real.
 */
export async function serveStatic(
  root: string,
  options: { base?: string; headers?: (pathname: string) => Record<string, string>; rules?: string; gzip?: boolean } = {},
): Promise<StaticServer> {
  const dir = resolve(root);
  const base = options.base ?? '/';
  const rules = options.rules ? (JSON.parse(await readFile(options.rules, 'utf8')) as HeaderRule[]) : undefined;
  const requests: string[] = [];
  const fileFor = async (pathname: string): Promise<string | undefined> => {
    if (!pathname.startsWith(base)) return undefined;
    const relative = normalize(decodeURIComponent(pathname.slice(base.length)));
    const path = join(dir, relative);
    if (path !== dir && !path.startsWith(dir + sep)) return undefined;
    const info = await stat(path).catch(() => undefined);
    if (info?.isFile()) return path;
    if (info?.isDirectory()) {
      const index = join(path, 'index.html');
      if ((await stat(index).catch(() => undefined))?.isFile()) return index;
    }
    return undefined;
  };
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    try {
      const file = await fileFor(url.pathname);
      const target = file ?? join(dir, '404.html');
      const raw = await readFile(target).catch(() => Buffer.from('Not found'));
      const type = MIME_TYPES[extname(target)] ?? 'application/octet-stream';
      const compress = options.gzip && /^(text\/|application\/(json|xml|manifest)|image\/svg)/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      const body = compress ? gzipSync(raw) : raw;
      res.writeHead(file ? 200 : 404, {
        'content-type': type,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}),
        ...(rules ? headersFor(rules, url.pathname) : { 'cache-control': 'no-store' }),
        ...options.headers?.(url.pathname),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(500).end();
    }
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
