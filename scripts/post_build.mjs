// Trunk post-build hook (Trunk.toml), release builds only: makes the JS glue and the module's
// import section smaller, then puts the new files' hashes into index.html's integrity
// attributes (Trunk computed them for the files as wasm-bindgen wrote them).
//
// 1. Import names. wasm-bindgen names each import the module needs from the JS glue after the
//    web API it wraps plus a 16-digit hash (`__wbg_getItem_1f2e...`), under the module name
//    "./<name>_bg.js": about 190 names that appear in both files and compress badly. They are
//    renamed to short ones (`a`, `b`, … under module `w`), the same in both files.
// 2. terser minifies the JS glue.
//
//   TRUNK_STAGING_DIR=... TRUNK_PROFILE=release node scripts/post_build.mjs
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('post_build: TRUNK_STAGING_DIR is not set (run it from Trunk)');
// Installed by `make tool-terser` into .tools/terser/.
const { minify } = createRequire(join(process.cwd(), '.tools/terser/'))('terser');

const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const indexPath = join(dir, 'index.html');
let index = readFileSync(indexPath, 'utf8');
const files = readdirSync(dir);
const wasmName = files.find((n) => n.endsWith('_bg.wasm'));
const jsName = files.find((n) => n.endsWith('.js') && wasmName.startsWith(n.slice(0, -3)));
if (!wasmName || !jsName) throw new Error(`post_build: no .wasm and .js pair in ${dir}`);

/** Replaces `before` by `after` in the staged file `name`, and its integrity hash in index.html. */
function replaceFile(name, before, after) {
  writeFileSync(join(dir, name), after);
  index = index.replaceAll(integrity(before), integrity(after));
}

// --- 1. Short import names -----------------------------------------------------------------

/** Reads an unsigned LEB128 number at `at`: [value, next offset]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

function encodeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

const encodeName = (text) => {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([encodeLeb(bytes.length), bytes]);
};

/** The length in bytes of an import's description (after its kind byte) at `at`. */
function descriptionEnd(bytes, kind, at) {
  const limits = (p) => {
    const flags = bytes[p++];
    [, p] = leb(bytes, p);
    if (flags & 1) [, p] = leb(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return leb(bytes, at)[1]; // function: type index
    case 1: return limits(at + 1); // table: reference type, limits
    case 2: return limits(at); // memory: limits
    case 3: return at + 2; // global: value type, mutability
    case 4: return leb(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`post_build: unknown import kind ${kind}`);
  }
}

/** A short name for the n-th import: a, b, …, z, A, …, Z, aa, ab, … (never a keyword). */
function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let name = '';
  do {
    name = letters[n % letters.length] + name;
    n = Math.floor(n / letters.length) - 1;
  } while (n >= 0);
  return ['do', 'if', 'in'].includes(name) ? `${name}_` : name;
}

const wasm = readFileSync(join(dir, wasmName));
let js = readFileSync(join(dir, jsName), 'utf8');
const renamed = new Map();
let glueModule; // "./<crate binary>_bg.js"
const sections = [wasm.subarray(0, 8)];
for (let at = 8; at < wasm.length; ) {
  const id = wasm[at];
  const [size, start] = leb(wasm, at + 1);
  const end = start + size;
  if (id !== 2) {
    sections.push(wasm.subarray(at, end));
    at = end;
    continue;
  }
  let [count, p] = leb(wasm, start);
  const entries = [encodeLeb(count)];
  for (; count > 0; count--) {
    let moduleLen, fieldLen;
    [moduleLen, p] = leb(wasm, p);
    const module = wasm.toString('utf8', p, (p += moduleLen));
    [fieldLen, p] = leb(wasm, p);
    const field = wasm.toString('utf8', p, (p += fieldLen));
    const kind = wasm[p];
    const descEnd = descriptionEnd(wasm, kind, p + 1);
    if (/^\.\/.*_bg\.js$/.test(module)) {
      glueModule = module;
      if (!renamed.has(field)) renamed.set(field, shortName(renamed.size));
      entries.push(encodeName('w'), encodeName(renamed.get(field)));
    } else {
      entries.push(encodeName(module), encodeName(field));
    }
    entries.push(wasm.subarray(p, descEnd));
    p = descEnd;
  }
  const payload = Buffer.concat(entries);
  sections.push(Buffer.from([2]), encodeLeb(payload.length), payload);
  at = end;
}
for (const [long, short] of renamed) {
  const key = new RegExp(`\\b${long}(?=: *function\\b)`, 'g');
  const uses = js.match(key)?.length ?? 0;
  if (uses !== 1) throw new Error(`post_build: import ${long} is defined ${uses} times in ${jsName}`);
  js = js.replace(key, short);
}
const moduleKey = `"${glueModule}": import0`;
if (!js.includes(moduleKey)) throw new Error(`post_build: ${jsName} has no ${moduleKey}`);
js = js.replace(moduleKey, '"w": import0');
replaceFile(wasmName, wasm, Buffer.concat(sections));
console.log(`post_build: ${renamed.size} imports renamed`);

// --- 2. terser -----------------------------------------------------------------------------

const before = readFileSync(join(dir, jsName));
const { code } = await minify(js, { module: true, compress: true, mangle: true });
replaceFile(jsName, before, Buffer.from(code));
console.log(`post_build: ${jsName} ${before.length} -> ${Buffer.byteLength(code)} bytes`);
writeFileSync(indexPath, index);
