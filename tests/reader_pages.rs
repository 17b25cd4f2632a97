//! The reader's pages, natively: the team's twelve full news pages (tests/e2e/pages/reader/, described
//! in expect.json) through `analyze` as HTML. The article is found (title, publication date, count),
//! what the reader is shown (title and paragraphs) holds the article's passages and none of the page
//! chrome, relative dates resolve against the page's own date (the reference `now` here is years away,
//! so a date resolved against it would show), and Persian and English pages are not tagged. The browser
//! suite (tests/e2e/reader.mjs) checks the same pages through the extension on the live DOM; what only
//! the live DOM can know (CSS-hidden text, `cssHiddenOnly`; script-built articles, `dynamic`) is left to it.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

use naba::{Options, RawOptions};
use serde_json::Value;

const NOW: &str = "2026-12-02";

fn opts(format: &str) -> Options {
    Options::from_raw(RawOptions { format: Some(format.into()), now: Some(NOW.into()), labels: None }).unwrap()
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn strs(v: &Value, key: &str) -> Vec<String> {
    v[key].as_array().map(|a| a.iter().filter_map(|x| x.as_str().map(str::to_string)).collect()).unwrap_or_default()
}

/// Title and paragraphs of every article: what is painted and listed.
fn shown(a: &naba::model::Article) -> String {
    norm(&a.title.iter().chain(&a.paragraphs).map(|s| s.text.as_str()).collect::<Vec<_>>().join(" "))
}

#[test]
fn reader_pages_give_the_article_and_nothing_else() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/e2e/pages/reader");
    let expect: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(dir.join("expect.json")).unwrap()).unwrap();
    assert!(expect.len() >= 10);
    let mut failures = Vec::new();
    for spec in &expect {
        let file = spec["file"].as_str().unwrap();
        if spec["dynamic"].as_bool() == Some(true) {
            continue; // built by the page's script: only the live DOM has it (browser suite)
        }
        let html = std::fs::read_to_string(dir.join(file)).unwrap();
        let r = naba::analyze(&html, &opts("html")).unwrap();
        let mut fail = |m: String| failures.push(format!("{file}: {m}"));
        let lang = spec["lang"].as_str().unwrap();
        let code = serde_json::to_value(r.language.code).unwrap();
        if code != lang {
            fail(format!("language {code}, expected {lang}"));
        }
        if lang != "ar" {
            let tagged: usize = r.articles.iter().map(|a| a.entities.len() + a.dates.len()).sum();
            if tagged > 0 {
                fail(format!("a {lang} page was tagged ({tagged} mentions)"));
            }
            continue;
        }
        if let Some(n) = spec["articles"].as_u64() {
            if r.articles.len() as u64 != n {
                fail(format!("{} articles, expected {n}", r.articles.len()));
            }
        }
        let Some(first) = r.articles.first() else {
            fail("no article".into());
            continue;
        };
        let title = first.title.as_ref().map(|t| norm(&t.text)).unwrap_or_default();
        if title != norm(spec["title"].as_str().unwrap()) {
            fail(format!("title «{title}»"));
        }
        let published = first.published.as_ref().and_then(|p| p.value.clone()).unwrap_or_default();
        if let Some(want) = spec["published"].as_str() {
            if published.get(..10) != Some(want) {
                fail(format!("published {published:?}, expected {want}"));
            }
        }
        if let (Some(second), Some(t)) = (r.articles.get(1), spec["secondTitle"].as_str()) {
            if second.title.as_ref().map(|x| norm(&x.text)) != Some(norm(t)) {
                fail(format!("second title {:?}", second.title.as_ref().map(|x| &x.text)));
            }
            if let Some(want) = spec["secondPublished"].as_str() {
                let got = second.published.as_ref().and_then(|p| p.value.clone()).unwrap_or_default();
                if got.get(..10) != Some(want) {
                    fail(format!("second published {got:?}, expected {want}"));
                }
            }
        }
        let all = norm(&r.articles.iter().map(shown).collect::<Vec<_>>().join(" "));
        for s in strs(spec, "inArticle").iter().chain(&strs(spec, "inSecondArticle")) {
            if !all.contains(&norm(s)) {
                fail(format!("missing «{s}»"));
            }
        }
        let css_only = strs(spec, "cssHiddenOnly");
        for s in strs(spec, "notInArticle") {
            if !css_only.contains(&s) && all.contains(&norm(&s)) {
                fail(format!("page chrome read as article: «{s}»"));
            }
        }
        for rel in spec["relative"].as_array().into_iter().flatten() {
            let phrase = norm(rel["phrase"].as_str().unwrap());
            let want = rel["value"].as_str().unwrap();
            let got: Vec<&str> = r
                .articles
                .iter()
                .flat_map(|a| &a.dates)
                .filter(|d| phrase.contains(&norm(&d.text)) || norm(&d.text).contains(&phrase))
                .filter_map(|d| d.value.as_deref())
                .collect();
            if !got.contains(&want) {
                fail(format!("«{phrase}» → {got:?}, expected {want}"));
            }
        }
    }
    assert!(failures.is_empty(), "help:\n{}", failures.join("\n"));
}

/// Chained articles on an aggregator page, in several markups and wordings: the marker sits in a box of
/// its own between the two stories (or inside the first), the second headline is a link, and the date
/// and source share one line.
#[test]
fn chained_articles_split_whatever_the_markup() {
    let stories = [
        ("وزير الصحة يفتتح مستشفى جديدا في أسوان", "الأحد 2 مارس 2025", "افتتح وزير الصحة خالد عبد الغفار يوم الأحد مستشفى أسوان الجامعي الجديد بحضور محافظ أسوان، وقال إن المستشفى يخدم أكثر من مليون مواطن في جنوب مصر."),
        ("البنك المركزي يثبت أسعار الفائدة للمرة الثالثة", "1 مارس 2025", "قرر البنك المركزي المصري أمس السبت تثبيت أسعار الفائدة على الإيداع والإقراض، في ظل تراجع معدلات التضخم خلال الأشهر الأخيرة، بحسب بيان صادر عن لجنة السياسة النقدية."),
    ];
    let markers = ["إقرأ أيضاً:", "اقرأ أيضا", "مواضيع ذات صلة:"];
    let layouts: [fn(&str, &str) -> String; 3] = [
        |a, m| format!("{a}<div class=\"read-also\">{m}</div>"),
        |a, m| format!("{a}<section class=\"also-box\"><p>{m}</p></section>"),
        |a, m| format!("{a}<p class=\"more\"><strong>{m}</strong></p>"),
    ];
    for marker in markers {
        for (k, layout) in layouts.iter().enumerate() {
            let story = |i: usize, heading: &str| {
                let (t, d, p) = stories[i];
                format!(
                    "<div class=\"news-details\" id=\"s{i}\"><{heading}><a href=\"/n/{i}\">{t}</a></{heading}>\
                     <div class=\"pub-date\">تاريخ النشر: {d} <span>المصدر: بوابة الأهرام</span></div>\
                     <p>{p}</p><p>{p}</p><p class=\"kw\">كلمات دلالية: <a>مصر</a> <a>اقتصاد</a></p></div>"
                )
            };
            let html = format!(
                "<html><head><title>{}</title></head><body><nav><a>الرئيسية</a><a>اقتصاد</a></nav><main>{}{}</main>\
                 <footer>جميع الحقوق محفوظة</footer></body></html>",
                stories[0].0,
                layout(&story(0, "h1"), marker),
                story(1, "h2")
            );
            let r = naba::parse(&html, &opts("html")).unwrap();
            let titles: Vec<String> = r.articles.iter().filter_map(|a| a.title.as_ref().map(|t| t.text.clone())).collect();
            assert_eq!(titles, [stories[0].0, stories[1].0], "help: marker {marker}, layout {k}");
            let dates: Vec<Option<String>> = r.articles.iter().map(|a| a.published.as_ref().and_then(|p| p.value.clone())).collect();
            assert_eq!(dates, [Some("2025-03-02".to_string()), Some("2025-03-01".to_string())], "help: marker {marker}, layout {k}");
            for a in &r.articles {
                assert_eq!(a.source.as_ref().map(|s| s.text.as_str()), Some("بوابة الأهرام"), "help: marker {marker}, layout {k}");
                assert!(a.paragraphs.iter().all(|p| !p.text.contains("المصدر") && !p.text.contains("أيضا")));
            }
        }
    }
}

/// A read-also box that is the next story itself, flat (`<div class=readalso><p><b>إقرأ أيضاً:</b></p><h2>…</h2>
/// <p class=byline>الجمعة 30 آب 2024</p><p>…</p><p>…</p></div>` after the first story's `<article>`): a
/// second article with its own date, whatever the box's class, the marker's wording or the heading's level.
/// A box of teasers (linked headlines over excerpts) stays out.
#[test]
fn a_flat_read_also_box_holding_a_story_is_a_second_article() {
    const T1: &str = "وزير الطاقة يعد بزيادة ساعات التغذية قبل الخريف";
    const T2: &str = "أصحاب المولدات في الضاحية يرفعون التسعيرة رغم التحذيرات";
    let p1 = "وعد وزير الطاقة بزيادة ساعات التغذية الكهربائية إلى عشر ساعات يوميا قبل نهاية الشهر الجاري، بعد وصول شحنة الفيول إلى معمل دير عمار.";
    let p2 = "وقال الوزير بعد لقائه رئيس الحكومة في السراي إن مؤسسة الكهرباء ستعيد تشغيل معمل الزهراني يوم الخميس المقبل، وفق ما نقلت وسائل إعلام محلية.";
    let q1 = "رفع أصحاب المولدات الخاصة في الضاحية الجنوبية تسعيرة الأمبير بنسبة 15% مطلع الأسبوع، متجاهلين تحذيرا أصدرته البلدية أمس الخميس.";
    let q2 = "وقالت وزارة الاقتصاد في بيان إن مراقبيها سيجولون على الأحياء ابتداء من يوم الاثنين المقبل لتحرير محاضر بحق المخالفين، بحسب البيان.";
    let first = format!("<article><h1>{T1}</h1><p class=byline>بيروت — ريم حداد | الاثنين 2 أيلول 2024</p><div class=text><p>{p1}</p><p>{p2}</p><p>وكان مجلس الوزراء قد أقر في جلسته الأسبوع الماضي سلفة بقيمة 300 مليون دولار لشراء الفيول.</p></div></article>");
    for (class, marker, h, date, want) in [
        ("readalso", "<p><b>إقرأ أيضاً:</b></p>", "h2", "الجمعة 30 آب 2024", "2024-08-30"),
        ("read-also-box", "<span>اقرأ أيضا</span>", "h3", "30/08/2024", "2024-08-30"),
        ("also", "<div class=lbl>إقرأ ايضا</div>", "h2", "السبت 31 أغسطس 2024", "2024-08-31"),
        ("more-news", "<strong>مواضيع ذات صلة:</strong>", "h4", "نشر في 29 آب 2024", "2024-08-29"),
    ] {
        let html = format!(
            "<html><head><title>{T1} | الشرق</title></head><body><nav><a>لبنان</a><a>اقتصاد</a></nav><main>{first}\
             <div class={class}>{marker}<{h}>{T2}</{h}><p class=byline>{date}</p><p>{q1}</p><p>{q2}</p></div>\
             <div class=tags>مواضيع: <a>كهرباء لبنان</a><a>المولدات</a></div></main><footer>جميع الحقوق محفوظة</footer></body></html>"
        );
        let r = naba::parse(&html, &opts("html")).unwrap();
        let titles: Vec<String> = r.articles.iter().filter_map(|a| a.title.as_ref().map(|t| t.text.clone())).collect();
        assert_eq!(titles, [T1, T2], "help: {class}");
        let dates: Vec<Option<String>> = r.articles.iter().map(|a| a.published.as_ref().and_then(|p| p.value.clone())).collect();
        assert_eq!(dates, [Some("2024-09-02".to_string()), Some(want.to_string())], "help: {class}");
        assert_eq!(r.articles[1].paragraphs.iter().map(|p| p.text.as_str()).collect::<Vec<_>>(), [q1, q2], "help: {class}");
        assert!(r.articles[0].paragraphs.iter().all(|p| !p.text.contains("أيضا")), "help: {class}");
    }
    // Teasers in the box: linked headlines, each over an excerpt. No second article.
    let teaser = |i: usize| format!("<h3><a href=/n/{i}>{T2} {i}</a></h3><p>{q1}</p>");
    let html = format!(
        "<html><head><title>{T1}</title></head><body><main>{first}<div class=readalso><p><b>إقرأ أيضاً:</b></p>{}{}{}</div></main></body></html>",
        teaser(1),
        teaser(2),
        teaser(3)
    );
    let r = naba::parse(&html, &opts("html")).unwrap();
    assert_eq!(r.articles.len(), 1, "help: {:?}", r.articles.iter().map(|a| a.title.as_ref().map(|t| t.text.clone())).collect::<Vec<_>>());
    assert!(r.articles[0].paragraphs.iter().all(|p| p.text != q1));
}
