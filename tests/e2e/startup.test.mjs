// The app starts once the written page has loaded and the browser is idle, or at the
// reader's first touch or key: before that the written page is the page, and its links and
// the search form work without the app (scripts/lighthouse-limit.mjs measures why).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const WASM = /_bg\.wasm$/;

/** Home at phone size as written, its newest issue's cover (on the first screen) answered
 *  by `hold`; records when the page asks for the app's wasm. */
async function openHomeWithCover(hold) {
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  const asked = [];
  page.on('request', (r) => WASM.test(r.url()) && asked.push(Date.now()));
  await page.route('**/images/bia/so-01-2025.svg', hold);
  await page.goto(env.server.url + '/', { waitUntil: 'domcontentloaded', handover: false });
  await page.locator('#bt-static .bt-hero').first().waitFor();
  return { context, page, problems, asked };
}

test('trang chưa tải xong ảnh bìa thì ứng dụng chưa tải; tải xong thì ứng dụng tiếp quản', async () => {
  // The cover held back until released.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const { context, page, problems, asked } = await openHomeWithCover(async (route) => {
    await held;
    await route.continue();
  });
  await page.waitForTimeout(1500);
  assert.equal(asked.length, 0, 'không tải ứng dụng khi trang chưa tải xong');
  release();
  await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 30_000 });
  assert.equal(asked.length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('chạm vào trang trước khi trang tải xong thì ứng dụng bắt đầu ngay', async () => {
  // The cover never arrives.
  const { context, page, problems, asked } = await openHomeWithCover(() => {});
  await page.waitForTimeout(500);
  assert.equal(asked.length, 0);
  // A touch on the page's text (not a link): the app starts though the cover never loads.
  await page.locator('#bt-static .bt-hero__summary').first().tap();
  await page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout: 30_000 });
  assert.equal(asked.length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('trước khi ứng dụng chạy: liên kết mở trang, ô tìm kiếm gửi được, kết quả hiện khi ứng dụng chạy', async () => {
  const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  // The app never arrives on these pages.
  await page.route(WASM, () => {});
  await page.goto(env.server.url + '/', { waitUntil: 'load', handover: false });
  await page.locator('#bt-static').getByRole('link', { name: 'Đọc số mới nhất' }).click();
  // (A static server's folder redirect adds a slash, which only the app takes away.)
  await page.waitForURL(/\/so\/so-01-2025\/?$/);
  assert.equal(await page.locator('#bt-static h1').innerText(), 'Bản tin Đảng bộ quận số 1 năm 2025');
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'ứng dụng chưa chạy');
  // The header's search is a plain form: it opens the search page with the words.
  const box = page.locator('#bt-static').getByRole('searchbox', { name: 'Tìm bài viết' });
  await box.fill('di chúc');
  await box.press('Enter');
  await page.waitForURL(/\/tim-kiem\/?\?q=di\+ch%C3%BAc$/);
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'ứng dụng chưa chạy');
  // Once the app may load, that page shows the results.
  await page.unroute(WASM);
  await page.reload({ handover: false });
  await page.locator('h1', { hasText: 'Kết quả tìm kiếm “di chúc”' }).waitFor({ timeout: 30_000 });
  assert.ok((await page.locator('.bt-article-item').count()) > 0);
  assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
  await context.close();
});
