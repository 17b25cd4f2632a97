// Runs naba off the main thread so the page never freezes.
// In:  {id, type: 'analyze', input, options} | {id, type: 'export', kind: 'api' | 'displacy' | 'timelinejs'}
// Out: {id, type: 'progress', done, total} | {id, type: 'result', result} | {id, type: 'export', json}
//      | {id, type: 'error', message}
// (result.naba is the package's version(), which the page shows: the page itself never loads the wasm.)
// The page gets a light copy of the result (the text, the first articles in full, the totals); the full
// result stays here and leaves only as a JSON string when exported — a huge page never floods the main
// thread with objects. Very large plain texts are analysed in chunks cut at line breaks (progress after
// each) and merged: offsets shifted into the whole text, entity ids prefixed per chunk.
import init, { analyze, version } from './pkg/naba.js';
import { toDisplacy, toTimelineJS } from './render.js';

const ready = init();
const CHUNK = 512 * 1024;
export const SHOWN = 40;
let full = null;

function chunks(text) {
  const out = [];
  let at = 0;
  while (at < text.length) {
    let end = Math.min(text.length, at + CHUNK);
    if (end < text.length) {
      const nl = text.lastIndexOf('\n', end);
      if (nl > at) end = nl + 1;
    }
    out.push([at, end]);
    at = end;
  }
  return out;
}

function shiftSpans(obj, by) {
  if (Array.isArray(obj)) { for (const x of obj) shiftSpans(x, by); return; }
  if (obj && typeof obj === 'object') {
    if (typeof obj.start === 'number' && typeof obj.end === 'number') { obj.start += by; obj.end += by; }
    for (const v of Object.values(obj)) if (v && typeof v === 'object') shiftSpans(v, by);
  }
}

function analyzeAll(id, input, options) {
  if (options.format === 'html' || input.length <= CHUNK) {
    self.postMessage({ id, type: 'progress', done: 0, total: 1 });
    return analyze(input, options);
  }
  const parts = chunks(input);
  const merged = { version: 1, text: input, language: null, articles: [], nodeMap: null };
  for (let i = 0; i < parts.length; i++) {
    const [a, b] = parts[i];
    const r = analyze(input.slice(a, b), options);
    if (!merged.language || (merged.language.code !== 'ar' && r.language.code === 'ar')) merged.language = r.language;
    for (const art of r.articles) {
      shiftSpans(art, a);
      for (const e of art.entities) e.id = `c${i}-${e.id}`;
      for (const t of art.timeline) t.entities = t.entities.map((x) => `c${i}-${x}`);
      merged.articles.push(art);
    }
    self.postMessage({ id, type: 'progress', done: i + 1, total: parts.length });
  }
  return merged;
}

self.onmessage = async ({ data }) => {
  const { id } = data;
  try {
    await ready;
    if (data.type === 'export') {
      const body = data.kind === 'displacy' ? toDisplacy(full) : data.kind === 'timelinejs' ? toTimelineJS(full) : full;
      self.postMessage({ id, type: 'export', json: JSON.stringify(body, null, 2) });
      return;
    }
    full = analyzeAll(id, data.input, data.options);
    const light = {
      version: full.version,
      text: full.text,
      language: full.language,
      articles: full.articles.slice(0, SHOWN),
      totalArticles: full.articles.length,
      // (Entities, as the list groups them, not their mentions: «8 كيانات» above a list of six.)
      totalEntities: new Set(full.articles.flatMap((a) => a.entities.map((e) => e.id))).size,
      naba: version(),
    };
    self.postMessage({ id, type: 'result', result: light });
  } catch (e) {
    self.postMessage({ id, type: 'error', message: String(e && e.message || e) });
  }
};
