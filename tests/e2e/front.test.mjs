// The bulletin as a Vietnamese news page (issue #32): the news on the first screen, a compact
// masthead that does not grow with the reader's text size, the categories in the menu, the
// article as national news sites lay it out, lists with thumbnails. All on the written page,
// with the app's code held back: what almost every reader gets.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const WASM = /_bg\.wasm$/;
const TEXT_SIZE_KEY = 'ban-tin-le-chan:co-chu';
// An article without a lead picture, and one whose category has only one other article.
const PLAIN_ARTICLE = '/so/so-01-2025/tuyen-truyen-dai-hoi-co-so';
const FEW_IN_CATEGORY = '/so/so-dac-biet-10-2024/ra-mat-ban-tin-dien-tu';
const CATEGORY = '/chuyen-muc/chuyen-doi-so';

/** A written page at `path` with the app's code held back (never requested). `step`: a
 *  text size saved on this device beforehand (1 to 4: 125 % to 200 %). */
async function written(size, scheme, path, { step } = {}) {
  const context = await env.browser.newContext({ ...viewports[size], colorScheme: scheme, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  const asked = [];
  page.on('request', (r) => WASM.test(r.url()) && asked.push(r.url()));
  await page.route(WASM, () => {});
  if (step) {
    await page.goto(env.server.url + '/robots.txt', { handover: false });
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [TEXT_SIZE_KEY, String(step)]);
  }
  await page.goto(env.server.url + path, { waitUntil: 'load', handover: false });
  return { context, page, problems, asked };
}

/** Whether the box of `locator` lies wholly on the first screen. */
async function onFirstScreen(page, locator) {
  const box = await locator.boundingBox();
  const height = page.viewportSize().height;
  return box !== null && box.y >= 0 && box.y + box.height <= height;
}

/** The places where the masthead's name and publisher break between lines, each as the
 *  characters either side: a break inside a word (before or after a no-break space, or
 *  inside a syllable) is reported as `inside: …`. */
async function brokenWords(page) {
  return page.evaluate(() => {
    const out = [];
    for (const element of document.querySelectorAll('.bt-header__name, .bt-header__publisher')) {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data;
        const top = (i) => {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          return rect ? Math.round(rect.top) : null;
        };
        for (let i = 1; i < text.length; i++) {
          if (text[i] === ' ' || text[i - 1] === ' ') continue; // a break there is allowed
          const [a, b] = [top(i - 1), top(i)];
          if (a !== null && b !== null && b > a) out.push(`inside: ${text.slice(Math.max(0, i - 6), i)}|${text.slice(i, i + 6)}`);
        }
      }
    }
    return out;
  });
}

for (const size of ['phone', 'desktop']) {
  for (const scheme of ['light', 'dark']) {
    describe(`trang chủ như một trang tin (${size}, ${scheme})`, () => {
      test('màn hình đầu có bài chính của số mới nhất (chuyên mục, tiêu đề, sa-pô) và các tin khác', async () => {
        const { context, page, problems, asked } = await written(size, scheme, '/');
        const lead = page.locator('.bt-front .bt-lead-story');
        assert.equal(await lead.locator('.bt-kicker').innerText(), 'HƯỚNG TỚI ĐẠI HỘI ĐẢNG');
        const title = lead.locator('.bt-lead-story__title a');
        assert.equal(await title.innerText(), 'Tuyên truyền Đại hội Đảng từ chi bộ cơ sở');
        assert.equal(await title.getAttribute('href'), 'so/so-01-2025/tuyen-truyen-dai-hoi-co-so');
        for (const part of [lead.locator('.bt-kicker'), title, lead.locator('.bt-lead-story__summary')]) {
          assert.ok(await onFirstScreen(page, part), `${await part.innerText()}: trên màn hình đầu`);
        }
        // The issue's other articles first, in its order, then the newest of the others.
        const headlines = page.locator('.bt-front__headlines .bt-headline__title a');
        assert.deepEqual((await headlines.allInnerTexts()).slice(0, 2), [
          'Xây dựng, bồi dưỡng và lan tỏa gương người tốt, việc tốt',
          'Đón xuân, nhớ lời Bác dặn về đoàn kết',
        ]);
        let seen = 0;
        for (const headline of await headlines.all()) if (await onFirstScreen(page, headline)) seen += 1;
        const wanted = size === 'phone' ? 3 : 6;
        assert.ok(seen >= wanted, `${seen} tin trên màn hình đầu, cần ít nhất ${wanted}`);
        // The issue small, its cover and title both links to it.
        const issue = page.locator('.bt-front__issue');
        assert.equal(await issue.locator('.bt-front__issue-title a').innerText(), 'Bản tin Đảng bộ quận số 1 năm 2025');
        assert.equal(await issue.locator('a.bt-front__cover').getAttribute('href'), 'so/so-01-2025');
        const cover = await issue.locator('img').boundingBox();
        assert.ok(cover.width <= 80, `bìa nhỏ: ${cover.width} px`);
        // The featured special issue keeps its place, its cover and title links too.
        const special = page.locator('.bt-hero[data-kind="special"]');
        assert.equal(await special.locator('.bt-hero__title a').getAttribute('href'), 'so/so-dac-biet-10-2024');
        assert.equal(await special.locator('a.bt-hero__cover-link').getAttribute('href'), 'so/so-dac-biet-10-2024');
        assert.deepEqual(asked, [], 'không tải ứng dụng');
        assert.deepEqual(problems, []);
        await context.close();
      });

      test('tiêu đề trong danh sách màu mực, chỉ đổi màu khi trỏ chuột; ảnh nhỏ có sẵn chỗ, không xô trang', async () => {
        const { context, page, problems } = await written(size, scheme, CATEGORY);
        const colours = await page.evaluate(() => ({
          text: getComputedStyle(document.body).color,
          link: getComputedStyle(document.querySelector('.bt-article-item__title a')).color,
          line: getComputedStyle(document.querySelector('.bt-article-item__title a')).textDecorationLine,
        }));
        assert.equal(colours.link, colours.text, 'tiêu đề màu chữ thường');
        assert.equal(colours.line, 'none');
        await page.locator('.bt-article-item__title a').first().hover();
        const hovered = await page.evaluate(() => getComputedStyle(document.querySelector('.bt-article-item__title a')).color);
        assert.notEqual(hovered, colours.text, 'đổi màu khi trỏ chuột');
        // The article with a picture shows it small, sized before it loads.
        const item = page.locator('.bt-article-item', { hasText: 'Ra mắt Bản tin điện tử' });
        const thumb = item.locator('img.bt-article-item__image');
        assert.equal(await thumb.getAttribute('loading'), 'lazy');
        assert.equal(await thumb.getAttribute('alt'), '');
        assert.ok(Number(await thumb.getAttribute('width')) > 0 && Number(await thumb.getAttribute('height')) > 0);
        const shifts = await page.evaluate(async () => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          window.scrollTo(0, document.body.scrollHeight);
          await Promise.all([...document.images].map((img) => img.decode().catch(() => {})));
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)));
          return total;
        });
        assert.equal(shifts, 0, 'không xô trang');
        const box = await thumb.boundingBox();
        assert.ok(box.width >= 90 && box.width <= 130, `ảnh nhỏ rộng ${box.width} px`);
        assert.deepEqual(problems, []);
        await context.close();
      });

      test('không lỗi truy cập (axe) trên trang chủ, bài viết, chuyên mục, lưu trữ, trưng bày, bản in và trang không tìm thấy', async () => {
        for (const path of ['/', PLAIN_ARTICLE, CATEGORY, '/luu-tru', '/luu-tru/2024', '/trung-bay', '/ban-in/so-dac-biet-10-2024', '/khong-co-trang-nay']) {
          const { context, page } = await written(size, scheme, path);
          assert.deepEqual(await axeViolations(page), [], path);
          if (size === 'phone') {
            await page.locator('.bt-header__menu-button').click();
            assert.deepEqual(await axeViolations(page), [], `${path}, mục lục mở`);
          }
          await context.close();
        }
      });

      test('không lỗi truy cập (axe) trên kết quả tìm kiếm có đoạn trích và công trình', async () => {
        const context = await env.browser.newContext({ ...viewports[size], colorScheme: scheme, locale: 'vi-VN' });
        const { page, problems } = await openPage(context);
        await page.goto(env.server.url + '/tim-kiem?q=di%20chuc');
        await page.locator('.bt-found-works').waitFor();
        await page.locator('.bt-article-item__summary mark', { hasText: /^chức$/ }).first().waitFor();
        assert.deepEqual(await axeViolations(page), []);
        assert.deepEqual(problems, []);
        await context.close();
      });
    });
  }

  describe(`đầu trang và bài viết (${size})`, () => {
    test('đầu trang gọn, không lớn theo cỡ chữ, tên không ngắt giữa một từ, không gì bị cắt ở 200%', async () => {
      for (const step of [0, 2, 4]) {
        const { context, page, problems } = await written(size, 'light', PLAIN_ARTICLE, { step });
        const masthead = await page.locator('.bt-header__brand').boundingBox();
        if (size === 'phone') {
          const header = await page.locator('.bt-header').boundingBox();
          assert.ok(header.height <= 120, `cỡ ${step}: đầu trang cao ${header.height} px`);
        } else {
          assert.ok(masthead.height <= 80, `cỡ ${step}: hàng tên cao ${masthead.height} px`);
        }
        assert.deepEqual(await brokenWords(page), [], `cỡ ${step}`);
        if (size === 'phone') await page.locator('.bt-header__menu-button').click();
        // Nothing cut: no link of the menu, no control, wider than its own box or the screen.
        const cut = await page.evaluate(() =>
          [...document.querySelectorAll('.bt-header a, .bt-header button, .bt-text-size, .bt-breadcrumbs a')]
            .filter((e) => e.getClientRects().length)
            .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.getBoundingClientRect().right > innerWidth + 1)
            .map((e) => e.textContent.trim()),
        );
        assert.deepEqual(cut, [], `cỡ ${step}: bị cắt`);
        assert.deepEqual(problems, []);
        await context.close();
      }
    });

    test('bài viết: sa-pô đậm và lớn hơn chữ bài, tác giả ký cuối bài bên phải, đoạn đầu trên màn hình đầu', async () => {
      const { context, page, problems } = await written(size, 'light', PLAIN_ARTICLE);
      const style = await page.evaluate(() => {
        const sapo = getComputedStyle(document.querySelector('.bt-article .bt-sapo'));
        const body = getComputedStyle(document.querySelector('.bt-prose p'));
        return { weight: Number(sapo.fontWeight), sapo: parseFloat(sapo.fontSize), body: parseFloat(body.fontSize) };
      });
      assert.ok(style.weight >= 700, `sa-pô đậm: ${style.weight}`);
      assert.ok(style.sapo > style.body, `sa-pô ${style.sapo} px, chữ bài ${style.body} px`);
      const signature = page.locator('.bt-article__signature');
      assert.equal(await signature.innerText(), 'Ban Tuyên giáo Quận ủy');
      assert.equal(await signature.evaluate((e) => getComputedStyle(e).textAlign), 'right');
      const last = await page.evaluate(() => {
        const prose = document.querySelector('.bt-article .bt-prose');
        return prose.nextElementSibling?.className;
      });
      assert.equal(last, 'bt-article__signature', 'ngay sau thân bài');
      if (size === 'phone') {
        assert.ok(await onFirstScreen(page, page.locator('.bt-prose p').first()), 'đoạn đầu trên màn hình đầu');
      }
      assert.deepEqual(problems, []);
      await context.close();
    });

    test('bài của chuyên mục ít bài: ba bài đọc thêm, thêm từ cùng số', async () => {
      const { context, page, problems } = await written(size, 'light', FEW_IN_CATEGORY);
      const related = page.locator('.bt-related');
      assert.equal(await related.locator('h2').innerText(), 'Đọc thêm');
      const titles = await related.locator('li > a').allInnerTexts();
      assert.equal(titles.length, 3, titles.join(' | '));
      assert.equal(titles[0], 'Đọc Bản tin điện tử trên điện thoại: mấy điều nên biết', 'cùng chuyên mục trước');
      assert.deepEqual(problems, []);
      await context.close();
    });
  });
}

describe('mục lục trên điện thoại, trước khi có ứng dụng', () => {
  test('mở, đi qua các chuyên mục và đóng bằng bàn phím; trang chuyên mục có đường dẫn và đánh dấu chuyên mục', async () => {
    const { context, page, problems, asked } = await written('phone', 'light', '/');
    const button = page.locator('.bt-header__menu-button');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#bt-menu').isVisible(), false, 'đóng lúc đầu');
    assert.equal(await button.evaluate((b) => b.getBoundingClientRect().height >= 44 && b.getBoundingClientRect().width >= 44), true);
    // Keyboard: skip link, the name, the button.
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'nút mục lục nhận tiêu điểm');
    await page.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await page.locator('#bt-menu').isVisible(), true);
    const categories = page.locator('.bt-header__categories a');
    assert.deepEqual(await categories.allInnerTexts(), [
      'Xây dựng Đảng',
      'Học tập và làm theo Bác',
      'Kiểm tra, giám sát',
      'Tuyên truyền, văn hóa',
      'Thi đua, khen thưởng',
      'Hướng tới Đại hội Đảng',
      'Chuyển đổi số',
    ]);
    // Opening it asked for no app: the written page's script answers the button.
    assert.deepEqual(asked, [], 'mở mục lục không tải ứng dụng');
    // Every link has a 44 px target. Tab reaches the first category after the links and the
    // search box (whose focus starts the app, as for a reader about to search: the menu
    // stays open through the take-over, its state being on <html>).
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('#bt-menu a')].filter((a) => a.getBoundingClientRect().height < 44).map((a) => a.textContent),
    );
    assert.deepEqual(small, []);
    let reached = false;
    for (let i = 0; i < 12 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === 'Xây dựng Đảng');
    }
    assert.ok(reached, 'Tab tới chuyên mục đầu');
    assert.equal(await page.locator('#bt-menu').isVisible(), true, 'vẫn mở');
    await page.keyboard.press('Escape');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.locator('#bt-menu').isVisible(), false);
    assert.equal(await button.evaluate((b) => b === document.activeElement), true, 'tiêu điểm về nút');
    // Open again and follow a category: a page of its own (written, or drawn by the app
    // if it came), with the menu closed.
    await button.click();
    await Promise.all([page.waitForURL(/chuyen-muc\/chuyen-doi-so/), categories.last().click()]);
    await page.waitForLoadState('load');
    await page.locator('h1', { hasText: 'Chuyên mục Chuyển đổi số' }).waitFor();
    assert.equal(await page.locator('#bt-menu').isVisible(), false, 'trang mới: mục lục đóng');
    await button.click();
    assert.equal(await page.locator('.bt-header__categories a[aria-current="page"]').innerText(), 'Chuyển đổi số');
    assert.equal(await page.locator('.bt-header__nav a[aria-current="page"]').count(), 0, 'Trang chủ không đánh dấu');
    const trail = page.locator('nav.bt-breadcrumbs a');
    assert.deepEqual(await trail.allInnerTexts(), ['Trang chủ']);
    // The category's chip is in view, right after "Tất cả".
    const chip = page.locator('.bt-chip[aria-current="true"]');
    assert.match(await chip.innerText(), /^Chuyển đổi số/);
    const [chipBox, rowBox] = [await chip.boundingBox(), await page.locator('.bt-chips ul').boundingBox()];
    assert.ok(chipBox.x >= rowBox.x && chipBox.x + chipBox.width / 2 <= rowBox.x + rowBox.width, 'chip trong tầm nhìn');
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('trang chuyên mục mở thẳng: mục lục, đường dẫn và chip như trên, không tải ứng dụng', async () => {
    const { context, page, problems, asked } = await written('phone', 'light', CATEGORY);
    await page.locator('.bt-header__menu-button').click();
    assert.equal(await page.locator('.bt-header__categories a[aria-current="page"]').innerText(), 'Chuyển đổi số');
    assert.equal(await page.locator('.bt-header__nav a[aria-current="page"]').count(), 0);
    assert.deepEqual(await page.locator('nav.bt-breadcrumbs a').allInnerTexts(), ['Trang chủ']);
    assert.match(await page.locator('.bt-chips li').nth(1).innerText(), /^Chuyển đổi số/);
    assert.deepEqual(asked, [], 'không tải ứng dụng');
    assert.deepEqual(problems, []);
    await context.close();
  });
});

test('trang không có bản viết sẵn (xem trước): nút mục lục do ứng dụng trả lời, mở một lần, đóng một lần', async () => {
  const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  const { page, problems } = await openPage(context);
  await page.goto(env.server.url + '/xem-truoc');
  await page.getByRole('heading', { name: 'Xem trước nội dung' }).waitFor();
  const button = page.locator('.bt-header__menu-button');
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  assert.equal(await page.locator('#bt-menu').isVisible(), true);
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await page.locator('#bt-menu').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

