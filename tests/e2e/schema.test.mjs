// The JSON Schemas in public/schema/ as an editor's tool (VS Code) uses them: the bundled
// bulletin passes, and the mistakes a schema can see are underlined at the right field.
// (Cross-file rules, such as a category that catalog.json lacks, are the checker's job.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = (path) => JSON.parse(readFileSync(root + path, 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: false });
// schemars marks integer sizes with format "uint32"; the "minimum": 0 it also writes is the check.
ajv.addFormat('uint32', true);
const validate = {
  catalog: ajv.compile(json('public/schema/catalog.schema.json')),
  issue: ajv.compile(json('public/schema/issue.schema.json')),
  gallery: ajv.compile(json('public/schema/gallery.schema.json')),
};

test('the bundled bulletin matches its schemas', () => {
  const files = [
    ['catalog', 'public/data/catalog.json'],
    ...readdirSync(root + 'public/data/issues').map((f) => ['issue', `public/data/issues/${f}`]),
    ...readdirSync(root + 'public/data/gallery').map((f) => ['gallery', `public/data/gallery/${f}`]),
  ];
  for (const [kind, path] of files) {
    const ok = validate[kind](json(path));
    assert.ok(ok, `${path}: ${JSON.stringify(validate[kind].errors, null, 1)}`);
  }
});

test('mistakes are flagged at their field', () => {
  // (bad file, schema, the JSON pointer an editor's tool underlines)
  const cases = [
    ['catalog-bad-kind.json', 'catalog', '/issues/0/kind'],
    ['catalog-schema-version.json', 'catalog', '/schema_version'],
    ['issue-bad-id.json', 'issue', '/articles/0/id'],
    ['issue-bad-date.json', 'issue', null], // 30 February passes the pattern; the checker refuses it
    ['issue-javascript-url.json', 'issue', '/articles/0/image/src'],
    ['issue-srcset-data-url.json', 'issue', '/articles/0/image/srcset/1/src'],
    ['issue-missing-alt.json', 'issue', '/articles/0/image'],
    ['issue-misspelt-field.json', 'issue', '/articles/0'],
    ['issue-wrong-type.json', 'issue', '/articles/0/image/width'],
    ['issue-empty-paragraph.json', 'issue', '/articles/0/body/0'],
    ['issue-unknown-block-type.json', 'issue', '/articles/0/body/0'],
    ['gallery-missing-place.json', 'gallery', '/works/0'],
  ];
  for (const [file, kind, pointer] of cases) {
    const ok = validate[kind](json(`tests/bad-content/${file}`));
    if (pointer === null) {
      assert.ok(ok, file);
      continue;
    }
    assert.ok(!ok, `${file} passed its schema`);
    const places = validate[kind].errors.map((e) => e.instancePath);
    assert.ok(
      places.some((p) => p === pointer || p.startsWith(pointer + '/')),
      `${file}: expected ${pointer}, got ${places.join(', ')}`,
    );
  }
});
