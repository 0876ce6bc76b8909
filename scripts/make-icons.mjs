// Draws the app icons for the web app manifest (public/icons/*.png) from the same star on red
// as the favicon, in headless Chromium. The PNGs are committed; run again only to change them.
//
//   source scripts/setup.sh && node scripts/make-icons.mjs
import { launch } from '../tests/e2e/harness.mjs';

// The star fills the middle 60 %, inside the safe zone of a maskable icon (a circle of 80 %).
const svg = (size, rounded) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="${rounded ? 18 : 0}" fill="#a4161a"/>
  <polygon fill="#f4c542" points="50,20 57.1,40.3 78.5,40.3 61.2,52.8 67.6,73.1 50,60.6 32.4,73.1 38.8,52.8 21.5,40.3 42.9,40.3"/>
</svg>`;

const browser = await launch();
const page = await browser.newPage();
for (const [name, size, rounded] of [
  ['icon-192.png', 192, true],
  ['icon-512.png', 512, true],
  ['icon-maskable-512.png', 512, false],
  ['apple-touch-icon.png', 180, false],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${svg(size, rounded)}`);
  await page.locator('svg').screenshot({ path: `public/icons/${name}`, omitBackground: true });
}
await browser.close();
