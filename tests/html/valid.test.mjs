// The W3C Nu Html Checker (npm vnu-jar, run on Debian's Java) on every HTML file both
// builds write: the root build (dist/) and the sub-path one (target/dist-ban-tin/). One test
// per file, each failing with the checker's own messages and their line:column.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const builds = [join(root, 'dist'), join(root, 'target', 'dist-ban-tin')];
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

const html = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? html(path) : name.endsWith('.html') ? [path] : [];
  });

const files = builds.flatMap((dir) => {
  assert.ok(existsSync(join(dir, 'index.html')), `${dir} is not built`);
  return html(dir).sort();
});
// Errors only: warnings (an info-level note on a `<meta>`, say) do not fail a page.
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
assert.ok(run.stderr.trim().startsWith('{'), `the checker did not run: ${run.error ?? run.stderr}`);
// The checker names a file `file:/a/b.html`; the URL parser writes it `file:///a/b.html`.
const messages = JSON.parse(run.stderr).messages.map((m) => ({ ...m, url: m.url && new URL(m.url).href }));
const urls = new Set(files.map((file) => pathToFileURL(file).href));

test('the checker read every written page', () => {
  assert.ok(files.length > 60, `${files.length} files`);
  assert.deepEqual(messages.filter((m) => m.type === 'non-document-error'), []);
  assert.deepEqual(messages.filter((m) => !urls.has(m.url)), [], 'every message names a file');
});

for (const file of files) {
  test(`${relative(root, file)}: 0 lỗi HTML`, () => {
    const url = pathToFileURL(file).href;
    const errors = messages
      .filter((m) => m.url === url && m.type === 'error')
      .map((m) => `${m.lastLine}:${m.firstColumn ?? m.lastColumn}: ${m.message} «${(m.extract ?? '').trim()}»`);
    assert.deepEqual(errors, []);
  });
}
