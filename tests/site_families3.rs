//! Site families met after tests/site_families2.rs: whole pages of our own under tests/pages/families3/
//! (a Gulf agency with its closing stamp, a Dari agency, a sports page with match widgets, a page dated
//! only by its modified stamp, an AMP page, a fact check, a market report, a gallery, a WordPress blog,
//! copied pages as text) checked against what a reader expects (expect.json), and each class fixed on
//! them in small variants of wording, markup and numbers.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;
use families::parse_as;

#[test]
fn whole_pages_of_new_site_families() {
    families::check_family("families3", 12);
}

fn text_first(text: &str) -> naba::model::Article {
    parse_as(text, "text").articles.into_iter().next().unwrap_or_else(|| panic!("no article in {text}"))
}

const B1: &str = "أعلنت مديرية التربية بدء توزيع الكتب المدرسية على المدارس الريفية، على أن تكتمل العملية قبل نهاية الأسبوع المقبل.";
const B2: &str = "وقال مدير المديرية إن شاحنات إضافية خصصت للقرى البعيدة، وإن فرقا ميدانية ستتابع وصول الكتب إلى كل مدرسة.";
const B3: &str = "وطالب أولياء أمور بتسريع العملية، مؤكدين أن أبناءهم يدرسون منذ أسابيع دون كتب في عدد من المواد.";
const H: &str = "مديرية التربية تبدأ توزيع الكتب على المدارس الريفية";

fn texts(a: &naba::model::Article) -> Vec<&str> {
    a.paragraphs.iter().map(|p| p.text.as_str()).collect()
}

/// A copied page whose dated header is followed by a login bar, a story number or a caption before the
/// headline: the headline is the line under them, and the header's date the story's.
#[test]
fn a_copied_headline_under_the_dated_header_past_a_login_bar() {
    for (between, date) in [
        ("تسجيل الدخول | اشتراك", "الاثنين 17 نوفمبر 2025"),
        ("تسجيل الدخولإنشاء حساب", "17/11/2025"),
        ("سجل دخولك", "الإثنين، 17 تشرين الثاني 2025"),
    ] {
        let text = format!("بوابة المدينة\nالرئيسيةمحلياتاقتصادرياضة\n{date}\n{between}\n{H}\n{B1}\n{B2}\n{B3}\nطباعةإرسالمشاركة\n");
        let a = text_first(&text);
        assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(H), "help: {between}");
        assert_eq!(texts(&a), [B1, B2, B3], "help: {between}");
        assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()), Some("2025-11-17"), "help: {date}");
    }
    // A story's number line between the login bar and the date: the headline under the date, not the bar.
    let text = format!("خبرگزاری نمونه\nورود | ثبت نام\nکد خبر: ۴۴۵۱\nتاریخ انتشار: ۲۶ آبان ۱۴۰۴\n{H}\n{B1}\n{B2}\n");
    assert_eq!(text_first(&text).title.map(|t| t.text), Some(H.to_string()));
    // A headline over its date line with a byline between is left as it was.
    let text = format!("بوابة المدينة\nمحليات\n{H}\nكتب: سامر الخطيب\n17 نوفمبر 2025\n{B1}\n{B2}\n");
    assert_eq!(text_first(&text).title.map(|t| t.text), Some(H.to_string()));
}

/// A copied page with no date line over the story: the headline over the reporter's or credit line over
/// the first paragraph (a caption may sit between), under the site's dated header.
#[test]
fn a_copied_headline_over_a_reporters_line() {
    for (credit, byline) in [("أزيلال - عبد الرحيم الزياني", Some("عبد الرحيم الزياني")), ("حمص - سانا", None), ("عدن - خاص", None)] {
        for caption in ["", "تلاميذ في طريقهم إلى المدرسة (أرشيف)\n"] {
            let text = format!("Le Site AR\nAccueilPolitiqueSport\nالأحد 16 نونبر 2025\nعاجل: أمطار رعدية مرتقبة مساء اليوم\nمجتمع\n{H}\n{caption}{credit}\n{B1}\n{B2}\n{B3}\nPartagerFacebookTwitter\n");
            let a = text_first(&text);
            assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(H), "help: {credit} {caption}");
            assert_eq!(texts(&a), [B1, B2, B3], "help: {credit} {caption}");
            assert_eq!(a.byline.as_ref().map(|t| t.text.as_str()), byline, "help: {credit}");
        }
    }
    // No dated header: a plain story with a credit line keeps its first line as the headline.
    let text = format!("{H}\nحمص - سانا\n{B1}\n{B2}\n");
    assert_eq!(text_first(&text).title.map(|t| t.text), Some(H.to_string()));
}

/// Captions marked as archive or illustrative photos, gallery counters, editors' initials of spaced
/// letters and a live blog's banner are no body.
#[test]
fn captions_counters_initials_and_live_banners() {
    for extra in ["صورة أرشيفية", "عمال في موقع البناء (أرشيفية)", "صورة تعبيرية", "مزارع في حقله - أرشيف", "3 / 12", "12/40"] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>17 نوفمبر 2025</p><p>{B1}</p><p>{extra}</p><p>{B2}</p><p>{B3}</p><p>{extra}</p></article></body></html>");
        let r = parse_as(&html, "html");
        assert_eq!(texts(&r.articles[0]), [B1, B2, B3], "help: {extra}");
    }
    // Editors' initials closing the story (a Gulf wire's spaced letters, with or without its stamp after).
    for end in ["<p>ع ف</p>", "<p>م س ع</p>", "<p>ع ف</p><p>بنا 1125 جمت 16/11/2025</p>", "<p>ح.ع</p>"] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>17 نوفمبر 2025</p><p>{B1}</p><p>{B2}</p><p>{B3}</p>{end}</article></body></html>");
        assert_eq!(texts(&parse_as(&html, "html").articles[0]), [B1, B2, B3], "help: {end}");
    }
    // A sentence that ends on an archive stays body.
    let said = "وأودعت البلدية نسخا من الخرائط القديمة للمدينة في الأرشيف.";
    let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>{B1}</p><p>{said}</p><p>{B2}</p></article></body></html>");
    assert_eq!(texts(&parse_as(&html, "html").articles[0]), [B1, said, B2]);
    // `تحديث مباشر` over the date line of a copied live page: the date is the story's publication.
    for banner in ["تحديث مباشر", "تحديث مباشر:", "آخر تحديث مباشر"] {
        let text = format!("الموقع\nالرئيسية\nعربي\n{H}\n{banner}\nالسبت 15 نوفمبر 2025\n18:40\n{B1}\n17:15\n{B2}\n");
        let a = text_first(&text);
        assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(H), "help: {banner}");
        assert_eq!(a.published.as_ref().and_then(|p| p.value.as_deref()), Some("2025-11-15"), "help: {banner}");
    }
}

/// An agency's name in brackets after a place (and a day) and before a double dash or a colon is the
/// source: `الكويت - 17 - 11 (كونا) --`, Dari `هرات (پژواک):`.
#[test]
fn a_bracketed_agency_after_a_place_is_the_source() {
    for (lead, source) in [
        ("الكويت - 17 - 11 (وكالة الأنباء) -- ", "الكويت - 17 - 11 (وكالة الأنباء)"),
        ("المنامة - 3 - 12 (بنا) -- ", "المنامة - 3 - 12 (بنا)"),
        ("هرات (آریانا): ", "هرات (آریانا)"),
        ("بغداد (المدى): ", "بغداد (المدى)"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>{lead}{B1}</p><p>{B2}</p><p>{B3}</p></article></body></html>");
        let r = parse_as(&html, "html");
        assert_eq!(r.articles[0].source.as_ref().map(|s| s.text.as_str()), Some(source), "help: {lead}");
    }
}

/// A page dated only by its declared modification (`article:modified_time`, JSON-LD `dateModified`).
#[test]
fn a_declared_modification_alone_dates_the_story() {
    for head in [
        "<meta property=\"article:modified_time\" content=\"2025-11-14T09:12:00+03:00\">".to_string(),
        "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"dateModified\":\"2025-11-14T22:40:00+03:00\"}</script>".to_string(),
        "<meta property=\"og:updated_time\" content=\"2025-11-14\">".to_string(),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title>{head}</head><body><article><h1>{H}</h1><p>{B1}</p><p>{B2}</p><p>{B3}</p></article></body></html>");
        let r = parse_as(&html, "html");
        assert_eq!(r.articles[0].published.as_ref().and_then(|p| p.value.as_deref()).map(|v| &v[..10]), Some("2025-11-14"), "help: {head}");
    }
    // A declared publication still wins over the modification.
    let html = format!("<html><head><meta charset=utf-8><title>{H}</title><meta property=\"article:published_time\" content=\"2025-11-10T08:00:00Z\"><meta property=\"article:modified_time\" content=\"2025-11-14T09:12:00Z\"></head><body><article><h1>{H}</h1><p>{B1}</p><p>{B2}</p></article></body></html>");
    assert_eq!(parse_as(&html, "html").articles[0].published.as_ref().and_then(|p| p.value.as_deref()).map(|v| &v[..10]), Some("2025-11-10"));
}

/// A post footer with a category box and a tag box side by side, in either order, linked by `rel` or by
/// address: each box is a tag line of its own, so the tags after the first box are kept.
#[test]
fn a_category_box_beside_a_tag_box_keeps_both() {
    let cat = |label: &str, rel: &str| format!("<span class=\"cat-links\">{label} <a href=\"/category/travel\"{rel}>رحلات</a></span>");
    let tags = |label: &str| format!("<span class=\"tags-links\">{label} <a href=\"/tag/x\" rel=\"tag\">الأطلس</a>، <a href=\"/tag/y\" rel=\"tag\">وادي درعة</a></span>");
    for footer in [
        format!("{} {}", cat("التصنيفات:", " rel=\"category tag\""), tags("الوسوم:")),
        format!("{} {}", tags("الكلمات المفتاحية:"), cat("تصنيفات:", " rel=\"category tag\"")),
        format!("{} | {}", cat("المواضيع:", ""), tags("وسوم:")),
        format!("{}{}", cat("التصنيفات:", " rel=\"category tag\""), tags("Tags:")),
        format!("<div class=\"entry-meta\">{} <span class=\"sep\">·</span> {}</div>", cat("التسميات:", " rel=\"tag\""), tags("هاشتاغ:")),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>17 نوفمبر 2025</p><div class=\"entry-content\"><p>{B1}</p><p>{B2}</p><p>{B3}</p></div><footer class=\"entry-footer\">{footer}</footer></article></body></html>");
        let a = &parse_as(&html, "html").articles[0];
        let keywords: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
        assert!(keywords.contains(&"الأطلس") && keywords.contains(&"وادي درعة"), "help: {footer}\n{keywords:?}");
        assert!(!keywords.iter().any(|k| k.contains(':') || k.contains("وسوم") || k.contains("تصنيف")), "help: {footer}\n{keywords:?}");
        assert_eq!(texts(a), [B1, B2, B3], "help: {footer}");
    }
}

/// A match's score card or a fixtures box inside a sports story (teams, score, stadium and round) is no
/// body text, whatever its class's spelling; the story's paragraphs around it stay.
#[test]
fn a_score_card_inside_the_story_is_no_body() {
    let s1 = "تغلب نادي الوحدة على ضيفه الجزيرة بهدفين نظيفين في مباراة شهدت حضورا جماهيريا كبيرا مساء الجمعة.";
    let s2 = "وسجل مهاجم الوحدة الهدف الأول في الدقيقة العشرين، قبل أن يضيف زميله الهدف الثاني من ركلة حرة مباشرة.";
    let s3 = "ويرتقي الوحدة بهذا الفوز إلى المركز الثالث، فيما يبقى الجزيرة في المركز السابع برصيد اثنتي عشرة نقطة.";
    for card in [
        "<div class=\"match-card\"><div>الوحدة</div><div>2 - 0</div><div>الجزيرة</div><div>استاد آل نهيان - الجولة 9</div></div>",
        "<div class=\"scoreboard\"><span class=\"home\">الوحدة</span> <b>2</b> - <b>0</b> <span class=\"away\">الجزيرة</span><p>ملعب النادي - الأسبوع التاسع</p></div>",
        "<section class=\"matchCard\"><h4>الوحدة 2 × 0 الجزيرة</h4><a href=\"/m/77\">تفاصيل اللقاء</a></section>",
        "<div class=\"live-score-widget\"><div>انتهت: الوحدة 2 - 0 الجزيرة</div></div>",
        "<ul class=\"fixtures\"><li>الوحدة 2 - 0 الجزيرة</li><li>العين 1 - 1 الشارقة</li></ul>",
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h1>{H}</h1><p>17 نوفمبر 2025</p><div class=\"article-body\"><p>{s1}</p><p>{s2}</p>{card}<p>{s3}</p></div></article></body></html>");
        assert_eq!(texts(&parse_as(&html, "html").articles[0]), [s1, s2, s3], "help: {card}");
    }
}

/// A byline box that holds the site's own name (after a place, `الخرطوم: صدى النيل`) names no writer: the
/// site is its `og:site_name`, the publisher in JSON-LD, the `<title>`'s site part or its logo in words.
#[test]
fn the_sites_own_name_in_the_byline_box_is_no_byline() {
    let site = "صدى النيل";
    for (head, logo, who) in [
        (format!("<meta property=\"og:site_name\" content=\"{site}\">"), String::new(), format!("الخرطوم: {site}")),
        ("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"x\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"صدى النيل\"}}</script>".to_string(), String::new(), format!("أم درمان: {site}")),
        (String::new(), format!("<header><a href=\"/\" class=\"logo\">{site}</a></header>"), format!("الخرطوم: {site}")),
        (String::new(), format!("<div class=\"site-title\"><a href=\"/\">{site}</a></div>"), site.to_string()),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title>{head}</head><body>{logo}<article><h1>{H}</h1><div class=\"meta\"><span class=\"author\">{who}</span> <time datetime=\"2025-11-16T07:30:00+02:00\">الأحد، 16 نوفمبر</time></div><div class=\"body\"><p>{B1}</p><p>{B2}</p><p>{B3}</p></div></article></body></html>");
        let a = &parse_as(&html, "html").articles[0];
        assert_eq!(a.byline.as_ref().map(|b| b.text.as_str()), None, "help: {head}{logo}");
        assert_eq!(texts(a), [B1, B2, B3], "help: {head}{logo}");
    }
    // A writer's name in the same box stays the byline.
    let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><header><a href=\"/\" class=\"logo\">{site}</a></header><article><h1>{H}</h1><div class=\"meta\"><span class=\"author\">الخرطوم: عثمان الطيب</span></div><div class=\"body\"><p>{B1}</p><p>{B2}</p></div></article></body></html>");
    assert_eq!(parse_as(&html, "html").articles[0].byline.as_ref().map(|b| b.text.as_str()), Some("عثمان الطيب"));
}

/// A separator beside the credit on a date line (`الاثنين 8 يوليو 2024 · الدوحة - قنا`) is no part of the source.
#[test]
fn a_separator_beside_the_source_is_no_part_of_it() {
    for (line, source) in [
        ("<time datetime=\"2025-11-17\">17 نوفمبر 2025</time> · الدوحة - قنا", "الدوحة - قنا"),
        ("<time datetime=\"2025-11-17\">17 نوفمبر 2025</time> | المنامة - بنا", "المنامة - بنا"),
        ("<time datetime=\"2025-11-17\">الاثنين 17/11/2025</time> ·· الكويت - كونا", "الكويت - كونا"),
    ] {
        let html = format!("<html><head><meta charset=utf-8><title>{H}</title></head><body><article><h2>{H}</h2><div class=\"byline\">{line}</div><div><p>{B1}</p><p>{B2}</p></div></article></body></html>");
        let a = &parse_as(&html, "html").articles[0];
        assert_eq!(a.source.as_ref().map(|s| s.text.as_str()), Some(source), "help: {line}");
    }
}
