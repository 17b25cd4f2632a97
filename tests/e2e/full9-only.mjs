// Runs only the ninth full-pages suite (tests/e2e/full9.mjs): `node tests/e2e/full9-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full9Tests } from './full9.mjs';

const t = runner();
await full9Tests(t);
t.done();
