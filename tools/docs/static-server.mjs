// A minimal static file server for the built docs, on a loopback port. Paths without a file
// extension fall back to index.html, because Redoc routes sections client-side
// (e.g. /section/authentication) and a reload must land on the page, not a 404.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves `dir` on 127.0.0.1 at a free port; resolves to `{ url, close() }`. */
export function serveDirectory(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = resolveFile(dir, path);
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () => new Promise((done) => server.close(done)),
      });
    });
  });
}

function resolveFile(dir, path) {
  let candidate = normalize(join(dir, path));
  if (candidate !== dir && !candidate.startsWith(dir + sep)) return undefined;
  if (isFile(candidate)) return candidate;
  if (extname(path) !== '') return undefined;
  // A client-side route: the nearest index.html at or above the requested path.
  while (candidate.startsWith(dir)) {
    if (isFile(join(candidate, 'index.html'))) return join(candidate, 'index.html');
    candidate = dirname(candidate);
  }
  return undefined;
}

function isFile(path) {
  return existsSync(path) && statSync(path).isFile();
}
