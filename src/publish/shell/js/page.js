// At the end of every written page's body, before the first paint: what only the reader's
// browser knows, written where the app's own components would show it, so the page as
// written already says what the app would (`publish::shell::scripts::page_script` gives it
// `config`):
// - the masthead's date, today by this device's clock, in the words `Date::long_vi` writes;
// - the text size control, at the size the head script set from this device's choice;
// - the share sheet's button, where the browser has a share sheet;
// - a work's keys in its written lightbox (Esc, ← and →).
// It also answers the controls that need no content (`handover::ANSWERED_BY_PAGE`: the
// phone's menu, text size, copy, share sheet, print) as their components do, so a tap on one is answered at
// once, with its user activation, and the app is not started for it. The written page
// leaves with its listener when the app takes over.
(config) => {
  const date = new Date();
  const two = (n) => String(n).padStart(2, "0");
  // JavaScript's getDay() counts from Sunday, as `config.weekdays` does.
  const today = `${config.weekdays[date.getDay()]}, ${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
  for (const element of document.getElementsByClassName(config.todayClass)) {
    element.textContent = today;
  }

  const root = document.documentElement;
  const size = config.textSize;
  const last = size.values.length - 1;
  const current = () => {
    const chosen = Number(root.getAttribute(size.attribute) ?? 0);
    return Number.isInteger(chosen) && chosen >= 0 && chosen <= last ? chosen : 0;
  };
  // The written page's own parts only: an app drawing its copy beside it owns that copy's
  // text (it hears of a new size by `size.changed`).
  // A page with no written copy (the preview's) is the app's alone: it answers its controls.
  const written = document.getElementById(config.root);
  if (!written) return;
  const keyed = (key, within = written) => within.querySelectorAll(`[${config.key}="${key}"]`);
  const show = (step) => {
    for (const button of keyed(size.smaller)) button.disabled = step === 0;
    for (const button of keyed(size.larger)) button.disabled = step === last;
    for (const value of keyed(size.value)) value.textContent = size.values[step];
  };
  show(current());
  const canShare = typeof navigator.share === "function";
  for (const button of keyed(config.share.sheet)) button.parentElement.hidden = !canShare;

  // As `TextSize`'s `choose`: shown, and kept on this device if it lets us.
  const choose = (step) => {
    root.setAttribute(size.attribute, String(step));
    try {
      if (step === 0) localStorage.removeItem(size.storage);
      else localStorage.setItem(size.storage, String(step));
    } catch {
      // Storage refused: the size holds for this page.
    }
    show(step);
    dispatchEvent(new Event(size.changed));
  };
  const setMenu = (control, open) => {
    root.toggleAttribute(config.menu.attribute, open);
    control.setAttribute("aria-expanded", String(open));
    dispatchEvent(new Event(config.menu.changed));
  };
  // Esc closes an open menu and gives focus back to its button.
  written.addEventListener("keydown", (event) => {
    const button = keyed(config.menu.key)[0];
    if (event.key !== "Escape" || !button || !root.hasAttribute(config.menu.attribute)) return;
    setMenu(button, false);
    button.focus();
  });
  const say = (control, words) => {
    const status = keyed(config.share.status, control.closest("[data-url]") ?? written)[0];
    if (!status) return;
    status.textContent = words;
    status.classList.add(config.share.shown);
  };
  const answers = {
    [size.smaller]: () => choose(Math.max(current() - 1, 0)),
    [size.larger]: () => choose(Math.min(current() + 1, last)),
    [config.share.copy]: (control) => {
      const url = control.closest("[data-url]")?.dataset.url ?? location.href;
      const failed = () => say(control, config.share.notCopied + url);
      try {
        navigator.clipboard.writeText(url).then(() => say(control, config.share.copied), failed);
      } catch {
        failed();
      }
    },
    [config.share.sheet]: (control) => {
      const shared = control.closest("[data-url]");
      const data = { title: shared?.dataset.title ?? document.title, url: shared?.dataset.url ?? location.href };
      // A reader who closes the sheet is not an error worth a message.
      const failed = (error) => error?.name === "AbortError" || say(control, config.share.sheetFailed);
      try {
        navigator.share(data).catch(failed);
      } catch (error) {
        failed(error);
      }
    },
    [config.print]: () => print(),
    // As `SiteHeader`'s: the state is on <html>, where an app taking over finds it.
    [config.menu.key]: (control) => setMenu(control, !root.hasAttribute(config.menu.attribute)),
  };
  // A work written open in the lightbox: Esc, ← and → follow its close, previous and next
  // links, as the app's lightbox does in place.
  const lightbox = written.querySelector(`.${config.lightbox.class}`);
  lightbox?.addEventListener("keydown", (event) => {
    const link = config.lightbox.keys[event.key] && lightbox.querySelector(config.lightbox.keys[event.key]);
    if (!link?.getAttribute("href") || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    link.click();
  });
  written.addEventListener("click", (event) => {
    const control = event.target.closest?.(`button[${config.key}]`);
    const answer = control && answers[control.getAttribute(config.key)];
    if (answer) answer(control);
  });
}
