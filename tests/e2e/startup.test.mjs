// The app starts when a reader first asks for something only it does (a button, the search
// box), or at once where the written page cannot be the page (a query, an address the build
// did not write, a catalog changed since the build): a reader who reads and follows links
// never downloads it, and the written page's links and search form work without it
// (src/publish/shell/js/loader.js; BENCHMARKS.md measures what it saves).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dist, handedOver, openPage, siteUrl, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();
const WASM = /_bg\.wasm$/;
const ARTICLE = '/so/so-dac-biet-10-2024/76-nam-nganh-kiem-tra-dang';

/** A phone-size page that records every request for the app's wasm. */
async function openPhone() {
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  const asked = [];
  page.on('request', (r) => WASM.test(r.url()) && asked.push(r.url()));
  return { context, page, problems, asked };
}

/** Opens `path` as written, the app not asked for. */
async function openWritten(page, path) {
  await page.goto(env.server.url + path, { waitUntil: 'load', handover: false });
  await page.locator('#bt-static main').waitFor();
}

test('đọc, cuộn, chạm vào chữ và theo liên kết: không tải ứng dụng', async () => {
  const { context, page, problems, asked } = await openPhone();
  const text = { '/': '.bt-hero__summary', [ARTICLE]: '.bt-sapo', '/trung-bay': '.bt-kicker' };
  for (const [path, words] of Object.entries(text)) {
    await openWritten(page, path);
    await page.waitForTimeout(1500);
    // A tap on the text and a scroll are reading, not asking for the app; so is a finger
    // put down on a button, which may be a scroll starting there.
    await page.locator(`#bt-static ${words}`).first().tap();
    await page.mouse.wheel(0, 600);
    await page.evaluate(() => {
      const button = document.querySelector('#bt-static button[type=button]');
      button?.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, pointerType: 'touch' }));
    });
    await page.waitForTimeout(500);
    assert.equal(await page.locator('#bt-static').count(), 1, path);
  }
  // A link opens its page as written.
  await openWritten(page, '/');
  await page.locator('#bt-static').getByRole('link', { name: 'Đọc cả số →' }).click();
  // (A static server's folder redirect adds a slash, which only the app takes away.)
  await page.waitForURL(/\/so\/so-01-2025\/?$/);
  await page.locator('#bt-static h1', { hasText: 'Bản tin Đảng bộ quận số 1 năm 2025' }).waitFor();
  await page.waitForTimeout(1000);
  assert.deepEqual(asked, [], 'không trang nào tải ứng dụng');
  assert.deepEqual(problems, []);
  await context.close();
});

test('bấm “Xem thêm” khi ứng dụng chưa chạy: ứng dụng chạy và trả lời đúng lần bấm đó', async () => {
  const { context, page, problems, asked } = await openPhone();
  // The app's code held back until the pressed button has been looked at.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(WASM, async (route) => {
    await held;
    await route.continue();
  });
  await openWritten(page, '/');
  const rows = page.locator('.bt-article-list > .bt-article-item').filter({ visible: true });
  const before = await rows.count();
  const button = page.locator('#bt-static').getByRole('button', { name: /^Xem thêm/ });
  await button.tap();
  // Meanwhile the button says it is on its way.
  assert.equal(await button.getAttribute('aria-busy'), 'true');
  assert.equal(await button.evaluate((b) => getComputedStyle(b, '::after').content), '"…"');
  release();
  await handedOver(page);
  await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length > n, before);
  assert.equal(asked.length, 1);
  // Once, not twice: the next page of rows only.
  assert.equal(await rows.count(), before + 8);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bấm “A+” bằng bàn phím khi ứng dụng chưa chạy: trang tự trả lời ngay, không tải ứng dụng, nhớ trên máy', async () => {
  const { context, page, problems, asked } = await openPhone();
  await openWritten(page, ARTICLE);
  const control = page.locator('#bt-static').getByRole('group', { name: 'Cỡ chữ' });
  const larger = control.getByRole('button', { name: /Chữ lớn hơn/ });
  await larger.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-co-chu')), '1');
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 125%');
  assert.equal(await control.getByRole('button', { name: /Chữ nhỏ hơn/ }).isEnabled(), true);
  // The focus stays where the reader left it; up to the largest size, then A+ is disabled.
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /A\+/);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 200%');
  assert.equal(await larger.isDisabled(), true);
  await control.getByRole('button', { name: /Chữ nhỏ hơn/ }).click();
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 175%');
  // Kept on this device: the next page opens at that size, as written.
  await openWritten(page, '/so/so-01-2025');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-co-chu')), '3');
  await page.waitForTimeout(500);
  assert.deepEqual(asked, []);
  assert.equal(await page.locator('[aria-busy]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bấm “A+” trên trang viết sẵn khi ứng dụng đang dựng bản của nó: bản của ứng dụng hiện đúng cỡ chữ mới', async () => {
  const { context, page, problems } = await openPhone();
  // The index's files come late (the related articles are read from it), so the app draws
  // its copy of the article beside the written page a while before it takes over.
  await page.route('**/data/chi-muc/chuyen-muc/**', async (route) => {
    await new Promise((done) => setTimeout(done, 1500));
    await route.continue();
  });
  await openWritten(page, ARTICLE);
  await openMenu(page);
  await page.locator('#bt-static').getByRole('searchbox', { name: 'Tìm bài viết' }).first().focus();
  // The app's root, hidden beside the written page until it takes over (handover.rs).
  await page.locator('.bt-root[hidden] .bt-text-size').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#bt-static').count(), 1, 'chưa tiếp quản');
  await page.locator('#bt-static').getByRole('button', { name: /Chữ lớn hơn/ }).click();
  await handedOver(page);
  const control = page.getByRole('group', { name: 'Cỡ chữ' });
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 125%');
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-co-chu')), '1');
  assert.equal(await control.getByRole('button', { name: /Chữ nhỏ hơn/ }).isEnabled(), true);
  // The app goes on from there.
  await control.getByRole('button', { name: /Chữ lớn hơn/ }).click();
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 150%');
  assert.equal(await page.evaluate(() => localStorage.getItem('ban-tin-le-chan:co-chu')), '2');
  assert.deepEqual(problems, []);
  await context.close();
});

test('đến “Xem thêm” bằng phím Tab khi ứng dụng chưa chạy: ứng dụng chạy, nút của nó nhận tiêu điểm; Enter trả lời', async () => {
  const { context, page, problems, asked } = await openPhone();
  await openWritten(page, '/');
  const rows = page.locator('.bt-article-list > .bt-article-item');
  const before = await rows.count();
  // Focus alone starts the app (the reader is about to press it).
  await page.locator('#bt-static').getByRole('button', { name: /Xem thêm/ }).focus();
  await handedOver(page);
  assert.equal(asked.length, 1);
  // The app's own button has the focus the reader left on the written one.
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Xem thêm/);
  assert.equal(await page.evaluate(() => document.activeElement.closest('#bt-static')), null);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length > n, before);
  assert.deepEqual(problems, []);
  await context.close();
});

test('sao chép liên kết và bảng chia sẻ khi ứng dụng chưa chạy: trang tự làm, ngay lần chạm đó, không tải ứng dụng', async () => {
  const { context, page, problems, asked } = await openPhone();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // A browser with a share sheet (as on a phone), which records what it was given and
  // whether the tap's user activation was still there.
  await page.addInitScript(() => {
    navigator.share = async (data) => {
      window.__shared = { ...data, active: navigator.userActivation.isActive };
    };
  });
  await openWritten(page, ARTICLE);
  const share = page.locator('#bt-static').getByRole('region', { name: 'Chia sẻ' });
  await share.getByRole('button', { name: 'Sao chép liên kết' }).tap();
  await share.getByRole('status').getByText('Đã sao chép liên kết.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), siteUrl() + ARTICLE);
  assert.equal(await page.evaluate(() => window.__shared), undefined);
  // The share sheet's button is in the written page, where the browser has one.
  await share.getByRole('button', { name: 'Chia sẻ…' }).tap();
  const title = await page.locator('#bt-static h1').innerText();
  assert.deepEqual(await page.evaluate(() => window.__shared), { title, url: siteUrl() + ARTICLE, active: true });
  await page.waitForTimeout(500);
  assert.deepEqual(asked, []);
  assert.equal(await page.locator('#bt-static').count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('bảng chia sẻ của máy không mở được: trang viết sẵn nói hãy sao chép liên kết', async () => {
  const { context, page, problems } = await openPhone();
  await page.addInitScript(() => {
    navigator.share = () => Promise.reject(new DOMException('không', 'NotAllowedError'));
  });
  await openWritten(page, ARTICLE);
  const share = page.locator('#bt-static').getByRole('region', { name: 'Chia sẻ' });
  await share.getByRole('button', { name: 'Chia sẻ…' }).tap();
  await share.getByRole('status').getByText('Không mở được bảng chia sẻ của máy. Hãy sao chép liên kết.').waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('máy không có bảng chia sẻ: trang viết sẵn không hiện nút “Chia sẻ…”', async () => {
  const { context, page, problems } = await openPhone();
  await page.addInitScript(() => {
    delete Navigator.prototype.share;
  });
  await openWritten(page, ARTICLE);
  const share = page.locator('#bt-static').getByRole('region', { name: 'Chia sẻ' });
  assert.equal(await share.getByRole('button', { name: 'Chia sẻ…' }).count(), 0);
  assert.equal(await share.getByRole('button', { name: 'Sao chép liên kết' }).count(), 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('nút “In hoặc lưu PDF” của bản in khi ứng dụng chưa chạy: mở hộp in ngay, không tải ứng dụng', async () => {
  const { context, page, problems, asked } = await openPhone();
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => void (window.__printed += 1);
  });
  await openWritten(page, '/ban-in/so-01-2025');
  await page.locator('#bt-static').getByRole('button', { name: 'In hoặc lưu PDF' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1);
  await page.waitForTimeout(500);
  assert.deepEqual(asked, []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('con trỏ vào ô tìm kiếm thì ứng dụng chạy; chữ đã gõ vẫn còn', async () => {
  const { context, page, problems, asked } = await openPhone();
  await openWritten(page, ARTICLE);
  const box = page.getByRole('searchbox', { name: 'Tìm bài viết' });
  await openMenu(page);
  await box.first().tap();
  await page.keyboard.type('di chúc');
  await handedOver(page);
  assert.equal(asked.length, 1);
  assert.equal(await box.inputValue(), 'di chúc');
  assert.deepEqual(problems, []);
  await context.close();
});

test('địa chỉ không có trang: báo không tìm thấy, không tải ứng dụng', async () => {
  const { context, page, problems, asked } = await openPhone();
  await openWritten(page, '/so/so-01-2025/khong-co-bai-nay');
  await page.locator('#bt-static').getByRole('heading', { name: /Không tìm thấy/ }).first().waitFor();
  await page.waitForTimeout(1500);
  assert.equal(await page.locator('#bt-static').count(), 1);
  assert.deepEqual(asked, []);
  assert.deepEqual(problems.filter((p) => !p.includes('status of 404')), []);
  await context.close();
});

test('địa chỉ có truy vấn, hoặc trang không có khi máy chủ không trả lời: ứng dụng chạy ngay', async () => {
  const { context, page, problems, asked } = await openPhone();
  // A query the written page does not show.
  await page.goto(env.server.url + '/so/so-11-2024?chuyen-muc=xay-dung-dang', { handover: false });
  await handedOver(page);
  assert.equal(asked.length, 1);
  // An address without a file, the host answering: the written page not found is the page.
  // A catalog copied to the host since the build changes nothing (publishing is building).
  const catalog = readFileSync(join(dist, 'data/catalog.json'), 'utf8');
  await page.route('**/data/catalog.json', (route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: catalog + '\n' }),
  );
  await page.goto(env.server.url + '/so/so-01-2025/khong-co-bai-nay', { waitUntil: 'load', handover: false });
  await page.locator('#bt-static main').waitFor();
  await page.waitForLoadState('networkidle');
  assert.equal(asked.length, 1);
  // The same page with the host out of reach (the service worker serves 404.html offline
  // for a page never read): the app starts, to draw the address from what it kept.
  await page.route('**/data/catalog.json', (route) => route.abort('internetdisconnected'));
  await page.goto(env.server.url + '/so/so-01-2025/khong-co-bai-nay', { handover: false });
  await handedOver(page);
  assert.equal(asked.length, 2);
  assert.deepEqual(problems.filter((p) => !p.includes('status of 404') && !p.includes('ERR_INTERNET_DISCONNECTED')), []);
  await context.close();
});

test('trước khi ứng dụng chạy: ô tìm kiếm gửi được, trang kết quả tự chạy ứng dụng', async () => {
  const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  // The app cannot arrive at first.
  await page.route(WASM, () => {});
  await page.goto(env.server.url + '/', { waitUntil: 'load', handover: false });
  // The header's search is a plain form: it opens the search page with the words.
  const box = page.locator('#bt-static').getByRole('searchbox', { name: 'Tìm bài viết' });
  await box.fill('di chúc');
  await box.press('Enter');
  await page.waitForURL(/\/tim-kiem\/?\?q=di\+ch%C3%BAc$/);
  assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'ứng dụng chưa chạy');
  // Once the app may load, that page starts it by itself and shows the results.
  await page.unroute(WASM);
  await page.reload({ handover: false });
  await page.locator('h1', { hasText: 'Kết quả tìm kiếm “di chúc”' }).waitFor({ timeout: 30_000 });
  assert.ok((await page.locator('.bt-article-item').count()) > 0);
  assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
  await context.close();
});
