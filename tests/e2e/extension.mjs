// The extension, loaded unpacked into Debian's Chromium (new headless mode), on a local news page served
// with a strict CSP header and a page script that must keep running.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, launch, assert, extensionForTests } from './lib.mjs';

const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

export async function extensionTests(t) {
  await t.test('the shipped manifest asks for least privilege: activeTab and scripting, no host access', async () => {
    const m = JSON.parse(readFileSync(join(ROOT, 'www', 'extension', 'manifest.json'), 'utf8'));
    assert(JSON.stringify([...m.permissions].sort()) === JSON.stringify(['activeTab', 'scripting']), `permissions: ${m.permissions}`);
    assert(!m.host_permissions && !m.optional_host_permissions, `host permissions: ${m.host_permissions}`);
    assert(!m.content_scripts, 'no content script runs on pages by itself');
    for (const w of m.web_accessible_resources) assert(w.use_dynamic_url === true, 'web-accessible resources need the dynamic URL');
  });

  const dir = extensionForTests();
  const server = await serve(join(ROOT, 'tests', 'e2e', 'pages'), 8767, () => ({ 'content-security-policy': CSP }));
  const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  try {
    let [sw] = ctx.serviceWorkers();
    if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    const page = await ctx.newPage();
    await page.setViewportSize({ width: 1100, height: 900 });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${server.url}strict.html`);
    await page.waitForFunction(() => window.__ticks > 2, null, { timeout: 5000 });

    await t.test('extension highlights mentions on a strict-CSP page (wasm in the service worker)', async () => {
      await sw.evaluate(async () => {
        const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1:8767/*' });
        await self.nabaRun(tab.id);
      });
      await page.waitForFunction(() => document.documentElement.dataset.naba, null, { timeout: 20000 });
      const found = +(await page.evaluate(() => document.documentElement.dataset.naba));
      assert(found >= 6, `entities: ${found}`);
      const painted = await page.evaluate(() => (CSS.highlights.get('naba-PER') ? CSS.highlights.get('naba-PER').size : -1));
      assert(painted >= 3, `PER highlights seen by the page: ${painted}`);
      const names = await page.evaluate(() => [...document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.entity .name')].map((x) => x.textContent));
      assert(names.includes('أيمن الصفدي') && names.some((n) => n.includes('غزة')), names.join(', '));
      await page.screenshot({ path: join(ARTIFACTS, 'extension.png') });
    });

    await t.test('the page script keeps running and page text stays text', async () => {
      const before = await page.evaluate(() => window.__ticks);
      await page.waitForTimeout(300);
      const after = await page.evaluate(() => window.__ticks);
      assert(after > before, `ticks ${before} → ${after}`);
      const pwned = await page.evaluate(() => window.__pwned === 1 || document.querySelectorAll('article img').length > 0);
      assert(!pwned, 'text was executed as HTML');
      assert(errors.length === 0, errors.join('; '));
    });
  } finally {
    await ctx.close();
    server.close();
  }
}
