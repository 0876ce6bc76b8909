// The written page is the page most readers get (src/publish/static_page.rs): before any
// app it shares the page's public address, shows a shared work, says the text size as it
// is, and when the app cannot come, tells the reader instead of leaving a control busy
// (src/publish/shell/js/loader.js).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { dist, handedOver, openPage, shoot, siteUrl, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const WASM = /_bg\.wasm$/;
const ARTICLE = '/so/so-dac-biet-10-2024/76-nam-nganh-kiem-tra-dang';
const WORK = '/trung-bay/doan-ket-la-suc-manh';

/** Every HTML file the build wrote under `folder`. */
function pages(folder = dist) {
  return readdirSync(folder, { recursive: true })
    .filter((file) => file.endsWith('.html'))
    .map((file) => ({ file, html: readFileSync(join(folder, file), 'utf8') }));
}

/** `href` values of the links in `html` that start with `prefix`, entities decoded. */
const links = (html, prefix) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1].replaceAll('&amp;', '&')).filter((href) => href.startsWith(prefix));

test('mọi trang có nút chia sẻ đều chia sẻ đúng địa chỉ chính thức của nó, đọc từ tệp', () => {
  let shared = 0;
  for (const { file, html } of pages()) {
    const zalo = links(html, 'https://sp.zalo.me/share_to_zalo?url=');
    const facebook = links(html, 'https://www.facebook.com/sharer/sharer.php?u=');
    if (!zalo.length && !facebook.length) continue;
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1];
    assert.ok(canonical, `${file}: có địa chỉ chính thức`);
    assert.deepEqual(zalo, [`https://sp.zalo.me/share_to_zalo?url=${encodeURIComponent(canonical)}`], file);
    assert.deepEqual(facebook, [`https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(canonical)}`], file);
    // On paper: the same address, and its QR code, a file the build wrote.
    assert.ok(html.includes(`>${canonical}</a>`), `${file}: địa chỉ in ra`);
    const code = html.match(/<img src="(ma-qr\/[^"]+\.svg)"/)?.[1];
    assert.ok(code, `${file}: mã QR`);
    assert.match(readFileSync(join(dist, code), 'utf8'), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    shared += 1;
  }
  // Every article and every work of the sample.
  const articles = pages().filter(({ file }) => /^so\/[^/]+\/[^/]+\/index\.html$/.test(file)).length;
  const works = pages().filter(({ file }) => /^trung-bay\/[^/]+\/index\.html$/.test(file)).length;
  assert.ok(articles >= 18 && works >= 12, `${articles} bài, ${works} tác phẩm`);
  assert.equal(shared, articles + works, 'mỗi bài, mỗi tác phẩm');
});

for (const [size, options] of Object.entries(viewports)) {
  describe(`trang đã viết sẵn, ứng dụng chưa chạy (${size})`, () => {
    test('địa chỉ của một tác phẩm cho thấy chính tác phẩm: ảnh lớn, lời giới thiệu, tác phẩm trước và sau', async () => {
      const context = await env.browser.newContext({ ...options, locale: 'vi-VN' });
      const { page, problems } = await openPage(context);
      const asked = [];
      page.on('request', (r) => WASM.test(r.url()) && asked.push(r.url()));
      await page.route(WASM, () => {});
      await page.goto(env.server.url + WORK, { waitUntil: 'load', handover: false });
      const dialog = page.locator('#bt-static').getByRole('dialog', { name: 'Đoàn kết là sức mạnh' });
      await dialog.waitFor();
      assert.equal(await dialog.locator('.bt-lightbox__counter').innerText(), '3 / 12');
      const picture = dialog.locator('.bt-zoom-stage__image');
      await page.waitForFunction(() => document.querySelector('.bt-zoom-stage__image')?.naturalWidth > 0);
      const box = await picture.boundingBox();
      assert.ok(box.height > options.viewport.height * 0.4, `ảnh cao ${box.height}px`);
      assert.match(await dialog.locator('.bt-lightbox__text').innerText(), /giữ gìn con ngươi của mắt mình/);
      assert.match(await dialog.locator('.bt-lightbox__meta').innerText(), /^Phường Trần Nguyên Hãn · 08\/10\/2024/);
      // Focus is in the dialog from the start (its autofocus), and the page behind is still.
      assert.ok(await dialog.evaluate((d) => d === document.activeElement));
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden');
      await shoot(page, `${size}-tac-pham-viet-san`, { fullPage: false });
      // "Tác phẩm sau" is a page the build wrote, and "Đóng" leads back to the gallery.
      await dialog.getByRole('link', { name: 'Tác phẩm sau' }).click();
      await page.waitForURL(/\/trung-bay\/tham-nhuan-dao-duc-cach-mang\/?$/);
      await page.locator('#bt-static [role=dialog] .bt-lightbox__counter', { hasText: '4 / 12' }).waitFor();
      await page.locator('#bt-static').getByRole('link', { name: 'Đóng' }).click();
      await page.waitForURL(/\/trung-bay\/?$/);
      // The keys work as in the app's lightbox, before any app: → and ← step, Esc closes.
      await page.goto(env.server.url + WORK, { waitUntil: 'load', handover: false });
      await dialog.waitFor();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL(/\/trung-bay\/tham-nhuan-dao-duc-cach-mang\/?$/);
      await page.locator('#bt-static [role=dialog] .bt-lightbox__counter', { hasText: '4 / 12' }).waitFor();
      await page.keyboard.press('ArrowLeft');
      await page.locator('#bt-static [role=dialog] .bt-lightbox__counter', { hasText: '3 / 12' }).waitFor();
      await page.keyboard.press('Escape');
      await page.waitForURL(/\/trung-bay\/?$/);
      await page.locator('#bt-static .bt-gallery').waitFor();
      assert.equal(await page.locator('[role=dialog]').count(), 0);
      assert.deepEqual(asked, [], 'không tải ứng dụng');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

test('in một bài ngay khi mở, không cuộn: mã QR đã có trên giấy', async () => {
  // The code is fetched with the page (last, at low priority), not lazily: a lazy picture
  // below the screen was still an empty box in Chromium's PDF.
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + ARTICLE, { waitUntil: 'load', handover: false });
  const code = page.locator('.bt-print-only img');
  assert.equal(await code.getAttribute('loading'), null);
  assert.equal(await code.getAttribute('fetchpriority'), 'low');
  assert.ok(await code.evaluate((img) => img.complete && img.naturalWidth > 0), 'tải xong cùng trang');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await code.isVisible());
  assert.deepEqual(problems, []);
  await context.close();
});

test('cỡ chữ 150% đã lưu: tải lại vẫn ghi “150%”, cả hai nút bấm được, trước khi có ứng dụng', async () => {
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  await page.route(WASM, () => {});
  await page.goto(env.server.url + ARTICLE, { waitUntil: 'load', handover: false });
  await page.evaluate(() => localStorage.setItem('ban-tin-le-chan:co-chu', '2'));
  await page.reload({ waitUntil: 'load', handover: false });
  const control = page.locator('#bt-static').getByRole('group', { name: 'Cỡ chữ' });
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 150%');
  assert.equal(await control.getByRole('button', { name: /Chữ nhỏ hơn/ }).isEnabled(), true);
  assert.equal(await control.getByRole('button', { name: /Chữ lớn hơn/ }).isEnabled(), true);
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-co-chu')), '2');
  // At the largest size the larger button is off, as in the app.
  await page.evaluate(() => localStorage.setItem('ban-tin-le-chan:co-chu', '4'));
  await page.reload({ waitUntil: 'load', handover: false });
  assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 200%');
  assert.equal(await control.getByRole('button', { name: /Chữ lớn hơn/ }).isDisabled(), true);
  assert.equal(await control.getByRole('button', { name: /Chữ nhỏ hơn/ }).isEnabled(), true);
  assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
  await context.close();
});

describe('khi ứng dụng không đến được', () => {
  test('mã của ứng dụng bị chặn: nút bấm trở lại bình thường, bạn đọc được báo, “Thử lại” làm đúng việc đã bấm', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    await page.route(WASM, (route) => route.abort('blockedbyclient'));
    await page.goto(env.server.url + '/', { waitUntil: 'load', handover: false });
    const rows = page.locator('.bt-article-list > .bt-article-item');
    const before = await rows.count();
    // "Xem thêm" needs the app (the written page's script answers only what needs no
    // content: text size, copy, the share sheet, print).
    const more = page.locator('#bt-static').getByRole('button', { name: /Xem thêm/ });
    await more.tap();
    const notice = page.getByRole('alert').filter({ hasText: 'Chưa làm được việc bạn vừa chọn' });
    await notice.waitFor({ timeout: 5000 });
    assert.match(await notice.innerText(), /Bạn vẫn đọc được trang này và mở các liên kết như thường/);
    assert.equal(await more.getAttribute('aria-busy'), null, 'không còn bận');
    assert.equal(await page.locator('[aria-busy]').count(), 0);
    assert.equal(await page.locator('#bt-static .bt-article-list').isVisible(), true, 'trang vẫn đọc được');
    await shoot(page, 'phone-ung-dung-khong-den', { fullPage: false });
    // The network is back: "Thử lại" starts the app and does what was asked.
    await page.unroute(WASM);
    await notice.getByRole('button', { name: 'Thử lại' }).click();
    await handedOver(page);
    await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length === n + 8, before);
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource|Failed to fetch|WebAssembly/.test(p)), []);
    await context.close();
  });

  test('ứng dụng đến nhưng không tải được nội dung: bạn đọc được báo, trang viết sẵn ở lại', async () => {
    const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    await page.route('**/data/chi-muc/trang-chu.json', (route) => route.abort('internetdisconnected'));
    await page.goto(env.server.url + '/', { waitUntil: 'load', handover: false });
    const more = page.locator('#bt-static').getByRole('button', { name: /Xem thêm/ });
    await more.click();
    const notice = page.getByRole('alert').filter({ hasText: 'không tải được nội dung' });
    await notice.waitFor({ timeout: 20_000 });
    assert.equal(await more.getAttribute('aria-busy'), null);
    assert.equal(await page.locator('#bt-static').count(), 1);
    assert.equal(await notice.getByRole('button', { name: 'Thử lại' }).count(), 1);
    // "Đóng" puts it away.
    await notice.getByRole('button', { name: 'Đóng' }).click();
    assert.equal(await page.getByRole('alert').count(), 0);
    assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
    await context.close();
  });

  test('mạng quá chậm: sau vài giây nút bấm thôi bận và bạn đọc được báo', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    // The wasm never answers.
    await page.route(WASM, () => {});
    await page.goto(env.server.url + '/', { waitUntil: 'load', handover: false });
    const more = page.locator('#bt-static').getByRole('button', { name: /Xem thêm/ });
    await more.tap();
    assert.equal(await more.getAttribute('aria-busy'), 'true');
    const notice = page.getByRole('alert').filter({ hasText: 'Mạng đang chậm' });
    await notice.waitFor({ timeout: 15_000 });
    assert.equal(await more.getAttribute('aria-busy'), null);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('mỗi trang viết sẵn có đúng ba đoạn mã của dự án (src/publish/shell/js), mỗi đoạn có mã băm trong CSP', () => {
  // The loader and the page's scripts come from src/publish/shell/js/ (named in the CSP by hash):
  // each page holds exactly the three, and the policy names each one's hash.
  for (const { file, html } of pages()) {
    if (relative('.', file).startsWith('xem-truoc/index')) continue;
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
    assert.equal(inline.length, 3, `${file}: ${inline.length} đoạn mã`);
    assert.ok(inline.some((s) => s.includes('TrunkApplicationStarted')), `${file}: trình nạp`);
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
    for (const script of inline) {
      const hash = createHash('sha256').update(script).digest('base64');
      assert.ok(policy.includes(`'sha256-${hash}'`), `${file}: mã băm trong CSP`);
    }
  }
});
