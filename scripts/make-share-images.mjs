// Share pictures: Zalo and Facebook show no SVG in a link preview, so every SVG picture in
// public/images gets a JPEG of the same name and size beside it (`bia/so-11-2024.jpg`),
// drawn by Chromium. The build (src/bin/prerender.rs) names the JPEG in `og:image` when
// there is one. The committed JPEGs come from this script; run it again after changing
// the drawings (python3 scripts/make-images.py) or adding SVG pictures.
//   node scripts/make-share-images.mjs
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from '../tests/e2e/harness.mjs';

const images = fileURLToPath(new URL('../public/images', import.meta.url));
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });

const browser = await launch();
for (const svg of walk(images).filter((f) => f.endsWith('.svg'))) {
  const tag = readFileSync(svg, 'utf8').match(/<svg[^>]*>/)?.[0] ?? '';
  const width = Number(tag.match(/\bwidth="(\d+)"/)?.[1]);
  const height = Number(tag.match(/\bheight="(\d+)"/)?.[1]);
  if (!width || !height) {
    console.error(`${svg}: no width/height on <svg>, skipped`);
    continue;
  }
  const page = await browser.newPage({ viewport: { width, height } });
  await page.goto(pathToFileURL(svg).href);
  const jpeg = svg.replace(/\.svg$/, '.jpg');
  await page.screenshot({ path: jpeg, type: 'jpeg', quality: 85 });
  await page.close();
  console.log(`${jpeg.slice(images.length + 1)} ${width}×${height} ${(statSync(jpeg).size / 1024).toFixed(1)} KB`);
}
await browser.close();
