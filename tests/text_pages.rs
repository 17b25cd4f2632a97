//! Whole pages copied from the browser (Ctrl+A) and pasted as text: the site's menu, ticker, login bar,
//! share row and footer are no story; the headline is the line over the story's first date line, not
//! the site's name; two stories of an endless scroll stay two. Texts of our own, in several styles.

use naba::{Options, RawOptions};

fn parse(text: &str) -> naba::model::Analysis {
    let opts = Options::from_raw(RawOptions { format: Some("text".into()), now: Some("2025-11-18".into()), labels: None }).unwrap();
    naba::parse(text, &opts).unwrap()
}

const A1: &str = "أعلنت مديرية المياه أمس بدء أعمال صيانة الخط الرئيسي المغذي للأحياء الشرقية، على أن تستمر الأعمال ثلاثة أيام.";
const A2: &str = "وقال مدير المديرية إن الفرق الفنية ستعمل على مدار الساعة، داعيا السكان إلى ترشيد الاستهلاك خلال فترة الصيانة.";
const A3: &str = "وأضاف أن صهاريج المياه ستوزع مجانا على المدارس والمستشفيات في الأحياء المتضررة حتى عودة الضخ.";
const HEAD: &str = "مديرية المياه تبدأ صيانة الخط الرئيسي للأحياء الشرقية";

/// The page's furniture around one story, in several sites' wording.
#[test]
fn a_copied_pages_furniture_is_no_story() {
    for (top, meta, byline, bottom) in [
        ("شبكة الخبر\nالرئيسية\nمحليات\nاقتصاد\nعاجلوزير الداخلية يزور المعبر الحدودي يوم 20 تشرين الثاني\nالرئيسية › محليات", "حلب - سامر الخطيب · 12 تشرين الثاني 2025", Some("سامر الخطيب"), "FacebookTwitterWhatsApp\nالأكثر قراءة\nارتفاع أسعار الذهب13 نوفمبر 2025\n© 2025 شبكة الخبر"),
        ("Al Khabar NewsAccueilPolitiqueSport\nتسجيل الدخول\nعاجل: أمطار غزيرة مرتقبة يوم الجمعة 14 نوفمبر", "ليلى بن عمار · الأربعاء 12 نوفمبر 2025، 10:05", Some("ليلى بن عمار"), "شاركXواتساب\nجاري تحميل الخبر التالي…"),
        ("موقع البلد\nأخبار|رياضة|فن\nسجل دخولك للتعليق", "الأربعاء 12 نوفمبر 2025", None, "شارك\nفيسبوك\nتويتر\nجميع الحقوق محفوظة لموقع البلد 2025"),
    ] {
        let text = format!("{top}\n{HEAD}\n{meta}\n{A1}\n{A2}\n{A3}\n{bottom}\n");
        let r = parse(&text);
        assert_eq!(r.articles.len(), 1, "help: {top}");
        let a = &r.articles[0];
        assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(HEAD), "help: {top}");
        assert_eq!(a.byline.as_ref().map(|t| t.text.as_str()), byline, "help: {meta}");
        assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()).map(|v| &v[..10]), Some("2025-11-12"), "help: {meta}");
        let paragraphs: Vec<&str> = a.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(paragraphs, [A1, A2, A3], "help: {top}");
        // (No date of the ticker or the most-read box in the timeline.)
        let opts = Options::from_raw(RawOptions { format: Some("text".into()), now: Some("2025-11-18".into()), labels: None }).unwrap();
        let full = naba::analyze(&text, &opts).unwrap();
        assert!(full.articles.iter().flat_map(|a| &a.timeline).all(|t| !t.value.as_deref().unwrap_or("").starts_with("2025-11-13") && !t.value.as_deref().unwrap_or("").starts_with("2025-11-20")), "help: {top}");
    }
}

/// A blog's date header over the headline, and an opinion page's writer card (the name over the writer's
/// title) above it.
#[test]
fn a_date_over_the_headline_and_a_writers_card() {
    let text = format!("مدونة حكايات\nالصفحة الرئيسية\nعن المدونة\nالأربعاء، 12 نوفمبر 2025\n{HEAD}\n{A1}\n{A2}\n");
    let a = &parse(&text).articles[0];
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(HEAD));
    assert_eq!(a.paragraphs.len(), 2);
    let text = format!("الجريدة\nآراء › مقالات\nد. سامي الزعبي\nكاتب وأكاديمي أردني\n{HEAD}\nالأحد 9 نوفمبر 2025\n{A1}\n{A2}\n");
    let a = &parse(&text).articles[0];
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(HEAD));
    assert_eq!(a.byline.as_ref().map(|t| t.text.as_str()), Some("د. سامي الزعبي"));
    assert_eq!(a.paragraphs.len(), 2);
}

/// Two stories of an endless scroll copied together: each headline over its own date line.
#[test]
fn two_copied_stories_stay_two() {
    const H2: &str = "افتتاح معرض للكتاب في نابلس بمشاركة 60 دار نشر";
    const B1: &str = "افتتحت وزارة الثقافة أمس معرضا للكتاب في مدينة نابلس، بمشاركة ستين دار نشر محلية وعربية.";
    const B2: &str = "وقال الوزير إن المعرض يستمر عشرة أيام، وإن ريعه يذهب لدعم المكتبات المدرسية في شمال الضفة.";
    for meta2 in ["نابلس - وفا · الخميس 10 تشرين الأول 2025", "الخميس 10 أكتوبر 2025", "هبة الكيلاني · 10/10/2025"] {
        let text = format!("القدس نت\nفلسطين\nعربي\n{HEAD}\nالخليل - خاص · الاثنين 14 أكتوبر 2025\n{A1}\n{A2}\n{A3}\nشاركواتساب\n{H2}\n{meta2}\n{B1}\n{B2}\n");
        let r = parse(&text);
        assert_eq!(r.articles.len(), 2, "help: {meta2}");
        let date = |k: usize| r.articles[k].published.as_ref().and_then(|p| p.value.clone()).unwrap_or_default();
        assert_eq!((&date(0)[..10], &date(1)[..10]), ("2025-10-14", "2025-10-10"), "help: {meta2}");
        assert_eq!(r.articles[0].paragraphs.len(), 3, "help: {meta2}");
        assert_eq!(r.articles[1].title.as_ref().map(|t| t.text.as_str()), Some(H2), "help: {meta2}");
        assert!(r.articles[0].source.is_none(), "help: {meta2}");
    }
}

/// A plain story with no furniture keeps its first line as the headline, and a lede sentence above a
/// date line is no furniture.
#[test]
fn a_plain_story_is_left_as_it_was() {
    let text = format!("{HEAD}\n12 نوفمبر 2025\n{A1}\n{A2}\n");
    let a = &parse(&text).articles[0];
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(HEAD));
    let text = format!("{HEAD}\n{A1}\nتحديث مساء الأربعاء\n12 نوفمبر 2025\n{A2}\n{A3}\n");
    let a = &parse(&text).articles[0];
    assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(HEAD));
    assert!(a.paragraphs.iter().any(|p| p.text == A1));
}
