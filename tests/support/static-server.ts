import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves `root` on localhost the way a static host does: `/x/` → `/x/index.html`, unknown paths
 * → `/404.html` with status 404. With `prefix` (`/arkiv/`) the site lives under that sub-path
 * and everything outside it is a 404.
 */
export async function serveStatic(root: string, prefix = '/'): Promise<StaticServer> {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    const notFound = async () => {
      response.statusCode = 404;
      const page = path.join(root, '404.html');
      const exists = await stat(page).then(() => true, () => false);
      response.setHeader('content-type', TYPES['.html'] ?? 'text/html');
      if (exists) createReadStream(page).pipe(response);
      else response.end('Not found');
    };
    if (!pathname.startsWith(prefix)) return notFound();
    pathname = `/${pathname.slice(prefix.length)}`;
    if (pathname.endsWith('/')) pathname += 'index.html';
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return notFound();
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      if (info?.isDirectory()) {
        response.statusCode = 301;
        response.setHeader('location', `${url.pathname}/`);
        return response.end();
      }
      return notFound();
    }
    response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
