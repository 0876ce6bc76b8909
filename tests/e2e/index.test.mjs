// The build's index (data/chi-muc/): an issue uploaded without a rebuild still shows on the
// home page, its category's page and in search; the editor's preview lists opened files in
// the same feed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openPage, startServer, useBrowserAndServer, viewports, waitInPage, openMenu } from './harness.mjs';

const env = useBrowserAndServer();
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const catalog = JSON.parse(readFileSync(`${publicDir}/data/catalog.json`, 'utf8'));
const newest = JSON.parse(readFileSync(`${publicDir}/data/issues/so-01-2025.json`, 'utf8'));

/** Issue số 2/2025 as an office would upload it: its file, and its entry in the catalog. */
const uploaded = {
  ...newest,
  issue: 'so-02-2025',
  articles: newest.articles.map((a, i) => ({
    ...a,
    id: `${a.id}-2`,
    title: `Tin mới tải lên ${i + 1}: ${a.title}`,
    published: `2025-02-15T0${8 + (i % 2)}:${String(10 + i).padStart(2, '0')}:00+07:00`,
  })),
};
const entry = {
  ...catalog.issues.find((i) => i.id === 'so-01-2025'),
  id: 'so-02-2025',
  number: 2,
  title: 'Bản tin Đảng bộ quận số 2 năm 2025',
  date: '2025-02-15',
  file: 'data/issues/so-02-2025.json',
};
const catalogWithUpload = { ...catalog, issues: [...catalog.issues, entry] };
const category = uploaded.articles[0].category;

const results = (page) => page.locator('.bt-article-list > .bt-article-item');

describe('mục lục do bản build viết', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  });
  after(async () => context?.close());

  test('số mới tải lên mà chưa build lại vẫn hiện ở trang chủ, chuyên mục và tìm kiếm', async () => {
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    const json = (value) => (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(value) });
    await page.route('**/data/catalog.json', json(catalogWithUpload));
    await page.route('**/data/issues/so-02-2025.json', json(uploaded));

    await page.goto(env.server.url + '/');
    await page.locator('.bt-article-item__title', { hasText: 'Tin mới tải lên 1' }).waitFor();
    // The new issue's articles lead the feed, the chips count them.
    const titles = await page.locator('.bt-article-item__title').allInnerTexts();
    assert.ok(titles.slice(0, uploaded.articles.length).every((t) => t.startsWith('Tin mới tải lên')), titles.join('\n'));
    const total = 18 + uploaded.articles.length;
    assert.equal(await page.locator('.bt-chip[aria-current="true"]').innerText(), `Tất cả (${total})`);
    assert.ok(asked.includes('/data/chi-muc/cac-so.json'));
    // It is the newest issue: its lead story leads the front page, from its own file.
    assert.equal(await page.locator('.bt-front .bt-lead-story__title').innerText(), uploaded.articles[0].title);
    assert.equal(await page.locator('.bt-front__issue-title').innerText(), 'Bản tin Đảng bộ quận số 2 năm 2025');
    // Only the issue the index lacks was read, not the others.
    assert.deepEqual(asked.filter((p) => p.startsWith('/data/issues/')), ['/data/issues/so-02-2025.json']);
    // "Xem thêm" goes on with the index's rows after the new ones, newest first, none twice.
    while (await page.getByRole('button', { name: /Xem thêm/ }).count()) {
      const before = await results(page).count();
      await page.getByRole('button', { name: /Xem thêm/ }).click();
      await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length > n, before);
    }
    assert.equal(await results(page).count(), total);
    const links = await page.locator('.bt-article-item__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.equal(new Set(links).size, total);
    const dates = await page.locator('.bt-article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort().reverse());

    // Its category's page.
    await page.goto(env.server.url + `/chuyen-muc/${category}`);
    await page.locator('.bt-article-item__title', { hasText: 'Tin mới tải lên 1' }).waitFor();
    assert.match(await results(page).first().innerText(), /Bản tin Đảng bộ quận số 2 năm 2025/);
    // An article of it opens.
    await page.locator('.bt-article-item__title a', { hasText: 'Tin mới tải lên 1' }).click();
    await page.waitForURL(new RegExp(`/so/so-02-2025/${uploaded.articles[0].id}$`));
    await page.locator('.bt-article h1', { hasText: 'Tin mới tải lên 1' }).waitFor();
    // The build drew no QR code for it: its printed address goes without one, not with a
    // broken picture.
    await page.waitForFunction(() => document.querySelector('.bt-print-address__code')?.hidden === true);
    assert.match(await page.locator('.bt-print-address__text').textContent(), /\/so\/so-02-2025\//);

    // Search.
    await page.goto(env.server.url + '/tim-kiem?q=tai%20len');
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    // The new issue's titles hold the words side by side: they rank above any scattered match.
    const found = await page.locator('.bt-article-item__title').allInnerTexts();
    const n = uploaded.articles.length;
    assert.ok(found.slice(0, n).every((t) => t.startsWith('Tin mới tải lên')), found.join('\n'));
    assert.ok(found.slice(n).every((t) => !t.startsWith('Tin mới tải lên')), found.join('\n'));
    // The one file that is missing is that code's.
    assert.deepEqual(problems, [`console: Failed to load resource: the server responded with a status of 404 (Not Found) (/ma-qr/so/so-02-2025/${uploaded.articles[0].id}.svg)`]);
    await page.close();
  });

  test('khi mục lục đã đủ, trang chủ không đọc thêm tệp nào', async () => {
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(env.server.url + '/');
    await results(page).first().waitFor();
    // The front file, and the catalog's length only: the front file holds its head. (The
    // written page's loader asks the length too, to start the app if the catalog changed.)
    const data = asked.filter((p) => p.includes(' /data/'));
    assert.deepEqual(data.sort(), ['GET /data/chi-muc/trang-chu.json', 'HEAD /data/catalog.json', 'HEAD /data/catalog.json']);
    assert.match(await page.locator('.bt-header__brand').innerText(), /Lê\sChân/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('với bản nén .br của lệnh dựng, trang chủ cũng chỉ hỏi độ dài của catalog.json', async () => {
    // As a host with precompressed serving sends it: the length of the build's brotli copy.
    const compressed = await startServer(undefined, { compress: true });
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(compressed.url + '/');
    await waitInPage(page, () => !document.getElementById('bt-static'));
    await results(page).first().waitFor();
    const data = asked.filter((p) => p.includes(' /data/'));
    assert.deepEqual(data.sort(), ['GET /data/chi-muc/trang-chu.json', 'HEAD /data/catalog.json', 'HEAD /data/catalog.json']);
    assert.deepEqual(problems, []);
    await page.close();
    await compressed.close();
  });

  test('xem trước: bài của tệp đang mở hiện trong bài viết mới, chuyên mục và tìm kiếm', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/xem-truoc');
    await page.locator('.bt-preview').waitFor();
    const edited = { ...newest, articles: newest.articles.map((a, i) => (i === 0 ? { ...a, title: 'Bài đang soạn thử nghiệm', published: '2025-03-01T08:00:00+07:00' } : a)) };
    await page.locator('#mo-tep').setInputFiles({ name: 'so-01-2025.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    await page.getByRole('status').filter({ hasText: /^Đã mở/ }).waitFor();
    await openMenu(page);
    await page.getByRole('link', { name: 'Trang chủ' }).first().click();
    await page.locator('.bt-article-item__title').first().waitFor();
    assert.equal(await page.locator('.bt-article-item__title').first().innerText(), 'Bài đang soạn thử nghiệm');
    // The site's own index is not read in the preview: the opened file is the truth.
    await page.goto(env.server.url + `/chuyen-muc/${newest.articles[0].category}`);
    await page.locator('.bt-article-item__title', { hasText: 'Bài đang soạn thử nghiệm' }).waitFor();
    await page.goto(env.server.url + '/tim-kiem?q=thu%20nghiem');
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    assert.equal(await page.locator('.bt-article-item__title').first().innerText(), 'Bài đang soạn thử nghiệm');
    await page.goto(env.server.url + '/xem-truoc');
    await page.getByRole('button', { name: 'Thoát xem trước' }).first().click();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tìm kiếm chỉ tải tệp của những từ đã gõ, không tải tệp số báo nào', async () => {
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await page.goto(env.server.url + '/tim-kiem?q=le%20chan');
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    await page.locator('.bt-article-item mark').first().waitFor();
    assert.ok(asked.includes('/data/chi-muc/tim-kiem.json'), asked.join('\n'));
    const words = asked.filter((p) => p.startsWith('/data/chi-muc/tu/')).map((p) => p.slice('/data/chi-muc/tu/'.length));
    // "le" whole, "chan" and the syllables it starts (the last word may still be typed), and
    // the pairs of "le" with words in "c" (for "Lê Chân" side by side).
    assert.ok(words.includes('le.json') && words.includes('chan.json') && words.includes('le_20_c.json'), words.join(', '));
    assert.ok(words.every((w) => w === 'le.json' || w === 'le_20_c.json' || w.startsWith('chan')), words.join(', '));
    assert.equal(asked.filter((p) => p.startsWith('/data/issues/')).length, 0, asked.join('\n'));
    // Typing on: only the new word's files are read; the rest is kept for the visit.
    asked.length = 0;
    await page.getByRole('searchbox', { name: 'Tìm bài viết' }).fill('le chan quan');
    await page.locator('h1', { hasText: '“le chan quan”' }).waitFor();
    await page.locator('.bt-search-status', { hasText: /Tìm thấy|Không tìm thấy/ }).waitFor();
    const more = asked.filter((p) => p.startsWith('/data/chi-muc/tu/'));
    assert.ok(more.length > 0 && more.every((p) => /^\/data\/chi-muc\/tu\/(quan|chan_20_q)/.test(p)), more.join(', '));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('mất mạng: tìm lại những từ đã tìm vẫn ra kết quả', async () => {
    const offline = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    const { page, problems } = await openPage(offline);
    await page.goto(env.server.url + '/tim-kiem?q=di%20chuc');
    await page.locator('.bt-article-item mark').first().waitFor();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // The worker keeps the search files read (network-first for data/).
    await waitInPage(page, async () => {
      const content = await caches.open('ban-tin-noi-dung');
      const files = ['/data/chi-muc/tim-kiem.json', '/data/chi-muc/tu/di.json', '/data/chi-muc/tu/chuc.json', '/data/chi-muc/trang-chu.json'];
      return (await Promise.all(files.map((f) => content.match(f)))).every(Boolean);
    });
    const online = await page.locator('.bt-search-status').innerText();
    await offline.setOffline(true);
    await page.reload();
    await page.locator('.bt-article-item mark').first().waitFor();
    assert.equal(await page.locator('.bt-search-status').innerText(), online);
    assert.match(await page.locator('.bt-article-item__title').first().innerText(), /Di chúc/);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/.test(p)), []);
    await offline.close();
  });
});
