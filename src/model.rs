//! Output types: the JSON contract of API.md (`version`, `text`, `articles`, `entities`, `dates`,
//! `timeline`). Field names are camelCase on the wire; a missing value is `null`, never an absent key;
//! arrays are always present.
//!
//! Inside the core every `start`/`end` is a **byte** offset into the analysed text. [`Analysis::to_utf16`]
//! and [`TagResult::to_utf16`] rewrite them, once, just before results leave the core
//! (see `offsets.rs`), so that JavaScript's `text.slice(start, end)` is the mention.

use serde::Serialize;

/// The version of the JSON shape. Bump it (and say so in the README) when a field changes meaning.
pub const VERSION: u32 = 1;

/// An entity type. Serialised as `"PER"`, `"LOC"`, `"ORG"`, `"MISC"`.
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Label {
    PER,
    LOC,
    ORG,
    MISC,
}

impl Label {
    pub const ALL: [Label; 4] = [Label::PER, Label::LOC, Label::ORG, Label::MISC];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::PER => "PER",
            Label::LOC => "LOC",
            Label::ORG => "ORG",
            Label::MISC => "MISC",
        }
    }

    /// Parses `PER`/`LOC`/`ORG`/`MISC` (and the corpora's `PERS`).
    pub fn parse(s: &str) -> Option<Label> {
        match s {
            "PER" | "PERS" => Some(Label::PER),
            "LOC" => Some(Label::LOC),
            "ORG" => Some(Label::ORG),
            "MISC" => Some(Label::MISC),
            _ => None,
        }
    }
}

/// How precise a date value is. Serialised in lower case (`"day"`, `"month"`, …).
#[derive(Serialize, Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Grain {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

impl Grain {
    pub fn as_str(self) -> &'static str {
        match self {
            Grain::Second => "second",
            Grain::Minute => "minute",
            Grain::Hour => "hour",
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Year => "year",
            Grain::Decade => "decade",
        }
    }
}

/// What a `text` field holds when it is left out of a result that crosses to JavaScript because the
/// package can rebuild it (`Analysis::elide_slices`): never a text of a page (a lone NUL). It is
/// serialised as `null`, which keeps the field in its place for the package to fill; native results
/// (the CLI's JSON) never hold it.
pub(crate) const ELIDED: &str = "\u{0}";

fn text_or_null<S: serde::Serializer>(text: &str, s: S) -> Result<S::Ok, S::Error> {
    if text == ELIDED {
        s.serialize_none()
    } else {
        s.serialize_str(text)
    }
}

/// A piece of the text: the text as written and where it is.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct TextSpan {
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl TextSpan {
    /// The span `[start, end)` of `source`, with its text copied from the source (never normalised).
    pub fn of(source: &str, start: usize, end: usize) -> TextSpan {
        TextSpan { text: source[start..end].to_string(), start, end }
    }
}

/// The article's publication date, as written and as a calendar value.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Published {
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    pub value: Option<String>,
    pub grain: Grain,
    pub start: usize,
    pub end: usize,
    /// True when the article has no date line of its own and took the page's date.
    pub inferred: bool,
}

/// One mention of a named entity.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Entity {
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    pub label: Label,
    pub start: usize,
    pub end: usize,
    /// The fullest name of the same entity in the article (or the page).
    pub canonical: String,
    /// Shared by every mention of one entity (`e1`, `e2`, …).
    pub id: String,
    /// Where `canonical` is written in the text (that mention's byte offsets, which the UTF-16
    /// conversion leaves as they are): not part of the JSON, it lets the JavaScript package rebuild
    /// `canonical` as a slice (`packed`, which reads it before the conversion and converts its copy).
    #[serde(skip)]
    pub canonical_span: (usize, usize),
}

/// One time expression, resolved against the reference date.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    pub start: usize,
    pub end: usize,
    /// ISO 8601 at `grain` (`2025-10-16`, `2025-W42`, `2025-10`, `2025`, `2025-10-20T14:30`), or null for
    /// vague expressions ("قبل أيام"). For a duration: an ISO 8601 duration (`P3D`).
    pub value: Option<String>,
    pub grain: Grain,
    /// True when the value depends on the reference date (أمس، الجمعة الماضية، قبل 3 أيام).
    pub relative: bool,
    /// `"point"`, `"interval"` (then `endValue` is set: the last unit included), or `"duration"`.
    pub kind: &'static str,
    pub end_value: Option<String>,
}

/// One dated event clause of the timeline.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct TimelineEntry {
    pub value: Option<String>,
    /// For a span (`العقدين الماضيين`, `من 3 إلى 5 مارس`), its last unit, as `DateMention::end_value`.
    pub end_value: Option<String>,
    pub grain: Grain,
    pub start: usize,
    pub end: usize,
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    /// Ids of the entities mentioned in the clause.
    pub entities: Vec<String>,
    /// True when the date is vague (`value` is then the reference it hangs on, at a coarse grain).
    pub vague: bool,
}

/// One article of a page.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    pub start: usize,
    pub end: usize,
    pub title: Option<TextSpan>,
    /// The standfirst: a sub-headline or lede between the headline and the body (null when none).
    pub summary: Option<TextSpan>,
    pub published: Option<Published>,
    /// The page's modification stamp (`آخر تحديث: …`), kept apart from `published` (null when none).
    pub updated: Option<DateMention>,
    pub source: Option<TextSpan>,
    pub byline: Option<TextSpan>,
    pub keywords: Vec<TextSpan>,
    pub paragraphs: Vec<TextSpan>,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    pub timeline: Vec<TimelineEntry>,
}

/// What `parse` and `analyze` return.
#[derive(Serialize, Debug, Clone, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Analysis {
    pub version: u32,
    pub text: String,
    /// The language of the page's articles. Only an Arabic page is tagged.
    pub language: crate::lang::Language,
    pub articles: Vec<Article>,
    /// For `format: "dom"` only (else null): where `text` sits in the page's text nodes, as flat
    /// quadruples `[textStart, node, nodeStart, length]` in UTF-16 units (see `html::NodeRun`).
    pub node_map: Option<Vec<u32>>,
    /// For the JavaScript package only: the articles' entities, dates and timeline entries as numbers
    /// (`packed::pack_analysis`), taken out of `articles`. Not part of the JSON.
    #[serde(skip)]
    pub packed: Option<crate::packed::Packed>,
}

/// What `tag` returns: entities and dates over the whole text, without article splitting.
#[derive(Serialize, Debug, Clone, PartialEq, Eq)]
pub struct TagResult {
    pub version: u32,
    #[serde(serialize_with = "text_or_null")]
    pub text: String,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    /// For the JavaScript package only: `entities` and `dates` as numbers (`packed::pack_tag`), taken out
    /// of them. Not part of the JSON.
    #[serde(skip)]
    pub packed: Option<crate::packed::Packed>,
}

fn span_offsets(s: &mut TextSpan, f: &mut dyn FnMut(usize) -> usize) {
    s.start = f(s.start);
    s.end = f(s.end);
}

fn entity_offsets(e: &mut Entity, f: &mut dyn FnMut(usize) -> usize) {
    e.start = f(e.start);
    e.end = f(e.end);
}

fn date_offsets(d: &mut DateMention, f: &mut dyn FnMut(usize) -> usize) {
    d.start = f(d.start);
    d.end = f(d.end);
}

impl Article {
    /// Rewrites every offset of the article with `f`.
    pub fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        self.start = f(self.start);
        self.end = f(self.end);
        for s in self.title.iter_mut().chain(&mut self.summary).chain(&mut self.source).chain(&mut self.byline) {
            span_offsets(s, f);
        }
        if let Some(p) = &mut self.published {
            p.start = f(p.start);
            p.end = f(p.end);
        }
        if let Some(u) = &mut self.updated {
            date_offsets(u, f);
        }
        for s in self.keywords.iter_mut().chain(&mut self.paragraphs) {
            span_offsets(s, f);
        }
        for e in &mut self.entities {
            entity_offsets(e, f);
        }
        for d in &mut self.dates {
            date_offsets(d, f);
        }
        for t in &mut self.timeline {
            t.start = f(t.start);
            t.end = f(t.end);
        }
    }
}

impl Analysis {
    /// Converts every byte offset into a UTF-16 code-unit offset into `self.text`, and writes the live
    /// DOM's map (if any) with it.
    pub fn to_utf16(mut self, map: &[crate::html::NodeRun]) -> Self {
        let index = crate::offsets::Utf16Index::new(&self.text);
        let mut f = |b: usize| index.utf16(b);
        for a in &mut self.articles {
            a.map_offsets(&mut f);
        }
        if let Some(p) = &mut self.packed {
            p.map_offsets(&mut f);
        }
        if !map.is_empty() {
            let mut flat = Vec::with_capacity(map.len() * 4);
            for r in map {
                flat.extend([f(r.at) as u32, r.node, r.node_at as u32, r.len as u32]);
            }
            self.node_map = Some(flat);
        }
        self
    }
}

/// Makes `text` [`ELIDED`] (in its own buffer: no allocation) when it is `whole[start..end]`.
fn elide_slice(whole: &str, text: &mut String, start: usize, end: usize) {
    if !text.is_empty() && whole.get(start..end) == Some(text.as_str()) {
        text.clear();
        text.push_str(ELIDED);
    }
}

impl Analysis {
    /// For the JavaScript package only, before [`Analysis::to_utf16`] (byte offsets): every `text` that is
    /// `self.text[start..end]` is left out of the result (it becomes [`ELIDED`], which serialises as
    /// `null`), and the package's `analyze`/`parse` put it back as `text.slice(start, end)`. A slice of a
    /// long JS string shares the string's memory, where a text sent over costs its decoding and a copy.
    pub fn elide_slices(&mut self) {
        let whole = self.text.as_str();
        for a in &mut self.articles {
            let spans = a.title.iter_mut().chain(&mut a.summary).chain(&mut a.source).chain(&mut a.byline);
            for s in spans.chain(&mut a.keywords).chain(&mut a.paragraphs) {
                elide_slice(whole, &mut s.text, s.start, s.end);
            }
            if let Some(p) = &mut a.published {
                elide_slice(whole, &mut p.text, p.start, p.end);
            }
            for e in &mut a.entities {
                elide_slice(whole, &mut e.text, e.start, e.end);
            }
            for d in a.dates.iter_mut().chain(&mut a.updated) {
                elide_slice(whole, &mut d.text, d.start, d.end);
            }
            for t in &mut a.timeline {
                elide_slice(whole, &mut t.text, t.start, t.end);
            }
        }
    }
}

impl TagResult {
    /// For the JavaScript package only, before [`TagResult::to_utf16`]: as [`Analysis::elide_slices`]
    /// (the whole text, the caller's own input, is left out after the conversion: `elide_text`).
    pub fn elide_slices(&mut self) {
        let whole = self.text.as_str();
        for e in &mut self.entities {
            elide_slice(whole, &mut e.text, e.start, e.end);
        }
        for d in &mut self.dates {
            elide_slice(whole, &mut d.text, d.start, d.end);
        }
    }

    /// Leaves the whole text out (after [`TagResult::to_utf16`], which reads it): the package's `tag`
    /// puts its input back.
    pub fn elide_text(&mut self) {
        self.text.clear();
        self.text.push_str(ELIDED);
    }

    /// Converts every byte offset into a UTF-16 code-unit offset into `self.text`.
    pub fn to_utf16(mut self) -> Self {
        let index = crate::offsets::Utf16Index::new(&self.text);
        let mut f = |b: usize| index.utf16(b);
        for e in &mut self.entities {
            entity_offsets(e, &mut f);
        }
        for d in &mut self.dates {
            date_offsets(d, &mut f);
        }
        if let Some(p) = &mut self.packed {
            p.map_offsets(&mut f);
        }
        self
    }
}
