// The bulletin's identity and how it reads: the masthead (the Party Committee above the
// bulletin's name, the emblem, today's date), the footer from the catalog, 44 px touch
// targets, and the dark scheme with axe, at phone and desktop size.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, PAGE_KINDS, pageSlug, shoot, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();

/** Today as a reader in Việt Nam reads it: "Chủ nhật, 06/12/2026". */
function todayInWords() {
  const days = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
  const d = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${days[d.getDay()]}, ${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}`;
}

/** Links and buttons of the page's frame and small navigation whose touch target is under
 *  44 × 44 px (links inside running text are exempt, as WCAG 2.5.8 allows). */
function smallTargets() {
  const selector = [
    '.bt-header a', '.bt-header button', '.bt-breadcrumbs a', '.bt-kicker a', '.bt-chip',
    '.bt-button', '.bt-pager a', '.bt-share__button', '.bt-more a', '.bt-more button',
    '.bt-text-size__button',
  ].join(', ');
  return [...document.querySelectorAll(selector)]
    .filter((el) => el.getClientRects().length > 0)
    .map((el) => ({ el, r: el.getBoundingClientRect() }))
    .filter(({ r }) => r.width < 44 - 0.5 || r.height < 44 - 0.5)
    .map(({ el, r }) => `${el.className || el.tagName} “${el.textContent.trim().slice(0, 30)}” ${Math.round(r.width)}×${Math.round(r.height)}`);
}

for (const [size, options] of Object.entries(viewports)) {
  describe(`nhận diện và cách đọc (${size})`, () => {
    let context;
    before(async () => {
      context = await env.browser.newContext({ ...options, locale: 'vi-VN' });
    });
    after(async () => context?.close());

    test('đầu trang: tên Quận ủy trên tên bản tin, biểu trưng, ngày hôm nay; chân trang: cơ quan xuất bản', async () => {
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/');
      const header = page.locator('.bt-header');
      // Words of two syllables are held together by no-break spaces (a phone shows the
      // publisher's first part and reads out the rest).
      const words = async (locator) => (await locator.innerText()).replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').replace(' ,', ',');
      assert.equal(await words(header.locator('.bt-header__publisher')), 'QUẬN ỦY LÊ CHÂN, THÀNH PHỐ HẢI PHÒNG');
      assert.equal(await words(header.locator('.bt-header__name')), 'Bản tin điện tử Đảng bộ quận Lê Chân');
      const [publisher, name] = [await header.locator('.bt-header__publisher').boundingBox(), await header.locator('.bt-header__name').boundingBox()];
      assert.ok(publisher.y + publisher.height <= name.y + 1, 'tên Quận ủy ở trên tên bản tin');
      // The emblem is drawn, and hidden from screen readers (the name says who it is).
      const emblem = await header.locator('svg.bt-emblem').boundingBox();
      assert.ok(emblem.width >= 40 && emblem.height >= 40);
      assert.equal(await header.locator('svg.bt-emblem').getAttribute('aria-hidden'), 'true');
      // The home link's accessible name is the publisher and the bulletin.
      assert.equal(
        // (A phone clips the part after the comma, which may read with a space before it.)
        await header.getByRole('link', { name: /^Quận ủy Lê Chân ?, thành phố Hải Phòng Bản tin điện tử Đảng bộ quận Lê Chân$/ }).count(),
        1,
      );
      // On a phone the name breaks into balanced lines: no word left alone on the last.
      const lastLine = await header.locator('.bt-header__name').evaluate((el) => {
        const range = document.createRange();
        range.selectNodeContents(el);
        const rects = [...range.getClientRects()];
        const bottom = Math.max(...rects.map((r) => r.bottom));
        return rects.filter((r) => r.bottom === bottom).reduce((w, r) => w + r.width, 0);
      });
      assert.ok(lastLine > 80, `dòng cuối của tên chỉ rộng ${lastLine}px`);
      // Today's date, in the written page and in the app alike.
      assert.equal(await header.locator('.bt-today').innerText(), todayInWords());
      // The footer says who publishes the bulletin; the sample gives no contact, so none is
      // shown (no invented phone number or licence).
      const footer = page.locator('.bt-footer');
      assert.equal(await footer.locator('.bt-footer__name').innerText(), 'Bản tin điện tử Đảng bộ quận Lê Chân');
      const lines = await footer.locator('.bt-footer__line').evaluateAll((ls) => ls.map((l) => `${l.querySelector('dt').textContent}: ${l.querySelector('dd').textContent}`));
      assert.deepEqual(lines, ['Cơ quan xuất bản: Quận ủy Lê Chân, thành phố Hải Phòng']);
      assert.equal(await footer.locator('a[href^="tel:"], a[href^="mailto:"]').count(), 0);
      await shoot(page, `${size}-dau-trang`);
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('mọi liên kết điều hướng và nút có vùng chạm ít nhất 44 × 44 px', async () => {
      const { page, problems } = await openPage(context);
      for (const [path, ready] of PAGE_KINDS) {
        await page.goto(env.server.url + path);
        await page.locator(ready).first().waitFor();
        assert.deepEqual(await page.evaluate(smallTargets), [], path);
        // Every page kind's first screen, light, to look at beside the dark one below.
        await shoot(page, `${size}-sang-${pageSlug(path)}`, { fullPage: false });
      }
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('bài viết: một cột đọc khoảng 65–70 chữ một dòng, chữ 19–20 px, cột bên “Cùng chuyên mục” trên máy tính', async () => {
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01');
      const paragraph = page.locator('.bt-prose p').first();
      const fontSize = await paragraph.evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      // Characters on the paragraph's first full line.
      const perLine = await paragraph.evaluate((p) => {
        const text = p.firstChild;
        const range = document.createRange();
        const top = (i) => { range.setStart(text, i); range.setEnd(text, i + 1); return range.getBoundingClientRect().top; };
        let i = 0;
        while (i < text.length - 1 && top(i + 1) === top(0)) i++;
        return i + 1;
      });
      const column = await page.locator('.bt-reading').boundingBox();
      const width = options.viewport.width;
      if (options.isMobile) {
        assert.equal(fontSize, 18);
        assert.ok(column.width >= width - 40, `cột rộng ${column.width}px`);
      } else {
        assert.ok(fontSize >= 19 && fontSize <= 20, `chữ ${fontSize}px`);
        assert.ok(perLine >= 60 && perLine <= 75, `${perLine} chữ một dòng`);
        // "Cùng chuyên mục" stands beside the article, level with its top, and stays in
        // view as the article scrolls; the two are centred together in the window (the
        // scrollbar aside).
        const article = await page.locator('.bt-article').boundingBox();
        const aside = await page.locator('.bt-related').boundingBox();
        assert.ok(aside.x >= article.x + article.width + 16, `cột bên: x ${aside.x}, bài đến ${article.x + article.width}`);
        assert.ok(Math.abs(aside.y - article.y) <= 2, `cột bên ngang đầu bài: ${aside.y} / ${article.y}`);
        assert.ok(aside.width >= 240, `cột bên rộng ${aside.width}px`);
        const [left, right] = [article.x, width - aside.x - aside.width];
        assert.ok(Math.abs(left - right) <= 20, `lề trái ${left}px, lề phải ${right}px`);
        await page.evaluate(() => scrollTo(0, document.querySelector('.bt-prose').getBoundingClientRect().bottom + scrollY - innerHeight));
        const top = await page.locator('.bt-related').evaluate((el) => el.getBoundingClientRect().top);
        assert.ok(top >= 0 && top < 100, `cột bên vẫn trong tầm nhìn khi cuộn (top ${top}px)`);
      }
      // The trail leads to the issue, and does not repeat the article's title above it.
      assert.deepEqual(await page.locator('.bt-breadcrumbs a').allInnerTexts(), ['Trang chủ', 'Bản tin Đảng bộ quận số đặc biệt']);
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('dưới bài viết: ba bài cùng chuyên mục, mới nhất trước, không có chính bài đang đọc', async () => {
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01');
      const related = page.getByRole('region', { name: 'Cùng chuyên mục Học tập và làm theo Bác' });
      const items = related.locator('li');
      assert.equal(await items.count(), 3);
      assert.deepEqual(await related.getByRole('link').allInnerTexts(), [
        'Xây dựng, bồi dưỡng và lan tỏa gương người tốt, việc tốt',
        'Sơ kết, tổng kết để việc làm theo Bác đi vào chiều sâu',
        'Những điều làm nên một tấm gương sáng đời thường',
      ]);
      assert.match(await items.first().locator('.bt-meta').innerText(), /^Bản tin Đảng bộ quận số 1 năm 2025 · 15\/01\/2025$/);
      await related.getByRole('link').first().click();
      await page.waitForURL(env.server.url + '/so/so-01-2025/boi-duong-guong-nguoi-tot');
      await page.locator('.bt-article h1').waitFor();
      assert.deepEqual(problems, []);
      await page.close();
    });

    test('cỡ chữ A− / A+: to tới 200 %, nhớ trên máy, đọc được (axe, không cuộn ngang)', async () => {
      const article = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + article);
      const control = page.getByRole('group', { name: 'Cỡ chữ' });
      const [smaller, larger] = [control.getByRole('button', { name: 'Chữ nhỏ hơn' }), control.getByRole('button', { name: 'Chữ lớn hơn' })];
      const bodyText = () => page.locator('.bt-prose p').first().evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      const normal = await bodyText();
      assert.ok(await smaller.isDisabled());
      for (let i = 0; i < 4; i++) await larger.click();
      assert.ok(await larger.isDisabled());
      assert.equal(await control.getByRole('status').innerText(), 'Cỡ chữ 200%');
      assert.equal(await bodyText(), normal * 2);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `rộng hơn màn hình ${overflow}px`);
      assert.deepEqual(await axeViolations(page), []);
      // Remembered on this device: another page opens at that size from its first paint,
      // before the app runs (its code held back here).
      await page.route(/_bg\.wasm$/, () => {});
      await page.goto(env.server.url + '/so/so-11-2024', { waitUntil: 'domcontentloaded', handover: false });
      assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-co-chu')), '4');
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '32px');
      await page.unroute(/_bg\.wasm$/);
      // Back to the browser's own size, which is then no longer kept.
      await page.goto(env.server.url + article);
      for (let i = 0; i < 4; i++) await smaller.click();
      assert.equal(await bodyText(), normal);
      assert.equal(await page.evaluate(() => localStorage.getItem('ban-tin-le-chan:co-chu')), null);
      await shoot(page, `${size}-co-chu`);
      assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
      await page.close();
    });

    test('nền tối theo hệ thống: đủ tương phản trên mọi loại trang (axe)', async () => {
      const dark = await env.browser.newContext({ ...options, locale: 'vi-VN', colorScheme: 'dark' });
      const { page, problems } = await openPage(dark);
      for (const [path, ready] of PAGE_KINDS) {
        await page.goto(env.server.url + path);
        await page.locator(ready).first().waitFor();
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        assert.equal(background, 'rgb(20, 17, 15)', `${path}: nền tối`);
        assert.deepEqual(await axeViolations(page), [], path);
        await shoot(page, `${size}-toi-${pageSlug(path)}`, { fullPage: false });
      }
      await page.goto(env.server.url + '/');
      await shoot(page, `${size}-nen-toi-trang-chu`);
      assert.deepEqual(problems, []);
      await dark.close();
    });
  });
}
