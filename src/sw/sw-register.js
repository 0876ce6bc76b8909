// Registers the service worker (sw.js) of a published build. The content this visit loaded
// before the worker took control did not pass through it, so once it controls the page the
// same files are asked for again, through it, and kept for offline reading (mostly from the
// browser's own cache, so this costs little).
if ('serviceWorker' in navigator) {
  const refetch = () => {
    const content = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((u) => new URL(u).origin === location.origin && /\/(data|images)\//.test(new URL(u).pathname));
    for (const url of new Set(content)) fetch(url).catch(() => undefined);
  };
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', refetch, { once: true });
  }
  navigator.serviceWorker.register('sw.js').catch(() => {
    // No offline reading in this browser; the site works as before.
  });
}
