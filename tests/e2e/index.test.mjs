// The build's index (data/chi-muc/): the home page reads its front file only, whatever is
// copied to the host without a rebuild; the editor's preview lists opened files in the same
// feed.
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

  test('tệp nội dung chép lên mà chưa dựng lại: các trang vẫn là bản lệnh dựng viết, không tải thêm tệp nào', async () => {
    // Publishing is building (scripts/publish.sh): a catalog and an issue file copied to the
    // host alone change no list, and make no page read more than the build's index.
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(`${r.method()} ${new URL(r.url()).pathname}`));
    const json = (value) => (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(value) });
    await page.route('**/data/catalog.json', json(catalogWithUpload));
    await page.route('**/data/issues/so-02-2025.json', json(uploaded));

    await page.goto(env.server.url + '/');
    await waitInPage(page, () => !document.getElementById('bt-static'));
    await results(page).first().waitFor();
    assert.equal(await page.locator('.bt-chip[aria-current="true"]').innerText(), 'Tất cả (18)');
    assert.equal(await page.locator('.bt-article-item__title', { hasText: 'Tin mới tải lên' }).count(), 0);
    assert.notEqual(await page.locator('.bt-front__issue-title').innerText(), entry.title);
    await page.goto(env.server.url + '/tim-kiem?q=tai%20len');
    await page.locator('.bt-search-status').waitFor();
    assert.equal(await page.locator('.bt-article-item__title', { hasText: 'Tin mới tải lên' }).count(), 0);
    // Neither the catalog (the front file holds its head) nor any issue's file.
    assert.deepEqual(asked.filter((p) => p.endsWith(' /data/catalog.json') || p.includes(' /data/issues/')), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('khi mục lục đã đủ, trang chủ không đọc thêm tệp nào', async () => {
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(env.server.url + '/');
    await results(page).first().waitFor();
    // The front file only: it holds the catalog's head.
    const data = asked.filter((p) => p.includes(' /data/'));
    assert.deepEqual(data, ['GET /data/chi-muc/trang-chu.json']);
    assert.match(await page.locator('.bt-header__brand').innerText(), /Lê\sChân/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('với bản nén .br của lệnh dựng, trang chủ cũng chỉ đọc tệp trang chủ của mục lục', async () => {
    // As a host with precompressed serving sends it: the length of the build's brotli copy.
    const compressed = await startServer(undefined, { compress: true });
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(`${r.method()} ${new URL(r.url()).pathname}`));
    await page.goto(compressed.url + '/');
    await waitInPage(page, () => !document.getElementById('bt-static'));
    await results(page).first().waitFor();
    const data = asked.filter((p) => p.includes(' /data/'));
    assert.deepEqual(data, ['GET /data/chi-muc/trang-chu.json']);
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
