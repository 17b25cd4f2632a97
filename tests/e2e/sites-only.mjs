// Runs only tests/e2e/sites.mjs: `node tests/e2e/sites-only.mjs` after `make pkg`.
import { runner } from './lib.mjs';
import { siteTests } from './sites.mjs';

const t = runner();
await siteTests(t);
t.done();
