// Runs only the eighth full-pages suite (tests/e2e/full8.mjs): `node tests/e2e/full8-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full8Tests } from './full8.mjs';

const t = runner();
await full8Tests(t);
t.done();
