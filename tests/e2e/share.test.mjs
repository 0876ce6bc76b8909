// Sharing an article or a gallery work (share sheet, copy link, Zalo, Facebook) and printing
// an article.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, shoot, siteUrl, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
const TITLE = 'Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW năm 2023 – 2024';

test('bài viết: sao chép liên kết, Zalo, Facebook, bảng chia sẻ của máy', async () => {
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  // The phone's share sheet, recorded (headless Chromium on Linux has none).
  await context.addInitScript(() => {
    window.__shared = [];
    navigator.share = async (data) => void window.__shared.push(data);
  });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + ARTICLE);
  const share = page.getByRole('region', { name: 'Chia sẻ' });
  await share.waitFor();
  // The page's public address (the build's site URL), not the test server's.
  const url = siteUrl() + ARTICLE;

  await share.getByRole('button', { name: 'Chia sẻ…' }).click();
  await page.waitForFunction(() => window.__shared.length === 1);
  assert.deepEqual(await page.evaluate(() => window.__shared[0]), { title: TITLE, url });

  // As the reader sees it: one line with its space (it once read "Sao chép" / "liên kết").
  assert.equal(await share.getByRole('button', { name: 'Sao chép liên kết' }).innerText(), 'Sao chép liên kết');
  await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await share.getByRole('status').getByText('Đã sao chép liên kết.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), url);

  const encoded = encodeURIComponent(url);
  assert.equal(await share.getByRole('link', { name: /Zalo/ }).getAttribute('href'), `https://sp.zalo.me/share_to_zalo?url=${encoded}`);
  assert.equal(await share.getByRole('link', { name: /Facebook/ }).getAttribute('href'), `https://www.facebook.com/sharer/sharer.php?u=${encoded}`);
  assert.equal(await share.getByRole('link', { name: /Facebook/ }).getAttribute('rel'), 'noopener noreferrer');
  await shoot(page, 'phone-chia-se');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('không có bảng chia sẻ hay không sao chép được: không có nút thừa, có lời nhắn kèm liên kết', async () => {
  const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  await context.addInitScript(() => {
    delete Navigator.prototype.share;
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('no', 'NotAllowedError')) },
    });
  });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + ARTICLE);
  const share = page.getByRole('region', { name: 'Chia sẻ' });
  await share.waitFor();
  assert.equal(await share.getByRole('button', { name: 'Chia sẻ…' }).count(), 0);
  await share.getByRole('button', { name: 'Sao chép liên kết' }).click();
  await share.getByRole('status').getByText(`Không sao chép được. Liên kết: ${siteUrl()}${ARTICLE}`).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('tác phẩm trong hộp xem ảnh có nút chia sẻ của chính tác phẩm; Tab vẫn quay vòng trong hộp', async () => {
  const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + '/trung-bay/di-chuc-thieng-lieng');
  const dialog = page.getByRole('dialog');
  const facebook = dialog.getByRole('link', { name: /Facebook/ });
  await facebook.waitFor();
  const work = encodeURIComponent(`${siteUrl()}/trung-bay/di-chuc-thieng-lieng`);
  assert.equal(await facebook.getAttribute('href'), `https://www.facebook.com/sharer/sharer.php?u=${work}`);
  // Moving on shares the next work.
  await page.keyboard.press('ArrowRight');
  await page.waitForURL(/\/trung-bay\/(?!di-chuc)/);
  const next = encodeURIComponent(siteUrl() + new URL(page.url()).pathname);
  await page.waitForFunction((href) => document.querySelector('[role="dialog"] a[href*="facebook"]')?.getAttribute('href') === href, `https://www.facebook.com/sharer/sharer.php?u=${next}`);
  // From the last link, Tab wraps to the first control.
  await facebook.focus();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Thu nhỏ');
  await shoot(page, 'desktop-hop-xem-anh-chia-se');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in bài viết: chỉ bài, ảnh kèm chú thích, địa chỉ của bài; không thanh điều hướng, không nút', async () => {
  const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + ARTICLE);
  await page.locator('.bt-article h1').waitFor();
  assert.equal(await page.locator('.bt-print-only').isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  for (const hidden of ['.bt-header', '.bt-footer', '.bt-share', '.bt-pager', '.bt-breadcrumbs', '.bt-back']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, hidden);
  }
  assert.ok(await page.locator('.bt-article h1').isVisible());
  const figure = page.locator('.bt-article .bt-figure').first();
  assert.ok(await figure.locator('img').isVisible());
  assert.ok(await figure.locator('figcaption').isVisible());
  assert.equal(await page.locator('.bt-print-only').innerText(), `Địa chỉ: ${siteUrl()}${ARTICLE}`);
  // Its QR code, drawn by the build, is printed beside it.
  const code = page.locator('.bt-print-only img');
  await code.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => document.querySelector('.bt-print-only img').naturalWidth > 0);
  assert.equal(await code.getAttribute('alt'), 'Mã QR của địa chỉ này');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000, `PDF ${pdf.length} bytes`);
  assert.deepEqual(problems, []);
  await context.close();
});
