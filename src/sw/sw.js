// The service worker, filled in by src/bin/prerender.rs for each published build: VERSION
// and SHELL (the hashed files of this build) replace the placeholders below.
//
// - The app shell (HTML, JS loader, wasm, CSS, manifest) is cached at install, per version.
// - Pages: network first; offline, the cached shell of this version (the app draws any
//   address), so a page never mixes one build's HTML with another build's code.
// - Content (data/, images/): network first, kept for offline reading; offline, the copy
//   last read. What the page loaded before this worker took control is asked for again by
//   sw-register.js once the worker controls it.
// - A new build installs its own shell, takes over at once, and deletes older shells.
const VERSION = '__VERSION__';
const SHELL = __SHELL__;
const SHELL_CACHE = `ban-tin-vo-${VERSION}`;
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
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('ban-tin-vo-') && k !== SHELL_CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

const isContent = (url) => /\/(data|images)\//.test(url.pathname);

/** A complete copy of `response`, its body read in full. */
async function copy(response) {
  return new Response(await response.blob(), { status: response.status, statusText: response.statusText, headers: response.headers });
}

/** A response the browser accepts for a navigation: one that followed a redirect (a folder
 *  without its slash) may not answer it as it is. */
const clean = (response) => (response.redirected ? copy(response) : response);

/** Keeps a copy of content, written only once its body has fully arrived. */
async function keep(cache, key, response) {
  await cache.put(key, await copy(response));
}

async function networkFirst(request, cacheName) {
  const cache = await caches.open(cacheName);
  let response;
  try {
    response = await fetch(request);
  } catch (error) {
    const cached = await cache.match(request, { ignoreSearch: true });
    if (cached) return cached;
    throw error;
  }
  if (response.ok) await keep(cache, request, response.clone()).catch(() => undefined);
  return response;
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      fetch(request)
        .then(clean)
        .catch(async () => (await caches.open(SHELL_CACHE)).match(new URL('./', self.registration.scope).href).then((r) => r ?? Response.error())),
    );
  } else if (isContent(url)) {
    event.respondWith(networkFirst(request, CONTENT_CACHE));
  } else {
    event.respondWith(caches.match(request).then((cached) => cached ?? fetch(request)));
  }
});
