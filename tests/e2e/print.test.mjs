// Printing or saving as PDF a whole issue: its printed copy (`/ban-in/<issue>`) holds the
// cover, the contents and every article in the order "Bài sau" walks, each on its own sheet;
// the PDF Chromium prints from it is read back with pdftotext (poppler-utils).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, dist, openPage, shoot, siteUrl, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const ISSUE = 'so-dac-biet-10-2024';

/** The issue's articles as the file gives them, and its entry in the catalog. */
function sampleIssue(id) {
  const catalog = JSON.parse(readFileSync(join(dist, 'data/catalog.json'), 'utf8'));
  const entry = catalog.issues.find((i) => i.id === id);
  const file = JSON.parse(readFileSync(join(dist, entry.file), 'utf8'));
  return { entry, articles: file.articles };
}

/** Text as compared: composed, one space between words (a PDF breaks lines where it likes),
 *  without hyphens: pdftotext joins "01-" at a line's end and "KL/TW" into "01KL/TW". */
const flat = (text) => text.normalize('NFC').replace(/-\s*/g, '').replace(/\s+/g, ' ').trim();

for (const [size, options] of Object.entries(viewports)) {
  describe(`bản in cả số (${size})`, () => {
    let context;
    before(async () => {
      context = await env.browser.newContext({ ...options, locale: 'vi-VN' });
    });
    after(async () => context?.close());

    test('trang của số dẫn tới bản in; mục lục theo thứ tự đọc, mỗi dòng đưa tới bài của nó', async () => {
      const { entry, articles } = sampleIssue(ISSUE);
      const { page, problems } = await openPage(context);
      await page.goto(`${env.server.url}/so/${ISSUE}`);
      await page.getByRole('link', { name: 'In hoặc lưu PDF cả số' }).click();
      await page.waitForURL(`**/ban-in/${ISSUE}`);
      assert.equal(await page.locator('h1').innerText(), entry.title);
      assert.equal(await page.title(), `Bản in: ${entry.title} – Bản tin điện tử Đảng bộ quận Lê Chân`);
      assert.equal(
        await page.locator('.bt-print-bar p').innerText(),
        `Bản in cả số: trang bìa, mục lục và toàn văn ${articles.length} bài viết, mỗi bài bắt đầu một trang mới.`,
      );
      // The contents and the articles below are in the same order, that of "Bài sau": the
      // articles' headings are read from the page, the walk from the issue's pages.
      const contents = page.getByRole('navigation', { name: 'Mục lục' }).getByRole('listitem').getByRole('link');
      const listed = await contents.allInnerTexts();
      const printed = await page.locator('.bt-print-article h2').allInnerTexts();
      assert.equal(listed.length, articles.length);
      assert.deepEqual(printed, listed);
      // Every article of the file is there, once.
      assert.deepEqual([...printed].sort(), articles.map((a) => a.title).sort());
      // A contents line jumps to its article, on the same page.
      await contents.nth(2).click();
      await page.waitForFunction((id) => location.hash === `#bai-${id}`, articles.find((a) => a.title === listed[2]).id);
      const heading = page.locator('.bt-print-article h2').nth(2);
      const box = await heading.boundingBox();
      assert.ok(box.y >= -1 && box.y < options.viewport.height / 2, `bài thứ ba ở đầu màn hình (y = ${box.y})`);
      assert.equal(new URL(page.url()).pathname, `/ban-in/${ISSUE}`);
      // The print button calls the browser's print dialogue (recorded here).
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => void (window.__printed += 1);
      });
      await page.getByRole('button', { name: 'In hoặc lưu PDF' }).click();
      assert.equal(await page.evaluate(() => window.__printed), 1);
      await page.evaluate(() => scrollTo(0, 0));
      await shoot(page, `${size}-ban-in`, { fullPage: false });
      assert.deepEqual(await axeViolations(page), []);
      assert.deepEqual(problems, []);
      await page.close();
    });
  });
}

describe('bản in thành PDF', () => {
  let folder;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ban-in-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  test('PDF của cả số: trang bìa, mục lục, mỗi bài trọn vẹn trên trang riêng, không nút hay thanh điều hướng', async () => {
    const { entry, articles } = sampleIssue(ISSUE);
    const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    await page.goto(`${env.server.url}/ban-in/${ISSUE}`);
    await page.waitForLoadState('networkidle');
    const pdf = join(folder, 'so.pdf');
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    const sheets = text.split('\f').map(flat).filter(Boolean);
    // The first sheet: the issue's title and summary, then its contents.
    assert.ok(sheets[0].includes(flat(entry.title)), sheets[0]);
    assert.ok(sheets[0].includes(flat(entry.summary)) || sheets[1].includes(flat(entry.summary)));
    assert.ok(text.includes('Mục lục'));
    // Each article starts a sheet of its own, its title at the top, and its last paragraph
    // is printed too.
    const starts = articles.map((article) => {
      const at = sheets.findIndex((sheet) => sheet.startsWith(flat(article.title)) || sheet.slice(0, 200).includes(flat(article.title)));
      assert.ok(at > 0, `“${article.title}” mở đầu một trang`);
      const last = [...article.body].reverse().find((b) => b.type === 'paragraph');
      if (last) assert.ok(flat(text).includes(flat(last.text)), `“${article.title}”: đoạn cuối`);
      return at;
    });
    assert.equal(new Set(starts).size, articles.length, 'mỗi bài một trang riêng');
    // Each article ends with its full address, which leads a reader of the printout back to
    // it, and the address's QR code is drawn beside it (a picture that loaded).
    // (pdftotext takes a line that ends at one of the address's hyphens for a hyphenated
    // word and drops it: the text is compared without hyphens and spaces.)
    const joined = text.replace(/[-\s]/g, '');
    for (const article of articles) {
      const address = `${siteUrl()}/so/${ISSUE}/${article.id}`;
      assert.ok(joined.includes(address.replace(/-/g, '')), `“${article.title}”: ${address}`);
    }
    const codes = await page.locator('.bt-print-address__code').evaluateAll((imgs) => imgs.map((img) => img.naturalWidth));
    assert.equal(codes.length, articles.length);
    assert.ok(codes.every((width) => width > 0), `mã QR: ${codes}`);
    // The site's frame and the screen's controls are not printed; the first sheet names the
    // publisher and the bulletin in words, once (not only inside the cover's picture).
    for (const absent of ['In hoặc lưu PDF', 'Tìm bài viết', 'Cơ quan xuất bản']) {
      assert.ok(!text.toLowerCase().includes(absent.toLowerCase()), `không in “${absent}”`);
    }
    const catalog = JSON.parse(readFileSync(new URL('../../public/data/catalog.json', import.meta.url), 'utf8'));
    const { publisher, name } = catalog.publication;
    assert.ok(sheets[0].toLowerCase().startsWith(flat(`${publisher} ${name}`).toLowerCase()), sheets[0]);
    assert.equal(flat(text).toLowerCase().split(flat(publisher).toLowerCase()).length - 1, 1, 'tên cơ quan in một lần');
    // The special issue's title prints as ink, not as the screen's white on red.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(0, 0, 0)');
    // Printing the issue's own page leaves out its chips and the gallery strip.
    await page.goto(`${env.server.url}/so/${ISSUE}`);
    assert.equal(await page.locator('.bt-chips').isVisible(), false);
    assert.equal(await page.locator('.bt-strip').isVisible(), false);
    assert.equal(await page.locator('h1').evaluate((h) => getComputedStyle(h).color), 'rgb(0, 0, 0)');
    assert.deepEqual(problems, []);
    await context.close();
  });
});
