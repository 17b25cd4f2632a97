//! Site families met after tests/site_families3.rs: whole pages of our own under tests/pages/families4/
//! (two same-day stories side by side in a Lebanese front page's columns, a page dated only in a JSON-LD
//! `@graph`, a Medium-style essay, a Lebanese paper's «نُشر في» and «آخر تحديث», a Syrian `<div
//! class="content">` of `<br><br>` paragraphs, a Yemeni agency's Hijri date `الموافق` the Gregorian, a
//! Sudanese press release «للنشر الفوري», an Iraqi ASP table page in Eastern digits, a Libyan print
//! version, an Omani Drupal 10 node, an Egyptian Blogspot post, a Saudi page dated in Hijri only, and
//! three copied pages as text) checked against what a reader expects (expect.json), and each class fixed
//! on them in small variants of wording, markup and numbers.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;
use families::parse_as;

#[test]
fn whole_pages_of_a_fourth_set_of_site_families() {
    families::check_family("families4", 12);
}

fn html_of(body: &str) -> String {
    format!("<html><head><meta charset=utf-8><title>الصفحة الأولى | صوت المدينة</title></head><body><header><a href=\"/\">صوت المدينة</a><nav><a href=\"/\">الرئيسية</a> <a href=\"/l\">محليات</a></nav></header>{body}<footer>جميع الحقوق محفوظة 2025</footer></body></html>")
}

fn texts(a: &naba::model::Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

fn title(a: &naba::model::Article) -> &str {
    a.title.as_ref().map(|t| t.text.as_str()).unwrap_or("")
}

const A1: &str = "افتتحت البلدية صباح اليوم حديقة عامة جديدة في الحي الشرقي، بعد عامين من أعمال التشجير والتجهيز.";
const A2: &str = "وقال رئيس البلدية إن الحديقة تضم ملاعب للأطفال ومسارا للمشي، وإنها تفتح أبوابها يوميا حتى العاشرة ليلا.";
const C1: &str = "بدأت مديرية الصحة حملة تلقيح ضد الإنفلونزا في المدارس الحكومية، تستمر أسبوعين وتشمل التلاميذ والمعلمين.";
const C2: &str = "وأوضح مدير المديرية أن اللقاح مجاني، وأن فرقا متنقلة ستزور القرى البعيدة عن المراكز الصحية.";
const D1: &str = "ارتفعت أسعار الخضار في السوق المركزي خلال الأسبوع الجاري بسبب تراجع الكميات الواردة من المزارع.";
const D2: &str = "وعزا التجار الارتفاع إلى موجة البرد الأخيرة، متوقعين عودة الأسعار إلى مستواها مع بداية الشهر المقبل.";

/// Two or three stories of a front page side by side in columns, each in a box alike led by a heading that
/// is no link and a date line of its own: an article each, whatever the boxes' tag, the dates' form or
/// the digits.
#[test]
fn same_day_stories_side_by_side_in_columns_are_an_article_each() {
    let heads = ["البلدية تفتتح حديقة عامة في الحي الشرقي", "حملة تلقيح ضد الإنفلونزا في المدارس", "ارتفاع أسعار الخضار في السوق المركزي"];
    let bodies = [[A1, A2], [C1, C2], [D1, D2]];
    let boxes: [(&str, &str, &str, &str); 5] = [
        ("<article>", "</article>", "h2", "<div class=\"byline\"><time datetime=\"2025-11-15T08:00:00+02:00\">السبت 15 نوفمبر 2025</time></div>"),
        ("<div class=\"col-md-4 story\">", "</div>", "h2", "<div class=\"story-meta\"><span class=\"date\">15 تشرين الثاني 2025</span> | محليات</div>"),
        ("<section class=\"front-item\">", "</section>", "h2", "<p class=\"when\">نشر في ١٥ نوفمبر ٢٠٢٥</p>"),
        ("<div class=\"column\">", "</div>", "h1", "<div>2025/11/15</div>"),
        ("<div class=\"news-col\">", "</div>", "h2", "<div class=\"info\">Nov 15, 2025</div>"),
    ];
    for (open, close, h, date) in boxes {
        for n in [2, 3] {
            let cols: String = (0..n)
                .map(|k| format!("{open}<{h}>{}</{h}>{date}<div class=\"text\"><p>{}</p><p>{}</p></div>{close}", heads[k], bodies[k][0], bodies[k][1]))
                .collect();
            let r = parse_as(&html_of(&format!("<main><div class=\"row\">{cols}</div></main>")), "html");
            assert_eq!(r.articles.len(), n, "help: {open} {date}");
            for (k, a) in r.articles.iter().enumerate() {
                assert_eq!(title(a), heads[k], "help: {open} {date}");
                assert_eq!(texts(a), bodies[k], "help: {open} {date}");
                assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()).map(|v| &v[..10]), Some("2025-11-15"), "help: {open} {date}");
            }
        }
    }
}

/// What stays one story: a dated story with a grid of teasers alike under it (linked headlines with their
/// dates and excerpts), and boxes alike that carry no date line of their own (a story's sections).
#[test]
fn teaser_grids_and_undated_sections_are_no_columns() {
    let date = "<div class=\"meta\"><span class=\"date\">15 نوفمبر 2025</span></div>";
    let teasers: String = [(C1, "حملة تلقيح ضد الإنفلونزا في المدارس"), (D1, "ارتفاع أسعار الخضار في السوق المركزي")]
        .iter()
        .map(|(x, h)| format!("<div class=\"card story\"><h2><a href=\"/n/1\">{h}</a></h2>{date}<p>{x}</p></div>"))
        .collect();
    let html = html_of(&format!("<main><div class=\"row\"><div class=\"card story\"><h2>البلدية تفتتح حديقة عامة في الحي الشرقي</h2>{date}<p>{A1}</p><p>{A2}</p><p>{A1}</p></div>{teasers}</div></main>"));
    let r = parse_as(&html, "html");
    assert_eq!(r.articles.len(), 1);
    assert_eq!(texts(&r.articles[0]), [A1, A2, A1]);
    // Sections of one long story, each under a heading with no date: one article.
    let sections: String = [("الحديقة", [A1, A2]), ("اللقاح", [C1, C2])].iter().map(|(h, [x, y])| format!("<section class=\"part\"><h2>{h} في أرقام وتفاصيل</h2><p>{x}</p><p>{y}</p></section>")).collect();
    let html = html_of(&format!("<article><h1>تقرير: خدمات جديدة في الحي الشرقي</h1>{date}{sections}</article>"));
    let r = parse_as(&html, "html");
    assert_eq!(r.articles.len(), 1);
    assert_eq!(texts(&r.articles[0]), ["الحديقة في أرقام وتفاصيل", A1, A2, "اللقاح في أرقام وتفاصيل", C1, C2]);
}
