// Shared by the demo page and the extension: maps naba's UTF-16 spans onto DOM ranges and paints them.
//
// A "segment map" lists the text nodes a result's text was built from: [{ node, start, off, len }] says
// that the result text's `len` units at `start` are the node's units at `off` (the whole node when `off`
// and `len` are left out). Offsets are UTF-16 code units, exactly what `text.slice(start, end)` uses, so
// no conversion is needed. Painting uses the CSS Custom Highlight API
// (no DOM change; the page's own scripts keep working); where it is missing, text is wrapped in <mark>
// elements instead. Page text is never inserted as HTML anywhere.

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'DATE'];

/** The DOM Ranges covering [start, end) of the result text (one per text node it crosses). */
export function rangesFor(segments, start, end) {
  const out = [];
  // Binary search for the first segment that ends after `start`.
  const lenOf = (s) => (s.len === undefined ? s.node.data.length : s.len);
  let lo = 0, hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s.start + lenOf(s) <= start) lo = mid + 1; else hi = mid;
  }
  // Consecutive pieces of one node (a run broken only by folded white space) become one range.
  let last = null;
  for (let i = lo; i < segments.length; i++) {
    const seg = segments[i];
    const s = seg.start, off = seg.off || 0, len = lenOf(seg);
    if (s >= end) break;
    const a = Math.max(start, s) - s + off;
    const b = Math.min(end, s + len) - s + off;
    if (b <= a) continue;
    if (last && last.endContainer === seg.node && last.endOffset <= a) { last.setEnd(seg.node, b); continue; }
    const r = document.createRange();
    r.setStart(seg.node, a);
    r.setEnd(seg.node, b);
    out.push(r);
    last = r;
  }
  // A mention that spans two pieces of different nodes (قال <b>بوتين</b>) is one range across them.
  if (out.length > 1) {
    const r = document.createRange();
    r.setStart(out[0].startContainer, out[0].startOffset);
    r.setEnd(out[out.length - 1].endContainer, out[out.length - 1].endOffset);
    return [r];
  }
  return out;
}

/** The offset in the result text of a DOM position (text node + offset), or -1. */
export function offsetOf(segments, node, offset) {
  for (const s of segments) {
    if (s.node !== node) continue;
    const off = s.off || 0, len = s.len === undefined ? node.data.length : s.len;
    if (offset >= off && offset <= off + len) return s.start + offset - off;
  }
  return -1;
}

/**
 * The mention under the pointer at (x, y): CSS highlights have no events, so the text position under
 * the pointer is mapped back to a result offset. `mentions` are spans ({start, end, …}) of the result;
 * `shadowRoots` the shadow roots whose text was read.
 */
export function mentionAt(segments, mentions, x, y, shadowRoots = []) {
  // (Text in a shadow root is found there only when its root is named.)
  const pos = document.caretPositionFromPoint ? document.caretPositionFromPoint(x, y, { shadowRoots }) : null;
  const range = !pos && document.caretRangeFromPoint ? document.caretRangeFromPoint(x, y) : null;
  const node = pos ? pos.offsetNode : range && range.startContainer;
  const offset = pos ? pos.offset : range && range.startOffset;
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  const at = offsetOf(segments, node, offset);
  if (at < 0) return null;
  return mentions.find((m) => m.start <= at && at < m.end) || null;
}

/**
 * Shows `text` in a tooltip (position: fixed) beside the pointer at (x, y) and wholly inside the window:
 * below the pointer, or above it on the window's last lines; on one line, never past the window's right
 * edge (an RTL line starts there: the demo's tip for its first word was squeezed onto two lines, and the
 * tip of a mention on the last line was cut off by the window's bottom). Measured only when its text
 * changes: the pointer's moves over one mention (and the moves a scroll makes under a still pointer)
 * force no layout of a long page.
 */
const TIP_SIZES = new WeakMap();
export function placeTip(tip, text, x, y) {
  if (tip.hidden || tip.textContent !== text || !TIP_SIZES.has(tip)) {
    tip.textContent = text;
    tip.hidden = false;
    tip.style.left = '0px'; // (its full width: near the edge it was squeezed)
    TIP_SIZES.set(tip, [tip.offsetWidth, tip.offsetHeight]);
  }
  const [w, h] = TIP_SIZES.get(tip);
  tip.style.left = `${Math.max(0, Math.min(x + 12, document.documentElement.clientWidth - w - 4))}px`;
  tip.style.top = `${y + 16 + h > window.innerHeight ? y - 8 - h : y + 16}px`;
}

/** The segment map of a `format: "dom"` result: its `nodeMap` quadruples over the walker's text nodes. */
export function segmentsFromMap(nodeMap, texts) {
  const out = [];
  for (let i = 0; i + 3 < (nodeMap || []).length; i += 4) {
    const node = texts[nodeMap[i + 1]];
    if (node) out.push({ start: nodeMap[i], node, off: nodeMap[i + 2], len: nodeMap[i + 3] });
  }
  return out;
}

export function highlightsSupported() {
  return typeof CSS !== 'undefined' && CSS.highlights && typeof Highlight === 'function';
}

/**
 * Paints spans: `groups` maps a highlight name (e.g. 'naba-PER') to [{start, end}]. Returns a function
 * that removes everything it painted.
 */
export function paint(segments, groups) {
  if (highlightsSupported()) {
    for (const [name, spans] of Object.entries(groups)) {
      const h = new Highlight();
      for (const sp of spans) for (const r of rangesFor(segments, sp.start, sp.end)) h.add(r);
      CSS.highlights.set(name, h);
    }
    return () => { for (const name of Object.keys(groups)) CSS.highlights.delete(name); };
  }
  // Fallback: wrap ranges in <mark class="name">, last spans first so earlier ranges stay valid.
  const marks = [];
  const all = [];
  for (const [name, spans] of Object.entries(groups)) for (const sp of spans) all.push({ name, ...sp });
  all.sort((a, b) => b.start - a.start);
  for (const sp of all) {
    for (const r of rangesFor(segments, sp.start, sp.end).reverse()) {
      const m = document.createElement('mark');
      m.className = sp.name;
      try { r.surroundContents(m); marks.push(m); } catch { /* crosses an element boundary */ }
    }
  }
  return () => {
    for (const m of marks) {
      const parent = m.parentNode;
      if (!parent) continue;
      while (m.firstChild) parent.insertBefore(m.firstChild, m);
      parent.removeChild(m);
      parent.normalize();
    }
  };
}

/**
 * Paints like `paint`, but for a long text only what is near the window: above `limit` spans, a range is
 * registered only while its element is within a screen and a half of the window (an IntersectionObserver;
 * for text lying loose in a tall block, such as <br>-separated lines, the element beside it). Chromium
 * pays for highlights per registered range on every frame: 7,000 of them made a scroll run at 4 frames a
 * second.
 */
export function paintNear(segments, groups, limit = 1500) {
  if (Object.values(groups).reduce((n, g) => n + g.length, 0) < limit || typeof IntersectionObserver !== 'function' || !highlightsSupported()) return paint(segments, groups);
  const hs = {}, near = new Map(), root = document.documentElement, tall = 2 * innerHeight;
  for (const n of Object.keys(groups)) CSS.highlights.set(n, hs[n] = new Highlight());
  const boxed = (e) => { while (e && e !== root && !e.getClientRects().length) e = e.parentElement; return e || root; };
  const anchor = (t) => {
    const e = boxed(t.parentElement);
    if (e.getBoundingClientRect().height <= tall) return e;
    for (const dir of ['nextSibling', 'previousSibling']) {
      for (let x = t[dir]; x; x = x[dir]) if (x.nodeType === 1 && x.getClientRects().length) return x;
    }
    return e;
  };
  for (const [n, spans] of Object.entries(groups)) {
    for (const sp of spans) {
      for (const r of rangesFor(segments, sp.start, sp.end)) {
        const a = anchor(r.startContainer);
        if (!near.has(a)) near.set(a, []);
        near.get(a).push([n, r]);
      }
    }
  }
  const io = new IntersectionObserver((seen) => {
    for (const en of seen) for (const [n, r] of near.get(en.target)) if (en.isIntersecting) hs[n].add(r); else hs[n].delete(r);
  }, { rootMargin: '150% 100%' });
  for (const a of near.keys()) io.observe(a);
  return () => { io.disconnect(); for (const n of Object.keys(groups)) CSS.highlights.delete(n); };
}

/** Highlight groups for an analysis: one per entity type, plus dates. */
export function groupsFor(result) {
  const groups = {};
  for (const t of TYPES) groups[`naba-${t}`] = [];
  for (const a of result.articles) {
    for (const e of a.entities) groups[`naba-${e.label}`].push(e);
    for (const d of a.dates) groups['naba-DATE'].push(d);
  }
  return groups;
}

/** Elements whose subtree naba never reads: sent empty (the core skips them too). */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'IFRAME', 'SELECT', 'OPTION',
  'BUTTON', 'INPUT', 'TEXTAREA', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'MAP']);
/** The attributes the extractor and the metadata reader look at. */
const ATTRS = new Set(['class', 'id', 'role', 'itemprop', 'itemtype', 'itemscope', 'datetime', 'content', 'name',
  'property', 'rel', 'type', 'lang', 'dir', 'hidden', 'aria-hidden', 'aria-label', 'aria-labelledby', 'http-equiv', 'charset']);

/** A link to a tag's page (`/tags/5g`, `/tag/…`, `/keyword/…`), as `is_tag_path` in src/html/tokenize.rs. */
const TAG_PATH = /^(?:[^?#]*\/)?(tags?|keywords?|hashtags?)(\/|$|[?#])/i;

/**
 * Walks a live document once, without recursion, into naba's `format: "dom"` events (src/html/live.rs):
 * `[name, attr, value, …]` opens an element, a string is a text node, `0` closes. What the page does not
 * show (computed display:none or visibility:hidden, `hidden`, `aria-hidden` but for a twin of screen-reader text) is sent empty with a
 * `hidden` attribute; so are `skip(el)` elements (naba's own panel). JSON-LD scripts keep their text
 * (metadata). Returns the events as a JSON string, the text nodes in event order and the shadow roots
 * entered.
 *
 * A page built of web components shows what their shadow roots hold, not their light children: a
 * story's body in a `<news-story>` element's shadow root was never read ("no article"). An element with
 * a shadow root (`shadowOf(el)`: an open one by default; the extension also reaches closed ones) is
 * walked as its shadow tree, where a `<slot>` stands for the light children assigned to it (else its
 * own fallback), as the page draws them (the flat tree).
 */
export function walkDom(doc = document, skip = () => false, shadowOf = (el) => el.shadowRoot) {
  const events = [];
  const texts = [];
  const shadows = [];
  const root = doc.documentElement;
  if (!root) return { events: '[]', texts, shadows };
  const open = (el, hidden) => {
    const ev = [el.localName || el.nodeName.toLowerCase()];
    for (const a of el.attributes) {
      // (Of a link's address only one to a tag's page, which marks a tag list: src/html/tokenize.rs.)
      if (ATTRS.has(a.name) || (a.name === 'href' && TAG_PATH.test(a.value))) ev.push(a.name, a.value);
      // (A canonical link's address as its `content`, as src/html/tokenize.rs keeps it: it may carry the day.)
      else if (a.name === 'href' && ev[0] === 'link' && /canonical/i.test(el.rel)) ev.push('content', a.value);
    }
    if (hidden && !el.hasAttribute('hidden')) ev.push('hidden', '');
    events.push(ev);
  };
  const view = doc.defaultView;
  // An aria-hidden element beside text only screen readers read is the painted twin of that text
  // (`<span class="screen-reader-text">…</span><span aria-hidden="true">17/3/2024</span>`): it is shown
  // (src/html/extract.rs, `has_spoken_twin`, reads an HTML page by the same rule).
  const spokenTwin = (el) => {
    for (let c = el.parentElement && el.parentElement.firstElementChild; c; c = c.nextElementSibling) {
      if (c !== el && /(^|\s)(sr-only|visually-hidden|screen-reader-text)(\s|$)/i.test(c.getAttribute('class') || '')) return true;
    }
    return false;
  };
  const invisible = (el) => {
    if (el.hidden || (el.getAttribute('aria-hidden') === 'true' && !spokenTwin(el))) return true;
    if (!view || el === root || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return false;
    const cs = view.getComputedStyle(el);
    return cs.display === 'none' || cs.visibility === 'hidden' || cs.contentVisibility === 'hidden';
  };
  // The stack holds nodes to enter, and `null` to close the element entered before them.
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n === null) { events.push(0); continue; }
    if (n.nodeType === 3) {
      if (n.data.length) { events.push(n.data); texts.push(n); }
      continue;
    }
    if (n.nodeType !== 1) continue;
    const tag = n.nodeName.toUpperCase();
    if (tag === 'SCRIPT') {
      if (/ld\+json/i.test(n.type || '')) { open(n, false); events.push(n.textContent); texts.push(null); events.push(0); }
      continue;
    }
    const head = tag === 'HEAD' || n.parentElement && n.parentElement.nodeName.toUpperCase() === 'HEAD';
    if (skip(n)) continue;
    if (OPAQUE.has(tag) || (!head && invisible(n))) { open(n, !OPAQUE.has(tag)); events.push(0); continue; }
    // (A slot is no box of its own: what it shows goes in its place.)
    const slot = tag === 'SLOT' && n.getRootNode() !== doc;
    const sr = !slot && shadowOf(n);
    if (sr) shadows.push(sr);
    const assigned = slot && n.assignedNodes();
    if (!slot) { open(n, false); stack.push(null); }
    if (assigned && assigned.length) for (let i = assigned.length - 1; i >= 0; i--) stack.push(assigned[i]);
    else for (let c = (sr || n).lastChild; c; c = c.previousSibling) stack.push(c);
  }
  // Last, the page's own address, as a page's `og:url` (after any it declares): on a page dated nowhere
  // else, the day in it (`/2025/03/14/`) is the story's (src/html/meta.rs).
  if (/^https?:/.test(doc.URL || '')) { events.pop(); events.push(['meta', 'property', 'og:url', 'content', doc.URL], 0, 0); }
  return { events: JSON.stringify(events), texts, shadows };
}
