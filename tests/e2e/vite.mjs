// The package through a bundler: tests/vite is built with Vite (npm, tools/) into a temporary folder,
// served on 127.0.0.1 and opened in Debian's Chromium; the bundled wasm must load and tag.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT, serve, launch, assert, tempDir } from './lib.mjs';

export async function viteTests(t) {
  await t.test('the package bundled by Vite loads its wasm and tags in the browser', async () => {
    const out = tempDir('naba-vite-');
    execFileSync(join(ROOT, 'tools/node_modules/.bin/vite'), ['build', '--config', join(ROOT, 'tests/vite/vite.config.mjs')], {
      env: { ...process.env, NABA_VITE_OUT: out }, stdio: 'pipe',
    });
    const server = await serve(out, 8774);
    const ctx = await launch();
    try {
      const page = await ctx.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(server.url);
      await page.waitForFunction(() => window.__naba, null, { timeout: 20000 });
      const r = await page.evaluate(() => ({ v: window.__naba.version, out: document.getElementById('out').textContent }));
      assert(r.v === 1 && r.out.includes('PER:أيمن الصفدي') && r.out.includes('LOC:عمان'), JSON.stringify(r));
      assert(errors.length === 0, errors.join('; '));
    } finally {
      await ctx.close();
      server.close();
    }
  });
}
