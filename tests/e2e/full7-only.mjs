// Runs only the seventh full-pages suite (tests/e2e/full7.mjs): `node tests/e2e/full7-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full7Tests } from './full7.mjs';

const t = runner();
await full7Tests(t);
t.done();
