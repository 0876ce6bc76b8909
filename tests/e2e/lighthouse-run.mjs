// Lighthouse 12 with its mobile defaults (simulated slow 4G, 4× CPU slowdown, a phone screen)
// in Debian's Chromium, for the Lighthouse test and scripts/lighthouse.mjs.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromiumFlags } from './harness.mjs';

/** The pages audited: home, the special issue, an article and the gallery. */
export const PAGES = {
  'trang chủ': '/',
  'số đặc biệt': '/so/so-dac-biet-10-2024',
  'bài viết': '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01',
  'trưng bày': '/trung-bay',
};

/** Starts Chromium for Lighthouse; call `kill()` on the result when done. */
export function startChrome() {
  return chromeLauncher.launch({
    chromePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', ...chromiumFlags],
  });
}

/** One Lighthouse run of `url`: category scores (0–100) and the audits that failed. */
export async function audit(chrome, url, categories = ['performance', 'accessibility', 'best-practices', 'seo']) {
  const { lhr } = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
  const failed = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    failed[id] = category.auditRefs
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
      .map((ref) => `${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].title})`);
  }
  const metric = (id) => lhr.audits[id]?.numericValue;
  return {
    scores,
    failed,
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
      bytes: metric('total-byte-weight'),
    },
  };
}
