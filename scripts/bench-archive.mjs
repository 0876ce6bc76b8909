// What a reader pays on a large bulletin, in Chromium at phone size (390×844) with the CPU
// throttled 4×, served with the build's brotli copies, no service worker, a fresh browser
// context for each measure. Give the folder of a site built from a generated corpus:
//
//   bash scripts/bench-build.sh 200 50 /tmp/site-10k     # builds and keeps the site
//   node scripts/bench-archive.mjs /tmp/site-10k [runs]
//
// Prints, median of `runs` (default 3):
// - the home page's first visit: the data files (`data/`) it reads, their bytes on the wire,
//   and when the app, asked for as the page is loaded (harness `startApp`), has taken the
//   page over with its feed;
// - a category page and its "Xem thêm": the data bytes of each;
// - two-syllable searches opened from their address: the index bytes read, the requests and
//   how many rounds of them one after another (with a phone's 150 ms round trip), and the
//   first run's requests in time order;
// - the same typed letter by letter on the search page (each keystroke searches): the bytes
//   of all the searches on the way, the keystrokes' event durations (Event Timing: from the
//   key to the paint that follows), the main thread's blocking while typing (long tasks'
//   time beyond 50 ms, summed over the typing, and the longest task: the searches run in
//   tasks of their own), and the wasm memory after it.
import { launch, median, startApp, startServer } from '../tests/e2e/harness.mjs';

const site = process.argv[2];
const runs = Number(process.argv[3] ?? 3);
if (!site) {
  console.error('usage: node scripts/bench-archive.mjs <built site folder> [runs]');
  process.exit(2);
}
const server = await startServer(site, { compress: true });
const browser = await launch(['--enable-precise-memory-info']);

/** A fresh phone-sized page at 4× CPU that records its data requests; with `latency`, every
 *  request also waits that many ms (a phone network's round trip), so requests sent together
 *  overlap and requests that waited for others stand apart: rounds are counted with it. */
async function fresh({ latency = 0 } = {}) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  if (latency) {
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency, downloadThroughput: -1, uploadThroughput: -1 });
  }
  await page.addInitScript(() => {
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__events.push({ duration: e.duration, id: e.interactionId, start: e.startTime });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    addEventListener('TrunkApplicationStarted', (e) => (window.__wasm = e.detail.wasm));
  });
  const data = [];
  page.on('requestfinished', async (request) => {
    const path = new URL(request.url()).pathname;
    if (!path.startsWith('/data/')) return;
    const timing = request.timing();
    const sizes = await request.sizes().catch(() => ({ responseBodySize: 0 }));
    data.push({ path, bytes: sizes.responseBodySize, start: timing.startTime + timing.requestStart, end: timing.startTime + timing.responseEnd });
  });
  return { context, page, data };
}

/** Rounds of requests one after another: a request that starts once every request before it
 *  has ended begins a new round (it waited for them); one that starts while an earlier one
 *  is still under way is in that one's round. */
function rounds(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  let count = 0;
  let openUntil = -Infinity;
  for (const r of sorted) {
    if (r.start >= openUntil) count += 1;
    openUntil = Math.max(openUntil, r.end);
  }
  return count;
}

/** The requests in time order, each with when it was sent and answered (ms from the first). */
function waves(requests) {
  const sorted = [...requests].sort((a, b) => a.start - b.start);
  const t0 = sorted[0]?.start ?? 0;
  return sorted.map((r) => `${r.path.replace('/data/', '')} ${Math.round(r.start - t0)}–${Math.round(r.end - t0)}`).join(', ');
}

/** A search's bytes: the search files, and the feed pages (with the front file) its rows
 *  came from. */
function searchBytes(requests) {
  const isRows = (d) => d.path.includes('/bai-viet/') || d.path.endsWith('trang-chu.json');
  const sum = (list) => list.reduce((s, d) => s + d.bytes, 0);
  return { indexBytes: sum(requests.filter((d) => !isRows(d))), rowBytes: sum(requests.filter(isRows)) };
}

const kb = (bytes) => (bytes / 1000).toFixed(1);
const settle = (page) => page.waitForLoadState('networkidle').catch(() => {});

const home = [];
const category = [];
const searches = [];
const linked = [];
for (let run = 0; run < runs; run++) {
  {
    const { context, page, data } = await fresh();
    const started = Date.now();
    await page.goto(server.url + '/', { timeout: 120_000 });
    await startApp(page);
    await page.waitForFunction(
      () => !document.getElementById('bt-static') && document.querySelector('.bt-article-list > .bt-article-item'),
      null,
      { timeout: 120_000 },
    );
    const feed = Date.now() - started;
    await settle(page);
    home.push({ feed, requests: data.length, bytes: data.reduce((s, d) => s + d.bytes, 0), files: data.map((d) => d.path) });
    await context.close();
  }
  {
    const { context, page, data } = await fresh();
    const chip = await (async () => {
      await page.goto(server.url + '/', { timeout: 120_000 });
      await startApp(page);
      await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 120_000 });
      return page.locator('.bt-chips a').nth(1).getAttribute('href');
    })();
    await settle(page);
    data.length = 0;
    await page.goto(new URL(chip, server.url + '/').href, { timeout: 120_000 });
    await startApp(page);
    await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 120_000 });
    await settle(page);
    const first = data.filter((d) => d.path.includes('/chi-muc/')).reduce((s, d) => s + d.bytes, 0);
    data.length = 0;
    await page.getByRole('button', { name: /Xem thêm/ }).click();
    await page.waitForFunction(() => document.querySelectorAll('.bt-article-list > .bt-article-item').length > 10);
    await settle(page);
    category.push({ first, next: data.reduce((s, d) => s + d.bytes, 0) });
    await context.close();
  }
  for (const query of ['dang uy', 'le chan', 'di chuc', 'hoc tap']) {
    // Opened from its address (a shared link, or the box's Enter on another page).
    {
      const { context, page, data } = await fresh({ latency: 150 });
      await page.goto(server.url + '/tim-kiem?q=' + encodeURIComponent(query), { timeout: 120_000 });
      await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor({ timeout: 60_000 });
      await settle(page);
      const search = data.filter((d) => !d.path.endsWith('/catalog.json'));
      linked.push({
        query,
        ...searchBytes(search),
        requests: search.length,
        // The catalog, which the app reads at start, is loaded alongside: counted in the
        // rounds, not in the search's bytes.
        rounds: rounds(data),
        timeline: waves(data),
      });
      await context.close();
    }
    const { context, page, data } = await fresh();
    await page.goto(server.url + '/tim-kiem', { timeout: 120_000 });
    await startApp(page);
    await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 120_000 });
    await settle(page);
    data.length = 0;
    const box = page.getByRole('searchbox', { name: 'Tìm bài viết' });
    await box.click();
    const since = await page.evaluate(() => performance.now());
    for (const key of query) {
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await page.waitForTimeout(150);
    }
    await page.locator('h1', { hasText: `“${query}”` }).waitFor();
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor({ timeout: 60_000 });
    await settle(page);
    const events = await page.evaluate((t) => window.__events.filter((e) => e.start >= t && e.id > 0), since);
    const byInteraction = new Map();
    for (const e of events) byInteraction.set(e.id, Math.max(byInteraction.get(e.id) ?? 0, e.duration));
    const keys = [...byInteraction.values()];
    while (keys.length < query.length) keys.push(16);
    const tasks = await page.evaluate((t) => window.__longTasks.filter((e) => e.start >= t).map((e) => e.duration), since);
    const memory = await page.evaluate(() => window.__wasm?.memory?.buffer?.byteLength ?? 0);
    // The whole typing: the index files and the feed pages of the rows shown.
    searches.push({
      query,
      ...searchBytes(data),
      requests: data.length,
      rounds: rounds(data),
      keyMedian: median(keys),
      keyMax: Math.max(...keys),
      blocking: tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0),
      longest: Math.max(0, ...tasks),
      memory,
      status: await page.locator('.bt-search-status').innerText(),
    });
    await context.close();
  }
}

const total = await (async () => {
  const { context, page } = await fresh();
  await page.goto(server.url + '/');
  const text = await page.locator('.bt-chip[aria-current="true"]').first().innerText();
  await context.close();
  return text;
})();
console.log(`site: ${site} (${total}); Chromium, 390×844, CPU 4×, brotli, no service worker; median of ${runs}`);
console.log(
  `home, first visit: data ${kb(median(home.map((h) => h.bytes)))} KB in ${median(home.map((h) => h.requests))} requests (${home[0].files.join(', ')}); the app's feed after ${Math.round(median(home.map((h) => h.feed)))} ms`,
);
console.log(`category page: first page ${kb(median(category.map((c) => c.first)))} KB of data; "Xem thêm" ${kb(median(category.map((c) => c.next)))} KB`);
for (const query of [...new Set(linked.map((s) => s.query))]) {
  const of = linked.filter((s) => s.query === query);
  const m = (f) => median(of.map(f));
  console.log(
    `search "${query}" opened at /tim-kiem?q=: index ${kb(m((s) => s.indexBytes))} KB + rows ${kb(m((s) => s.rowBytes))} KB in ${m((s) => s.requests)} requests, ${m((s) => s.rounds)} rounds (catalog.json's bytes not counted)`,
  );
  console.log(`  first run, sent–answered in ms: ${of[0].timeline}`);
}
for (const query of [...new Set(searches.map((s) => s.query))]) {
  const of = searches.filter((s) => s.query === query);
  const m = (f) => median(of.map(f));
  console.log(
    `search "${query}" typed letter by letter on /tim-kiem (every intermediate search too): index ${kb(m((s) => s.indexBytes))} KB + rows ${kb(m((s) => s.rowBytes))} KB in ${m((s) => s.requests)} requests, ${m((s) => s.rounds)} rounds; keystroke median ${Math.round(m((s) => s.keyMedian))} ms, max ${Math.round(m((s) => s.keyMax))} ms; blocking while typing ${Math.round(m((s) => s.blocking))} ms, longest task ${Math.round(m((s) => s.longest))} ms; wasm memory ${(m((s) => s.memory) / 1048576).toFixed(1)} MB; ${of[0].status}`,
  );
}
await browser.close();
await server.close();
