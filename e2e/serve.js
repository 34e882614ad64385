// Serves the built page (dist/) as a static host would, on 127.0.0.1 only.
//
//   node e2e/serve.js [--dir dist] [--port 8080] [--base /course/threads/]
//
// `--base` mounts dist/ under a sub-path, as when the course is deployed to
// https://example.org/course/threads/; requests outside it get 404, which is how the e2e tests
// prove that every asset URL is relative. Port 0 picks a free port. Prints the address.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
};

function parseArgs(argv) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const opts = { dir: resolve(here, '..', 'dist'), port: 8080, base: '/' };
  for (let i = 0; i < argv.length; i += 2) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--dir') opts.dir = resolve(value);
    else if (flag === '--port') opts.port = Number(value);
    else if (flag === '--base') opts.base = value;
    else throw new Error(`unknown option ${flag}`);
  }
  if (!opts.base.startsWith('/')) opts.base = `/${opts.base}`;
  if (!opts.base.endsWith('/')) opts.base = `${opts.base}/`;
  return opts;
}

/** The file under `dir` that `urlPath` names, or null when it is outside `base` or `dir`. */
function fileFor(dir, base, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path === base.slice(0, -1)) path = base;
  if (!path.startsWith(base)) return null;
  let file = normalize(join(dir, path.slice(base.length)));
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

const { dir, port, base } = parseArgs(process.argv.slice(2));
try {
  statSync(join(dir, 'index.html'));
} catch {
  console.error(`serve.js: ${join(dir, 'index.html')} is missing: build first (make build)`);
  process.exit(1);
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // /course/threads (no slash) → /course/threads/, as static hosts do, so relative URLs resolve.
  if (base !== '/' && url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { Location: base + url.search }).end();
    return;
  }
  const file = req.method === 'GET' || req.method === 'HEAD' ? fileFor(dir, base, url.pathname) : null;
  if (!file) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
    return;
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
});

server.on('error', (e) => {
  console.error(`serve.js: cannot listen on 127.0.0.1:${port}: ${e.message}` + (e.code === 'EADDRINUSE' ? ' (try PORT=8081)' : ''));
  process.exit(1);
});
server.listen(port, '127.0.0.1', () => {
  const { port: actual } = server.address();
  console.log(`threadplay: serving ${relative(process.cwd(), dir) || '.'}/ at http://127.0.0.1:${actual}${base}  (Ctrl-C stops)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
