// The bulletin's identity and how it reads: the masthead (the Party Committee above the
// bulletin's name, the emblem, today's date), the footer from the catalog, 44 px touch
// targets, and the dark scheme with axe, at phone and desktop size.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, PAGE_KINDS, shoot, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();

/** Today as a reader in Việt Nam reads it: "Chủ Nhật, 06/12/2026". */
function todayInWords() {
  const days = ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
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
      assert.equal(await header.locator('.bt-header__publisher').innerText(), 'QUẬN ỦY LÊ CHÂN, THÀNH PHỐ HẢI PHÒNG');
      assert.equal(await header.locator('.bt-header__name').innerText(), 'Bản tin điện tử Đảng bộ quận Lê Chân');
      const [publisher, name] = [await header.locator('.bt-header__publisher').boundingBox(), await header.locator('.bt-header__name').boundingBox()];
      assert.ok(publisher.y + publisher.height <= name.y + 1, 'tên Quận ủy ở trên tên bản tin');
      // The emblem is drawn, and hidden from screen readers (the name says who it is).
      const emblem = await header.locator('svg.bt-emblem').boundingBox();
      assert.ok(emblem.width >= 40 && emblem.height >= 40);
      assert.equal(await header.locator('svg.bt-emblem').getAttribute('aria-hidden'), 'true');
      // The home link's accessible name is the publisher and the bulletin.
      assert.equal(
        await header.getByRole('link', { name: 'Quận ủy Lê Chân, thành phố Hải Phòng Bản tin điện tử Đảng bộ quận Lê Chân' }).count(),
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
      assert.equal(await header.locator('time.bt-today').innerText(), todayInWords());
      assert.match(await header.locator('time.bt-today').getAttribute('datetime'), /^\d{4}-\d{2}-\d{2}$/);
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
      }
      assert.deepEqual(problems, []);
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
      }
      await page.goto(env.server.url + '/');
      await shoot(page, `${size}-nen-toi-trang-chu`);
      assert.deepEqual(problems, []);
      await dark.close();
    });
  });
}
