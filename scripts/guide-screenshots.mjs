// Screenshots for the editor guide (docs/huong-dan-bien-tap.md), taken from the real app:
// the release build in Chromium at desktop size, the preview opened on the sample folder,
// then with one article broken.
//
//   source scripts/setup.sh && trunk build --release && node scripts/guide-screenshots.mjs
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, startServer } from '../tests/e2e/harness.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = (name) => `${root}docs/anh/${name}.png`;
const server = await startServer();
const browser = await launch();
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();

await page.goto(server.url + '/xem-truoc');
await page.locator('#mo-thu-muc').setInputFiles(`${root}public`);
await page.getByText('Không có lỗi: mọi tệp và ảnh đều hợp lệ.').waitFor();
await page.screenshot({ path: out('xem-truoc-mo-thu-muc'), fullPage: true });

const file = 'data/issues/so-dac-biet-10-2024.json';
const issue = JSON.parse(readFileSync(`${root}public/${file}`, 'utf8'));
issue.articles[3].category = 'van-nghe';
await page.locator('#mo-tep').setInputFiles({
  name: 'so-dac-biet-10-2024.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(issue, null, 2)),
});
await page.locator('.bt-preview__bad').waitFor();
await page.locator('.bt-preview__bad').scrollIntoViewIfNeeded();
await page.screenshot({ path: out('xem-truoc-bao-loi') });

await page.getByRole('link', { name: 'Bản tin Đảng bộ quận số đặc biệt' }).click();
await page.getByText('Chi tiết dành cho biên tập viên').click();
await page.screenshot({ path: out('xem-truoc-so-bao') });

await browser.close();
await server.close();
console.log('docs/anh/: xem-truoc-mo-thu-muc.png, xem-truoc-bao-loi.png, xem-truoc-so-bao.png');
