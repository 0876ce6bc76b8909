// Size benchmark: prints what a first visit to the home page transfers from dist/, raw,
// gzip -9 and brotli q11, file by file, with images counted separately.
// Run after a release build:  trunk build --release && node scripts/bench-size.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist', import.meta.url));
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const sizes = (path) => {
  const data = readFileSync(path);
  return {
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
    }).length,
  };
};

const files = walk(dist).map((p) => relative(dist, p));
// What the home page loads before any image: its HTML, the JS loader, wasm, CSS, favicon and
// manifest, the service worker and its registration (a published build fetches both at
// once), and the catalog. Not the other pages' HTML files (one per address), 404.html, the
// app icons (fetched when the site is installed), issue files (when an issue is opened) or
// the JSON Schemas (editors' tools).
const top = files.filter((f) => !f.includes('/') && !f.startsWith('.'));
const firstVisit = top.filter((f) => !f.endsWith('.html') || f === 'index.html');
firstVisit.push('data/catalog.json');
const kb = (n) => (n / 1024).toFixed(1).padStart(7);

let total = { raw: 0, gzip: 0, brotli: 0 };
console.log(`${'file'.padEnd(48)} ${'raw KB'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
for (const file of firstVisit.sort()) {
  const s = sizes(join(dist, file));
  for (const k of Object.keys(total)) total[k] += s[k];
  console.log(`${file.padEnd(48)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
}
console.log(`${'home page, first visit, without images'.padEnd(48)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.brotli)}`);

const images = files.filter((f) => f.startsWith('images/'));
const imageTotal = images.reduce((acc, f) => {
  const s = sizes(join(dist, f));
  return { raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip, brotli: acc.brotli + s.brotli };
}, { raw: 0, gzip: 0, brotli: 0 });
console.log(`${`all ${images.length} images`.padEnd(48)} ${kb(imageTotal.raw)} ${kb(imageTotal.gzip)} ${kb(imageTotal.brotli)}`);
for (const file of files.filter((f) => f.startsWith('data/issues/'))) {
  const s = sizes(join(dist, file));
  console.log(`${file.padEnd(48)} ${kb(s.raw)} ${kb(s.gzip)} ${kb(s.brotli)}`);
}
