// Runs only the fourth full-pages suite (tests/e2e/full4.mjs): `node tests/e2e/full4-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { full4Tests } from './full4.mjs';

const t = runner();
await full4Tests(t);
t.done();
