//! naba (نبأ, "news") reads Arabic news pages: it splits a page into its articles, finds the people,
//! places, organisations and dates in each, resolves every date against the article's publication date
//! and orders the events on a timeline.
//!
//! The core is plain Rust, one stage per module, each taking the previous stage's output:
//! `html` (page → text) → `normalize`/`segment` (text → matching forms, sentences, words) →
//! `article` (text → articles) → `entity` (names) → `date` (time expressions) → `timeline`.
//! Offsets are byte offsets inside the core and become UTF-16 offsets once, in [`model`], just before a
//! result leaves: [`parse`], [`tag`] and [`analyze`] return results ready for JSON. The only
//! wasm-bindgen code is `src/wasm.rs`; the CLI is `src/bin/naba.rs`.

pub mod article;
pub mod date;
pub mod entity;
pub mod error;
pub mod hash;
pub mod html;
pub mod lang;
pub mod model;
pub mod normalize;
pub mod offsets;
pub mod options;
pub mod packed;
pub mod segment;
pub mod sort;
pub mod timeline;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, Result};
pub use model::{Analysis, TagResult, VERSION};
pub use options::{Format, Options, RawOptions};

/// The page as the article splitter sees it: its text (the input itself, or the text extracted from
/// HTML or a live DOM) and, for those, the per-line hints, metadata and map back to the DOM.
struct PageText {
    text: String,
    html: Option<html::Page>,
}

fn read_input(input: &str, options: &Options) -> Result<PageText> {
    let mut page = match options.format {
        Format::Text => return Ok(PageText { text: input.to_string(), html: None }),
        Format::Html => html::read_page(input),
        Format::Dom => html::read_live(input)
            .ok_or_else(|| Error::Input("format \"dom\" expects the walker's JSON array of events".into()))?,
    };
    // The text lives in `text`; the page keeps its hints, metadata and map.
    Ok(PageText { text: std::mem::take(&mut page.text), html: Some(page) })
}

impl PageText {
    /// The result, with every offset made UTF-16 and the live DOM's map (if any) written with them.
    fn into_analysis(self, language: lang::Language, articles: Vec<model::Article>, elide: bool) -> Analysis {
        let map = self.html.map(|p| p.map).unwrap_or_default();
        let mut a = Analysis { version: VERSION, text: self.text, language, articles, node_map: None, packed: None };
        if elide {
            a.elide_slices();
            packed::pack_analysis(&mut a);
        }
        a.to_utf16(&map)
    }
}

/// The spans that are read for entities and dates: each article's title, standfirst and paragraphs.
fn units_of(articles: &[model::Article]) -> Vec<Vec<(usize, usize)>> {
    articles.iter().map(|a| a.title.iter().chain(&a.summary).chain(&a.paragraphs).map(|s| (s.start, s.end)).collect()).collect()
}

/// The language of the page's articles (all their units together), and of each unit in order.
fn language_of(text: &str, units: &[Vec<(usize, usize)>]) -> (lang::Language, Vec<lang::Language>) {
    let spans: Vec<(usize, usize)> = units.concat();
    if spans.is_empty() {
        return (lang::detect(text), Vec::new());
    }
    lang::detect_each(text, &spans)
}

fn split(page: &PageText, options: &Options) -> Vec<model::Article> {
    let hints = page.html.as_ref().map(|p| article::Hints { lines: &p.lines, meta: &p.meta });
    article::split_articles(&page.text, hints.as_ref(), options.now)
}

fn keep_labels(entities: &mut Vec<model::Entity>, options: &Options) {
    entities.retain(|e| options.labels.contains(&e.label));
}

/// Splits a page into its articles (title, date, byline, source, keywords, paragraphs);
/// `entities`, `dates` and `timeline` stay empty. Offsets are UTF-16.
pub fn parse(input: &str, options: &Options) -> Result<Analysis> {
    parse_with(input, options, false)
}

fn parse_with(input: &str, options: &Options, elide: bool) -> Result<Analysis> {
    let page = read_input(input, options)?;
    let articles = split(&page, options);
    let (language, _) = language_of(&page.text, &units_of(&articles));
    Ok(page.into_analysis(language, articles, elide))
}

/// Entities and dates over the whole text, without article splitting. Offsets are UTF-16.
pub fn tag(text: &str, options: &Options) -> Result<TagResult> {
    tag_with(text, options, false)
}

fn tag_with(text: &str, options: &Options, elide: bool) -> Result<TagResult> {
    entity::ready()?;
    let mut entities = entity::find_entities(text);
    let mut dates = date::find_dates(text, options.now);
    settle(&mut entities, &mut dates, options);
    let mut r = TagResult { version: VERSION, text: text.to_string(), entities, dates, packed: None };
    if elide {
        r.elide_slices();
        packed::pack_tag(&mut r);
    }
    let mut r = r.to_utf16();
    if elide {
        r.elide_text();
    }
    Ok(r)
}

/// Where a name and a date overlap, which one the text means ([`dates_outside_names`], then
/// [`names_outside_dates`]), and the labels the caller asked for: the dates are settled against every
/// name, whatever the labels keep.
fn settle(entities: &mut Vec<model::Entity>, dates: &mut Vec<model::DateMention>, options: &Options) {
    dates_outside_names(dates, entities);
    keep_labels(entities, options);
    names_outside_dates(entities, dates);
}

/// A person, place or organisation inside a date is the date's word, not a name (`جويلية 2023`, the
/// Maghrebi July, was a place; `شباط`, `تموز`; `بتوقيت غرينتش`): the date keeps it. A MISC name stays (a
/// holiday is both). `dates` are in text order and do not overlap.
fn names_outside_dates(entities: &mut Vec<model::Entity>, dates: &[model::DateMention]) {
    entities.retain(|e| {
        let k = dates.partition_point(|d| d.start <= e.start);
        e.label == model::Label::MISC || k == 0 || dates[k - 1].end < e.end
    });
}

/// A date inside a longer person, place or organisation is a word of its name, not a date (`حميد شباط`,
/// `شارع 26 يوليو`, `جامعة 6 أكتوبر`). `entities` are in text order and do not overlap.
fn dates_outside_names(dates: &mut Vec<model::DateMention>, entities: &[model::Entity]) {
    dates.retain(|d| {
        let k = entities.partition_point(|e| e.start <= d.start);
        k == 0 || {
            let e = &entities[k - 1];
            e.label == model::Label::MISC || e.end < d.end || (e.start == d.start && e.end == d.end)
        }
    });
}

/// The reference date of an article: its publication date, else the `now` option.
fn article_reference(a: &model::Article, options: &Options) -> Option<date::calendar::Reference> {
    a.published
        .as_ref()
        .and_then(|p| p.value.as_deref())
        .and_then(|v| date::calendar::Date::parse_iso(v.get(..10)?))
        .map(date::calendar::Reference::day)
        .or(options.now)
}

/// Everything: articles, their entities, dates and timelines. Offsets are UTF-16.
///
/// Only Arabic is tagged: on a page whose articles are not Arabic (`language.code` says which), the
/// articles are described but carry no entities, dates or timeline; on an Arabic page, a block in
/// another language (an English quote, a Persian caption) is left untagged.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis> {
    analyze_with(input, options, false)
}

/// For the JavaScript package (`src/wasm.rs`): [`parse`], [`tag`] and [`analyze`] with every `text` that
/// is a slice of the result's text left out (and, for `tag`, the text itself, the caller's input);
/// `js/naba.js` puts them back with `String.prototype.slice`, so a text is never sent over twice.
pub mod for_js {
    use super::*;

    pub fn parse(input: &str, options: &Options) -> Result<Analysis> {
        parse_with(input, options, true)
    }

    pub fn tag(text: &str, options: &Options) -> Result<TagResult> {
        tag_with(text, options, true)
    }

    pub fn analyze(input: &str, options: &Options) -> Result<Analysis> {
        analyze_with(input, options, true)
    }
}

fn analyze_with(input: &str, options: &Options, elide: bool) -> Result<Analysis> {
    entity::ready()?;
    let page = read_input(input, options)?;
    let text = &page.text;
    let mut articles = split(&page, options);
    let mut units = units_of(&articles);
    let (language, each) = language_of(text, &units);
    let mut each = each.iter();
    for spans in &mut units {
        spans.retain(|_| each.next().is_some_and(|l| language.is_arabic() && l.is_arabic_block()));
    }
    let mut sentences = segment::UnitSentences::default();
    let entities = entity::find_page_entities(text, &units, &mut sentences);
    for ((a, mut found), units) in articles.iter_mut().zip(entities).zip(&units) {
        let reference = article_reference(a, options);
        for &(s, e) in units {
            a.dates.extend(date::find_dates(&text[s..e], reference).into_iter().map(|mut d| {
                d.start += s;
                d.end += s;
                d
            }));
        }
        settle(&mut found, &mut a.dates, options);
        a.entities = found;
        a.timeline = timeline::build(text, a, &mut sentences);
    }
    Ok(page.into_analysis(language, articles, elide))
}

/// What `naba dates` prints for one line: `{"dates": [...]}` with UTF-16 offsets into the line.
#[derive(serde::Serialize, Debug, Clone, PartialEq, Eq)]
pub struct LineDates {
    pub dates: Vec<model::DateMention>,
}

/// The dates of one line, resolved against `reference`, for measurement against date corpora.
pub fn dates_of_line(line: &str, reference: date::calendar::Reference) -> LineDates {
    let tagged = TagResult {
        version: VERSION,
        text: line.to_string(),
        entities: Vec::new(),
        dates: date::find_dates(line, Some(reference)),
        packed: None,
    }
    .to_utf16();
    LineDates { dates: tagged.dates }
}
