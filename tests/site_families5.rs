//! Site families met after tests/site_families4.rs: whole pages of our own under tests/pages/families5/
//! (WordPress Jannah and tagDiv Newspaper themes, Joomla K2, Ghost, a Next.js page with `__NEXT_DATA__`,
//! an old government page in `<table>` cells, agency wire marked «(واس)», «- واج -», «(بترا)», «/ بنا /»
//! and «سبأ», a page titled only in og:title, an article split across «الصفحة 1 2 3», a page with its
//! updated stamp before its published one, Kuwaiti, Bahraini, Yemeni, Sudanese and Kurdish-region
//! papers, and three copied pages as text) checked against what a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_a_fifth_set_of_site_families() {
    families::check_family("families5", 15);
}

use families::{body, first, text_of};

const P1: &str = "افتتحت وزارة الصحة اليوم مركزا صحيا جديدا في المدينة، يخدم أكثر من أربعين ألف نسمة من السكان والمناطق المجاورة.";
const P2: &str = "وأوضح المسؤول أن المركز يضم عيادات للطب العام وطب الأسنان والأمومة والطفولة، إضافة إلى مختبر وصيدلية.";
const P3: &str = "وأشار إلى أن الوزارة تعتزم افتتاح مركزين آخرين خلال العام المقبل، ضمن خطة لتقليص فترات الانتظار.";

fn story(head: &str, meta: &str, paras: &[&str], tail: &str) -> String {
    let ps: String = paras.iter().map(|p| format!("<p>{p}</p>")).collect();
    format!("<html><head><meta charset=utf-8><title>{head} - صحيفة المدينة</title></head><body><header><a href=\"/\">صحيفة المدينة</a><nav><a href=\"/\">الرئيسية</a> <a href=\"/l\">محليات</a></nav></header><article><h1>{head}</h1>{meta}<div class=\"content\">{ps}</div>{tail}</article><footer>جميع الحقوق محفوظة 2025</footer></body></html>")
}

/// A wire's name closing the story on a line of its own, with dashes both sides (APS's `- واج -`) or under
/// the editors' initials (`ع.ع` over `بنا`): the source, and neither line is body.
#[test]
fn a_wire_name_closing_the_story_with_its_initials_or_dashes() {
    let meta = "<div class=\"date\">16 نوفمبر 2025</div>";
    for (closing, wire) in [
        (vec!["- واج -"], "واج"),
        (vec!["-واج-"], "واج"),
        (vec!["ع.ع", "بنا"], "بنا"),
        (vec!["م.ح/ س.ع", "واس"], "واس"),
        (vec!["ح ع", "كونا"], "كونا"),
    ] {
        let mut paras = vec![P1, P2, P3];
        paras.extend(closing.iter().copied());
        let a = first(&story("افتتاح مركز صحي جديد في المدينة", meta, &paras, ""), "html");
        assert_eq!(body(&a), [P1, P2, P3], "help: {closing:?}");
        assert_eq!(text_of(&a.source), Some(wire), "help: {closing:?}");
    }
}

/// A byline that names a wire (`كتبه سبأ`) is the source; one that names the staff (`محرر الأخبار`, `فريق
/// التحرير`, `عدن - خاص`) names no writer. A person stays the byline.
#[test]
fn wire_and_staff_names_in_the_bylines_place() {
    let cases = [
        ("<span class=\"itemAuthor\">كتبه&nbsp;<a rel=\"author\" href=\"/u/62\">سبأ</a></span>", None, Some("سبأ")),
        ("<div class=\"author\">بواسطة <a href=\"/a\">محرر الأخبار</a></div>", None, None),
        ("<div class=\"writer\">كتب: فريق التحرير</div>", None, None),
        ("<div class=\"news-author\">عدن - خاص</div>", None, None),
        ("<div class=\"author\">هيئة التحرير</div>", None, None),
        ("<div class=\"author\">كتبت: سلمى الحكيمي</div>", Some("سلمى الحكيمي"), None),
    ];
    for (line, byline, source) in cases {
        let meta = format!("<div class=\"date\">16 نوفمبر 2025</div>{line}");
        let a = first(&story("افتتاح مركز صحي جديد في المدينة", &meta, &[P1, P2, P3], ""), "html");
        assert_eq!(text_of(&a.byline), byline, "help: {line}");
        if source.is_some() {
            assert_eq!(text_of(&a.source), source, "help: {line}");
        }
        assert_eq!(body(&a), [P1, P2, P3], "help: {line}");
    }
}

/// A Next.js page's data (`__NEXT_DATA__`) whose object carries the page's `og:title` and a date key
/// dates the story, its body in the markup only; an object of another title (a related story) does not.
#[test]
fn a_frameworks_page_data_titled_as_the_page_dates_it() {
    let head = "حكومة الإقليم تصرف رواتب الموظفين";
    for (key, title, want) in [
        ("publishedAt", head, Some("2025-11-16")),
        ("published_at", head, Some("2025-11-16")),
        ("datePublished", "حكومة  الإقليم تصرف رواتب الموظفين", Some("2025-11-16")),
        ("publishedAt", "ارتفاع أسعار الوقود في السليمانية", None),
    ] {
        let data = format!("{{\"props\":{{\"pageProps\":{{\"article\":{{\"id\":7,\"title\":\"{title}\",\"{key}\":\"2025-11-16T09:20:00.000Z\"}}}}}},\"page\":\"/news/[slug]\"}}");
        let html = format!("<html><head><meta charset=utf-8><meta property=\"og:title\" content=\"{head}\"><title>{head} | أربيل برس</title></head><body><div id=\"__next\"><main><h1>{head}</h1><span class=\"time\">منذ ساعتين</span><div class=\"body\"><p>{P1}</p><p>{P2}</p></div></main></div><script id=\"__NEXT_DATA__\" type=\"application/json\">{data}</script></body></html>");
        let a = first(&html, "html");
        let got = a.published.as_ref().and_then(|p| p.value.clone());
        match want {
            Some(w) => assert_eq!(got.as_deref().and_then(|v| v.get(..10)), Some(w), "help: {key} {title}"),
            None => assert_ne!(got.as_deref().and_then(|v| v.get(..10)), Some("2025-11-16"), "help: {key} {title}"),
        }
        assert_eq!(body(&a), [P1, P2], "help: {key}");
    }
}

/// A page with no headline in its markup, its title only in `og:title` (the `<title>` names the site): the
/// declared title is the headline, and the writer's and date line above the body is still read.
#[test]
fn a_title_declared_only_in_og_title() {
    let t = "التربية تعتمد تقويم الفصل الدراسي الثاني";
    for (meta, date, byline) in [
        ("<div class=\"article-meta\"><span class=\"writer\">كتبت: دانة الرشيدي</span> <span class=\"dt\">16-11-2025 | 09:10 م</span></div>", "2025-11-16", Some("دانة الرشيدي")),
        ("<div class=\"info\">15/11/2025</div>", "2025-11-15", None),
        ("<p class=\"meta\">نشر في 14 نوفمبر 2025</p>", "2025-11-14", None),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>جريدة الصباحية</title><meta property=\"og:title\" content=\"{t}\"></head><body><div class=\"logo\">جريدة الصباحية</div><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/l\">محليات</a></li></ul><div class=\"area\"><img src=\"/a.jpg\" alt=\"\">{meta}<div class=\"article-text\"><div>{P1}</div><div>{P2}</div><div>{P3}</div></div></div><div class=\"footer\">جميع الحقوق محفوظة</div></body></html>");
        let a = first(&html, "html");
        assert_eq!(text_of(&a.title), Some(t), "help: {meta}");
        assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()).and_then(|v| v.get(..10)), Some(date), "help: {meta}");
        assert_eq!(text_of(&a.byline), byline, "help: {meta}");
        assert_eq!(body(&a), [P1, P2, P3], "help: {meta}");
    }
    // (A `<title>` alone, the site's name, gives no headline.)
    let html = format!("<html><head><meta charset=utf-8><title>جريدة الصباحية الكويتية</title></head><body><div class=\"article-text\"><div>{P1}</div><div>{P2}</div></div></body></html>");
    assert_eq!(text_of(&first(&html, "html").title), None);
}

/// A government page in table cells with no heading: a breadcrumb (`الأخبار » تفاصيل الخبر`) is no
/// headline, and the issuing office signing the news off is no body.
#[test]
fn gov_table_breadcrumbs_and_press_office_sign_offs() {
    let head = "الوزير يدشن توزيع التقاوي المحسنة على المزارعين";
    for (crumb, office) in [
        ("الأخبار » تفاصيل الخبر", "إدارة الإعلام والعلاقات العامة"),
        ("الرئيسية › الأخبار › خبر", "المكتب الإعلامي للوزارة"),
        ("أخبار الوزارة » عرض الخبر كاملا", "قسم العلاقات العامة والإعلام"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>وزارة الزراعة - ولاية الجزيرة</title></head><body><table><tr><td><img src=top.jpg alt=\"وزارة الزراعة\"></td></tr><tr><td><table><tr><td><b>{crumb}</b></td></tr><tr><td><b>{head}</b></td></tr><tr><td>بتاريخ : 2025-11-15</td></tr><tr><td>{P1}<br><br>{P2}<br><br>{P3}<br><br>{office}</td></tr></table></td></tr></table></body></html>");
        let a = first(&html, "html");
        assert_eq!(text_of(&a.title), Some(head), "help: {crumb}");
        assert_eq!(body(&a), [P1, P2, P3], "help: {office}");
    }
}

/// Copied pages (plain text): a «place - site» line under the date, the site's name shown at the page's
/// top, is the source; a pager copied a word a line (`الصفحة`, `1`, `2`, `التالي`) and a share row are no
/// body; tags one a line under a bare keyword label are keywords; a page dated only by its update stamp
/// is dated that day.
#[test]
fn copied_pages_datelines_pagers_and_bare_tag_labels() {
    for (site, place, date, want) in [
        ("دهوك اليوم", "دهوك", "السبت 15 تشرين الثاني 2025", "2025-11-15"),
        ("صدى عدن", "عدن", "آخر تحديث: الأحد 16 نوفمبر 2025 - 10:15", "2025-11-16"),
        ("النيلين نيوز", "الخرطوم", "14/11/2025", "2025-11-14"),
    ] {
        for tail in ["الصفحة\n1\n2\n3\nالتالي\nمشاركة\nفيسبوك", "الصفحة التالية\nشارك هذا المقال\nواتساب", "كلمات مفتاحية\nالصحة\nالمراكز الصحية\nاقرأ أيضا\nافتتاح مدرسة في الحي\nجميع الحقوق محفوظة"] {
            let page = format!("{site}\nالرئيسية\nأخبار\nاقتصاد\nافتتاح مركز صحي جديد في المدينة\n{date}\n{place} - {site}\n{P1}\n{P2}\n{P3}\n{tail}\n");
            let a = first(&page, "text");
            assert_eq!(text_of(&a.title), Some("افتتاح مركز صحي جديد في المدينة"), "help: {site} {tail}");
            assert_eq!(text_of(&a.source), Some(site), "help: {site}");
            assert_eq!(body(&a), [P1, P2, P3], "help: {site} {tail}");
            assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()).and_then(|v| v.get(..10)), Some(want), "help: {date}");
            if tail.starts_with("كلمات") {
                let kw: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
                assert_eq!(kw, ["الصحة", "المراكز الصحية"]);
            }
        }
    }
    // (A reporter's name beside the place is the byline, not the source.)
    let page = format!("المغرب اليوم\nالرئيسية\nافتتاح مركز صحي جديد في المدينة\nنشر في 15 نونبر 2025\nفاس - محمد العلوي\n{P1}\n{P2}\n");
    let a = first(&page, "text");
    assert_eq!((text_of(&a.byline), text_of(&a.source)), (Some("محمد العلوي"), None));
    assert_eq!(body(&a), [P1, P2]);
}
