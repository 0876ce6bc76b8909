// The reader in the other engines readers use: WebKit (Safari's, through WebKitGTK's
// WebDriver) and Firefox ESR (through WebDriver BiDi), at a phone's and a desktop's size.
// `ENGINE=webkit` or `ENGINE=firefox` picks the driver (webkit.mjs, firefox.mjs). Every page
// kind is opened from its address and must be taken over by the app; then search typing, a
// category, and the lightbox (open, →, Esc). Any script error, failed file or CSP violation
// fails the test: a probe script the server adds to each page records them (probe.js).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGE_KINDS, startServer } from '../e2e/harness.mjs';

const engine = process.env.ENGINE;
assert.ok(['webkit', 'firefox'].includes(engine), 'ENGINE=webkit or ENGINE=firefox');
const { open } = await import(`./${engine}.mjs`);
const here = fileURLToPath(new URL('.', import.meta.url));
const shots = join(here, '..', 'e2e', 'screenshots');

const SIZES = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 768 } };
const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
let server;
before(async () => {
  server = await startServer(undefined, { probe: readFileSync(join(here, 'probe.js'), 'utf8') });
});
after(async () => server?.close());

/** Polls `fn` (source of a function run in the page) until it returns a truthy value. */
async function until(driver, fn, arg, what, timeout = 20_000) {
  const end = Date.now() + timeout;
  let last;
  while (Date.now() < end) {
    last = await driver.evaluate(fn, arg).catch((e) => `error: ${e.message}`);
    if (last && !String(last).startsWith('error: ')) return last;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`${what}: still not so after ${timeout} ms (${last})`);
}

/** What the probe recorded since the last call (and the driver's own console, if any). */
async function problems(driver) {
  const recorded = await driver.evaluate(`() => {
    const list = JSON.parse(sessionStorage.getItem('__problems') || '[]');
    sessionStorage.removeItem('__problems');
    return list;
  }`);
  const own = driver.problems?.splice(0) ?? [];
  return [...recorded, ...own];
}

const visible = `(selector) => {
  const el = document.querySelector(selector);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}`;
const handedOver = `() => document.readyState === 'complete' && !document.getElementById('bt-static')`;
/** Starts the app as a reader about to search does (the written page's loader listens for
 *  it; tests/e2e/harness.mjs `startApp`). */
const startApp = `() => document.querySelector('#bt-static input[type=search]')?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))`;
const wasmAsked = `() => performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).length`;

/** Opens `path` and starts the app there. */
async function openApp(driver, path) {
  await driver.goto(server.url + path);
  await until(driver, `() => document.readyState === 'complete'`, null, `${path}: loaded`);
  await driver.evaluate(startApp);
  await until(driver, handedOver, null, `${path}: hand-over`, 30_000);
}

/** Waits until the page has started no file for half a second. Leaving a page while files
 *  are still arriving through the service worker aborts them, and Firefox reports each as
 *  "A ServiceWorker intercepted the request and encountered an unexpected error" (seen in 1
 *  of 4 runs when leaving the home page while its feed loads the issues); a reader who
 *  moves on never sees it. */
async function settled(driver) {
  let last = -1;
  let still = 0;
  for (const end = Date.now() + 15_000; still < 3 && Date.now() < end; ) {
    const count = await driver.evaluate(`() => performance.getEntriesByType('resource').filter((e) => e.responseEnd > 0).length + ':' + performance.getEntriesByType('resource').length`);
    still = count === last ? still + 1 : 0;
    last = count;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

for (const [size, viewport] of Object.entries(SIZES)) {
  describe(`${engine}, ${size} ${viewport.width}×${viewport.height}`, () => {
    let driver;
    before(async () => {
      driver = await open(viewport);
    });
    after(async () => driver?.close());

    test('mọi loại trang mở thẳng từ địa chỉ, được ứng dụng tiếp quản, không lỗi', async () => {
      const seen = [];
      // The first visit installs the service worker, which then asks again for what the page
      // loaded (src/sw/sw-register.js): let it, as every page below settles before it is left.
      await driver.goto(server.url + '/');
      await until(driver, `() => navigator.serviceWorker?.controller !== null`, null, 'service worker', 30_000);
      await settled(driver);
      seen.push(...(await problems(driver)));
      for (const [path, ready] of PAGE_KINDS) {
        await openApp(driver, path);
        await until(driver, visible, ready, `${path}: ${ready}`);
        assert.equal(await driver.evaluate('() => location.pathname'), path);
        await settled(driver);
        if (path === ARTICLE) await driver.screenshot(join(shots, `${engine}-${size}-bai-viet.png`));
        seen.push(...(await problems(driver)));
      }
      const width = await driver.evaluate('() => innerWidth');
      assert.ok(Math.abs(width - viewport.width) <= 60, `viewport ${width} px wide`);
      assert.deepEqual(seen, []);
    });

    test('chưa bấm gì thì không tải ứng dụng; bấm “Xem thêm” thì ứng dụng chạy và trả lời lần bấm đó', async () => {
      await settled(driver);
      await driver.goto(server.url + '/');
      await until(driver, `() => document.readyState === 'complete'`, null, 'loaded');
      await settled(driver);
      assert.equal(await driver.evaluate(wasmAsked), 0);
      const rows = `() => document.querySelectorAll('.bt-article-list > .bt-article-item').length`;
      const before = await driver.evaluate(rows);
      await driver.click('#bt-static main button.bt-button');
      await until(driver, handedOver, null, 'hand-over', 30_000);
      await until(driver, `(n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length > n`, before, 'more rows');
      assert.equal(await driver.evaluate(wasmAsked), 1);
      assert.deepEqual(await problems(driver), []);
    });

    test('gõ tìm kiếm, chọn chuyên mục', async () => {
      await settled(driver);
      await openApp(driver, '/tim-kiem');
      await driver.type('#tim-kiem', 'di chúc');
      // On the search page the address follows the typing, so the search can be shared; the
      // results mark both words, whatever their tone marks.
      await until(driver, `() => location.pathname.endsWith('/tim-kiem') && decodeURIComponent(location.search) === '?q=di chúc'`, null, 'search address');
      const marks = await until(
        driver,
        `() => {
          const list = [...document.querySelectorAll('.bt-article-item mark')].map((m) => m.textContent.toLowerCase());
          return list.includes('di') && list.includes('chúc') ? list : null;
        }`,
        null,
        'search results',
      );
      assert.ok(marks.length >= 4, JSON.stringify(marks));
      // A category chip on the home feed opens that category's page.
      await settled(driver);
      await openApp(driver, '/');
      await until(driver, visible, '.bt-chips li:nth-child(2) .bt-chip', 'chips');
      const all = await driver.evaluate(`() => document.querySelector('.bt-chip[aria-current="true"]').textContent`);
      await driver.click('.bt-chips li:nth-child(2) .bt-chip');
      const chosen = await until(
        driver,
        `() => location.pathname.includes('/chuyen-muc/') && document.querySelector('.bt-chip[aria-current="true"]')?.textContent`,
        null,
        'category chosen',
      );
      assert.notEqual(chosen, all);
      const count = Number(chosen.match(/\((\d+)\)/)[1]);
      await until(driver, `(n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length === Math.min(n, 10)`, count, 'filtered list');
      assert.deepEqual(await problems(driver), []);
    });

    test('hộp xem ảnh trưng bày: mở, → sang tác phẩm sau, Esc đóng', async () => {
      await settled(driver);
      await openApp(driver, '/trung-bay');
      await driver.click('.bt-work__link');
      await until(driver, visible, '[role="dialog"]', 'lightbox open');
      const first = await driver.evaluate('() => location.pathname');
      assert.match(first, /^\/trung-bay\/[a-z0-9-]+$/);
      await driver.press('ArrowRight');
      const second = await until(driver, `(first) => location.pathname !== first && location.pathname`, first, 'next work');
      assert.match(second, /^\/trung-bay\/[a-z0-9-]+$/);
      await driver.press('Escape');
      await until(driver, `() => !document.querySelector('[role="dialog"]') && location.pathname === '/trung-bay'`, null, 'lightbox closed');
      await driver.screenshot(join(shots, `${engine}-${size}-trung-bay.png`));
      assert.deepEqual(await problems(driver), []);
    });
  });
}
