// Shared helpers for the end-to-end tests: a static server for www/ on 127.0.0.1 and Debian's Chromium
// driven by playwright-core (never a downloaded browser).
import { createRequire } from 'node:module';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { mkdtempSync, mkdirSync, cpSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname, extname, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(ROOT, 'tools', 'package.json'));
export const { chromium } = require('playwright-core');
export const ARTIFACTS = join(ROOT, 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.svg': 'image/svg+xml',
};

/**
 * Serves `dir` on 127.0.0.1:`port` (a small static server, so tests can add headers such as a strict
 * CSP to chosen paths: `headers(path) → {}`).
 */
export async function serve(dir, port, headers = () => ({})) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(normalize(dir))) { res.writeHead(403); res.end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] || 'application/octet-stream', ...headers(path) });
      res.end(body);
    } catch { res.writeHead(404); res.end('not found'); }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

// Temporary folders (browser profiles, the extension's copies, bundles): removed when the process exits,
// so that runs leave nothing behind in the system's temporary folder.
const TEMP = [];
process.on('exit', () => {
  for (const dir of TEMP) {
    try { rmSync(dir, { recursive: true, force: true }); } catch { /* a folder still in use stays */ }
  }
});

/** A new temporary folder named `prefix…`, removed at exit. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  TEMP.push(dir);
  return dir;
}

export async function launch(extraArgs = [], options = {}) {
  return chromium.launchPersistentContext(tempDir('naba-e2e-'), {
    executablePath: '/usr/bin/chromium', headless: true, acceptDownloads: true, args: [...CHROMIUM_ARGS, ...extraArgs], ...options,
  });
}

/** A tiny test runner that prints `e2e: N passed, M failed` at the end. */
export function runner() {
  let passed = 0, failed = 0;
  return {
    async test(name, fn) {
      try { await fn(); passed++; console.log(`ok   ${name}`); }
      catch (e) { failed++; console.log(`FAIL ${name}\n     ${e && e.stack || e}`); }
    },
    done() { console.log(`e2e: ${passed} passed, ${failed} failed`); process.exit(failed ? 1 : 0); },
  };
}

export function assert(cond, msg) { if (!cond) throw new Error(msg); }

// The extension's service worker in a context launched with it: the one running, or the next to start.
export async function serviceWorker(ctx) {
  return ctx.serviceWorkers()[0] ?? await ctx.waitForEvent('serviceworker', { timeout: 15000 });
}

/**
 * The extension as tests load it: a copy of www/extension whose manifest also grants this machine's
 * loopback host. The shipped manifest asks only for `activeTab` and `scripting`: a reader's click on the
 * toolbar button grants the tab, but a test cannot click the browser's own toolbar, so the copy stands
 * in for that grant (on 127.0.0.1 only). Everything else is the shipped extension, byte for byte.
 */
export function extensionForTests() {
  const dir = tempDir('naba-ext-');
  cpSync(join(ROOT, 'www', 'extension'), dir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

/**
 * Runs the extension on the tab at `url` (a match pattern: an address, or one ending in `*`) as a click
 * on its toolbar button would, through the service worker's test hook `self.nabaRun(tabId)`, and waits
 * until `page` (that tab) says it is done (`data-naba` on html); then `settle` ms more.
 */
export async function nabaRun(sw, page, url, { timeout = 20000, polling = 'raf', settle = 0 } = {}) {
  await page.evaluate(() => { delete document.documentElement.dataset.naba; });
  await Promise.all([
    sw.evaluate(async (u) => { const [tab] = await chrome.tabs.query({ url: u }); await self.nabaRun(tab.id); }, url),
    page.waitForFunction(() => document.documentElement.dataset.naba !== undefined, null, { timeout, polling }),
  ]);
  if (settle) await page.waitForTimeout(settle);
}

/**
 * What the reader sees, as a PNG (a Buffer), written to `path` when one is given. The plain capture:
 * Playwright's page.screenshot places an RTL page that scrolls sideways by its overflow (its clip
 * assumes the scroll origin at the left). With `clip` {x, y, width, height}: that part of the window,
 * twice as large, to read small print.
 */
export async function screenshot(cdp, path, clip) {
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', ...(clip ? { clip: { ...clip, scale: 2 } } : {}) });
  const png = Buffer.from(data, 'base64');
  if (path) writeFileSync(path, png);
  return png;
}

/**
 * What the extension left on `page` after a run: every painted range, inside the article (an element
 * marked `data-body`, in whichever tree) or not (`outside`), their texts (`painted`), `TYPE:text`
 * (`names`), the dates' texts; the reference date and its line, the timeline's date heads, the cards
 * (their count, the first's text), the panel's text; elements the panel holds that page text could have
 * made (`tags`), images in the article (`bodyImgs`), and `window.__pwned` (set by a page's injected
 * markup). One reader for the full-page suites (full, full2, full3).
 */
export function panelState(page) {
  return page.evaluate(() => {
    const out = { inside: 0, outside: [], painted: [], names: [], dates: [] };
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('naba-')) continue;
      for (const range of h) {
        const c = range.commonAncestorContainer, e = c.nodeType === 1 ? c : c.parentElement;
        if (e.closest('[data-body]')) out.inside++; else out.outside.push(`${name}:${range}`);
        out.painted.push(String(range));
        out.names.push(`${name.slice(5)}:${range}`);
        if (name === 'naba-DATE') out.dates.push(String(range));
      }
    }
    const root = document.getElementById('naba-panel-host').shadowRoot;
    out.ref = document.documentElement.dataset.nabaRef;
    out.refLine = root.querySelector('.ref')?.textContent || '(no reference line)';
    out.heads = [...root.querySelectorAll('.tl-date bdi')].map((b) => b.textContent);
    out.cards = root.querySelectorAll('.card').length;
    out.card = root.querySelector('.card')?.textContent || '';
    out.text = root.textContent;
    out.tags = root.querySelectorAll('img, script, iframe, object, embed, style').length;
    out.bodyImgs = document.querySelectorAll('[data-body] img').length;
    out.pwned = window.__pwned;
    return out;
  });
}

/**
 * The full-page suites' one check (full5 … full8), the default of fullPageSuite's `o.check`: one article,
 * its title, nothing painted outside it, the reference date, «أمس …» on the day before it, its other
 * relative dates, another date of the timeline, nothing resolved late, its names painted, none of the
 * page's chrome painted or listed (`o.chrome[file]`, `o.forms`, as words), the page's own wrongs
 * (`o.extra[file](r)` → a message or ''), no markup made of page text: 12 checks, every miss said. An
 * entry is [file, title, ref, yesterday, [other relative days], [names], another date]. `o.late`: 'today'
 * (no head in today's month, December 2026 on this machine's clock) or 'after' (no head after both the
 * story's month and the other date's); `o.dump` names the environment variable that prints what the panel
 * holds; `o.tally` ({ made, missed }) counts the checks at 1280 px.
 */
export function fullPageCheck(o) {
  return (r, [file, title, ref, yesterday, rel, names, other], width) => {
    if (o.dump && process.env[o.dump] && width > 700) console.log(file, JSON.stringify({ names: r.names, heads: r.heads, dates: r.dates, ref: r.refLine, card: r.card.slice(0, 200) }));
    const bad = [];
    let made = 0;
    const want = (ok, msg) => { made++; if (!ok) bad.push(msg); };
    want(r.cards === 1, `${r.cards} articles`);
    want(r.card.replace(/\s+/g, ' ').includes(title), `the card's title: «${r.card.slice(0, 120)}»`);
    want(r.inside >= 5 && r.outside.length === 0, `painted outside the article: ${r.outside.join(' | ')} (${r.inside} inside)`);
    want(r.ref === ref && r.refLine.includes(ref), `reference ${r.ref} (${r.refLine}), the article's date is ${ref}`);
    want(r.heads.some((h) => h.startsWith(yesterday)), `«أمس …» is not ${yesterday}: ${r.heads.join(' | ')}`);
    const lost = rel.filter((d) => !r.heads.some((h) => h.startsWith(d)));
    want(!lost.length, `relative dates not on ${lost.join(', ')}: ${r.heads.join(' | ')}`);
    want(r.heads.some((h) => h.startsWith(other)), `no ${other} in the timeline: ${r.heads.join(' | ')}`);
    if (o.late === 'after') {
      // Nothing resolved against today nor the page's later dates.
      const late = r.heads.filter((h) => h.slice(0, 7) > other.slice(0, 7) && h.slice(0, 7) > ref.slice(0, 7));
      want(!late.length, `dates after the story's: ${late.join(' | ')}`);
    } else {
      // Nothing resolved against today (December 2026 on this machine's clock).
      const late = r.heads.filter((h) => /^2026-1[12]/.test(h));
      want(!late.length, `dates of today's month: ${late.join(' | ')}`);
    }
    const missing = names.filter((n) => !r.painted.includes(n));
    want(!missing.length, `not painted: ${missing.join(', ')} (painted: ${r.names.join(', ')})`);
    // As words: «الخور» of a menu is not «الخوري» of the story.
    const word = (w) => new RegExp(`(^|[^\\p{L}])${w}($|[^\\p{L}])`, 'u');
    const chrome = [...(o.chrome[file] || []), ...o.forms].filter((w) => r.painted.some((p) => word(w).test(p)) || word(w).test(r.text));
    want(!chrome.length, `the page's chrome painted or listed: ${chrome.join(', ')}`);
    const extra = o.extra?.[file]?.(r);
    want(!extra, `${file}: ${extra}`);
    want(r.tags + r.bodyImgs === 0 && r.pwned === undefined, `page text made markup: ${r.tags + r.bodyImgs} elements, pwned ${r.pwned}`);
    if (o.tally && width > 700) { o.tally.made += made; o.tally.missed += bad.length; }
    assert(!bad.length, `${bad.length} of ${made} checks wrong: ${bad.join('; ')}`);
  };
}

/**
 * The settings the later suites of full pages (full5 … full9) share: the page's story under
 * `[data-body]`, ready once its script has ticked and its cookie bar is up, and the test's title for the
 * check they all use (lib.mjs's fullPageCheck, 12 checks per page and width). Spread into
 * fullPageSuite's options.
 */
export const FULL_PAGE = {
  heading: '[data-body]',
  ready: () => window.__ticks > 2 && document.querySelector('.cookie'),
  title: 'one article, its title and date, its relative dates on its own day, its names, none of the chrome\'s; the page left as it was',
};

/**
 * One suite of full saved pages (full, full2, full3, full4) through the extension: its setup (the
 * extension's test copy, tests/e2e/pages/ served on `o.port`, a browser with the extension, a page whose
 * errors are kept) and its per-page loop, each page at 1280 and 390 px: opened and ready (`o.ready`, a
 * page function), the layout and the page script's ticks taken, naba run (the phone's sheet opened), a
 * screenshot `artifacts/<o.shots>/<o.name>-<page>-<width>.png`, the suite's own assertions on what the
 * panel shows (`o.check(r, entry, width)`, r from panelState; by default fullPageCheck(o)), the page script still ticking; at 1280 px
 * the core's known misses printed (`o.known`, not failed) and the ones fixed asserted gone (`o.fixed`);
 * then Escape, the layout as it was, (with `o.cleared`) no highlight left, no page error. The test is
 * named `<o.name> <file> at <width>px: <o.title>`; a page loads from `<o.folder>/<file>`, and naba is run
 * on that address (+ `o.match`, e.g. `*` for a page that changes its address). Then `more(h)` runs the
 * suite's other tests with h = { page, sw, ctx, cdp, errors, server, shots, shot, open, run, panel,
 * layoutOf }, before the browser closes.
 */
export async function fullPageSuite(t, o, more) {
  const dir = extensionForTests();
  const server = await serve(join(ROOT, 'tests', 'e2e', 'pages'), o.port);
  const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  const shots = o.shots ? join(ARTIFACTS, o.shots) : ARTIFACTS;
  mkdirSync(shots, { recursive: true });
  try {
    const sw = await serviceWorker(ctx);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const cdp = await ctx.newCDPSession(page);
    const shot = (name) => screenshot(cdp, join(shots, `${o.name}-${name}.png`));
    const url = (file) => `${server.url}${o.folder}/${file}`;
    const open = async (file, width, height) => {
      await page.setViewportSize({ width, height });
      await page.goto(url(file));
      await page.waitForFunction(o.ready, null, { timeout: 5000 });
    };
    const run = (file) => nabaRun(sw, page, url(file) + (o.match || ''), { settle: 200 });
    const panel = (fn, arg) => page.evaluate(fn, arg);
    const layoutOf = () => page.evaluate((sel) => {
      const h = document.querySelector(sel).getBoundingClientRect();
      return JSON.stringify({ h: [h.left, h.width, h.height], style: document.documentElement.getAttribute('style'), sw: document.documentElement.scrollWidth });
    }, o.heading || 'h1');

    for (const entry of o.pages) {
      const [file] = entry;
      for (const [width, height] of [[1280, 900], [390, 844]]) {
        await t.test(`${o.name} ${file} at ${width}px: ${o.title}`, async () => {
          await open(file, width, height);
          const before = await layoutOf();
          const ticks = await page.evaluate(() => window.__ticks);
          await run(file);
          if (width < 700) await panel(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button').click());
          await page.waitForTimeout(150);
          await shot(`${file.replace('.html', '').replace(/\//g, '-')}-${width}`);
          const r = await panelState(page);
          await (o.check || fullPageCheck(o))(r, entry, width);
          assert(await page.evaluate(() => window.__ticks) > ticks, 'the page script stopped');
          if (width > 700) {
            for (const [f, why, holds] of o.known || []) {
              if (f === file) console.log(`     ${holds(r) ? 'known core miss' : 'NO LONGER SEEN'} (${f}): ${why}`);
            }
            for (const [f, why, holds] of o.fixed || []) {
              if (f === file) assert(!holds(r), `back again: ${why}`);
            }
          }
          await page.keyboard.press('Escape');
          const after = await layoutOf();
          assert(after === before, `layout after closing: ${after}, before: ${before}`);
          if (o.cleared) {
            const left = await page.evaluate(() => [...CSS.highlights.keys()].filter((k) => k.startsWith('naba-')).length);
            assert(left === 0, `${left} highlights left after closing`);
          }
          assert(errors.length === 0, errors.join('; '));
        });
      }
    }
    if (more) await more({ page, sw, ctx, cdp, errors, server, shots, shot, open, run, panel, layoutOf });
  } finally {
    await ctx.close();
    server.close();
  }
}
