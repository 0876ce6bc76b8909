// Size benchmark: what a reader's first visit transfers, per kind of page, from dist/ served
// as a host serving the build's own brotli copies (`<file>.br`, written by the build) would.
// Each page is opened twice, each time in a fresh Chromium profile (empty cache) at phone
// size: as a reader who reads (the app not asked for: it starts only when a reader asks,
// src/publish/shell/js/loader.js), counted once the network has been quiet for a while;
// and as one who asks for the app at once (tests/e2e/harness.mjs `startApp`), counted once
// it has taken the page over and the network is quiet. Bytes on the wire (compressed, with
// headers), by kind; images apart. The service worker is left out (it
// installs after the page and fetches sw.js, 3 KB, and re-reads the shell from the HTTP
// cache).
// Run after a release build:  trunk build --release && node scripts/bench-size.mjs [folder]
// (another build's folder, e.g. an older commit's, in place of dist/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readdirSync } from 'node:fs';
import { dist as built, launch, startApp, startServer, viewports } from '../tests/e2e/harness.mjs';

const dist = process.argv[2] ?? built;

const PAGES = [
  ['trang chủ', '/'],
  ['số báo', '/so/so-11-2024'],
  ['số đặc biệt', '/so/so-dac-biet-10-2024'],
  ['bài viết', '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01'],
  ['trưng bày', '/trung-bay'],
  ['tác phẩm', '/trung-bay/di-chuc-thieng-lieng'],
  ['không tìm thấy', '/khong-co-trang-nay'],
  // Results need the app: it starts at once on an address with a query.
  ['tìm kiếm', '/tim-kiem?q=di%20chuc'],
];
const KINDS = ['html', 'js', 'wasm', 'css', 'font', 'data', 'other'];

const kindOf = (url, mime) => {
  const path = new URL(url).pathname;
  if (mime.startsWith('image/')) return 'image';
  if (path.endsWith('.wasm')) return 'wasm';
  if (path.endsWith('.js')) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (path.endsWith('.json')) return 'data';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (mime.startsWith('text/html')) return 'html';
  return 'other';
};

const server = await startServer(dist, { compress: true });
const browser = await launch();
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
/** KB on the wire by kind for a first visit of `path`, the app asked for or not. */
async function visit(path, withApp) {
  const context = await browser.newContext(viewports.phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const requests = new Map();
  const bytes = Object.fromEntries([...KINDS, 'image'].map((k) => [k, 0]));
  cdp.on('Network.responseReceived', ({ requestId, response }) => requests.set(requestId, kindOf(response.url, response.mimeType)));
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const kind = requests.get(requestId);
    if (kind) bytes[kind] += encodedDataLength;
  });
  await page.goto(server.url + path);
  if (withApp) {
    await startApp(page);
    await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 30_000 });
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(withApp ? 0 : 2000);
  await context.close();
  return bytes;
}

for (const withApp of [false, true]) {
  console.log(withApp ? '\nthe app asked for at once' : 'reading: the app not asked for');
  console.log(`${'page'.padEnd(16)}${KINDS.map((k) => k.padStart(7)).join('')}  ${'total'.padStart(7)}  ${'images'.padStart(7)}   (KB on the wire, brotli)`);
  for (const [name, path] of PAGES) {
    const bytes = await visit(path, withApp);
    const total = KINDS.reduce((sum, k) => sum + bytes[k], 0);
    console.log(`${name.padEnd(16)}${KINDS.map((k) => kb(bytes[k]).padStart(7)).join('')}  ${kb(total).padStart(7)}  ${kb(bytes.image).padStart(7)}`);
  }
}
await browser.close();
await server.close();

// The WebAssembly on its own, from the build's files.
const wasm = readdirSync(dist).find((f) => f.endsWith('_bg.wasm'));
const raw = readFileSync(join(dist, wasm));
const br = readFileSync(join(dist, `${wasm}.br`));
console.log(`\nwasm ${wasm}: ${kb(raw.length)} KB raw, ${kb(gzipSync(raw, { level: 9 }).length)} KB gzip, ${kb(br.length)} KB brotli (the build's copy)`);
console.log('goals (#15): a first visit ≤ 230 KB brotli without images; the readers\' wasm ≤ 200 KB brotli');
