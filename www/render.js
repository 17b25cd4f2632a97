// Shared by the demo page and the extension panel: the entity list and the SVG timeline.
// Everything is built with createElement/textContent: page text never becomes HTML.

const SVG = 'http://www.w3.org/2000/svg';
export const LABEL_NAMES = { PER: 'شخص', LOC: 'مكان', ORG: 'منظمة', MISC: 'أخرى', DATE: 'تاريخ' };

// A count with its noun in Arabic's number agreement (Intl's plural categories): 1 مقال, مقالان,
// 3–10 مقالات, 11–99 مقالًا, 100 مقال, none: لا مقالات. «5 كيان», «9 كيانًا» and «0 كيان» read wrong.
const FORMS = { مقال: ['مقالان', 'مقالات', 'مقالًا'], كيان: ['كيانان', 'كيانات', 'كيانًا'] };
const plural = new Intl.PluralRules('ar');
export function counted(n, noun) {
  const c = plural.select(n), [two, few, many] = FORMS[noun];
  if (c === 'zero') return `لا ${few}`; // «لا كيانات», not «0 كيان»
  return c === 'two' ? two : `${n} ${c === 'few' ? few : c === 'many' ? many : noun}`;
}

/**
 * Whether a byline carries its own label (`متابعة: سامي الطرابلسي`, `إعداد: …`, `تقرير: …`): shown as it
 * is, not after «بقلم», which read «بقلم متابعة: …».
 */
export const ownLabel = (text) => /^[^\s:]{2,12}\s?:/.test(String(text).trim());

/**
 * A publication stamp that counts from the moment the page was made («منذ ساعتين», «قبل 3 ساعات»,
 * «منذ ٤٥ دقيقة»): words naming no year, with «منذ», «قبل», «أمس», «اليوم» or «ago». Its value came from
 * the page's markup (a <time datetime>, metadata); shown beside it, the words were wrong on every later
 * day («منذ ساعتين (2025-05-06)» read on a page saved a year before), so the value is shown alone.
 */
export const relativeStamp = (text) => !/[\d\u0660-\u0669\u06F0-\u06F9]{4}/.test(text)
  && /(^|\s)(منذ|قبل|أمس|البارحة|اليوم|الآن)(\s|$)|\bago\b/i.test(String(text).trim());

/** Today on the reader's calendar (`2025-11-18`): their time zone's day, not UTC's. */
export function localDay() {
  const d = new Date(), two = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** An element with attributes and text (set as text, never as HTML). */
export function el(tag, attrs = {}, text) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Entities of a result grouped by id: [{ id, canonical, label, mentions: [entity] }], most mentioned first. */
export function entityGroups(result) {
  const byId = new Map();
  for (const a of result.articles) {
    for (const e of a.entities) {
      if (!byId.has(e.id)) byId.set(e.id, { id: e.id, canonical: e.canonical, label: e.label, mentions: [] });
      byId.get(e.id).mentions.push(e);
    }
  }
  return [...byId.values()].sort((x, y) => y.mentions.length - x.mentions.length || x.canonical.localeCompare(y.canonical, 'ar'));
}

/** Renders the entity list into `container`; `onSelect(group)` is called when an entity is clicked. */
export function renderEntityList(container, result, onSelect) {
  container.replaceChildren();
  const groups = entityGroups(result);
  if (!groups.length) { container.append(el('p', { class: 'empty' }, 'لا كيانات')); return; }
  const list = el('ul', { class: 'entity-list' });
  for (const g of groups) {
    const li = el('li', { class: `entity ent-${g.label}`, 'data-id': g.id, tabindex: '0', role: 'button' });
    li.append(el('span', { class: 'swatch' }), el('span', { class: 'name' }, g.canonical),
      el('span', { class: 'type' }, LABEL_NAMES[g.label] || g.label), el('span', { class: 'count' }, String(g.mentions.length)));
    const go = () => onSelect && onSelect(g, li);
    li.addEventListener('click', go);
    li.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); go(); } });
    list.append(li);
  }
  container.append(list);
}

/** A day number for an ISO value at any grain (weeks: their Monday), for placing marks. */
export function dayOf(value) {
  if (!value) return null;
  const w = /^(\d{4})-W(\d{2})$/.exec(value);
  if (w) {
    const jan4 = Date.UTC(+w[1], 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    return jan4 / 864e5 - dow + 7 * (+w[2] - 1);
  }
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value);
  if (!m) return null;
  return Date.UTC(+m[1], (+m[2] || 1) - 1, +m[3] || 1) / 864e5;
}

/**
 * A value's day number with its clock as a fraction of the day (`2025-05-11T19:00` → day + 19/24), so
 * entries of one day are ordered by their hour: a live blog and a channel's feed give their newest entry
 * first, and their day's 19:00 came above its 07:00. A value without a clock is its day's start.
 */
function instantOf(value) {
  const t = /T(\d{2}):(\d{2})/.exec(value);
  return dayOf(value) + (t ? (+t[1] * 60 + +t[2]) / 1440 : 0);
}

/**
 * Draws the timeline of all articles as an SVG: one mark per entry at its date (vague ones hollow),
 * its clause and entities on hover (SVG <title>), `onPick(entry)` on click.
 */
/**
 * The dated timeline entries of all articles, oldest first (then in text order), and the canonical
 * name of every entity id; `null` (after saying so in `container`) when there are none.
 */
function datedEntries(container, result) {
  container.replaceChildren();
  const names = new Map();
  for (const a of result.articles) for (const e of a.entities) names.set(e.id, e.canonical);
  const entries = result.articles.flatMap((a) => a.timeline).filter((t) => dayOf(t.value) !== null);
  if (!entries.length) { container.append(el('p', { class: 'empty' }, 'لا أحداث مؤرخة')); return null; }
  entries.sort((x, y) => instantOf(x.value) - instantOf(y.value) || x.start - y.start);
  return { names, entries };
}

export function renderTimeline(container, result, onPick) {
  const dated = datedEntries(container, result);
  if (!dated) return;
  const { names, entries } = dated;
  const days = entries.map((t) => dayOf(t.value));
  const min = Math.min(...days), max = Math.max(...days);
  const rowH = 28, top = 10, width = 320, pad = 14;
  const height = top + rowH * entries.length + 10;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('class', 'timeline');
  svg.setAttribute('role', 'list');
  const axisX = pad + 6;
  const line = document.createElementNS(SVG, 'line');
  Object.entries({ x1: axisX, x2: axisX, y1: top, y2: height - 6, class: 'axis' }).forEach(([k, v]) => line.setAttribute(k, v));
  svg.append(line);
  entries.forEach((t, i) => {
    const y = top + rowH * i + rowH / 2;
    const g = document.createElementNS(SVG, 'g');
    g.setAttribute('class', `mark${t.vague ? ' vague' : ''} grain-${t.grain}`);
    g.setAttribute('role', 'listitem');
    g.setAttribute('tabindex', '0');
    // Position along the bar shows how far apart events are.
    const frac = max > min ? (days[i] - min) / (max - min) : 0;
    const bar = document.createElementNS(SVG, 'rect');
    Object.entries({ x: axisX, y: y - 2, width: 4 + frac * 60, height: 4, class: 'span' }).forEach(([k, v]) => bar.setAttribute(k, v));
    const dot = document.createElementNS(SVG, 'circle');
    Object.entries({ cx: axisX, cy: y, r: t.grain === 'day' || t.grain === 'hour' || t.grain === 'minute' ? 5 : 7 }).forEach(([k, v]) => dot.setAttribute(k, v));
    const label = document.createElementNS(SVG, 'text');
    Object.entries({ x: axisX + 74, y: y + 4, class: 'date' }).forEach(([k, v]) => label.setAttribute(k, v));
    label.textContent = `${spanText(t)}${t.vague ? ' (تقريبي)' : ''}`;
    const title = document.createElementNS(SVG, 'title');
    const who = t.entities.map((id) => names.get(id)).filter(Boolean).join('، ');
    title.textContent = `${t.text}${who ? `\n— ${who}` : ''}`;
    g.append(title, bar, dot, label);
    const pick = () => onPick && onPick(t);
    g.addEventListener('click', pick);
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
    svg.append(g);
  });
  container.append(svg);
}

/** displaCy-style JSON: one {text, ents} per article, offsets relative to the article. */
export function toDisplacy(result) {
  return result.articles.map((a) => ({
    text: result.text.slice(a.start, a.end),
    ents: a.entities.map((e) => ({ start: e.start - a.start, end: e.end - a.start, label: e.label })),
    title: a.title ? a.title.text : null,
  }));
}

/**
 * An entry's date as shown, and the grain to name beside it. A span (an entry with `endValue`) shows its
 * bounds at the largest unit they are whole in (`1600 – 1699` for a century, `2026-01 – 2026-03` for a
 * quarter, days otherwise) and is named a period («فترة»): its value's grain (the day of its bounds)
 * would call a century «يوم».
 */
function spanOf(t) {
  const week = weekDays(t.value);
  if (week) return { text: `${week[0]} – ${week[1]}`, grain: t.grain };
  if (!t.endValue) return { text: isoText(t.value), grain: t.grain };
  const [from, to, unit] = wholeBounds(t.value, t.endValue);
  return from === to ? { text: isoText(from), grain: unit } : { text: `${isoText(from)} – ${isoText(to)}`, grain: 'span' };
}

/**
 * An ISO value as a reader reads it: a date-time's «T» becomes a space (`2025-11-17T16:05` →
 * `2025-11-17 16:05`, a bare clock `T16:05` → `16:05`); other values as they are. For display only:
 * the exports keep the ISO value.
 */
export function isoText(value) {
  return String(value).replace(/^(\d{4}-\d{2}-\d{2})?T(?=\d{2}:\d{2})/, (_, d) => (d ? `${d} ` : ''));
}
const spanText = (t) => spanOf(t).text;

/**
 * The mentions a hover tip names, and what it says of one: a name's canonical form and type; a date's
 * value as resolved, against its own article's date («أمس الأربعاء» on a page of 16 January 2025 says
 * 2025-01-15), isolated so the tip's RTL line draws it as written, or «غير محدد». The dates were painted
 * without a tip: a reader could not check where one lands without searching the timeline.
 */
export const tipMentions = (result) => result.articles.flatMap((a) => [...a.entities, ...a.dates]);
export function tipText(m) {
  if (m.canonical !== undefined) return `${m.canonical} — ${LABEL_NAMES[m.label] || m.label}`;
  return `${m.value ? `\u2066${spanText(m)}\u2069` : 'غير محدد'} — ${LABEL_NAMES.DATE}`;
}

/**
 * A week's value (`2025-W38`) as its first and last day, Monday to Sunday as ISO 8601 counts them
 * (`2025-09-15`, `2025-09-21`); null for a value of any other grain. «W38» means nothing to a reader,
 * and TimelineJS would read `2025-W38` as the whole year 2025.
 */
function weekDays(value) {
  if (!/^\d{4}-W\d{2}$/.test(value || '')) return null;
  const day = (n) => new Date(n * 864e5).toISOString().slice(0, 10);
  const monday = dayOf(value);
  return [day(monday), day(monday + 6)];
}

/** Day bounds from the first of a month (or year) to the last of one, as months (or years). */
function wholeBounds(from, to) {
  const f = /^(\d{4})-(\d{2})-(\d{2})$/.exec(from), e = /^(\d{4})-(\d{2})-(\d{2})$/.exec(to);
  if (!f || !e) return [from, to, 'day'];
  const lastDay = new Date(Date.UTC(+e[1], +e[2], 0)).getUTCDate(); // day 0 of the next month
  if (f[3] !== '01' || +e[3] !== lastDay) return [from, to, 'day'];
  if (f[2] === '01' && e[2] === '12') return [f[1], e[1], 'year'];
  return [`${f[1]}-${f[2]}`, `${e[1]}-${e[2]}`, 'month'];
}

/** A TimelineJS date object from an ISO value (year, month, day, hour, minute), or null. */
function timelineJSDate(value) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?/.exec(value || '');
  if (!m) return null;
  const d = { year: m[1] };
  if (m[2]) d.month = String(+m[2]);
  if (m[3]) d.day = String(+m[3]);
  if (m[4]) { d.hour = String(+m[4]); d.minute = String(+m[5]); }
  return d;
}

/** Text for a field TimelineJS reads as HTML (its headlines and texts): `<`, `>`, `&` and quotes escaped. */
const HTML_ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const htmlText = (s) => String(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/**
 * TimelineJS JSON: one event per timeline entry (a span with its end date), titled by the first article's
 * title, else by `pageTitle` (the extension passes the page's), else «naba». TimelineJS puts headlines and
 * texts into its page as HTML: page text goes in escaped, so it stays text.
 */
export function toTimelineJS(result, pageTitle) {
  const events = [];
  for (const a of result.articles) {
    for (const t of a.timeline) {
      const week = weekDays(t.value);
      const start_date = timelineJSDate(week ? week[0] : t.value);
      if (!start_date) continue;
      const event = { start_date, text: { headline: htmlText(a.title ? a.title.text : ''), text: htmlText(t.text) } };
      const end_date = timelineJSDate(t.endValue || (week && week[1]));
      if (end_date) event.end_date = end_date;
      events.push(event);
    }
  }
  const first = result.articles.find((a) => a.title && a.title.text.trim());
  const title = (first ? first.title.text : (pageTitle || '')).trim() || 'naba';
  return { title: { text: { headline: htmlText(title) } }, events };
}

const GRAIN_NAMES = { second: 'ثانية', minute: 'دقيقة', hour: 'ساعة', day: 'يوم', week: 'أسبوع', month: 'شهر', quarter: 'ربع سنة', year: 'سنة', decade: 'عقد', span: 'فترة' };

/**
 * The timeline as a readable list: one group per date as shown (and its grain), oldest first, each with
 * its entries' sentences and the entities in them. A vague entry (a date only guessed, as «خلال الأيام
 * المقبلة» on the page's day) joins its date's group, marked on its own; a group all of vague entries
 * says so in its heading. Groups are keyed, not merged with their neighbour only: a vague entry sorted
 * between two precise ones of its day used to split that day in two. `onPick(entry)` is called when an
 * event is clicked or Entered.
 */
export function renderTimelineList(container, result, onPick) {
  const dated = datedEntries(container, result);
  if (!dated) return;
  const { names, entries } = dated;
  const groups = new Map(); // entries are sorted by day, so groups come in date order
  for (const t of entries) {
    const shown = spanOf(t);
    const key = `${shown.text}\u0001${shown.grain}`;
    if (!groups.has(key)) groups.set(key, { value: shown.text, grain: shown.grain, items: [] });
    groups.get(key).items.push(t);
  }
  const list = el('ol', { class: 'tl-list' });
  for (const g of groups.values()) {
    const vague = g.items.every((t) => t.vague);
    const li = el('li', { class: `tl-group${vague ? ' vague' : ''}` });
    const head = el('div', { class: 'tl-date' });
    head.append(el('bdi', { dir: 'ltr' }, g.value), el('span', { class: 'tl-grain' }, ` ${GRAIN_NAMES[g.grain] || g.grain}${vague ? ' · تقريبي' : ''}`));
    li.append(head);
    const items = el('ul', { class: 'tl-events' });
    for (const t of g.items) {
      const item = el('li', { class: `tl-event${t.vague ? ' vague' : ''}`, tabindex: '0', role: 'button' });
      item.append(el('span', { class: 'tl-text' }, t.text));
      if (t.vague && !vague) item.append(el('span', { class: 'tl-who' }, 'تاريخ تقريبي'));
      const who = t.entities.map((id) => names.get(id)).filter(Boolean);
      if (who.length) item.append(el('span', { class: 'tl-who' }, who.join('، ')));
      const pick = () => onPick && onPick(t);
      item.addEventListener('click', pick);
      item.addEventListener('keydown', (ev) => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); pick(); } });
      items.append(item);
    }
    li.append(items);
    list.append(li);
  }
  container.append(list);
}

/** The reference date an article's relative dates were resolved against: its publication date, else `now`. */
export function referenceOf(article, now) {
  const v = article && article.published && article.published.value;
  return v ? v.slice(0, 10) : now;
}
