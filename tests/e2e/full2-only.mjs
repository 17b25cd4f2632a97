// Runs only the second full-pages suite (tests/e2e/full2.mjs): `node tests/e2e/full2-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full2Tests } from './full2.mjs';

const t = runner();
await full2Tests(t);
t.done();
