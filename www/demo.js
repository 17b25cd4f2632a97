// The demo page: loads the wasm package, analyses the team's sample aggregator page, and shows the
// articles as cards with highlighted entities, the entity list, the timeline and the exports.
// Analysis runs in a Web Worker (worker.js), so large pages never freeze the tab. The page itself never
// loads the wasm: the worker does (once), and tells the version with each result, so the page's start
// fetches and compiles the module and the model once, not twice.
import { paint, paintNear, groupsFor, rangesFor, mentionAt, highlightsSupported, placeTip } from './highlight.js';
import { renderEntityList, renderTimeline, el, counted, ownLabel, relativeStamp, localDay, tipMentions, tipText, isoText } from './render.js';

const $ = (id) => document.getElementById(id);
const state = { result: null, segments: [], unpaint: () => {}, unselect: () => {}, job: 0, fileText: null, filePlaceholder: '' };
const worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
const pending = new Map();

worker.onmessage = ({ data }) => {
  const p = pending.get(data.id);
  if (!p) return;
  if (data.type === 'progress') { p.progress(data.done, data.total); return; }
  pending.delete(data.id);
  if (data.type === 'error') p.reject(new Error(data.message)); else p.resolve(data.type === 'export' ? data.json : data.result);
};

function ask(message, progress = () => {}) {
  const id = ++state.job;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, progress });
    worker.postMessage({ id, ...message });
  });
}

const analyzeInWorker = (input, options, progress) => ask({ type: 'analyze', input, options }, progress);

/** A text node for result.text[start, end), recorded in the segment map. */
function textNode(result, start, end) {
  const node = document.createTextNode(result.text.slice(start, end));
  state.segments.push({ node, start });
  return node;
}

/**
 * Where an article's relative dates («أمس», «الأحد المقبل») were resolved from, when the article has no
 * publication date of its own: today's date, or the reference date the reader chose. Without it a pasted
 * text of last year showed this week's dates, and nothing said why.
 */
function referenceLine(a, ref) {
  if ((a.published && a.published.value) || !a.dates.some((d) => d.relative)) return null;
  const line = el('span', { class: 'ref' }, `لا تاريخ نشر؛ حُسبت التواريخ النسبية من ${ref.chosen ? 'تاريخ المرجع' : 'تاريخ اليوم'}: `);
  line.append(el('span', { class: 'iso' }, ref.now));
  return line;
}

function renderArticles(result, ref) {
  const root = $('articles');
  root.replaceChildren();
  state.segments = [];
  if (result.language && result.language.code !== 'ar' && result.articles.length) {
    const name = LANGUAGE_NAMES[result.language.code];
    root.append(el('p', { class: 'note' }, name
      ? `هذا النص مكتوب ب${name}، لا بالعربية؛ نبأ يقرأ العربية فقط، فلم نبحث فيه عن أسماء ولا تواريخ.`
      : 'لم نجد نصًا عربيًا في هذا المقال؛ نبأ يقرأ العربية فقط، فلم نبحث فيه عن أسماء ولا تواريخ.'));
  }
  if (!result.articles.length) root.append(el('p', { class: 'empty' }, 'لم يُعثر على مقالات في هذا النص.'));
  result.articles.forEach((a, i) => {
    const card = el('article', { class: 'article', 'data-index': String(i) });
    const h = el('h2');
    if (a.title) h.append(textNode(result, a.title.start, a.title.end)); else h.textContent = '(بلا عنوان)';
    card.append(h);
    // The page's own words (a Latin date line «14 January 2025 - 13:05 GMT», a byline) are isolated
    // (<bdi>), and a value is shown readable and on one line (isoText, nowrap), as in the extension's
    // card: in the RTL line «(2025-01-14T13:05)» after a Latin date was drawn «14 -(2025 … 01-14T13:05)»,
    // and a phone broke «2025-01-14» at its hyphen.
    const meta = el('div', { class: 'meta' });
    const iso = (v) => el('bdi', { class: 'iso', dir: 'ltr' }, v ? isoText(v) : '?');
    const part = (cls, label, text, value) => {
      const s = el('span', { class: cls }, label);
      s.append(el('bdi', {}, text || ''));
      if (value !== undefined) s.append(' ', iso(value));
      return s;
    };
    if (a.published) {
      const d = part('published', '', a.published.value && relativeStamp(a.published.text) ? '' : a.published.text, a.published.value);
      if (a.published.inferred) d.append(' ', el('span', { class: 'inferred' }, '(تاريخ الصفحة)'));
      meta.append(d);
    }
    if (a.updated) meta.append(part('updated', 'آخر تحديث: ', a.updated.text, a.updated.value || undefined));
    if (a.byline) meta.append(part('byline', ownLabel(a.byline.text) ? '' : 'بقلم: ', a.byline.text));
    if (a.source) meta.append(part('source', 'المصدر: ', a.source.text));
    const refLine = referenceLine(a, ref);
    if (refLine) meta.append(refLine);
    card.append(meta);
    if (a.summary) {
      const lede = el('p', { class: 'summary', 'data-start': String(a.summary.start), 'data-end': String(a.summary.end) });
      lede.append(textNode(result, a.summary.start, a.summary.end));
      card.append(lede);
    }
    if (a.keywords.length) {
      const chips = el('ul', { class: 'chips', 'aria-label': 'كلمات دلالية' });
      for (const k of a.keywords) chips.append(el('li', {}, k.text));
      card.append(chips);
    }
    for (const p of a.paragraphs) {
      const para = el('p', { 'data-start': String(p.start), 'data-end': String(p.end) });
      para.append(textNode(result, p.start, p.end));
      card.append(para);
    }
    root.append(card);
  });
  // The worker sends the first articles only: a huge page stays responsive (the rest is in the export).
  if (result.totalArticles > result.articles.length) {
    root.append(el('p', { class: 'more' }, `… و${result.totalArticles - result.articles.length} مقالًا آخر (في ملف التصدير)`));
  }
  state.segments.sort((x, y) => x.start - y.start);
}

function flash(start, end) {
  state.unselect();
  state.unselect = paint(state.segments, { 'naba-focus': [{ start, end }] });
  const r = rangesFor(state.segments, start, end)[0];
  if (r) r.startContainer.parentElement.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

function select(group, li) {
  document.querySelectorAll('.entity.selected').forEach((x) => x.classList.remove('selected'));
  li.classList.add('selected');
  state.unselect();
  state.unselect = paint(state.segments, { 'naba-selected': group.mentions });
  const r = rangesFor(state.segments, group.mentions[0].start, group.mentions[0].end)[0];
  if (r) r.startContainer.parentElement.scrollIntoView({ behavior: 'smooth', block: 'center' });
}

function show(result, ref) {
  state.unpaint(); state.unselect();
  state.unselect = () => {};
  state.result = result;
  renderArticles(result, ref);
  state.unpaint = paintNear(state.segments, groupsFor(result));
  renderEntityList($('entities'), result, select);
  renderTimeline($('timeline'), result, (t) => flash(t.start, t.end));
  setStatus('ready', `جاهز — ${counted(result.totalArticles, 'مقال')}، ${counted(result.totalEntities, 'كيان')} — نبأ ${result.naba}`);
}

/** The status line, in Arabic; `data-state` (loading, busy, ready, error) is what scripts and tests read. */
function setStatus(stateName, text) {
  const s = $('status');
  s.dataset.state = stateName;
  s.textContent = text;
}

const LANGUAGE_NAMES = { fa: 'الفارسية', en: 'الإنجليزية' };

// Hover: the name or date under the pointer (CSS highlights have no events, so find the text offset).
function entityAt(x, y) {
  if (!state.result) return null;
  if (state.tipsOf !== state.result) { state.tipsOf = state.result; state.tips = tipMentions(state.result); }
  return mentionAt(state.segments, state.tips, x, y);
}

document.addEventListener('mousemove', (ev) => {
  const tip = $('tooltip');
  const e = ev.target.closest && ev.target.closest('.article') ? entityAt(ev.clientX, ev.clientY) : null;
  if (!e) { tip.hidden = true; return; }
  placeTip(tip, tipText(e), ev.clientX, ev.clientY);
});

/**
 * `auto`: HTML when the input opens with a tag or a comment (a fragment copied from a page's source opens
 * with `<h1>`, `<section>`, `<meta>` or `<!-- saved from -->` as often as with `<html>`), or holds two
 * closing tags of text blocks or links (a fragment after a line of text); else text. A text that only
 * mentions a `<` («النسبة <5%», «الوسم <p>») stays text.
 */
function detectFormat(text) {
  const f = $('format').value;
  if (f !== 'auto') return f;
  if (/^\s*<(?:!--|!doctype|[a-z][a-z0-9-]*(?:\s|\/?>))/i.test(text)) return 'html';
  return (text.match(/<\/(?:p|div|h[1-6]|article|section|main|li|td|span|a|body|html)>/gi) || []).length >= 2 ? 'html' : 'text';
}

/** Text larger than this from a file is kept in memory, not put in the textarea (a 10 MB textarea takes
 * seconds to lay out and would freeze the page). */
const TEXTAREA_LIMIT = 1024 * 1024;

async function run() {
  const input = state.fileText !== null && $('input').value === state.filePlaceholder ? state.fileText : $('input').value;
  const chosen = !!$('now').value;
  const now = $('now').value || localDay();
  const options = { format: detectFormat(input), now };
  const bar = $('progress');
  bar.hidden = false;
  bar.firstElementChild.style.width = '5%';
  setStatus('busy', 'جارٍ التحليل…');
  try {
    const result = await analyzeInWorker(input, options, (done, total) => {
      bar.firstElementChild.style.width = `${Math.max(5, Math.round((100 * done) / total))}%`;
      setStatus('busy', `جارٍ التحليل… ${done} من ${total}`);
    });
    show(result, { now, chosen });
  } catch (e) {
    setStatus('error', `خطأ: ${e.message}`);
  } finally {
    bar.hidden = true;
  }
}

function download(name, json) {
  const blob = new Blob([json], { type: 'application/json' });
  const a = el('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(a); a.click(); a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

const EXPORT_NAMES = { api: 'naba.json', displacy: 'naba-displacy.json', timelinejs: 'naba-timelinejs.json' };

document.querySelector('.exports').addEventListener('click', async (ev) => {
  const kind = ev.target.dataset && ev.target.dataset.export;
  if (!kind || !state.result) return;
  download(EXPORT_NAMES[kind], await ask({ type: 'export', kind }));
});

/** Reads a dropped or chosen file: HTML in its declared charset (windows-1256 and friends), else UTF-8. */
async function readFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const head = new TextDecoder('latin1').decode(bytes.slice(0, 4096));
  const m = /charset=["']?([\w-]+)/i.exec(head);
  let label = m ? m[1].toLowerCase() : 'utf-8';
  try { return new TextDecoder(label).decode(bytes); } catch { return new TextDecoder('utf-8').decode(bytes); }
}

async function loadFile(file) {
  const text = await readFile(file);
  if (text.length > TEXTAREA_LIMIT) {
    state.fileText = text;
    state.filePlaceholder = `(${file.name}: ${(text.length / 1048576).toFixed(1)}M characters, kept in memory)`;
    $('input').value = state.filePlaceholder;
  } else {
    state.fileText = null;
    $('input').value = text;
  }
  $('format').value = /\.html?$/i.test(file.name) ? 'html' : 'auto';
  await run();
}

async function loadSample() {
  state.fileText = null;
  $('input').value = await (await fetch('./samples/aggregator-ar.txt')).text();
  $('format').value = 'auto';
  $('now').value = '';
  await run();
}

async function main() {
  $('go').addEventListener('click', run);
  $('sample').addEventListener('click', loadSample);
  $('file').addEventListener('change', (ev) => ev.target.files[0] && loadFile(ev.target.files[0]));
  document.addEventListener('dragover', (ev) => ev.preventDefault());
  document.addEventListener('drop', (ev) => { ev.preventDefault(); const f = ev.dataTransfer.files[0]; if (f) loadFile(f); });
  if (!highlightsSupported()) document.documentElement.classList.add('no-highlight-api');
  await loadSample();
}

main().catch((e) => setStatus('error', `خطأ: ${e}`));
