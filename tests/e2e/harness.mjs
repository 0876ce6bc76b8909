// Shared set-up for the end-to-end tests: a static server over dist/ and Debian's Chromium
// driven by playwright-core. Never downloads a browser.
import { createServer } from 'node:http';
import { readFile, stat, mkdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { createRequire } from 'node:module';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('../..', import.meta.url));
export const dist = join(root, 'dist');
export const screenshots = join(root, 'tests/e2e/screenshots');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.wasm': 'application/wasm',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/** Serves `root` (dist/ by default) on a free loopback port as a plain static file server
 *  does, with no fallback and no rewrite rules: a folder without its trailing slash is
 *  redirected to it (301), a folder serves its `index.html`, and anything else missing is a
 *  404 with the site's `404.html` as the body (what GitHub Pages, Netlify, Cloudflare Pages
 *  and nginx's `error_page` do). With `compress`, text files are sent brotli- or
 *  gzip-compressed as a CDN would (compressed once, kept in memory), hashed assets get a
 *  year-long cache lifetime and everything else `no-cache`, as the README says. With `prefix`
 *  (`/ban-tin`) the folder is served under that path only. With `probe` (a script's text),
 *  every HTML page loads it from `/__probe.js` before anything else, for engines whose
 *  driver reports no console (tests/engines/): the CSP allows a script from the site. */
export async function startServer(root = dist, { compress = false, prefix = '', probe = null } = {}) {
  const dist = root;
  const compressed = new Map();
  const encode = (file, body, accepted) => {
    if (!compress || !/\.(html|js|wasm|css|json|svg|webmanifest|xml|txt)$/.test(file)) return [body, null];
    const encoding = /\bbr\b/.test(accepted) ? 'br' : /\bgzip\b/.test(accepted) ? 'gzip' : null;
    if (!encoding) return [body, null];
    const key = `${encoding} ${file}`;
    if (!compressed.has(key)) {
      // The build's own copy (`<file>.br`, `<file>.gz`) when it wrote one, as hosts with
      // precompressed serving do; else compressed here, as a CDN would.
      const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
      const quality = { [constants.BROTLI_PARAM_QUALITY]: 11 };
      compressed.set(
        key,
        existsSync(copy)
          ? readFileSync(copy)
          : encoding === 'br'
            ? brotliCompressSync(body, { params: quality })
            : gzipSync(body, { level: 9 }),
      );
    }
    return [compressed.get(key), encoding];
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    // With `prefix` the folder is published under that path (`/ban-tin`), as on a host that
    // serves several sites; nothing outside it exists.
    let pathname = url.pathname;
    if (prefix) {
      if (pathname !== prefix && !pathname.startsWith(`${prefix}/`)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      pathname = pathname.slice(prefix.length) || '/';
    }
    if (probe && pathname === '/__probe.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'cache-control': 'no-store' }).end(probe);
      return;
    }
    const path = normalize(decodeURIComponent(pathname));
    let file = join(dist, path);
    let status = 200;
    if (!file.startsWith(dist)) {
      res.writeHead(400).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) {
        if (!url.pathname.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, 'index.html');
        await stat(file);
      }
    } catch {
      status = 404;
      file = join(dist, '404.html');
    }
    try {
      let content = await readFile(file);
      if (probe && file.endsWith('.html')) {
        content = Buffer.from(content.toString().replace('<head>', `<head>\n<script src="${prefix}/__probe.js"></script>`));
      }
      const [body, encoding] = encode(file, content, req.headers['accept-encoding'] ?? '');
      // The length, as static hosts send it, also to a HEAD request (which gets no body):
      // the reader asks the catalog's length that way (content::listing::front_catalog).
      const headers = { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'content-length': body.length };
      if (encoding) headers['content-encoding'] = encoding;
      if (compress) {
        // The README's cache lifetimes and Vary, as a host set up from it sends them.
        headers['cache-control'] = /-[0-9a-f]{13,16}(_bg)?\.\w+$/.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
        headers.vary = 'Accept-Encoding';
      }
      res.writeHead(status, headers);
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  // Closing also ends the connections a browser keeps open, else close() waits for them.
  const close = () =>
    new Promise((r) => {
      server.close(r);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}`, close };
}

/** Chromium's switches for these machines: no sandbox as root, no GPU, and nothing that
 *  reaches for Google's servers (the network is closed). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Debian's Chromium. Its contexts block service workers unless a test asks for
 *  them (`serviceWorkers: 'allow'`): Playwright's request interception does not see what a
 *  worker answers, and most tests stage faults by intercepting. The worker has its own
 *  tests (hosting.test.mjs). */
export async function launch(extraArgs = []) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [...extraArgs, ...chromiumFlags],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ serviceWorkers: 'block', ...options });
  return browser;
}

/** Every kind of page, opened from its address, with what shows once the app has it. */
export const PAGE_KINDS = [
  ['/', '.bt-front'],
  ['/so/so-dac-biet-10-2024', '.bt-toc'],
  ['/so/so-dac-biet-10-2024/hoi-nghi-ket-luan-01', '.bt-article h1'],
  ['/ban-in/so-dac-biet-10-2024', '.bt-print-article'],
  ['/trung-bay', '.bt-work'],
  ['/trung-bay/di-chuc-thieng-lieng', '[role="dialog"]'],
  ['/chuyen-muc/xay-dung-dang', '.bt-article-item'],
  ['/luu-tru', '.bt-issue-card'],
  ['/luu-tru/2024', '.bt-issue-card'],
  ['/tim-kiem', '.bt-lead'],
  ['/xem-truoc', '.bt-preview'],
  ['/khong-co-trang-nay', '.bt-not-found'],
];

export const viewports = {
  phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: { width: 1366, height: 768 } },
};

/** The site's public address as the build wrote it (`BAN_TIN_SITE_URL`, on every page's
 *  `<html data-site-url>`): shared and printed addresses start with it, whatever port the
 *  test server has. */
export function siteUrl(folder = dist) {
  const html = readFileSync(join(folder, 'index.html'), 'utf8');
  return html.match(/<html[^>]* data-site-url="([^"]+)"/)[1];
}

/** Opens a page that records console errors and uncaught exceptions (a Rust panic shows up
 *  as one of these). */
export async function openPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // An address with no page is served 404.html with status 404, as static hosts do; the
    // browser logs that. Files (data, pictures, code: all with an extension) still count.
    const url = msg.location()?.url ?? '';
    const isPage = !extname(new URL(url || 'http://x/').pathname);
    if (isPage && url && msg.text().includes('status of 404')) return;
    // A failed load names its file, so a test can tell which one failed.
    const file = url && msg.text().startsWith('Failed to load resource') ? ` (${new URL(url).pathname})` : '';
    problems.push(`console: ${msg.text()}${file}`);
  });
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  // Each address's file shows its page as written by the build; the app starts when a
  // reader first asks for it (src/publish/shell/js/loader.js) and takes the page over once
  // its own page is ready (src/handover.rs). The tests of what the app does start it as a
  // reader about to search does (`startApp`), and `goto` and `reload` wait for the
  // hand-over; `{ handover: false }` returns as soon as the page loads, the app not asked.
  // Back and Forward load a document too when the entry belongs to another one (one left by
  // a reload): they wait the same way.
  for (const name of ['goto', 'reload', 'goBack', 'goForward']) {
    const original = page[name].bind(page);
    page[name] = async (...args) => {
      const options = args[name === 'goto' ? 1 : 0] ?? {};
      const { handover = true, ...rest } = options;
      args[name === 'goto' ? 1 : 0] = rest;
      const response = await original(...args);
      if (handover) {
        await startApp(page);
        await handedOver(page);
      }
      return response;
    };
  }
  return { page, problems };
}

/** Opens `path` as a reader reaches it inside the app: from the home page, without a page
 *  load, so the app draws it whatever the build wrote. For content broken after the build:
 *  opened directly, such a page keeps its written form (built from the good file) and the
 *  app's message about the broken file never shows (src/handover.rs). */
export async function openInApp(page, url, path) {
  await page.goto(`${url}/`);
  await page.evaluate((to) => {
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** Waits until `fn`, run in the page (it may be async), returns a truthy value. Playwright's
 *  `waitForFunction` does not wait for a promise: an async predicate passes at once. */
export async function waitInPage(page, fn, arg, timeout = 10_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(fn, arg))) {
    if (Date.now() > end) throw new Error(`still false after ${timeout} ms: ${fn}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts the app as a reader does who puts the cursor in the search box (the written
 *  page's loader listens for it), without moving focus. Nothing to do where the app has
 *  started by itself (a page with a query, a list whose catalog changed) and taken over. */
export async function startApp(page) {
  await page.waitForLoadState('domcontentloaded');
  await page.evaluate(() => {
    const box = document.querySelector('#bt-static input[type=search]');
    box?.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  });
}

/** Opens the masthead's menu where it is behind its button (phones), as a reader does
 *  before following one of its links or searching; nothing on wide screens. */
export async function openMenu(page) {
  const button = page.locator('.bt-header__menu-button');
  if ((await button.isVisible()) && (await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}

/** Waits until the app has taken over the page the build wrote (or there was none). */
export function handedOver(page, timeout = 30_000) {
  return page.waitForFunction(() => !document.getElementById('bt-static'), null, { timeout });
}

export async function shoot(page, name, { fullPage = true } = {}) {
  await mkdir(screenshots, { recursive: true });
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage });
}

/** The networks the benchmarks throttle to (CDP): slow 4G as Lighthouse's mobile default
 *  (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up), and a fast one (20 ms, 40 / 10). */
export const NETWORKS = {
  'slow 4G': { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
  fast: { latency: 20, downloadThroughput: (40 * 1024 * 1024) / 8, uploadThroughput: (10 * 1024 * 1024) / 8 },
};

/** A phone-size page in a fresh profile with CPU 4× and `network` (a key of `NETWORKS`);
 *  `cdp` is its DevTools session, with the network domain on. */
export async function throttledPhone(browser, network) {
  const context = await browser.newContext(viewports.phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...NETWORKS[network] });
  return { context, page, cdp };
}

/** The middle of a benchmark's figures (the mean of the two middle ones for an even count). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** A page kind's address as a file name: `/so/x/y` → `so-x-y`, `/` → `trang-chu`. */
export function pageSlug(path) {
  return path.replace(/^\/|\/$/g, '').replace(/[^a-z0-9]+/g, '-') || 'trang-chu';
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page as it is now and returns its violations, one line each. axe is
 *  evaluated through the DevTools protocol: the site's CSP rightly refuses an injected
 *  `<script>`. */
export async function axeViolations(page) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`,
    );
  });
  return violations;
}

/** Starts the static server and Chromium before a test file's tests and stops them after.
 *  The returned object's `server` and `browser` are set once the tests run. */
export function useBrowserAndServer() {
  const env = {};
  before(async () => {
    env.server = await startServer();
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}
