// The page's own script: a ticker that moves, a menu that toggles, a cookie banner that comes late.
window.__ticks = 0;
setInterval(() => { window.__ticks++; const t = document.querySelector('.ticker span'); if (t) t.style.marginInlineStart = `${-(window.__ticks % 50)}px`; }, 50);
document.addEventListener('click', (ev) => {
  const b = ev.target.closest('[data-act]');
  if (!b) return;
  if (b.dataset.act === 'cookie-ok') { document.querySelector('.cookie')?.remove(); document.body.dataset.consent = 'yes'; }
  if (b.dataset.act === 'menu') document.body.classList.toggle('menu-open');
});
// The page's own Escape: closes its search overlay (and must not be stolen).
document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') window.__pageEscapes = (window.__pageEscapes || 0) + 1; });
setTimeout(() => {
  if (document.querySelector('.cookie') || document.body.dataset.consent) return;
  const c = document.createElement('div');
  c.className = 'cookie';
  c.innerHTML = '<span>نستخدم ملفات تعريف الارتباط لتحسين تجربتك وعرض إعلانات تناسبك منذ 1 يناير 2024.</span><button data-act="cookie-ok">موافق</button><button>الإعدادات</button>';
  document.body.append(c);
}, 300);
// Keys the page takes for itself: its photo gallery's arrows and Space (a common slider script), kept from
// scrolling the window; and a smooth-scroll library that takes every wheel turn and scrolls the window itself.
window.__pageKeys = [];
document.addEventListener('keydown', (ev) => {
  window.__pageKeys.push(ev.key);
  if (['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', ' '].includes(ev.key) && !ev.target.closest?.('input, textarea')) ev.preventDefault();
});
window.addEventListener('wheel', (ev) => { ev.preventDefault(); window.scrollBy(0, ev.deltaY); }, { passive: false });
