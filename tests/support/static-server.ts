import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A running loopback server: its origin and a way to stop it. */
export interface StaticServer {
  readonly origin: string;
  /** Every path requested so far, in order. */
  readonly requests: string[];
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 at an ephemeral port, like a static host:
 * `dir/index.html` for `dir/`, `404.html` for misses, files under `base`.
 * Extra headers (e.g. CORS) can be added per response.
 */
export async function serveStatic(
  root: string,
  options: { base?: string; headers?: (path: string) => Record<string, string> } = {},
): Promise<StaticServer> {
  const base = options.base ?? '/';
  const absoluteRoot = resolve(root);
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(pathname);
    const send = async (file: string, status = 200) => {
      const body = await readFile(file);
      res.writeHead(status, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...options.headers?.(pathname),
      });
      res.end(body);
    };
    try {
      if (!pathname.startsWith(base)) throw new Error('outside base');
      let file = normalize(join(absoluteRoot, pathname.slice(base.length)));
      if (!file.startsWith(absoluteRoot)) throw new Error('outside root');
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
      await send(file);
    } catch {
      await send(join(absoluteRoot, '404.html'), 404).catch(() => {
        res.writeHead(404).end('not found');
      });
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
