// The npm package in Node 20+ without a bundler: `initSync` with the wasm bytes, then the same calls as
// in the browser. Prints `node: N passed, N failed`. Run after `make pkg`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, dirname } from 'node:path';
import assert from 'node:assert/strict';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { initSync, loadModel, analyze, parse, tag, version } = await import(join(ROOT, 'pkg', 'naba.js'));
let passed = 0, failed = 0;
const test = (name, fn) => {
  try { fn(); passed++; console.log(`ok   ${name}`); } catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
};

test('initSync with the wasm bytes: parse works, tag and analyze ask for the model', () => {
  initSync({ module: readFileSync(join(ROOT, 'pkg', 'naba_core_bg.wasm')) });
  assert.match(version(), /json v1/);
  assert.equal(parse('عنوان\nفقرة أولى من الخبر.', {}).articles.length, 1);
  assert.throws(() => tag('قال بوتين في موسكو', {}), /entity model is not loaded.*init\(\)/);
  assert.throws(() => analyze('قال بوتين في موسكو', {}), /entity model is not loaded/);
  assert.throws(() => loadModel(new Uint8Array([1, 2, 3])), /not a naba\.model file/);
});

test('the model from pkg/naba.model, then every call works', () => {
  initSync({ module: readFileSync(join(ROOT, 'pkg', 'naba_core_bg.wasm')), model: readFileSync(join(ROOT, 'pkg', 'naba.model')) });
  assert.ok(tag('قال الرئيس فلاديمير بوتين في موسكو', {}).entities.some((e) => e.label === 'PER'));
});

const SAMPLE = readFileSync(join(ROOT, 'www', 'samples', 'aggregator-ar.txt'), 'utf8');
test('analyze gives the documented shape with UTF-16 offsets', () => {
  const r = analyze(SAMPLE, { now: '2025-11-18' });
  assert.equal(r.version, 1);
  assert.equal(r.language.code, 'ar');
  assert.equal(r.nodeMap, null);
  assert.equal(r.articles.length, 2);
  for (const a of r.articles) for (const e of a.entities) assert.equal(r.text.slice(e.start, e.end), e.text);
  assert.ok(r.articles[0].entities.some((e) => e.label === 'PER'));
  assert.ok(r.articles[0].dates.some((d) => d.value === '2025-11-12'));
});

test('parse of HTML and tag of text', () => {
  const html = readFileSync(join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'ar-maghreb.html'), 'utf8');
  const p = parse(html, { format: 'html' });
  assert.equal(p.articles.length, 1);
  assert.equal(p.articles[0].published.value, '2019-08-22');
  const t = tag('التقى الملك محمد السادس في الرباط أمس الأربعاء رئيس الحكومة', { now: '2019-08-22' });
  assert.ok(t.entities.some((e) => e.label === 'LOC' && e.text === 'الرباط'), JSON.stringify(t.entities));
  assert.ok(t.dates.some((d) => d.value === '2019-08-21'), JSON.stringify(t.dates));
});

test('bad options throw an Error naming the field', () => {
  assert.throws(() => analyze('نص', { format: 'pdf' }), /`format`/);
  assert.throws(() => analyze(42, {}), /input/);
});

console.log(`node: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
