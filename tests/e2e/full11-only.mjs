// Runs only the eleventh full-pages suite (tests/e2e/full11.mjs): `node tests/e2e/full11-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full11Tests } from './full11.mjs';

const t = runner();
await full11Tests(t);
t.done();
