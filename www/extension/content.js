// naba's content script, injected when the toolbar button is clicked (and again on every click: a
// second click re-reads the page, since single-page sites change under you).
//
// 1. Walks the live DOM once into naba's `format: "dom"` events (highlight.js `walkDom`): tags, the
//    attributes the extractor reads, computed visibility, JSON-LD and meta. The service worker runs
//    `analyze` on them, so the article(s) are chosen exactly as `parse(html)` chooses them, and the
//    result's `nodeMap` maps every offset back to the page's own text nodes.
// 2. Paints only the article's mentions, in place, with the CSS Custom Highlight API (no DOM change).
//    A page that is not Arabic is not painted; the panel says so.
// 3. Opens a docked panel (shadow DOM) beside the page — the page is pushed aside, never covered; on a
//    phone a bottom bar that expands (the page's bottom-fixed bars are lifted above it). The panel keeps
//    its own size on the screen and sits on the part of the page the reader sees, however the page is
//    zoomed. A click in the panel scrolls the mention itself into the part of the window the panel
//    leaves free. The result can be exported (JSON, TimelineJS). Escape or × closes it and clears every
//    highlight.
// Page text is only ever set with textContent.
(async () => {
  const HOST_ID = 'naba-panel-host';
  const root = document.documentElement;
  // An element that had no style attribute is left without one (not `style=""`: a page's CSS or script
  // may test for the attribute, `[style]`). The attribute is read first: Chromium writes a style changed
  // through `.style` back to the attribute lazily, and removed before that, it came back as `style=""`
  // (a floating video box, scrolled back into its place, kept an empty style attribute).
  const bare = (e, had) => { if (!had && !e.style.length && e.getAttribute('style') !== null) e.removeAttribute('style'); };
  if (window.__nabaClose) window.__nabaClose(); // a second click: start again from a clean page
  // Where the reader's focus was (a link, the page's search box): given back when the panel closes, so
  // a keyboard reader goes on from there, not from the top of the page.
  const focusedBefore = document.activeElement;
  const BUSY_ID = 'naba-busy';
  const url = (p) => chrome.runtime.getURL(p);
  // Said at once, so a long page never looks like a dead click; replaced by the panel, or by the error.
  const busy = document.createElement('div');
  busy.id = BUSY_ID;
  const busyText = document.createElement('div');
  busyText.setAttribute('role', 'status');
  busyText.style.cssText = 'position:fixed;z-index:2147483647;top:12px;left:12px;padding:6px 12px;border-radius:6px;'
    + 'background:#1d2330;color:#fff;font:14px/1.6 Tahoma,sans-serif;direction:rtl;box-shadow:0 2px 10px rgba(0,0,0,.25)';
  busyText.textContent = 'نبأ: جارٍ قراءة الصفحة…';
  busy.attachShadow({ mode: 'open' }).append(busyText);
  document.documentElement.append(busy);
  const fail = (why) => {
    busyText.textContent = `نبأ: تعذّرت قراءة هذه الصفحة (${why}). اضغط Esc للإغلاق.`;
    const off = (ev) => { if (ev.key === 'Escape') { busy.remove(); document.removeEventListener('keydown', off); } };
    document.addEventListener('keydown', off);
    setTimeout(() => busy.remove(), 8000);
  };
  // Runs `read` with the page's html and body shown, when the page keeps its whole body hidden until
  // its scripts are in: an AMP page's boilerplate holds `body { visibility: hidden }` for up to 8 s while
  // its runtime loads (for good when a blocker or a slow network stops it), and other pages do the same
  // while their fonts or an A/B script load. The walker skips what is hidden, so such a page read as
  // nothing at all ("no Arabic text"), although all of it is the page about to be shown. Only html's and
  // body's own visibility is overridden (an inline !important beats the boilerplate's animation): an
  // element that hides itself (a display:none menu, a visibility:hidden dialog, `hidden`) stays hidden,
  // and so skipped. Set back at once, before anything is painted: the page appears when it would have.
  function unveiled(read) {
    const put = [];
    for (const e of [root, document.body]) {
      if (!e || getComputedStyle(e).visibility !== 'hidden') continue;
      put.push([e, e.hasAttribute('style'), e.style.getPropertyValue('visibility'), e.style.getPropertyPriority('visibility')]);
      e.style.setProperty('visibility', 'visible', 'important');
    }
    try {
      return read();
    } finally {
      for (const [e, had, v, pr] of put) {
        if (v) e.style.setProperty('visibility', v, pr); else e.style.removeProperty('visibility');
        bare(e, had);
      }
    }
  }
  let reply, render, highlight, texts, shadows;
  // Today as the reader's calendar has it (not UTC's: in Cairo before 02:00, or in New York after 19:00,
  // UTC's day is another one, and «أمس» on an undated page was two days back, or today).
  const d0 = new Date(), two0 = (n) => String(n).padStart(2, '0');
  const now = `${d0.getFullYear()}-${two0(d0.getMonth() + 1)}-${two0(d0.getDate())}`;
  try {
    highlight = await import(url('highlight.js'));
    // (Closed shadow roots too, where the browser lets an extension reach them.)
    const shadowOf = (n) => n.shadowRoot || (n instanceof HTMLElement && chrome.dom && chrome.dom.openOrClosedShadowRoot ? chrome.dom.openOrClosedShadowRoot(n) : null);
    const walked = unveiled(() => highlight.walkDom(document, (n) => n.id === HOST_ID || n.id === BUSY_ID, shadowOf));
    texts = walked.texts;
    shadows = walked.shadows;
    // The panel's module loads while the service worker analyses.
    [reply, render] = await Promise.all([
      chrome.runtime.sendMessage({ type: 'naba-analyze', input: walked.events, format: 'dom', now }),
      import(url('render.js')),
    ]);
  } catch (e) {
    fail(String(e && e.message || e));
    return;
  }
  if (!reply || reply.error) { fail(reply ? reply.error : 'لا ردّ'); return; }
  busyText.textContent = 'نبأ: جارٍ التظليل…';
  const { segmentsFromMap, paint, paintNear, groupsFor, rangesFor, mentionAt, placeTip } = highlight;
  const { renderEntityList, renderTimelineList, entityGroups, referenceOf, toTimelineJS, isoText, LABEL_NAMES, el, counted, ownLabel, relativeStamp, tipMentions, tipText } = render;
  const result = reply.result;
  const segments = segmentsFromMap(result.nodeMap, texts);
  const arabic = result.language.code === 'ar';
  const mentions = arabic ? result.articles.reduce((n, a) => n + a.entities.length + a.dates.length, 0) : 0;
  let unpaint = arabic ? paintNear(segments, groupsFor(result)) : () => {};
  let unselect = () => {};
  // A frame between painting, building the panel and docking it: on a long page each is a long piece of
  // work, and the page stays responsive between them (a hidden tab, which draws no frames, goes on after 200 ms).
  const frame = () => new Promise((ok) => { requestAnimationFrame(() => setTimeout(ok)); setTimeout(ok, 200); });
  await frame();

  // ---- the panel -------------------------------------------------------------------------------
  const host = document.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { all: initial; }
    .panel { position: fixed; z-index: 2147483647; top: 0; bottom: 0; left: 0; width: var(--w); box-sizing: border-box; transform-origin: 0 0;
      display: flex; flex-direction: column; background: #fff; color: #1d2330; border-inline-start: 1px solid #d5d9e0;
      box-shadow: 0 0 18px rgba(0,0,0,.15); font: 14px/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif; direction: rtl; }
    .panel.right { left: auto; right: 0; }
    .panel.min { bottom: auto; width: auto; max-width: calc(100vw - 16px); border-bottom: 1px solid #d5d9e0; border-end-end-radius: 8px; border-end-start-radius: 8px; }
    .panel.min .bar { border-bottom: 0; } .panel.min .bar h2 { flex: none; max-width: 13em; }
    .spacer { position: absolute; top: 0; width: 1px; height: 1px; visibility: hidden; pointer-events: none; }
    .spacer[hidden] { display: none; }
    .panel.sheet { top: auto; left: 0; right: 0; width: auto; height: 48px; border-top: 1px solid #d5d9e0; }
    .panel.sheet.open { height: 60vh; }
    .bar { display: flex; align-items: center; gap: .3rem; padding: .35rem .7rem; border-bottom: 1px solid #e3e6ec; flex: none; }
    .bar h2 { flex: 1; margin: 0; font-size: 15px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
    .bar button { font: inherit; min-width: 32px; min-height: 32px; border: 1px solid #c9ced8; border-radius: 6px; background: #f6f7f9; color: inherit; cursor: pointer; }
    button:focus-visible, [tabindex]:focus-visible { outline: 3px solid #0b5cad; outline-offset: 1px; }
    .body { overflow: auto; overscroll-behavior: contain; padding: .3rem .8rem 1rem; flex: 1; }
    .sheet:not(.open) .body { display: none; }
    h3 { font-size: 14px; margin: .8rem 0 .3rem; }
    .note { background: #fff6d6; border: 1px solid #ecd58a; border-radius: 6px; padding: .3rem .5rem; margin: .4rem 0; }
    .ref { color: #3d4656; font-size: 13px; }
    .card { border: 1px solid #e3e6ec; border-radius: 8px; padding: .4rem .6rem; margin: .3rem 0; }
    .card .title { font-weight: bold; } .card .title.untitled { font-weight: normal; } .card .meta { font-size: 12.5px; color: #3d4656; }
    .card { cursor: pointer; } .card:hover { background: #f4f7fc; }
    ul, ol { list-style: none; margin: 0; padding: 0; }
    .legend { display: flex; flex-wrap: wrap; gap: .2rem .8rem; font-size: 12.5px; }
    .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 3px; margin-inline-end: .25rem; vertical-align: middle; }
    .ent-PER .swatch { background: #ffd6d9; border-bottom: 3px solid #c8102e; } .ent-LOC .swatch { background: #d2f2d6; border-bottom: 3px solid #1b7f3b; }
    .ent-ORG .swatch { background: #d6e6fb; border-bottom: 3px solid #0b5cad; } .ent-MISC .swatch { background: #fbeccb; border-bottom: 3px solid #a15c00; }
    .ent-DATE .swatch { background: #eadcfa; border-bottom: 3px solid #6b2fb3; }
    .entity { display: grid; grid-template-columns: auto 1fr auto auto; gap: .3rem; align-items: center; cursor: pointer; padding: .1rem .2rem; border-radius: 4px; }
    .entity:hover, .entity.sel { background: #eef3fb; }
    .type { font-size: 11px; color: #3d4656; } .count { font-size: 12px; background: #eef0f3; border-radius: 1rem; padding: 0 .4rem; }
    .stepper { display: flex; align-items: center; gap: .4rem; margin: .3rem 0; font-size: 13px; }
    .stepper[hidden] { display: none; }
    .exports { display: flex; flex-wrap: wrap; gap: .4rem; margin: .4rem 0; }
    .exports button, .stepper button { font: inherit; min-width: 32px; min-height: 28px; border: 1px solid #c9ced8; border-radius: 6px; background: #f6f7f9; color: inherit; cursor: pointer; }
    .exports button { font-size: 13px; padding: 0 .5rem; }
    .iso, .tl-date bdi { white-space: nowrap; }
    .tl-date { font-weight: bold; margin-top: .4rem; } .tl-grain { font-weight: normal; font-size: 12px; color: #3d4656; }
    .tl-event { border-inline-start: 3px solid #0b5cad; padding: .1rem .5rem; margin: .2rem 0; cursor: pointer; font-size: 13px; }
    .tl-event.vague { border-inline-start-style: dashed; }
    .tl-who { display: block; font-size: 12px; color: #3d4656; }
    .empty { color: #3d4656; }
    .entity, .tl-event { content-visibility: auto; contain-intrinsic-size: auto 2em; }
    .entity:focus-visible, .tl-event:focus-visible { outline-offset: -3px; }
    .tip { position: fixed; z-index: 2147483647; pointer-events: none; background: #1d2330; color: #fff; padding: .15rem .5rem; border-radius: 5px;
      font: 13px/1.6 "Noto Naskh Arabic", Tahoma, sans-serif; direction: rtl; }
    @media (prefers-color-scheme: dark) {
      .panel { background: #1b1f27; color: #e8ebf0; border-color: #3a4150; }
      .bar { border-color: #3a4150; } .bar button, .stepper button, .exports button { background: #262b35; border-color: #4a5263; }
      .note { background: #3b3420; border-color: #6b5a26; } .ref, .card .meta, .type, .tl-grain, .tl-who, .empty { color: #b7bfcc; }
      .card { border-color: #3a4150; } .card:hover { background: #222938; } .entity:hover, .entity.sel { background: #263349; } .count { background: #2c323d; }
      .tl-event { border-color: #6ea8ff; } .tip { background: #e8ebf0; color: #1b1f27; }
      button:focus-visible, [tabindex]:focus-visible { outline-color: #6ea8ff; }
    }`);
  shadow.adoptedStyleSheets = [sheet];
  // A phone by the width the reader sees (a page without <meta name=viewport> is laid out 980px wide),
  // or a window in which docking squeezed the article (`squeezed`: the window width it was found at).
  let squeezed = 0;
  const phone = () => { const v = view(); return v.w * v.s < 700 || squeezed === window.innerWidth; };
  const panel = el('aside', { class: 'panel', role: 'complementary', 'aria-label': 'نبأ' });
  const bar = el('div', { class: 'bar' });
  const entityCount = arabic ? entityGroups(result).length : 0;
  const heading = el('h2', {}, `نبأ — ${counted(result.articles.length, 'مقال')} · ${counted(entityCount, 'كيان')}`);
  const toggle = el('button', { type: 'button', 'aria-label': 'طيّ اللوحة أو فتحها', title: 'طيّ/فتح', 'aria-expanded': 'true' }, '▾');
  const side = el('button', { type: 'button', 'aria-label': 'نقل اللوحة إلى الجهة الأخرى', title: 'نقل إلى الجهة الأخرى' }, '⇄');
  const close = el('button', { type: 'button', 'aria-label': 'إغلاق اللوحة ومسح التظليل', title: 'إغلاق (Esc)' }, '×');
  bar.append(heading, toggle, side, close);
  const body = el('div', { class: 'body' });
  panel.append(bar, body);
  const tip = el('div', { class: 'tip', role: 'tooltip', hidden: '' });
  shadow.append(panel, tip);

  // Page text and ISO values inside an Arabic line are isolated (<bdi>): without it the bidi algorithm
  // reads `2025-11-09` after Arabic letters as Arabic numbers and draws it 09-11-2025, and a Latin date
  // line takes the parentheses around it for its own. `append` makes text nodes of the plain strings.
  // An ISO value is shown readable (`2025-11-17 15:45`, isoText) and never broken across lines at its
  // hyphens: nowrap, with the brackets around it (bracketed) kept on its line too.
  const iso = (v) => el('bdi', { dir: 'ltr', class: 'iso' }, isoText(v));
  const bracketed = (v) => line('span', 'iso', ['(', iso(v), ')']);
  const quoted = (t) => el('bdi', {}, t);
  const line = (tag, cls, parts) => { const e = el(tag, { class: cls }); e.append(...parts); return e; };

  // Where the dates were resolved from.
  const ref = result.articles.length ? referenceOf(result.articles[0], now) : now;
  const fromPage = result.articles.some((a) => a.published && a.published.value);
  if (!arabic) {
    const names = { fa: 'الفارسية', en: 'الإنجليزية' };
    const lang = names[result.language.code];
    body.append(el('p', { class: 'note' }, lang
      ? `هذه الصفحة مكتوبة ب${lang}، لا بالعربية؛ نبأ يقرأ العربية فقط، فلم يُظلَّل شيء.`
      : 'لم نجد نصًا عربيًا في مقال هذه الصفحة؛ نبأ يقرأ العربية فقط، فلم يُظلَّل شيء.'));
  } else if (!result.articles.length) {
    body.append(el('p', { class: 'note' }, 'لم نجد مقالًا في هذه الصفحة.'));
  } else {
    // Each article's relative dates hang on its own date: a channel's posts, an aggregator's stories of
    // different days are each resolved against theirs (one date named for all of them was wrong for all
    // but the first).
    const refs = new Set(result.articles.map((a) => referenceOf(a, now)));
    const undated = result.articles.some((a) => !(a.published && a.published.value));
    body.append(line('p', 'ref', refs.size > 1
      ? ['حُسبت التواريخ النسبية («أمس»، «الخميس الماضي») لكل مقال من تاريخ نشره المبيَّن في بطاقته',
        ...(undated ? ['، ولمقال بلا تاريخ من تاريخ اليوم: ', iso(now)] : []), '.']
      : fromPage
        ? ['حُسبت التواريخ النسبية («أمس»، «الخميس الماضي») من تاريخ نشر المقال: ', iso(ref), '.']
        : ['لا تاريخ نشر في هذه الصفحة؛ حُسبت التواريخ النسبية من تاريخ اليوم: ', iso(now), '.']));
  }

  // A card per article; a click (or Enter) on it brings the article's headline, else its first words,
  // into view. An article without a headline (a channel's post, a brief) is named by its first words:
  // three cards all «بلا عنوان» told the reader nothing.
  // A page in a left-to-right script (an English page, shown as not read) has its headline laid out left
  // to right: in the panel's RTL its closing «?» or «.» was drawn at its start. (Not by dir=auto on every
  // page: an Arabic headline that opens with a Latin name, «CNN: …», would turn left to right.)
  const titleDir = ['ar', 'fa'].includes(result.language.code) ? {} : { dir: 'auto' };
  for (const a of result.articles) {
    const card = el('div', { class: 'card', tabindex: '0', role: 'button', title: 'انتقل إلى المقال' });
    const first = a.paragraphs && a.paragraphs[0];
    const lead = first ? first.text.split(/\s+/).filter(Boolean) : [];
    card.append(a.title ? el('div', { class: 'title', ...titleDir }, a.title.text)
      : lead.length ? line('div', 'title untitled', ['«', quoted(lead.slice(0, 12).join(' ') + (lead.length > 12 ? ' …' : '')), '»'])
        : el('div', { class: 'title' }, 'بلا عنوان'));
    const head = a.title || (first && { start: first.start, end: Math.min(first.end, first.start + 60) });
    if (head) {
      const go = () => { unselect(); unselect = paint(segments, { 'naba-focus': [head] }); scrollTo(head.start, head.end); };
      card.addEventListener('click', go);
      card.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    }
    const meta = [];
    // (A date from the page's metadata alone has no text, and a stamp «منذ ساعتين» counts from when the page
    // was made: its value is shown by itself.)
    if (a.published) {
      const { text, value, inferred } = a.published;
      const shown = text && value && !relativeStamp(text) ? [quoted(text), ' ', bracketed(value)] : value ? [iso(value)] : text ? [quoted(text)] : [];
      if (shown.length) meta.push(inferred ? [...shown, ' — تاريخ الصفحة'] : shown);
    }
    if (a.updated) meta.push(['آخر تحديث: ', quoted(a.updated.text), ...(a.updated.value ? [' ', bracketed(a.updated.value)] : [])]);
    if (a.byline) meta.push(ownLabel(a.byline.text) ? [quoted(a.byline.text)] : ['بقلم ', quoted(a.byline.text)]);
    if (a.source) meta.push(['المصدر: ', quoted(a.source.text)]);
    for (const m of meta) card.append(line('div', 'meta', m));
    body.append(card);
  }

  // Exports: the analysis as naba's JSON (docs/api.md) and the timeline as TimelineJS, made here.
  if (result.articles.length) {
    const exportJSON = el('button', { type: 'button', title: 'نتيجة التحليل كاملة بصيغة naba (JSON)' }, 'تصدير JSON');
    const exportTL = el('button', { type: 'button', title: 'الخط الزمني بصيغة TimelineJS' }, 'تصدير TimelineJS');
    // (nodeMap's numbers point at this tab's live text nodes: meaningless in a file, so null, as for text.)
    exportJSON.addEventListener('click', () => download(`naba-${fileStem()}.json`, { ...result, nodeMap: null }));
    exportTL.addEventListener('click', () => download(`naba-timelinejs-${fileStem()}.json`, toTimelineJS(result, document.title)));
    body.append(line('div', 'exports', [exportJSON, exportTL]));
  }

  if (arabic && result.articles.length) {
    const legend = el('ul', { class: 'legend', 'aria-label': 'الدليل' });
    for (const t of ['PER', 'LOC', 'ORG', 'MISC', 'DATE']) {
      const li = el('li', { class: `ent-${t}` });
      li.append(el('span', { class: 'swatch' }), document.createTextNode(LABEL_NAMES[t]));
      legend.append(li);
    }
    body.append(el('h3', {}, 'الدليل'), legend);

    // Entities, with next/previous through the selected one's mentions.
    const stepper = el('div', { class: 'stepper', hidden: '' });
    const prev = el('button', { type: 'button', 'aria-label': 'الذكر السابق' }, '→');
    const pos = el('span', { 'aria-live': 'polite' });
    const next = el('button', { type: 'button', 'aria-label': 'الذكر التالي' }, '←');
    stepper.append(prev, pos, next);
    const ents = el('div');
    body.append(el('h3', {}, 'الكيانات'), stepper, ents);
    let sel = null;
    const show = (i) => {
      sel.i = (i + sel.g.mentions.length) % sel.g.mentions.length;
      const m = sel.g.mentions[sel.i];
      pos.textContent = `${sel.g.canonical}: ${sel.i + 1} من ${sel.g.mentions.length}`;
      unselect();
      unselect = paint(segments, { 'naba-selected': sel.g.mentions, 'naba-focus': [m] });
      scrollTo(m.start, m.end);
    };
    renderEntityList(ents, result, (g, li) => {
      for (const x of ents.querySelectorAll('.entity.sel')) x.classList.remove('sel');
      li.classList.add('sel');
      sel = { g, i: 0 };
      stepper.hidden = false;
      show(0);
    });
    prev.addEventListener('click', () => sel && show(sel.i - 1));
    next.addEventListener('click', () => sel && show(sel.i + 1));

    const tl = el('div');
    body.append(el('h3', {}, 'الخط الزمني'), tl);
    renderTimelineList(tl, result, (t) => {
      unselect();
      unselect = paint(segments, { 'naba-focus': [t] });
      scrollTo(t.start, t.end);
    });
  }

  // An export's file name: the site, the first article's date, the first words of its title (or of the
  // page's), and the moment of the export. Named by the site alone, every export from one site had the
  // same name, and the browser saved the next article's as «(1)», «(2)» copies. Letters of any script
  // and digits only, so nothing in a title can make a path or an invalid name.
  function fileStem() {
    const words = (s) => (s.match(/[\p{L}\p{M}\p{N}]+/gu) || []);
    const a = result.articles[0];
    const date = a && a.published && a.published.value ? words(a.published.value).join('-').slice(0, 10) : '';
    const title = words(a && a.title ? a.title.text : document.title).slice(0, 6).join('-').slice(0, 60);
    const d = new Date(), two = (n) => String(n).padStart(2, '0');
    const stamp = `${d.getFullYear()}${two(d.getMonth() + 1)}${two(d.getDate())}-${two(d.getHours())}${two(d.getMinutes())}${two(d.getSeconds())}`;
    return [words(location.hostname).join('.') || 'page', date, title, stamp].filter(Boolean).join('-');
  }
  // A file made here and saved by the browser: a Blob behind an object URL, nothing leaves the machine.
  // The link's click stops at the link, so a page's own link handler (a router) never sees it.
  function download(name, value) {
    const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
    const a = el('a', { href: URL.createObjectURL(blob), download: name, hidden: '' });
    a.addEventListener('click', (ev) => ev.stopPropagation());
    shadow.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }

  // Brings a mention into the part of the viewport the panel leaves free. The mention's own rect is
  // aimed at, not its element's: a body of <br>-separated lines is one block taller than the window, and
  // a table page wider than it, so centring the block can leave the mention out of view.
  function scrollTo(start, end) {
    const r = rangesFor(segments, start, end)[0];
    if (!r) return;
    if (!r.startContainer.isConnected) { stale(); return; }
    revealInBoxes(r);
    const b = r.getBoundingClientRect(), f = freeArea();
    if (!b.width && !b.height) return;
    // Centred in the free part, or, when larger, its start at the free part's top and start edge (a long
    // timeline sentence above the phone's sheet, on a page wider than the phone); sideways only when it
    // is not already inside (no jump).
    const dy = b.height > f.bottom - f.top - 32 ? b.top - (f.top + 16) : (b.top + b.bottom) / 2 - (f.top + f.bottom) / 2;
    const inside = b.left >= f.left + 8 && b.right <= f.right - 8;
    let dx = inside ? 0 : (b.left + b.right) / 2 - (f.left + f.right) / 2;
    if (!inside && b.width > f.right - f.left - 16) {
      const first = r.getClientRects()[0] || b;
      const rtl = getComputedStyle(r.startContainer.parentElement || root).direction === 'rtl';
      dx = rtl ? first.right - (f.right - 8) : first.left - (f.left + 8);
    }
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ left: dx, top: dy, behavior: smooth ? 'smooth' : 'auto' });
  }
  // A page that rebuilt its article after it was read (a «اقرأ المزيد» that redraws the body, a
  // single-page site's re-render) left the painted text out of the page: a click in the panel found
  // nothing and did nothing. The panel says so, and how to read the page again.
  let staleNote = null;
  function stale() {
    if (staleNote) return;
    staleNote = el('p', { class: 'note', role: 'status' }, 'تغيّرت هذه الصفحة بعد قراءتها، فلم يعد هذا النص فيها. اضغط زر نبأ مرة أخرى لقراءتها من جديد.');
    body.prepend(staleNote);
    body.scrollTop = 0;
  }
  // A mention inside the page's own scrolling box (a scrolling table, a chat-like live blog) is scrolled
  // into the middle of each such box first, innermost first, at once: the window's scroll is then
  // measured from where it really lies.
  // Body is such a box too when html's overflow is not visible (`html { overflow: hidden; height: 100% }
  // body { overflow: auto }`): body's overflow is then its own, not the window's, and the window does not
  // scroll at all; a click in the panel moved nothing.
  function revealInBoxes(r) {
    const rs = getComputedStyle(root), bodyBox = rs.overflowX !== 'visible' || rs.overflowY !== 'visible';
    for (let e = r.commonAncestorContainer.parentElement || r.commonAncestorContainer; e && e !== scroller && e !== root && (bodyBox || e !== document.body); e = e.parentElement) {
      if (e.scrollHeight <= e.clientHeight && e.scrollWidth <= e.clientWidth) continue;
      const cs = getComputedStyle(e);
      const sy = /(auto|scroll)/.test(cs.overflowY), sx = /(auto|scroll)/.test(cs.overflowX);
      if (!sx && !sy) continue;
      const b = r.getBoundingClientRect(), c = e.getBoundingClientRect();
      if (sy) e.scrollTop += (b.top + b.bottom) / 2 - (c.top + c.bottom) / 2;
      if (sx) e.scrollLeft += (b.left + b.right) / 2 - (c.left + c.right) / 2;
    }
  }
  // The part of the viewport the panel leaves free: the largest of the strips beside, above and below it
  // (beside a docked panel, above the phone's sheet, below the folded bar of a desktop window).
  // Measured in the visual viewport: a pinch-zoomed phone shows only part of the layout viewport.
  function freeArea() {
    const v = view();
    const l = v.x, r = v.x + v.w, t = v.y, b = v.y + v.h;
    const p = panel.getBoundingClientRect();
    const strips = [
      { left: l, right: Math.max(l, p.left), top: t, bottom: b }, { left: Math.min(r, p.right), right: r, top: t, bottom: b },
      { left: l, right: r, top: t, bottom: Math.max(t, p.top) }, { left: l, right: r, top: Math.min(b, p.bottom), bottom: b },
    ];
    const area = (s) => (s.right - s.left) * (s.bottom - s.top);
    const f = strips.reduce((a, s) => (area(s) > area(a) ? s : a));
    // Less the page's own fixed or sticky bars over its top and bottom edges (a sticky header, a cookie
    // bar lifted above the phone's sheet): a mention centred in the strip was shown under them. A bar
    // is taken off only while 48px are left between them.
    const x = (f.left + f.right) / 2;
    const bar = (y) => {
      for (let e = document.elementFromPoint(x, y); e && e !== root && e !== host; e = e.parentElement) {
        if (/fixed|sticky/.test(getComputedStyle(e).position)) return e.getBoundingClientRect();
      }
      return null;
    };
    for (let q; (q = bar(f.top + 1)) && q.bottom > f.top && q.bottom < f.bottom - 48;) f.top = q.bottom;
    for (let q; (q = bar(f.bottom - 1)) && q.top < f.bottom && q.top > f.top + 48;) f.bottom = q.top;
    return f;
  }

  // ---- docking: push the page aside (or up from the bottom on a phone), never cover it -------------
  // The page gets a margin on the panel's side, so it lays out as in a window narrower by the panel.
  // A page wider than what is left (a fixed 980px design) overflows towards its inline end: away from a
  // panel on its start side, where it scrolls as usual; towards a panel on its end side, where it would
  // lie under the panel out of scroll's reach, so a 1px spacer stretches the scroll range by the panel's
  // width and every part of the page can be scrolled out from under it. First the panel narrows (down to
  // MIN_W) if that lets the page fit. No transform on html or body: hit-testing and the page's own fixed
  // and sticky elements stay as the page made them. The page's fixed elements that would lie under the
  // panel (a header, a share bar, a cookie box) are moved out from under it, and put back on close.
  // Folded, the panel is a small bar in a top corner and the page gets all its room back.
  const MAX_W = 380, MIN_W = 300;
  const scroller = document.scrollingElement || root;
  // A page that zooms its html (`html { zoom: 1.25 }`) zooms everything in it, the panel too: it came out
  // a quarter larger, wider than a third of the window and taller than it, its end out of reach. The
  // panel's host undoes that zoom, so the panel's px are the screen's; the lengths set on the page (html's
  // margin and padding, its fixed bars) and read from it (html's client and scroll sizes) are html's own
  // px, and are converted by Z (rects, the window's scroll and the visual viewport are the screen's).
  const Z = parseFloat(getComputedStyle(root).zoom) || 1;
  if (Z !== 1) host.style.setProperty('zoom', String(1 / Z), 'important');
  // The part of the page the reader sees (the visual viewport), in the page's px from the layout
  // viewport's corner (client coordinates), and the page's scale on the screen: below 1 on a page a phone
  // shows zoomed out, above 1 after a pinch. The panel's own px are the screen's: its MAX_W, MIN_W, its
  // fonts and buttons are divided by the scale where they meet the page.
  const vv = window.visualViewport;
  const view = () => (vv ? { x: vv.offsetLeft, y: vv.offsetTop, w: vv.width, h: vv.height, s: vv.scale || 1 }
    : { x: 0, y: 0, w: scroller.clientWidth * Z, h: scroller.clientHeight * Z, s: 1 });
  const saved = { had: root.hasAttribute('style'), ml: root.style.getPropertyValue('margin-left'), mr: root.style.getPropertyValue('margin-right'),
    pb: root.style.getPropertyValue('padding-bottom'), mlp: root.style.getPropertyPriority('margin-left'),
    mrp: root.style.getPropertyPriority('margin-right'), pbp: root.style.getPropertyPriority('padding-bottom') };
  const spacer = el('div', { class: 'spacer', hidden: '' });
  shadow.append(spacer);
  let right = false;
  let collapsed = false;
  const moved = new Map(); // page element → its own inline left/right/width/top/bottom/height, put back on close
  // Elements whose children are text and inline boxes: never a fixed bar's parent.
  const INLINE = new Set(['p', 'a', 'span', 'b', 'i', 'em', 'strong', 'img', 'svg', 'script', 'style', 'li', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
  const FIXED_PROPS = ['left', 'right', 'width', 'top', 'bottom', 'height'];
  function restoreFixed() {
    for (const [e, [had, old]] of moved) {
      for (const [k, v, pr] of old) if (v) e.style.setProperty(k, v, pr); else e.style.removeProperty(k);
      bare(e, had);
    }
    moved.clear();
  }
  // The page's shown position:fixed elements, with their style and rect (put back first).
  function fixedShown() {
    restoreFixed();
    if (!document.body) return [];
    // Fixed bars, boxes and banners sit near the top of the tree (a share column can sit inside the
    // article's wrappers): the elements of the first eight levels under body, level by level, up to 1,500
    // of them, are looked at, so a huge page costs no style query per element.
    const near = [];
    let level = [...document.body.children];
    for (let depth = 1; depth <= 8 && level.length && near.length < 1500; depth++) {
      const next = [];
      for (const c of level) {
        if (near.length >= 1500) break;
        near.push(c);
        if (INLINE.has(c.localName)) continue;
        // (One by one: a spread of a huge child list would overflow the call's arguments.)
        for (const g of c.children) {
          if (near.length + next.length >= 1500) break;
          next.push(g);
        }
      }
      level = next;
    }
    const out = [];
    for (const e of near) {
      const cs = getComputedStyle(e);
      if (cs.position !== 'fixed' || cs.display === 'none') continue;
      const r = e.getBoundingClientRect();
      if (r.width >= 1 && r.height >= 1) out.push({ e, cs, r });
    }
    return out;
  }
  const keep = (e) => moved.set(e, [e.hasAttribute('style'), FIXED_PROPS.map((k) => [k, e.style.getPropertyValue(k), e.style.getPropertyPriority(k)])]);
  // Moves the page's position:fixed elements out of the strip [0, w) (left) or [cw - w, cw) (right).
  function shiftFixed(w) {
    const cw = scroller.clientWidth * Z;
    for (const { e, cs, r } of fixedShown()) {
      if (r.right <= 0 || r.left >= cw) continue;
      if (right ? r.right <= cw - w : r.left >= w) continue;
      keep(e);
      const l = parseFloat(cs.left) || 0, rr = parseFloat(cs.right) || 0;
      // Slide it aside when it fits beside the panel; otherwise (a full-width bar) narrow it.
      const room = right ? r.left : cw - r.right;
      const need = right ? r.right - (cw - w) : w - r.left;
      if (r.width <= cw - w && need <= room) {
        const dx = right ? -need : need;
        e.style.setProperty('left', `${l + dx / Z}px`, 'important');
        e.style.setProperty('right', `${rr - dx / Z}px`, 'important');
      } else {
        e.style.setProperty(right ? 'right' : 'left', `${(right ? rr : l) + need / Z}px`, 'important');
        e.style.setProperty(right ? 'left' : 'right', `${right ? l : rr}px`, 'important');
        e.style.setProperty('width', 'auto', 'important');
      }
    }
  }
  // On a phone: lifts the page's fixed elements out of the bottom strip of height h the sheet takes (a
  // cookie bar, a bottom menu), so the sheet, folded or open, never covers their buttons.
  function liftFixed(h) {
    const vh = scroller.clientHeight * Z;
    for (const { e, cs, r } of fixedShown()) {
      if (r.bottom <= vh - h || r.top >= vh) continue;
      keep(e);
      const t = parseFloat(cs.top) || 0, b = parseFloat(cs.bottom) || 0, need = r.bottom - (vh - h);
      // Slid up whole when it fits above the sheet; otherwise (a full-height box) only its bottom is raised.
      const whole = r.height <= vh - h;
      e.style.setProperty('top', `${whole ? t - need / Z : t}px`, 'important');
      e.style.setProperty('bottom', `${b + need / Z}px`, 'important');
      if (!whole) e.style.setProperty('height', 'auto', 'important');
    }
  }
  function unpush() {
    root.style.removeProperty('margin-left'); root.style.removeProperty('margin-right'); root.style.removeProperty('padding-bottom');
    spacer.hidden = true;
    restoreFixed();
  }
  // How far the page overflows when laid out in the room the panel leaves (either side: the larger).
  function overflowBeside(w) {
    let d = 0;
    for (const m of right ? ['margin-left', 'margin-right'] : ['margin-right', 'margin-left']) {
      root.style.setProperty(m, `${w / Z}px`, 'important');
      d = Math.max(d, (scroller.scrollWidth - scroller.clientWidth) * Z);
      root.style.removeProperty(m);
    }
    return d;
  }
  // The element around the first article's first paragraph: its width, on the screen, is the article's column.
  const colEl = (() => {
    const a = result.articles[0], p = a && (a.paragraphs[0] || a.title), r = p && rangesFor(segments, p.start, p.end)[0];
    return r && r.startContainer.parentElement;
  })();
  const column = () => (colEl && colEl.isConnected ? colEl.getBoundingClientRect().width * view().s : 0);
  const MIN_COL = 280;
  function layout() {
    unpush();
    const free = column();
    // ⇄ has no other side on the sheet, which takes the whole width: it is not shown there.
    side.hidden = phone();
    if (phone()) {
      panel.className = `panel sheet${collapsed ? '' : ' open'}`;
      body.hidden = false;
      pin();
      // The page's end can be scrolled above the sheet, folded or open, as beside the side panel.
      const h = panel.getBoundingClientRect().height;
      root.style.setProperty('padding-bottom', `${h / Z}px`, 'important');
      liftFixed(h);
    } else {
      panel.className = `panel${right ? ' right' : ''}${collapsed ? ' min' : ''}`;
      body.hidden = collapsed;
      if (!collapsed) {
        // In the page's px: the panel's px divided by the page's scale. A page wider than the window,
        // zoomed out to fit, is zoomed out further by the margin (its width grew), which takes more of
        // its px: worked out again at the new scale until it settles (a third closer each time).
        const margin = right ? 'margin-right' : 'margin-left';
        let v = view(), w = 0, d = 0;
        for (let i = 0; i < 8; i++) {
          if (i) { root.style.removeProperty(margin); spacer.hidden = true; }
          w = Math.min(MAX_W, Math.floor((v.w * v.s) / 3)) / v.s;
          d = overflowBeside(w);
          if (d > 0 && w - d >= MIN_W / v.s) { w -= d; d = overflowBeside(w); }
          root.style.setProperty(margin, `${w / Z}px`, 'important');
          if (d > 0) placeSpacer(d);
          const now = view();
          if (Math.abs(now.s - v.s) < 0.001) break;
          v = now;
        }
        panel.style.setProperty('--w', `${w * v.s}px`);
        shiftFixed(w);
        // A page whose sidebar keeps its width beside the panel (its media queries see the whole window,
        // not the room left) had its article squeezed to a few words a line: at 768px its column went
        // from 398px to 142px, at 900px to 230px. Such a window gets the sheet, as a phone does.
        if (free >= MIN_COL && column() < MIN_COL) { squeezed = window.innerWidth; collapsed = true; layout(); return; }
      }
      pin();
    }
    toggle.textContent = collapsed ? '▴' : '▾';
    toggle.setAttribute('aria-expanded', String(!collapsed));
    laidOut = window.innerWidth;
  }
  // Places the panel on the visual viewport, scaled by the inverse of the page's: a phone lays a page
  // without <meta name=viewport> out 980px wide and shows it at 0.4, a tablet zooms a fixed-width page out
  // to fit, a pinch zooms in; the panel's text and buttons keep their size on the screen, and the panel
  // stays on the part of the page the reader sees (a pinch moves that inside the layout viewport, which
  // fixed boxes hang on). Its box is then measured and moved by what is off: on an RTL page zoomed out to
  // fit, Chromium places fixed boxes by the page's sideways scroll, and the panel was painted off the
  // screen, away from where the reader tapped. Sizes are the panel's own px: the full height beside the
  // page; the sheet's full width, and 60% of the height open; the folded bar's and sheet's from the CSS.
  let placed = null; // the view pin() placed the panel for, and the corner it put it at
  function pin() {
    const v = view(), st = panel.style;
    const sheetMode = panel.classList.contains('sheet');
    for (const k of ['width', 'height', 'max-width']) st.removeProperty(k);
    st.setProperty('transform', v.s === 1 ? 'none' : `scale(${1 / v.s})`);
    st.setProperty('right', 'auto');
    st.setProperty('bottom', 'auto');
    if (sheetMode) {
      st.setProperty('width', `${v.w * v.s}px`);
      if (!collapsed) st.setProperty('height', `${0.6 * v.h * v.s}px`);
    } else if (collapsed) st.setProperty('max-width', `${v.w * v.s - 16}px`);
    else st.setProperty('height', `${v.h * v.s}px`);
    const w = panel.offsetWidth / v.s, h = panel.offsetHeight / v.s;
    const x = v.x + (right && !sheetMode ? v.w - w : 0), y = v.y + (sheetMode ? v.h - h : 0);
    st.setProperty('left', `${x}px`);
    st.setProperty('top', `${y}px`);
    const r = panel.getBoundingClientRect();
    if (Math.abs(r.left - x) >= 0.5) st.setProperty('left', `${2 * x - r.left}px`);
    if (Math.abs(r.top - y) >= 0.5) st.setProperty('top', `${2 * y - r.top}px`);
    placed = { ...v, left: x, top: y };
  }
  // On a pinch, on the visual viewport's scroll and on the page's (which moves Chromium's misplaced fixed
  // boxes): placed again when the view or the panel's corner changed, once a frame. The sheet's room
  // under the page follows its height in the page's px. A page zoomed out further to fit the width the
  // margin gave it has a wider layout viewport but fires no window resize, only the visual viewport's:
  // the docked panel is laid out again then (not on a pinch, which leaves the layout viewport as it is).
  let pinning = 0;
  let laidOut = 0; // window.innerWidth at the last layout
  const repin = () => {
    if (pinning) return;
    pinning = requestAnimationFrame(() => {
      pinning = 0;
      const v = view(), r = panel.getBoundingClientRect();
      if (placed && ['x', 'y', 'w', 'h', 's'].every((k) => v[k] === placed[k]) && Math.abs(r.left - placed.left) < 0.5 && Math.abs(r.top - placed.top) < 0.5) return;
      pin();
      if (panel.classList.contains('sheet')) root.style.setProperty('padding-bottom', `${panel.getBoundingClientRect().height / Z}px`, 'important');
      else if (!collapsed && window.innerWidth !== laidOut) relayout();
    });
  };
  // A 1px box `d` beyond the viewport's edge on the panel's side (anchored to the other edge, whose
  // offset is corrected if the page made html a containing block of its own).
  function placeSpacer(d) {
    const cw = scroller.clientWidth * Z;
    const far = right ? 'left' : 'right';
    spacer.hidden = false;
    spacer.style.cssText = `${far}: ${cw + d - 1}px`;
    const r = spacer.getBoundingClientRect();
    const off = right ? (-window.scrollX + cw + d) - r.right : r.left - (-window.scrollX - d);
    if (Math.abs(off) >= 1) spacer.style.cssText = `${far}: ${cw + d - 1 + off}px`;
  }
  let queued = 0;
  const relayout = () => { if (!queued) queued = requestAnimationFrame(() => { queued = 0; layout(); }); };
  // On a phone the sheet starts folded: the reader opens it when they want it.
  collapsed = phone();
  await frame();
  busy.remove();
  root.append(host);
  layout();
  toggle.addEventListener('click', () => { collapsed = !collapsed; layout(); });
  side.addEventListener('click', () => { right = !right; layout(); });
  window.addEventListener('resize', relayout);
  if (vv) { vv.addEventListener('resize', repin); vv.addEventListener('scroll', repin); }
  window.addEventListener('scroll', repin, { passive: true });
  // A cookie box or a bar the page adds later is moved aside too, and so is a box the page makes fixed
  // later by a class or on a scroll (a video that floats into a corner once its place is scrolled past,
  // a share bar that sticks): it lay under the panel, its × out of reach. One that stops being fixed is
  // given its own style back. (Classes only, not style attributes: a ticker restyles itself every frame.)
  let watched = 0;
  const moveFixed = () => {
    if (phone()) liftFixed(panel.getBoundingClientRect().height);
    else if (!collapsed) shiftFixed(panel.getBoundingClientRect().width);
  };
  const later = () => {
    if ((phone() || !collapsed) && !watched) watched = setTimeout(() => { watched = 0; moveFixed(); }, 300);
  };
  const watch = new MutationObserver(later);
  if (document.body) watch.observe(document.body, { childList: true });
  watch.observe(root, { attributes: true, attributeFilter: ['class'], subtree: true });
  // (After a scroll settles: a long page's scroll pays for no style queries while it runs.)
  let settle = 0;
  const settled = () => { clearTimeout(settle); settle = setTimeout(later, 200); };
  window.addEventListener('scroll', settled, { passive: true });

  // ---- hover: the canonical name and type of the mention under the pointer ------------------------
  const all = arabic ? tipMentions(result) : [];
  const onMove = (ev) => {
    const e = all.length && !ev.composedPath().includes(host) ? mentionAt(segments, all, ev.clientX, ev.clientY, shadows) : null;
    if (!e) { tip.hidden = true; return; }
    placeTip(tip, tipText(e), ev.clientX, ev.clientY);
  };
  document.addEventListener('mousemove', onMove, { passive: true });

  // ---- closing: Escape or ×; everything painted and every style set goes away ----------------------
  // Keys and wheel turns in the panel are the panel's: they stop at its host, so the page's own
  // shortcuts (a gallery's arrows and Space, its Escape) never act on them, and a page script that takes
  // every wheel or touch move for its smooth scrolling (preventDefault on window) cannot keep the panel's
  // list from scrolling. Escape in the page closes the panel unless the page took it: typed in its own
  // field (a search box clears), or handled by it (its dialog closed, preventDefault).
  for (const type of ['wheel', 'touchmove']) host.addEventListener(type, (ev) => ev.stopPropagation(), { passive: true });
  // Keys in the panel, and focus moving into it, are stopped at the window, before any of the page's own
  // listeners: a consent dialog's or a login wall's focus trap, which brings every focus outside its
  // dialog back to its own button (its capturing focusin) and takes Tab for its own buttons (its
  // capturing keydown), took the panel's focus at once, and while the dialog was up the panel could not
  // be reached by keyboard. A key is handed on to the panel's own element as a copy that stays in its
  // shadow root; what the panel's handler prevents (Space's scroll) is prevented.
  const OWN = ['keydown', 'keyup', 'keypress', 'focusin', 'focus'];
  const own = (ev) => {
    if (ev.target !== host) return;
    ev.stopImmediatePropagation();
    if (ev.type !== 'keydown') return;
    if (ev.key === 'Escape') { window.__nabaClose(); return; }
    const { key, code, location, repeat, ctrlKey, shiftKey, altKey, metaKey } = ev;
    const copy = new KeyboardEvent('keydown', { key, code, location, repeat, ctrlKey, shiftKey, altKey, metaKey, bubbles: true, cancelable: true });
    ev.composedPath()[0].dispatchEvent(copy);
    if (copy.defaultPrevented) ev.preventDefault();
  };
  for (const type of OWN) window.addEventListener(type, own, true);
  const onKey = (ev) => {
    const t = ev.target;
    if (ev.key === 'Escape' && !ev.defaultPrevented && !t.isContentEditable && !(t.closest && t.closest('input, textarea, select'))) window.__nabaClose();
  };
  document.addEventListener('keydown', onKey);
  window.__nabaClose = () => {
    unselect(); unpaint();
    unselect = unpaint = () => {};
    document.removeEventListener('keydown', onKey);
    document.removeEventListener('mousemove', onMove);
    for (const type of OWN) window.removeEventListener(type, own, true);
    window.removeEventListener('resize', relayout);
    if (vv) { vv.removeEventListener('resize', repin); vv.removeEventListener('scroll', repin); }
    window.removeEventListener('scroll', repin);
    window.removeEventListener('scroll', settled);
    watch.disconnect();
    cancelAnimationFrame(queued); cancelAnimationFrame(pinning); clearTimeout(watched); clearTimeout(settle);
    restoreFixed();
    for (const [k, v, pr] of [['margin-left', saved.ml, saved.mlp], ['margin-right', saved.mr, saved.mrp], ['padding-bottom', saved.pb, saved.pbp]]) {
      if (v) root.style.setProperty(k, v, pr); else root.style.removeProperty(k);
    }
    bare(root, saved.had);
    const inPanel = host.contains(document.activeElement);
    host.remove();
    if ((inPanel || document.activeElement === document.body) && focusedBefore && focusedBefore !== document.body
      && focusedBefore.isConnected && focusedBefore.focus) focusedBefore.focus({ preventScroll: true });
    delete root.dataset.naba;
    delete root.dataset.nabaRef;
    delete root.dataset.nabaLang;
    window.__nabaClose = null;
  };
  close.addEventListener('click', () => window.__nabaClose());

  close.focus({ preventScroll: true });
  // Test hooks (kept stable): mentions painted, the reference date, the page language.
  root.dataset.nabaLang = result.language.code;
  root.dataset.nabaRef = fromPage ? ref : now;
  root.dataset.naba = String(mentions);
})();
