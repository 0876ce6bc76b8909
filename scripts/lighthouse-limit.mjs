// Each page against its limit, in one run: Lighthouse 12 mobile defaults (simulated slow 4G,
// 4× CPU) on the release build, and on the same written pages with every script removed
// (no app, no hashed head scripts, no module or wasm preloads): what a reader would pay for
// the page alone. Runs alternate, page by page (app, limit, app, limit, …), so a noisy host
// weighs on both alike; medians printed with the ratios #15 asks for. Figures go to
// BENCHMARKS.md.
//
//   source scripts/setup.sh && trunk build --release && node scripts/lighthouse-limit.mjs [runs] [site] [other-site]
//
// `site`: another build's folder (default `dist/`). With `other-site`, a second build is
// audited in the same loop (site, other, limit, site, other, limit, …) against the same
// limit (the first site's pages without scripts): an A/B of two builds on one noisy host.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dist, median, startServer } from '../tests/e2e/harness.mjs';
import { PAGES, audit, startChrome } from '../tests/e2e/lighthouse-run.mjs';

const runs = Number(process.argv[2] ?? 3);
const site = process.argv[3] ?? dist;
const other = process.argv[4];

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
  cpSync(site, root, { recursive: true });
  const pages = readdirSync(root, { recursive: true }).filter((name) => name.endsWith('.html'));
  for (const name of pages) {
    const path = join(root, name);
    writeFileSync(path, withoutScripts(readFileSync(path, 'utf8')));
    for (const copy of [`${path}.br`, `${path}.gz`]) rmSync(copy, { force: true });
  }
  return root;
}

const limitRoot = limitSite();
const servers = { app: await startServer(site, { compress: true }) };
if (other) servers.other = await startServer(other, { compress: true });
servers.limit = await startServer(limitRoot, { compress: true });
const chrome = await startChrome();
console.log(`Lighthouse 12, mobile defaults, ${runs} run(s) per page and per copy, alternating; medians`);
console.log(`app: ${site}${other ? `; other: ${other}` : ''}; limit: the app's pages without scripts\n`);
console.log('page           copy     perf   LCP ms (× limit)   TBT ms   CLS     KiB (× limit)');
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const results = Object.fromEntries(Object.keys(servers).map((k) => [k, []]));
    for (let i = 0; i < runs; i++) {
      for (const [which, server] of Object.entries(servers)) {
        results[which].push(await audit(chrome, server.url + path, ['performance']));
      }
    }
    const m = (which, key) => median(results[which].map((r) => r.metrics[key]));
    for (const which of Object.keys(servers)) {
      const perf = median(results[which].map((r) => r.scores.performance));
      const lcp = m(which, 'lcp');
      const kib = m(which, 'bytes') / 1024;
      console.log(
        `${(which === 'app' ? name : '').padEnd(14)} ${which.padEnd(6)} ${String(perf).padStart(6)}   ` +
          `${`${Math.round(lcp)} (${(lcp / m('limit', 'lcp')).toFixed(2)}×)`.padStart(16)}   ` +
          `${String(Math.round(m(which, 'tbt'))).padStart(6)}   ${m(which, 'cls').toFixed(3)}   ` +
          `${`${kib.toFixed(0)} (${(kib / (m('limit', 'bytes') / 1024)).toFixed(1)}×)`.padStart(13)}`,
      );
    }
  }
} finally {
  await chrome.kill();
  for (const server of Object.values(servers)) await server.close();
  rmSync(limitRoot, { recursive: true, force: true });
}
