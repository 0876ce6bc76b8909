// Where the news starts on the written page (issue #32): the masthead's height, the front
// page's lead headline and the headlines wholly on the first screen, and an article's first
// paragraph, at phone and desktop size and at text sizes 100, 150 and 200 %, the app's code
// held back. Figures in BENCHMARKS.md ("A front page and a compact masthead").
// Usage: node scripts/bench-front.mjs   (after trunk build --release)
import { startServer, launch, viewports } from '../tests/e2e/harness.mjs';
const server = await startServer();
const browser = await launch();
for (const size of ['phone', 'desktop']) {
  for (const step of ['0', '2', '4']) {
    const context = await browser.newContext({ ...viewports[size] });
    const page = await context.newPage();
    await page.route(/_bg\.wasm$/, () => {});
    await page.goto(server.url + '/robots.txt');
    await page.evaluate((s) => localStorage.setItem('ban-tin-le-chan:co-chu', s), step);
    await page.goto(server.url + '/', { waitUntil: 'load' });
    const home = await page.evaluate(() => {
      const h = document.querySelector('.bt-header').getBoundingClientRect().height;
      const lead = document.querySelector('.bt-front .bt-lead-story__title').getBoundingClientRect().top;
      const seen = [...document.querySelectorAll('.bt-headline__title')].filter((e) => e.getBoundingClientRect().bottom <= innerHeight).length;
      return { header: Math.round(h), lead: Math.round(lead + scrollY), seen };
    });
    await page.goto(server.url + '/so/so-01-2025/tuyen-truyen-dai-hoi-co-so', { waitUntil: 'load' });
    const para = await page.evaluate(() => Math.round(document.querySelector('.bt-prose p').getBoundingClientRect().top + scrollY));
    console.log(size, `step ${step}`, JSON.stringify(home), 'first paragraph', para);
    await context.close();
  }
}
await browser.close(); process.exit(0);
