// Category filtering and accent-insensitive search, as a reader on a phone uses them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, openPage, shoot, useBrowserAndServer, viewports, openMenu } from './harness.mjs';

const env = useBrowserAndServer();

const results = (page) => page.locator('.bt-article-list > .bt-article-item');
const active = (page) => page.locator('.bt-chip[aria-current="true"]');
const box = (page) => page.getByRole('searchbox', { name: 'Tìm bài viết' });

async function home(page, path = '/') {
  await page.goto(env.server.url + path);
  await results(page).first().waitFor();
}

describe('lọc theo chuyên mục và tìm kiếm (điện thoại)', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  });
  after(async () => context?.close());

  test('chọn chuyên mục: địa chỉ giữ lựa chọn qua tải lại, chia sẻ, Back và Forward', async () => {
    const { page, problems } = await openPage(context);
    await home(page);
    assert.equal(await active(page).innerText(), 'Tất cả (18)');
    await page.getByRole('link', { name: 'Kiểm tra, giám sát (2)' }).click();
    await page.waitForURL(env.server.url + '/chuyen-muc/kiem-tra-giam-sat');
    await page.locator('h1', { hasText: 'Chuyên mục Kiểm tra, giám sát' }).waitFor();
    assert.equal(await results(page).count(), 2);
    assert.equal(await active(page).innerText(), 'Kiểm tra, giám sát (2)');
    await page.reload();
    await results(page).first().waitFor();
    assert.equal(await results(page).count(), 2);
    assert.equal(await active(page).innerText(), 'Kiểm tra, giám sát (2)');
    // A shared link shows the category from the written page, before the app starts.
    // The app is held back, so it cannot take the page over between the two reads.
    const { page: shared } = await openPage(context);
    await shared.route(/_bg\.wasm$/, () => {});
    await shared.goto(page.url(), { waitUntil: 'domcontentloaded', handover: false });
    assert.equal(await shared.locator('#bt-static .bt-article-list > .bt-article-item').count(), 2);
    assert.equal(await shared.locator('#bt-static h1').innerText(), 'Chuyên mục Kiểm tra, giám sát');
    await shared.close();
    // The old address of a category leads to its page.
    const { page: old } = await openPage(context);
    await old.goto(env.server.url + '/?chuyen-muc=kiem-tra-giam-sat');
    await old.waitForURL(env.server.url + '/chuyen-muc/kiem-tra-giam-sat');
    await old.locator('h1', { hasText: 'Chuyên mục Kiểm tra, giám sát' }).waitFor();
    await old.close();
    await page.getByRole('link', { name: 'Chuyển đổi số (2)' }).click();
    await page.waitForURL(env.server.url + '/chuyen-muc/chuyen-doi-so');
    await page.goBack();
    await page.waitForURL(env.server.url + '/chuyen-muc/kiem-tra-giam-sat');
    await page.locator('h1', { hasText: 'Kiểm tra, giám sát' }).waitFor();
    await page.goBack();
    await page.waitForURL(env.server.url + '/');
    await page.locator('.bt-hero').first().waitFor();
    await page.goForward();
    await page.waitForURL(env.server.url + '/chuyen-muc/kiem-tra-giam-sat');
    await page.locator('h1', { hasText: 'Kiểm tra, giám sát' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('gõ không dấu vẫn tìm ra tiêu đề có dấu, chữ khớp được đánh dấu', async () => {
    const { page, problems } = await openPage(context);
    await home(page);
    await openMenu(page);
    await box(page).fill('le chan');
    await box(page).press('Enter');
    await page.waitForURL(env.server.url + '/tim-kiem?q=le%20chan');
    await page.locator('h1', { hasText: 'Kết quả tìm kiếm “le chan”' }).waitFor();
    const titles = await page.locator('.bt-article-item__title').allInnerTexts();
    assert.ok(titles.some((t) => t.includes('Lê Chân')), titles.join('\n'));
    const marks = await page.locator('.bt-article-item__title mark').allInnerTexts();
    assert.ok(marks.includes('Lê') && marks.includes('Chân'), marks.join(','));
    assert.ok(await page.locator('mark').first().isVisible());
    assert.match(await page.locator('.bt-search-status').innerText(), /^Tìm thấy \d+ bài viết cho “le chan”\.$/);
    await shoot(page, 'phone-tim-kiem');
    assert.deepEqual(await axeViolations(page), []);

    // A row shows the title and summary: the words are marked there when they stand there
    // (a match only in the body ranks below them, its row unmarked).
    for (const [typed, expected] of [['dang uy', 'Đảng'], ['DI CHUC', 'Di chúc']]) {
      await box(page).fill(typed);
      await page.locator('h1', { hasText: `“${typed}”` }).waitFor();
      const text = await results(page).allInnerTexts();
      assert.ok(text.some((t) => t.includes(expected)), `${typed}: ${text.join('\n')}`);
      assert.ok((await page.locator('mark').allInnerTexts()).some((m) => m === expected.split(' ')[0]));
    }
    // "dang uy": the only article saying "Đảng ủy" (in its body) comes first, above those
    // with "Đảng" and "cấp ủy" or "Thành ủy" apart in their titles and summaries.
    await box(page).fill('dang uy');
    await page.locator('h1', { hasText: '“dang uy”' }).waitFor();
    assert.equal(
      await page.locator('.bt-article-item__title').first().innerText(),
      'Nâng cao chất lượng sinh hoạt chi bộ: bắt đầu từ một nội dung thiết thực',
    );
    // Its words stand only in its body: the row shows that passage, both words marked.
    const passage = results(page).first().locator('.bt-article-item__summary');
    await passage.locator('mark', { hasText: /^ủy$/i }).first().waitFor();
    assert.match(await passage.innerText(), /Đảng ủy/);
    // Every result shows every typed word, marked, in its title or its passage.
    const fold = (t) => t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase();
    for (const typed of ['dang uy', 'le chan', 'di chuc', 'guong sang', 'hoc tap', 'kiem tra']) {
      await box(page).fill(typed);
      await page.locator('h1', { hasText: `“${typed}”` }).waitFor();
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      const rows = await results(page).evaluateAll((items) =>
        items.map((item) => ({
          title: item.querySelector('.bt-article-item__title').innerText,
          marks: [...item.querySelectorAll('.bt-article-item__title mark, .bt-article-item__summary mark')].map((m) => m.innerText),
        })),
      );
      assert.ok(rows.length > 0, typed);
      for (const row of rows) {
        const marked = row.marks.map(fold);
        for (const word of typed.split(' ')) assert.ok(marked.includes(word), `${typed}: “${row.title}” ${row.marks}`);
      }
    }
    // The gallery's works are searched too, and listed as works: one found by its title.
    await box(page).fill('di chuc thieng');
    await page.locator('h1', { hasText: '“di chuc thieng”' }).waitFor();
    const works = page.getByRole('region', { name: /^Công trình tuyên truyền trực quan \(\d+\)$/ });
    const work = works.getByRole('link', { name: /Di chúc thiêng liêng/ });
    await work.waitFor();
    assert.deepEqual(await work.locator('mark').allInnerTexts(), ['Di', 'chúc', 'thiêng']);
    assert.equal(await work.getAttribute('href'), 'trung-bay/di-chuc-thieng-lieng');
    assert.deepEqual(await axeViolations(page), []);
    // Typing replaced the address: Back leaves the search rather than stepping through letters.
    await page.goBack();
    await page.waitForURL(env.server.url + '/');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('một chữ cái đứng riêng chỉ tìm từ một chữ cái, và trang bảo gõ tiếp', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/tim-kiem?q=' + encodeURIComponent('đ'));
    await page.locator('.bt-search-status', { hasText: 'Không tìm thấy bài viết nào cho “đ”.' }).waitFor();
    assert.match(await page.locator('.bt-empty').innerText(), /Hãy gõ tiếp: một chữ cái đứng riêng/);
    // The second letter completes the word: "đả" finds "Đảng".
    await box(page).fill('đả');
    await page.locator('.bt-search-status', { hasText: /^Tìm thấy \d+ bài viết cho “đả”\.$/ }).waitFor();
    assert.ok((await page.locator('mark').allInnerTexts()).some((m) => m.startsWith('Đả') || m.startsWith('đả')));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('gõ nhanh trên máy chậm không mất chữ', async () => {
    // Regression: a change of ?q= moved focus to <main>, so after the first letter the rest
    // of the typing went nowhere ("dang uy" arrived as "d"). fill() alone did not show it.
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/tim-kiem');
    await page.locator('h1', { hasText: 'Tìm kiếm' }).waitFor();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
    await box(page).click();
    await page.keyboard.type('dang uy le chan');
    // A space the reader is still typing survives the trimmed address.
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('chan');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForURL(env.server.url + '/tim-kiem?q=dang%20uy%20le%20chan');
    assert.equal(await box(page).inputValue(), 'dang uy le chan');
    await page.locator('h1', { hasText: '“dang uy le chan”' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('gõ tiếp: dấu tô, số đếm trên chip và cấp tiêu đề theo kịp; xóa thì về trang tìm kiếm', async () => {
    // Rows and chips stay in the page while the reader types (keyed); what they show must
    // still follow every keystroke.
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/tim-kiem');
    await page.locator('h1', { hasText: 'Tìm kiếm' }).waitFor();
    await box(page).click();
    await page.keyboard.type('le');
    await page.locator('h1', { hasText: '“le”' }).waitFor();
    const first = await page.locator('.bt-article-list mark').allInnerTexts();
    assert.ok(first.length > 0 && first.every((m) => m.toLowerCase() === 'lê' || m.toLowerCase() === 'lễ' || m.toLowerCase() === 'le'), first.join(','));
    await page.keyboard.type(' chan');
    await page.locator('h1', { hasText: '“le chan”' }).waitFor();
    const marks = await page.locator('.bt-article-list mark').allInnerTexts();
    assert.ok(marks.includes('Chân'), marks.join(','));
    const found = Number((await page.locator('.bt-search-status').innerText()).match(/Tìm thấy (\d+)/)[1]);
    assert.equal(await active(page).innerText(), `Tất cả (${found})`);
    assert.equal(await page.locator('.bt-article-list h2.bt-article-item__title').count(), await results(page).count());
    assert.equal(await page.title(), 'Kết quả tìm kiếm “le chan” – Bản tin điện tử Đảng bộ quận Lê Chân');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.getByRole('heading', { level: 1, name: 'Tìm kiếm' }).waitFor();
    await page.getByText('Không cần gõ dấu').waitFor();
    assert.equal(await page.title(), 'Tìm kiếm – Bản tin điện tử Đảng bộ quận Lê Chân');
    assert.equal(await results(page).count(), 0);
    assert.equal(await box(page).inputValue(), '');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('chuỗi gõ ở dạng tách dấu (NFD) tìm như dạng dựng sẵn', async () => {
    const { page } = await openPage(context);
    await home(page, '/tim-kiem?q=' + encodeURIComponent('Lê Chân'));
    const composed = await page.locator('.bt-search-status').innerText();
    await home(page, '/tim-kiem?q=' + encodeURIComponent('Lê Chân'.normalize('NFD')));
    const decomposed = await page.locator('.bt-search-status').innerText();
    assert.equal(decomposed.replace('Lê Chân'.normalize('NFD'), 'Lê Chân'), composed);
    await page.close();
  });

  test('không có kết quả: nói rõ, gợi ý bỏ lọc chuyên mục, cho xóa tìm kiếm', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/tim-kiem?q=xyzzy%20khong%20co&chuyen-muc=xay-dung-dang');
    await page.getByText('Không tìm thấy bài viết nào cho “xyzzy khong co”.').waitFor();
    assert.equal(await results(page).count(), 0);
    await page.getByRole('link', { name: 'Tìm trong mọi chuyên mục' }).click();
    await page.waitForURL(env.server.url + '/tim-kiem?q=xyzzy%20khong%20co');
    await page.getByRole('link', { name: 'Xóa tìm kiếm' }).click();
    await page.waitForURL(env.server.url + '/');
    await page.locator('.bt-hero').first().waitFor();
    await openMenu(page);
    assert.equal(await box(page).inputValue(), '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tìm từ trang bài viết: Enter mở kết quả, Back trở lại bài', async () => {
    const { page, problems } = await openPage(context);
    const article = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
    await page.goto(env.server.url + article);
    await page.locator('.bt-article h1').waitFor();
    await openMenu(page);
    await box(page).fill('guong sang');
    // Typing elsewhere than the search page does not navigate until Enter.
    assert.ok(page.url().endsWith(article));
    await box(page).press('Enter');
    await page.waitForURL(env.server.url + '/tim-kiem?q=guong%20sang');
    await results(page).first().waitFor();
    assert.match(await results(page).first().innerText(), /gương sáng/i);
    await page.goBack();
    await page.waitForURL(env.server.url + article);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('bài viết mới theo trang: "Xem thêm" tải trang sau của mục lục, đổi chuyên mục thì về trang đầu', async () => {
    const { page, problems } = await openPage(context);
    const asked = [];
    page.on('request', (r) => asked.push(new URL(r.url()).pathname));
    await home(page);
    assert.equal(await results(page).count(), 10);
    // The home page reads the index's front file, not the issue files.
    assert.ok(asked.includes('/data/chi-muc/trang-chu.json'), asked.join('\n'));
    assert.equal(asked.filter((p) => p.startsWith('/data/issues/')).length, 0, asked.join('\n'));
    await page.getByRole('button', { name: 'Xem thêm (8 bài)' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.bt-article-list > .bt-article-item').length === 18);
    assert.ok(asked.includes('/data/chi-muc/bai-viet/2.json'));
    assert.equal(await page.getByRole('button', { name: /Xem thêm/ }).count(), 0);
    // Focus went to the first article added, not nowhere.
    assert.equal(
      await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('.bt-article-list > li')[10]),
      true,
    );
    const dates = await page.locator('.bt-article-list time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
    assert.deepEqual(dates, [...dates].sort().reverse());
    await page.getByRole('link', { name: 'Học tập và làm theo Bác (5)' }).click();
    await page.waitForURL(/chuyen-muc\/hoc-tap-lam-theo-bac/);
    await page.getByRole('link', { name: 'Tất cả (18)' }).click();
    await page.waitForURL(env.server.url + '/');
    await results(page).first().waitFor();
    assert.equal(await results(page).count(), 10);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('tìm kiếm trong một chuyên mục: đếm theo kết quả, lọc đúng', async () => {
    const { page, problems } = await openPage(context);
    await home(page, '/?q=di%20chuc');
    // The old address of a search leads to the search page.
    await page.waitForURL(env.server.url + '/tim-kiem?q=di%20chuc');
    const all = await results(page).count();
    const chip = page.locator('.bt-chip', { hasText: 'Tuyên truyền, văn hóa' });
    const count = Number((await chip.innerText()).match(/\((\d+)\)/)[1]);
    await chip.click();
    await page.waitForURL(env.server.url + '/tim-kiem?q=di%20chuc&chuyen-muc=tuyen-truyen');
    await page.waitForFunction((n) => document.querySelectorAll('.bt-article-list > .bt-article-item').length === n, count);
    assert.ok(count < all);
    assert.equal(await box(page).inputValue(), 'di chuc');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('trong một số báo: chip lọc mục lục của số đó', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.equal(await active(page).innerText(), 'Tất cả (9)');
    await page.getByRole('link', { name: 'Xây dựng Đảng (2)' }).click();
    await page.waitForURL(env.server.url + '/so/so-dac-biet-10-2024?chuyen-muc=xay-dung-dang');
    await page.waitForFunction(() => document.querySelectorAll('.bt-toc .bt-article-item').length === 2);
    assert.deepEqual(await page.locator('.bt-toc__category').allInnerTexts(), ['XÂY DỰNG ĐẢNG']);
    await page.goBack();
    // The whole issue again: its lead story, then the other eight by category.
    await page.waitForFunction(() => document.querySelectorAll('.bt-toc .bt-lead-story, .bt-toc .bt-article-item').length === 9);
    assert.equal(await page.locator('.bt-toc .bt-lead-story').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
