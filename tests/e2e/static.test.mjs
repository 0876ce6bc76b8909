// Every address's file carries its page as static HTML (src/publish/static_page.rs): readable with
// JavaScript off, and taken over by the app without anything moving (src/handover.rs).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { handedOver, openPage, startApp, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();

const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
const ARTICLE_TITLE = 'Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW năm 2023 – 2024';

/** One address of each kind, with the heading its page shows. */
const PAGES = [
  { name: 'trang chủ', path: '/', heading: 'Các số trước' },
  { name: 'số báo', path: '/so/so-11-2024', heading: 'Bản tin Đảng bộ quận số 11' },
  { name: 'số đặc biệt', path: '/so/so-dac-biet-10-2024', heading: 'Số đặc biệt' },
  { name: 'bài viết', path: ARTICLE, heading: ARTICLE_TITLE },
  { name: 'trưng bày', path: '/trung-bay', heading: 'Công trình tuyên truyền trực quan' },
  { name: 'một tác phẩm', path: '/trung-bay/doan-ket-la-suc-manh', heading: 'Đoàn kết là sức mạnh' },
  { name: 'bản in cả số', path: '/ban-in/so-dac-biet-10-2024', heading: 'Mục lục' },
  { name: 'chuyên mục', path: '/chuyen-muc/xay-dung-dang', heading: 'Chuyên mục Xây dựng Đảng' },
  { name: 'lưu trữ', path: '/luu-tru', heading: 'Lưu trữ các số' },
  { name: 'lưu trữ một năm', path: '/luu-tru/2024', heading: 'Các số năm 2024' },
  { name: 'tìm kiếm', path: '/tim-kiem', heading: 'Không cần gõ dấu' },
  { name: 'không tìm thấy', path: '/khong-co-trang-nay', heading: 'Không tìm thấy trang' },
];

describe('nội dung đọc được khi tắt JavaScript', () => {
  for (const { name, path, heading } of PAGES) {
    test(name, async () => {
      const context = await env.browser.newContext({ ...viewports.phone, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(env.server.url + path);
      const main = page.locator('main');
      await assert.doesNotReject(main.getByText(heading, { exact: false }).first().waitFor({ timeout: 5000 }));
      assert.equal(await page.getByText('cần JavaScript').count(), 0, 'no "needs JavaScript" notice');
      // The masthead's links are plain links to real files.
      const gallery = page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trưng bày' });
      assert.equal(await gallery.evaluate((a) => a.href), `${env.server.url}/trung-bay`);
      await context.close();
    });
  }

  test('bài viết: tiêu đề, tóm tắt, thân bài, ảnh có lời mô tả, bài sau', async () => {
    const context = await env.browser.newContext({ ...viewports.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url + ARTICLE);
    assert.equal(await page.locator('h1').innerText(), ARTICLE_TITLE);
    assert.match(await page.locator('.bt-sapo').innerText(), /^Sáng 11\/10\/2024/);
    assert.ok((await page.locator('article p').count()) > 5, 'the body paragraphs are there');
    const picture = page.locator('article img').first();
    assert.ok((await picture.getAttribute('alt')).length > 10);
    assert.ok((await picture.evaluate((img) => img.complete && img.naturalWidth)) > 0, 'the picture loads');
    // Going on reading works without the app: the next article is a real file.
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(/\/so\/so-dac-biet-10-2024\/[a-z0-9-]+\/$/);
    assert.notEqual(await page.locator('h1').innerText(), ARTICLE_TITLE);
    await context.close();
  });

  test('trang chủ: số đặc biệt, các số, mười bài mới nhất; tìm kiếm là một biểu mẫu thật', async () => {
    const context = await env.browser.newContext({ ...viewports.desktop, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url + '/');
    assert.deepEqual(await page.locator('.bt-front__issue-title, .bt-hero h2').allInnerTexts(), ['Bản tin Đảng bộ quận số 1 năm 2025', 'Bản tin Đảng bộ quận số đặc biệt']);
    assert.equal(await page.locator('.bt-issue-card').count(), 2);
    assert.equal(await page.locator('#bai-viet').innerText(), 'Bài viết mới');
    assert.equal(await page.locator('.bt-article-list > li').count(), 10);
    // Relative to the page's <base>: the home page wherever the site is deployed.
    assert.equal(await page.locator('form[role="search"]').evaluate((f) => f.action), `${env.server.url}/tim-kiem`);
    await context.close();
  });
});

/** The attributes a reader, a screen reader or a crawler acts on. */
const ACTED_ON = /^(href|src|srcset|sizes|alt|aria-.*|disabled|value|role|hidden|type|rel|target|tabindex|for|id|lang|datetime|action|name|data-key)$/;

/** Every element of the page with what it says and does: tag, classes, the start of its own
 *  text, every attribute of `ACTED_ON` and, for an element on screen, its box. The value of
 *  a field is read as it is now, not as written. */
function layout(page, rootSelector) {
  return page.evaluate(({ selector, acted }) => {
    const actedOn = new RegExp(acted);
    const root = document.querySelector(selector);
    return [...root.querySelectorAll('*')].map((el) => {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
      const attributes = [...el.attributes]
        .filter((a) => actedOn.test(a.name))
        .map((a) => `${a.name}=${a.name === 'value' ? el.value : a.value}`)
        .sort();
      if ('value' in el && el.tagName === 'INPUT' && !el.hasAttribute('value')) attributes.push(`value=${el.value}`);
      const rects = el.getClientRects().length > 0;
      const r = el.getBoundingClientRect();
      const box = rects ? [r.x, r.y, r.width, r.height].map((v) => Math.round(v * 2) / 2).join(',') : 'not shown';
      return `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className} "${own.slice(0, 40)}" ${box} [${attributes.join(' ')}]`;
    });
  }, { selector: rootSelector, acted: ACTED_ON.source });
}

/** Where the app's copy may differ from the written page, each `{ line, reason }`: the
 *  lines a `line` pattern matches are left out of both lists. None is needed today: the
 *  share sheet's button, which only a browser with one shows, is absent in headless
 *  Chromium, and everything else the page writer knows (the public address) or the page's
 *  scripts set (today's date, the text size) is in the written page. */
const DIFFERENCES = [];

const comparable = (lines) => lines.filter((line) => !DIFFERENCES.some((d) => d.line.test(line)));

/** Opens `path` with the app's code held back until `release()`; layout shifts are recorded
 *  from the first paint. */
async function openHeld(context, path) {
  const { page, problems } = await openPage(context);
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
    }).observe({ type: 'layout-shift', buffered: true });
  });
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(env.server.url + path, { waitUntil: 'domcontentloaded', handover: false });
  await page.locator('#bt-static main').waitFor();
  await startApp(page);
  return { page, problems, release };
}

const takenOver = (page) => handedOver(page, 20_000);

describe('ứng dụng tiếp quản trang tĩnh không xê dịch', () => {
  for (const size of ['phone', 'desktop']) {
    for (const { name, path } of PAGES) {
      test(`${name} (${size})`, async () => {
        const context = await env.browser.newContext(viewports[size]);
        const { page, problems, release } = await openHeld(context, path);
        // Let the pictures settle first: they have reserved boxes either way.
        await page.waitForLoadState('load').catch(() => {});
        const before = comparable(await layout(page, '#bt-static'));
        assert.ok(before.length > 20, `the written page has content (${before.length} elements)`);
        release();
        await takenOver(page);
        const after = comparable(await layout(page, '.bt-root'));
        assert.deepEqual(after, before, 'every element where it was, with the same text and attributes');
        assert.deepEqual(await page.evaluate(() => window.__shifts), [], 'no layout shift');
        assert.equal(await page.locator('main').count(), 1);
        assert.deepEqual(problems, []);
        await context.close();
      });
    }
  }
});

test('phép so sánh thấy một thuộc tính khác nhau dù hình và chữ như nhau', async () => {
  // The comparison above would have caught the empty share links: a written page whose
  // Zalo link lacks the address differs from the app's copy, though nothing moves.
  const context = await env.browser.newContext(viewports.phone);
  const { page, release } = await openHeld(context, ARTICLE);
  await page.locator('#bt-static a[href*="zalo"]').evaluate((a) => a.setAttribute('href', 'https://sp.zalo.me/share_to_zalo?url='));
  const before = comparable(await layout(page, '#bt-static'));
  release();
  await takenOver(page);
  const after = comparable(await layout(page, '.bt-root'));
  const differing = after.filter((line) => !before.includes(line));
  assert.equal(differing.length, 1, differing.join('\n'));
  assert.match(differing[0], /^a\.bt-share__button "Zalo" .* \[href=https:\/\/sp\.zalo\.me\/share_to_zalo\?url=http/);
  await context.close();
});

describe('tiếp quản giữ việc bạn đọc đang làm', () => {
  test('vị trí cuộn và liên kết đang chọn', async () => {
    const context = await env.browser.newContext(viewports.phone);
    const { page, release } = await openHeld(context, ARTICLE);
    await page.evaluate(() => window.scrollTo(0, 900));
    const link = page.locator('#bt-static a[rel="next"]');
    await link.focus();
    const y = await page.evaluate(() => window.scrollY);
    release();
    await takenOver(page);
    assert.equal(await page.evaluate(() => window.scrollY), y);
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('rel')), 'next');
    // The focused link is the app's now: it navigates in place.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/so\/so-dac-biet-10-2024\/[a-z0-9-]+$/);
    assert.notEqual(await page.locator('h1').innerText(), ARTICLE_TITLE);
    await context.close();
  });

  test('chữ đã gõ vào ô tìm kiếm còn nguyên sau khi ứng dụng nhận trang, Enter mở kết quả', async () => {
    const context = await env.browser.newContext(viewports.desktop);
    const { page, release } = await openHeld(context, '/');
    await page.locator('#bt-static #tim-kiem').fill('di chúc');
    release();
    await takenOver(page);
    assert.equal(await page.locator('#tim-kiem').inputValue(), 'di chúc');
    await page.locator('#tim-kiem').press('Enter');
    await page.waitForURL(/\/tim-kiem\?q=di%20ch%C3%BAc$/);
    await page.getByRole('heading', { name: 'Kết quả tìm kiếm “di chúc”' }).waitFor();
    assert.equal(await page.locator('#tim-kiem').inputValue(), 'di chúc');
    await context.close();
  });

  test('tệp nội dung không tải được: bài viết sẵn vẫn ở lại, không thay bằng trang báo lỗi', async () => {
    const context = await env.browser.newContext(viewports.phone);
    const { page, problems } = await openPage(context);
    await page.route('**/data/issues/so-dac-biet-10-2024.json', (route) => route.abort('internetdisconnected'));
    await page.goto(env.server.url + ARTICLE, { handover: false });
    await startApp(page);
    // The app has drawn its error, hidden, and kept the written page.
    await page.locator('.bt-root[hidden] .bt-error').waitFor({ state: 'attached' });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#bt-static').count(), 1);
    assert.equal(await page.locator('h1').filter({ visible: true }).innerText(), ARTICLE_TITLE);
    assert.equal(await page.locator('.bt-error').filter({ visible: true }).count(), 0);
    // Its links still go on: the next article loads as a page of its own.
    await page.unroute('**/data/issues/so-dac-biet-10-2024.json');
    await page.locator('#bt-static a[rel="next"]').click();
    await page.waitForURL(/\/so\/so-dac-biet-10-2024\/[a-z0-9-]+\/?$/);
    await startApp(page);
    await handedOver(page);
    assert.notEqual(await page.locator('h1').innerText(), ARTICLE_TITLE);
    assert.deepEqual(problems.filter((p) => !p.includes('Failed to load resource')), []);
    await context.close();
  });

  test('địa chỉ có bộ lọc: trang tĩnh (không lọc) được bỏ ngay, ứng dụng vẽ trang đã lọc', async () => {
    const context = await env.browser.newContext(viewports.desktop);
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024?chuyen-muc=xay-dung-dang');
    await page.waitForFunction(() => document.querySelectorAll('.bt-toc .bt-article-item').length === 2);
    assert.equal(await page.locator('#bt-static').count(), 0);
    assert.equal(await page.locator('main').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
