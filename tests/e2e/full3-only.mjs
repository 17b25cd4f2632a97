// Runs only the third full-pages suite (tests/e2e/full3.mjs): `node tests/e2e/full3-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full3Tests } from './full3.mjs';

const t = runner();
await full3Tests(t);
t.done();
