// The bulletin deployed under a sub-path (`/ban-tin/`), a build setting (README "Xuất bản"):
// the test command builds it into target/dist-ban-tin with
//   BAN_TIN_SITE_URL=http://127.0.0.1:8080/ban-tin trunk build --release --public-url /ban-tin/
// and it is served here under /ban-tin/ only, by the same plain static server. Every page,
// link, data file, picture and script must work there.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dist, launch, openPage, startServer, viewports } from './harness.mjs';

const SUB = join(dist, '..', 'target', 'dist-ban-tin');
const BASE = '/ban-tin';
const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
const env = {};

before(async () => {
  assert.ok(existsSync(join(SUB, 'index.html')), `the sub-path build is missing: ${SUB}`);
  env.server = await startServer(SUB, { prefix: BASE });
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
  await env.server?.close();
});

const PAGES = [
  { path: '/', heading: 'Các số mới nhất' },
  { path: '/so/so-11-2024', heading: 'Bản tin Đảng bộ quận số 11' },
  { path: ARTICLE, heading: 'Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW' },
  { path: '/trung-bay', heading: 'Công trình tuyên truyền trực quan' },
  { path: '/trung-bay/76-nam-nganh-kiem-tra', heading: 'Công trình tuyên truyền trực quan' },
  { path: '/khong-co-trang-nay', heading: 'Không tìm thấy trang' },
];

/** The site's own links on the page that do not start with the sub-path. */
function strayLinks(page) {
  return page.evaluate((base) => {
    return [...document.querySelectorAll('a[href]')]
      .map((a) => new URL(a.href))
      .filter((u) => u.origin === location.origin && u.hash === '' && !u.pathname.startsWith(`${base}/`))
      .map((u) => u.pathname + u.search);
  }, BASE);
}

/** Pictures on screen that failed to load. */
function brokenPictures(page) {
  return page.evaluate(() =>
    [...document.images].filter((img) => img.complete && img.naturalWidth === 0 && img.getAttribute('loading') !== 'lazy').map((img) => img.src),
  );
}

describe('triển khai dưới /ban-tin/', () => {
  for (const { path, heading } of PAGES) {
    test(`mở thẳng và tải lại ${path}`, async () => {
      const context = await env.browser.newContext(viewports.phone);
      const { page, problems } = await openPage(context);
      // Before the app: the page as written, with its links under the sub-path.
      await page.goto(env.server.url + BASE + path, { handover: false });
      await page.locator('main').getByText(heading).first().waitFor();
      assert.deepEqual(await strayLinks(page), [], 'links in the written page');
      await page.reload();
      await page.locator('main').getByText(heading).first().waitFor();
      assert.equal(await page.locator('#bt-static').count(), 0, 'the app took over');
      assert.deepEqual(await strayLinks(page), [], "links in the app's page");
      await page.waitForLoadState('load');
      assert.deepEqual(await brokenPictures(page), []);
      assert.deepEqual(problems, [], 'no file failed to load, no error');
      await context.close();
    });
  }

  test('đi lại trong trang: số báo, chuyên mục, bài viết, tìm kiếm, trưng bày, trang chủ', async () => {
    const context = await env.browser.newContext(viewports.desktop);
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + BASE + '/');
    await page.locator('.bt-issue-card a').first().click();
    await page.waitForURL(new RegExp(`${BASE}/so/[a-z0-9-]+$`));
    await page.locator('.bt-masthead h1').waitFor();
    await page.locator('.bt-chip').nth(1).click();
    await page.waitForURL(/\?chuyen-muc=/);
    assert.ok(page.url().includes(`${BASE}/so/`));
    await page.locator('.bt-toc .bt-article-item a').first().click();
    await page.waitForURL(new RegExp(`${BASE}/so/[a-z0-9-]+/[a-z0-9-]+$`));
    await page.locator('.bt-article h1').waitFor();
    await page.locator('#tim-kiem').fill('di chúc');
    await page.locator('#tim-kiem').press('Enter');
    await page.waitForURL(new RegExp(`${BASE}/?\\?q=di%20ch%C3%BAc$`));
    await page.getByRole('heading', { level: 1, name: 'Kết quả tìm kiếm “di chúc”' }).waitFor();
    assert.ok((await page.locator('.bt-article-list > li').count()) > 0);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trưng bày' }).click();
    await page.waitForURL(`${env.server.url}${BASE}/trung-bay`);
    await page.locator('.bt-work__link').first().click();
    await page.waitForURL(new RegExp(`${BASE}/trung-bay/[a-z0-9-]+$`));
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(`${env.server.url}${BASE}/trung-bay`);
    await page.locator('.bt-header__brand').click();
    await page.waitForURL(new RegExp(`${BASE}/?$`));
    await page.locator('.bt-hero').waitFor();
    assert.deepEqual(await strayLinks(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('thẻ chia sẻ mang địa chỉ dưới /ban-tin/, đọc được khi tắt JavaScript', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(env.server.url + BASE + ARTICLE);
    const og = await page.locator('meta[property="og:url"]').getAttribute('content');
    assert.equal(og, `http://127.0.0.1:8080${BASE}${ARTICLE}`);
    const image = await page.locator('meta[property="og:image"]').getAttribute('content');
    assert.equal(image, `http://127.0.0.1:8080${BASE}/images/bai/hoi-nghi-ket-luan-01.jpg`);
    assert.ok((await page.locator('article p').count()) > 5);
    assert.ok(await page.locator('article img').first().evaluate((img) => img.naturalWidth > 0));
    await page.locator('a[rel="next"]').click();
    await page.waitForURL(new RegExp(`${BASE}/so/so-dac-biet-10-2024/[a-z0-9-]+/$`));
    await context.close();
  });
});
