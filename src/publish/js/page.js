// At the end of every written page's body, before the first paint: what only the reader's
// browser knows, written where the app's own components would show it, so the page as
// written already says what the app would (`publish::html::with_page_script` gives it
// `config`):
// - the masthead's date, today by this device's clock, in the words `Date::long_vi` writes;
// - the text size control, at the size the head script set from this device's choice.
(config) => {
  const date = new Date();
  const two = (n) => String(n).padStart(2, "0");
  // JavaScript's getDay() counts from Sunday, as `config.weekdays` does.
  const today = `${config.weekdays[date.getDay()]}, ${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
  for (const element of document.getElementsByClassName(config.todayClass)) {
    element.textContent = today;
  }

  const chosen = Number(document.documentElement.getAttribute(config.textSize.attribute) ?? 0);
  const step = Number.isInteger(chosen) && chosen >= 0 && chosen < config.textSize.values.length ? chosen : 0;
  const keyed = (key) => document.querySelectorAll(`[${config.key}="${key}"]`);
  for (const button of keyed(config.textSize.smaller)) button.disabled = step === 0;
  for (const button of keyed(config.textSize.larger)) button.disabled = step === config.textSize.values.length - 1;
  for (const value of keyed(config.textSize.value)) value.textContent = config.textSize.values[step];
}
