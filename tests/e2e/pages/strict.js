// The page's own script: keeps counting while naba runs, and must keep doing so.
let n = 0;
setInterval(() => { n += 1; document.getElementById('ticker').textContent = String(n); window.__ticks = n; }, 50);
