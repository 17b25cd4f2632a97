// Runs only the fifth full-pages suite (tests/e2e/full5.mjs): `node tests/e2e/full5-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full5Tests } from './full5.mjs';

const t = runner();
await full5Tests(t);
t.done();
