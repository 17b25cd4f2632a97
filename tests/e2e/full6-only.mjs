// Runs only the sixth full-pages suite (tests/e2e/full6.mjs): `node tests/e2e/full6-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full6Tests } from './full6.mjs';

const t = runner();
await full6Tests(t);
t.done();
