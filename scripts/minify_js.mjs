// Trunk post-build hook (Trunk.toml): minifies wasm-bindgen's JS glue in release builds with
// terser, then puts the new file's hash into index.html's integrity attributes, which Trunk
// computed for the unminified file. Debug builds are left as they are.
//
//   TRUNK_STAGING_DIR=... TRUNK_PROFILE=release node scripts/minify_js.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('minify_js: TRUNK_STAGING_DIR is not set (run it from Trunk)');
// Installed by `make tool-terser` into .tools/terser/.
const { minify } = createRequire(join(process.cwd(), '.tools/terser/'))('terser');

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.js'))) {
  const path = join(dir, name);
  const before = readFileSync(path);
  const { code } = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  index = index.replaceAll(integrity(before), integrity(Buffer.from(code)));
  console.log(`minify_js: ${name} ${before.length} -> ${Buffer.byteLength(code)} bytes`);
}
writeFileSync(indexPath, index);
