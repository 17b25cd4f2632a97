// The npm package in Node 20+ without a bundler: `initSync` with the wasm bytes, then the same calls as
// in the browser. Prints `node: N passed, N failed`. Run after `make pkg`.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

// The package tags as the native build does: the words of people's names reach the wasm build through
// the model file (its name keys) and the native one through the list it embeds; a difference in that
// data flow (or any other) shows as different entities on the same pages. `cargo test` (the native
// suite, run before this one) builds target/debug/naba.
test('entities of the sample and of reader pages equal the native CLI\'s', () => {
  const cli = join(ROOT, 'target', 'debug', 'naba');
  const pages = [
    [join(ROOT, 'www', 'samples', 'aggregator-ar.txt'), 'text'],
    [join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'ar-levant-news.html'), 'html'],
    [join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'ar-sports.html'), 'html'],
  ];
  let names = 0;
  for (const [file, format] of pages) {
    const args = ['analyze', file, '--now', '2026-12-01', ...(format === 'html' ? ['--html'] : [])];
    const out = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
    assert.equal(out.status, 0, `${cli} ${args.join(' ')}: ${out.stderr}`);
    const native = JSON.parse(out.stdout);
    const wasm = analyze(readFileSync(file, 'utf8'), { now: '2026-12-01', ...(format === 'html' ? { format } : {}) });
    const ents = (r) => r.articles.flatMap((a) => a.entities.map((e) => `${e.label} ${e.start}-${e.end} ${e.text}`));
    assert.deepEqual(ents(wasm), ents(native), file);
    names += ents(wasm).length;
  }
  assert.ok(names > 40, `only ${names} entities on the pages`);
});

// The package's analyze, parse and tag put back every text the core leaves out of what crosses from wasm
// (js/naba.js, `fillArticles`): the whole result, field for field and in the same order, is the CLI's.
test('the package\'s results are the native CLI\'s JSON, every text in place', () => {
  const cli = join(ROOT, 'target', 'debug', 'naba');
  const pages = [
    [join(ROOT, 'www', 'samples', 'aggregator-ar.txt'), 'text'],
    [join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'ar-aggregator.html'), 'html'],
    [join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'ar-gulf-wp.html'), 'html'],
    [join(ROOT, 'tests', 'e2e', 'pages', 'reader', 'fa-news.html'), 'html'],
  ];
  let texts = 0;
  for (const [file, format] of pages) {
    for (const call of ['analyze', 'parse', 'tag']) {
      if (call === 'tag' && format === 'html') continue;
      const args = [call, file, '--now', '2026-12-01', ...(format === 'html' ? ['--html'] : [])];
      const out = spawnSync(cli, args, { encoding: 'utf8', maxBuffer: 1 << 26 });
      assert.equal(out.status, 0, `${cli} ${args.join(' ')}: ${out.stderr}`);
      const fn = { analyze, parse, tag }[call];
      const wasm = fn(readFileSync(file, 'utf8'), { now: '2026-12-01', ...(format === 'html' ? { format } : {}) });
      assert.equal(JSON.stringify(wasm), JSON.stringify(JSON.parse(out.stdout)), `${call} ${file}`);
      texts += (JSON.stringify(wasm).match(/"text":"/g) || []).length;
    }
  }
  assert.ok(texts > 300, `only ${texts} texts in the results`);
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

// The result's short strings are decoded by js/utf8.js (inside naba.js), longer ones by TextDecoder:
// both must give exactly TextDecoder's string for every valid UTF-8 input.
const { decodeUtf8, UTF8_JS_MAX } = await import(join(ROOT, 'js', 'utf8.js'));
const utf8 = new TextEncoder();
const reference = new TextDecoder('utf-8', { ignoreBOM: true });
// Code points by encoded length: 1 byte (ASCII, control characters), 2 (Latin-1, Arabic), 3 (U+0800,
// Arabic presentation forms, CJK, the BOM, U+FFFF) and 4 (emoji, U+10000, U+10FFFF); no lone surrogates.
const POINTS = [
  [0x00, 0x7f], [0x80, 0x7ff], [0x0600, 0x06ff], [0x0800, 0xd7ff], [0xe000, 0xffff], [0x4e00, 0x9fff], [0xfb50, 0xfdff],
  [0x10000, 0x10ffff], [0x1f300, 0x1faff],
];
const EDGES = [0x00, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xe000, 0xfeff, 0xfffd, 0xffff, 0x10000, 0x10ffff];
let seed = 0x2545f491;
const rand = (n) => { seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5; return (seed >>> 0) % n; };
function randomString(units) {
  let s = '';
  const classes = [rand(POINTS.length), rand(POINTS.length)];
  while (s.length < units) {
    const r = rand(10);
    const [lo, hi] = r < 1 ? [EDGES[rand(EDGES.length)], 0] : POINTS[classes[r & 1]];
    s += String.fromCodePoint(hi ? lo + rand(hi - lo + 1) : lo);
  }
  return s;
}

test('decodeUtf8 equals TextDecoder on random strings of every length class (1- to 4-byte sequences)', () => {
  let checked = 0;
  for (let units = 0; units <= 200; units++) {
    for (let k = 0; k < 40; k++) {
      const s = randomString(units);
      const bytes = utf8.encode(s);
      // At an offset inside a larger buffer, as in wasm memory.
      const mem = new Uint8Array(bytes.length + 7);
      mem.set(bytes, 3);
      assert.equal(decodeUtf8(mem, 3, 3 + bytes.length), reference.decode(bytes), `units ${units}: ${JSON.stringify(s)}`);
      checked++;
    }
  }
  for (const s of ['', 'a', 'قال الرئيس محمود عباس في رام الله', '😀', '👨‍👩‍👧‍👦 عائلة', '中文 漢字 日本語', '\u0000\u007f\u0080\u07ff\u0800\uffff',
    '\u{10000}\u{10ffff}', 'ﷲ ﻻ', '\ufeffبداية']) {
    assert.equal(decodeUtf8(utf8.encode(s), 0, utf8.encode(s).length), s);
    checked++;
  }
  assert.ok(checked > 8000);
});

test('strings of every length class cross from wasm unchanged (the glue\'s decoder and TextDecoder)', () => {
  // tag's `text` is the input as it came back through getStringFromWasm0: below, at and above UTF8_JS_MAX bytes.
  for (const s of ['', 'x', 'قال', '😀', 'بوتين 😀 中文 ﷲ \u{10ffff}', 'ab'.repeat(UTF8_JS_MAX / 2), 'ب'.repeat(UTF8_JS_MAX / 2),
    'ب'.repeat(UTF8_JS_MAX / 2 - 1) + 'x', '😀'.repeat(UTF8_JS_MAX / 4 + 1), 'قال الرئيس فلاديمير بوتين في موسكو 😀 '.repeat(40)]) {
    assert.equal(tag(s, {}).text, s, JSON.stringify(s));
  }
  for (let units = 1; units <= 150; units += 1) {
    const s = randomString(units).replace(/[\u0000-\u001f]/g, ' ');
    assert.equal(tag(s, {}).text, s, JSON.stringify(s));
  }
  // Entity texts (the short strings the fast path is for) are the text's own slices.
  const r = analyze(SAMPLE, { now: '2025-11-18' });
  for (const a of r.articles) for (const e of a.entities) assert.equal(e.text, r.text.slice(e.start, e.end));
});

// init() (here from bytes, as a bundler's or Node's caller may) checks the model's bytes but hands them to
// the core only on the first tag/analyze; a fresh instance of the module, so that no model is loaded yet.
const testAsync = async (name, fn) => {
  try { await fn(); passed++; console.log(`ok   ${name}`); } catch (e) { failed++; console.log(`FAIL ${name}\n     ${e.stack || e}`); }
};
await testAsync('init() rejects bytes that are not a model, may be retried, and tag/analyze then work', async () => {
  const fresh = await import(pathToFileURL(join(ROOT, 'pkg', 'naba.js')).href + '?init');
  const module = readFileSync(join(ROOT, 'pkg', 'naba_core_bg.wasm'));
  await assert.rejects(fresh.default({ module_or_path: module, model: new Uint8Array([1, 2, 3]) }), /not a naba\.model file/);
  await assert.rejects(fresh.default({ module_or_path: module, model: new TextEncoder().encode('NABA-NER0 and more') }), /not a naba\.model file/);
  const model = readFileSync(join(ROOT, 'pkg', 'naba.model'));
  const [a, b] = [fresh.default({ module_or_path: module, model }), fresh.default()];
  assert.equal(a, b, 'later calls share the first call\'s promise');
  await a;
  assert.equal(fresh.parse('عنوان\nفقرة أولى من الخبر.', {}).articles.length, 1);
  assert.ok(fresh.tag('قال الرئيس فلاديمير بوتين في موسكو', {}).entities.some((e) => e.label === 'PER'));
  assert.ok(fresh.analyze(SAMPLE, { now: '2025-11-18' }).articles[0].entities.length > 0);
});

console.log(`node: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
