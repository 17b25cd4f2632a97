// Runs only the full-pages suite (tests/e2e/full.mjs): `node tests/e2e/full-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { fullTests } from './full.mjs';

const t = runner();
await fullTests(t);
t.done();
