//! Page metadata from `<meta>`, JSON-LD and `<time datetime>`: the declared title, publication and
//! modification dates, keywords and author. These are hints: the article splitter validates them
//! against what the page shows (a declared date must agree with a date line before it wins).

use std::borrow::Cow;

use super::dom::{Data, Dom, Words};
use crate::hash::FastMap;
use super::json::Value;
use crate::date::calendar::{Date, Reference};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    /// Declared publication dates, most trusted first, as written (local date of the site).
    pub published: Vec<Reference>,
    pub modified: Vec<Reference>,
    pub keywords: Vec<String>,
    pub author: Option<String>,
    pub lang: Option<String>,
    /// Visible names in author markup (`itemprop=author`, `rel=author`, classes with author/writer/
    /// byline/كاتب), label words (`كتب:`, `بقلم`) stripped: a header line showing one is the byline.
    pub authors: Vec<String>,
    /// Visible standfirst candidates: a sub-headline or lede marked as such (`subtitle`, `excerpt`,
    /// `standfirst`, `dek`…) or a paragraph that is bold from end to end. The splitter takes one as the
    /// article's summary only when it sits between the headline and the body.
    pub standfirsts: Vec<String>,
    /// Author names declared in JSON-LD (`author.name`) and `<meta name=author>`: a header line that
    /// is exactly one of them (label words aside) is the byline.
    pub declared_authors: Vec<String>,
    /// The page declares a story of its own: a publication date in its `<meta>` tags or JSON-LD (not
    /// only `<time>` elements, which a list of teasers has by the dozen).
    pub declares_story: bool,
    /// Where the site names itself: `og:site_name` and the `<title>` element's text (`headline | site`).
    pub site_titles: Vec<String>,
    /// The story's text as its JSON-LD declares it (`articleBody`), or else the page's description
    /// (`og:description`): the page's text when the markup shows almost none of it (a script draws the
    /// page; see `html::read_page`).
    pub body: Option<String>,
    /// The items of a visible bullet summary: a list under a summary label (`<h3>ملخص</h3><ul><li>…`) or
    /// in a box whose class says so (`key-points`, `highlights`). The splitter takes them as the
    /// article's summary when they sit between the headline and the body.
    pub summary_lists: Vec<Vec<String>>,
}

impl PageMeta {
    /// Adds a declared author name once.
    fn declare_author(&mut self, name: &str) {
        if !self.declared_authors.iter().any(|a| a == name) {
            self.declared_authors.push(name.to_string());
        }
    }
}

/// The date part of an ISO-like timestamp: `2020-12-25T01:59:50+02:00` → 2020-12-25 01:59 (+120).
pub(crate) fn timestamp(s: &str) -> Option<Reference> {
    let s = s.trim();
    Reference::parse(s)
        .or_else(|| Reference::parse(&s.replace(' ', "T")))
        .or_else(|| {
            // 2020-03-15T20:18+0400 and other near-ISO forms: keep the date and the clock.
            let date = Date::parse_iso(s.get(..10)?)?;
            let mut r = Reference::day(date);
            if let Some(clock) = s.get(11..16) {
                r = Reference::parse(&format!("{}T{clock}", &s[..10])).unwrap_or(r);
            }
            Some(r)
        })
        .or_else(|| {
            // ISO's basic form, as Sputnik writes it: 20251111T1420+0300.
            let mut x = s.get(..13).filter(|x| x.as_bytes()[8] == b'T')?.to_string();
            for (at, c) in [(11, ':'), (6, '-'), (4, '-')] {
                x.insert(at, c);
            }
            Reference::parse(&x)
        })
}

fn content<'a>(dom: &'a Dom, id: usize) -> Option<&'a str> {
    dom.attr(id, "content").map(str::trim).filter(|s| !s.is_empty())
}

pub fn read(dom: &Dom) -> PageMeta {
    let mut m = PageMeta::default();
    let mut og_title = None;
    let mut meta_title = None;
    let mut published_meta = Vec::new();
    let mut published_ld = Vec::new();
    let mut published_time = Vec::new();
    let mut url = None;
    let mut description = None;
    // (Logo boxes read, at most 8: each reads its whole subtree's text, and a page may nest many.)
    let mut logos = 0;
    for id in dom.descendants(0) {
        let Data::Element { name, .. } = &dom.nodes[id].data else { continue };
        match &**name {
            "html" => m.lang = dom.attr(id, "lang").map(str::to_string),
            "meta" => {
                let key = dom
                    .attr(id, "property")
                    .or_else(|| dom.attr(id, "name"))
                    .or_else(|| dom.attr(id, "itemprop"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let Some(value) = content(dom, id) else { continue };
                match key.as_str() {
                    "og:title" | "twitter:title" => og_title = og_title.or(Some(value.to_string())),
                    "og:url" => url = url.or(Some(value.to_string())),
                    "og:description" | "description" | "twitter:description" => description = description.or(Some(value.to_string())),
                    "og:site_name" => m.site_titles.push(value.to_string()),
                    "title" | "headline" => meta_title = meta_title.or(Some(value.to_string())),
                    "article:published_time" | "datepublished" | "pubdate" | "publishdate" | "date"
                    | "dc.date.issued" | "dc.date" | "parsely-pub-date" | "sailthru.date" | "og:published_time"
                    | "publish-date" | "article.published" | "dcterms.created" => {
                        published_meta.extend(timestamp(value));
                    }
                    "article:modified_time" | "datemodified" | "og:updated_time" | "last-modified" => {
                        m.modified.extend(timestamp(value));
                    }
                    "keywords" | "news_keywords" => {
                        if m.keywords.is_empty() {
                            m.keywords = split_keywords(value);
                        }
                    }
                    "author" | "article:author" => {
                        m.author = m.author.take().or(Some(value.to_string()));
                        if !value.contains("://") {
                            m.declare_author(value);
                        }
                    }
                    _ => {}
                }
            }
            "link" if dom.attr(id, "rel") == Some("canonical") => url = url.or(dom.attr(id, "content").map(str::to_string)),
            "time" => {
                if let Some(dt) = dom.attr(id, "datetime") {
                    published_time.extend(timestamp(dt));
                }
            }
            "script" => {
                let text = dom.text(id);
                if let Some(v) = super::json::parse(&text) {
                    json_ld(&v, &mut m, &mut published_ld, &mut og_title);
                }
            }
            "title" => {
                let t = dom.text(id);
                if !t.is_empty() && m.site_titles.len() < 4 {
                    m.site_titles.push(t.clone());
                }
                if meta_title.is_none() && !t.is_empty() {
                    meta_title = Some(t);
                }
            }
            // The site's logo in words (`<a class="logo">النيلين اليوم</a>`, `<div class="site-title">`).
            _ => {
                let c = dom.attr(id, "class").unwrap_or("");
                let logo = c.split(|x: char| x.is_whitespace() || x == '-' || x == '_').any(|p| p == "logo" || p == "brand");
                if logos < 8 && (logo || c.contains("site-title") || c.contains("site-name")) {
                    logos += 1;
                    let t = dom.text(id);
                    let t = t.trim();
                    if (2..=40).contains(&t.chars().count()) {
                        m.site_titles.push(t.to_string());
                    }
                }
            }
        }
    }
    m.title = og_title.or(meta_title);
    // (With no `articleBody`, the page's description: the only text of a page saved before its script drew it.)
    m.body = m.body.take().or(description);
    visible_markup(dom, &mut m);
    summary_lists(dom, &mut m);
    // JSON-LD keeps the site's offset; `article:published_time` is often converted to UTC.
    m.declares_story = !published_ld.is_empty() || !published_meta.is_empty();
    // (Last, the day in the page's own address, `/2025/03/14/`: a page dated nowhere else.)
    let day = |w: &[&str]| Date::parse_iso(&format!("{}-{:0>2}-{:0>2}", w[0], w[1], w[2]));
    let from_url = url.and_then(|u| u.split('/').collect::<Vec<_>>().windows(3).find_map(day));
    m.published = published_ld.into_iter().chain(published_meta).chain(published_time).chain(from_url.map(Reference::day)).collect();
    m
}

/// Class/id words of author markup.
const AUTHOR_WORDS: &[&str] = &["fn", "author", "auther", "writer", "byline", "by-line", "kateb", "katib", "كاتب", "الكاتب", "reporter", "journalist", "auteur"];
/// Class/id words of a standfirst.
const STANDFIRST_WORDS: &[&str] =
    &["standfirst", "subtitle", "sub-title", "sub_title", "subheadline", "sub-headline", "subhead", "dek", "excerpt", "lede", "brief", "abstract", "strapline", "نبذه", "chapo", "chapeau", "lead", "article-summary", "summary", "teaser", "announce"];
/// Label words a visible author element may start with.
const AUTHOR_LABELS: &[&str] = &["كتب", "كتبت", "بقلم", "الكاتب", "الكاتبه", "اعداد", "تقرير", "by", "written by", "par", "نويسنده"];

fn class_words<'d>(dom: &'d Dom, id: usize) -> Cow<'d, str> {
    dom.attr_words(id, &["class", "id", "itemprop", "rel"])
}

/// True when a class token has one of `words` as a `-`/`_` part (`post-author`, `entry_writer`) or, for
/// words of six letters or more, anywhere (`ArticleWriter`, `postAuthorName`).
fn has_word(classes: &str, words: &[&str]) -> bool {
    classes.split_whitespace().any(|t| {
        let token = Words::new(t);
        // Parts split on the bytes: `-` and `_` are ASCII, never inside a longer character.
        t.as_bytes().split(|&b| b == b'-' || b == b'_').any(|p| words.iter().any(|w| w.as_bytes() == p))
            || words.iter().any(|w| token.holds(w) && w.chars().nth(5).is_some())
    })
}

/// A name as shown in author markup, without its label: `بقلم: أحمد علي` → `أحمد علي`.
fn author_name(text: &str) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let f = crate::normalize::fold(text).to_ascii_lowercase();
    let mut skip = 0;
    for l in AUTHOR_LABELS {
        if let Some(rest) = f.trim_start().strip_prefix(l) {
            if rest.is_empty() || rest.starts_with([' ', ':']) {
                skip = skip.max(l.split_whitespace().count());
            }
        }
    }
    let t = words[skip.min(words.len())..].join(" ");
    let t = t.trim_start_matches([':', ' ', '-', '|']).trim();
    let t = t.split(" | ").next().unwrap_or(t).trim();
    // A dateline's place and the name, either way round (`الحسكة - رنا الأحمد`, `أحمد علي - القاهرة`), and a
    // place in brackets after the name (`فهد العتيبي (الرياض)`).
    let place = |s: &str| crate::entity::gazetteer::is_place(&crate::normalize::fold(s.trim()));
    // A place before a colon (`دبي: محمد إبراهيم`); a staff credit (`دبي: «الخليج»`) names no person.
    let t = match t.split_once(':') {
        Some((a, b)) if place(a) => b.trim(),
        _ => t,
    };
    if t.starts_with(['«', '"', '“', '\'']) {
        return None;
    }
    // (An outlet before the name, `هسبرس بريس - يوسف لخضر`: the side that opens with a given name.)
    let given = |s: &str| {
        let f = crate::normalize::fold(s.trim());
        f.split_whitespace().next().is_some_and(crate::entity::gazetteer::is_first_name)
    };
    // (A place, the outlet and the name, `طولكرم - "القدس" دوت كوم - رامي سمارة`: the part that opens with
    // a given name.)
    let named = t.split(" - ").skip(2).next().and_then(|_| t.split(" - ").find(|p| given(p)));
    let t = match t.split_once(" - ").or_else(|| t.split_once(" – ")).or_else(|| t.split_once(" — ")) {
        _ if named.is_some() => named.unwrap_or(t).trim(),
        Some((a, b)) if (place(a) || given(b) && !given(a)) && !place(b) => b.split(" - ").next().unwrap_or(b).trim(),
        Some((a, _)) => a.trim(),
        None => t,
    };
    let t = match t.split_once(" (") {
        Some((name, rest)) if rest.ends_with(')') && place(rest.trim_end_matches(')')) => name.trim(),
        _ => t,
    };
    // (A wire's name in author markup, `القاهرة - سبوتنيك`, is the source, no person.)
    if crate::article::credits::is_agency(t) || crate::article::credits::staff_credit(t) {
        return None;
    }
    let n = t.split_whitespace().count();
    let digits = t.chars().any(|c| c.is_numeric());
    ((1..=6).contains(&n) && !digits && t.chars().any(char::is_alphabetic)).then(|| t.to_string())
}

/// Author names and standfirst candidates from the visible body markup. Linear: at most a few dozen
/// element texts are read, and a paragraph's text nodes look up at most 32 levels for bold.
fn visible_markup(dom: &Dom, m: &mut PageMeta) {
    let mut reads = 0;
    // (author, standfirst) by class string: a page repeats a few dozen class strings over thousands of
    // elements, and the word search costs more than a lookup.
    let mut marks: FastMap<Cow<'_, str>, (bool, bool)> = FastMap::default();
    for (id, &hidden) in super::extract::unseen(dom).iter().enumerate() {
        let is_element = matches!(dom.nodes[id].data, Data::Element { .. });
        let name = dom.name(id);
        if hidden || !is_element || matches!(name, "meta" | "link" | "img" | "html" | "body" | "head") || reads > 64 {
            continue;
        }
        let c = class_words(dom, id);
        let (author, standfirst) = match marks.get(&c) {
            Some(&known) => known,
            None => {
                let known = (has_word(&c, AUTHOR_WORDS), has_word(&c, STANDFIRST_WORDS));
                marks.insert(c, known);
                known
            }
        };
        if author && m.authors.len() < 20 {
            reads += 1;
            // (A writer's card, the name in bold over the writer's title and links: `<b>د. نادية الشمري</b>`.)
            let bold = || dom.descendants(id).take(64).find(|&d| matches!(dom.name(d), "b" | "strong")).and_then(|d| author_name(&dom.text(d)));
            if let Some(a) = author_name(&dom.text(id)).or_else(bold) {
                // (An author box's text glues the name to the writer's title, `عبير أبو شمالةمراسلة الخليج`:
                // the name marked inside it, which opens it, replaces it; a list of names, `أ، ب`, stays.)
                if let Some(k) = m.authors.iter().position(|b| b.starts_with(&a) && b[a.len()..].starts_with(char::is_alphabetic) && a.contains(' ')) {
                    m.authors[k] = a;
                } else if !m.authors.contains(&a) {
                    m.authors.push(a);
                }
            }
        }
        let marked = standfirst && !matches!(name, "article" | "main" | "section");
        if (marked || name == "p") && m.standfirsts.len() < 20 {
            if name == "p" && !marked {
                // A bold lede: every non-blank text node under the paragraph is inside <b>/<strong>.
                // (Paragraphs of more than 200 nodes are not ledes; the cap keeps nested <p> linear.)
                let sub: Vec<usize> = dom.descendants(id).take(201).collect();
                let texts: Vec<usize> =
                    sub.iter().copied().filter(|&d| matches!(&dom.nodes[d].data, Data::Text(t) if !t.trim().is_empty())).collect();
                if sub.len() > 200 || texts.is_empty() || !texts.iter().all(|&d| is_bold_text(dom, d)) {
                    continue;
                }
            }
            reads += 1;
            let text = dom.text(id);
            let words = text.split_whitespace().count();
            if (5..=80).contains(&words) && !m.standfirsts.contains(&text) {
                m.standfirsts.push(text);
            }
        }
    }
}

/// Labels of a bullet summary box, in matching form.
const SUMMARY_LABELS: &[&str] = &[
    "ملخص", "الملخص", "ملخص الخبر", "باختصار", "خلاصه", "الخلاصه", "ابرز النقاط", "اهم النقاط", "النقاط الرئيسيه", "في سطور",
    "نقاط سريعه", "في نقاط", "summary", "key points", "highlights", "in brief", "at a glance", "خلاصه الخبر",
];
/// Class/id words of a bullet summary box.
const SUMMARY_BOX_WORDS: &[&str] = &["key-points", "keypoints", "key_points", "highlights", "takeaways", "tldr", "article-summary", "summary-list", "bullets-summary"];

/// Whether `s` is a summary box's label (`ملخص`, `أبرز النقاط:`).
pub(crate) fn is_summary_label(s: &str) -> bool {
    let f = crate::normalize::fold(s.trim().trim_end_matches([':', ' '])).to_ascii_lowercase();
    SUMMARY_LABELS.contains(&f.as_str())
}

/// The bullet summaries of the page (see [`PageMeta::summary_lists`]): at most four lists of two to eight
/// items of three to sixty words each, none of them links.
fn summary_lists(dom: &Dom, m: &mut PageMeta) {
    let unseen = super::extract::unseen(dom);
    for id in dom.descendants(0) {
        if m.summary_lists.len() >= 4 {
            break;
        }
        if !matches!(dom.name(id), "ul" | "ol") || unseen[id] {
            continue;
        }
        let Some(parent) = dom.nodes[id].parent else { continue };
        // The element before the list, within its parent.
        let before = dom.children(parent).take_while(|&c| c != id).filter(|&c| matches!(dom.nodes[c].data, Data::Element { .. })).last();
        let labelled = before.is_some_and(|b| is_summary_label(&dom.text(b)));
        let boxed = std::iter::once(parent).chain(dom.ancestors(parent)).take(2).any(|a| has_word(&class_words(dom, a), SUMMARY_BOX_WORDS));
        if !labelled && !boxed {
            continue;
        }
        let items: Vec<usize> = dom.children(id).filter(|&c| dom.name(c) == "li").collect();
        if !(2..=8).contains(&items.len()) {
            continue;
        }
        let linked = |li: usize| dom.descendants(li).any(|d| dom.name(d) == "a");
        let texts: Vec<String> = items.iter().map(|&li| dom.text(li)).collect();
        if items.iter().any(|&li| linked(li)) || !texts.iter().all(|t| (3..=60).contains(&t.split_whitespace().count())) {
            continue;
        }
        m.summary_lists.push(texts);
    }
}

/// A text node inside `<b>`/`<strong>` below its paragraph (looked up at most 32 levels).
fn is_bold_text(dom: &Dom, text: usize) -> bool {
    dom.ancestors(text).take(32).take_while(|&a| dom.name(a) != "p").any(|a| matches!(dom.name(a), "strong" | "b"))
}

fn split_keywords(s: &str) -> Vec<String> {
    s.split([',', '،', '|', ';', '؛'])
        .map(str::trim)
        .filter(|k| !k.is_empty() && k.chars().count() < 80)
        .map(str::to_string)
        .collect()
}

fn json_ld(v: &Value, m: &mut PageMeta, published: &mut Vec<Reference>, title: &mut Option<String>) {
    let mut stack = vec![v];
    let mut visited = 0;
    while let Some(v) = stack.pop() {
        visited += 1;
        if visited > 10_000 {
            break;
        }
        match v {
            Value::Array(items) => stack.extend(items.iter()),
            Value::Object(obj) => {
                let kind = v.get("@type").and_then(|t| t.as_str()).unwrap_or("");
                // A framework's page data (Next.js's `__NEXT_DATA__`, an app's state): an untyped object
                // with a title and a long `content`/`body` is the story, its date `publishedAt`.
                let untyped = v.get("@type").is_none();
                let field = |keys: &[&str]| keys.iter().find_map(|k| v.get(k).and_then(|x| x.as_str()));
                let data_body = field(&["content", "body"]).filter(|b| untyped && b.len() >= 400 && field(&["title", "headline"]).is_some());
                // (Or one titled as the page's `og:title` with a date of its own, its body rendered in the
                // markup only.)
                let same = |a: &str, b: &str| a.split_whitespace().eq(b.split_whitespace());
                let titled = untyped && field(&["title", "headline"]).zip(title.as_deref()).is_some_and(|(a, b)| same(a, b));
                let data_body = data_body.or(titled.then_some(""));
                let is_article = kind.contains("Article") || kind.contains("Posting") || kind == "WebPage" || data_body.is_some();
                if is_article {
                    let date = if untyped { field(&["datePublished", "publishedAt", "published_at"]) } else { field(&["datePublished"]) };
                    if let Some(d) = date.and_then(timestamp) {
                        published.push(d);
                    }
                    if let Some(d) = v.get("dateModified").and_then(|d| d.as_str()).and_then(timestamp) {
                        m.modified.push(d);
                    }
                    if title.is_none() {
                        *title = v.get("headline").and_then(|h| h.as_str()).or(data_body.and(field(&["title"]))).map(str::to_string);
                    }
                    if m.body.is_none() {
                        m.body = v.get("articleBody").and_then(|b| b.as_str()).or(data_body.filter(|b| !b.is_empty())).map(str::to_string);
                    }
                    // (The publisher is the site: its name is no byline.)
                    if let Some(n) = v.get("publisher").and_then(|p| p.get("name")).and_then(|n| n.as_str()) {
                        m.site_titles.push(n.to_string());
                    }
                    let authors = match v.get("author") {
                        Some(Value::Array(a)) => a.iter().collect(),
                        Some(a) => vec![a],
                        None => vec![],
                    };
                    // People only: an organisation as author is the site, not a byline.
                    let person = |a: &&Value| !a.get("@type").and_then(|t| t.as_str()).is_some_and(|t| t.contains("Organization"));
                    for a in authors.into_iter().filter(person).take(10) {
                        let name = a.as_str().or_else(|| a.get("name").and_then(|n| n.as_str())).map(str::trim);
                        if let Some(name) = name.filter(|n| !n.is_empty() && n.chars().count() < 60 && !n.contains("://")) {
                            m.declare_author(name);
                        }
                    }
                    if m.keywords.is_empty() {
                        match v.get("keywords") {
                            Some(Value::String(s)) => m.keywords = split_keywords(s),
                            Some(Value::Array(a)) => {
                                m.keywords = a.iter().filter_map(|k| k.as_str()).map(str::to_string).collect()
                            }
                            _ => {}
                        }
                    }
                }
                for (k, child) in obj {
                    if k == "@graph" || k == "mainEntity" || k == "mainEntityOfPage" || matches!(child, Value::Array(_)) || untyped && matches!(child, Value::Object(_)) {
                        stack.push(child);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_meta_and_json_ld() {
        let html = r#"<html lang="ar"><head><title>عنوان | الموقع</title>
            <meta property="og:title" content="قمة بودابست">
            <meta property="article:published_time" content="2020-12-24T23:59:50+00:00">
            <meta name="keywords" content="بوتين، ترامب, بودابست">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle",
              "datePublished":"2020-12-25T01:59:50+02:00","dateModified":"2020-12-26T10:00:00+02:00"}]}</script>
            </head><body><time datetime="2020-12-25">25</time></body></html>"#;
        let m = read(&Dom::parse(html));
        assert_eq!(m.title.as_deref(), Some("قمة بودابست"));
        assert_eq!(m.lang.as_deref(), Some("ar"));
        let days: Vec<String> = m.published.iter().map(|r| r.date.to_string()).collect();
        assert_eq!(days, ["2020-12-25", "2020-12-24", "2020-12-25"]);
        assert_eq!(m.modified[0].date.to_string(), "2020-12-26");
        assert_eq!(m.keywords, ["بوتين", "ترامب", "بودابست"]);
    }

    #[test]
    fn authors_and_standfirsts_from_visible_markup() {
        let html = r#"<html><head><meta name="author" content="سارة علي">
            <script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"نواف المري"},
              {"@type":"Organization","name":"بوابة الخليج"}]}</script></head><body>
            <span class="vcard author" style="display:none">Hidden Name</span>
            <div class="post-author">بقلم: ريم الحاج - بيروت</div><a rel="author" href="/w">عمر الزعبي</a>
            <div class="ArticleWriter">هالة الفيلكاوي</div><div class="author-box">نبذة طويلة عن الكاتب وأعماله ومقالاته المنشورة في الصحف العربية</div>
            <h2 class="sub-title">الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</h2>
            <p><strong>تبلغ قدرة المحطة الجديدة ألفي ميغاواط</strong></p><p><b>عنوان:</b> نص عادي بعده طويل بما يكفي</p></body></html>"#;
        let m = read(&Dom::parse(html));
        assert_eq!(m.authors, ["ريم الحاج", "عمر الزعبي", "هالة الفيلكاوي"]);
        assert_eq!(m.declared_authors, ["سارة علي", "نواف المري"]);
        assert_eq!(m.standfirsts, ["الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر", "تبلغ قدرة المحطة الجديدة ألفي ميغاواط"]);
        // An outlet and the name either way round: the name is the side that opens with a given name.
        for (shown, want) in [
            ("هسبرس بريس - يوسف لخضر", "يوسف لخضر"),
            ("العربية نت - سارة الأحمد", "سارة الأحمد"),
            ("سارة الأحمد - العربية نت", "سارة الأحمد"),
            ("يوسف لخضر - الرباط", "يوسف لخضر"),
            ("الرباط - يوسف لخضر", "يوسف لخضر"),
        ] {
            assert_eq!(author_name(shown).as_deref(), Some(want), "help: {shown}");
        }
    }

    #[test]
    fn a_datelines_place_beside_the_author_is_left_out_either_way_round() {
        for (shown, name) in [
            ("الحسكة - رنا الأحمد", "رنا الأحمد"),
            ("بقلم: القاهرة - سامي فؤاد", "سامي فؤاد"),
            ("دبي: محمد إبراهيم", "محمد إبراهيم"),
            ("الرباط: سناء العلوي", "سناء العلوي"),
            ("Par مروى الحمامي", "مروى الحمامي"),
            ("par Marwa Hammami", "Marwa Hammami"),
            ("أحمد علي - القاهرة", "أحمد علي"),
            ("فهد العتيبي (الرياض)", "فهد العتيبي"),
            ("ليلى حسن - خاص", "ليلى حسن"),
            ("سامر (أبو علي) الخطيب", "سامر (أبو علي) الخطيب"),
        ] {
            assert_eq!(author_name(shown).as_deref(), Some(name), "help: {shown}");
        }
        // A staff credit names the paper, not a person.
        for credit in ["دبي: «الخليج»", "أبوظبي: \"الاتحاد\"", "الشارقة: “الخليج”"] {
            assert_eq!(author_name(credit), None, "help: {credit}");
        }
    }
}
