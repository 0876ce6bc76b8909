// In the head of every written page, before the first paint: the text size this device
// chose (set by the article's "Cỡ chữ" buttons), so the text does not grow under the
// reader's eyes; and that scripts run (`config.scripted` on <html>), so the phone's menu
// is a button rather than open. `publish::shell::scripts::text_size_script` gives it `config`.
(config) => {
  document.documentElement.setAttribute(config.scripted, "");
  try {
    const step = localStorage.getItem(config.key);
    if (/^[0-9]$/.test(step) && Number(step) < config.steps) {
      document.documentElement.setAttribute(config.attribute, step);
    }
  } catch {
    // Storage refused (a private window's settings): the browser's own size.
  }
}
