// naba's package as a bundler meets it: imported by path, bundled and its wasm emitted by Vite.
import init, { analyze } from '../../pkg/naba.js';

await init();
const r = analyze('قال وزير الخارجية الأردني أيمن الصفدي في عمان أمس الأحد إن المحادثات ستستأنف الأسبوع المقبل.', { now: '2025-10-20' });
window.__naba = r;
document.getElementById('out').textContent = r.articles.flatMap((a) => a.entities).map((e) => `${e.label}:${e.text}`).join(' ');
