// Loaded first by every page the smoke tests open (harness.mjs, `probe`): records what would
// reach a reader as a broken page, for engines whose driver shows no console (WebKitGTK).
// Kept in sessionStorage, so what happens just before a page load is not lost.
(() => {
  const KEY = '__problems';
  const record = (text) => {
    try {
      const list = JSON.parse(sessionStorage.getItem(KEY) || '[]');
      list.push(`${location.pathname}: ${text}`);
      sessionStorage.setItem(KEY, JSON.stringify(list));
    } catch (_) {
      // Storage refused: nothing to record into.
    }
  };
  addEventListener('error', (e) => {
    // A file that failed to load (script, style, picture) or an uncaught exception.
    const target = e.target;
    if (target && target !== window && (target.src || target.href)) record(`không tải được ${target.src || target.href}`);
    else record(`lỗi: ${e.message}`);
  }, true);
  addEventListener('unhandledrejection', (e) => record(`promise: ${e.reason && (e.reason.message || e.reason)}`));
  document.addEventListener('securitypolicyviolation', (e) => record(`CSP ${e.violatedDirective}: ${e.blockedURI || e.sample}`));
  // A Rust panic is written with console.error (console_error_panic_hook).
  const error = console.error.bind(console);
  console.error = (...args) => {
    record(`console.error: ${args.map(String).join(' ')}`);
    error(...args);
  };
})();
