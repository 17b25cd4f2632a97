// Runs only the tenth full-pages suite (tests/e2e/full10.mjs): `node tests/e2e/full10-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full10Tests } from './full10.mjs';

const t = runner();
await full10Tests(t);
t.done();
