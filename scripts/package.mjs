// `make pkg`, after wasm-pack: makes pkg/ the package users import. wasm-pack writes the wasm-bindgen
// module as naba_core.js / naba_core_bg.wasm; this makes the entry point naba.js out of that glue and
// js/naba.js, adds js/naba.d.ts and the tagger's model (src/data/ner.model as naba.model), and points
// package.json at them.
//
// naba.js is ONE module: the glue, js/utf8.js (the short-string decoder the glue's getStringFromWasm0
// calls, its comment lines cut) and js/naba.js, whose import of './naba_core.js' is cut. Two
// modules cost the page a round trip before `init()` can even start the fetch of the .wasm and the model
// (a module's imports are fetched only once it has arrived); cold init on a blank page went from
// 37.6 ms to 20–27 ms in this round's runs (README, "Benchmarks"). The glue's own `initSync`, default
// export, `parse`, `analyze` and `tag` are renamed, not exported: naba.js exports its own (they hand
// init()'s model to the core first and call the core's `*Sliced` exports, so the renamed three go
// unused). Every rewrite must match exactly once, or the
// build fails, so a wasm-bindgen upgrade that changes the glue's shape is caught here.
import { copyFileSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, process.argv[2] ?? 'pkg');

function replaceOnce(text, from, to, what) {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`package.mjs: expected ${what} once in the wasm-bindgen glue / js/naba.js, found ${n} times`);
  return text.replace(from, () => to);
}
let glue = readFileSync(join(PKG, 'naba_core.js'), 'utf8');
glue = replaceOnce(glue, '\nfunction initSync(module) {', '\nfunction initCoreSync(module) {', 'the glue\'s initSync');
glue = replaceOnce(glue, '\nexport { initSync, __wbg_init as default };', '\nconst initCore = __wbg_init;', 'the glue\'s export line');
// The result's short strings (entity texts) are decoded by js/utf8.js instead of a TextDecoder call each,
// which costs more than the decoding for them; longer ones still go to TextDecoder (js/utf8.js says why).
glue = replaceOnce(glue, `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`, `function getStringFromWasm0(ptr, len) {
    ptr = ptr >>> 0;
    if (len <= UTF8_JS_MAX) return decodeUtf8(getUint8ArrayMemory0(), ptr, ptr + len);
    return decodeText(getUint8ArrayMemory0().subarray(ptr, ptr + len));
}`, 'the glue\'s getStringFromWasm0');
// `parse`, `analyze` and `tag` are js/naba.js's: they call the core's `*Sliced` exports and put the
// texts back (js/naba.js says why); analyze and tag hand the model init() fetched to the core on first
// use. The glue's own three only move out of the way (the wasm exports stay for direct callers and the
// browser tests).
glue = replaceOnce(glue, '\nexport function analyze(input, options) {', '\nfunction analyzeCore(input, options) {', 'the glue\'s analyze');
glue = replaceOnce(glue, '\nexport function tag(text, options) {', '\nfunction tagCore(text, options) {', 'the glue\'s tag');
glue = replaceOnce(glue, '\nexport function parse(input, options) {', '\nfunction parseCore(input, options) {', 'the glue\'s parse');
const utf8 = readFileSync(join(ROOT, 'js/utf8.js'), 'utf8').replace(/^\/\/.*\n/gm, '').replace(/^export /gm, '');
let entry = readFileSync(join(ROOT, 'js/naba.js'), 'utf8');
entry = replaceOnce(entry, "import initCore, { initSync as initCoreSync, loadModel, parseSliced, tagSliced, analyzeSliced } from './naba_core.js';\n", '', 'the entry\'s import of the glue');
entry = replaceOnce(entry, "export * from './naba_core.js';\n", '', 'the entry\'s re-export of the glue');
// js/naba.js's line comments (notes for this repository's readers) stay here, not in what every page fetches.
entry = entry.replace(/^\/\/.*\n/gm, '');
writeFileSync(join(PKG, 'naba.js'), `${glue}\n// ---- js/utf8.js ----\n${utf8}\n// ---- js/naba.js ----\n${entry}`);
// The glue is inside naba.js now; its types stay (naba.d.ts re-exports them from naba_core.d.ts).
rmSync(join(PKG, 'naba_core.js'));
copyFileSync(join(ROOT, 'js/naba.d.ts'), join(PKG, 'naba.d.ts'));
copyFileSync(join(ROOT, 'src/data/ner.model'), join(PKG, 'naba.model'));
const file = join(PKG, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
pkg.files = [...new Set([...(pkg.files ?? []).filter((f) => f !== 'naba_core.js'), 'naba.js', 'naba.d.ts', 'naba.model'])];
pkg.main = 'naba.js';
pkg.module = 'naba.js';
pkg.types = 'naba.d.ts';
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
