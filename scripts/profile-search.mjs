// Where the time of a category switch and of typing goes: a CPU profile (CDP sampling
// profiler) of a build that keeps function names, against the 10,000-article corpus that
// scripts/bench-search.mjs generates, at 4× CPU throttle. Prints self time per function.
//
//   source scripts/setup.sh
//   sed 's/data-wasm-opt-params="/data-wasm-opt-params="-g /' index.html > index-prof.html
//   CARGO_PROFILE_RELEASE_STRIP=false trunk build --release=true --dist /tmp/prof-dist index-prof.html
//   rm index-prof.html && DIST=/tmp/prof-dist node scripts/profile-search.mjs
//
// Run bench-search.mjs once first (it writes the corpus). Figures are for finding hot spots,
// not for BENCHMARKS.md: the profiler itself slows the page.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, startServer } from '../tests/e2e/harness.mjs';
const corpus = join(tmpdir(), 'ban-tin-corpus-200x50');
const site = mkdtempSync(join(tmpdir(), 'ban-tin-prof-'));
cpSync(process.env.DIST, site, { recursive: true });
rmSync(join(site, 'data'), { recursive: true, force: true });
cpSync(join(corpus, 'data'), join(site, 'data'), { recursive: true });
const server = await startServer(site);
const browser = await launch([]);
const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
const page = await context.newPage();
const cdp = await context.newCDPSession(page);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await page.goto(server.url + '/', { timeout: 300_000 });
await page.locator('.bt-article-list > .bt-article-item').first().waitFor({ timeout: 300_000 });
await page.waitForTimeout(1500);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
async function profile(label, action) {
  await cdp.send('Profiler.start');
  await action();
  const { profile } = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = new Map();
  profile.samples.forEach((s, i) => dt.set(s, (dt.get(s) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  let total = 0;
  for (const [id, t] of dt) {
    const n = byId.get(id);
    const name = n.callFrame.functionName || `(${n.callFrame.url.split('/').pop()})`;
    if (name === '(idle)' || name === '(program)') continue;
    self.set(name, (self.get(name) ?? 0) + t);
    total += t;
  }
  console.log(`\n== ${label}: busy ${(total / 1000).toFixed(0)} ms`);
  [...self].sort((a, b) => b[1] - a[1]).slice(0, 40).forEach(([n, t]) => console.log(`${(t / 1000).toFixed(1).padStart(8)}  ${n.slice(0, 150)}`));
}
const chips = ['Kiểm tra, giám sát', 'Chuyển đổi số', 'Tất cả', 'Xây dựng Đảng', 'Tuyên truyền, văn hóa'];
await profile('10 category switches', async () => {
  for (let i = 0; i < 10; i++) { await page.locator('.bt-chip', { hasText: chips[i % 5] }).first().click(); await page.waitForTimeout(300); }
});
const search = page.getByRole('searchbox', { name: 'Tìm bài viết' });
await search.click();
await profile('typing dang uy le chan', async () => {
  for (const key of 'dang uy le chan') { await page.keyboard.press(key === ' ' ? 'Space' : key); await page.waitForTimeout(300); }
});
await browser.close(); await server.close(); rmSync(site, { recursive: true, force: true });
