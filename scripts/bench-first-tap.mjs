// What the app on demand costs the reader who asks for it: the time from a first tap on a
// button the app answers (home: "Xem thêm"; an article: "A+") to its answer on screen, with
// the app not yet downloaded (publish::html::start_on_demand), in Chromium at phone size
// with CPU 4× and a slow 4G network (CDP: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s
// up, as Lighthouse's mobile default). The page is first loaded and left quiet; the tap
// starts the app's download, compilation and take-over, and the hand-over repeats the tap.
// Medians of N runs (3 unless given), each in a fresh profile (empty cache).
//
//   source scripts/setup.sh && trunk build --release && node scripts/bench-first-tap.mjs [runs]
import { dist, launch, median, startServer, viewports } from '../tests/e2e/harness.mjs';

const CASES = [
  {
    name: 'trang chủ, “Xem thêm”',
    path: '/',
    button: (page) => page.locator('#bt-static main').getByRole('button', { name: /^Xem thêm/ }),
    answered: () => document.querySelectorAll('.bt-article-list > .bt-article-item').length > 10,
  },
  {
    name: 'bài viết, “A+”',
    path: '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01',
    button: (page) => page.locator('#bt-static').getByRole('button', { name: /A\+/ }),
    answered: () => document.documentElement.getAttribute('data-co-chu') === '1',
  },
];
const runs = Number(process.argv[2] ?? 3);
const server = await startServer(dist, { compress: true });
const browser = await launch();

async function measure({ path, button, answered }) {
  const context = await browser.newContext(viewports.phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  let wasm = 0;
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => (wasm = Math.max(wasm, encodedDataLength)));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const start = Date.now();
  await button(page).tap();
  await page.waitForFunction(answered, null, { timeout: 60_000, polling: 50 });
  const ms = Date.now() - start;
  await context.close();
  return { ms, wasm };
}

console.log(`Chromium, phone size, CPU 4×, slow 4G; ${runs} run(s) each, median: the first tap to its answer\n`);
try {
  for (const one of CASES) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await measure(one));
    const ms = results.map((r) => r.ms);
    console.log(`${one.name.padEnd(26)}${String(Math.round(median(ms))).padStart(7)} ms   (runs: ${ms.join(', ')}; largest file ${(results[0].wasm / 1024).toFixed(0)} KiB)`);
  }
} finally {
  await browser.close();
  await server.close();
}
