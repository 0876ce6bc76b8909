// The bulletin deployed under a sub-path (`/ban-tin/`), a build setting (README "Publishing"):
// the test command builds it into target/dist-ban-tin with
//   BAN_TIN_SITE_URL=http://127.0.0.1:8080/ban-tin trunk build --release --public-url /ban-tin/
// and it is served here under /ban-tin/ only, by three servers in turn: the plain static
// server of harness.mjs, and Debian's nginx and Caddy with the README's settings
// (docs/hosting/, servers.mjs). Every page, link, data file, picture and script must work
// on each, and each must send what the README promises: the build's compressed copies, the
// site's own 404 page, the cache lifetimes and the types.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { dist, launch, openPage, startServer, viewports, openMenu } from './harness.mjs';
import { startCaddy, startNginx } from './servers.mjs';

const SUB = join(dist, '..', 'target', 'dist-ban-tin');
const BASE = '/ban-tin';
const ARTICLE = '/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01';
const SERVERS = [
  ['máy chủ tĩnh đơn giản', () => startServer(SUB, { prefix: BASE, compress: true })],
  ['nginx', () => startNginx(SUB)],
  ['Caddy', () => startCaddy(SUB)],
];
const env = {};

before(async () => {
  assert.ok(existsSync(join(SUB, 'index.html')), `the sub-path build is missing: ${SUB}`);
  env.browser = await launch();
});
after(async () => {
  await env.browser?.close();
});

const PAGES = [
  { path: '/', heading: 'Các số trước' },
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

for (const [name, start] of SERVERS) describe(`triển khai dưới /ban-tin/ trên ${name}`, () => {
  before(async () => {
    env.server = await start();
  });
  after(async () => {
    await env.server?.close();
  });

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
    await openMenu(page);
    await page.locator('#tim-kiem').fill('di chúc');
    await page.locator('#tim-kiem').press('Enter');
    await page.waitForURL(new RegExp(`${BASE}/tim-kiem\\?q=di%20ch%C3%BAc$`));
    await page.getByRole('heading', { level: 1, name: 'Kết quả tìm kiếm “di chúc”' }).waitFor();
    assert.ok((await page.locator('.bt-article-list > li').count()) > 0);
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Trưng bày' }).click();
    await page.waitForURL(`${env.server.url}${BASE}/trung-bay`);
    await page.locator('.bt-work__link').first().click();
    await page.waitForURL(new RegExp(`${BASE}/trung-bay/[a-z0-9-]+$`));
    await page.getByRole('dialog').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(`${env.server.url}${BASE}/trung-bay`);
    await page.locator('.bt-header__brand').click();
    await page.waitForURL(new RegExp(`${BASE}/?$`));
    await page.locator('.bt-hero').first().waitFor();
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

  test('trả đúng mã, kiểu tệp, bản nén và thời hạn lưu như README hứa', async () => {
    // The bytes as sent (fetch would decompress them), no redirect followed.
    const get = (path, encoding = 'identity') =>
      new Promise((resolve, reject) => {
        request(env.server.url + BASE + path, { headers: { 'accept-encoding': encoding } }, (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => {
            const body = Buffer.concat(chunks);
            resolve({ status: res.statusCode, headers: new Headers(res.headers), body, text: () => body.toString() });
          });
        })
          .on('error', reject)
          .end();
      });
    // Every address the sitemap names answers 200 at its folder, and a folder without its
    // slash is sent there.
    const sitemap = (await get('/sitemap.xml')).text();
    const paths = [...sitemap.matchAll(/<loc>http:\/\/127\.0\.0\.1:8080\/ban-tin([^<]*)<\/loc>/g)].map((m) => m[1]);
    assert.ok(paths.length > 30, `${paths.length} pages in the sitemap`);
    for (const path of paths) {
      const folder = path.endsWith('/') ? path : `${path}/`;
      const response = await get(folder);
      assert.equal(response.status, 200, folder);
      assert.match(response.headers.get('content-type'), /^text\/html/, folder);
      assert.equal(response.headers.get('cache-control'), 'no-cache', folder);
      if (path !== '/') {
        const bare = await get(path);
        assert.ok([301, 308].includes(bare.status), `${path}: ${bare.status}`);
        assert.equal(new URL(bare.headers.get('location'), env.server.url).pathname, BASE + folder);
      }
    }
    const root = await get('');
    assert.ok([301, 308].includes(root.status), `${BASE}: ${root.status}`);
    // An unknown address: the site's own page, status 404.
    const missing = await get('/khong-co-trang-nay', 'br');
    assert.equal(missing.status, 404);
    const missingBody = missing.headers.get('content-encoding') === 'br' ? brotliDecompressSync(missing.body).toString() : missing.text();
    assert.ok(missingBody.includes('Không tìm thấy trang'), 'the 404 page');
    // The build's compressed copies, sent as they are, with Vary.
    const home = readFileSync(join(SUB, 'index.html'));
    // The readers' wasm (the preview's is in xem-truoc/).
    const wasmName = home.toString().match(/\/ban-tin\/(ban-tin-le-chan-[0-9a-f]{13,16}_bg\.wasm)/)[1];
    for (const [path, file] of [['/', 'index.html'], [`/${wasmName}`, wasmName]]) {
      for (const [encoding, unpack] of [['br', brotliDecompressSync], ['gzip', gunzipSync]]) {
        const response = await get(path, encoding);
        assert.equal(response.status, 200);
        assert.equal(response.headers.get('content-encoding'), encoding, `${path} ${encoding}`);
        assert.match(response.headers.get('vary') ?? '', /accept-encoding/i, `${path} ${encoding}`);
        const copy = response.body;
        assert.ok(unpack(copy).equals(readFileSync(join(SUB, file))), `${path} ${encoding}`);
        assert.deepEqual(copy, readFileSync(join(SUB, `${file}.${encoding === 'br' ? 'br' : 'gz'}`)), 'the build\'s own copy');
      }
    }
    const wasm = await get(`/${wasmName}`, 'br');
    assert.equal(wasm.headers.get('content-type'), 'application/wasm');
    assert.equal(wasm.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    const css = home.toString().match(/tokens-[0-9a-f]{13,16}\.css/)[0];
    assert.equal((await get(`/${css}`)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
    for (const [path, type, cache] of [
      ['/manifest.webmanifest', /^application\/manifest\+json/, 'no-cache'],
      ['/data/catalog.json', /^application\/json/, 'no-cache'],
      ['/atom.xml', /^(text|application)\/(atom\+)?xml/, 'no-cache'],
      ['/sw.js', /^(text|application)\/javascript/, 'no-cache'],
    ]) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.match(response.headers.get('content-type'), type, path);
      assert.equal(response.headers.get('cache-control'), cache, path);
    }
  });
});
