// A work tapped in the written gallery (the app not started): which way reaches the work's
// picture on screen sooner, its written page (the thumbnail is a link to
// /trung-bay/<work>, whose file the build wrote as the work open in the lightbox) or the
// app started at once (the tap held, the app downloaded, compiled and given the page, then
// its lightbox opened in place)? Chromium at phone size, CPU 4×, slow 4G and a fast
// network (as bench-first-tap.mjs); from the tap to the work's picture loaded and painted.
// Medians of N runs (3 unless given), each in a fresh profile, the two ways alternating.
//
//   source scripts/setup.sh && trunk build --release && node scripts/bench-work-open.mjs [runs]
import { NETWORKS, dist, launch, median, startServer, throttledPhone } from '../tests/e2e/harness.mjs';

const WORK = 'doan-ket-la-suc-manh';
const runs = Number(process.argv[2] ?? 3);
const server = await startServer(dist, { compress: true });
const browser = await launch();

/** Resolves once the work's picture in a dialog is decoded and a frame has painted it. */
const shown = () =>
  new Promise((resolve) => {
    const check = () => {
      const img = document.querySelector('[role=dialog]:not([hidden] *) .bt-zoom-stage__image');
      if (img?.complete && img.naturalWidth > 0 && !document.querySelector('.bt-root[hidden] [role=dialog]') && img.closest('#bt-static, .bt-root:not([hidden])')) {
        requestAnimationFrame(() => resolve(performance.now()));
      } else setTimeout(check, 20);
    };
    check();
  });

async function measure(network, way) {
  const { context, page } = await throttledPhone(browser, network);
  await page.goto(`${server.url}/trung-bay`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const link = page.locator(`#bt-static #tac-pham-${WORK}`);
  await link.scrollIntoViewIfNeeded();
  if (way === 'app') {
    // The tap starts the app instead of loading the work's page.
    await page.evaluate(() => {
      document.getElementById('bt-static').addEventListener(
        'click',
        (event) => {
          if (!event.target.closest('a.bt-work__link')) return;
          event.preventDefault();
          document.querySelector('#bt-static input[type=search]').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
        },
        true,
      );
    });
  }
  const start = Date.now();
  await link.tap();
  if (way === 'app') {
    await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 60_000, polling: 20 });
    await page.locator(`#tac-pham-${WORK}`).click();
  } else {
    await page.waitForURL(new RegExp(`/trung-bay/${WORK}/?$`));
  }
  await page.evaluate(shown);
  const ms = Date.now() - start;
  await context.close();
  return ms;
}

console.log(`Chromium, phone size, CPU 4×; ${runs} run(s) each, median: a tap on a work in the written gallery to its picture on screen\n`);
try {
  for (const network of Object.keys(NETWORKS)) {
    const results = { written: [], app: [] };
    for (let i = 0; i < runs; i++) for (const way of ['written', 'app']) results[way].push(await measure(network, way));
    for (const way of ['written', 'app']) {
      const label = `${network}, ${way === 'written' ? "the work's written page" : 'the app started at once'}`;
      console.log(`${label.padEnd(44)}${String(Math.round(median(results[way]))).padStart(7)} ms   (runs: ${results[way].join(', ')})`);
    }
  }
} finally {
  await browser.close();
  await server.close();
}
