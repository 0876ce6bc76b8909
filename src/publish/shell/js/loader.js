// The written page's loader, a module script in every page's head; `publish::shell::Bundles`
// gives it `config`. It starts the app: the editor preview's bundle on `/xem-truoc` and on
// any page while this browser keeps an editor's files (`config.previewKey`), else the
// readers' bundle, and that one only when the reader asks for something only the app does:
// - at once where the written page is not this page: no written page, or an address with a
//   query (a search, a filter);
// - at the first click, tap or key on a control only the app answers (`config.controls`):
//   the control is marked (`config.asked`, `aria-busy`) and the hand-over presses its twin
//   in the app's copy (`handover::take_over`). A mouse button going down starts it a moment
//   earlier; a finger going down does not, as it may be the start of a scroll. The search
//   box taking focus starts it too (the text typed meanwhile carries over);
// - on `404.html` (`config.anyPath`) when the host cannot be reached (`config.probe`, one
//   `HEAD`, which the service worker leaves to the network): the service worker serves it
//   offline for a page never read, which the app draws from what it kept. Online, the
//   written page not found is the page.
// When the app cannot come (its code blocked, the network gone, or slower than
// `config.patience` ms after a tap), or came but could not load the page (`config.failed`,
// sent by the hand-over), the tapped control is released and the reader is told, in plain
// words, that reading goes on, with "Thử lại".
async (config) => {
  let preview = config.previewPage;
  if (!preview) {
    try {
      preview = localStorage.getItem(config.previewKey) !== null;
    } catch {
      // Storage refused: no editor's files either.
    }
  }
  const bundle = preview ? config.preview : config.reader;
  const written = document.getElementById(config.root);
  const askedSelector = `[${config.asked}]`;
  let lastAsked = null;
  let patience = 0;
  // Whether the reader asked for the app, or the page needs it to show what the address
  // asks for (a query): only then is a failure worth a word. An app started by itself on
  // `404.html` offline leaves a written page that is whole.
  let wanted = Boolean(location.search);

  const release = () => {
    clearTimeout(patience);
    if (!written) return;
    for (const control of written.querySelectorAll(askedSelector)) {
      control.removeAttribute(config.asked);
      control.removeAttribute("aria-busy");
    }
  };
  const mark = (control) => {
    release();
    lastAsked = control;
    control.setAttribute(config.asked, "");
    control.setAttribute("aria-busy", "true");
    // Still under way: "Thử lại" waits again for the same load.
    patience = setTimeout(() => written.isConnected && cannotCome(config.notice.slow, () => {}), config.patience);
  };

  // The notice, in the written page: it goes with it if the app takes over after all.
  let notice = null;
  const cannotCome = (words, retry = () => start()) => {
    release();
    if (!written || !written.isConnected) return;
    notice?.remove();
    notice = document.createElement("div");
    notice.className = config.notice.class;
    notice.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.textContent = words;
    const again = document.createElement("button");
    again.type = "button";
    again.className = "bt-button";
    again.textContent = config.notice.retry;
    again.addEventListener("click", () => {
      notice.remove();
      if (lastAsked?.isConnected) mark(lastAsked);
      retry();
    });
    const close = document.createElement("button");
    close.type = "button";
    close.className = "bt-button bt-button--secondary";
    close.textContent = config.notice.close;
    close.addEventListener("click", () => notice.remove());
    notice.append(text, again, close);
    written.append(notice);
  };
  // The app came but could not load this page (offline, a server error): the written page
  // stays; trying again is loading the page again.
  addEventListener(config.failed, () => wanted && cannotCome(config.notice.failed, () => location.reload()));

  let attempt = 0;
  const start = async () => {
    try {
      // A module that failed to load may be kept as failed: a retry asks for a fresh copy.
      const bindings = await import(attempt++ ? `${bundle.js}?lan=${attempt}` : bundle.js);
      const wasm = await bindings.default({ module_or_path: bundle.wasm });
      window.wasmBindings = bindings;
      dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
    } catch {
      if (wanted) cannotCome(config.notice.blocked);
    }
  };

  if (!preview && written && !location.search) {
    await new Promise((go) => {
      const anyPath = written.dataset.path === config.anyPath;
      const ask = (event) => {
        if (event.target.closest?.(`.${config.notice.class}`)) return;
        const control = event.target.closest?.(config.controls);
        if (!control || (event.type === "pointerdown" && event.pointerType !== "mouse")) return;
        if (event.type === "click") mark(control);
        wanted = true;
        go();
      };
      for (const type of ["pointerdown", "click", "focusin"]) written.addEventListener(type, ask, true);
      if (anyPath) fetch(config.probe, { method: "HEAD", cache: "no-store" }).catch(go);
    });
  }
  await start();
}
