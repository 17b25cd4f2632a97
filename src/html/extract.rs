//! Main-content extraction, the way Readability-class tools do it, made Arabic-aware.
//!
//! 1. Every visible block of the page becomes a [`Line`] (a line break at every block boundary and
//!    between adjacent links, so headlines never glue to dates nor tags to each other).
//! 2. Paragraph-like lines score their ancestors (commas — the Arabic `،` included — and length);
//!    containers get class/id weights (English, Arabic and Persian words) and lose what links take;
//!    the best container is the body. `itemprop=articleBody` and `<article>` weigh in.
//!    Safety nets (`fallback.rs`): a container wrapping the whole page is never clutter, nor hidden;
//!    when the choice holds no running prose (or far less than a subtree elsewhere), the densest prose
//!    subtree is the body, so a page with visible prose never reads as empty.
//! 3. The page text handed to the article splitter is: the headline, the header lines between the
//!    headline and the body (date, byline, source live there), the body, and tag lists near it. Each line
//!    carries a [`Zone`] hint so the splitter knows header clutter from body text.
//!
//! All passes are linear in the number of nodes (node ids are in document order, so parents come before
//! children and a subtree is a contiguous id range).

use super::dom::{Data, Dom, NodeId, Words};

/// Where a line of the extracted text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    /// The headline.
    Title,
    /// Just above the headline: some sites put the date there (and others a clock).
    Above,
    /// Between the headline and the body: date, byline, source, captions, share rows.
    Header,
    /// The main content container.
    Body,
    /// A tag/keyword list next to the body.
    Tags,
}

/// One line of the extracted text, with what the markup said about it.
#[derive(Debug, Clone, PartialEq)]
pub struct LineHint {
    /// Byte range of the line in the extracted text.
    pub start: usize,
    pub end: usize,
    pub zone: Zone,
    /// Share of the line's characters inside links.
    pub link_density: f32,
    /// 1..=6 for headings, 0 otherwise.
    pub heading: u8,
    /// The `datetime` of a `<time>` element that the line is (`<time datetime="2025-11-17T15:12:44Z">قبل
    /// 19 ساعة</time>`): what a relative stamp shown there means.
    pub datetime: Option<crate::date::calendar::Reference>,
    /// The line opens a story of its own: the first line of a post in a channel's feed (see `feed.rs`).
    pub opens: bool,
    /// The line is a label's value: a `<dd>` or `<td>` beside a `<dt>` or `<th>`, or a line opening on a
    /// bold label with its colon (`<strong>آخر أجل:</strong> 10 جانفي 2025`).
    pub valued: bool,
}

/// A visible line of the page, before selection.
#[derive(Debug, Clone)]
pub struct Line {
    pub text: String,
    /// The innermost block element holding the line.
    pub block: NodeId,
    /// A node id inside the line (the first text node), for ordering against containers.
    pub first: NodeId,
    /// The text's length in characters.
    pub chars: usize,
    pub link_chars: usize,
    pub heading: u8,
    /// Under a container whose class/id says tags/keywords.
    pub tags: bool,
    /// Under a container whose class/id says it is not content (comments, sidebars, share rows…).
    pub unlikely: bool,
    /// Where the line's characters come from, in the page's text nodes.
    pub runs: Vec<Run>,
}

/// A stretch of a line copied verbatim from one text node: `len` bytes at `at` in the line are the
/// bytes at `node_at` in the text node `node`. White space the line folded breaks a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Run {
    pub at: usize,
    pub node: NodeId,
    pub node_at: usize,
    pub len: usize,
}

/// Adds `len` bytes copied from `node` at `node_at` to the line at `at`, extending the last run when
/// they follow on from it.
fn add_run(runs: &mut Vec<Run>, at: usize, node: NodeId, node_at: usize, len: usize) {
    if let Some(r) = runs.last_mut() {
        if r.node == node && r.at + r.len == at && r.node_at + r.len == node_at {
            r.len += len;
            return;
        }
    }
    runs.push(Run { at, node, node_at, len });
}

/// Elements that start and end a line. (A `matches!` rather than a list: this is asked twice per
/// element, and a match on the name costs a fraction of comparing it with each entry.)
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "li" | "ul" | "ol" | "table" | "tr" | "td" | "th" | "tbody"
            | "thead" | "section" | "article" | "header" | "footer" | "nav" | "aside" | "main" | "blockquote" | "figure"
            | "figcaption" | "dd" | "dt" | "dl" | "pre" | "form" | "address" | "center" | "fieldset" | "legend" | "details"
            | "summary" | "caption" | "body" | "html" | "hr" | "time" | "label"
    )
}

/// Subtrees that are never shown as text.
pub(crate) fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "head" | "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "select" | "option" | "button"
            | "input" | "textarea" | "object" | "embed" | "canvas" | "audio" | "video" | "map"
            // AMP's ad slots (their `placeholder`/`fallback` children say "إعلان"), trackers, share buttons and
            // the off-canvas menu drawer.
            | "amp-ad" | "amp-embed" | "amp-sticky-ad" | "amp-auto-ads" | "amp-analytics" | "amp-pixel" | "amp-social-share"
            | "amp-sidebar"
    )
}

/// The attributes whose words say what an element is.
/// (`aria-labelledby` holds the ids of the element's title: `aria-labelledby="podcast-promo"`.)
const CLASS_ID_KEYS: &[&str] = &["class", "id", "itemprop", "role", "aria-labelledby"];

fn class_id<'d>(dom: &'d Dom, id: NodeId) -> std::borrow::Cow<'d, str> {
    dom.attr_words(id, CLASS_ID_KEYS)
}

/// Words in class/id values that mark non-content (Readability's list plus news-site words).
const UNLIKELY: &[&str] = &[
    "comment", "sidebar", "footer", "related", "share", "social", "widget", "menu", "navbar", "breadcrumb", "banner",
    "popup", "newsletter", "subscribe", "sponsor", "advert", "-ad-", "ads-", "ad-slot", "adsbygoogle", "gpt-ad",
    "most-read", "mostread", "most_read", "trending", "ticker", "poll", "vote", "rating", "pagination", "pager",
    "author-box", "cookie", "modal", "masthead", "header-", "top-bar", "topbar", "copyright", "login", "signup",
    "print-only", "printonly", "visible-print", "sharing", "addthis", "taboola", "outbrain", "recommend",
    "more-news", "top-stories", "latest", "read-more", "readmore", "also", "next-post", "prev-post", "post-nav", "nav-links",
    // Readers' comments under their short class names.
    "cmt", "cmnt", "respond", "disqus", "discussion",
    // Promotions of the site's other products.
    "promo", "podcast",
    // A sentence of the body repeated large beside it.
    "pull-quote", "pullquote", "pull_quote",
    // A picture's caption outside `<figure>` (`<div class="ImgCaption">`, `wp-caption-text`).
    "caption",
    // A match's score card or a fixtures list inside a sports story.
    "match-card", "matchcard", "match-box", "scoreboard", "score-box", "scorebox", "livescore", "live-score", "fixture",
];

/// Words that override [`UNLIKELY`]: the container is likely content.
const LIKELY: &[&str] = &[
    "article", "body", "content", "entry", "main", "post", "story", "text", "news-details", "newsdetails", "matn",
    "details", "itemprop",
];

const POSITIVE: &[&str] = &[
    "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "news-details",
    "newsdetails", "articlebody", "article-body", "details", "detail", "matn", "khabar",
];

const NEGATIVE: &[&str] = &[
    "comment", "combx", "contact", "foot", "footer", "footnote", "masthead", "media", "meta", "outbrain", "promo",
    "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool",
    "widget", "social", "menu", "nav", "banner", "ad-", "ads", "most", "latest", "poll",
];

const TAGS: &[&str] = &["tag", "tags", "keyword", "keywords", "hashtag", "hashtags", "taxonomy", "topics", "labels"];

/// True when a class/id token such as `post-tags` or `tags_list` has a part in `words`. WordPress puts a
/// class per term on the post itself — `tag-4517`, `tag-dubai`, `category-news` on `<article>` — so a
/// token that *starts* with `tag-`/`tag_` names one term and does not count, unless what follows says
/// list (`tag-list`, `tag-cloud`, `tag-links`); nor does any token with digits.
fn has_part(hay: &str, words: &[&str]) -> bool {
    const LISTS: &[&str] = &["list", "lists", "cloud", "links", "box", "wrap", "wrapper", "container", "items", "area", "block"];
    hay.split_whitespace().filter(|t| !t.bytes().any(|b| b.is_ascii_digit())).any(|t| {
        let mut parts = t.split(['-', '_']);
        let first = parts.next().unwrap_or("");
        match parts.next() {
            // `tag-<term>`: one term's class on the post, unless the rest says list.
            Some(second) if first == "tag" => LISTS.contains(&second),
            _ => t.split(['-', '_']).any(|p| words.contains(&p) || camel_tags(p)),
        }
    })
}

/// True when a class/id token has a `-`/`_` part in `words` (`post-date`, `entry_date`), without the
/// tag lists' exceptions of [`has_part`]; tokens with digits do not count either.
fn has_plain_part(hay: &str, words: &[&str]) -> bool {
    hay.split_whitespace().filter(|t| !t.bytes().any(|b| b.is_ascii_digit())).any(|t| t.split(['-', '_']).any(|p| words.contains(&p)))
}

/// A camelCase tag-list class, lower-cased: `newsKeywords`, `articleTags`, `postHashtags`.
fn camel_tags(part: &str) -> bool {
    ["tags", "keywords", "hashtags"].iter().any(|w| part.len() > w.len() + 2 && part.ends_with(w))
}

fn has_any(hay: &str, words: &[&str]) -> bool {
    let hay = Words::new(hay);
    words.iter().any(|w| hay.holds(w))
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() || dom.attr(id, "aria-hidden") == Some("true") && !has_spoken_twin(dom, id) {
        return true;
    }
    if let Some(style) = dom.attr(id, "style") {
        // (Read in place, spaces skipped and case folded byte by byte: this runs for every element with a
        // style, and most styles hide nothing.)
        if style_says(style, b"display:none") || style_says(style, b"visibility:hidden") {
            return true;
        }
    }
    // The words of `class_id`, read in place (this runs for every element).
    CLASS_ID_KEYS.iter().filter_map(|k| dom.attr(id, k)).flat_map(str::split_whitespace).any(|w| is_word_of(w, &HIDDEN) || is_word_of(w, &SPOKEN_ONLY))
}

/// Whether a style attribute holds `rule` (lower case, no spaces) with white space left out and ASCII case
/// folded: `Display: NONE`.
fn style_says(style: &str, rule: &[u8]) -> bool {
    let b = style.as_bytes();
    (0..b.len()).any(|start| {
        let mut k = 0;
        for &x in &b[start..] {
            if k == rule.len() {
                break;
            }
            if x.is_ascii_whitespace() {
                if k == 0 {
                    return false;
                }
                continue;
            }
            if x.to_ascii_lowercase() != rule[k] {
                return false;
            }
            k += 1;
        }
        k == rule.len()
    })
}

/// Class or id words of an element that is not painted (besides [`SPOKEN_ONLY`]).
const HIDDEN: [&str; 3] = ["hidden", "d-none", "hide"];

/// Class words of text that is read aloud but not painted (`screen-reader-text`, `sr-only`).
const SPOKEN_ONLY: [&str; 3] = ["sr-only", "visually-hidden", "screen-reader-text"];

/// Whether a class word is one of `words`, in any case.
fn is_word_of(w: &str, words: &[&str]) -> bool {
    words.iter().any(|h| w.eq_ignore_ascii_case(h))
}

/// Whether an `aria-hidden` element has a sibling that only screen readers read: the two are one text
/// written twice, for the eye and for the ear (`<span class="screen-reader-text">نشر في 17/3/2024</span>
/// <span aria-hidden="true">17/3/2024</span>`), and the painted one is what the reader sees; hiding both
/// would lose the page's only date. (`www/highlight.js` walks a live page by the same rule.)
fn has_spoken_twin(dom: &Dom, id: NodeId) -> bool {
    dom.nodes[id].parent.is_some_and(|p| {
        dom.children(p).any(|c| c != id && dom.attr(c, "class").is_some_and(|cl| cl.split_whitespace().any(|w| is_word_of(w, &SPOKEN_ONLY))))
    })
}

/// The nodes that are never shown: under an element [`is_skipped`] or a hidden one. A hidden wrapper of the
/// whole page is shown by a script after loading (see `fallback::hidden_holders`). Computed once per
/// page (the extractor and the metadata reader both ask).
pub(crate) fn unseen<'d>(dom: &'d Dom) -> &'d [bool] {
    dom.unseen.get_or_init(|| {
        let holders = super::fallback::hidden_holders(dom);
        let mut unseen = vec![false; dom.nodes.len()];
        for (id, node) in dom.nodes.iter().enumerate() {
            unseen[id] = node.parent.is_some_and(|p| unseen[p])
                || matches!(&node.data, Data::Element { name, .. } if is_skipped(name) || (is_hidden(dom, id) && !holders[id]));
        }
        unseen
    })
}

/// A link to a tag's page: `rel="tag"`, or an address with a path part that says tag (`/tags/5g`,
/// `/tag/حمص`, `/keyword/…`; see `tokenize::is_tag_path`).
fn is_tag_link(dom: &Dom, id: NodeId) -> bool {
    dom.attr(id, super::tokenize::TAG_HREF).is_some() || dom.attr(id, "rel").is_some_and(|r| r.split_whitespace().any(|w| w.eq_ignore_ascii_case("tag")))
}

/// Per-node facts computed top-down in one forward pass.
struct Flags<'a> {
    /// [`unseen`].
    skip: &'a [bool],
    unlikely: Vec<bool>,
    tags: Vec<bool>,
    /// Inside a link to a tag's page (`rel="tag"`, `href="/tags/5g"`) outside any tag container: a tag only
    /// on a line of links (an inline link in a sentence stays body).
    tag_link: Vec<bool>,
    in_link: Vec<bool>,
    /// An inline element that its class marks as a date (`<span class="post-date">`): a line of its own,
    /// as `<time>` is (see [`STAMP`]).
    stamp: Vec<bool>,
}

/// Class/id parts of an element that holds a date or a time stamp (`post-date`, `entry_date`,
/// `timestamp`, `publish-time`). Inline and outside a paragraph, it is a line of its own, like `<time>`:
/// in a meta row of spans (`<span class="author">…</span> <span class="post-date">الخميس 12 جانفي 2023</span> <span
/// class="views">1.243 مشاهدة</span>`) the date line was one with the author and the views, too long
/// a line for a date line, and the page had no date.
const STAMP: &[&str] = &["date", "time", "timestamp", "datetime", "pubdate", "published"];

/// A meta row of short spans written with nothing between them (`<div class="meta"><span>بيروت - ريتا
/// شمعون</span><span>منذ 3 ساعات</span><span>السبت 15 تشرين الثاني 2025</span></div>`, set apart by CSS
/// margins): each span is a line of its own, as a stamp is, or the row was one glued line (`…شمعونمنذ 3
/// ساعاتالسبت 15 …`) whose date was not found. The span's parent holds two to eight children, all spans
/// (or `<time>`s) of 60 characters at most, and no text of its own (not even a space); it is no paragraph,
/// heading or link. (A sentence whose words sit in spans for styling has its spaces inside them, `<span>قال
/// الوزير </span><span>أمس</span>`: a span whose text starts or ends with a space makes no row; so does a label
/// glued to its value, `<span>Author,</span><span>هبة القضاة</span>`, its span ending in `,` or `:`. Nine spans or
/// more are a list of tags.) Counted once per element in [`flags`] and read by its children.
///
/// How many children `p` holds when all are spans (or `<time>`s) of 60 characters at most, written with
/// nothing between them; 0 when one is not, or `p` is a paragraph, heading or link. Counted up to 41: nine
/// or more are a list of tags (`<div><span>الرباط</span><span>سلا</span>…`), read tag by tag as under a tags
/// class, no line of the story.
fn glued_spans(dom: &Dom, p: NodeId) -> usize {
    if matches!(dom.name(p), "p" | "a" | "b" | "strong" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6") {
        return 0;
    }
    // (A span holds text and elements of text only, eight nodes at most: a page of nested spans stays linear.)
    let glued = |k: NodeId| {
        let (mut chars, mut seen, mut first, mut last) = (0, 0, true, false);
        for c in dom.children(k) {
            for x in std::iter::once(c).chain(dom.children(c)) {
                seen += 1;
                match &dom.nodes[x].data {
                    Data::Text(t) => {
                        chars += t.trim().chars().count();
                        if first && t.starts_with(char::is_whitespace) {
                            return false;
                        }
                        first = false;
                        last = t.ends_with(|c: char| c.is_whitespace() || matches!(c, ',' | ':' | '،'));
                    }
                    _ if x != c && dom.children(x).next().is_some() => return false,
                    _ => {}
                }
                if seen > 8 {
                    return false;
                }
            }
        }
        chars <= 60 && !last
    };
    let mut n = 0;
    for k in dom.children(p).take(41) {
        if !matches!(dom.name(k), "span" | "time") || !glued(k) {
            return 0;
        }
        n += 1;
    }
    n
}

fn flags<'d>(dom: &'d Dom) -> Flags<'d> {
    let n = dom.nodes.len();
    let mut f = Flags {
        skip: unseen(dom),
        unlikely: vec![false; n],
        tags: vec![false; n],
        tag_link: vec![false; n],
        in_link: vec![false; n],
        stamp: vec![false; n],
    };
    // Whether a node is inside a paragraph, where a date marked by its class is part of the sentence.
    let mut in_paragraph = vec![false; n];
    // Each element's row of glued spans (`glued_spans`), read by its children.
    let mut row = vec![0u8; n];
    for id in 0..n {
        let parent = dom.nodes[id].parent;
        let (mut tags, mut in_link) = parent.map_or((false, false), |p| (f.tags[p], f.in_link[p]));
        let mut tag_link = parent.is_some_and(|p| f.tag_link[p]);
        in_paragraph[id] = parent.is_some_and(|p| in_paragraph[p] || dom.name(p) == "p");
        if let Data::Element { name, .. } = &dom.nodes[id].data {
            if !f.skip[id] {
                let c = class_id(dom, id);
                row[id] = glued_spans(dom, id) as u8;
                if has_part(&c, TAGS) || row[id] >= 9 {
                    tags = true;
                }
                let in_row = || parent.is_some_and(|p| (2..=8).contains(&row[p]));
                f.stamp[id] = !is_block(name) && !in_paragraph[id] && (!c.is_empty() && has_plain_part(&c, STAMP) || matches!(&**name, "span" | "time") && in_row());
                if name == "a" {
                    in_link = true;
                    if !tags && is_tag_link(dom, id) {
                        tags = true;
                        tag_link = true;
                    }
                }
            }
        }
        f.tags[id] = tags;
        f.tag_link[id] = tag_link;
        f.in_link[id] = in_link;
    }
    // A container that wraps the whole page is never clutter (`<form id="aspnetForm">`,
    // `<body class="right-sidebar">`): see `fallback::wrappers`.
    let wraps = super::fallback::wrappers(dom, f.skip);
    for id in 0..n {
        let inherited = dom.nodes[id].parent.is_some_and(|p| f.unlikely[p]);
        f.unlikely[id] = !f.skip[id] && (inherited || (!wraps[id] && own_unlikely(dom, id)));
    }
    comment_sections(dom, &mut f);
    data_tables(dom, &mut f);
    caption_strips(dom, &mut f, &in_paragraph);
    f
}

/// A slideshow's counter, an element's whole text: `1 / 3`, `١ / ٣`, `الصورة 2 من 5` (at most 99 slides).
fn slide_counter(t: &str) -> bool {
    let t = t.trim_start_matches("ال").trim_start_matches("صورة").replacen(" من ", "/", 1);
    let (mut n, mut k, mut len) = ([0u32; 2], 0, 0);
    for c in t.chars() {
        if let Some(d) = crate::normalize::digits::digit_value(c) {
            n[k] = n[k] * 10 + d as u32;
            len += 1;
        } else if c == '/' && k == 0 && len > 0 {
            (k, len) = (1, 0);
        } else if !c.is_whitespace() {
            return false;
        }
        if len > 2 {
            return false;
        }
    }
    k == 1 && len > 0 && n[0] >= 1 && n[0] <= n[1] && n[1] >= 2
}

/// A carousel's caption strip between a story's paragraphs: slides of a picture and a short caption (other
/// places, other days), each with its counter (`<div><img><span>وادي رم: …</span><span>1 / 3</span></div>`,
/// `<li>…<small>١ / ٤</small></li>`, `<div>الصورة 2 من 5</div>`), in classes that say nothing. The captions,
/// glued to their counters, were read as the story's lines. The counter is an element of its own outside any
/// paragraph, with no text beside it in its parent (a score in a sentence, `بنتيجة <b>1 / 3</b>`, is the
/// story's); its parent, the slide, is marked unlikely when it holds a picture, 300 characters at most and a
/// paragraph at most, or when it is the strip itself: each of its other children that has text is a slide
/// (a picture, 300 characters at most, no paragraph). A pager's `1 / 3` beside the story's
/// paragraphs, with no picture, is left alone.
fn caption_strips(dom: &Dom, f: &mut Flags, in_paragraph: &[bool]) {
    // (A page holds a few strips: past 100 counters the rest is left as it is, which stays linear.)
    let mut budget = 100;
    for id in 0..dom.nodes.len() {
        // (An element of one text child.)
        let mut kids = dom.children(id);
        let (Some(c), None, Some(p)) = (kids.next(), kids.next(), dom.nodes[id].parent) else { continue };
        let Data::Text(t) = &dom.nodes[c].data else { continue };
        if t.len() > 40 || f.skip[id] || f.unlikely[id] || in_paragraph[id] || matches!(dom.name(p), "body" | "main" | "article" | "p") || !slide_counter(t.trim()) {
            continue;
        }
        budget -= 1;
        if budget == 0 {
            break;
        }
        let loose = |k: NodeId| matches!(&dom.nodes[k].data, Data::Text(x) if !x.trim().is_empty());
        if dom.children(p).any(loose) {
            continue;
        }
        let len = |k: NodeId| dom.text(k).chars().count();
        let paragraphs = dom.descendants(p).filter(|&d| dom.name(d) == "p").count();
        let pictured = |k: NodeId| dom.descendants(k).any(|d| matches!(dom.name(d), "img" | "picture"));
        let slide = len(p) <= 300 && paragraphs <= 1 && pictured(p);
        let strip = dom.children(p).all(|k| k == id || len(k) == 0 || pictured(k) && len(k) <= 300 && dom.name(k) != "p");
        if slide || strip {
            for d in dom.descendants(p) {
                f.unlikely[d] = true;
            }
        }
    }
}

/// A table of data (share prices, a league table, exchange rates: two rows or more, four cells or more,
/// every cell a few words and no block inside) is not running text: read cell by cell it made a dozen
/// one-word paragraphs. A layout table (a cell holding the story) is left alone.
fn data_tables(dom: &Dom, f: &mut Flags) {
    for id in 0..dom.nodes.len() {
        if dom.name(id) != "table" || f.skip[id] || f.unlikely[id] {
            continue;
        }
        let (mut rows, mut cells, mut data) = (0, 0, true);
        for d in dom.descendants(id) {
            match dom.name(d) {
                "tr" => rows += 1,
                "td" | "th" => {
                    cells += 1;
                    data &= dom.text(d).split_whitespace().nth(8).is_none();
                }
                "table" | "p" | "div" | "ul" | "ol" | "blockquote" if d != id => data = false,
                _ => {}
            }
            if !data {
                break;
            }
        }
        if data && rows >= 2 && cells >= 4 {
            for d in dom.descendants(id) {
                f.unlikely[d] = true;
            }
            f.unlikely[id] = true;
        }
    }
}

/// Headings that open readers' comments (matching forms).
const COMMENT_HEADINGS: &[&str] =
    &["تعليقات", "التعليقات", "اراء القراء", "اراء الزوار", "ردود الزوار", "ردود القراء", "شاركنا رايك", "اضف تعليق", "comments", "نظرات", "ديدگاه"];

/// A section whose own heading says it holds readers' comments (`<section class="box"><h3>تعليقات
/// الجماهير</h3>…`) is not content, whatever its class: its subtree is marked unlikely. So is a login or
/// registration box, the box of a form asking for a password (`<div class="reg-box"><h3>سجّل الآن</h3><p>…
/// </p><form>…<input type="password">…</form><p>…</p></div>`): its help text, long sentences with commas,
/// was read as a story of its own above the one beside it. (Neither a box holding an `<h1>`, nor one around
/// a form that wraps the whole page, ASP.NET's `<form id="aspnetForm">` (`fallback::wrappers`), nor a box of four
/// paragraphs or more: a story with a login form in it.)
fn comment_sections(dom: &Dom, f: &mut Flags) {
    for id in 0..dom.nodes.len() {
        if f.skip[id] {
            continue;
        }
        let login = dom.name(id) == "form" && f.unlikely[id] && dom.descendants(id).any(|d| dom.attr(d, "type").is_some_and(|t| t.eq_ignore_ascii_case("password")));
        if !login {
            if !matches!(dom.name(id), "h2" | "h3" | "h4" | "h5") {
                continue;
            }
            let t = crate::normalize::fold(&dom.text(id));
            let t = t.trim().trim_end_matches([':', ' ']);
            if t.split_whitespace().count() > 4 || !COMMENT_HEADINGS.iter().any(|h| t.starts_with(h)) {
                continue;
            }
        }
        let Some(section) = dom.nodes[id].parent else { continue };
        // (A login box holds a few paragraphs of help text at most: around four or more, the form sits in a story.)
        let paragraphs = || dom.descendants(section).filter(|&d| dom.name(d) == "p").nth(3).is_some();
        if section == 0 || matches!(dom.name(section), "body" | "html" | "main" | "article") || dom.descendants(section).any(|d| dom.name(d) == "h1") || login && paragraphs() {
            continue;
        }
        for n in dom.descendants(section) {
            f.unlikely[n] = true;
        }
    }
}

/// The element's own markup says it is not content: `nav`/`aside`/`footer`, or an [`UNLIKELY`] class
/// word without a [`LIKELY`] one.
pub(crate) fn own_unlikely(dom: &Dom, id: NodeId) -> bool {
    let Data::Element { name, .. } = &dom.nodes[id].data else { return false };
    let c = class_id(dom, id);
    // `<footer class="entry-footer">` closes the article (its tags live there), and so does a bare
    // `<footer>` inside `<article>` (HTML's footer of the article); a site footer is clutter.
    let article_footer = || has_any(&c, LIKELY) || dom.ancestors(id).any(|a| dom.name(a) == "article");
    if matches!(&**name, "nav" | "aside" | "figcaption") || (name == "footer" && !article_footer()) {
        return true;
    }
    // A figure is a picture with its caption and credit (`صدر الصورة، Getty Images`), not running text,
    // unless it holds a table or a quotation (a block editor's `<figure class="wp-block-table">`).
    if name == "figure" && !dom.descendants(id).any(|d| matches!(dom.name(d), "table" | "blockquote" | "pre")) {
        return true;
    }
    // A form that asks for something (a login, a poll's choice, a comment, a newsletter address) is not
    // content. A form wrapping the whole page (ASP.NET's) is kept by `fallback::wrappers`.
    if name == "form" && dom.descendants(id).any(|d| asks(dom, d)) {
        return true;
    }
    // A box in another language than an Arabic or Persian page's (`<div lang="en">` under `<html lang="ar">`:
    // the story's English version) is no part of the page's story.
    let primary = |l: &str| l.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    if matches!(&**name, "div" | "section") {
        if let Some(l) = dom.attr(id, "lang") {
            let page = dom.ancestors(id).find(|&a| dom.name(a) == "html").and_then(|a| dom.attr(a, "lang")).map(primary);
            if page.as_deref().is_some_and(|p| (p == "ar" || p == "fa") && primary(l) != p && !l.is_empty()) {
                return true;
            }
        }
    }
    unlikely_classes(dom, &c) || dom.attr(id, "aria-label").is_some_and(clutter_label)
}

/// A region's accessible name that names clutter (`aria-label="بودكاست"`, `"إعلان"`, `"اقرأ أيضا"`,
/// `"مشاركة"`, `"Related"`): promos and boxes whose classes are hashed (`bbc-1wvgtx1`) say what they are here.
fn clutter_label(label: &str) -> bool {
    let f = crate::normalize::fold(label).to_ascii_lowercase();
    const WORDS: &[&str] = &[
        "بودكاست", "podcast", "اعلان", "advertisement", "sponsored", "اقرا ايضا", "اقرا المزيد", "ذات صله", "مواضيع متعلقه",
        "الاكثر قراءه", "الاكثر مشاهده", "الاكثر تداولا", "شارك", "مشاركه", "share", "related", "newsletter", "النشره البريديه",
        "تابعونا", "promo", "most read", "اخبار متعلقه", "اخر الاخبار", "احدث الاخبار",
    ];
    f.chars().count() <= 40 && WORDS.iter().any(|w| f.contains(w))
}

/// What an element's class/id words alone say about it (see [`own_unlikely`]), worked out once per
/// distinct class string of the page (a page repeats a few dozen over thousands of elements).
fn unlikely_classes(dom: &Dom, c: &str) -> bool {
    if let Some(&known) = dom.unlikely_classes.borrow().get(c) {
        return known;
    }
    // One class token that names clutter outright wins over a content word in the same token:
    // `share-post`, `related_posts`, `post-navigation`, `td-post-prev-post`, `comment-content`. A content
    // word in another token still keeps the element (`entry-content share-enabled`).
    let verdict = if c.split_whitespace().any(strong_unlikely) {
        !c.split_whitespace().any(|t| !strong_unlikely(t) && has_any(t, LIKELY))
    } else {
        // (Blogger's posts sit in its `widget Blog` box: the token `blog` alone names the blog's posts.)
        has_any(c, UNLIKELY) && !has_any(c, LIKELY) && !c.split_whitespace().any(|t| t == "blog")
    };
    dom.unlikely_classes.borrow_mut().insert(Box::from(c), verdict);
    verdict
}

/// A form control that asks the reader for something: a password, an address, a choice, a comment.
fn asks(dom: &Dom, id: NodeId) -> bool {
    match dom.name(id) {
        "textarea" | "select" => true,
        "input" => {
            let t = dom.attr(id, "type").unwrap_or("text").to_ascii_lowercase();
            matches!(t.as_str(), "password" | "email" | "radio" | "checkbox" | "search" | "submit" | "tel")
        }
        _ => false,
    }
}

/// Dash/underscore parts of a class token that say clutter whatever else the token says.
const STRONG_PARTS: &[&str] = &[
    "share", "sharing", "social", "related", "comment", "comments", "newsletter", "breadcrumb", "breadcrumbs",
    "login", "cookie", "cookies", "poll", "polls", "navigation", "ad", "ads", "advert", "advertisement", "adspot",
    "sponsored", "subscribe",
    // A paywall's teaser and a call to action (`paywall-teaser`, `kg-cta-card`) close the free part.
    "paywall", "cta",
];

/// Whether one class/id token names clutter outright (see [`own_unlikely`]). WordPress's per-term
/// classes (`category-social`, `tag-share`) and tokens with digits name no element kind.
fn strong_unlikely(t: &str) -> bool {
    if t.bytes().any(|b| b.is_ascii_digit()) || ["category-", "tag-", "tag_", "post_tag-", "format-"].iter().any(|p| t.starts_with(p)) {
        return false;
    }
    t.split(['-', '_']).any(|p| STRONG_PARTS.contains(&p))
        || ["next-prev", "prev-next", "post-next", "post-prev", "next-post", "prev-post", "nav-links", "more-articles", "more-stories"].iter().any(|w| t.contains(w))
}

/// The visible lines of the page in document order.
pub fn lines(dom: &Dom) -> Vec<Line> {
    lines_with(dom, &flags(dom))
}

fn lines_with(dom: &Dom, f: &Flags) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut cur = String::new();
    let mut cur_links = 0usize;
    let mut cur_first: Option<NodeId> = None;
    let mut cur_runs: Vec<Run> = Vec::new();
    let mut blocks: Vec<NodeId> = vec![0];
    let mut headings: Vec<u8> = Vec::new();
    let mut last_was_link = false;
    // (node, entering)
    let mut stack: Vec<(NodeId, bool)> = vec![(0, true)];
    let flush = |cur: &mut String,
                 runs: &mut Vec<Run>,
                 links: &mut usize,
                 first: &mut Option<NodeId>,
                 block: NodeId,
                 heading: u8,
                 out: &mut Vec<Line>| {
        // Only a trailing space is ever trimmed: a line never starts with one.
        let t = cur.trim_end();
        let mut runs = std::mem::take(runs);
        if !t.is_empty() {
            runs.retain_mut(|r| {
                r.len = r.len.min(t.len().saturating_sub(r.at));
                r.len > 0
            });
            let first_id = first.unwrap_or(block);
            let chars = t.chars().count();
            out.push(Line {
                text: t.to_string(),
                block,
                first: first_id,
                chars,
                link_chars: (*links).min(chars),
                heading,
                // (Letters and digits only: a separator after the last link, `رحلات ·`, is none of its text.)
                tags: f.tags[first_id] && (!f.tag_link[first_id] || *links * 4 >= t.chars().filter(|c| c.is_alphanumeric()).count() * 3),
                unlikely: f.unlikely[first_id],
                runs,
            });
        }
        cur.clear();
        *links = 0;
        *first = None;
    };
    while let Some((id, entering)) = stack.pop() {
        if f.skip[id] {
            continue;
        }
        let node = &dom.nodes[id];
        match &node.data {
            Data::Text(t) => {
                if !entering {
                    continue;
                }
                // A second tag box's label after a tag line (`<span class=cat-links>التصنيفات: <a rel=tag>المغرب</a>
                // </span> <span class=tags-links>الوسوم: …`, either first) opens a line of its own.
                let opens = crate::article::lines::opens_with_keyword_label;
                let label = |s: &str| s.len() < 80 && (crate::article::lines::is_keyword_label(s) || opens(s));
                if !cur.is_empty() && label(t) && (cur_first.is_some_and(|c| f.tags[c]) || opens(&cur)) {
                    flush(&mut cur, &mut cur_runs, &mut cur_links, &mut cur_first, *blocks.last().unwrap(), headings.last().copied().unwrap_or(0), &mut out);
                }
                let mut added = 0;
                // (In `<pre>`, a blank line parts two paragraphs.)
                let pre = dom.name(node.parent.unwrap_or(0)) == "pre";
                // Stretches without white space are copied (and mapped) whole; white space folds to one
                // space, mapped only when it was a plain space.
                let mut stretch: Option<usize> = None;
                // Character by character, read from the bytes (`space_at`); one past the end is a space.
                for i in 0..=t.len() {
                    let space = if i == t.len() { true } else { match crate::normalize::space::space_at(t, i) { Some(s) => s, None => continue } };
                    if !space {
                        stretch.get_or_insert(i);
                        added += 1;
                        continue;
                    }
                    if let Some(s0) = stretch.take() {
                        add_run(&mut cur_runs, cur.len(), id, s0, i - s0);
                        cur.push_str(&t[s0..i]);
                    }
                    if pre && t[i..].starts_with('\n') && t[i + 1..].trim_start_matches([' ', '\t', '\r']).starts_with('\n') {
                        flush(&mut cur, &mut cur_runs, &mut cur_links, &mut cur_first, *blocks.last().unwrap(), 0, &mut out);
                        continue;
                    }
                    if i < t.len() && !cur.is_empty() && !cur.ends_with(' ') {
                        if t.as_bytes()[i] == b' ' {
                            add_run(&mut cur_runs, cur.len(), id, i, 1);
                        }
                        cur.push(' ');
                    }
                }
                if added > 0 {
                    if cur_first.is_none() {
                        cur_first = Some(id);
                    }
                    if f.in_link[id] {
                        cur_links += added;
                    } else {
                        last_was_link = false;
                    }
                }
            }
            Data::Element { name, .. } => {
                // (A custom element, `<news-article>`, `<article-paragraph>`, is a block; one that names a
                // headline, `<article-headline>`, a heading.)
                let custom = name.contains('-');
                let block = is_block(name) || f.stamp[id] || custom;
                let level = match &**name {
                    "h1" => 1,
                    _ if custom && name.contains("headline") => 1,
                    "h2" => 2,
                    "h3" => 3,
                    "h4" => 4,
                    "h5" => 5,
                    "h6" => 6,
                    _ => 0,
                };
                let top_block = *blocks.last().unwrap();
                let heading = headings.last().copied().unwrap_or(0);
                if entering {
                    // In a tag list, a link glued to the label before it (`<span>الوسوم</span><a>حمص</a>`)
                    // starts a line of its own, as between two links; so does a tag's link after a keyword
                    // label in a box whose class names no tags (`<div class="detay-etiketler"><span>الوسوم:</span>
                    // <a href="/tag/…">`): the label's line was no tag line, and the first tag went with it;
                    // and a tag box's link after its label and a space (`<span>الموضوعات المتعلقة</span> <a>`).
                    let parent_in_link = f.in_link[dom.nodes[id].parent.unwrap_or(0)];
                    let glued = f.tags[id]
                        && !cur.is_empty()
                        && if f.tag_link[id] {
                            crate::article::lines::is_keyword_label(&cur)
                        } else {
                            !cur.ends_with(' ') || name == "a" && crate::article::lines::is_marker(&cur)
                        };
                    // (A read-also label glued to its link, `<span>ذات صلة</span><a>…</a>`, is a line of its own.)
                    let labelled = name == "a" && !cur.is_empty() && cur.len() < 160 && !cur.ends_with(' ') && crate::article::lines::is_marker(&cur);
                    if block || name == "br" || (name == "a" && (last_was_link || glued || labelled) && !parent_in_link) {
                        flush(&mut cur, &mut cur_runs, &mut cur_links, &mut cur_first, top_block, heading, &mut out);
                    }
                    if block {
                        blocks.push(id);
                    }
                    if level > 0 {
                        headings.push(level);
                    }
                    stack.push((id, false));
                    // The children, to be taken first to last.
                    let from = stack.len();
                    stack.extend(dom.children(id).map(|c| (c, true)));
                    stack[from..].reverse();
                } else {
                    if block {
                        flush(&mut cur, &mut cur_runs, &mut cur_links, &mut cur_first, top_block, heading, &mut out);
                        blocks.pop();
                    }
                    if level > 0 {
                        headings.pop();
                    }
                    if name == "a" {
                        last_was_link = true;
                    }
                }
            }
        }
    }
    let top_block = *blocks.last().unwrap();
    flush(&mut cur, &mut cur_runs, &mut cur_links, &mut cur_first, top_block, 0, &mut out);
    out
}

fn commas(s: &str) -> usize {
    s.chars().filter(|&c| c == ',' || c == '،' || c == '٫').count()
}

fn tag_weight(name: &str) -> f32 {
    match name {
        "div" | "article" | "main" | "section" => 5.0,
        "pre" | "td" | "blockquote" => 3.0,
        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
        _ => 0.0,
    }
}

fn class_weight(dom: &Dom, id: NodeId) -> f32 {
    let c = class_id(dom, id);
    if c.is_empty() {
        return 0.0;
    }
    let mut w = 0.0;
    if has_any(&c, NEGATIVE) {
        w -= 25.0;
    }
    if has_any(&c, POSITIVE) {
        w += 25.0;
    }
    if c.contains("articlebody") {
        w += 25.0;
    }
    w
}

/// The result of extraction: the page text and a hint per line.
#[derive(Debug, Clone, Default)]
pub struct Extracted {
    pub text: String,
    pub lines: Vec<LineHint>,
    /// Where the text's characters come from, in document order (runs of `at` bytes into `text`).
    pub map: Vec<Run>,
}

impl Extracted {
    /// Appends a line of the page with its zone; `opens`: it opens a story of its own (a feed's post).
    pub(super) fn push(&mut self, dom: &Dom, l: &Line, zone: Zone, opens: bool) {
        let start = self.text.len();
        self.map.extend(l.runs.iter().map(|r| Run { at: r.at + start, ..*r }));
        self.text.push_str(&l.text);
        let len = l.chars.max(1);
        self.lines.push(LineHint {
            start,
            end: self.text.len(),
            zone,
            link_density: l.link_chars as f32 / len as f32,
            heading: l.heading,
            datetime: (dom.name(l.block) == "time").then(|| dom.attr(l.block, "datetime").and_then(super::meta::timestamp)).flatten(),
            opens,
            valued: matches!(dom.name(l.block), "dd" | "td") && dom.children(dom.nodes[l.block].parent.unwrap_or(0)).any(|c| matches!(dom.name(c), "dt" | "th"))
                || l.runs.first().and_then(|r| dom.nodes[r.node].parent).is_some_and(|p| matches!(dom.name(p), "strong" | "b") && dom.text(p).trim_end().ends_with(':')),
        });
        self.text.push('\n');
    }

    pub(super) fn finish(mut self) -> Extracted {
        if self.text.ends_with('\n') {
            self.text.pop();
        }
        self
    }
}

/// Picks the body container and assembles headline, header, body and tag lines.
pub fn extract(dom: &Dom, title_hint: Option<&str>) -> Extracted {
    extract_with(dom, title_hint, &[])
}

/// [`extract`], knowing the author names the page declares or marks (`<meta name=author>`, JSON-LD,
/// author markup): a line showing one of them near the headline is kept as header (opinion pages put
/// the writer's card above the headline).
pub fn extract_with(dom: &Dom, title_hint: Option<&str>, names: &[String]) -> Extracted {
    let f = flags(dom);
    let mut all = lines_with(dom, &f);
    if all.is_empty() {
        return Extracted::default();
    }
    let n = dom.nodes.len();
    // Subtree sizes (reverse pass): the subtree of `id` is ids `id..id + size[id]`.
    let mut size = vec![1usize; n];
    for id in (1..n).rev() {
        if let Some(p) = dom.nodes[id].parent {
            size[p] += size[id];
        }
    }
    // A channel's feed (Telegram's web preview): each post is a story of its own.
    if let Some(e) = super::feed::posts(dom, &all, &size) {
        return e;
    }
    drop_teaser_boxes(dom, &mut all, &size);
    // A teaser's excerpt, right under its card's headline in a box of four lines at most, is the link's beside
    // a story: a rail of long summaries outscored a short story, and was its body. The headline is a link
    // (`<li><h4><a>…</a></h4><p>…</p></li>`, `<div><a>…</a><p>…</p><span>date</span></div>`), or a short line
    // in a box with a date line of its own (`<div><b>…</b><p>…</p><small>21/09/2025</small></div>`, a grid of
    // related stories). (Not under the story's own headline, one that agrees with the `<title>`; last line
    // first: a marked excerpt marks nothing after it. A box's lines are consecutive, so its four are within
    // four lines of the excerpt.) The page has a story when a heading of four words or more, no link, agrees
    // with the `<title>`: a section front or a tag's page (`<h1>اقتصاد</h1>`, `<h1>وسم: الطاقة الشمسية</h1>`,
    // or none) keeps its excerpts, which the splitter then reads as a list of teasers, no article.
    let story = |h: &Line| h.heading > 0 && h.link_chars * 2 < h.chars && h.text.split_whitespace().nth(3).is_some() && title_hint.is_some_and(|t| similar(&h.text, t));
    let dated = |x: &Line| x.chars < 30 && crate::article::lines::date_line(&x.text, None).is_some();
    if all.iter().any(story) {
        for i in (1..all.len()).rev() {
            let (p, l) = (&all[i - 1], &all[i]);
            let card = |b: NodeId| {
                let held = || all[i.saturating_sub(4)..(i + 5).min(all.len())].iter().filter(|x| inside(x.first, &[b], &size));
                inside(p.first, &[b], &size)
                    && held().nth(4).is_none()
                    && (p.link_chars * 2 > p.chars || !super::fallback::is_prose(p) && !dated(p) && held().any(dated))
            };
            if super::fallback::is_prose(l)
                && !crate::article::lines::is_marker(&p.text)
                && !title_hint.is_some_and(|t| similar(&p.text, t))
                && dom.nodes[l.block].parent.is_some_and(card)
            {
                all[i].link_chars = all[i].chars;
            }
        }
    }
    // Text and link characters per element (visible lines only).
    let mut chars = vec![0usize; n];
    let mut link_chars = vec![0usize; n];
    for l in &all {
        chars[l.block] += l.chars;
        link_chars[l.block] += l.link_chars;
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.nodes[id].parent {
            chars[p] += chars[id];
            link_chars[p] += link_chars[id];
        }
    }
    // Scores: paragraph-like lines feed their block's ancestors.
    let mut score = vec![0f32; n];
    let mut scored = vec![false; n];
    for l in &all {
        let len = l.chars;
        if len < 25 || l.unlikely || l.heading > 0 || l.link_chars * 2 > len {
            continue;
        }
        let s = 1.0 + commas(&l.text) as f32 + (len as f32 / 100.0).min(3.0);
        let mut node = Some(l.block);
        for level in 0..5 {
            let Some(id) = node else { break };
            if !scored[id] {
                scored[id] = true;
                score[id] += tag_weight(dom.name(id)) + class_weight(dom, id);
            }
            let divider = match level {
                0 | 1 => 1.0,
                2 => 2.0,
                _ => level as f32 * 3.0,
            };
            score[id] += s / divider;
            node = dom.nodes[id].parent;
        }
    }
    let mut best: Option<(NodeId, f32)> = None;
    for id in 0..n {
        if !scored[id] || f.unlikely[id] || id == 0 {
            continue;
        }
        let ld = if chars[id] == 0 { 0.0 } else { link_chars[id] as f32 / chars[id] as f32 };
        let s = score[id] * (1.0 - ld);
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    let Some((mut top, mut top_score)) = best else {
        // Nothing scored. Prose under clutter marks (an unknown theme's "widget" wrapper): the densest
        // prose subtree is the body. No prose at all (a stub page): every visible line is body.
        if let Some(c) = super::fallback::densest_prose(dom, &all) {
            return assemble(dom, &super::fallback::lift_unlikely(dom, &all, c, &size), &[c], c, title_hint, names, &size);
        }
        return assemble(dom, &all, &[0], 0, title_hint, names, &size);
    };
    // Several candidates nearly as good as the top one, side by side (the entries of a live blog, the
    // sections of a long story in boxes of their own): the body is their common ancestor, not one of
    // them (Readability's alternative-candidate rule).
    if let Some(a) = common_ancestor(dom, &all, &score, &scored, &f, &chars, &link_chars, &size, top, top_score) {
        top = a;
        top_score = score[a];
    }
    // Siblings that belong with the top candidate (Readability's rule).
    let mut containers = vec![top];
    if let Some(p) = dom.nodes[top].parent {
        let threshold = (top_score * 0.2).max(10.0);
        for s in dom.children(p) {
            if s == top || f.unlikely[s] || f.skip[s] {
                continue;
            }
            let ld = if chars[s] == 0 { 1.0 } else { link_chars[s] as f32 / chars[s] as f32 };
            let sc = score[s] * (1.0 - ld) + class_weight(dom, s).max(0.0);
            let strong = scored[s] && sc >= threshold && ld < 0.3;
            let paragraph = dom.name(s) == "p" && chars[s] > 80 && ld < 0.25;
            // (A teaser card beside the story: its first heading a link, one excerpt at most.)
            let held = all.iter().filter(|l| inside(l.first, &[s], &size));
            let teaser = held.clone().find(|l| l.heading > 0).is_some_and(|h| h.link_chars * 2 > h.chars) && held.filter(|l| super::fallback::is_prose(l)).nth(1).is_none();
            if (strong || paragraph) && !teaser {
                containers.push(s);
            }
        }
    }
    chained_stories(dom, &mut all, &f, &size, top, &mut containers);
    crate::sort::by_key(&mut containers, |&s| s as u128);
    // Whatever the scores say, running prose on the page must come out: when the choice holds none
    // (or far less than a subtree elsewhere), the densest prose subtree is the body.
    if let Some((c, lines)) = super::fallback::better_body(dom, &all, &containers, &size) {
        return assemble(dom, &lines, &[c], c, title_hint, names, &size);
    }
    assemble(dom, &all, &containers, top, title_hint, names, &size)
}

/// Stories an aggregator chains after the top one, each in a box like its own and opened by a read-also
/// marker (`<div class=post><h1>…</h1><div class=post-text><p>…</p></div></div><div class=sep>إقرأ أيضاً:</div>
/// <div class=post><h2>…</h2>…</div>`): the later boxes are body too, and the article splitter cuts the
/// text at the marker. The top story's box is the nearest ancestor of the top container (three levels at
/// most) that holds a heading; a later box alike (the same tag and a class word in common) joins when it
/// has a heading that is no link (a grid of teasers has links) or three paragraphs under a linked one,
/// and prose, with a marker line between it and the story before. The box is a later sibling or inside
/// one, two levels down (a `read-also` wrapper around the chained stories).
fn chained_stories(dom: &Dom, all: &mut [Line], f: &Flags, size: &[usize], top: NodeId, containers: &mut Vec<NodeId>) {
    let markers: Vec<NodeId> = all.iter().filter(|l| crate::article::lines::is_marker(&l.text)).map(|l| l.first).take(50).collect();
    let prose = |all: &[Line], b: NodeId| all.iter().filter(|l| inside(l.first, &[b], size) && super::fallback::is_prose(l)).count();
    // A heading that is no link (a grid of teasers has links), or a linked one over a whole story (three
    // paragraphs or more: WordPress links every post's title).
    let headed = |all: &[Line], b: NodeId| {
        let heads = || all.iter().filter(|l| inside(l.first, &[b], size) && l.heading > 0 && l.chars > 8);
        heads().any(|l| l.link_chars * 2 < l.chars) || heads().next().is_some() && prose(all, b) >= 3
    };
    // A box whose first heading is an `<h1>` that is no link, over two paragraphs or more: a whole story
    // (an infinite scroll's loaded stories each keep their `<h1>`). Two such boxes alike chain with no
    // marker between them.
    // (A loaded story below the first may be led by an `<h2>`: `led(…, 2)`.)
    let led = |all: &[Line], b: NodeId, level: u8| {
        let first = all.iter().find(|l| inside(l.first, &[b], size) && l.heading > 0 && l.chars > 8);
        first.is_some_and(|l| (1..=level).contains(&l.heading) && l.link_chars * 2 < l.chars) && prose(all, b) >= 2
    };
    let h1_led = |all: &[Line], b: NodeId| led(all, b, 1);
    // A box led by an `<h1>` or `<h2>` that is no link with a date line of its own under it, over two
    // paragraphs or more: a dated story (a front page sets the day's stories side by side in columns, each
    // in a box alike, with no marker between them).
    let dated = |all: &[Line], b: NodeId| {
        let mut held = all.iter().filter(|l| inside(l.first, &[b], size)).skip_while(|l| l.heading == 0 || l.chars <= 8);
        held.next().is_some_and(|h| h.heading <= 2 && h.link_chars * 2 < h.chars)
            && held.take(3).take_while(|l| !super::fallback::is_prose(l)).any(|l| crate::article::lines::date_line(&l.text, None).is_some())
            && prose(all, b) >= 2
    };
    let Some(story) = std::iter::once(top).chain(dom.ancestors(top)).take(4).find(|&b| headed(all, b)) else { return };
    let Some(parent) = dom.nodes[story].parent else { return };
    if matches!(dom.name(story), "body" | "html") {
        return;
    }
    let story_h1 = h1_led(all, story);
    let columns = dated(all, story);
    if markers.is_empty() && !story_h1 && !columns {
        return;
    }
    // Boxes alike: the same tag and a class word in common, numbers aside (`post-88412 post type-post` and
    // `post-88398 post`); two `<article>`s are alike as they are.
    let words = |b: NodeId| dom.attr(b, "class").unwrap_or("").split_whitespace().filter(|w| !w.bytes().any(|c| c.is_ascii_digit()));
    let alike = |b: NodeId| {
        dom.name(b) == dom.name(story)
            && (dom.name(b) == "article" || words(b).eq(words(story)) || words(b).any(|w| words(story).any(|o| o == w)))
    };
    // Stories before the top one, nearest first (the scores may pick the second of two): each joins with
    // a marker or an `<h1>` of its own between it and the story after it; the first that does not ends them.
    let earlier: Vec<NodeId> = dom.children(parent).filter(|&s| s < story).collect();
    let mut next_start = story;
    for &b in earlier.iter().rev() {
        if f.skip[b] || !alike(b) {
            continue;
        }
        let marked = markers.iter().any(|&m| m >= b + size[b] && m < next_start);
        if f.unlikely[b] || prose(all, b) == 0 || !headed(all, b) || !(marked || story_h1 && h1_led(all, b) || columns && dated(all, b)) {
            break;
        }
        if !containers.contains(&b) {
            containers.push(b);
        }
        next_start = b;
    }
    // (The top story's box then joins whole: its headline and date open the story after the first.)
    if next_start != story && !containers.contains(&story) {
        containers.push(story);
    }
    let mut last_end = story + size[story];
    for s in dom.children(parent).filter(|&s| s > story) {
        if f.skip[s] || f.unlikely[s] && alike(s) {
            continue;
        }
        // The box itself, or the boxes of a wrapper around the chained stories (`<div class=read-also-chain>
        // <div>اقرأ أيضاً</div><article>…</article></div>`), two levels down at most. A wrapper whose class
        // says "related" holds a whole story only with three paragraphs or more, or two under a heading
        // that is no link (not teasers).
        let wrapped = f.unlikely[s];
        let boxes: Vec<NodeId> = if alike(s) {
            vec![s]
        } else {
            let mut found = Vec::new();
            for c in dom.children(s) {
                if alike(c) {
                    found.push(c);
                } else if !f.unlikely[c] {
                    found.extend(dom.children(c).filter(|&g| alike(g)));
                }
            }
            found
        };
        if boxes.is_empty() {
            // A read-also box that is the next story itself, flat: the marker first, one headline that is
            // no link, and paragraphs (`<div class=readalso><p><b>إقرأ أيضاً:</b></p><h2>…</h2><p>…</p><p>…</p></div>`).
            let held = || all.iter().filter(|l| inside(l.first, &[s], size));
            let heads: Vec<&Line> = held().filter(|l| l.heading > 0 && l.chars > 8).collect();
            let flat = held().next().is_some_and(|l| crate::article::lines::is_marker(&l.text))
                && matches!(heads[..], [h] if h.link_chars * 2 < h.chars)
                && prose(all, s) >= 2;
            if flat {
                keep_story_lines(dom, all, s, size);
                containers.push(s);
                last_end = s + size[s];
            }
            continue;
        }
        for b in boxes {
            let marked = markers.iter().any(|&m| m >= last_end && m < b) || story_h1 && !wrapped && led(all, b, 2) || columns && !wrapped && dated(all, b);
            let paragraphs = prose(all, b);
            // (Two under a heading that is no link, which `headed` then requires: a short story, not a teaser.)
            let own = !wrapped || (paragraphs >= 2 && !std::iter::once(b).chain(dom.ancestors(b)).take_while(|&a| a != s).any(|a| own_unlikely(dom, a)));
            if !(marked && paragraphs > 0 && headed(all, b) && own && (wrapped || !f.unlikely[b]) && !f.skip[b]) {
                return;
            }
            if wrapped {
                keep_story_lines(dom, all, b, size);
            }
            if !containers.contains(&b) {
                containers.push(b);
            }
            last_end = b + size[b];
        }
    }
}

/// The lines of a chained story's box `b` that its wrapper alone marked as clutter are the story's, but for
/// clutter of its own inside the box (a share row inside the story).
fn keep_story_lines(dom: &Dom, all: &mut [Line], b: NodeId, size: &[usize]) {
    for l in all.iter_mut().filter(|l| inside(l.first, &[b], size)) {
        l.unlikely = dom.ancestors(l.first).take_while(|&a| a != b).any(|a| own_unlikely(dom, a));
    }
}

/// A read-also box set in the middle of one story's paragraphs, holding a teaser (the marker, a headline,
/// an excerpt): `<div class="box-x"><span>اقرأ أيضا</span><h4><a>…</a></h4><p>…</p></div>` between two
/// paragraphs of the same container. It is not a chained story (that one's paragraphs would follow the
/// headline, not sit inside the box with it), so its lines are dropped before the splitter reads them as
/// one. A box with the marker alone, or the marker and a headline, is left to the splitter.
fn drop_teaser_boxes(dom: &Dom, all: &mut Vec<Line>, size: &[usize]) {
    // A page holds a few read-also boxes; past 50 markers the rest is left as it is (stays linear).
    // (And an ad slot's label, `المحتوى المدعوم`, `مساحة إعلانية`: its box, the label over a line or two of
    // the ad and no prose, goes wherever it stands, the story's end too.)
    let ad = |l: &Line| l.chars < 30 && crate::article::lines::ad_label(&l.text);
    let markers: Vec<usize> = (0..all.len()).filter(|&i| crate::article::lines::is_marker(&all[i].text) || ad(&all[i])).take(50).collect();
    let mut gone: Vec<(NodeId, NodeId)> = Vec::new();
    for i in markers {
        // The smallest box around the marker that holds more than it (looked up at most three levels).
        let mut node = Some(all[i].block);
        for _ in 0..3 {
            let Some(b) = node else { break };
            node = dom.nodes[b].parent;
            let held: Vec<&Line> = all.iter().filter(|l| inside(l.first, &[b], size)).collect();
            if held.len() < 2 {
                continue;
            }
            let Some(p) = dom.nodes[b].parent else { break };
            let excerpt = held.iter().filter(|l| super::fallback::is_prose(l)).count();
            let chars: usize = held.iter().map(|l| l.chars).sum();
            let flow = |l: &Line| inside(l.first, &[p], size) && !inside(l.first, &[b], size) && super::fallback::is_prose(l);
            let before = all.iter().any(|l| l.first < b && flow(l));
            let after = all.iter().any(|l| l.first >= b + size[b] && flow(l));
            // A teaser (one excerpt), or a list of links to other stories (`اقرأ المزيد` over two or more
            // headlines), with the story's prose on both sides.
            let links = held.iter().filter(|l| l.link_chars * 2 > l.chars).count();
            if held.len() <= 6 && (excerpt == 1 || excerpt == 0 && links >= 2) && chars < 800 && before && after || ad(&all[i]) && held.len() <= 3 && excerpt == 0 {
                gone.push((b, b + size[b]));
            }
            break;
        }
    }
    if !gone.is_empty() {
        all.retain(|l| !gone.iter().any(|&(a, z)| l.first >= a && l.first < z));
    }
}

/// The ancestor of `top` that holds at least three of the four next-best candidates scoring at least
/// three quarters of `top_score` (none of them inside `top` or above it), when there is one. Only for a
/// top candidate holding one or two paragraphs (a live blog's entry; a whole story is not moved up), and
/// only with candidates that are not teasers (a headline that is a link: the grid of the section's other
/// stories under the article).
#[allow(clippy::too_many_arguments)]
fn common_ancestor(
    dom: &Dom,
    all: &[Line],
    score: &[f32],
    scored: &[bool],
    f: &Flags,
    chars: &[usize],
    link_chars: &[usize],
    size: &[usize],
    top: NodeId,
    top_score: f32,
) -> Option<NodeId> {
    let prose = all.iter().filter(|l| inside(l.first, &[top], size) && super::fallback::is_prose(l)).count();
    if prose > 2 {
        return None;
    }
    let teaser = |c: NodeId| {
        all.iter().any(|l| inside(l.first, &[c], size) && l.heading > 0 && l.link_chars * 2 > l.chars)
    };
    let mut cands: Vec<(NodeId, f32)> = (1..dom.nodes.len())
        .filter(|&id| scored[id] && !f.unlikely[id] && id != top)
        .map(|id| {
            let ld = if chars[id] == 0 { 0.0 } else { link_chars[id] as f32 / chars[id] as f32 };
            (id, score[id] * (1.0 - ld))
        })
        .collect();
    // (Highest score first.)
    crate::sort::by_key(&mut cands, |c| u32::MAX as u128 - crate::sort::f32_key(c.1));
    cands.truncate(4);
    let alternatives: Vec<NodeId> = cands
        .iter()
        .filter(|&&(id, s)| s >= top_score * 0.75 && !inside(id, &[top], size) && !inside(top, &[id], size) && !teaser(id))
        .map(|&(id, _)| id)
        .collect();
    if alternatives.len() < 3 {
        return None;
    }
    for a in dom.ancestors(top) {
        if a == 0 || matches!(dom.name(a), "body" | "html") || f.unlikely[a] {
            return None;
        }
        if alternatives.iter().filter(|&&x| inside(x, &[a], size)).count() >= 3 {
            return Some(a);
        }
    }
    None
}

/// Whether node `id` is one of `containers` or under one (`size[c]`: nodes in `c`'s subtree).
pub(crate) fn inside(id: NodeId, containers: &[NodeId], size: &[usize]) -> bool {
    containers.iter().any(|&c| id >= c && id < c + size[c])
}

fn similar(a: &str, b: &str) -> bool {
    common_words(a, b).is_some_and(|(common, na, nb)| common * 2 > na.min(nb) && common * 3 >= na)
}

/// The words of `a` found in `b` (matching forms), and the two word counts; `None` if either is empty.
/// A separator (`|`, `-`, `:`) is no word: a menu's bars matched a `<title>`'s bar.
fn common_words(a: &str, b: &str) -> Option<(usize, usize, usize)> {
    let fa = crate::normalize::fold(a);
    let fb = crate::normalize::fold(b);
    let word = |w: &&str| w.chars().any(char::is_alphanumeric);
    let wa: Vec<&str> = fa.split_whitespace().filter(word).collect();
    let wb: Vec<&str> = fb.split_whitespace().filter(word).collect();
    if wa.is_empty() || wb.is_empty() {
        return None;
    }
    Some((wa.iter().filter(|w| wb.contains(w)).count(), wa.len(), wb.len()))
}

fn assemble(dom: &Dom, all: &[Line], containers: &[NodeId], top: NodeId, title_hint: Option<&str>, names: &[String], size: &[usize]) -> Extracted {
    let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    // (Or after a dateline's place and a colon, `القاهرة: كريم المنياوي`, in an author box.)
    let named = |s: &str| {
        let s = squash(s);
        s.chars().count() < 60 && names.iter().map(|n| squash(n)).any(|n| s == n || s.strip_suffix(&n).is_some_and(|h| h.trim_end().ends_with(':')))
    };
    let looks_like_meta = |s: &str| looks_like_meta(s) || named(s);
    let body: Vec<usize> = (0..all.len()).filter(|&i| inside(all[i].first, containers, size)).collect();
    // Where the main container's text starts: lines between the headline and it are header lines.
    let body_start = (0..all.len()).find(|&i| inside(all[i].first, &[top], size)).unwrap_or(all.len());
    let body_end = body.last().map_or(all.len(), |&i| i + 1);
    // The headline: an h1 (or, failing that, an h2) before or at the top of the body, preferably one that
    // agrees with the page's declared title.
    let limit = (body_start + 3).min(all.len());
    // (A linked heading that is the whole `<title>` over an unlinked lower heading before the body is the
    // site's logo: `<title>الشروق</title>`, `<h1><a href="/">الشروق</a></h1>`, the story's `<h2>`.)
    let unlinked = |j: usize| all[j].link_chars * 2 < all[j].chars && !all[j].unlikely && all[j].chars > 8;
    let logo = move |i: usize| {
        all[i].link_chars * 2 > all[i].chars
            && title_hint.is_some_and(|t| squash(t) == squash(&all[i].text))
            && (i + 1..body_start.min(all.len())).any(|j| (2..=4).contains(&all[j].heading) && unlinked(j))
    };
    // (A heading that is a date, Blogger's `<h2 class=date-header>` over the post's `<h3>`, heads no story.)
    let cands = move |level: u8| {
        (0..limit).filter(move |&i| all[i].heading == level && !all[i].unlikely && all[i].chars > 8 && !logo(i) && crate::article::lines::date_line(&all[i].text, None).is_none())
    };
    // (A heading that is only the title's site part, `جريدة الواحة` of `توقيع اتفاقية … - جريدة الواحة`, is
    // the logo's, not the story's.)
    let site_part = |s: &str| {
        title_hint.is_some_and(|t| {
            let parts: Vec<&str> = t.split(['-', '|', '–', '—', ':']).map(str::trim).filter(|p| !p.is_empty()).collect();
            let longest = parts.iter().map(|p| p.len()).max().unwrap_or(0);
            // (Or a part of under four words however long the others are: `وزارة الإعلام - الأخبار`.)
            parts.len() > 1 && parts.iter().any(|p| (p.len() < longest || p.split_whitespace().count() < 4) && squash(p) == squash(s))
        })
    };
    let agrees = |level: u8| title_hint.and_then(|t| cands(level).rfind(|&i| similar(&all[i].text, t) && !site_part(&all[i].text)));
    // A heading that agrees with the declared title wins, an h2 over an h1 that does not (an old theme's
    // `<h1 class="site-logo">` above the story's `<h2>`); then the last h1, the last h2.
    // An h1 that agrees with the declared title further into the main container, before its story
    // starts (a `top stories` list inside `<main>` above the `<article>`): no line of running text
    // before it.
    let first_body = body.first().copied().unwrap_or(body_start).min(body_start);
    let story_at = (first_body..body_end.max(first_body)).find(|&i| all[i].chars >= 80 && all[i].link_chars * 2 < all[i].chars && !all[i].unlikely);
    let agrees_below = || {
        let t = title_hint?;
        (limit..story_at.unwrap_or(body_end).min(all.len())).find(|&i| all[i].heading == 1 && !all[i].unlikely && all[i].chars > 8 && similar(&all[i].text, t))
    };
    // With no heading, the line that agrees most with the declared title, by the share of its own words
    // the title holds (a lede that repeats the headline has words of its own); the last of equals.
    let hinted = || {
        let t = title_hint?;
        (0..limit)
            // (A part of the title that is not the headline, the site's or a section's name, `الرئيسية` of
            // `الرئيسية - الشارع نيوز`, is the menu's item.)
            // (A lone word the title holds, a Blogger stamp's `في`, is no headline.)
            .filter(|&i| all[i].chars < 200 && all[i].chars > 8 && similar(&all[i].text, t) && !site_part(&all[i].text) && !logo(i))
            // (Nor is a sentence longer than the title, closed by its full stop, the lede that retells it; nor
            // a dateline that ends on the title's site part, `حلب - الوطن الحلبية`.)
            .filter(|&i| !(all[i].text.ends_with('.') && all[i].chars > t.chars().count() * 3 / 2) && !all[i].text.split(" - ").last().is_some_and(site_part))
            .map(|i| (i, common_words(&all[i].text, t).map_or(0.0, |(c, n, _)| c as f32 / n as f32)))
            .fold(None, |best: Option<(usize, f32)>, (i, x)| match best {
                Some((_, y)) if y > x => best,
                _ => Some((i, x)),
            })
            .map(|(i, _)| i)
    };
    // (The last heading before the story's first running line: one after it heads a chained story.)
    let before_story = |i: &usize| story_at.is_none_or(|s| *i < s);
    let title = agrees(1)
        .or_else(agrees_below)
        .or_else(|| agrees(2))
        .or_else(|| cands(1).rfind(before_story))
        .or_else(|| cands(2).rfind(before_story))
        .or_else(hinted)
        // No h1 or h2 and a title that names only the site (`وكالة الأنباء العراقية`): a lower heading
        // among the three lines right above the body (`<div class=ititle><h4>الكهرباء: إضافة 1200
        // ميغاواط…</h4></div>`); one further up is a widget's (`الأكثر قراءة`).
        .or_else(|| (0..limit).rfind(|&i| (3..=6).contains(&all[i].heading) && i + 3 >= body_start && before_story(&i) && !all[i].unlikely && all[i].chars > 8))
        // No heading at all and a `<title>` that does not name the story (`الأخبار - وزارة التربية`): the
        // first line of four words or more, no link, no date and no sentence's end, from just above the body
        // to its first running line (`<span class=newsTitle>وزارة التربية تعتمد تقويما…</span>`).
        .or_else(|| {
            let end = story_at.unwrap_or(body_end).min(all.len());
            (body_start.saturating_sub(3)..end).find(|&i| {
                let l = &all[i];
                let words = l.text.split_whitespace().count();
                // (A headline may hold a number, `… في 13 محافظة`: a line of six words or more is meta only as a date.)
                let meta = looks_like_meta(&l.text) && (words < 6 || crate::article::lines::date_line(&l.text, None).is_some());
                // (A breadcrumb, `الأخبار » تفاصيل الخبر`, is no headline: a `»` with no `«` to pair it.)
                let crumbs = l.text.contains('›') || l.text.contains('»') && !l.text.contains('«');
                !l.unlikely && l.link_chars * 2 < l.chars && (4..=25).contains(&words) && !meta && !crumbs && !l.text.trim_end().ends_with(['.', ':', '،'])
            })
        });
    let mut out = Extracted::default();
    let mut push = |l: &Line, zone: Zone| out.push(dom, l, zone, false);
    let mut from = body_start;
    if let Some(t) = title {
        // Date lines just above the headline (some sites put the date first).
        // (Or the declared writer's name in a card a few lines further up, an `<aside>` beside the column.)
        let above = (t.saturating_sub(8)..t).filter(|&i| i + 3 >= t && !all[i].unlikely && looks_like_meta(&all[i].text) || named(&all[i].text));
        for i in above.collect::<Vec<_>>() {
            push(&all[i], Zone::Above);
        }
        push(&all[t], Zone::Title);
        // Header lines between the headline and the body (at most a screenful). The body starts at the
        // first line of any chosen container: on a page of chained stories the best-scoring one may be
        // the second, and the first is body too, not header.
        if t < body_start {
            // Lines of another chosen container are body once its story starts: a container that holds
            // two paragraphs or more (a first chained story). One that holds just the date
            // (`articleHeader`) or a lone standfirst paragraph is still header.
            let long = |l: &Line| l.chars >= 80 && !l.unlikely;
            // Long lines per container, counted once (containers are few).
            let counts: Vec<usize> =
                containers.iter().map(|&c| all.iter().filter(|l| inside(l.first, &[c], size) && long(l)).count()).collect();
            let story_holder = |i: usize| {
                containers.iter().zip(&counts).any(|(&c, &n)| n >= 2 && inside(all[i].first, &[c], size))
            };
            let story = (t + 1..body_start).find(|&i| long(&all[i]) && story_holder(i)).unwrap_or(body_start);
            for l in all[t + 1..story].iter().take(40) {
                if !l.unlikely || looks_like_meta(&l.text) {
                    push(l, Zone::Header);
                }
            }
            from = story;
        } else {
            from = t + 1;
        }
    } else {
        // No headline in the page (its title only in `og:title`): the writer's and date lines just above
        // the body are still its header.
        for l in all[body_start.saturating_sub(3)..body_start.min(all.len())].iter().filter(|l| !l.unlikely && looks_like_meta(&l.text)) {
            push(l, Zone::Header);
        }
    }
    for (i, l) in all.iter().enumerate().take(body_end).skip(from) {
        if Some(i) == title {
            continue;
        }
        // A read-also marker between two bodies (or in a `read-also` box inside one) stays: it tells the
        // splitter where a chained article starts.
        if (inside(l.first, containers, size) && !l.unlikely) || crate::article::lines::is_marker(&l.text) {
            push(l, if l.tags { Zone::Tags } else { Zone::Body });
        } else if l.tags && (l.link_chars * 2 >= l.chars || crate::article::lines::opens_with_keyword_label(&l.text)) {
            // (A labelled line is a tag line however short its tag: `الوسوم: الضبعة`.)
            push(l, Zone::Tags);
        }
    }
    // A date line right after the body, before any heading or link (`<p class=byline>نُشر بتاريخ:
    // 03/02/2025 - 06:15 م</p>` under the story's `<div>` of paragraphs): the story's date too.
    let mut dated = None;
    for (k, l) in all.iter().skip(body_end).take(3).enumerate() {
        if l.heading > 0 || l.link_chars * 2 >= l.chars {
            break;
        }
        // (Or a blog's post footer naming the writer of the author markup: `نشر بواسطة <span class=fn>سلمى
        // الحكيمي</span> في 9:40 م · التسميات: …`.)
        let shows_name = || l.chars < 200 && names.iter().any(|n| n.contains(' ') && l.text.contains(n.as_str()));
        if l.chars < 100 && crate::article::lines::date_line(&l.text, None).is_some() || shows_name() {
            push(l, Zone::Header);
            dated = Some(k);
            break;
        }
    }
    // Tag lists right after the body, and a source or modification line closing it outside the body's
    // box (`المصدر : الجزيرة`, `آخر تعديل في الإثنين, 17 …`), a few lines down at most.
    let mut seen_tags = false;
    for (k, l) in all.iter().skip(body_end).take(60).enumerate() {
        if dated == Some(k) {
            continue; // (taken above)
        }
        // (A labelled tag line in a box with no tag class, `<div>الوسوم: <a>…</a></div>`, is one too.)
        let labelled = || k < 6 && l.chars < 200 && crate::article::lines::opens_with_keyword_label(&l.text);
        if (l.tags || labelled()) && !l.unlikely && !looks_like_clutter(&l.text) {
            seen_tags = true;
            push(l, Zone::Tags);
        } else if k < 6 && !l.unlikely && l.chars < 80 && crate::article::lines::closing_meta(&l.text) {
            push(l, Zone::Body);
        } else if seen_tags {
            break;
        }
    }
    out.finish()
}

/// Header lines that sit in "unlikely" containers but still carry the date or the byline.
fn looks_like_meta(s: &str) -> bool {
    let f = crate::normalize::fold(s);
    s.chars().count() < 80
        && (f.chars().any(|c| c.is_ascii_digit())
            || ["كتب", "بقلم", "المصدر", "حوار", "اعداد"].iter().any(|w| f.starts_with(w))
            || name_like(&f))
}

/// A writer's name on its own line (opinion pages put it above the headline): two to four letter-only
/// words, the first a known given name. `f` is the matching form.
fn name_like(f: &str) -> bool {
    let words: Vec<&str> = f.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && crate::entity::gazetteer::is_first_name(words[0])
}

fn looks_like_clutter(s: &str) -> bool {
    let f = crate::normalize::fold(s);
    f.contains("share") || f.contains("مشاركه") || f.contains("تعليق")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        lines(&Dom::parse(html)).into_iter().map(|l| l.text).collect()
    }

    #[test]
    fn block_boundaries_and_adjacent_links_break_lines() {
        assert_eq!(texts("<h1>قمة بودابست</h1><span>20 أكتوبر 2025</span><p>نص <b>عريض</b></p>"), ["قمة بودابست", "20 أكتوبر 2025", "نص عريض"]);
        assert_eq!(texts("<div class=tags><a>بوتين</a><a>ترامب</a> <a>موسكو</a></div>"), ["بوتين", "ترامب", "موسكو"]);
        assert_eq!(texts("<p>قال <a>بوتين</a> إن</p>"), ["قال بوتين إن"]);
        assert_eq!(texts("<p>سطر<br>سطر آخر</p><div hidden>مخفي</div><div style='display: none'>مخفي</div>"), ["سطر", "سطر آخر"]);
    }

    #[test]
    fn styles_that_hide_in_any_spacing_and_case() {
        for style in ["display:none", "color: red; DISPLAY : None ;", "visibility:\thidden", "margin:0;visibility: HIDDEN"] {
            let html = format!("<p>سطر ظاهر في الصفحة</p><div style='{style}'>نص مخفي عن القارئ</div>");
            assert_eq!(texts(&html), ["سطر ظاهر في الصفحة"], "help: {style}");
        }
        for style in ["display:block", "display: non-e", "visibility:visible", "nonedisplay:", "color:none"] {
            let html = format!("<p>سطر ظاهر في الصفحة</p><div style='{style}'>نص ظاهر أيضا</div>");
            assert_eq!(texts(&html), ["سطر ظاهر في الصفحة", "نص ظاهر أيضا"], "help: {style}");
        }
    }

    #[test]
    fn a_section_headed_comments_is_not_content() {
        for heading in ["تعليقات الجماهير", "التعليقات (12)", "آراء القراء", "Comments"] {
            let html = format!(
                "<main><article><h1>فوز المرجان على القلعة في الدوري</h1><p>حقق نادي المرجان فوزا ثمينا على ضيفه نادي القلعة بهدفين دون رد، في المباراة التي جمعتهما مساء الاثنين.</p>\
                 <p>وقال مدرب المرجان إن فريقه استحق الفوز، وإن المنافسة على اللقب ما زالت مفتوحة حتى الجولة الأخيرة.</p></article>\
                 <section class='box'><h3>{heading}</h3><p>مرجاني حتى الموت: مبروك للمرجان، البطولة مازالت ما تقررتش، والفريق لعب مباراة كبيرة!</p>\
                 <p>قلعاوي أصيل: خسارة عادية، الفريق باش يرجع أقوى في الجولة الجاية، ديما قلعة يا رجال!</p></section></main>"
            );
            let e = extract(&Dom::parse(&html), None);
            assert!(e.text.contains("حقق نادي المرجان") && !e.text.contains("مبروك للمرجان"), "help: {heading}: {}", e.text);
        }
    }

    #[test]
    fn clutter_tokens_that_name_clutter_outright() {
        for t in ["share-post", "related_posts", "post-navigation", "td-post-prev-post", "comment-content", "ad-inline", "wp-polls", "td_block_related_posts", "more-articles"] {
            assert!(strong_unlikely(t), "help: {t}");
        }
        for t in ["post", "entry-content", "category-social", "tag-share", "post-1723904", "td-post-content", "__next", "main-content"] {
            assert!(!strong_unlikely(t), "help: {t}");
        }
        let dom = Dom::parse("<div class='entry-content share-enabled'>x</div><div class='share-post'>y</div><div id='related_posts'>z</div>");
        let divs: Vec<NodeId> = dom.elements("div").collect();
        assert_eq!(divs.iter().map(|&d| own_unlikely(&dom, d)).collect::<Vec<_>>(), [false, true, true]);
    }

    #[test]
    fn a_term_class_on_the_post_is_not_a_tag_list() {
        for c in ["post type-post tag-dubai category-emirates", "hentry tag_sport", "entry tag-4517"] {
            assert!(!has_part(c, TAGS), "help: {c}");
        }
        for c in ["post-tags", "tags", "tag-list", "entry-tags clearfix", "tag_cloud", "keywords-box"] {
            assert!(has_part(c, TAGS), "help: {c}");
        }
    }

    #[test]
    fn date_stamps_are_marked_by_plain_class_parts() {
        for c in ["post-date", "entry_date", "meta timestamp", "publish-time", "date"] {
            assert!(has_plain_part(c, STAMP), "help: {c}");
        }
        // Not a tag list's class (which the tag-list matcher reads specially), an update or an id.
        for c in ["tag-list", "articleTags", "update", "dateline2", "post-views"] {
            assert!(!has_plain_part(c, STAMP), "help: {c}");
        }
    }

    #[test]
    fn picks_the_body_and_its_header() {
        let html = r#"<html><body><nav><a>الرئيسية</a><a>أخبار</a></nav>
            <div class="sidebar"><p>خبر جانبي طويل بما يكفي ليبدو فقرة، لكنه في الشريط الجانبي، ولا علاقة له.</p></div>
            <div class="post"><h1>عنوان الخبر الرئيسي اليوم</h1><span class="date">20 أكتوبر 2025</span>
            <div class="entry-content"><p>الفقرة الأولى من الخبر، وفيها تفاصيل كثيرة، ومعلومات مهمة عن الحدث.</p>
            <p>الفقرة الثانية من الخبر، وفيها تفاصيل أخرى، وتصريحات المسؤولين في العاصمة.</p></div>
            <div class="post-tags"><a>بوتين</a><a>ترامب</a></div></div>
            <footer><p>جميع الحقوق محفوظة، لموقع الأخبار، منذ سنوات طويلة جدا جدا.</p></footer></body></html>"#;
        let e = extract(&Dom::parse(html), Some("عنوان الخبر الرئيسي اليوم - موقع"));
        let got: Vec<(&str, Zone)> = e.lines.iter().map(|h| (&e.text[h.start..h.end], h.zone)).collect();
        assert_eq!(
            got,
            [
                ("عنوان الخبر الرئيسي اليوم", Zone::Title),
                ("20 أكتوبر 2025", Zone::Header),
                ("الفقرة الأولى من الخبر، وفيها تفاصيل كثيرة، ومعلومات مهمة عن الحدث.", Zone::Body),
                ("الفقرة الثانية من الخبر، وفيها تفاصيل أخرى، وتصريحات المسؤولين في العاصمة.", Zone::Body),
                ("بوتين", Zone::Tags),
                ("ترامب", Zone::Tags),
            ]
        );
    }
}
