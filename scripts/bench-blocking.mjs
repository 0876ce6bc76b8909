// Main-thread blocking benchmark, in Chromium itself (steadier than Lighthouse's simulated
// TBT on a shared machine): each page kind opened in a fresh profile at phone size with the
// CPU throttled 4× (CDP), the app asked for as soon as the page has loaded (as a reader's
// first tap on a button would; tests/e2e/harness.mjs `startApp`), until it has taken the
// page over; then the long tasks after first paint (PerformanceObserver `longtask`): their
// time beyond 50 ms summed ("blocking", as TBT counts it) and the longest. Medians of N
// loads (5 unless given). A reader who never asks for the app has none of this: the
// written page runs two small scripts (tests/e2e/startup.test.mjs).
//
// To compare two builds, give a second folder: loads alternate between them.
//
//   source scripts/setup.sh && trunk build --release && node scripts/bench-blocking.mjs [runs] [other-dist]
import { dist, launch, median, startApp, startServer, viewports } from '../tests/e2e/harness.mjs';

const PAGES = [
  ['trang chủ', '/'],
  ['số đặc biệt', '/so/so-dac-biet-10-2024'],
  ['bài viết', '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01'],
  ['trưng bày', '/trung-bay'],
];
const runs = Number(process.argv[2] ?? 5);
const folders = [dist, ...process.argv.slice(3, 4)];
const servers = await Promise.all(folders.map((folder) => startServer(folder, { compress: true })));
const browser = await launch();
async function measure(url) {
  const context = await browser.newContext(viewports.phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await startApp(page);
  await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 30_000 });
  await page.waitForTimeout(1000);
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const after = window.__longTasks.filter(([start]) => start >= fcp).map(([, duration]) => duration);
    return { blocking: after.reduce((sum, d) => sum + Math.max(0, d - 50), 0), longest: Math.max(0, ...after) };
  });
  await context.close();
  return result;
}

console.log(`Chromium, phone size, CPU 4×, ${runs} load(s) per page${folders.length > 1 ? ' and build, alternating' : ''}, medians (ms)\n`);
console.log(`${'page'.padEnd(14)}${folders.map((f, i) => `${`blocking ${'AB'[i]}`.padStart(12)}${`longest ${'AB'[i]}`.padStart(12)}`).join('')}`);
try {
  for (const [name, path] of PAGES) {
    const results = folders.map(() => []);
    for (let i = 0; i < runs; i++) {
      for (const [k, server] of servers.entries()) results[k].push(await measure(server.url + path));
    }
    const cells = results.map((r) => `${String(Math.round(median(r.map((x) => x.blocking)))).padStart(12)}${String(Math.round(median(r.map((x) => x.longest)))).padStart(12)}`);
    console.log(`${name.padEnd(14)}${cells.join('')}`);
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
if (folders.length > 1) console.log(`\nA: ${folders[0]}\nB: ${folders[1]}`);
