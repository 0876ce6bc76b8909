// The service worker, filled in by src/bin/prerender.rs for each published build: VERSION,
// SHELL and APP (the hashed files of this build) replace the placeholders below.
//
// - The shell (the home page, 404.html, CSS, fonts, manifest) is cached at install, per
//   version. The app's code (APP: its module and wasm) is kept in the same cache when a page
//   first loads it: the app starts only when a reader asks for it, so installing the worker
//   does not download it either.
// - Pages: network first, each page read kept per version; offline, the kept copy of that
//   page (its content is written in it), else, once the app is kept, 404.html, which the
//   app takes over at any address; else the browser's own offline page. A page never mixes
//   one build's HTML with another build's code.
// - Content (data/, images/, and ma-qr/: the QR codes of printed pages): network first,
//   kept for offline reading; offline, the copy last read. What the page loaded before this worker took control is asked for again by
//   sw-register.js once the worker controls it.
// - A new build installs its own shell, takes over at once, and deletes older shells.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const APP = __APP__;
const SHELL_CACHE = `ban-tin-vo-${VERSION}`;
const PAGE_CACHE = `ban-tin-trang-${VERSION}`;
const CONTENT_CACHE = 'ban-tin-noi-dung';

self.addEventListener('install', (event) => {
  event.waitUntil(
    Promise.all([
      caches.open(SHELL_CACHE).then((cache) => cache.addAll(SHELL)),
      // The catalog: every page needs it, and the first page read it before this worker.
      caches.open(CONTENT_CACHE).then((cache) => cache.add('data/catalog.json')).catch(() => undefined),
    ]).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => isOlder(k)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

/** A shell or page cache of another version. */
const isOlder = (key) =>
  (key.startsWith('ban-tin-vo-') && key !== SHELL_CACHE) || (key.startsWith('ban-tin-trang-') && key !== PAGE_CACHE);

const isContent = (url) => /\/(data|images|ma-qr)\//.test(url.pathname);

/** A complete copy of `response`, its body read in full. */
async function copy(response) {
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A response the browser accepts for a navigation: one that followed a redirect (a folder
 *  without its slash) may not answer it as it is. */
const clean = (response) => (response.redirected ? copy(response) : response);

/** A page: a navigation, or sw-register.js asking for the page the first visit read before
 *  this worker existed (`Accept: text/html`). */
const isPage = (request) => request.mode === 'navigate' || request.headers.get('accept') === 'text/html';

/** Keeps a copy of content, written only once its body has fully arrived. */
async function keep(cache, key, response) {
  await cache.put(key, await copy(response));
}

/** `request` from the network, a copy kept under `key`; offline, the copy last kept. */
async function networkFirst(request, cacheName, key = request) {
  const cache = await caches.open(cacheName);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await cache.match(key, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
  if (response.ok) await keep(cache, key, response.clone()).catch(() => undefined);
  return response;
}

/** `file` of this build, as its cache key. */
const address = (file) => new URL(file, self.registration.scope).href;

/** The key a page is kept under: its address without the query (`/?q=…` is the home page's
 *  file, which the app redraws) and without a closing slash. A static server's folder
 *  redirect adds that slash and the app takes it away, so one page is read at both
 *  addresses; which one the page had when it was kept depends on timing. */
const pageKey = (url) => url.origin + (url.pathname.length > 1 ? url.pathname.replace(/\/+$/, '') : url.pathname);

/** The page at `request`: network first, kept under `pageKey`; offline and never kept, the
 *  home page from the shell, or 404.html for the app to draw the address once the app is
 *  kept. */
async function page(request) {
  const url = new URL(request.url);
  try {
    return await clean(await networkFirst(request, PAGE_CACHE, pageKey(url)));
  } catch (error) {
    const shell = await caches.open(SHELL_CACHE);
    const home = await shell.match(url.origin + url.pathname);
    if (home) return home;
    const app = await Promise.all(APP.map((name) => shell.match(address(name))));
    const any = app.every(Boolean) ? await shell.match(address('404.html')) : undefined;
    return any ?? Response.error();
  }
}

/** A file of the shell or the app: the cached copy, else the network's; the app's code is
 *  kept the first time a page loads it. */
async function file(event) {
  const cached = await caches.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok && APP.some((name) => address(name) === event.request.url)) {
    const copy = response.clone();
    const kept = caches.open(SHELL_CACHE).then((cache) => keep(cache, event.request, copy));
    event.waitUntil(kept.catch(() => undefined));
  }
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (isPage(request)) {
    event.respondWith(page(request));
  } else if (isContent(url)) {
    event.respondWith(networkFirst(request, CONTENT_CACHE));
  } else {
    event.respondWith(file(event));
  }
});
