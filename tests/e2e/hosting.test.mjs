// The built site on a plain static file server (no fallback, no rewrites; harness.mjs): every
// address is a real file with its own head tags before any script runs, deep links open and
// survive a reload, unknown addresses get 404.html, and the Content-Security-Policy blocks
// inline scripts without blocking the app.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PAGE_KINDS, dist, openPage, startServer, useBrowserAndServer, viewports, waitInPage, openMenu } from './harness.mjs';

const env = useBrowserAndServer();
const SITE = 'http://127.0.0.1:8080'; // BAN_TIN_SITE_URL's default, used by the build
const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';

/** GET without a browser (as a share crawler does): status, location and body. */
function get(path) {
  return new Promise((resolve, reject) => {
    request(env.server.url + path, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location, body }));
    })
      .on('error', reject)
      .end();
  });
}

/** Follows a static server's folder redirect, as crawlers do. */
async function crawl(path) {
  const first = await get(path);
  return first.status === 301 ? get(first.location) : first;
}

const meta = (body, key) => body.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`))?.[1];

describe('trang tĩnh cho từng địa chỉ', () => {
  test('bài viết: tiêu đề, mô tả, địa chỉ chuẩn, thẻ chia sẻ có sẵn trong HTML, trước mọi đoạn mã', async () => {
    const first = await get(ARTICLE);
    assert.equal(first.status, 301);
    assert.equal(first.location, `${ARTICLE}/`);
    const { status, body } = await crawl(ARTICLE);
    assert.equal(status, 200);
    const title = 'Quận ủy Lê Chân đánh giá việc thực hiện Kết luận 01-KL/TW năm 2023 – 2024';
    assert.ok(body.includes(`<title>${title} – Bản tin điện tử Đảng bộ quận Lê Chân</title>`));
    assert.equal(meta(body, 'og:title'), title);
    assert.equal(meta(body, 'og:type'), 'article');
    assert.equal(meta(body, 'og:url'), SITE + ARTICLE);
    // Zalo and Facebook show no SVG: the JPEG drawn beside the article's SVG picture.
    assert.equal(meta(body, 'og:image'), `${SITE}/images/bai/hoi-nghi-ket-luan-01.jpg`);
    assert.equal(meta(body, 'og:image:width'), '1200');
    assert.equal(meta(body, 'og:image:height'), '675');
    assert.equal(meta(body, 'twitter:card'), 'summary_large_image');
    assert.match(meta(body, 'description'), /^Sáng 11\/10\/2024, Quận ủy Lê Chân tổ chức hội nghị/);
    assert.ok(body.includes(`<link rel="canonical" href="${SITE}${ARTICLE}" />`));
    assert.equal(body.match(/<title>/g).length, 1);
    assert.equal(body.match(/name="description"/g).length, 1);
    // Search engines: the article's section and schema.org NewsArticle data, which agree
    // with the tags above.
    const section = meta(body, 'article:section');
    assert.ok(section, 'no article:section');
    const ld = body.match(/<script type="application\/ld\+json">([^<]*)<\/script>/);
    assert.ok(ld, 'no JSON-LD');
    const data = JSON.parse(ld[1]);
    assert.equal(data['@type'], 'NewsArticle');
    assert.equal(data.headline, title);
    assert.equal(data.articleSection, section);
    assert.equal(data.mainEntityOfPage, SITE + ARTICLE);
    assert.deepEqual(data.image, [meta(body, 'og:image')]);
    assert.match(data.datePublished, /^2024-10-11T\d\d:\d\d:00\+07:00$/);
    // The policy precedes the loader it allows.
    assert.ok(body.indexOf('Content-Security-Policy') < body.indexOf('<script'));
  });

  test('mỗi loại trang có thẻ riêng; trang không có thì 404 kèm 404.html', async () => {
    const expected = {
      '/': ['Trang chủ', 'website'],
      '/so/so-dac-biet-10-2024': ['Bản tin Đảng bộ quận số đặc biệt', 'website'],
      '/trung-bay': ['Trưng bày', 'website'],
      '/trung-bay/di-chuc-thieng-lieng': ['Di chúc thiêng liêng', 'website'],
    };
    for (const [path, [title, type]] of Object.entries(expected)) {
      const { status, body } = await crawl(path);
      assert.equal(status, 200, path);
      assert.equal(meta(body, 'og:title'), title, path);
      assert.equal(meta(body, 'og:type'), type, path);
      const image = meta(body, 'og:image');
      assert.match(image, /^http:\/\/127\.0\.0\.1:8080\/images\/.+\.jpg$/, path);
      const served = await get(new URL(image).pathname);
      assert.equal(served.status, 200, image);
      assert.ok(meta(body, 'description')?.length > 20, path);
    }
    const preview = await crawl('/xem-truoc');
    assert.equal(meta(preview.body, 'robots'), 'noindex');
    const missing = await get('/khong-co-trang-nay');
    assert.equal(missing.status, 404);
    assert.equal(meta(missing.body, 'robots'), 'noindex');
    assert.ok(missing.body.includes('<title>Không tìm thấy trang – Bản tin điện tử Đảng bộ quận Lê Chân</title>'));
  });
});

describe('sitemap.xml và robots.txt cho máy tìm kiếm', () => {
  test('sitemap liệt kê mọi trang có tệp (trừ trang xem trước, trang tìm kiếm và bản in) kèm ngày; robots.txt chỉ tới nó', async () => {
    const sitemap = await get('/sitemap.xml');
    assert.equal(sitemap.status, 200);
    const locs = [...sitemap.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
    // Every folder with an index.html, but the preview's, the search page's and the issues'
    // printed copies (all noindex), is a page the sitemap names.
    const written = [];
    const walk = (dir, path) => {
      for (const name of readdirSync(dir)) {
        const full = join(dir, name);
        if (statSync(full).isDirectory()) walk(full, `${path}/${name}`);
        else if (name === 'index.html') written.push(path || '/');
      }
    };
    walk(dist, '');
    const expected = written.filter((p) => p !== '/xem-truoc' && p !== '/tim-kiem' && !p.startsWith('/ban-in/')).map((p) => SITE + (p === '/' ? '/' : p)).sort();
    assert.deepEqual([...locs].sort(), expected);
    assert.ok(locs.includes(SITE + ARTICLE));
    // A printed copy repeats its issue's articles: search engines are told to leave it out.
    assert.equal(meta((await crawl('/ban-in/so-11-2024')).body, 'robots'), 'noindex');
    const article = sitemap.body.match(new RegExp(`<loc>${SITE}${ARTICLE}</loc><lastmod>([^<]*)</lastmod>`));
    assert.match(article?.[1] ?? '', /^2024-10-\d\dT\d\d:\d\d:\d\d\+07:00$/);
    const robots = await get('/robots.txt');
    assert.equal(robots.status, 200);
    assert.match(robots.body, new RegExp(`^Sitemap: ${SITE}/sitemap.xml$`, 'm'));
  });
});

describe('bản nén sẵn do bản dựng ghi', () => {
  test('mọi tệp chữ có bản .br và .gz giải nén ra đúng tệp gốc; ảnh PNG thì không', () => {
    const walk = (dir) =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
    const files = walk(dist).filter((f) => !/\.(br|gz)$/.test(f) && !f.includes('/.'));
    const text = files.filter((f) => /\.(html|js|wasm|css|json|svg|webmanifest|xml|txt)$/.test(f));
    assert.ok(text.length > 40, `${text.length} text files`);
    for (const file of text) {
      const original = readFileSync(file);
      for (const [suffix, unpack] of [['br', brotliDecompressSync], ['gz', gunzipSync]]) {
        const copy = `${file}.${suffix}`;
        // A copy is written when it is smaller; only tiny files go without.
        if (!existsSync(copy)) {
          assert.ok(original.length < 200, `${copy} missing`);
          continue;
        }
        assert.ok(unpack(readFileSync(copy)).equals(original), `${copy} does not match`);
      }
    }
    const wasm = text.find((f) => f.endsWith('_bg.wasm'));
    assert.ok(readFileSync(`${wasm}.br`).length < readFileSync(wasm).length / 2);
    assert.equal(files.filter((f) => f.endsWith('.png') && existsSync(`${f}.br`)).length, 0);
  });
});

describe('mở thẳng, tải lại, không vi phạm CSP', () => {
  let context;
  before(async () => {
    // With the service worker, so its files are held to the policy too.
    context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`));
    });
  });
  after(async () => context?.close());

  test('mọi loại trang mở thẳng từ địa chỉ và sau khi tải lại vẫn hiện, không vi phạm CSP', async () => {
    const { page, problems } = await openPage(context);
    const missing = [];
    page.on('response', (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    // Every page kind, and a search.
    const pages = [PAGE_KINDS[0], ['/tim-kiem?q=le%20chan', '.bt-article-item mark'], ...PAGE_KINDS.slice(1)];
    for (const [path, ready] of pages) {
      await page.goto(env.server.url + path);
      await page.locator(ready).first().waitFor();
      // The folder redirect's slash is gone from the address.
      assert.equal(new URL(page.url()).pathname + new URL(page.url()).search, path);
      await page.reload();
      await page.locator(ready).first().waitFor();
      assert.deepEqual(await page.evaluate(() => window.__csp), [], path);
    }
    // Moving around inside the app: search, an issue, an article, the lightbox.
    await page.goto(env.server.url + '/');
    await openMenu(page);
    await page.getByRole('searchbox', { name: 'Tìm bài viết' }).fill('di chuc');
    await page.getByRole('searchbox', { name: 'Tìm bài viết' }).press('Enter');
    await page.locator('.bt-article-item mark').first().waitFor();
    await page.locator('.bt-article-item a').first().click();
    await page.locator('.bt-article h1').waitFor();
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
    // The only 404s are the unknown address itself, opened and then reloaded.
    assert.deepEqual(missing, ['/khong-co-trang-nay', '/khong-co-trang-nay']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('CSP chặn đoạn mã chèn vào trang', async () => {
    const { page } = await openPage(context);
    await page.goto(env.server.url + ARTICLE);
    await page.locator('.bt-article h1').waitFor();
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__ran = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return window.__ran ?? false;
    });
    assert.equal(ran, false);
    assert.ok((await page.evaluate(() => window.__csp)).some((v) => v.startsWith('script-src')));
    await page.close();
  });
});

/** Whether the worker keeps the app's code (kept when a page first loads it). */
const appKept = async () => {
  const shell = (await caches.keys()).find((k) => k.startsWith('ban-tin-vo-'));
  return Boolean(shell) && (await (await caches.open(shell)).keys()).some((r) => r.url.endsWith('_bg.wasm'));
};

describe('đọc khi mất mạng', () => {
  test('người chỉ đọc: bộ nhớ ngoại tuyến không tải mã ứng dụng, bài đã đọc vẫn mở được khi mất mạng', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    const { page, problems } = await openPage(context);
    const asked = [];
    context.on('request', (r) => r.url().endsWith('_bg.wasm') && asked.push(r.url()));
    await page.goto(env.server.url + ARTICLE, { handover: false });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    // A static server's folder redirect adds a slash, which only the app takes away: the
    // page is kept under its address without it.
    assert.equal(new URL(page.url()).pathname, `${ARTICLE}/`);
    await waitInPage(page, async (article) => {
      const pages = (await caches.keys()).find((k) => k.startsWith('ban-tin-trang-'));
      return Boolean(pages && (await (await caches.open(pages)).match(article)));
    }, ARTICLE);
    assert.equal(await page.evaluate(appKept), false);
    assert.deepEqual(asked, []);
    await context.setOffline(true);
    await page.reload({ handover: false });
    await page.locator('#bt-static .bt-article h1', { hasText: 'Quận ủy Lê Chân đánh giá' }).waitFor();
    // The same page at its address without the slash, as a shared link has it.
    await page.goto(env.server.url + ARTICLE, { handover: false });
    await page.locator('#bt-static .bt-article h1', { hasText: 'Quận ủy Lê Chân đánh giá' }).waitFor();
    await context.setOffline(false);
    assert.deepEqual(asked, []);
    // Offline, the loader's question for the catalog's length fails, and the browser says so.
    assert.deepEqual(problems.filter((p) => !/Failed to load resource: net::ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await context.close();
  });

  test('bài đọc lần đầu: mất mạng, tải lại vẫn đọc được, kể cả ảnh; bài chưa mở thì báo rõ', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + ARTICLE);
    await page.locator('.bt-article h1').waitFor();
    // The worker installs during this first visit and takes control; what the page loaded
    // before that (the page itself, the issue file, the pictures) is asked for again through
    // it by sw-register.js and kept.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitInPage(page, async (article) => {
      const content = await caches.open('ban-tin-noi-dung');
      const files = ['/data/catalog.json', '/data/issues/so-dac-biet-10-2024.json', '/images/bai/hoi-nghi-ket-luan-01.svg'];
      const pages = (await caches.keys()).find((k) => k.startsWith('ban-tin-trang-'));
      const kept = pages && (await (await caches.open(pages)).match(article));
      return Boolean(kept) && (await Promise.all(files.map((f) => content.match(f)))).every(Boolean);
    }, ARTICLE);
    // The app ran on this visit: its code is kept too, so it can draw pages never opened.
    await waitInPage(page, appKept);

    await context.setOffline(true);
    // The page's own file, kept by the worker: its article is written in it.
    const response = await page.reload();
    assert.ok(response.fromServiceWorker());
    assert.match(await response.text(), /<h1[^>]*>Quận ủy Lê Chân đánh giá/);
    await page.locator('.bt-article h1', { hasText: 'Quận ủy Lê Chân đánh giá' }).waitFor();
    assert.ok(await page.locator('.bt-article .bt-figure img').first().evaluate((img) => img.complete && img.naturalWidth > 0));
    assert.match(await page.locator('.bt-article').innerText(), /Ba sự kiện trong một hội nghị/);
    // Another page of the same issue reads too; an issue never opened says what is wrong.
    await page.locator('a[rel="next"]').click();
    await page.locator('.bt-article h1', { hasText: 'Trưởng Ban Tuyên giáo Thành ủy' }).waitFor();
    await page.goto(env.server.url + '/so/so-11-2024');
    await page.getByRole('alert').getByText('Vui lòng kiểm tra kết nối mạng rồi thử lại.').waitFor();
    await context.setOffline(false);
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await page.locator('.bt-toc').waitFor();
    // Offline, the loads of the issue never opened fail, and the browser says so.
    assert.deepEqual(problems.filter((p) => !/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/.test(p)), []);
    await context.close();
  });

  test('trang xem trước chưa từng mở, lúc mất mạng: nói rõ cần mạng, không tải lại mãi', async () => {
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/');
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitInPage(page, appKept);
    await context.setOffline(true);
    // The worker has no copy of /xem-truoc and answers with 404.html, whose readers'
    // bundle has no preview: it must not reload in a loop.
    let loads = 0;
    page.on('load', () => (loads += 1));
    await page.goto(env.server.url + '/xem-truoc', { handover: false });
    await page.getByRole('heading', { name: 'Chưa mở được trang xem trước' }).waitFor();
    assert.match(await page.locator('main').innerText(), /cần mạng ở lần mở đầu tiên/);
    await page.waitForTimeout(500);
    assert.equal(loads, 1);
    await context.setOffline(false);
    await page.reload();
    await page.getByRole('heading', { name: 'Xem trước nội dung' }).waitFor();
    assert.deepEqual(problems.filter((p) => !/net::ERR_(FAILED|INTERNET_DISCONNECTED)/.test(p)), []);
    await context.close();
  });

  test('bản dựng mới thay bản cũ: bộ nhớ vỏ cũ bị xóa, trang dùng mã mới', async () => {
    // A copy of the site, so this test can deploy a new build over it.
    const folder = mkdtempSync(join(tmpdir(), 'ban-tin-sw-'));
    cpSync(dist, folder, { recursive: true });
    const server = await startServer(folder);
    const context = await env.browser.newContext({ ...viewports.phone, locale: 'vi-VN', serviceWorkers: 'allow' });
    try {
      const { page, problems } = await openPage(context);
      await page.goto(server.url + '/');
      await page.locator('.bt-hero').first().waitFor();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
      const catalogKept = () => page.evaluate(async () => Boolean(await (await caches.open('ban-tin-noi-dung')).match('/data/catalog.json')));
      await waitInPage(page, async () => Boolean(await (await caches.open('ban-tin-noi-dung')).match('/data/catalog.json')));
      const shells = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ban-tin-vo-')));
      assert.equal((await shells()).length, 1);
      // The page read is kept with this version's files.
      await waitInPage(page, async () => (await caches.keys()).some((k) => k.startsWith('ban-tin-trang-')));
      const pages = () => page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('ban-tin-trang-')));
      const [oldPages] = await pages();
      // The new deployment: a worker of another version.
      const worker = join(folder, 'sw.js');
      writeFileSync(worker, readFileSync(worker, 'utf8').replace(/const VERSION = '[0-9a-f]+'/, "const VERSION = 'ban-moi'"));
      await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
      await waitInPage(page, async () => {
        const keys = (await caches.keys()).filter((k) => k.startsWith('ban-tin-vo-'));
        return keys.length === 1 && keys[0] === 'ban-tin-vo-ban-moi';
      });
      // Pages kept with the old version's files go with them; content read before the
      // update stays for offline reading.
      assert.ok(!(await pages()).includes(oldPages));
      assert.ok(await catalogKept());
      await page.reload();
      await page.locator('.bt-hero').first().waitFor();
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
