// Screenshots for the editor guide (docs/huong-dan-bien-tap.md), taken from the real app:
// the release build in Chromium at desktop size, the preview opened on the sample folder,
// then with one article broken, then the site with an issue file missing a comma.
//
//   source scripts/setup.sh && trunk build --release && node scripts/guide-screenshots.mjs
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, openInApp, startServer } from '../tests/e2e/harness.mjs';

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
issue.articles[3].category = 'xay-dung-dan';
await page.locator('#mo-tep').setInputFiles({
  name: 'so-dac-biet-10-2024.json',
  mimeType: 'application/json',
  buffer: Buffer.from(JSON.stringify(issue, null, 2)),
});
await page.locator('.bt-preview__bad').waitFor();
await page.locator('.bt-preview__bad').scrollIntoViewIfNeeded();
await page.screenshot({ path: out('xem-truoc-bao-loi') });

await page.getByRole('link', { name: 'Bản tin Đảng bộ quận số đặc biệt' }).click();
await page.getByText('Chưa hiển thị 1 bài viết vì có lỗi nội dung:').waitFor();
await page.getByText('Chi tiết dành cho biên tập viên').click();
await page.locator('.bt-notice').scrollIntoViewIfNeeded();
await page.screenshot({ path: out('xem-truoc-so-bao') });
await browser.close();
await server.close();

// The site itself with the 11/2024 issue file missing the comma after "issue": the page that
// shows it says so (as `serve.sh` shows it right after the file is saved).
const site = mkdtempSync(join(tmpdir(), 'ban-tin-anh-'));
try {
  cpSync(`${root}dist`, site, { recursive: true });
  const eleven = join(site, 'data/issues/so-11-2024.json');
  writeFileSync(eleven, readFileSync(eleven, 'utf8').replace('"issue": "so-11-2024",', '"issue": "so-11-2024"'));
  const broken = await startServer(site);
  const again = await launch();
  const reader = await (await again.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' })).newPage();
  await openInApp(reader, broken.url, '/so/so-11-2024');
  await reader.getByText('Chưa tải được nội dung').waitFor();
  await reader.locator('.bt-error').scrollIntoViewIfNeeded();
  await reader.screenshot({ path: out('xem-truoc-khi-luu-loi') });
  await again.close();
  await broken.close();
} finally {
  rmSync(site, { recursive: true, force: true });
}
console.log('docs/anh/: xem-truoc-mo-thu-muc.png, xem-truoc-bao-loi.png, xem-truoc-so-bao.png, xem-truoc-khi-luu-loi.png');
