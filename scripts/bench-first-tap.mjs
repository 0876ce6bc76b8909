// What the app on demand costs the reader who asks for it: the time from a first tap on a
// button the app answers (home: "Xem thêm"; an article: "A+") to its answer on screen, with
// the app not yet downloaded (src/publish/shell/js/loader.js), in Chromium at phone size with CPU
// 4×, on a slow 4G network (CDP: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, as
// Lighthouse's mobile default) and on a fast one (20 ms, 40 Mbit/s down, 10 Mbit/s up). The
// page is first loaded and left quiet; on "Xem thêm" the tap starts the app's download,
// compilation and take-over, and the hand-over repeats the tap; "A+" is answered by the
// written page's own script (src/publish/shell/js/page.js), as the other controls that need no content.
// Timed in the page, from the tap's click event to the first frame that shows the answer.
//
// Each case is also measured with the app's code fetched into the HTTP cache while the page
// was quiet (what a `<link rel="prefetch">` on an idle, fast connection without Save-Data
// would do): what that option would save the reader who taps, against what it costs the one
// who never does (the bytes fetched, printed). Medians of N runs (3 unless given), each in a
// fresh profile (empty cache), the variants alternating.
//
//   source scripts/setup.sh && trunk build --release && node scripts/bench-first-tap.mjs [runs] [folder] [plain]
//
// `plain` leaves out the prefetched variant (a build whose loader names no bundle in its config).
import { NETWORKS, dist, launch, median, startServer, throttledPhone } from '../tests/e2e/harness.mjs';

const CASES = [
  {
    name: 'trang chủ, “Xem thêm”',
    path: '/',
    button: (page) => page.locator('#bt-static main').getByRole('button', { name: /^Xem thêm/ }),
    answer: 'rows',
  },
  {
    name: 'bài viết, “A+”',
    path: '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01',
    button: (page) => page.locator('#bt-static').getByRole('button', { name: /A\+/ }),
    answer: 'size',
  },
];
const runs = Number(process.argv[2] ?? 3);
const variants = process.argv[4] === 'plain' ? [false] : [false, true];
const server = await startServer(process.argv[3] ?? dist, { compress: true });
const browser = await launch();

async function measure({ path, button, answer }, network, prefetched) {
  const { context, page, cdp } = await throttledPhone(browser, network);
  let fetched = 0;
  cdp.on('Network.loadingFinished', ({ encodedDataLength }) => (fetched += encodedDataLength));
  await page.goto(server.url + path, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const before = fetched;
  if (prefetched) {
    // The readers' bundle, as the loader names it.
    await page.evaluate(async () => {
      const loader = [...document.querySelectorAll('script[type=module]')].map((s) => s.textContent).join('');
      const reader = JSON.parse(loader.match(/"reader":(\{[^}]*\})/)[1]);
      await Promise.all([fetch(reader.js), fetch(reader.wasm)].map((r) => r.then((res) => res.arrayBuffer())));
    });
    await page.waitForLoadState('networkidle');
  }
  const prefetch = fetched - before;
  // From the tap's event to the first frame that shows the answer, timed in the page (the
  // driver's own round trips left out).
  await page.evaluate(() => addEventListener('click', () => (window.__tapped ??= performance.now()), true));
  await button(page).tap();
  const shown = (kind) => {
    const ok = kind === 'rows'
      ? document.querySelectorAll('.bt-article-list > .bt-article-item').length > 10
      : document.documentElement.getAttribute('data-co-chu') === '1';
    if (ok) window.__answered ??= performance.now();
    return ok;
  };
  await page.waitForFunction(shown, answer, { timeout: 60_000, polling: 'raf' });
  const ms = await page.evaluate(() => Math.round(window.__answered - window.__tapped));
  await context.close();
  return { ms, prefetch };
}

console.log(`Chromium, phone size, CPU 4×; ${runs} run(s) each, median: the first tap to its answer\n`);
try {
  for (const network of Object.keys(NETWORKS)) {
    for (const one of CASES) {
      const results = { false: [], true: [] };
      for (let i = 0; i < runs; i++) {
        for (const prefetched of variants) results[prefetched].push(await measure(one, network, prefetched));
      }
      for (const prefetched of variants) {
        const ms = results[prefetched].map((r) => r.ms);
        const label = `${network}, ${one.name}${prefetched ? ', code prefetched' : ''}`;
        const cost = prefetched ? `; prefetch ${(median(results[prefetched].map((r) => r.prefetch)) / 1024).toFixed(0)} KiB` : '';
        console.log(`${label.padEnd(48)}${String(Math.round(median(ms))).padStart(7)} ms   (runs: ${ms.join(', ')}${cost})`);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
