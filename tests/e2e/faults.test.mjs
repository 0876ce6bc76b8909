// Network faults a reader on a phone meets, each asserting what the reader sees: a truncated
// file, a response that takes 10 s, the connection lost mid-visit, a picture that fails.
// Every case ends in a clear Vietnamese message and, where it helps, a working "Thử lại";
// the rest of the bulletin stays usable; no panic reaches the console.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { handedOver, openInApp, openPage, shoot, startApp, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const special = JSON.parse(readFileSync(`${publicDir}/data/issues/so-dac-biet-10-2024.json`, 'utf8'));
const firstArticle = `/so/so-dac-biet-10-2024/${special.articles[0].id}`;
const noPanic = (problems) => problems.filter((p) => /panic|RuntimeError|unreachable/i.test(p));
/** Holds every response for `pattern` back by `ms`, as a slow server would. */
const slowFile = (page, pattern, ms) =>
  page.route(pattern, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue();
  });

describe('mạng lỗi (điện thoại)', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  });
  after(async () => context?.close());

  test('tệp bị cắt cụt: nêu tệp và chỗ hỏng; số khác vẫn đọc được', async () => {
    const { page, problems } = await openPage(context);
    const text = readFileSync(`${publicDir}/data/issues/so-11-2024.json`, 'utf8');
    await page.route('**/data/issues/so-11-2024.json', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: text.slice(0, text.length / 2) }),
    );
    // Opened directly, the page keeps its written form (built from the whole file).
    await page.goto(env.server.url + '/so/so-11-2024', { handover: false });
    await startApp(page);
    await page.locator('.bt-root[hidden] .bt-error').waitFor({ state: 'attached' });
    assert.equal(await page.locator('h1').filter({ visible: true }).innerText(), 'Bản tin Đảng bộ quận số 11');
    // Reached inside the app, the app says what is wrong with the file.
    await openInApp(page, env.server.url, '/so/so-11-2024');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await alert.getByText('Chi tiết dành cho biên tập viên').click();
    assert.match(await alert.innerText(), /Số bản tin này có lỗi nội dung[\s\S]*Tệp data\/issues\/so-11-2024\.json[\s\S]*tệp kết thúc giữa chừng/);
    await page.goto(env.server.url + '/so/so-12-2024');
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.deepEqual(noPanic(problems), []);
    await page.close();
  });

  test('máy chủ trả lời sau 10 giây: trang viết sẵn đọc được ngay, ứng dụng tiếp quản khi có dữ liệu', async () => {
    const { page, problems } = await openPage(context);
    await slowFile(page, '**/data/issues/so-12-2024.json', 10_000);
    await page.goto(env.server.url + '/so/so-12-2024', { handover: false });
    await startApp(page);
    // The page the build wrote is readable at once, and stays while the file is on its way.
    await page.waitForTimeout(5_000);
    assert.equal(await page.locator('#bt-static').count(), 1);
    assert.ok(await page.locator('.bt-toc .bt-article-item').first().isVisible());
    assert.equal(await page.getByText(/Đang tải/).filter({ visible: true }).count(), 0);
    await handedOver(page, 15_000);
    assert.ok(await page.locator('.bt-toc .bt-article-item').first().isVisible());
    assert.deepEqual(noPanic(problems), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('máy chủ trả lời sau 10 giây, địa chỉ không có trang viết sẵn: báo đang tải, rồi hiện nội dung', async () => {
    const { page, problems } = await openPage(context);
    await slowFile(page, '**/data/issues/so-12-2024.json', 10_000);
    // A category filter has no file of its own: the app draws it, loading state and all.
    await page.goto(env.server.url + '/so/so-12-2024?chuyen-muc=xay-dung-dang');
    await page.getByRole('status').filter({ hasText: /Đang tải/ }).first().waitFor();
    await page.waitForTimeout(5_000);
    assert.ok(await page.getByRole('status').filter({ hasText: /Đang tải/ }).first().isVisible());
    await page.locator('.bt-masthead h1').waitFor({ timeout: 15_000 });
    assert.equal(await page.locator('.bt-chip[aria-current="true"]').innerText(), await page.locator('.bt-chip[href$="xay-dung-dang"]').innerText());
    assert.deepEqual(noPanic(problems), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('mất mạng giữa chừng: báo kiểm tra kết nối, trang đã mở vẫn đọc được, có mạng lại thì "Thử lại" được', async () => {
    const { page, problems } = await openPage(context);
    // An article loads the catalog and its own issue only; the gallery file is not loaded yet.
    await page.goto(env.server.url + firstArticle);
    await page.locator('.bt-article').waitFor();
    const alert = page.getByRole('alert');
    await context.setOffline(true);
    try {
      await openMenu(page);
      await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trưng bày' }).click();
      await alert.waitFor();
      await alert.getByText('Chi tiết dành cho biên tập viên').click();
      assert.match(await alert.innerText(), /Chưa tải được phần trưng bày này\. Vui lòng kiểm tra kết nối mạng rồi thử lại\.[\s\S]*Tệp data\/gallery\/55-nam-di-chuc\.json/);
      await shoot(page, 'phone-mat-mang');
      // What was already loaded still reads: back to the article.
      await page.goBack();
      await page.locator('.bt-article').waitFor();
      await page.goForward();
      await alert.waitFor();
    } finally {
      await context.setOffline(false);
    }
    // Back online, "Thử lại" loads it without reloading the page.
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('.bt-gallery li').first().waitFor();
    assert.equal(await alert.count(), 0);
    assert.deepEqual(noPanic(problems), []);
    await page.close();
  });

  test('ảnh không tải được: ô giữ chỗ nói rõ và mô tả ảnh, bài vẫn đọc được', async () => {
    const { page, problems } = await openPage(context);
    await page.route('**/images/bai/**', (route) => route.abort());
    await page.goto(env.server.url + firstArticle);
    const failed = page.locator('.bt-figure__failed').first();
    await failed.waitFor();
    const alt = special.articles[0].image.alt;
    assert.equal(await failed.innerText(), `Không tải được ảnh. ${alt}`);
    assert.ok((await page.locator('.bt-article p').count()) > 1);
    assert.deepEqual(noPanic(problems), []);
    await page.close();
  });
});
