//! The fifth set of full pages (tests/e2e/pages/full5/, also read by the browser suite tests/e2e/full5.mjs
//! through the extension), natively: each page through `analyze` as HTML, held to what a reader expects:
//! one article, its title, its publication date (not the header's today, the print line's day, nor the
//! dates of other items in its JSON-LD graph), its relative dates on that day (the reference `now` here is
//! years away, so a date resolved against it would show), the passages shown and none of the page chrome
//! (what only CSS hides — a hover menu — is left to the browser suite). Then the classes fixed on these
//! pages, in variants of our own under tests/pages/reader5/ and inline.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/full_pages.rs"]
mod full_pages;

use full_pages::{check_full_pages, opts, Page};

const PAGES: &[Page] = &[
    Page {
        file: "hijri.html",
        title: "أمانة الرياض تبدأ زراعة 25 ألف شجرة على طريق الملك سلمان",
        published: "2024-12-14",
        relative: &[("أمس الجمعة", "2024-12-13"), ("منذ ثلاثة أيام", "2024-12-11")],
        has: &["أعلنت أمانة منطقة الرياض", "وكان مجلس الوزراء"],
        absent: &["الدفاع المدني", "سلطان القحطاني", "عبدالله الدوسري", "النشرة البريدية", "ملفات تعريف الارتباط", "جدة: افتتاح"],
    },
    Page {
        file: "gallery.html",
        title: "بالصور.. انطلاق مهرجان التحطيب في الأقصر وسط إقبال كبير",
        published: "2023-10-05",
        relative: &[("أمس الأربعاء", "2023-10-04")],
        has: &["انطلقت أمس الأربعاء", "وقال مدير المهرجان"],
        absent: &["الأكثر مشاهدة", "محمد صلاح", "كريم من المنيا", "أبو سمبل", "الكوكيز"],
    },
    Page {
        file: "jsonld.html",
        title: "بلدية الدوحة تفتتح حديقة الوكرة الشاطئية بعد تطويرها",
        published: "2025-02-18",
        relative: &[("أمس الاثنين", "2025-02-17"), ("منذ ثلاثة أيام", "2025-02-15")],
        has: &["افتتحت وزارة البلدية", "وأضاف الخوري"],
        absent: &["بو جاسم", "ناصر العطية", "مركز صحي جديد", "النشرة الصباحية", "وزارة التربية"],
    },
    Page {
        file: "prices.html",
        title: "ارتفاع أسعار الذهب في السوق المحلية 40 قرشا للغرام",
        published: "2025-01-14",
        relative: &[("أسعار أمس", "2025-01-13")],
        has: &["ارتفعت أسعار الذهب", "وقال نقيب الصاغة", "وكان سعر الغرام"],
        absent: &["محوّل العملات", "رواتب المتقاعدين", "البنك المركزي يثبت", "مؤشر بورصة"],
    },
    Page {
        file: "legacy.html",
        title: "تعز: انقطاع المياه عن أحياء المدينة لليوم الثالث",
        published: "2009-03-17",
        relative: &[("أمس الاثنين", "2009-03-16"), ("أمس الأول", "2009-03-15")],
        has: &["أعلنت المؤسسة المحلية", "وقال مدير المؤسسة", "يذكر أن المدينة"],
        absent: &["عدد القراءات", "أبو محمد", "استطلاع الرأي", "مهرجان البلدة", "جميع الحقوق"],
    },
    Page {
        file: "print.html",
        title: "القطار الجديد يربط الدار البيضاء بمراكش في ساعة ونصف",
        published: "2024-08-07",
        relative: &[("أمس الثلاثاء", "2024-08-06")],
        has: &["أعلن المكتب الوطني", "وأوضح مدير المكتب", "وتندرج هذه الخطوة"],
        absent: &["تاريخ الطباعة", "رابط المقال", "روابط وردت", "جميع الحقوق"],
    },
    Page {
        file: "embeds.html",
        title: "وزارة الصحة تطلق حملة تطعيم ضد الكوليرا في بورتسودان",
        published: "2024-02-04",
        relative: &[("أمس السبت", "2024-02-03"), ("منذ ثلاثة أيام", "2024-02-01")],
        has: &["أطلقت وزارة الصحة الاتحادية", "وقال مدير الطوارئ", "وكانت الوزارة قد سجلت"],
        absent: &["اقرأ أيضا", "والي كسلا", "ود الحاج", "مبارك الفاضل", "تسجيل الدخول"],
    },
];

#[test]
fn fifth_set_of_full_pages_gives_the_article_and_nothing_else() {
    check_full_pages("full5", PAGES);
}

/// A video player's label set in the story's body — the clip's title and length — is not the story's
/// words, and its length is no clock of the story (embeds.html showed `▶ فيديو: انطلاق الحملة · 02:14`
/// painted as a date): in several markups and wordings, between two paragraphs that stay.
#[test]
fn a_video_players_label_in_the_body_is_not_the_story() {
    let p1 = "أعلنت مديرية الزراعة في المحافظة أمس الأحد بدء توزيع البذور المحسنة على المزارعين في القرى الشمالية، ضمن خطة لرفع إنتاج القمح هذا الموسم.";
    let p2 = "وقال مدير المديرية إن التوزيع يستمر أسبوعين، وإن كل مزارع يحصل على كمية تكفي خمسة دونمات، على أن تبدأ المرحلة الثانية في 20 نوفمبر.";
    for (label, length) in [
        ("<div class=\"video\">▶ فيديو: انطلاق التوزيع · 02:14</div>", "02:14"),
        ("<p class=\"clip\">فيديو | طوابير المزارعين أمام المخازن (1:35)</p>", "1:35"),
        ("<div class=\"player\"><span>►</span> <span>بالفيديو: جولة في الحقول</span> <span>•</span> <span>12:05</span></div>", "12:05"),
        ("<section class=\"embed\"><p>شاهد الفيديو - 3:20</p></section>", "3:20"),
    ] {
        let html = format!(
            "<html><head><title>توزيع البذور المحسنة على المزارعين | الريف اليوم</title></head><body><nav><a>الرئيسية</a><a>زراعة</a></nav>\
             <article><h1>توزيع البذور المحسنة على المزارعين</h1><p class=\"byline\">الاثنين 10 نوفمبر 2025</p>\
             <div class=\"body\"><p>{p1}</p>{label}<p>{p2}</p></div></article><footer>جميع الحقوق محفوظة</footer></body></html>"
        );
        let r = naba::analyze(&html, &opts("html")).unwrap();
        let a = &r.articles[0];
        let texts: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(texts, [p1, p2], "help: {label}");
        assert!(a.dates.iter().all(|d| !d.text.contains(length)), "help: {label}: {:?}", a.dates.iter().map(|d| &d.text).collect::<Vec<_>>());
        assert!(a.dates.iter().any(|d| d.value.as_deref() == Some("2025-11-09")), "help: {label}: «أمس الأحد» on the page's day");
    }
}
