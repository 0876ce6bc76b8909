// Each page against its limit, in one run: Lighthouse 12 mobile defaults (simulated slow 4G,
// 4× CPU) on the release build, and on the same written pages with every script removed
// (no app, no hashed head scripts, no module or wasm preloads): what a reader would pay for
// the page alone. Runs alternate, page by page (app, limit, app, limit, …), so a noisy host
// weighs on both alike; medians printed with the ratios #15 asks for. Figures go to
// BENCHMARKS.md.
//
//   source scripts/setup.sh && trunk build --release && node scripts/lighthouse-limit.mjs [runs]
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, startServer } from '../tests/e2e/harness.mjs';
import { PAGES, audit, startChrome } from '../tests/e2e/lighthouse-run.mjs';

const runs = Number(process.argv[2] ?? 3);

/** The written page without any script: inline or not, module preloads, the wasm preload. */
function withoutScripts(html) {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>/g, '');
}

/** A copy of the site whose pages have no script (their compressed copies dropped, so the
 *  server compresses the new text as a CDN would). */
function limitSite() {
  const root = mkdtempSync(join(tmpdir(), 'ban-tin-limit-'));
  cpSync(dist, root, { recursive: true });
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        writeFileSync(path, withoutScripts(readFileSync(path, 'utf8')));
        for (const copy of [`${path}.br`, `${path}.gz`]) rmSync(copy, { force: true });
      }
    }
  };
  walk(root);
  return root;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const limitRoot = limitSite();
const app = await startServer(undefined, { compress: true });
const limit = await startServer(limitRoot, { compress: true });
const chrome = await startChrome();
console.log(`Lighthouse 12, mobile defaults, ${runs} run(s) per page and per copy, alternating; medians\n`);
console.log('page            perf app/limit   LCP app / limit (ratio)     TBT ms app/limit   CLS app   KiB app / limit (ratio)');
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const results = { app: [], limit: [] };
    for (let i = 0; i < runs; i++) {
      results.app.push(await audit(chrome, app.url + path, ['performance']));
      results.limit.push(await audit(chrome, limit.url + path, ['performance']));
    }
    const m = (which, key) => median(results[which].map((r) => r.metrics[key]));
    const perf = (which) => median(results[which].map((r) => r.scores.performance));
    const [lcpApp, lcpLimit] = [m('app', 'lcp'), m('limit', 'lcp')];
    const [kibApp, kibLimit] = [m('app', 'bytes') / 1024, m('limit', 'bytes') / 1024];
    console.log(
      `${name.padEnd(14)} ${`${perf('app')} / ${perf('limit')}`.padStart(12)}   ` +
        `${`${Math.round(lcpApp)} / ${Math.round(lcpLimit)} ms (${(lcpApp / lcpLimit).toFixed(2)}×)`.padStart(26)}   ` +
        `${`${Math.round(m('app', 'tbt'))} / ${Math.round(m('limit', 'tbt'))}`.padStart(16)}   ` +
        `${m('app', 'cls').toFixed(3).padStart(7)}   ` +
        `${`${kibApp.toFixed(0)} / ${kibLimit.toFixed(0)} (${(kibApp / kibLimit).toFixed(1)}×)`.padStart(22)}`,
    );
  }
} finally {
  await chrome.kill();
  await app.close();
  await limit.close();
  rmSync(limitRoot, { recursive: true, force: true });
}
