// Runs only the reader's-page suite (tests/e2e/reader.mjs): `node tests/e2e/reader-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { readerTests } from './reader.mjs';

const t = runner();
await readerTests(t);
t.done();
