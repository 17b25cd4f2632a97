// Shared by the demo page and the extension: maps naba's UTF-16 spans onto DOM ranges and paints them.
//
// A "segment map" lists the text nodes a result's text was built from, each with the offset where its
// text starts in that result text: [{ node, start }]. Offsets are UTF-16 code units, exactly what
// `text.slice(start, end)` uses, so no conversion is needed. Painting uses the CSS Custom Highlight API
// (no DOM change; the page's own scripts keep working); where it is missing, text is wrapped in <mark>
// elements instead. Page text is never inserted as HTML anywhere.

export const TYPES = ['PER', 'LOC', 'ORG', 'MISC', 'DATE'];

/** The DOM Ranges covering [start, end) of the result text (one per text node it crosses). */
export function rangesFor(segments, start, end) {
  const out = [];
  // Binary search for the first segment that ends after `start`.
  let lo = 0, hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (s.start + s.node.data.length <= start) lo = mid + 1; else hi = mid;
  }
  for (let i = lo; i < segments.length; i++) {
    const { node, start: s } = segments[i];
    const len = node.data.length;
    if (s >= end) break;
    const a = Math.max(start, s) - s;
    const b = Math.min(end, s + len) - s;
    if (b > a) {
      const r = document.createRange();
      r.setStart(node, a);
      r.setEnd(node, b);
      out.push(r);
    }
  }
  return out;
}

/** The offset in the result text of a DOM position (text node + offset), or -1. */
export function offsetOf(segments, node, offset) {
  for (const s of segments) if (s.node === node) return s.start + offset;
  return -1;
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

/** Blocks whose boundaries are line breaks when reading a live page. */
const BLOCK = new Set(['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'TABLE', 'TR', 'TD', 'TH',
  'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'NAV', 'ASIDE', 'MAIN', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'DD',
  'DT', 'DL', 'PRE', 'FORM', 'ADDRESS', 'BR', 'HR', 'TIME', 'LABEL']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'SELECT', 'BUTTON', 'TEXTAREA',
  'INPUT', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD']);

/**
 * Reads a live DOM once: the text of its visible text nodes in document order, a line break at every
 * block boundary, and the segment map to paint results back onto those same nodes.
 */
export function readDom(root, skip = () => false) {
  const segments = [];
  let text = '';
  const walk = (el) => {
    for (let n = el.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE) {
        if (n.data.length) { segments.push({ node: n, start: text.length }); text += n.data; }
      } else if (n.nodeType === Node.ELEMENT_NODE) {
        if (SKIP.has(n.tagName) || skip(n) || n.hidden || n.getAttribute('aria-hidden') === 'true') continue;
        const block = BLOCK.has(n.tagName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(n);
        if (block && text && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  // Iterative guard against very deep pages: fall back to a TreeWalker below 2,000 levels.
  try { walk(root); } catch (e) {
    segments.length = 0; text = '';
    const tw = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = tw.nextNode(); n; n = tw.nextNode()) { segments.push({ node: n, start: text.length }); text += n.data + '\n'; }
  }
  return { text, segments };
}
