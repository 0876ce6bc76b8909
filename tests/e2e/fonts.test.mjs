// Type: every glyph of every page kind comes from the font its element asks for, never from a
// fallback (Chromium's own record of the fonts that drew each element's text, through the
// DevTools protocol's CSS.getPlatformFontsForNode); the reading text and headings from the
// site's Noto Serif, the editor's pasted text from its Noto Sans Mono.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, PAGE_KINDS, useBrowserAndServer, viewports } from './harness.mjs';

const env = useBrowserAndServer();

/** Each rendered element with text of its own: its first words, its font stack, and the
 *  fonts that drew that text. */
async function fontsOfPage(page) {
  await page.evaluate(() => document.fonts.ready);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: 'body *' });
  const found = [];
  for (const nodeId of nodeIds) {
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) continue;
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      returnByValue: true,
      functionDeclaration: `function () {
        const own = [...this.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('').trim();
        const style = getComputedStyle(this);
        // The fonts Chromium reports are those of all the text inside: count an element
        // only when everything inside asks for its own font stack.
        const alike = [...this.querySelectorAll('*')].every((el) => getComputedStyle(el).fontFamily === style.fontFamily);
        return { text: own.slice(0, 40), family: style.fontFamily, italic: style.fontStyle === 'italic', alike };
      }`,
    });
    if (!result.value.text || !result.value.alike) continue;
    // One entry per family (a bold and a regular face share their family's name).
    const families = [...new Set(fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web)' : ''}`))];
    found.push({ ...result.value, fonts: families });
  }
  await cdp.detach();
  return found;
}

describe('chữ Việt từ một phông trên mọi loại trang', () => {
  let context;
  before(async () => {
    context = await env.browser.newContext({ ...viewports.desktop, locale: 'vi-VN' });
  });
  after(async () => context?.close());

  test('không chữ nào vẽ bằng phông dự phòng; tiêu đề và bài đọc bằng Noto Serif của trang', async () => {
    const { page, problems } = await openPage(context);
    let serif = 0;
    for (const [path, ready] of PAGE_KINDS) {
      await page.goto(env.server.url + path);
      await page.locator(ready).first().waitFor();
      const elements = await fontsOfPage(page);
      const mixed = elements.filter((e) => e.fonts.length > 1).map((e) => `“${e.text}”: ${e.fonts.join(' + ')}`);
      assert.deepEqual(mixed, [], `${path}: chữ từ hai phông`);
      const notOurs = elements
        .filter((e) => e.family.startsWith('"Noto Serif"') && e.fonts[0] !== 'Noto Serif (web)')
        .map((e) => `“${e.text}”: ${e.fonts[0]}`);
      assert.deepEqual(notOurs, [], `${path}: chữ có chân không bằng Noto Serif của trang`);
      serif += elements.filter((e) => e.fonts[0] === 'Noto Serif (web)').length;
    }
    assert.ok(serif > 50, `chỉ ${serif} phần tử bằng Noto Serif`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('lời trích in nghiêng bằng Noto Serif nghiêng; đoạn dán của biên tập viên bằng Noto Sans Mono', async () => {
    const { page, problems } = await openPage(context);
    await page.goto(env.server.url + '/so/so-dac-biet-10-2024/phat-dong-hoi-thi-lan-thu-vi');
    await page.locator('.bt-quote').waitFor();
    const quote = (await fontsOfPage(page)).filter((e) => e.italic && e.family.startsWith('"Noto Serif"'));
    assert.ok(quote.length > 0, 'có lời trích in nghiêng');
    for (const e of quote) assert.deepEqual(e.fonts, ['Noto Serif (web)'], e.text);
    // The italic's own file was fetched (not a slanted regular).
    const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => new URL(r.name).pathname));
    assert.ok(fetched.includes('/fonts/noto-serif-400-italic.woff2'), fetched.join('\n'));

    await page.goto(env.server.url + '/xem-truoc');
    await page.locator('.bt-preview').waitFor();
    // A broken file pasted, its words decomposed (a letter, then its marks), as some
    // keyboards and PDFs give them: the excerpt under the problem shows the line in the mono,
    // marks on their letters, from that one font.
    await page.getByText('Dán nội dung JSON').click();
    await page.getByLabel('Nội dung tệp').fill('{\n  "issue": "so-11-2024",\n  "articles": [{ "title": "Cha\u0302\u0301t lươ\u0323ng sinh hoạt chi bộ" "id": "x" }]\n}');
    await page.getByRole('button', { name: 'Xem trước đoạn đã dán' }).click();
    await page.locator('.bt-error__source').first().waitFor();
    const mono = (await fontsOfPage(page)).filter((e) => e.family.startsWith('"Noto Sans Mono"'));
    assert.ok(mono.some((e) => e.text.includes('lươ')), JSON.stringify(mono));
    for (const e of mono) assert.deepEqual(e.fonts, ['Noto Sans Mono (web)'], e.text);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
