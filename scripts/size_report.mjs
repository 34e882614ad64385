// Bundle size report: gzip and brotli bytes of each .wasm, .js and .css file in dist/ (as a
// static host would serve them compressed), and their totals. Fails when the gzip total is
// above the budget, or when dist/ holds no .wasm (nothing was measured).
//
//   node scripts/size_report.mjs [DIST_DIR]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The one budget: gzip bytes of all .wasm + .js + .css together. Lower it as the app allows. */
const BUDGET_GZIP_BYTES = 450_000;

const MEASURED = new Set(['.wasm', '.js', '.css']);
const dist = process.argv[2] ?? 'dist';

function* files(dir) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (MEASURED.has(extname(name))) yield path;
  }
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`.padStart(10);
const rows = [...files(dist)].map((path) => {
  const bytes = readFileSync(path);
  return {
    name: relative(dist, path),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});

if (!rows.some((r) => r.name.endsWith('.wasm'))) {
  console.error(`size report: no .wasm in ${dist}/: build first (make build)`);
  process.exit(1);
}

const width = Math.max(...rows.map((r) => r.name.length), 'total'.length);
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}  ${'brotli'.padStart(10)}`);
for (const r of rows) console.log(`${r.name.padEnd(width)}  ${kb(r.raw)}  ${kb(r.gzip)}  ${kb(r.brotli)}`);
const total = (key) => rows.reduce((sum, r) => sum + r[key], 0);
console.log(`${'total'.padEnd(width)}  ${kb(total('raw'))}  ${kb(total('gzip'))}  ${kb(total('brotli'))}`);

const gzip = total('gzip');
const verdict = `gzip total ${gzip} bytes; budget ${BUDGET_GZIP_BYTES} bytes (scripts/size_report.mjs)`;
if (gzip > BUDGET_GZIP_BYTES) {
  console.error(`size report: OVER BUDGET: ${verdict}`);
  process.exit(1);
}
console.log(`size report: ok: ${verdict}`);
