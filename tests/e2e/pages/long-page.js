// Builds a long news page (about 300 KB of text) from a few sentences, so the repository holds no
// 500 KB fixture: a live blog of dated entries (data-shape="live") or one long hearing report of
// <br>-separated lines (data-shape="lines"). The words vary with the entry's number.
(() => {
  const host = document.getElementById('story');
  const places = ['وهران', 'قسنطينة', 'عنابة', 'سطيف', 'باتنة', 'بجاية', 'تلمسان', 'بسكرة', 'ورقلة', 'تيزي وزو', 'الشلف', 'تيارت', 'المدية', 'غرداية', 'سكيكدة', 'جيجل', 'البويرة'];
  const people = ['مراد بلقاسمي', 'نادية حمودي', 'عبد القادر زروقي', 'سليمة بوزيد', 'فاتح عمراني', 'ليلى مسعودي', 'رشيد قاسمي', 'حكيم بن علي', 'كمال سعدي'];
  const months = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];
  const live = host.dataset.shape === 'live';
  const out = document.createDocumentFragment();
  let size = 0;
  for (let i = 0; size < 280000; i++) {
    const w = places[i % places.length], p = people[i % people.length], q = people[(i + 4) % people.length], m = months[i % 12];
    const a = `نشط ${p} تجمعا في ولاية ${w} أمام المئات من أنصاره، ووعد بمشاريع للسكن والتشغيل في البلديات النائية، مذكرا بأن الحكومة صادقت في ${(i % 27) + 1} ${m} 2013 على برنامج لدعم الشباب.`;
    const b = `وقالت ${q} إن لجنة المراقبة في ${w} تلقت ${(i % 9) + 2} شكاوى منذ الأحد الماضي، وإن ردها سيصدر قبل السبت المقبل.`;
    size += a.length + b.length;
    if (live) {
      const e = document.createElement('div');
      e.className = 'entry';
      const t = document.createElement('time');
      t.textContent = `${String(23 - (Math.floor(i / 60) % 24)).padStart(2, '0')}:${String(59 - (i % 60)).padStart(2, '0')}`;
      const pa = document.createElement('p'), pb = document.createElement('p');
      pa.textContent = a; pb.textContent = b;
      e.append(t, pa, pb);
      out.append(e);
    } else {
      out.append(`${p}: ${a}`, document.createElement('br'), `${q}: ${b}`, document.createElement('br'));
    }
  }
  host.append(out);
})();
