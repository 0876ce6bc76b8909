// Hostile content: every text field of the catalog, the special issue and the gallery filled
// with markup, script, right-to-left override, control characters and very long words. It
// must render as inert text (a trap proves no script ran), keep the layout at phone width,
// and a `javascript:` picture must be refused with a clear message while the rest shows.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { openInApp, openPage, shoot, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const json = (path) => JSON.parse(readFileSync(`${publicDir}/${path}`, 'utf8'));

const PAYLOAD =
  '<script>window.__pwned = "script"</script><img src=x onerror="window.__pwned = \'img\'">' +
  '"><svg onload="window.__pwned = \'svg\'"></svg> javascript:alert(1) \u202eđảo chiều\u202c ' +
  'chuông\u0007 ' + 'Rấtdàikhôngcódấucách'.repeat(40);
const TEXT_FIELDS = new Set([
  'title', 'summary', 'author', 'text', 'caption', 'credit', 'alt', 'name', 'description',
  'publisher', 'place', 'attribution', 'items', 'occasions', 'issue_title',
]);

/** Puts the payload in front of every text field (and list of texts) of a content value. */
function poison(value) {
  if (Array.isArray(value)) return value.map(poison);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => {
        if (TEXT_FIELDS.has(key) && typeof v === 'string') return [key, `${PAYLOAD} ${v}`];
        if (TEXT_FIELDS.has(key) && Array.isArray(v) && v.every((x) => typeof x === 'string')) {
          return [key, v.map((x) => `${PAYLOAD} ${x}`)];
        }
        return [key, poison(v)];
      }),
    );
  }
  return value;
}

describe('nội dung độc hại (điện thoại)', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN' });
  });
  after(async () => context?.close());

  test('mọi trường văn bản hiện thành chữ, không đoạn mã nào chạy, không tràn ngang; đường dẫn javascript: bị từ chối', async () => {
    const { page, problems } = await openPage(context);
    const issue = poison(json('data/issues/so-dac-biet-10-2024.json'));
    const refused = issue.articles[8];
    refused.image = { src: 'javascript:alert(1)', width: 10, height: 10, alt: 'x' };
    const files = {
      'data/catalog.json': poison(json('data/catalog.json')),
      'data/issues/so-dac-biet-10-2024.json': issue,
      'data/gallery/55-nam-di-chuc.json': poison(json('data/gallery/55-nam-di-chuc.json')),
    };
    for (const [path, value] of Object.entries(files)) {
      await page.route(`**/${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(value, null, 2) }),
      );
    }
    // The build's index (the home page's and the search results' rows) poisoned the same way.
    await page.route('**/data/chi-muc/**', async (route) => {
      const response = await route.fetch();
      route.fulfill({ response, body: JSON.stringify(poison(await response.json())) });
    });
    const first = issue.articles[0];
    const visits = [
      ['/', '.bt-hero'],
      ['/so/so-dac-biet-10-2024', '.bt-toc .bt-article-item'],
      [`/so/so-dac-biet-10-2024/${first.id}`, '.bt-article'],
      ['/trung-bay', '.bt-gallery li'],
      [`/trung-bay/${files['data/gallery/55-nam-di-chuc.json'].works[0].id}`, '[role="dialog"]'],
      ['/tim-kiem?q=di%20chuc', '.bt-article-list .bt-article-item'],
    ];
    for (const [path, ready] of visits) {
      await page.goto(env.server.url + path);
      await page.locator(ready).first().waitFor();
      await page.waitForTimeout(300);
      assert.equal(await page.evaluate(() => window.__pwned), undefined, `${path}: a payload ran`);
      // No element from the payload exists; its text is shown as text.
      assert.equal(await page.locator('main script, main svg[onload], main img[src="x"]').count(), 0, path);
      if (!path.startsWith('/trung-bay/')) {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${path}: rộng hơn màn hình ${overflow}px`);
      }
    }
    await page.goto(`${env.server.url}/so/so-dac-biet-10-2024/${first.id}`);
    await page.locator('.bt-article h1').waitFor();
    assert.ok((await page.locator('.bt-article h1').innerText()).startsWith('<script>window.__pwned'));
    // The article with a javascript: picture is left out, and the editor is told why.
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024');
    const notice = page.getByRole('status').filter({ hasText: 'Một số bài viết chưa hiển thị được' });
    await notice.getByText('Chi tiết dành cho biên tập viên').click();
    assert.match(await notice.innerText(), /trường articles\[8\]\.image\.src[\s\S]*"javascript:alert\(1\)" không được chấp nhận/);
    assert.equal(await page.locator('.bt-toc :is(.bt-lead-story, .bt-article-item)').count(), issue.articles.length - 1);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('giới hạn: tệp quá lớn, lồng quá sâu, quá nhiều bài: báo rõ, không treo, phần còn lại vẫn đọc được', async () => {
    const { page, problems } = await openPage(context);
    const issue = json('data/issues/so-11-2024.json');
    // Small articles, so the file stays under the size limit.
    const small = { ...issue.articles[0], body: [{ type: 'paragraph', text: 'Nội dung ngắn.' }] };
    delete small.image;
    const many = { ...issue, articles: Array.from({ length: 4000 }, (_, i) => ({ ...small, id: `bai-${i}` })) };
    const bodies = {
      // 3 MB: above the 2 MB limit.
      'data/issues/so-12-2024.json': JSON.stringify({ ...json('data/issues/so-12-2024.json'), padding: 'x'.repeat(3 * 1024 * 1024) }),
      'data/issues/so-dac-biet-10-2024.json': '['.repeat(100_000) + ']'.repeat(100_000),
      'data/issues/so-11-2024.json': JSON.stringify(many),
    };
    assert.ok(bodies['data/issues/so-11-2024.json'].length < 2 * 1024 * 1024);
    for (const [path, body] of Object.entries(bodies)) {
      await page.route(`**/${path}`, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    }
    const started = Date.now();
    // Reached inside the app (a page opened directly keeps its written form, built from the
    // good file).
    await openInApp(page, env.server.url, '/so/so-12-2024');
    await page.getByRole('alert').getByText('Chi tiết dành cho biên tập viên').click();
    await page.getByRole('alert').getByText(/tệp quá lớn \(\d+ KB\); giới hạn là 2048 KB/).waitFor();
    assert.match(await page.getByRole('alert').innerText(), /data\/issues\/so-12-2024\.json/);

    await openInApp(page, env.server.url, '/so/so-dac-biet-10-2024');
    await page.getByRole('alert').getByText('Chi tiết dành cho biên tập viên').click();
    await page.getByRole('alert').getByText(/data\/issues\/so-dac-biet-10-2024\.json/).first().waitFor();
    await shoot(page, 'phone-loi-long-qua-sau');
    assert.match(await page.getByRole('alert').innerText(), /dữ liệu lồng nhau quá sâu|không đọc được|cần/);

    // 4,000 articles: the first 200 show, and the editor is told where the rest begin.
    await page.goto(env.server.url + '/so/so-11-2024');
    await page.locator('.bt-toc .bt-article-item').first().waitFor();
    assert.equal(await page.locator('.bt-toc :is(.bt-lead-story, .bt-article-item)').count(), 200);
    const notice = page.getByRole('status').filter({ hasText: 'Một số bài viết chưa hiển thị được' });
    await notice.getByText('Chi tiết dành cho biên tập viên').click();
    assert.match(await notice.innerText(), /trường articles\[200\][\s\S]*có 4000 bài viết, quá giới hạn 200 bài viết trong một tệp: bài viết thứ 201 trở đi chưa hiển thị/);
    assert.ok(Date.now() - started < 30_000, `mất ${Date.now() - started} ms`);

    // The rest of the bulletin still reads: the home page and the gallery.
    await page.goto(env.server.url + '/trung-bay');
    await page.locator('.bt-work').first().waitFor();
    await page.goto(env.server.url + '/');
    await page.locator('.bt-hero').first().waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });
});
