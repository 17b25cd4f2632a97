// naba's content script (injected when the toolbar button is clicked). It reads the live page once,
// sends the text to the extension's service worker for analysis, paints the mentions in place with the
// CSS Custom Highlight API (no DOM change; <mark> only where the API is missing), and opens a small panel
// in a shadow root with the entity list and the timeline. Page text is only ever set with textContent.
(async () => {
  const HOST_ID = 'naba-panel-host';
  const existing = document.getElementById(HOST_ID);
  if (existing) { existing.hidden = !existing.hidden; return; }
  const url = (p) => chrome.runtime.getURL(p);
  const { readDom, paint, groupsFor, rangesFor } = await import(url('highlight.js'));
  const { renderEntityList, renderTimeline } = await import(url('render.js'));

  const { text, segments } = readDom(document.body, (n) => n.id === HOST_ID);
  const now = new Date().toISOString().slice(0, 10);
  const reply = await chrome.runtime.sendMessage({ type: 'naba-analyze', text, now });
  if (!reply || reply.error) { console.warn('naba:', reply && reply.error); return; }
  const result = reply.result;
  paint(segments, groupsFor(result));

  // The panel: shadow DOM, styled with a constructable stylesheet (page CSS and CSP cannot break it).
  const host = document.createElement('div');
  host.id = HOST_ID;
  const shadow = host.attachShadow({ mode: 'open' });
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    :host { all: initial; }
    .panel { position: fixed; z-index: 2147483647; bottom: 12px; left: 12px; width: 320px; max-height: 70vh; overflow: auto;
      background: #fff; color: #1d2330; border: 1px solid #d5d9e0; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
      font: 14px/1.7 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, sans-serif; direction: rtl; padding: .5rem .8rem; }
    h2 { font-size: 14px; margin: .4rem 0; } button { font: inherit; float: left; border: 0; background: none; cursor: pointer; }
    ul { list-style: none; margin: 0; padding: 0; } .entity { display: grid; grid-template-columns: auto 1fr auto auto; gap: .3rem; cursor: pointer; }
    .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 3px; }
    .ent-PER .swatch { background: #f4a3a8; } .ent-LOC .swatch { background: #9ed7a6; } .ent-ORG .swatch { background: #9cc4f0; } .ent-MISC .swatch { background: #f3d28b; }
    .type { font-size: 11px; color: #5f6878; } .count { font-size: 12px; background: #f0f2f5; border-radius: 1rem; padding: 0 .4rem; }
    .timeline { width: 100%; direction: ltr; } .axis { stroke: #e3e6ec; stroke-width: 2; } circle { fill: #0b5cad; cursor: pointer; }
    .vague circle { fill: #fff; stroke: #0b5cad; } .span { fill: #dbe7f5; } text { font: 11px monospace; }
    .empty { color: #5f6878; }`);
  shadow.adoptedStyleSheets = [sheet];
  const panel = document.createElement('div');
  panel.className = 'panel';
  const close = document.createElement('button');
  close.textContent = '×';
  close.setAttribute('aria-label', 'close');
  close.addEventListener('click', () => { host.hidden = true; });
  const h1 = document.createElement('h2');
  h1.textContent = `نبأ — ${result.articles.length} مقال`;
  const ents = document.createElement('div');
  const h2 = document.createElement('h2');
  h2.textContent = 'الخط الزمني';
  const tl = document.createElement('div');
  panel.append(close, h1, ents, h2, tl);
  shadow.append(panel);
  document.body.append(host);

  let unselect = () => {};
  const scrollTo = (start, end) => {
    const r = rangesFor(segments, start, end)[0];
    if (r) r.startContainer.parentElement.scrollIntoView({ behavior: 'smooth', block: 'center' });
  };
  renderEntityList(ents, result, (g) => {
    unselect();
    unselect = paint(segments, { 'naba-selected': g.mentions });
    scrollTo(g.mentions[0].start, g.mentions[0].end);
  });
  renderTimeline(tl, result, (t) => {
    unselect();
    unselect = paint(segments, { 'naba-focus': [t] });
    scrollTo(t.start, t.end);
  });
  document.documentElement.dataset.naba = String(result.articles.reduce((n, a) => n + a.entities.length, 0));
})();
