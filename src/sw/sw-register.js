// Registers the service worker (sw.js) of a published build. What this visit loaded before
// the worker took control did not pass through it, so once it controls the page the same
// files are asked for again, through it, and kept for offline reading (mostly from the
// browser's own cache, so this costs little): the page itself, the content (data/, images/, ma-qr/)
// it loaded, and the app's code if the app started. A load still under way when the worker
// took over ends later and is asked for again when it ends.
if ('serviceWorker' in navigator) {
  const keepThroughWorker = () => {
    const since = performance.now();
    fetch(location.pathname, { headers: { accept: 'text/html' } }).catch(() => undefined);
    const asked = new Set();
    const ask = (entries) => {
      for (const entry of entries) {
        const url = new URL(entry.name);
        // Loads that started after the take-over went through the worker already.
        if (entry.startTime >= since || url.origin !== location.origin) continue;
        // Content, and the app's code when the app started before the worker took control.
        if (!/\/(data|images|ma-qr)\/|\.(js|wasm)$/.test(url.pathname) || asked.has(url.href)) continue;
        asked.add(url.href);
        fetch(url.href).catch(() => undefined);
      }
    };
    if ('PerformanceObserver' in window) {
      new PerformanceObserver((list) => ask(list.getEntries())).observe({ type: 'resource', buffered: true });
    } else {
      ask(performance.getEntriesByType('resource'));
    }
  };
  if (!navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener('controllerchange', keepThroughWorker, { once: true });
  }
  navigator.serviceWorker.register('sw.js').catch(() => {
    // No offline reading in this browser; the site works as before.
  });
}
