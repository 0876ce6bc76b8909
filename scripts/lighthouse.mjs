// Lighthouse 12, mobile defaults (simulated slow 4G, 4× CPU), on the release build served
// locally with brotli: home, the special issue, an article and the gallery, several runs each
// (3 unless given), medians printed. The figures go to BENCHMARKS.md.
//
//   source scripts/setup.sh && trunk build --release && node scripts/lighthouse.mjs [runs]
import { median, startServer } from '../tests/e2e/harness.mjs';
import { PAGES, audit, startChrome } from '../tests/e2e/lighthouse-run.mjs';

const runs = Number(process.argv[2] ?? 3);
const server = await startServer(undefined, { compress: true });
const chrome = await startChrome();
console.log(`Lighthouse 12, mobile defaults, ${runs} run(s) per page, medians\n`);
console.log('page            perf  a11y  b.p.   seo    FCP s   LCP s   TBT ms    CLS   SI s');
try {
  for (const [name, path] of Object.entries(PAGES)) {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await audit(chrome, server.url + path));
    const score = (c) => median(results.map((r) => r.scores[c]));
    const metric = (m) => median(results.map((r) => r.metrics[m]));
    console.log(
      `${name.padEnd(14)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ` +
        `${String(score('best-practices')).padStart(5)} ${String(score('seo')).padStart(5)} ` +
        `${(metric('fcp') / 1000).toFixed(2).padStart(8)} ${(metric('lcp') / 1000).toFixed(2).padStart(7)} ` +
        `${Math.round(metric('tbt')).toString().padStart(8)} ${metric('cls').toFixed(3).padStart(6)} ${(metric('si') / 1000).toFixed(2).padStart(6)}`,
    );
    const failing = [...new Set(results.flatMap((r) => Object.values(r.failed).flat()).map((a) => a.split(' (')[0]))];
    if (failing.length) console.log(`  audits not passed in some run: ${failing.join(', ')}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
