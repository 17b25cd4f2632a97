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
pub mod html;
pub mod model;
pub mod normalize;
pub mod offsets;
pub mod options;
pub mod segment;
pub mod timeline;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use error::{Error, Result};
pub use model::{Analysis, TagResult, VERSION};
pub use options::{Format, Options, RawOptions};

/// The text that offsets point into: the input itself, or the text extracted from HTML.
fn page_text(input: &str, options: &Options) -> String {
    match options.format {
        Format::Text => input.to_string(),
        Format::Html => html::to_text(input),
    }
}

fn keep_labels(entities: &mut Vec<model::Entity>, options: &Options) {
    entities.retain(|e| options.labels.contains(&e.label));
}

/// Splits a page into its articles (title, date, byline, source, keywords, paragraphs);
/// `entities`, `dates` and `timeline` stay empty. Offsets are UTF-16.
pub fn parse(input: &str, options: &Options) -> Result<Analysis> {
    let text = page_text(input, options);
    let articles = article::split_articles(&text);
    Ok(Analysis { version: VERSION, text, articles }.to_utf16())
}

/// Entities and dates over the whole text, without article splitting. Offsets are UTF-16.
pub fn tag(text: &str, options: &Options) -> Result<TagResult> {
    let mut entities = entity::find_entities(text);
    keep_labels(&mut entities, options);
    let dates = date::find_dates(text, options.now);
    Ok(TagResult { version: VERSION, text: text.to_string(), entities, dates }.to_utf16())
}

/// Everything: articles, their entities, dates and timelines. Offsets are UTF-16.
pub fn analyze(input: &str, options: &Options) -> Result<Analysis> {
    let text = page_text(input, options);
    let mut articles = article::split_articles(&text);
    for a in &mut articles {
        let body = &text[a.start..a.end];
        let shift = |mut e: model::Entity| {
            e.start += a.start;
            e.end += a.start;
            e
        };
        a.entities = entity::find_entities(body).into_iter().map(shift).collect();
        keep_labels(&mut a.entities, options);
        a.dates = date::find_dates(body, options.now)
            .into_iter()
            .map(|mut d| {
                d.start += a.start;
                d.end += a.start;
                d
            })
            .collect();
        a.timeline = timeline::build(&text, a);
    }
    Ok(Analysis { version: VERSION, text, articles }.to_utf16())
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
    }
    .to_utf16();
    LineDates { dates: tagged.dates }
}
