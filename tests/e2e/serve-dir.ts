import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { freePort } from './free-port';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

/**
 * Serves the folder `root` at `http://127.0.0.1:<free port><prefix>/`, as a plain static host
 * does: `/x/` is x/index.html, an unknown path is the site's 404.html with status 404, and a
 * request outside `prefix` is a bare 404. For the tests that need a host of their own: a site
 * built under a base path, an LMS with a package in one of its folders.
 */
export async function serveDir(root: string, prefix = ''): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host.invalid').pathname);
    const send = (file: string, status: number) => {
      response.writeHead(status, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      createReadStream(file).pipe(response);
    };
    if (!pathname.startsWith(`${prefix}/`)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not under the served folder');
      return;
    }
    const relative = normalize(pathname.slice(prefix.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, relative);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (existsSync(file) && statSync(file).isFile()) return send(file, 200);
    const missing = join(root, '404.html');
    if (existsSync(missing)) return send(missing, 404);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  const port = await freePort();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
