// Lighthouse (mobile defaults) on the release build served with compression: Accessibility,
// Best Practices and SEO must each score 100 on home, the special issue, an article and the
// gallery. Performance is a benchmark (scripts/lighthouse.mjs, BENCHMARKS.md), not a test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from './harness.mjs';
import { PAGES, audit, startChrome } from './lighthouse-run.mjs';

let server;
let chrome;
before(async () => {
  server = await startServer(undefined, { compress: true });
  chrome = await startChrome();
});
after(async () => {
  await chrome?.kill();
  await server?.close();
});

for (const [name, path] of Object.entries(PAGES)) {
  test(`Lighthouse ${name}: Trợ năng, Thực hành tốt và SEO đạt 100`, async () => {
    const { scores, failed } = await audit(chrome, server.url + path, ['accessibility', 'best-practices', 'seo']);
    for (const category of ['accessibility', 'best-practices', 'seo']) {
      assert.equal(scores[category], 100, `${path} ${category}: ${failed[category].join('; ')}`);
    }
  });
}
