// The editor preview at /xem-truoc, tried as a new editor would: open the content folder,
// see the bulletin; break the special issue's file in fourteen ways and each time read which
// article, which file, which field, where and what to write, while the rest still shows; paste JSON; drop a
// file; reload; leave the preview.
import { afterEach, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations, openPage, shoot, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const special = 'data/issues/so-dac-biet-10-2024.json';
const original = readFileSync(`${publicDir}/${special}`, 'utf8');
const catalogText = readFileSync(`${publicDir}/data/catalog.json`, 'utf8');

/** The special issue's file with `edit` applied to its parsed JSON. */
function broken(edit) {
  const value = JSON.parse(original);
  edit(value);
  return JSON.stringify(value, null, 2);
}

const report = (page) => page.locator('.bt-error__problems').last();

async function openFile(page, name, text) {
  await page.locator('#mo-tep').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('status').filter({ hasText: /^Đã mở/ }).waitFor();
}

const articles = JSON.parse(original).articles;
const titled = (i) => `Bài viết “${articles[i].title}”`;
// A string left open on the first article's title line.
const unclosed = original.replace('2023 – 2024",', '2023 – 2024,');

// (what is broken, the file's new text, the field path, words of the message, the item the
// message names first (null: none), more words (the value to write), the offending line's
// text and the marker's column when they are checked)
const cases = [
  ['lỗi cú pháp (thiếu dấu phẩy)', original.replace('"schema_version": 1,', '"schema_version": 1'), '', 'thiếu dấu phẩy', null,
    'thêm "," vào cuối dòng này', { line: '  "schema_version": 1', column: 22 }],
  ['sai kiểu dữ liệu', broken((v) => (v.articles[1].published = 2024)), 'articles[1].published', 'sai kiểu dữ liệu', titled(1)],
  ['thiếu trường bắt buộc', broken((v) => delete v.articles[2].title), 'articles[2]', 'thiếu trường bắt buộc "title"', 'Bài viết mã "phat-bieu-chi-dao"'],
  ['chuyên mục không có', broken((v) => (v.articles[3].category = 'van-nghe')), 'articles[3].category', 'Các chuyên mục hiện có: xay-dung-dang', titled(3)],
  ['mã bài trùng', broken((v) => (v.articles[4].id = v.articles[0].id)), 'articles[4].id', 'bị trùng', titled(4)],
  ['ngày không có thật', broken((v) => (v.articles[5].published = '2024-02-30T08:00')), 'articles[5].published', 'không có ngày 30', titled(5)],
  ['thiếu mô tả ảnh', broken((v) => (v.articles[0].image.alt = ' ')), 'articles[0].image.alt', 'không được để trống', titled(0), '"alt" là lời tả ảnh'],
  ['ảnh không tải được', broken((v) => (v.articles[0].image.src = 'images/bai/khong-co-anh-nay.svg')), 'articles[0].image.src', 'không tải được ảnh "images/bai/khong-co-anh-nay.svg"', titled(0)],
  ['tên trường gõ sai', broken((v) => { v.articles[6].sumary = v.articles[6].summary; delete v.articles[6].summary; }), 'articles[6].sumary', 'không có trong định dạng', titled(6), 'Có phải: summary?'],
  ['đường dẫn javascript:', broken((v) => (v.articles[7].image = { src: 'javascript:alert(1)', width: 10, height: 10, alt: 'x' })), 'articles[7].image.src', 'không được chấp nhận', titled(7)],
  // Beyond the first ten.
  ['ngày viết kiểu ngày/tháng/năm', broken((v) => (v.articles[1].published = '11/10/2024 15:00')), 'articles[1].published', 'không phải là ngày giờ viết đúng dạng', titled(1),
    'hãy viết "2024-10-11T15:00:00+07:00"'],
  ['mã chuyên mục gần đúng', broken((v) => (v.articles[3].category = 'xay-dung-dan')), 'articles[3].category', 'không có trong catalog.json', titled(3), 'Có phải: xay-dung-dang?'],
  ['chuỗi chưa đóng', unclosed, 'articles[0]', 'chưa được đóng', null, 'thêm dấu " vào cuối chuỗi',
    { line: unclosed.split('\n').find((l) => l.includes('"title": "Quận ủy')), column: 16 }],
  ['kích thước ảnh sai', broken((v) => (v.articles[0].image.width = 999)), 'articles[0].image.width', 'thật ra có kích thước', titled(0), 'hãy ghi "width": '],
];

describe('xem trước nội dung (điện thoại)', () => {
  // Each test in a fresh browser profile: the preview is kept in the browser's storage.
  let context;
  beforeEach(async () => {
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  });
  afterEach(async () => context?.close());

  test('mở thư mục nội dung: bản tin hiện bằng các trang thật, đánh dấu là bản xem trước', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/xem-truoc');
    await page.locator('#mo-thu-muc').setInputFiles(publicDir);
    await page.getByText(/^Đã mở 6 tệp JSON và \d+ ảnh\./).waitFor();
    await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
    assert.ok(await page.getByRole('complementary', { name: 'Chế độ xem trước' }).isVisible());
    await shoot(page, 'phone-xem-truoc');
    assert.deepEqual(await axeViolations(page), []);
    // The real pages, navigable, still marked.
    await page.getByRole('link', { name: 'Bản tin Đảng bộ quận số đặc biệt' }).click();
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.equal(await page.locator('.bt-toc :is(.bt-lead-story, .bt-article-item)').count(), 9);
    assert.ok(await page.getByRole('complementary', { name: 'Chế độ xem trước' }).isVisible());
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('mười bốn cách làm hỏng một tệp: mỗi lần nói rõ bài nào, tệp, trường, chỗ, cách sửa; phần còn lại vẫn hiện', async () => {
    const { page } = await openPage(context);
    await page.goto(env.server.url + '/xem-truoc');
    await page.locator('#mo-thu-muc').setInputFiles(publicDir);
    await page.getByText(/^Đã mở 6 tệp JSON và \d+ ảnh\./).waitFor();
    await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
    for (const [what, text, path, words, item, more, excerpt] of cases) {
      await openFile(page, 'so-dac-biet-10-2024.json', text);
      // The report follows each opening; wait for this problem, then read it whole.
      const entry = report(page).locator('li', { hasText: words });
      await entry.first().waitFor({ timeout: 10_000 }).catch(() => {});
      const items = await report(page).locator('li').allInnerTexts();
      const hit = items.find((t) => t.includes(words));
      assert.ok(hit, `${what}: expected “${words}” in:\n${items.join('\n---\n')}`);
      assert.equal(items.length, 1, `${what}: one problem, not ${items.length}:\n${items.join('\n---\n')}`);
      // The article first, by its title; then the file and line; then the field.
      const lines = hit.split('\n').filter((l) => l.trim());
      if (item) assert.equal(lines[0], item, `${what}: the article is not named first: ${hit}`);
      const place = item ? lines[1] : lines[0];
      assert.ok(place.startsWith(`${special}, dòng `), `${what}: no file and line: ${hit}`);
      if (path) assert.ok(place.includes(`trường ${path}`), `${what}: no field ${path}: ${hit}`);
      if (more) assert.ok(hit.includes(more), `${what}: no “${more}”: ${hit}`);
      // The offending line, with a marker under the column.
      assert.match(hit, /\n\s*\^/, `${what}: no marker: ${hit}`);
      if (excerpt) {
        const shown = await report(page).locator('li .bt-error__source').first().textContent();
        const [line, marker] = shown.split('\n');
        assert.equal(line, excerpt.line, `${what}: the line shown`);
        assert.equal(marker.indexOf('^') + 1, excerpt.column, `${what}: the marker's column`);
        assert.ok(place.includes(`cột ${excerpt.column}`), `${what}: ${place}`);
      }
    }
    await shoot(page, 'phone-xem-truoc-loi');
    assert.deepEqual(await axeViolations(page), []);
    // One bad article never blanks its issue: the others show, and the article left out is
    // named, with a link to its problem in the report.
    await openFile(page, 'so-dac-biet-10-2024.json', cases[3][1]);
    await page.getByRole('link', { name: 'Bản tin Đảng bộ quận số đặc biệt' }).click();
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.equal(await page.locator('.bt-toc :is(.bt-lead-story, .bt-article-item)').count(), 8);
    const notice = page.locator('.bt-notice');
    await notice.getByText('Chưa hiển thị 1 bài viết vì có lỗi nội dung:').waitFor();
    assert.ok((await notice.locator('.bt-notice__items li').innerText()).startsWith(`“${articles[3].title}”`));
    await page.getByText('Chi tiết dành cho biên tập viên').click();
    await shoot(page, 'phone-xem-truoc-so-co-loi');
    assert.deepEqual(await axeViolations(page), []);
    await notice.getByRole('link', { name: 'Xem lỗi trong báo cáo' }).click();
    await page.waitForURL(/\/xem-truoc#loi-/);
    const focused = page.locator('.bt-error__problems > li:focus');
    await focused.waitFor();
    assert.ok((await focused.innerText()).startsWith(titled(3)), await focused.innerText());
    const box = await focused.evaluate((li) => { const r = li.getBoundingClientRect(); return [r.top, innerHeight, scrollY]; });
    assert.ok(box[0] >= 0 && box[0] < box[1], JSON.stringify(box));
    // A file that cannot be read at all: its issue says so, the other issues still open.
    await page.goto(env.server.url + '/xem-truoc');
    await openFile(page, 'so-dac-biet-10-2024.json', cases[0][1]);
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    await page.getByText('Chưa tải được Bản tin Đảng bộ quận số đặc biệt').waitFor();
    await page.goto(env.server.url + '/so/so-11-2024');
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    await page.close();
  });

  test('ảnh chỉ có trên máy biên tập viên: hiện khi xem trước, vẫn còn sau khi tải lại', async () => {
    const { page, problems } = await openPage(context);
    // A copy of the content folder with a new picture that the site does not have.
    const folder = mkdtempSync(join(tmpdir(), 'ban-tin-xem-truoc-'));
    try {
      cpSync(publicDir, folder, { recursive: true });
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#0a7"/></svg>';
      writeFileSync(join(folder, 'images/bai/anh-moi-chi-tren-may.svg'), svg);
      writeFileSync(join(folder, special), broken((v) => (v.articles[0].image.src = 'images/bai/anh-moi-chi-tren-may.svg')));
      await page.goto(env.server.url + '/xem-truoc');
      await page.locator('#mo-thu-muc').setInputFiles(folder);
      // "Đã mở…" shows once the pictures are kept in the browser.
      await page.getByText(/^Đã mở 6 tệp JSON và \d+ ảnh\./).waitFor();
      await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
      await page.reload();
      // The check asks the browser for every picture: the new one still loads.
      await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
      const first = JSON.parse(original).articles[0];
      await page.goto(`${env.server.url}/so/so-dac-biet-10-2024/${first.id}`);
      const picture = page.locator('.bt-figure__image').first();
      await picture.waitFor();
      await page.waitForFunction(() => {
        const img = document.querySelector('.bt-figure__image');
        return img && img.complete && img.naturalWidth === 1200 && img.src.startsWith('blob:');
      });
      assert.deepEqual(problems, []);
    } finally {
      await page.getByRole('button', { name: 'Thoát xem trước' }).click().catch(() => {});
      rmSync(folder, { recursive: true, force: true });
      await page.close();
    }
  });

  test('dán JSON, kéo thả tệp, tải lại trang vẫn giữ bản xem trước, rồi thoát', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/xem-truoc');
    // Paste a catalog that names an issue file that does not exist.
    const catalog = JSON.parse(catalogText);
    catalog.issues[1].file = 'data/issues/khong-co.json';
    await page.getByText('Dán nội dung JSON').click();
    await page.getByLabel('Nội dung tệp').fill(JSON.stringify(catalog, null, 2));
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.getByText('Đã mở đoạn đã dán làm tệp data/catalog.json.').waitFor();
    const items = () => report(page).locator('li').allInnerTexts();
    await page.locator('.bt-preview__bad').waitFor();
    assert.ok((await items()).some((t) => t.startsWith('Số “') && t.includes('\ndata/catalog.json, dòng') && t.includes('không tìm thấy tệp "data/issues/khong-co.json"')), (await items()).join('\n'));

    // A broken issue file pasted on "Tự nhận ra": recognised by its first fields, and its
    // problem joins the report (which covers every file the preview shows).
    await page.getByLabel('Nội dung tệp').fill(cases[0][1]);
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.getByText(`Đã mở đoạn đã dán làm tệp ${special}.`).waitFor();
    await report(page).locator('li', { hasText: 'thiếu dấu phẩy' }).waitFor();
    assert.equal((await items()).filter((t) => t.includes('khong-co.json')).length, 1, (await items()).join('\n'));
    // Text that is no content file: refused, and the report of the files before is not left
    // below as if it were the paste's.
    await page.getByLabel('Nội dung tệp').fill('[1, 2, 3]');
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.getByRole('alert').getByText(/không nhận ra đoạn đã dán: .*hãy chọn tệp ấy trong ô “Đoạn dán là tệp”/).waitFor();
    await page.getByText('Kết quả kiểm tra').waitFor({ state: 'detached' });
    assert.equal(await page.getByText(/^Có \d+ lỗi/).count(), 0);
    assert.equal(await page.getByText(/^Đã mở đoạn đã dán/).count(), 0);
    // The site's own catalog and special issue again, by pasting them.
    await page.getByLabel('Nội dung tệp').fill(catalogText);
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.getByText('Đã mở đoạn đã dán làm tệp data/catalog.json.').waitFor();
    await page.getByLabel('Nội dung tệp').fill(original);
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.getByText(`Đã mở đoạn đã dán làm tệp ${special}.`).waitFor();
    await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
    assert.equal(await page.getByRole('alert').count(), 0);

    // Drop a changed issue file onto the drop zone.
    const retitled = broken((v) => (v.articles[0].title = 'Tiêu đề đã sửa khi xem trước'));
    const dataTransfer = await page.evaluateHandle((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'so-dac-biet-10-2024.json', { type: 'application/json' }));
      return dt;
    }, retitled);
    await page.locator('.bt-dropzone').dispatchEvent('drop', { dataTransfer });
    await page.getByText(/^Đã mở 1 tệp JSON\./).waitFor();

    // Reload: what was opened is still there.
    await page.reload();
    await page.locator('.bt-preview__files').getByText(special).waitFor();
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    await page.getByText('Tiêu đề đã sửa khi xem trước').waitFor();

    // Leave the preview: the site's own content again, no banner.
    await page.getByRole('button', { name: 'Thoát xem trước' }).click();
    await page.getByRole('complementary', { name: 'Chế độ xem trước' }).waitFor({ state: 'detached' });
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.equal(await page.getByText('Tiêu đề đã sửa khi xem trước').count(), 0);
    assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
    await page.close();
  });
});

describe('xem trước nội dung (máy tính, bàn phím, 320 px)', () => {
  test('dùng được bằng bàn phím, thấy rõ chỗ đang chọn, không tràn ngang ở 320 px', async () => {
    const context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/xem-truoc');
    await page.getByRole('heading', { name: 'Xem trước nội dung' }).waitFor();
    // Tab reaches the folder picker; its button-like label shows the focus ring.
    let reached = false;
    for (let i = 0; i < 20 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.id === 'mo-thu-muc');
    }
    assert.ok(reached, 'Tab never reached the folder picker');
    const outline = await page.locator('label[for="mo-thu-muc"]').evaluate((l) => getComputedStyle(l).outlineStyle);
    assert.equal(outline, 'solid');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mo-tep');
    // The paste box opens from the keyboard.
    await page.locator('summary', { hasText: 'Dán nội dung JSON' }).focus();
    await page.keyboard.press('Enter');
    await page.getByLabel('Nội dung tệp').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await shoot(page, 'desktop-xem-truoc');
    await page.setViewportSize({ width: 320, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(overflow, 0);
    assert.deepEqual(problems, []);
    await context.close();
  });
});

describe('thoát xem trước từ mọi loại trang', () => {
  // Regression: leaving the preview through the banner while a previewed issue or article
  // was on screen kept showing the edited content until a reload.
  const edited = 'Số đặc biệt đã sửa khi xem trước';
  const editedWork = 'Tác phẩm đã sửa khi xem trước';
  const catalog = JSON.parse(catalogText);
  const special = catalog.issues.find((i) => i.id === 'so-dac-biet-10-2024');
  const galleryPath = catalog.gallery[0].file;
  const gallery = JSON.parse(readFileSync(`${publicDir}/${galleryPath}`, 'utf8'));
  const work = gallery.works[0];
  const article = JSON.parse(original).articles[0];
  const files = () => {
    const c = JSON.parse(catalogText);
    c.issues.find((i) => i.id === special.id).title = edited;
    const g = JSON.parse(readFileSync(`${publicDir}/${galleryPath}`, 'utf8'));
    g.works[0].title = editedWork;
    return [
      { name: 'catalog.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(c, null, 2)) },
      { name: galleryPath.split('/').pop(), mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(g, null, 2)) },
    ];
  };
  // (page, what the preview changed on it, what the site says there)
  const pages = [
    ['/', edited, special.title],
    [`/so/${special.id}`, edited, special.title],
    [`/so/${special.id}/${article.id}`, edited, special.title],
    ['/trung-bay', editedWork, work.title],
    [`/trung-bay/${work.id}`, editedWork, work.title],
  ];
  for (const [path, changed, site] of pages) {
    test(`${path}: nút “Thoát xem trước” trên dải báo hiện lại nội dung của trang web ngay, không tải lại`, async () => {
      const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
      const { page, problems } = await openPage(context);
      await page.goto(env.server.url + '/xem-truoc');
      await page.locator('#mo-tep').setInputFiles(files());
      await page.getByRole('status').filter({ hasText: /^Đã mở 2 tệp JSON/ }).waitFor();
      await page.goto(env.server.url + path);
      await page.getByText(changed).first().waitFor();
      // Marks this document: a reload would lose the mark.
      await page.evaluate(() => (window.__sameDocument = true));
      const banner = page.getByRole('complementary', { name: 'Chế độ xem trước' });
      const leave = banner.getByRole('button', { name: 'Thoát xem trước' });
      // An open work's lightbox covers the page, banner included: the banner's button is
      // pressed as it is, to leave the preview with the work on screen.
      if (path.startsWith('/trung-bay/')) await leave.evaluate((button) => button.click());
      else await leave.click();
      await banner.waitFor({ state: 'detached' });
      await page
        .getByText(changed)
        .first()
        .waitFor({ state: 'detached', timeout: 10_000 })
        .catch(() => {});
      assert.equal(await page.getByText(changed).count(), 0, `${path} still shows the previewed text`);
      await page.getByText(site).first().waitFor();
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the page was reloaded');
      assert.equal(new URL(page.url()).pathname, path);
      assert.deepEqual(problems, []);
      await context.close();
    });
  }
});

describe('mã của trang xem trước chỉ tải khi cần', () => {
  // The wasm each page asks for: the readers' at the top folder, the preview's in xem-truoc/.
  const wasmOf = (page) => {
    const asked = [];
    page.on('request', (r) => {
      if (/_bg\.wasm$/.test(r.url())) asked.push(new URL(r.url()).pathname.startsWith('/xem-truoc/') ? 'xem-truoc' : 'bạn đọc');
    });
    return asked;
  };

  test('trang bạn đọc không tải mã xem trước; trang xem trước tải mã của nó; khi đang xem trước, mọi trang tải mã xem trước', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
    const readerPages = ['/', '/so/so-dac-biet-10-2024', `/so/so-dac-biet-10-2024/${articles[0].id}`, '/trung-bay', '/tim-kiem?q=le%20chan', '/chuyen-muc/xay-dung-dang', '/luu-tru', '/khong-co-trang-nay'];
    for (const path of readerPages) {
      const { page } = await openPage(context);
      const asked = wasmOf(page);
      await page.goto(env.server.url + path);
      assert.deepEqual(asked, ['bạn đọc'], path);
      await page.close();
    }
    const { page, problems } = await openPage(context);
    const asked = wasmOf(page);
    await page.goto(env.server.url + '/xem-truoc');
    await page.getByRole('heading', { name: 'Xem trước nội dung' }).waitFor();
    assert.deepEqual(asked, ['xem-truoc']);
    // Inside the preview's app, the reader's pages are drawn by the same bundle.
    await openMenu(page);
    await page.getByRole('link', { name: 'Lưu trữ' }).first().click();
    await page.locator('h1', { hasText: 'Lưu trữ' }).waitFor();
    assert.deepEqual(asked, ['xem-truoc']);
    // Files opened: every page opened or reloaded shows them, so loads the preview's bundle.
    await page.goto(env.server.url + '/xem-truoc');
    await openFile(page, 'so-dac-biet-10-2024.json', original.replace(articles[0].title, 'Tiêu đề khi xem trước'));
    asked.length = 0;
    await page.goto(`${env.server.url}/so/so-dac-biet-10-2024/${articles[0].id}`);
    await page.locator('h1', { hasText: 'Tiêu đề khi xem trước' }).waitFor();
    assert.deepEqual(asked, ['xem-truoc']);
    // Left: the readers' bundle again.
    await page.getByRole('button', { name: 'Thoát xem trước' }).click();
    asked.length = 0;
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    assert.deepEqual(asked, ['bạn đọc']);
    // The preview's address reached inside the readers' app loads the preview's page.
    await page.evaluate(() => {
      history.pushState(null, '', '/xem-truoc');
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.getByRole('heading', { name: 'Xem trước nội dung' }).waitFor();
    assert.deepEqual(asked, ['bạn đọc', 'xem-truoc']);
    assert.deepEqual(problems.filter((p) => !p.includes('404')), []);
    await context.close();
  });
});
