// The reader's page: the unpacked extension on the team's realistic full news pages
// (tests/e2e/pages/reader/, described in expect.json), as a reader meets it — menus, login forms,
// hidden menus, weather widgets, related lists, comments and footers around the article.
//
// For each page: the extension runs through its test hook (`self.nabaRun(tabId)`, as a click would);
// every painted mention must lie inside the article and none on page chrome; the panel's card gives
// the article's title and publication date; relative dates are resolved against the page's date
// (`data-naba-ref`); Persian and English pages are not painted and the panel says why; the panel leaves
// the article column uncovered at 1280 px and 390 px; Escape clears everything and a second run
// re-reads a changed page. The same pages also go through `parse` twice in the browser — once as
// the live DOM (the walker's events), once as their serialised HTML — and must give the same articles.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { ROOT, ARTIFACTS, serve, launch, assert, extensionForTests, serviceWorker, nabaRun } from './lib.mjs';

const PAGES = join(ROOT, 'tests', 'e2e', 'pages', 'reader');
const EXPECT = JSON.parse(readFileSync(join(PAGES, 'expect.json'), 'utf8'));
const PORT = 8768;
// In the page: today on the reader's calendar (their time zone's day).
const LOCAL_DAY = () => { const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };

// A day number for an ISO value at any grain (a week: its Monday).
const dayOf = (v) => {
  const w = /^(\d{4})-W(\d{2})$/.exec(v);
  if (w) { const jan4 = Date.UTC(+w[1], 0, 4); return jan4 / 864e5 - ((new Date(jan4).getUTCDay() + 6) % 7) + 7 * (+w[2] - 1); }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(v);
  return m ? Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) / 864e5 : NaN;
};
/**
 * What an exported analysis gets wrong against the documented shape (docs/api.md): every listed field
 * with its type, every offset slicing to its text, labels and date values of the listed forms, one
 * canonical per entity id, a timeline in date order naming known entities. [] when all is well.
 */
export function apiShapeErrors(j) {
  const bad = [];
  const isSpan = (x) => x && typeof x.start === 'number' && typeof x.end === 'number' && x.start <= x.end;
  const slices = (x, what) => { if (!isSpan(x)) bad.push(`${what}: no span`); else if (typeof x.text === 'string' && j.text.slice(x.start, x.end) !== x.text) bad.push(`${what}: «${x.text}» ≠ «${j.text.slice(x.start, x.end)}»`); };
  if (j.version !== 1) bad.push(`version ${j.version}`);
  if (typeof j.text !== 'string') bad.push('text');
  if (!Array.isArray(j.articles)) return [...bad, 'articles'];
  j.articles.forEach((a, i) => {
    const at = `articles[${i}]`;
    if (!isSpan(a)) bad.push(`${at}: no span`);
    for (const k of ['title', 'published', 'updated', 'summary', 'source', 'byline']) {
      if (!(k in a)) { bad.push(`${at}.${k} missing`); continue; }
      if (a[k] === null) continue;
      if (typeof a[k].text !== 'string') bad.push(`${at}.${k}.text`);
      if (['published', 'updated'].includes(k)) {
        if (!(a[k].value === null || /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?|-W\d{2})?$/.test(a[k].value))) bad.push(`${at}.${k}.value ${a[k].value}`);
        if (a[k].text && !a[k].inferred) slices(a[k], `${at}.${k}`);
      } else if (a[k].text) slices(a[k], `${at}.${k}`);
    }
    for (const k of ['keywords', 'paragraphs', 'entities', 'dates', 'timeline']) if (!Array.isArray(a[k])) bad.push(`${at}.${k} not a list`);
    for (const p of a.paragraphs || []) slices(p, `${at}.paragraph`);
    const ids = new Map();
    for (const e of a.entities || []) {
      slices(e, `${at}.entity`);
      if (!['PER', 'LOC', 'ORG', 'MISC'].includes(e.label)) bad.push(`${at}.entity label ${e.label}`);
      if (typeof e.canonical !== 'string' || !e.canonical || typeof e.id !== 'string') bad.push(`${at}.entity ${JSON.stringify(e)}`);
      if (ids.has(e.id) && ids.get(e.id) !== e.canonical) bad.push(`${at}: id ${e.id} has two canonicals`);
      ids.set(e.id, e.canonical);
    }
    for (const d of a.dates || []) {
      slices(d, `${at}.date`);
      if (typeof d.grain !== 'string' || typeof d.relative !== 'boolean' || !('value' in d)) bad.push(`${at}.date ${JSON.stringify(d)}`);
    }
    let last = -Infinity;
    for (const t of a.timeline || []) {
      slices(t, `${at}.timeline`);
      if (!t.value) bad.push(`${at}.timeline undated ${JSON.stringify(t).slice(0, 80)}`);
      const day = dayOf(t.value);
      if (day < last) bad.push(`${at}.timeline not sorted: ${t.value} after a later day`);
      last = Math.max(last, day);
      for (const id of t.entities || []) if (!ids.has(id)) bad.push(`${at}.timeline entity ${id} unknown`);
    }
  });
  return bad;
}

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a, b) {
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** In the page: what the extension painted, where, and what the panel says. */
export function inspect(spec) {
  const norm = (s) => s.replace(/\s+/g, ' ').trim();
  const ranges = [];
  for (const t of ['PER', 'LOC', 'ORG', 'MISC', 'DATE']) {
    const h = CSS.highlights.get(`naba-${t}`);
    if (h) for (const r of h) ranges.push({ type: t, r });
  }
  // The article, as the page lays it out: the smallest element holding the headline and every
  // passage the expectations say is article text.
  const findText = (needle) => {
    const tw = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT, {
      acceptNode: (n) => (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(n.nodeName) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    });
    let best = null;
    for (let n = tw.currentNode; n; n = tw.nextNode()) {
      if (n.id === 'naba-panel-host') continue;
      if (norm(n.textContent).includes(needle)) best = n; // the last match in document order is the deepest
    }
    return best;
  };
  const lca = (strings) => {
    const anchors = strings.filter(Boolean).map((s) => findText(norm(s))).filter(Boolean);
    let a = anchors[0] || null;
    for (const b of anchors.slice(1)) while (a && !a.contains(b)) a = a.parentElement;
    return a;
  };
  const article = lca([spec.title, ...(spec.inArticle || [])]);
  // An aggregator's second article is article text too.
  const articles = [article, spec.secondTitle ? lca([spec.secondTitle, ...(spec.inSecondArticle || [])]) : null].filter(Boolean);
  const outside = ranges.filter(({ r }) => !articles.some((a) => a.contains(r.commonAncestorContainer))).map(({ type, r }) => `${type}:${r.toString()}`);
  // Page chrome that must stay unpainted.
  const chrome = [];
  for (const s of spec.notInArticle || []) {
    const n = findText(norm(s));
    // A string found only in an element that also holds the article (it spans elements) proves nothing.
    if (!n || articles.some((a) => n.contains(a))) continue;
    for (const { type, r } of ranges) if (n.contains(r.commonAncestorContainer)) chrome.push(`${type}:${r.toString()} in «${s}»`);
  }
  const host = document.getElementById('naba-panel-host');
  const shadow = host && host.shadowRoot;
  const q = (sel) => (shadow ? [...shadow.querySelectorAll(sel)] : []);
  const panel = shadow && shadow.querySelector('.panel');
  const pr = panel && panel.getBoundingClientRect();
  const ar = article && article.getBoundingClientRect();
  // Article blocks on screen that the panel covers.
  const covered = [];
  if (article && pr) {
    for (const p of article.querySelectorAll('p, h1, h2, li')) {
      const b = p.getBoundingClientRect();
      if (b.width === 0 || b.bottom < 0 || b.top > innerHeight) continue;
      const x = Math.max(0, Math.min(b.right, pr.right) - Math.max(b.left, pr.left));
      const y = Math.max(0, Math.min(b.bottom, pr.bottom) - Math.max(b.top, pr.top));
      if (x * y > 0) covered.push(norm(p.textContent).slice(0, 40));
    }
  }
  const timeline = q('.tl-group').map((g) => ({ date: g.querySelector('bdi').textContent, events: [...g.querySelectorAll('.tl-text')].map((e) => e.textContent) }));
  return {
    painted: ranges.length, outside, chrome, covered, timeline,
    found: !!article,
    naba: document.documentElement.dataset.naba, ref: document.documentElement.dataset.nabaRef, lang: document.documentElement.dataset.nabaLang,
    cards: q('.card').map((c) => ({ title: c.querySelector('.title').textContent, meta: [...c.querySelectorAll('.meta')].map((m) => m.textContent) })),
    note: q('.note').map((n) => n.textContent).join(' '),
    panel: pr && { left: pr.left, right: pr.right, top: pr.top, height: pr.height, width: pr.width },
    articleBox: ar && { left: ar.left, right: ar.right },
    padBottom: parseFloat(getComputedStyle(document.documentElement).paddingBottom) || 0,
    entities: q('.entity .name').map((e) => e.textContent),
  };
}

export async function readerTests(t) {
  const dir = extensionForTests();
  const server = await serve(ROOT, PORT);
  const ctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`]);
  const timings = [];
  try {
    const sw = await serviceWorker(ctx);
    const page = await ctx.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const base = `${server.url}tests/e2e/pages/reader/`;
    const run = async () => {
      const t0 = Date.now();
      await nabaRun(sw, page, `${base}*`, { polling: 10 });
      return Date.now() - t0;
    };

    for (const spec of EXPECT) {
      await t.test(`reader: ${spec.file} (${spec.lang})`, async () => {
        await page.setViewportSize({ width: 1280, height: 900 });
        await page.goto(base + spec.file);
        const ms = await run();
        const size = readFileSync(join(PAGES, spec.file)).length;
        timings.push({ file: spec.file, kb: Math.round(size / 1024), ms });
        const got = await page.evaluate(inspect, spec);
        await page.screenshot({ path: join(ARTIFACTS, `reader-${spec.file.replace(/\.html$/, '')}.png`) });
        assert(got.lang === spec.lang, `language ${got.lang}, expected ${spec.lang}`);
        if (spec.lang !== 'ar') {
          assert(got.painted === 0 && got.naba === '0', `a ${spec.lang} page was painted: ${got.painted}`);
          assert(/ليست|لا بالعربية|العربية فقط/.test(got.note), `the panel does not say why: ${got.note}`);
          return;
        }
        assert(got.found, 'the article could not be located on the page (test data)');
        assert(got.painted > 0 && +got.naba > 0, `nothing painted (${got.naba})`);
        assert(got.outside.length === 0, `${got.outside.length} of ${got.painted} painted mentions outside the article: ${got.outside.slice(0, 8).join(' | ')}`);
        assert(got.chrome.length === 0, `painted page chrome: ${got.chrome.slice(0, 8).join(' | ')}`);
        if (spec.articles) assert(got.cards.length === spec.articles, `articles ${got.cards.length}, expected ${spec.articles}: ${got.cards.map((c) => c.title).join(' | ')}`);
        const norm = (s) => s.replace(/\s+/g, ' ').trim();
        assert(norm(got.cards[0].title) === norm(spec.title), `title «${got.cards[0].title}», expected «${spec.title}»`);
        if (spec.noDate) {
          // No publication date anywhere on the page: dates are resolved against today, and the panel says so.
          const today = await page.evaluate(LOCAL_DAY);
          const note = await page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.ref').textContent);
          assert(got.ref === today && note.includes('لا تاريخ نشر'), `reference ${got.ref}, note «${note}»`);
        }
        if (spec.published) {
          // (A date known only from the page's metadata has no text: the card shows its value alone.)
          assert(got.cards[0].meta.some((m) => m.includes(`(${spec.published})`) || m === spec.published), `published: ${got.cards[0].meta.join(' / ')}, expected ${spec.published}`);
          assert(got.ref === spec.published, `reference date ${got.ref}, expected the page's ${spec.published}`);
        }
        for (const { phrase, value } of spec.relative || []) {
          const hit = got.timeline.find((g) => g.date === value && g.events.some((e) => norm(e).includes(norm(phrase))));
          const where = got.timeline.filter((g) => g.events.some((e) => norm(e).includes(norm(phrase)))).map((g) => g.date);
          assert(hit, `«${phrase}» should be ${value}; the timeline has it at ${where.join(', ') || 'no date'}`);
        }
        // The panel is docked beside the article, never over it.
        assert(got.covered.length === 0, `the panel covers article text at 1280 px: ${got.covered.slice(0, 3).join(' | ')}`);
        assert(got.panel.width <= 1280 / 3 + 1, `panel ${got.panel.width} px wide`);
      });
    }

    // Click to panel once the extension is warm (its service worker has run once, as after a reader's
    // first click): the largest page again.
    {
      const spec = EXPECT.find((s) => s.file === 'ar-portal-egypt.html') || EXPECT[0];
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base + spec.file);
      const ms = await run();
      timings.push({ file: `${spec.file} (warm)`, kb: Math.round(readFileSync(join(PAGES, spec.file)).length / 1024), ms });
    }

    await t.test('reader: at 390 px the panel is a folded bottom bar that leaves the article readable', async () => {
      const spec = EXPECT.find((s) => s.file === 'ar-portal-egypt.html') || EXPECT[0];
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(base + spec.file);
      await run();
      const got = await page.evaluate(inspect, spec);
      await page.screenshot({ path: join(ARTIFACTS, 'reader-phone.png') });
      assert(got.panel.height <= 56 && got.panel.top >= 844 - 56, `panel ${JSON.stringify(got.panel)}`);
      assert(got.padBottom >= got.panel.height, `page padding ${got.padBottom} < panel ${got.panel.height}`);
      const bad = got.covered.length;
      // Only the line that scrolls under the bar may touch it; nothing above it.
      assert(bad <= 1, `covered at 390 px: ${got.covered.join(' | ')}`);
    });

    await t.test('reader: Escape clears highlights, panel and page styles; a second run re-reads a changed page', async () => {
      const spec = EXPECT.find((s) => s.file === 'ar-maghreb.html') || EXPECT[0];
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base + spec.file);
      const marginBefore = await page.evaluate(() => getComputedStyle(document.documentElement).marginLeft);
      await run();
      const first = await page.evaluate(inspect, spec);
      await page.keyboard.press('Escape');
      const after = await page.evaluate(() => ({
        host: !!document.getElementById('naba-panel-host'),
        highlights: ['PER', 'LOC', 'ORG', 'MISC', 'DATE'].some((t) => CSS.highlights.has(`naba-${t}`)),
        naba: document.documentElement.dataset.naba, margin: getComputedStyle(document.documentElement).marginLeft,
      }));
      assert(!after.host && !after.highlights && after.naba === undefined, `after Escape: ${JSON.stringify(after)}`);
      assert(after.margin === marginBefore, `page margin ${after.margin}, was ${marginBefore}`);
      // The page changes under the reader (a single-page site): a new paragraph naming someone new.
      await page.evaluate((title) => {
        const h = [...document.querySelectorAll('h1')].find((x) => x.textContent.replace(/\s+/g, ' ').includes(title.slice(0, 12)));
        const p = document.createElement('p');
        p.textContent = 'وفي تطور لاحق، قال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المنظمة تتابع الوضع عن كثب، ودعا جميع الأطراف إلى ضبط النفس.';
        const body = h.closest('article') || h.parentElement;
        const last = [...body.querySelectorAll('p')].filter((x) => x.textContent.length > 80).pop();
        (last || h).after(p);
      }, spec.title);
      await run();
      const second = await page.evaluate(inspect, spec);
      assert(second.entities.some((n) => n.includes('غوتيريش')), `the second run did not read the new paragraph: ${second.entities.join(', ')}`);
      assert(+second.naba > +first.naba, `mentions ${first.naba} → ${second.naba}`);
      const hosts = await page.evaluate(() => document.querySelectorAll('#naba-panel-host').length);
      assert(hosts === 1, `${hosts} panels after a second run`);
      // The × button closes too.
      await page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar button[aria-label^="إغلاق"]').click());
      assert(!(await page.evaluate(() => !!document.getElementById('naba-panel-host'))), 'the × button did not close the panel');
    });

    await t.test('reader: hover names a mention; an entity steps through its mentions; keyboard reaches the panel', async () => {
      const spec = EXPECT.find((s) => s.file === 'ar-portal-egypt.html') || EXPECT[0];
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(base + spec.file);
      await run();
      // The middle of the first painted person, on screen.
      const box = await page.evaluate(() => {
        const r = [...CSS.highlights.get('naba-PER')][0];
        r.startContainer.parentElement.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2, text: r.toString() };
      });
      await page.mouse.move(box.x, box.y);
      const tip = await page.evaluate(() => {
        const t = document.getElementById('naba-panel-host').shadowRoot.querySelector('.tip');
        return { hidden: t.hidden, text: t.textContent };
      });
      assert(!tip.hidden && tip.text.includes('شخص'), `hover over «${box.text}»: ${JSON.stringify(tip)}`);
      // The most mentioned entity: its mentions one after another.
      const steps = await page.evaluate(async () => {
        const sh = document.getElementById('naba-panel-host').shadowRoot;
        const li = [...sh.querySelectorAll('.entity')].find((x) => +x.querySelector('.count').textContent >= 2);
        li.click();
        const pos = sh.querySelector('.stepper span');
        const out = [pos.textContent];
        sh.querySelector('.stepper button[aria-label="الذكر التالي"]').click();
        out.push(pos.textContent);
        out.push(CSS.highlights.get('naba-focus') ? CSS.highlights.get('naba-focus').size : 0);
        return out;
      });
      assert(/: 1 من \d/.test(steps[0]) && /: 2 من \d/.test(steps[1]) && steps[2] === 1, `stepper: ${steps.join(' / ')}`);
      // Tab from the page lands in the panel's controls.
      const focusable = await page.evaluate(() => {
        const sh = document.getElementById('naba-panel-host').shadowRoot;
        return [...sh.querySelectorAll('button, [tabindex="0"]')].length;
      });
      assert(focusable >= 5, `focusable controls: ${focusable}`);
    });

    await t.test('reader: mention styles keep ≥ 4.5:1 contrast on any page (text colour set with the tint)', async () => {
      const css = readFileSync(join(ROOT, 'www', 'extension', 'page.css'), 'utf8');
      const rules = [...css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)];
      assert(rules.length >= 7, `highlight rules: ${rules.length}`);
      for (const [, name, body] of rules) {
        const bg = /background-color:\s*(#[0-9a-f]{6})/i.exec(body);
        const fg = /(?:^|;|\s)color:\s*(#[0-9a-f]{6})/i.exec(body);
        assert(bg && fg, `${name} must set both its text colour and its background`);
        const c = contrast(fg[1], bg[1]);
        assert(c >= 4.5, `${name}: contrast ${c.toFixed(2)}`);
      }
    });

    await t.test('reader: parse of the live DOM and of the serialised HTML (CSS-hidden elements marked) give the same articles', async () => {
      const diffs = [];
      for (const spec of EXPECT) {
        await page.goto(base + spec.file);
        const d = await page.evaluate(async () => {
          const m = await import('/www/pkg/naba.js');
          await m.default();
          const h = await import('/www/highlight.js');
          const { events } = h.walkDom(document);
          const live = m.parse(events, { format: 'dom' });
          // The serialised page, with what CSS hides (which only the live DOM knows) marked `hidden`.
          let cssHidden = 0;
          for (const e of document.body.querySelectorAll('*')) {
            if (!e.hidden && getComputedStyle(e).display === 'none' && !/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(e.nodeName)) { e.hidden = true; cssHidden++; }
          }
          const html = m.parse(document.documentElement.outerHTML, { format: 'html' });
          const shape = (r) => r.articles.map((a) => ({
            title: a.title && a.title.text, published: a.published && a.published.value, source: a.source && a.source.text,
            byline: a.byline && a.byline.text, paragraphs: a.paragraphs.map((p) => p.text),
          }));
          return { live: JSON.stringify(shape(live)), html: JSON.stringify(shape(html)), n: live.articles.length, cssHidden };
        });
        if (d.live !== d.html) diffs.push(`${spec.file}: live ${d.live.slice(0, 300)} … html ${d.html.slice(0, 300)}`);
        if (d.n === 0) diffs.push(`${spec.file}: no article`);
      }
      assert(diffs.length === 0, diffs.join('\n'));
    });

    await t.test('reader: the walker shows a date painted for the eye beside its screen-reader twin, and hides a lone aria-hidden clone', async () => {
      await page.goto(base + EXPECT[0].file);
      const r = await page.evaluate(async () => {
        const m = await import('/www/pkg/naba.js');
        await m.default();
        const h = await import('/www/highlight.js');
        const body = '<p>أعلنت وزارة الزراعة اليوم بدء موسم الحصاد في المحافظات الشمالية، وسط توقعات بإنتاج وفير بعد موسم أمطار جيد.</p>'
          + '<p>وقال المتحدث باسم الوزارة إن اللجان انتشرت في الحقول لمتابعة العمل، وإن مراكز التسويق أكملت استعداداتها.</p>'
          + '<p>وطالب مزارعون بصرف مستحقاتهم عن الموسم الماضي، مؤكدين أن التأخير يضطرهم إلى الاستدانة لشراء البذور.</p>';
        const read = (dates) => {
          const doc = new DOMParser().parseFromString(`<html lang="ar"><body><main><h1>بدء موسم الحصاد في المحافظات الشمالية</h1>${dates}${body}</main></body></html>`, 'text/html');
          const a = m.parse(h.walkDom(doc).events, { format: 'dom' }).articles[0];
          return { published: a && a.published && a.published.value, text: a ? a.paragraphs.map((p) => p.text).join(' ') : '' };
        };
        return {
          twin: read('<div class="date-simple"><span class="screen-reader-text">نُشر في </span><span aria-hidden="true">17/3/2024</span></div>'),
          clone: read('<div aria-hidden="true">عاجل: 9 يناير 2011 موعد الاستفتاء</div>'),
        };
      });
      assert(r.twin.published === '2024-03-17', `twin: ${JSON.stringify(r.twin)}`);
      assert(!r.twin.text.includes('نُشر في'), `twin: ${JSON.stringify(r.twin)}`);
      assert(r.clone.published == null && !r.clone.text.includes('الاستفتاء'), `clone: ${JSON.stringify(r.clone)}`);
    });

    await t.test('reader: Escape gives the focus back where the reader had it (a link, a search box); none had, none given', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      for (const [file, sel] of [['ar-portal-egypt.html', 'a[href]'], ['ar-gulf-wp.html', 'input[type=search], input[type=text], input:not([type])'], ['ar-opinion.html', null]]) {
        await page.goto(base + file);
        const want = sel ? await page.evaluate((q) => {
          const e = [...document.querySelectorAll(q)].find((x) => x.getBoundingClientRect().width > 0);
          e.focus();
          return e.outerHTML.slice(0, 80);
        }, sel) : null;
        await run();
        // The reader works in the panel by keyboard, then closes it.
        const inPanel = await page.evaluate(() => document.activeElement && document.activeElement.id);
        assert(inPanel === 'naba-panel-host', `${file}: the panel did not take the focus (${inPanel})`);
        await page.keyboard.press('Tab');
        await page.keyboard.press('Tab');
        await page.keyboard.press('Escape');
        const got = await page.evaluate(() => ({ host: !!document.getElementById('naba-panel-host'), at: document.activeElement === document.body ? null : document.activeElement.outerHTML.slice(0, 80) }));
        assert(!got.host && got.at === want, `${file}: focus after Escape ${got.at}, was ${want}`);
      }
    });

    await t.test('reader: counts read as Arabic says them, none as «لا كيانات» (the heading of an English page said «0 كيان»)', async () => {
      const forms = await page.evaluate(async () => {
        const { counted } = await import('/www/render.js');
        return [0, 1, 2, 3, 10, 11, 99, 100, 102, 111].map((n) => counted(n, 'كيان')).concat([0, 2, 5].map((n) => counted(n, 'مقال')));
      });
      assert(forms.join('/') === 'لا كيانات/1 كيان/كيانان/3 كيانات/10 كيانات/11 كيانًا/99 كيانًا/100 كيان/102 كيان/111 كيانًا/لا مقالات/مقالان/5 مقالات', forms.join('/'));
      await page.goto(`${base}en-news.html`);
      await run();
      const heading = await page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.bar h2').textContent);
      assert(heading === 'نبأ — 1 مقال · لا كيانات', heading);
      await page.keyboard.press('Escape');
    });

    await t.test('reader: a byline with its own label («متابعة:», «إعداد:») is shown as it is, not after «بقلم»', async () => {
      const labelled = await page.evaluate(async () => {
        const { ownLabel } = await import('/www/render.js');
        return ['متابعة: سامي الطرابلسي', 'إعداد:  هدى المصري', 'تقرير : كريم بن صالح', 'ترجمة: ليلى عيسى', 'Report: Jane Roe',
          'سامي الطرابلسي', 'د. منى عبد الله', 'Hannah Moreau', 'محمد علي - القاهرة', 'وكالة الأنباء: رويترز في تونس'].map(ownLabel);
      });
      assert(labelled.join() === 'true,true,true,true,true,false,false,false,false,false', labelled.join());
      await page.goto(`${base}ar-sports.html`);
      await run();
      const meta = await page.evaluate(() => [...document.getElementById('naba-panel-host').shadowRoot.querySelectorAll('.card .meta')].map((m) => m.textContent));
      assert(meta.some((m) => m.includes('سامي الطرابلسي')) && !meta.some((m) => /بقلم\s*متابعة/.test(m)), meta.join(' | '));
      await page.keyboard.press('Escape');
    });

    await t.test('demo: an undated text says which day its relative dates hang on (today, or the reference date chosen); a dated one does not', async () => {
      const demo = await ctx.newPage();
      const demoErrors = [];
      demo.on('pageerror', (e) => demoErrors.push(String(e)));
      try {
        await demo.goto(`${server.url}www/index.html`);
        const ready = () => demo.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        await ready();
        const today = await demo.evaluate(LOCAL_DAY);
        const analyse = async (text, now = '') => {
          await demo.evaluate(([t, n]) => { document.getElementById('input').value = t; document.getElementById('now').value = n; }, [text, now]);
          // (A click as the reader's: the input panel is folded after the sample loads.)
          await demo.evaluate(() => { document.getElementById('input-panel').open = true; });
          await demo.click('#go');
          await ready();
          return demo.$$eval('.article', (as) => as.map((a) => ({ ref: (a.querySelector('.meta .ref') || {}).textContent || null, dates: a.textContent })));
        };
        // The sample page is dated: no line.
        const sample = await demo.$$eval('.article .meta .ref', (r) => r.length);
        assert(sample === 0, `the dated sample has ${sample} reference lines`);
        const undated = [
          'قال رئيس البلدية سامر الخطيب أمس الثلاثاء إن صيانة الطرق في حي الزهور ستنتهي الأحد المقبل.',
          'يا جماعة امبارح رحت السوق مع خالتي منى، وبكرة ناوية أروح عند أختي في الإسكندرية.',
          'في تدوينة اليوم أحكي عن رحلتي إلى مراكش الأسبوع الماضي، وعن لقائي بالكاتب يوسف العلمي قبل يومين.',
        ];
        for (const text of undated) {
          const [a] = await analyse(text);
          assert(a && a.ref && a.ref.includes('تاريخ اليوم') && a.ref.includes(today), `«${text.slice(0, 30)}…»: ${JSON.stringify(a)}`);
          const [b] = await analyse(text, '2019-03-10');
          assert(b && b.ref && b.ref.includes('تاريخ المرجع') && b.ref.includes('2019-03-10') && !b.ref.includes(today), `«${text.slice(0, 30)}…» with a reference date: ${JSON.stringify(b)}`);
        }
        const dated = ['تاريخ النشر: الأحد، 2 مارس 2025\nافتتح وزير الصحة أمس مستشفى جديدا في أسوان، وقال إن العمل يبدأ غدا.',
          '<html><body><article><h1>افتتاح مستشفى في أسوان</h1><time datetime="2021-05-04">4 مايو 2021</time><p>افتتح وزير الصحة أمس مستشفى أسوان الجامعي الجديد بحضور المحافظ، وقال إن العمل يبدأ غدا في الأقسام كافة.</p></article></body></html>'];
        for (const text of dated) {
          const [a] = await analyse(text);
          assert(a && a.ref === null, `a dated text: ${JSON.stringify(a)}`);
        }
        // A text without any relative date needs no line.
        const [c] = await analyse('افتتح وزير الصحة في 2 مارس 2025 مستشفى جديدا في أسوان بحضور المحافظ.');
        assert(c && c.ref === null, `no relative date: ${JSON.stringify(c)}`);
        assert(demoErrors.length === 0, demoErrors.join('; '));
      } finally {
        await demo.close();
      }
    });

    await t.test('reader: «today» for an undated page is the reader\'s day in their time zone, not UTC\'s (panel and demo)', async () => {
      // A zone whose day is not UTC's at this moment: far east (UTC+14) after 10:00 UTC, far west (UTC−11) before.
      const utc = new Date();
      const zones = utc.getUTCHours() >= 10 ? ['Pacific/Kiritimati', 'Pacific/Auckland'] : ['Pacific/Pago_Pago', 'America/Los_Angeles'];
      for (const timezoneId of zones) {
        const zctx = await launch([`--disable-extensions-except=${dir}`, `--load-extension=${dir}`], { timezoneId });
        try {
          const zsw = await serviceWorker(zctx);
          const zp = await zctx.newPage();
          await zp.goto(`${base}ar-nodate.html`);
          const local = await zp.evaluate(LOCAL_DAY);
          await nabaRun(zsw, zp, `${base}ar-nodate.html`);
          const got = await zp.evaluate(() => ({ ref: document.documentElement.dataset.nabaRef,
            line: document.getElementById('naba-panel-host').shadowRoot.querySelector('.ref').textContent }));
          assert(got.ref === local && got.line.includes(local), `${timezoneId} (local ${local}, UTC ${utc.toISOString()}): ${JSON.stringify(got)}`);
          // The demo: «أمس» in an undated text is the day before the reader's day.
          await zp.goto(`${server.url}www/index.html`);
          await zp.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
          await zp.evaluate(() => { document.getElementById('input').value = 'قالت المعلمة هدى سليمان أمس إن المدرسة ستفتح أبوابها للأهالي.'; document.getElementById('go').click(); });
          await zp.waitForFunction(() => document.getElementById('status').dataset.state === 'ready' && document.querySelector('.article .meta .ref'), null, { timeout: 60000 });
          const demoRef = await zp.textContent('.article .meta .ref');
          assert(demoRef.includes(local), `${timezoneId} demo: «${demoRef}», local ${local}`);
        } finally {
          await zctx.close();
        }
      }
    });

    await t.test('reader: the panel\'s and the demo\'s JSON exports have the documented shape (two articles, no date, Persian, a 100 KB portal, a text read in chunks)', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const problems = [];
      for (const file of ['ar-aggregator.html', 'ar-nodate.html', 'fa-news.html', 'ar-portal-egypt.html']) {
        await page.goto(base + file);
        await run();
        const [dl] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }),
          page.evaluate(() => document.getElementById('naba-panel-host').shadowRoot.querySelector('.exports button').click())]);
        const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
        const bad = apiShapeErrors(json);
        if (bad.length || !json.articles.length) problems.push(`${file}: ${json.articles.length} articles; ${bad.slice(0, 3).join('; ')}`);
        await page.keyboard.press('Escape');
      }
      const demo = await ctx.newPage();
      try {
        await demo.goto(`${server.url}www/index.html`);
        const ready = () => demo.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 120000 });
        await ready();
        const save = async (what) => {
          const [dl] = await Promise.all([demo.waitForEvent('download', { timeout: 30000 }), demo.click('[data-export=api]')]);
          const json = JSON.parse(readFileSync(await dl.path(), 'utf8'));
          const bad = apiShapeErrors(json);
          if (bad.length || !json.articles.length) problems.push(`demo ${what}: ${json.articles.length} articles; ${bad.slice(0, 3).join('; ')}`);
        };
        await save('sample');
        // Over 512 K characters: read in chunks and merged (offsets shifted, ids prefixed).
        const text = Array.from({ length: 2800 }, (_, i) => `تاريخ النشر: ${(i % 28) + 1} مارس 2024\nقال مدير الميناء سالم العبري أمس إن الرصيف ${i} يفتح في ${(i % 12) + 1} يونيو 2024، وإن السفن تصل من صلالة الأسبوع المقبل.\n\n`).join('');
        await demo.evaluate((t) => { document.getElementById('input').value = t; document.getElementById('format').value = 'text'; document.getElementById('go').click(); }, text);
        await demo.waitForFunction(() => document.getElementById('status').dataset.state !== 'ready', null, { timeout: 10000 }).catch(() => {});
        await ready();
        await save(`text of ${text.length} characters`);
      } finally {
        await demo.close();
      }
      assert(problems.length === 0, problems.join(' | '));
    });

    await t.test('demo: pasted HTML is read as HTML whatever tag it opens with; a text that mentions «<» stays text', async () => {
      const demo = await ctx.newPage();
      try {
        await demo.goto(`${server.url}www/index.html`);
        const ready = () => demo.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        await ready();
        const read = async (input) => {
          await demo.evaluate((x) => { document.getElementById('format').value = 'auto'; document.getElementById('input').value = x; document.getElementById('go').click(); }, input);
          await demo.waitForFunction(() => document.getElementById('status').dataset.state !== 'ready', null, { timeout: 2000 }).catch(() => {});
          await ready();
          return demo.$$eval('.article', (as) => as.map((a) => a.textContent).join(' ‖ '));
        };
        const body = 'افتتح محافظ نينوى أمس جسرا جديدا على نهر دجلة في مدينة الموصل، وقال إن الجسر يخفف الزحام عن الجانب الأيسر.';
        const html = [
          `<h1>افتتاح جسر جديد في الموصل</h1>\n<p>${body}</p>`,
          `<!-- saved from url=(0042)https://example.invalid/news -->\n<section><h2>الموصل</h2><p>${body}</p></section>`,
          `<meta charset="utf-8"><title>جسر</title>\n<p>${body}</p>`,
          `  <main class="story"><p>${body}</p></main>`,
          `نسخت هذا من الموقع:\n<div class="body"><p>${body}</p><p>وأضاف المحافظ أن العمل في جسر ثان يبدأ الشهر المقبل.</p></div>`,
        ];
        for (const x of html) {
          const got = await read(x);
          assert(got.includes('جسرا جديدا') && !/<\/?[a-z!]/i.test(got), `read as text: «${x.slice(0, 40)}…» → ${got.slice(0, 160)}`);
        }
        for (const x of ['قال الخبير سمير داود إن نسبة التضخم بقيت <5% في بغداد أمس، وإن الأسعار ستستقر.',
          'في تدوينة اليوم أشرح لماذا أكتب الوسم <p> في بداية كل فقرة، كما تعلمت من صديقي علي في البصرة.']) {
          const got = await read(x);
          assert(got.includes(x.match(/<\S+/)[0]), `a text read as HTML: ${got.slice(0, 160)}`);
        }
      } finally {
        await demo.close();
      }
    });

    await t.test('demo: in dark mode the timeline\'s bars and hollow marks are dark on the dark card, its dates light', async () => {
      const demo = await ctx.newPage();
      try {
        await demo.emulateMedia({ colorScheme: 'dark' });
        await demo.goto(`${server.url}www/index.html`);
        await demo.waitForFunction(() => document.getElementById('status').dataset.state === 'ready', null, { timeout: 60000 });
        // The sample, then a text with a vague date, a span and days.
        for (const text of [null, 'قال المدير العام للشركة وليد حمدان إن المصنع سيفتتح خلال الأيام المقبلة، بعد أعمال استمرت من مارس إلى يونيو 2024، وإن العمال عادوا أمس.']) {
          if (text) {
            await demo.evaluate((x) => { document.getElementById('input').value = x; document.getElementById('now').value = '2024-07-02'; document.getElementById('go').click(); }, text);
            await demo.waitForFunction(() => document.getElementById('status').dataset.state === 'ready' && document.querySelector('#timeline svg'), null, { timeout: 60000 });
          }
          const got = await demo.evaluate(() => {
            const rgb = (c) => (c.match(/\d+(\.\d+)?/g) || []).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
            const card = lum(rgb(getComputedStyle(document.querySelector('#timeline').closest('section')).backgroundColor));
            const fills = (q) => [...document.querySelectorAll(q)].map((e) => lum(rgb(getComputedStyle(e).fill)));
            return { card, bars: fills('.timeline .mark .span'), hollow: fills('.timeline .mark.vague circle'), dates: fills('.timeline .mark text') };
          });
          assert(got.bars.length && got.card < 0.2, JSON.stringify(got));
          for (const k of ['bars', 'hollow']) assert(got[k].every((l) => l < 0.35), `${k}: ${JSON.stringify(got)}`);
          assert(got.dates.every((l) => l > 0.7), `dates: ${JSON.stringify(got)}`);
        }
      } finally {
        await demo.close();
      }
    });

    await t.test('reader: the keyboard focus ring in the panel keeps ≥ 3:1 against the panel, light and dark', async () => {
      await page.setViewportSize({ width: 1280, height: 900 });
      const hex = (c) => `#${(c.match(/\d+/g) || []).slice(0, 3).map((n) => (+n).toString(16).padStart(2, '0')).join('')}`;
      for (const scheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme: scheme });
        for (const file of ['ar-opinion.html', 'ar-dark.html']) {
          await page.goto(base + file);
          await run();
          const rings = [];
          // The close button has the focus; Tab goes on to a card, an export button and an entity.
          for (let i = 0; i < 4; i++) {
            rings.push(await page.evaluate(() => {
              const sh = document.getElementById('naba-panel-host').shadowRoot, e = sh.activeElement;
              const cs = getComputedStyle(e);
              return { what: e.className || e.localName, ring: cs.outlineStyle !== 'none' ? cs.outlineColor : null, panel: getComputedStyle(sh.querySelector('.panel')).backgroundColor };
            }));
            await page.keyboard.press('Tab');
          }
          for (const r of rings) {
            assert(r.ring, `${scheme} ${file}: no focus ring on ${r.what}`);
            const c = contrast(hex(r.ring), hex(r.panel));
            assert(c >= 3, `${scheme} ${file}: focus ring ${r.ring} on ${r.panel} (${r.what}): ${c.toFixed(2)}:1`);
          }
          await page.keyboard.press('Escape');
        }
      }
      await page.emulateMedia({ colorScheme: 'light' });
    });

    await t.test('reader: no page errors', async () => { assert(errors.length === 0, errors.join('; ')); });
  } finally {
    console.log('reader: click to panel (ms): ' + timings.map((x) => `${x.file} ${x.kb} KB ${x.ms}`).join('; '));
    await ctx.close();
    server.close();
  }
}
