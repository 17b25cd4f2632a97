// The cookie box's button records the click, so a test can tell that a real click reached it.
document.getElementById('consent').addEventListener('click', () => { document.body.dataset.consent = 'yes'; });
