// The gallery and its lightbox, as a reader uses them: mouse, keyboard and touch.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, shoot, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();

const WORKS = 12;
const third = 'doan-ket-la-suc-manh';
const dialog = (page) => page.getByRole('dialog');
const counter = (page) => page.locator('.bt-lightbox__counter');

async function gallery(page) {
  await page.goto(env.server.url + '/trung-bay');
  await page.locator('.bt-work').first().waitFor();
}

/** A one-finger swipe, as Chromium's touch emulation delivers it (pointer events included). */
async function swipe(page, from, to) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
  for (let i = 1; i <= 5; i++) {
    const point = { x: from.x + ((to.x - from.x) * i) / 5, y: from.y + ((to.y - from.y) * i) / 5 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [point] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function tap(page, point) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

async function imageCentre(page) {
  const box = await page.locator('.bt-zoom-stage__image').boundingBox();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

for (const [size, options] of Object.entries(viewports)) {
  describe(`trưng bày (${size})`, () => {
    let context;
    before(async () => {
      context = await env.browser.newContext(options);
    });
    after(async () => context?.close());

    test('lưới tác phẩm: tiêu đề, chú thích, địa điểm và ngày ngay trên trang', async () => {
      const { page, problems } = await openPage(context);
      await gallery(page);
      const works = page.locator('.bt-work');
      assert.equal(await works.count(), WORKS);
      const first = works.first();
      assert.equal(await first.locator('.bt-work__title').innerText(), 'Di chúc thiêng liêng');
      // The caption on wide screens; on a phone, title and place only (the caption is in
      // the lightbox), so the grid stays short.
      if (size === 'phone') {
        assert.equal(await first.locator('.bt-work__caption').isVisible(), false);
        const height = await page.locator('.bt-gallery').evaluate((g) => g.getBoundingClientRect().height);
        assert.ok(height <= 3.5 * options.viewport.height, `lưới cao ${height}px`);
      } else {
        assert.match(await first.locator('.bt-work__caption').innerText(), /mốc năm 1969/);
      }
      assert.equal(await first.locator('.bt-meta').innerText(), 'Khuôn viên Trụ sở Quận ủy Lê Chân · 11/10/2024');
      const img = first.locator('img');
      assert.equal(await img.getAttribute('width'), '800');
      assert.equal(await img.getAttribute('height'), '1100');
      assert.equal(await img.getAttribute('loading'), 'lazy');
      // Columns: 2 on a phone, 4 on a wide desktop.
      const tops = await works.evaluateAll((els) => els.slice(0, 5).map((e) => Math.round(e.getBoundingClientRect().top)));
      const columns = tops.filter((t) => t === tops[0]).length;
      assert.equal(columns, size === 'phone' ? 2 : 4);
      assert.equal(await page.title(), 'Trưng bày – Bản tin điện tử Đảng bộ quận Lê Chân');
      await shoot(page, `${size}-trung-bay`);
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('mở bằng cú nhấp, chuyển bằng phím mũi tên và nút, bộ đếm "3 / 12"', async () => {
      const { page, problems } = await openPage(context);
      await gallery(page);
      await page.locator('.bt-work__link').nth(2).click();
      await page.waitForURL(`${env.server.url}/trung-bay/${third}`);
      await dialog(page).waitFor();
      assert.equal(await dialog(page).getAttribute('aria-modal'), 'true');
      assert.equal(await counter(page).innerText(), '3 / 12');
      assert.equal(await dialog(page).locator('h2').innerText(), 'Đoàn kết là sức mạnh');
      assert.match(await dialog(page).innerText(), /Phường Trần Nguyên Hãn · 08\/10\/2024 · Đồ họa: Ban Biên tập/);
      // The full caption, which a phone's grid leaves out.
      assert.match(await dialog(page).locator('.bt-lightbox__text').innerText(), /giữ gìn con ngươi của mắt mình/);
      assert.equal(await page.locator('[aria-live="polite"]').innerText(), 'Tác phẩm 3 trên 12: Đoàn kết là sức mạnh');
      assert.equal(await page.title(), 'Đoàn kết là sức mạnh – Bản tin điện tử Đảng bộ quận Lê Chân');
      // Focus is inside the dialog, and the page behind does not scroll.
      assert.ok(await dialog(page).evaluate((d) => d.contains(document.activeElement)));
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden');
      await shoot(page, `${size}-hop-xem-anh`);
      assert.deepEqual(await axeViolations(page), []);

      await page.keyboard.press('ArrowRight');
      await page.waitForURL(`${env.server.url}/trung-bay/tham-nhuan-dao-duc-cach-mang`);
      assert.equal(await counter(page).innerText(), '4 / 12');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      assert.equal(await counter(page).innerText(), '2 / 12');
      await page.getByRole('link', { name: 'Tác phẩm trước' }).click();
      await page.getByRole('link', { name: 'Tác phẩm trước' }).click();
      assert.equal(await counter(page).innerText(), '12 / 12');
      await page.getByRole('link', { name: 'Tác phẩm sau' }).click();
      assert.equal(await counter(page).innerText(), '1 / 12');
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('Esc đóng, tiêu điểm về ảnh nhỏ; Back sau đó rời trang, không đi qua từng tác phẩm', async () => {
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/');
      await page.locator('.bt-hero').first().waitFor();
      await openMenu(page);
      await page.getByRole('link', { name: 'Trưng bày' }).click();
      await page.locator('.bt-work').first().waitFor();
      await page.locator('.bt-work__link').nth(2).click();
      await dialog(page).waitFor();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.equal(await counter(page).innerText(), '5 / 12');
      await page.keyboard.press('Escape');
      await page.waitForURL(env.server.url + '/trung-bay');
      assert.equal(await dialog(page).count(), 0);
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tac-pham-boi-duong-the-he-cach-mang');
      assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).overflow), 'hidden');
      await page.goBack();
      await page.waitForURL(env.server.url + '/');
      await page.locator('.bt-hero').first().waitFor();
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('nút Back của trình duyệt đóng hộp xem ảnh', async () => {
      const { page, problems } = await openPage(context);
      await gallery(page);
      await page.locator('.bt-work__link').first().click();
      await dialog(page).waitFor();
      await page.getByRole('link', { name: 'Tác phẩm sau' }).click();
      await page.goBack();
      await page.waitForURL(env.server.url + '/trung-bay');
      await page.locator('.bt-lightbox').waitFor({ state: 'detached' });
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'tac-pham-hoc-tap-va-lam-theo-bac');
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('đường dẫn tới một tác phẩm mở đúng tác phẩm đó, cả khi tải lại', async () => {
      const { page, problems } = await openPage(context);
      await page.goto(`${env.server.url}/trung-bay/76-nam-nganh-kiem-tra`);
      await dialog(page).waitFor();
      await page.reload();
      await dialog(page).waitFor();
      assert.equal(await counter(page).innerText(), '11 / 12');
      assert.equal(await dialog(page).locator('h2').innerText(), '76 năm ngành Kiểm tra Đảng');
      await page.getByRole('link', { name: 'Đóng' }).click();
      await page.waitForURL(env.server.url + '/trung-bay');
      await page.waitForFunction(() => document.activeElement?.id === 'tac-pham-76-nam-nganh-kiem-tra');
      await page.goto(`${env.server.url}/trung-bay/khong-co-tac-pham-nay`);
      await page.getByText('Không có tác phẩm này trong phòng trưng bày.').waitFor();
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('bàn phím: Enter mở, Tab không ra khỏi hộp, +/− phóng to thu nhỏ', async () => {
      const { page, problems } = await openPage(context);
      await gallery(page);
      await page.locator('#tac-pham-can-kiem-liem-chinh').focus();
      await page.keyboard.press('Enter');
      await dialog(page).waitFor();
      assert.equal(await counter(page).innerText(), '7 / 12');
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
        assert.ok(await dialog(page).evaluate((d) => d.contains(document.activeElement)), `Tab lần ${i + 1} ra khỏi hộp`);
      }
      const img = page.locator('.bt-zoom-stage__image');
      await page.keyboard.press('+');
      assert.equal(await img.getAttribute('data-zoomed'), 'true');
      await page.keyboard.press('-');
      assert.equal(await img.getAttribute('data-zoomed'), 'false');
      await page.getByRole('button', { name: 'Phóng to' }).click();
      assert.equal(await img.getAttribute('data-zoomed'), 'true');
      await page.getByRole('button', { name: 'Thu nhỏ' }).click();
      assert.equal(await img.getAttribute('data-zoomed'), 'false');
      // The mouse wheel zooms in and out over the picture, and a zoomed picture pans by drag.
      const box = await img.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, -300);
      await page.waitForFunction(() => document.querySelector('.bt-zoom-stage__image').dataset.zoomed === 'true');
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 4 });
      await page.mouse.up();
      assert.match(await img.evaluate((e) => e.style.transform), /translate\([1-9]/);
      assert.equal(await counter(page).innerText(), '7 / 12');
      for (let i = 0; i < 10 && (await img.getAttribute('data-zoomed')) === 'true'; i++) {
        await page.mouse.wheel(0, 300);
        await page.waitForTimeout(50);
      }
      assert.equal(await img.getAttribute('data-zoomed'), 'false');
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('trưng bày trên màn hình cảm ứng', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext(viewports.phone);
  });
  after(async () => context?.close());

  test('vuốt để chuyển, chạm đúp và chụm hai ngón để phóng to, kéo để xem phần khác, chạm ra ngoài để đóng', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(`${env.server.url}/trung-bay/${third}`);
    await dialog(page).waitFor();
    const img = page.locator('.bt-zoom-stage__image');
    await img.waitFor();
    let c = await imageCentre(page);
    await swipe(page, { x: c.x + 100, y: c.y }, { x: c.x - 100, y: c.y });
    await page.waitForURL(`${env.server.url}/trung-bay/tham-nhuan-dao-duc-cach-mang`);
    assert.equal(await counter(page).innerText(), '4 / 12');
    await swipe(page, { x: c.x - 100, y: c.y }, { x: c.x + 100, y: c.y });
    await page.waitForURL(`${env.server.url}/trung-bay/${third}`);

    c = await imageCentre(page);
    await tap(page, c);
    await tap(page, c);
    assert.equal(await img.getAttribute('data-zoomed'), 'true');
    // Zoomed: a drag pans instead of changing the work.
    await swipe(page, { x: c.x, y: c.y }, { x: c.x - 120, y: c.y });
    assert.equal(await counter(page).innerText(), '3 / 12');
    assert.match(await img.evaluate((e) => e.style.transform), /translate\(-\d/);
    await tap(page, c);
    await tap(page, c);
    assert.equal(await img.getAttribute('data-zoomed'), 'false');

    // A double tap off the centre zooms around the point tapped: the spot under the finger
    // stays under it (the picture moves up and left for a tap below and right of centre).
    const spot = { x: c.x + 40, y: c.y + 30 };
    await tap(page, spot);
    await tap(page, spot);
    assert.equal(await img.getAttribute('data-zoomed'), 'true');
    const [dx, dy] = await img.evaluate((e) => e.style.transform.match(/translate\((-?[\d.]+)px, (-?[\d.]+)px\)/).slice(1).map(Number));
    // At 2.5×, the spot 40 px and 30 px from the centre would be 100 and 75 px away: the
    // picture moves back by the difference.
    assert.deepEqual([Math.round(dx), Math.round(dy)], [-60, -45]);
    await tap(page, spot);
    await tap(page, spot);
    assert.equal(await img.getAttribute('data-zoomed'), 'false');

    const cdp = await context.newCDPSession(page);
    const pinch = (d) => [{ x: c.x - d, y: c.y, id: 1 }, { x: c.x + d, y: c.y, id: 2 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pinch(30) });
    for (const d of [50, 80, 110]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pinch(d) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    assert.equal(await img.getAttribute('data-zoomed'), 'true');
    assert.match(await img.evaluate((e) => e.style.transform), /scale\(3\.[0-9]+\)|scale\(4\.000\)/);
    for (let i = 0; i < 10 && (await img.getAttribute('data-zoomed')) === 'true'; i++) {
      await page.getByRole('button', { name: 'Thu nhỏ' }).click();
    }
    assert.equal(await img.getAttribute('data-zoomed'), 'false');

    // A tap beside the picture closes the lightbox (after the zoom-out transition settles,
    // the picture leaves a band above or beside it).
    await page.waitForTimeout(300);
    const stage = await page.locator('.bt-zoom-stage').boundingBox();
    const picture = await img.boundingBox();
    const above = picture.y > stage.y + 10;
    const beside = picture.x > stage.x + 10;
    assert.ok(above || beside, `no room beside the picture to tap: ${JSON.stringify({ stage, picture })}`);
    await tap(page, above ? { x: stage.x + stage.width / 2, y: stage.y + 5 } : { x: stage.x + 5, y: stage.y + stage.height / 2 });
    await page.waitForURL(env.server.url + '/trung-bay');
    assert.equal(await dialog(page).count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('trưng bày khi ảnh lỗi hoặc tải chậm', () => {
  test('ảnh kề bên được tải sẵn khi mở một tác phẩm', async () => {
    // On a phone the last works are far below the fold, so their lazy thumbnails have not
    // loaded: any request for them comes from the lightbox's preloading.
    const context = await env.browser.newContext(viewports.phone);
    const { page, problems } = await openPage(context);
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${env.server.url}/trung-bay/76-nam-nganh-kiem-tra`);
    await dialog(page).waitFor();
    await page.waitForTimeout(500);
    assert.ok(requested.some((p) => p.endsWith('pano-xay-dung-dang.svg')), 'ảnh trước chưa được tải sẵn');
    assert.ok(requested.some((p) => p.endsWith('pano-dai-hoi.svg')), 'ảnh sau chưa được tải sẵn');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('ảnh hỏng: hiện thông báo, không hiện biểu tượng ảnh vỡ', async () => {
    const context = await env.browser.newContext(viewports.phone);
    const { page } = await openPage(context);
    await page.route('**/images/trung-bay/pano-doan-ket.svg', (route) => route.fulfill({ status: 404, body: '' }));
    await gallery(page);
    await page.locator('.bt-work').nth(2).scrollIntoViewIfNeeded();
    await page.locator('.bt-work').nth(2).getByText('Không tải được ảnh').waitFor();
    await page.locator('.bt-work__link').nth(2).click();
    await dialog(page).getByText('Không tải được ảnh của tác phẩm này.').waitFor();
    assert.equal(await dialog(page).locator('.bt-zoom-stage img').count(), 0);
    // The rest still works.
    await page.keyboard.press('ArrowRight');
    await dialog(page).locator('.bt-zoom-stage img').waitFor();
    await context.close();
  });

  test('lưới không xê dịch khi ảnh tải chậm (CLS = 0)', async () => {
    const context = await env.browser.newContext(viewports.phone);
    const { page, problems } = await openPage(context);
    await page.route('**/images/trung-bay/*.svg', async (route) => {
      await new Promise((r) => setTimeout(r, 600));
      await route.continue();
    });
    await page.addInitScript(() => {
      window.__shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(env.server.url + '/trung-bay');
    await page.locator('.bt-work').first().waitFor();
    const shiftBefore = await page.evaluate(() => window.__shift);
    await page.waitForFunction(() => [...document.querySelectorAll('.bt-work__image')].slice(0, 4).every((i) => i.complete));
    await page.waitForTimeout(200);
    const shift = (await page.evaluate(() => window.__shift)) - shiftBefore;
    assert.equal(shift, 0, `layout shift ${shift}`);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('nhiều bộ sưu tập: lọc theo bộ sưu tập, lựa chọn được đánh dấu', async () => {
    const context = await env.browser.newContext(viewports.desktop);
    const { page, problems } = await openPage(context);
    // A second collection in the catalog's head, which the gallery reads (the build's front
    // file holds it: the gallery downloads no catalog that grows with the issues).
    const front = await (await fetch(env.server.url + '/data/chi-muc/trang-chu.json')).json();
    front.head.catalog.gallery.push({ id: 'tranh-co-dong', title: 'Tranh cổ động', file: 'data/gallery/tranh-co-dong.json' });
    const second = {
      schema_version: 1,
      collection: 'tranh-co-dong',
      title: 'Tranh cổ động',
      description: 'Bộ sưu tập thử nghiệm.',
      works: [{
        id: 'tranh-mot', title: 'Tranh một', caption: 'Chú thích.', place: 'Phường An Biên', date: '2024-10-11',
        image: { src: 'images/trung-bay/pano-le-chan.svg', width: 800, height: 1100, alt: 'Tranh' },
      }],
    };
    await page.route('**/data/chi-muc/trang-chu.json', (route) => route.fulfill({ json: front }));
    await page.route('**/data/gallery/tranh-co-dong.json', (route) => route.fulfill({ json: second }));
    await gallery(page);
    assert.equal(await page.locator('.bt-work').count(), WORKS + 1);
    const chips = page.getByRole('navigation', { name: 'Bộ sưu tập' });
    assert.equal(await chips.locator('[aria-current="true"]').innerText(), 'Tất cả');
    await chips.getByRole('link', { name: 'Tranh cổ động' }).click();
    await page.waitForURL(env.server.url + '/trung-bay?bo-suu-tap=tranh-co-dong');
    await page.waitForFunction(() => document.querySelectorAll('.bt-work').length === 1);
    assert.equal(await chips.locator('[aria-current="true"]').innerText(), 'Tranh cổ động');
    await page.locator('.bt-work__link').first().click();
    await dialog(page).waitFor();
    assert.equal(await counter(page).innerText(), '1 / 1');
    assert.ok(page.url().endsWith('/trung-bay/tranh-mot?bo-suu-tap=tranh-co-dong'));
    // A collection the build did not draw has no QR codes: the work's printed address goes
    // without one, not with a broken picture; that code is the one missing file.
    await page.waitForFunction(() => document.querySelector('.bt-lightbox .bt-print-address__code')?.hidden === true);
    assert.deepEqual(problems, ['console: Failed to load resource: the server responded with a status of 404 (Not Found) (/ma-qr/trung-bay/tranh-mot.svg)']);
    await context.close();
  });

  test('người đọc chọn giảm chuyển động: ảnh không có hiệu ứng chuyển', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, reducedMotion: 'reduce' });
    const { page } = await openPage(context);
    await page.goto(`${env.server.url}/trung-bay/${third}`);
    const img = page.locator('.bt-zoom-stage__image');
    await img.waitFor();
    const duration = await img.evaluate((e) => parseFloat(getComputedStyle(e).transitionDuration));
    assert.ok(duration < 0.001, `transition ${duration}s`);
    await context.close();
  });

  for (const [size, options] of Object.entries(viewports)) {
    test(`số đặc biệt dẫn vào phòng trưng bày: một dải tác phẩm (${size})`, async () => {
      const context = await env.browser.newContext(options);
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
      const strip = page.getByRole('region', { name: 'Công trình tuyên truyền trực quan kỷ niệm 55 năm thực hiện Di chúc của Chủ tịch Hồ Chí Minh' });
      // Above the table of contents, the first four works, each a way to its own page.
      const [stripBox, toc] = [await strip.boundingBox(), await page.locator('.bt-toc').boundingBox()];
      assert.ok(stripBox.y < toc.y);
      const works = strip.locator('.bt-strip__link');
      assert.equal(await works.count(), 4);
      assert.equal(await works.first().innerText(), 'Di chúc thiêng liêng');
      const tops = await works.evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().top)));
      assert.equal(new Set(tops).size, 1, 'một hàng');
      await shoot(page, `${size}-so-dac-biet-trung-bay`);
      await works.nth(1).click();
      await page.locator('[role="dialog"]').waitFor();
      assert.equal(await page.locator('[role="dialog"] h2').innerText(), await page.evaluate(() => document.title.split(' – ')[0]));
      await page.goBack();
      await strip.getByRole('link', { name: 'Xem cả 12 tác phẩm trưng bày' }).click();
      await page.waitForURL(env.server.url + '/trung-bay');
      await page.locator('.bt-work').first().waitFor();
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});
