// A generated bulletin of 300 articles (12 issues × 25, `make-corpus --index`, with the index
// the build writes for it) served with this build's app: the home page's pages, category
// pages and their next pages, the archive by year, search by its address and from the box,
// and Back/Forward through categories and searches. The sample has too few articles to page.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, dist, launch, openPage, startServer, viewports, openMenu } from './harness.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const site = mkdtempSync(join(tmpdir(), 'ban-tin-corpus-'));
const corpus = mkdtempSync(join(tmpdir(), 'ban-tin-corpus-data-'));
execFileSync('cargo', ['run', '--quiet', '--locked', '--bin', 'make-corpus', '--', corpus, '12', '25', '--index'], {
  cwd: root,
  stdio: 'inherit',
});
cpSync(dist, site, { recursive: true, filter: (from) => !from.startsWith(join(dist, 'data')) });
cpSync(join(corpus, 'data'), join(site, 'data'), { recursive: true });
const catalog = JSON.parse(readFileSync(join(corpus, 'data/catalog.json'), 'utf8'));
const newest = JSON.parse(readFileSync(join(corpus, 'data/issues/so-012.json'), 'utf8'));
const categoryName = Object.fromEntries(catalog.categories.map((c) => [c.id, c.name]));

let server;
let browser;
before(async () => {
  server = await startServer(site);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(site, { recursive: true, force: true });
  rmSync(corpus, { recursive: true, force: true });
});

const rows = (page) => page.locator('.bt-article-list > .bt-article-item');
const dates = (page) => page.locator('.bt-article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
const more = (page) => page.getByRole('button', { name: /^Xem thêm/ });
async function showMore(page) {
  const before = await rows(page).count();
  await more(page).click();
  await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length > n, before);
}

describe('một bản tin 300 bài do make-corpus sinh ra', () => {
  for (const [size, viewport] of Object.entries(viewports)) {
    test(`trang chủ và trang chuyên mục theo trang, mỗi trang chỉ tải một tệp nhỏ (${size})`, async () => {
      const context = await browser.newContext({ ...viewport, locale: 'vi-VN' });
      const { page, problems } = await openPage(context);
      const asked = [];
      page.on('request', (r) => asked.push(new URL(r.url()).pathname));
      const heads = [];
      page.on('request', (r) => r.method() === 'HEAD' && heads.push(new URL(r.url()).pathname));
      await page.goto(server.url + '/');
      assert.equal(await rows(page).count(), 10);
      assert.equal(await page.locator('.bt-chip[aria-current="true"]').innerText(), 'Tất cả (300)');
      assert.equal(await more(page).innerText(), 'Xem thêm (290 bài)');
      // The newest issue's articles lead.
      assert.match(await rows(page).first().innerText(), /Bản tin số 12/);
      // The front file only, which holds the catalog's head: no file that grows with the
      // archive, and no other request.
      await page.waitForFunction(() => !document.getElementById('bt-static'));
      assert.deepEqual(asked.filter((p) => p.startsWith('/data/')), ['/data/chi-muc/trang-chu.json']);
      assert.deepEqual(heads, []);
      assert.equal(await page.locator('.bt-front__issue-title').innerText(), 'Bản tin số 12');
      assert.deepEqual(await page.locator('.bt-issue-grid .bt-issue-card h3').allInnerTexts(), ['Bản tin số 11', 'Bản tin số 10', 'Bản tin số 9', 'Bản tin số 8']);
      assert.equal(await page.getByRole('link', { name: 'Xem tất cả 12 số trong Lưu trữ' }).count(), 1);
      await showMore(page);
      await showMore(page);
      assert.equal(await rows(page).count(), 30);
      assert.ok(asked.includes('/data/chi-muc/bai-viet/2.json') && asked.includes('/data/chi-muc/bai-viet/3.json'));
      const seen = await dates(page);
      assert.deepEqual(seen, [...seen].sort().reverse());
      assert.equal(asked.filter((p) => p.startsWith('/data/issues/')).length, 0);

      // A category's page, from its chip: its own rows only, and its next page.
      const id = 'tuyen-truyen';
      const chip = page.locator('.bt-chip', { hasText: categoryName[id] });
      const count = Number((await chip.innerText()).match(/\((\d+)\)/)[1]);
      assert.ok(count > 20, `${count}`);
      await chip.click();
      await page.waitForURL(server.url + `/chuyen-muc/${id}`);
      await page.locator('h1', { hasText: `Chuyên mục ${categoryName[id]}` }).waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.bt-article-list > .bt-article-item').length === 10);
      assert.equal(await more(page).innerText(), `Xem thêm (${count - 10} bài)`);
      await showMore(page);
      assert.ok(asked.includes(`/data/chi-muc/chuyen-muc/${id}/2.json`));
      const texts = await page.locator('.bt-article-list .bt-article-item__context').allInnerTexts();
      assert.equal(texts.length, 20);
      assert.ok(texts.every((t) => t.includes(categoryName[id])), texts.join('\n'));
      const inCategory = await dates(page);
      assert.deepEqual(inCategory, [...inCategory].sort().reverse());
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }

  test('lưu trữ theo năm: năm mới nhất trước, mỗi năm đủ số của nó', async () => {
    const context = await browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    const byYear = {};
    for (const issue of catalog.issues) (byYear[issue.date.slice(0, 4)] ??= []).push(issue.title);
    const years = Object.keys(byYear).sort().reverse();
    assert.ok(years.length >= 2, years.join(','));
    await page.goto(server.url + '/luu-tru');
    await page.locator('h1', { hasText: 'Lưu trữ các số' }).waitFor();
    const chips = await page.getByRole('navigation', { name: 'Chọn năm' }).getByRole('link').allInnerTexts();
    assert.deepEqual(chips, years.map((y) => `Năm ${y} (${byYear[y].length} số)`));
    // Whole years, newest first, as many as fit in 24 cards (the newest always); the years
    // past them as links under "Các năm trước".
    let fit = 0;
    let cards = 0;
    while (fit < years.length && (fit === 0 || cards + byYear[years[fit]].length <= 24)) cards += byYear[years[fit++]].length;
    assert.equal(await page.locator('.bt-issue-card').count(), cards);
    assert.deepEqual(await page.locator('main section > h2').allInnerTexts(), [
      ...years.slice(0, fit).map((y) => `Năm ${y}`),
      ...(fit < years.length ? ['Các năm trước'] : []),
    ]);
    if (fit < years.length) {
      const earlier = page.locator('section', { has: page.locator('h2', { hasText: 'Các năm trước' }) });
      assert.deepEqual(await earlier.getByRole('link').allInnerTexts(), years.slice(fit).map((y) => `Năm ${y} (${byYear[y].length} số)`));
    }
    await page.getByRole('navigation', { name: 'Chọn năm' }).getByRole('link', { name: new RegExp(`^Năm ${years[1]}`) }).click();
    await page.waitForURL(server.url + `/luu-tru/${years[1]}`);
    await page.locator('h1', { hasText: `Các số năm ${years[1]}` }).waitFor();
    const yearCards = await page.locator('.bt-issue-card').allInnerTexts();
    assert.equal(yearCards.length, byYear[years[1]].length);
    assert.ok(byYear[years[1]].every((title) => yearCards.some((c) => c.includes(title))), yearCards.join('\n'));
    assert.deepEqual(problems, []);
    await context.close();
  });

  test('tìm kiếm: theo địa chỉ và từ ô tìm, kết quả theo trang, Back/Forward qua chuyên mục và tìm kiếm', async () => {
    const context = await browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    // Two syllables side by side in the newest issue's first title, typed with their accents.
    const words = newest.articles[0].title.split(' ').slice(0, 2).join(' ');
    await page.goto(server.url + '/tim-kiem?q=' + encodeURIComponent(words));
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    const first = (await page.locator('.bt-article-item__title').first().innerText()).toLowerCase();
    assert.ok(first.includes(words.toLowerCase()), `${words}: ${first}`);
    const found = Number((await page.locator('.bt-search-status').innerText()).match(/Tìm thấy (\d+)/)[1]);
    assert.equal(await rows(page).count(), Math.min(found, 10));
    assert.equal(asked.filter((p) => p.startsWith('/data/issues/')).length, 0);
    if (found > 10) {
      await showMore(page);
      assert.equal(await rows(page).count(), Math.min(found, 20));
    }

    // Categories and searches in the history.
    await page.goto(server.url + '/chuyen-muc/xay-dung-dang');
    await page.locator('h1', { hasText: 'Chuyên mục Xây dựng Đảng' }).waitFor();
    await page.locator('.bt-chip', { hasText: categoryName['chuyen-doi-so'] }).click();
    await page.waitForURL(server.url + '/chuyen-muc/chuyen-doi-so');
    const box = page.getByRole('searchbox', { name: 'Tìm bài viết' });
    await openMenu(page);
    await box.fill('dang uy');
    await box.press('Enter');
    await page.waitForURL(server.url + '/tim-kiem?q=dang%20uy');
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    await page.goBack();
    await page.waitForURL(server.url + '/chuyen-muc/chuyen-doi-so');
    await page.locator('h1', { hasText: `Chuyên mục ${categoryName['chuyen-doi-so']}` }).waitFor();
    await page.goBack();
    await page.waitForURL(server.url + '/chuyen-muc/xay-dung-dang');
    await page.locator('h1', { hasText: 'Chuyên mục Xây dựng Đảng' }).waitFor();
    await page.goForward();
    await page.goForward();
    await page.waitForURL(server.url + '/tim-kiem?q=dang%20uy');
    await page.locator('h1', { hasText: 'Kết quả tìm kiếm “dang uy”' }).waitFor();
    await page.locator('.bt-search-status', { hasText: 'Tìm thấy' }).waitFor();
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
});
