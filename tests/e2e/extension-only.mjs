// Runs only the extension suite (tests/e2e/extension.mjs): `node tests/e2e/extension-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { extensionTests } from './extension.mjs';

const t = runner();
await extensionTests(t);
t.done();
