// `make pkg`, after wasm-pack: makes pkg/ the package users import. wasm-pack writes the wasm-bindgen
// module as naba_core.js / naba_core_bg.wasm; this adds the entry point (js/naba.js, js/naba.d.ts) and the
// tagger's model (src/data/ner.model as naba.model), and points package.json at them.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const PKG = join(ROOT, process.argv[2] ?? 'pkg');
copyFileSync(join(ROOT, 'js/naba.js'), join(PKG, 'naba.js'));
copyFileSync(join(ROOT, 'js/naba.d.ts'), join(PKG, 'naba.d.ts'));
copyFileSync(join(ROOT, 'src/data/ner.model'), join(PKG, 'naba.model'));
const file = join(PKG, 'package.json');
const pkg = JSON.parse(readFileSync(file, 'utf8'));
pkg.files = [...new Set([...(pkg.files ?? []), 'naba.js', 'naba.d.ts', 'naba.model'])];
pkg.main = 'naba.js';
pkg.module = 'naba.js';
pkg.types = 'naba.d.ts';
writeFileSync(file, JSON.stringify(pkg, null, 2) + '\n');
