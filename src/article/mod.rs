//! Articles: split a page's text into the articles it holds, with title, date, byline, source,
//! keywords and body paragraphs.
//!
//! Input: the page text (plain text, or the text extracted from HTML with a [`Zone`] hint per line and
//! the page's metadata). Output: [`Article`]s with byte offsets into that text; `entities`, `dates` and
//! `timeline` are left empty for the later stages.
//!
//! Each line is classified (`lines.rs`), then the lines are walked once. A read-also marker followed by
//! one headline and body paragraphs starts a new article; followed only by headlines (and their dates)
//! it is a related block and is dropped; an inline teaser is dropped without splitting. Date, byline,
//! source and keyword lines become metadata and never body text. An article without a date line takes
//! the page's date (`inferred: true`).

pub mod credits;
mod header;
pub mod keywords;
pub mod lines;

use crate::words::one_of;
use crate::date::calendar::{Date, Reference};
use crate::html::{PageMeta, Zone};
use crate::model::{Article, DateMention, Grain, Published, TextSpan};
use crate::segment::blocks;
use lines::{classify, Label, LineKind};

/// What the HTML reader knows about the page text, when the input was HTML.
pub struct Hints<'a> {
    pub lines: &'a [crate::html::LineHint],
    pub meta: &'a PageMeta,
}

#[derive(Debug, Clone)]
struct Line {
    start: usize,
    end: usize,
    zone: Option<Zone>,
    link_density: f32,
    words: usize,
    kind: LineKind,
    /// 1..=6 for headings (HTML input), 0 otherwise.
    heading: u8,
    /// A standfirst line (see `header.rs`).
    summary: bool,
    /// A byline shown on a date line (`لينا المنصوري آخر تحديث: …`), from author markup.
    byline: Option<(usize, usize)>,
    /// A relative stamp alone on the line (`منذ يومين`), read against `now` (see `lines::relative_stamp`).
    stamp: Option<DateMention>,
    /// The line opens a story of its own (a post of a channel's feed, see `html::feed`).
    opens: bool,
}

impl Line {
    fn text<'a>(&self, t: &'a str) -> &'a str {
        &t[self.start..self.end]
    }

    /// Body text rather than a headline: it ends like a sentence or is long.
    fn is_paragraph(&self, t: &str) -> bool {
        if self.kind != LineKind::Text || self.link_density >= 0.5 || matches!(self.zone, Some(Zone::Tags | Zone::Title)) {
            return false;
        }
        let s = self.text(t).trim_end();
        let ends = s.ends_with(['.', '!', '?', '؟', '"', '”', '»', ':', '…', '؛', ')']);
        (ends && self.words >= 6) || self.words > 25
    }
}

#[derive(Debug, Default)]
struct Draft {
    title: Option<(usize, usize)>,
    dates: Vec<(DateMention, Option<Zone>)>,
    /// The first modification stamp (آخر تحديث), kept apart from the publication date.
    updated: Option<DateMention>,
    byline: Option<(usize, usize)>,
    source: Option<(usize, usize)>,
    summary: Option<(usize, usize)>,
    keywords: Vec<(usize, usize)>,
    paragraphs: Vec<(usize, usize)>,
    first: Option<usize>,
    last: usize,
}

impl Draft {
    fn touch(&mut self, l: &Line) {
        self.first.get_or_insert(l.start);
        self.last = self.last.max(l.end);
    }

    fn is_empty(&self) -> bool {
        self.title.is_none() && self.paragraphs.is_empty()
    }
}

fn make_lines(text: &str, hints: Option<&Hints>, reference: Option<Reference>, now: Option<Reference>) -> Vec<Line> {
    let ranges: Vec<(usize, usize, Option<Zone>, f32, u8, Option<Reference>, bool)> = match hints {
        Some(h) => h.lines.iter().map(|l| (l.start, l.end, Some(l.zone), l.link_density, l.heading, l.datetime, l.opens)).collect(),
        None => blocks(text)
            .into_iter()
            .filter_map(|r| {
                let line = &text[r.clone()];
                let t = line.trim();
                if t.is_empty() {
                    return None;
                }
                let s = r.start + (line.len() - line.trim_start().len());
                Some((s, s + t.len(), None, 0.0, 0, None, false))
            })
            .collect(),
    };
    let feed = hints.is_some_and(|h| h.lines.iter().any(|l| l.opens));
    // A metadata line that runs several labelled fields together becomes one line per field (most lines
    // have no cut and stay as they are).
    let mut pieces = Vec::with_capacity(ranges.len());
    let mut named: Vec<(usize, usize)> = Vec::new();
    for (start, end, zone, link_density, heading, datetime, opens) in ranges {
        let mut cuts = lines::field_starts(&text[start..end]);
        let dated = cuts.is_empty().then(|| lines::byline_date_cut(&text[start..end])).flatten();
        cuts.extend(dated);
        if cuts.is_empty() {
            pieces.push((start, end, zone, link_density, heading, datetime, opens));
            continue;
        }
        // (The name before the date, `الرياض - فهد العتيبي ·` or `يوسف بنعلي ·`, is the byline, in plain text too.)
        if let (Some(c), None) = (dated, hints) {
            let head = text[start..start + c].trim_end().trim_end_matches(['|', '·', '•']).trim_end();
            if let Some((s, e)) = credits::reporter_line(head).or_else(|| header::is_name_line(head.trim()).then(|| (0, head.len()))) {
                named.push((start + s, start + e));
            }
        }
        let bounds = std::iter::once(start).chain(cuts.iter().map(|c| start + c)).chain(std::iter::once(end)).collect::<Vec<_>>();
        for w in bounds.windows(2) {
            let piece = &text[w[0]..w[1]];
            // (Without the separator before the next field: `صور - ناصر العريمي |`.)
            let t = piece.trim().trim_end_matches(['|', '·', '•']).trim_end();
            let s = w[0] + (piece.len() - piece.trim_start().len());
            if !t.is_empty() {
                pieces.push((s, s + t.len(), zone, link_density, heading, None, opens && w[0] == start));
            }
        }
    }
    pieces
        .into_iter()
        .map(|(start, end, zone, link_density, heading, datetime, opens)| {
            let t = &text[start..end];
            let mut kind = classify(t, start, reference);
            if let (Some(&(s, e)), LineKind::Text) = (named.iter().find(|n| (start..=end).contains(&n.0)), &kind) {
                kind = LineKind::Byline { start: s, end: e };
            }
            // A label's value in the body (`<dt>موعد الجلسة القادمة</dt><dd>14/1/2025</dd>`, a `<th>`/`<td>` pair,
            // `<strong>آخر أجل:</strong> 10 جانفي 2025`) is body text: its date is no date line of the page's
            // (unless a date label names it, `<strong>تاريخ النشر:</strong> …`), its number (a case's) no counter.
            let label = match &kind {
                LineKind::Date { mention, .. } => t.get(..mention.start.saturating_sub(start)).unwrap_or(""),
                _ => "",
            };
            if zone == Some(Zone::Body)
                && matches!(kind, LineKind::Date { .. } | LineKind::Clutter)
                && hints.is_some_and(|h| h.lines.binary_search_by_key(&start, |x| x.start).is_ok_and(|i| h.lines[i].valued))
                && !matches!(classify(label, 0, None), LineKind::Label(_))
            {
                kind = LineKind::Text;
            }
            // A headline may open like a teaser in the body (`شاهد: سيول تجرف…`): in its zone it is the headline.
            if zone == Some(Zone::Title) && kind == LineKind::Clutter {
                kind = LineKind::Text;
            }
            // A read-also heading in a tag box labels its tags (`الموضوعات المتعلقة`): no marker there.
            if zone == Some(Zone::Tags) && matches!(kind, LineKind::Marker { .. }) {
                kind = LineKind::Clutter;
            }
            // A relative stamp (`قبل 19 ساعة`) counts back from the time the page is read, not from its
            // declared date; a `<time datetime>` around it says the moment itself.
            let mut stamp = None;
            if matches!(kind, LineKind::Text | LineKind::Clutter | LineKind::Label(Label::Date | Label::Update)) {
                if let Some((mut m, update, labelled)) = lines::relative_stamp(t, now.or(reference)) {
                    m.start += start;
                    m.end += start;
                    if let Some(r) = datetime {
                        m.relative = false;
                        (m.value, m.grain) = moment(r);
                    }
                    // Labelled (`نُشر قبل 3 ساعات`) or marked up as a moment, it is a date line; alone, it is
                    // kept for where a date line is looked for (a label before it, a chained story's header).
                    if labelled || datetime.is_some() {
                        kind = LineKind::Date { mention: m.clone(), update, updated: None };
                    }
                    stamp = Some(m);
                }
            }
            // A feed post's `<time datetime>` showing only its clock (`06:05`): the post's date is the moment
            // it declares.
            if let (Some(r), true, LineKind::Text | LineKind::Clutter) = (datetime, zone == Some(Zone::Header) && feed, &kind) {
                let (value, grain) = moment(r);
                let mention = DateMention { text: t.to_string(), start, end, value, grain, relative: false, kind: "point", end_value: None };
                kind = LineKind::Date { mention, update: false, updated: None };
            }
            Line { start, end, zone, link_density, words: t.split_whitespace().count(), kind, heading, summary: false, byline: None, stamp, opens }
        })
        .collect()
}

/// A `<time datetime>`'s moment as a mention's value: to the minute, or the day.
fn moment(r: Reference) -> (Option<String>, Grain) {
    match r.time {
        Some(c) => (Some(format!("{}T{:02}:{:02}", r.date, c.hour, c.minute)), Grain::Minute),
        None => (Some(r.date.to_string()), Grain::Day),
    }
}

/// Resolves label lines (`المصدر:` then the source on the next line) and tag lists without a label.
fn resolve_labels(text: &str, lines: &mut [Line], reference: Option<Reference>) {
    for i in 0..lines.len() {
        let LineKind::Label(label) = lines[i].kind else { continue };
        let Some(next) = lines.get(i + 1) else { continue };
        if next.kind != LineKind::Text && !matches!(next.kind, LineKind::Date { .. }) && next.stamp.is_none() {
            continue;
        }
        let (s, e) = (next.start, next.end);
        let new = match label {
            Label::Source if next.words <= 12 => Some(LineKind::Source { start: s, end: e }),
            Label::Byline if next.words <= 6 => Some(LineKind::Byline { start: s, end: e }),
            Label::Date | Label::Update => lines::date_line(&text[s..e], reference)
                .map(|mut m| {
                    m.start += s;
                    m.end += s;
                    m
                })
                .or_else(|| next.stamp.clone())
                .map(|m| LineKind::Date { mention: m, update: label == Label::Update, updated: None }),
            _ => None,
        };
        if let Some(k) = new {
            lines[i].kind = LineKind::Clutter;
            lines[i + 1].kind = k;
        }
    }
}

/// The articles of `text`. Plain text: `hints` is `None`. A text with no words gives no article.
pub fn split_articles(text: &str, hints: Option<&Hints>, now: Option<Reference>) -> Vec<Article> {
    let meta_ref = hints.and_then(|h| h.meta.published.first().copied());
    let reference = meta_ref.or(now);
    let mut lines = make_lines(text, hints, reference, now);
    resolve_labels(text, &mut lines, reference);
    if let Some(h) = hints {
        header::mark_bylines(text, &mut lines, h.meta);
        header::mark_summary(text, &mut lines, h.meta);
    }
    mark_lead_lines(text, &mut lines, hints.is_some());
    if hints.is_none() {
        copied_page(text, &mut lines);
    }
    // A section front or a news list (cards of a linked headline over its excerpt, and no running text
    // of its own) on a page that declares no story: no article, however long the excerpts (each one's
    // story is on a page of its own).
    if hints.is_some_and(|h| !declares_story(h.meta)) && teaser_list(text, &lines) {
        return Vec::new();
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut cur = Draft::default();
    let mut in_keywords = false;
    // (A copied page's keyword label alone on its line, its tags one a line under it.)
    let mut bare_keywords = false;
    let mut comments = false;
    let mut follow = false;
    let mut i = 0;
    while i < lines.len() {
        let l = lines[i].clone();
        // A follow-us box among the tags (`تابعوا RT على` over `تلغرام`, `فيسبوك`): its networks are no keywords.
        if l.zone == Some(Zone::Tags) {
            let f = crate::normalize::fold(&text[l.start..l.end]);
            let networks = ["فيسبوك", "تويتر", "اكس", "تلغرام", "تيليجرام", "واتساب", "يوتيوب", "انستغرام"];
            if l.words <= 5 && f.starts_with("تابع") {
                follow = true;
                i += 1;
                continue;
            }
            if follow && networks.contains(&f.trim()) {
                i += 1;
                continue;
            }
        }
        follow = false;
        // A post of a channel's feed: a story of its own.
        if l.opens && !cur.is_empty() {
            drafts.push(std::mem::take(&mut cur));
            comments = false;
        }
        // Under a comments or live-list heading after the body: no body, up to the next story's marker.
        comments = (comments || l.kind == LineKind::Label(Label::Tail) && !cur.paragraphs.is_empty())
            && !matches!(l.kind, LineKind::Marker { inline: false });
        if comments {
            i += 1;
            continue;
        }
        let was_keywords = in_keywords;
        in_keywords = false;
        let was_bare = std::mem::take(&mut bare_keywords);
        // A references section under its heading (`<h2>المصادر</h2>` and the cited titles, a wiki's or a
        // blog's): no body, up to the next heading.
        if l.heading > 0 && one_of!(crate::normalize::fold(text[l.start..l.end].trim_end_matches([':', ' '])).as_str(), ["المصادر", "المراجع", "مصادر", "مراجع", "المصادر والمراجع", "المراجع والمصادر"]) {
            i += 1;
            while i < lines.len() && lines[i].heading == 0 && !matches!(lines[i].kind, LineKind::Marker { inline: false }) {
                i += 1;
            }
            continue;
        }
        match &l.kind {
            LineKind::Marker { inline: true } | LineKind::Clutter | LineKind::Label(_) => {}
            LineKind::Marker { inline: false } => {
                let (j, headline) = chained_headline(text, &lines, i);
                let between = &lines[i + 1..j];
                let headline = headline.map(|h| &lines[h]);
                if let (true, Some(headline), false) = (j < lines.len(), headline, cur.is_empty()) {
                    // A full article follows: headline (+ its own metadata lines) and paragraphs.
                    drafts.push(std::mem::take(&mut cur));
                    let headline = headline.start;
                    for b in between {
                        if b.start == headline {
                            cur.title = Some((b.start, b.end));
                            cur.touch(b);
                        } else if take_stamp(&mut cur, b) {
                            // (Its relative stamp: its date.)
                        } else if b.kind == LineKind::Text {
                            // A credit line is the source; another short line there is no body.
                            // (One under the headline, the story's dateline, wins over one above it, a
                            // breadcrumb such as `شفق نيوز / كوردستانيات`.)
                            if let Some((s, e)) = credits::credit_line(&text[b.start..b.end], false).filter(|(s, e)| s < e) {
                                if b.start > headline {
                                    cur.source = Some((b.start + s, b.start + e));
                                } else {
                                    cur.source.get_or_insert((b.start + s, b.start + e));
                                }
                            }
                        } else {
                            take_line(text, &mut cur, b, true);
                        }
                    }
                    i = j;
                    continue;
                }
                // A related block: drop it (the body may go on after it; not past a comments heading inside it).
                comments = !cur.paragraphs.is_empty() && between.iter().any(|b| b.kind == LineKind::Label(Label::Tail));
                i = j;
                continue;
            }
            // An `<h1>` in the body after the story's paragraphs, with paragraphs after it, heads a story
            // of its own: an infinite scroll loads the next story's `<article>`, `<h1>` and all, with no
            // marker between (the extractor joins the two boxes, see `html::extract::chained_stories`).
            LineKind::Text if cur.title.is_some() && cur.paragraphs.len() >= 2 && heads_a_story(text, &lines, i) => {
                drafts.push(std::mem::take(&mut cur));
                cur.title = Some((l.start, l.end));
                cur.touch(&l);
                // Its header, down to its first paragraph, as after a marker: a relative stamp (`منذ
                // يومين`) is its date, a credit line its source, another short line (a category, a
                // views counter) no body.
                let mut j = i + 1;
                while j < lines.len() && !lines[j].is_paragraph(text) {
                    let b = &lines[j];
                    if take_stamp(&mut cur, b) {
                        // (Its relative stamp: its date.)
                    } else if b.kind == LineKind::Text && b.heading == 0 && !b.summary && b.words <= 8 {
                        if let Some((s, e)) = credits::credit_line(&text[b.start..b.end], false).filter(|(s, e)| s < e) {
                            cur.source = Some((b.start + s, b.start + e));
                        }
                    } else {
                        take_line(text, &mut cur, b, false);
                    }
                    j += 1;
                }
                i = j;
                continue;
            }
            LineKind::Keywords { items } => {
                bare_keywords = items.is_empty() && l.zone.is_none();
                let fresh = cur.is_empty();
                take_line(text, &mut cur, &l, fresh);
                in_keywords = true;
            }
            LineKind::Text if was_bare && l.words <= 3 && !ends_sentence(&text[l.start..l.end]) => {
                cur.keywords.push((l.start, l.end));
                cur.touch(&l);
                in_keywords = true;
                bare_keywords = true;
            }
            LineKind::Text
                if was_keywords
                    && (l.words <= 6 && (l.link_density >= 0.5 || l.zone == Some(Zone::Tags))
                        || keywords::split_list(text, l.start, l.end).is_some()) =>
            {
                cur.keywords.extend(keywords::split_list(text, l.start, l.end).unwrap_or_else(|| vec![(l.start, l.end)]));
                cur.touch(&l);
                in_keywords = true;
            }
            _ => {
                let fresh = cur.is_empty();
                take_line(text, &mut cur, &l, fresh)
            }
        }
        i += 1;
    }
    if !cur.is_empty() {
        drafts.push(cur);
    }
    finish(text, drafts, hints.map(|h| h.meta))
}

/// Whether the page declares a story: a date in its `<meta>` tags or JSON-LD, or an author.
fn declares_story(m: &PageMeta) -> bool {
    m.declares_story || m.author.is_some() || !m.authors.is_empty() || !m.declared_authors.is_empty()
}

/// Lines of teaser cards: linked headlines, each over its excerpt (a line of six words or more), and no
/// body paragraph that is not such an excerpt (the scorer may have picked one card of the list). A card's
/// date or source may stand between its headline and its excerpt (two short lines at most); cards read
/// so must be two or more (one linked headline, its date and a paragraph may be a short story).
fn teaser_list(text: &str, lines: &[Line]) -> bool {
    let linked = |l: &Line| l.heading > 0 && l.link_density >= 0.5;
    let (mut cards, mut spaced) = (0, 0);
    // Lines since the last linked headline, through short lines only.
    let mut since: Option<usize> = None;
    for l in lines {
        if linked(l) {
            since = Some(0);
            continue;
        }
        if since.is_some_and(|k| k <= 2) && l.link_density < 0.5 && l.words >= 6 {
            cards += 1;
            spaced += usize::from(since != Some(0));
            since = None;
        } else if l.is_paragraph(text) {
            return false;
        } else {
            since = since.filter(|_| l.words <= 8).map(|k| k + 1);
        }
    }
    cards > 0 && (spaced == 0 || cards >= 2)
}

/// For a read-also marker at line `i`: the index of the next body paragraph after it, and the line of
/// the headline when a full story follows (one headline, its short credit or date lines, then body).
fn chained_headline(text: &str, lines: &[Line], i: usize) -> (usize, Option<usize>) {
    // Look ahead to the next body paragraph.
    let mut j = i + 1;
    while j < lines.len() && !lines[j].is_paragraph(text) {
        j += 1;
    }
    let between = || (i + 1..j).filter(|&b| lines[b].kind == LineKind::Text);
    // A chained article's headline is often a link to its own page: a heading counts whatever its link
    // density.
    let headlines = between().filter(|&b| (lines[b].link_density < 0.5 || lines[b].heading > 0) && lines[b].zone != Some(Zone::Tags)).count();
    // Text lines around a headline that is a heading are its short credit or date lines (`ليبيا برس 24 -
    // بنغازي` under it, an aggregator's `عمّان نت الإخباري · منذ يوم` above it): two at most.
    let texts: Vec<usize> = between().collect();
    let heads: Vec<usize> = between().filter(|&b| lines[b].heading > 0).collect();
    let credits = texts.iter().all(|&b| lines[b].heading > 0 || lines[b].words <= 8);
    let headline = match (headlines, texts.first(), heads.as_slice()) {
        (1, Some(&h), _) if texts.len() == 1 => Some(h),
        (_, _, &[h]) if texts.len() <= 6 && credits => Some(h),
        _ => None,
    };
    (j, headline.filter(|_| j < lines.len()))
}

/// A body `<h1>` (or a dated `<h2>`; three words or more, no link) with a paragraph within the next four lines: after a
/// story's paragraphs it heads a story of its own (an infinite scroll's next `<article>`). One test for
/// the splitter and for [`story_starts`].
fn heads_a_story(text: &str, lines: &[Line], i: usize) -> bool {
    let l = &lines[i];
    // (An `<h2>` too when a date line of its own follows it before its first paragraph: a loaded story's
    // headline, demoted; a subheading has no date.)
    let dated = || lines[i + 1..].iter().take(3).take_while(|b| !b.is_paragraph(text)).any(|b| matches!(b.kind, LineKind::Date { .. }));
    // (In plain text, a short line that ends no sentence over its own date line: a copied page's next story.)
    let plain = || l.zone.is_none() && l.heading == 0 && (3..=20).contains(&l.words) && !ends_sentence(&text[l.start..l.end]) && lines.get(i + 1).is_some_and(|b| matches!(b.kind, LineKind::Date { .. }));
    if plain() && lines[i + 1..].iter().take(3).any(|b| b.is_paragraph(text)) {
        return true;
    }
    (l.heading == 1 || l.heading == 2 && dated()) && l.zone == Some(Zone::Body) && l.words >= 3 && l.link_density < 0.5 && lines[i + 1..].iter().take(4).any(|b| b.is_paragraph(text))
}

/// Where the stories chained below the first one start (line indices, in order): a read-also marker
/// followed by a full story, or an `<h1>` in the body after two paragraphs with body under it (see
/// `split_articles`, which cuts the page there).
fn story_starts(text: &str, lines: &[Line]) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut paragraphs = 0;
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        match l.kind {
            LineKind::Marker { inline: false } => {
                let (j, headline) = chained_headline(text, lines, i);
                if headline.is_some() && paragraphs > 0 {
                    starts.push(i);
                    paragraphs = 0;
                }
                i = j;
                continue;
            }
            LineKind::Text if paragraphs >= 2 && heads_a_story(text, lines, i) => {
                starts.push(i);
                paragraphs = 0;
            }
            _ if l.is_paragraph(text) => paragraphs += 1,
            _ => {}
        }
        i += 1;
    }
    starts
}

/// The short lines between the headline and the first body paragraph. A credit line (`حمص-سانا`,
/// `عدن الغد / خاص`) is the source. In HTML, where the body container often opens with the page's
/// furniture (a screen reader's "Article information", a role line, a category kicker), any other short
/// line there that is not a heading nor a standfirst is not body either.
fn mark_lead_lines(text: &str, lines: &mut [Line], html: bool) {
    let title = lines.iter().position(|l| l.zone == Some(Zone::Title));
    let from = title.map_or(0, |t| t + 1);
    // (A standfirst is no first paragraph: a dateline or a credit after it still leads the body.)
    // (A wire's credit line in a paragraph of its own, `هطاي/ الأناضول`, is no first paragraph either, nor
    // is a picture's caption between the headline and the body.)
    let credit = |l: &Line| l.words <= 6 && credits::credit_line(&text[l.start..l.end], true).is_some();
    let Some(first) = (from..lines.len())
        .find(|&i| lines[i].is_paragraph(text) && !lines[i].summary && !credit(&lines[i]) && lines[i].zone != Some(Zone::Header))
    else {
        return;
    };
    // (Plain text: the short lines above the story, the site's name among them.)
    let tops: Vec<String> = if html { Vec::new() } else { lines[..first].iter().filter(|l| l.words <= 4).map(|l| header::collapse(&text[l.start..l.end])).collect() };
    let dated: Vec<bool> = (from..first).map(|i| i > 0 && matches!(lines[i - 1].kind, LineKind::Date { .. })).collect();
    let mut over_byline = false;
    for (k, l) in lines[from..first].iter_mut().enumerate().rev() {
        // A heading over the byline is its label (BBC's `<h2>معلومات عن الكاتب</h2>` over `Author, …`).
        if std::mem::replace(&mut over_byline, matches!(l.kind, LineKind::Byline { .. })) && l.heading > 0 && l.words <= 4 {
            l.kind = LineKind::Clutter;
        }
        // (A minor heading may be the credit: AA's `<h6>إسماعيل شكر / الأناضول</h6>` over its body.)
        if l.kind != LineKind::Text || (1..4).contains(&l.heading) || l.words > 8 || l.zone == Some(Zone::Tags) {
            continue;
        }
        let strict = !html || l.zone.is_none();
        // (A copied page's dateline, a listed place and the site's name shown at its top or a reporter's
        // name, under the story's date: `نواكشوط - الأخبار الموريتانية`, `فاس - محمد العلوي`.)
        let t = &text[l.start..l.end];
        let placed = || !html && credits::credit_line(t, false).is_some() && t.split(['-', '–', '—', '/']).any(|x| crate::entity::gazetteer::is_place(&crate::normalize::fold(x.trim())));
        let site = |x: &str| tops.iter().any(|top| *top == header::collapse(x.trim()));
        let outlet = || t.split(['-', '–', '—', '/']).map(str::trim).find(|x| site(x) || dated[k] && !crate::entity::gazetteer::is_place(&crate::normalize::fold(x)));
        // A credit line set in bold is no standfirst; a reporter's (`إربد - سناء العمري`) is the byline.
        if let Some((s, e)) = credits::reporter_line(t).filter(|_| html || placed()) {
            l.kind = LineKind::Byline { start: l.start + s, end: l.start + e };
            l.summary = false;
        } else if let Some((s, e)) = credits::credit_line(&text[l.start..l.end], strict) {
            // (`عدن - خاص` names no outlet: no source, and no body.)
            l.kind = if s < e { LineKind::Source { start: l.start + s, end: l.start + e } } else { LineKind::Clutter };
            l.summary = false;
        } else if let Some(x) = placed().then(outlet).flatten() {
            let s = x.as_ptr() as usize - text.as_ptr() as usize;
            l.kind = LineKind::Source { start: s, end: s + x.len() };
        } else if !l.summary && html && l.heading == 0 && l.zone == Some(Zone::Body) && l.link_density < 0.5 && !ends_sentence(&text[l.start..l.end]) {
            l.kind = LineKind::Clutter;
        }
    }
}

/// Plain text of a whole page copied from the browser (Ctrl+A): the site's name, menu, ticker, breadcrumbs
/// and login bar above the headline are no story. The headline is the line over the story's first date
/// line that a paragraph follows (a byline or credit line may sit between), a short line that ends no
/// sentence, or the one under it (a blog's date header); a writer's name line above it (an opinion page's card) is the byline. Nothing changes when a
/// sentence stands above the headline (a lede or a story of its own).
fn copied_page(text: &str, lines: &mut [Line]) {
    let date = |l: &Line| matches!(l.kind, LineKind::Date { .. });
    let t = |l: &Line| text[l.start..l.end].trim();
    let credit = |l: &Line| credits::reporter_line(t(l)).is_some() || credits::credit_line(t(l), false).is_some();
    let headline = |l: &Line| l.kind == LineKind::Text && (3..=25).contains(&l.words) && !ends_sentence(t(l));
    let keep;
    let top = if let Some(d) = (1..lines.len()).find(|&d| date(&lines[d]) && lines[d + 1..].iter().take(3).any(|l| l.is_paragraph(text))) {
        keep = d;
        let mut h = d - 1;
        // (The date over the headline, a blog's date header or an agency's: the headline under it (a login
        // bar or a caption may sit between), a paragraph or a credit line under that.)
        let next = |i: usize| (i..lines.len()).find(|&j| lines[j].kind != LineKind::Clutter);
        let down = next(d + 1).filter(|&i| headline(&lines[i]) && next(i + 1).is_some_and(|j| lines[j].is_paragraph(text) || credit(&lines[j])));
        let clutter = lines[h].kind == LineKind::Clutter;
        if h > 0 && (!matches!(lines[h].kind, LineKind::Text) || credit(&lines[h])) {
            h -= 1;
        }
        // (A story's number line over the date hides no headline when one is under it.)
        match down {
            _ if h > 0 && headline(&lines[h]) && !(clutter && down.is_some()) => h,
            Some(i) => i,
            None => return,
        }
    } else {
        // No date line over the story: the headline over a reporter's or credit line over the first
        // paragraph, under the site's dated header.
        let Some(p) = lines.iter().position(|l| l.is_paragraph(text) && ends_sentence(t(l))).filter(|&p| p > 2) else { return };
        // (A caption may sit between the headline and the credit.)
        let Some(h) = (0..p - 1).rev().find(|&i| lines[i].kind != LineKind::Clutter) else { return };
        if !credit(&lines[p - 1]) || !headline(&lines[h]) || !lines[..h].iter().any(date) {
            return;
        }
        // (The site's dated header is the copied story's date: the last one above the headline.)
        keep = (0..h).rfind(|&i| date(&lines[i])).unwrap_or(usize::MAX);
        if let Some((s, e)) = credits::reporter_line(t(&lines[p - 1])) {
            let at = lines[p - 1].start + (t(&lines[p - 1]).as_ptr() as usize - text[lines[p - 1].start..].as_ptr() as usize);
            lines[p - 1].kind = LineKind::Byline { start: at + s, end: at + e };
        }
        h
    };
    if lines[..top].iter().any(|l| l.is_paragraph(text) && ends_sentence(t(l))) {
        return;
    }
    // (A ticker's dated line there is no story's date either: the story's own is under its headline.)
    for l in lines[..top].iter_mut().enumerate().filter(|x| x.0 != keep).map(|x| x.1) {
        if matches!(l.kind, LineKind::Text | LineKind::Date { .. }) {
            l.kind = if header::is_name_line(&text[l.start..l.end]) { LineKind::Byline { start: l.start, end: l.end } } else { LineKind::Clutter };
        }
    }
}

/// A line ending like a sentence or a question (an interview's `س: كيف بدأت؟` stays body).
fn ends_sentence(s: &str) -> bool {
    s.trim_end().ends_with(['.', '!', '?', '؟', ':', '"', '»', '”', '…'])
}

/// In a chained story's header: a relative stamp alone on its line (`منذ يومين`, counted back from
/// `now`) is the story's own date. Whether `l` was one.
fn take_stamp(cur: &mut Draft, l: &Line) -> bool {
    let Some(m) = l.stamp.as_ref().filter(|_| !matches!(l.kind, LineKind::Date { .. })) else { return false };
    cur.dates.push((m.clone(), l.zone));
    cur.touch(l);
    true
}

/// Puts one line into the draft article. `fresh`: nothing has been taken yet (the title may come).
fn take_line(text: &str, cur: &mut Draft, l: &Line, fresh: bool) {
    match &l.kind {
        LineKind::Date { mention, update, updated } => {
            if *update {
                cur.updated.get_or_insert_with(|| mention.clone());
            } else {
                cur.dates.push((mention.clone(), l.zone));
            }
            if let Some(u) = updated {
                cur.updated.get_or_insert_with(|| u.clone());
            }
            // A wire's dateline on a line of its own ends with the wire's name: the source.
            if let Some((s, e)) = credits::closing_agency(&text[l.start..l.end]) {
                cur.source.get_or_insert((l.start + s, l.start + e));
            }
            if let Some(b) = l.byline {
                cur.byline.get_or_insert(b);
            }
        }
        LineKind::Byline { start, end } => {
            cur.byline.get_or_insert((*start, *end));
            if let Some((_, (s, e))) = credits::byline_agency(&text[*start..l.end]) {
                cur.source.get_or_insert((start + s, start + e));
            }
        }
        LineKind::Source { start, end } => {
            cur.source.get_or_insert((*start, *end));
        }
        LineKind::Keywords { items } => {
            if items.len() == 1 && l.zone.is_none() {
                let (s, e) = items[0];
                cur.keywords.extend(keywords::split_run(text, s, e));
            } else {
                cur.keywords.extend(items.iter().copied());
            }
        }
        // A relative stamp alone under the headline (`منذ 3 ساعات`) dates the story, counted back from `now`;
        // a written date wins over it (it is ranked as a line above the headline).
        LineKind::Text if l.stamp.is_some() && cur.title.is_some() && cur.paragraphs.is_empty() && !l.is_paragraph(text) => {
            if let Some(m) = &l.stamp {
                cur.dates.push((m.clone(), Some(Zone::Above)));
            }
        }
        LineKind::Text if l.summary && cur.title.is_some() && cur.paragraphs.is_empty() => {
            let (s, _) = *cur.summary.get_or_insert((l.start, l.end));
            cur.summary = Some((s, l.end));
        }
        LineKind::Text => {
            match l.zone {
                Some(Zone::Title) => {
                    if cur.title.is_none() {
                        cur.title = Some((l.start, l.end));
                    } else {
                        cur.paragraphs.push((l.start, l.end));
                    }
                }
                Some(Zone::Above) => return,
                Some(Zone::Header) => {
                    // Captions and widgets in the header are not body; a long lead paragraph is.
                    if l.is_paragraph(text) && l.words >= 12 {
                        cur.paragraphs.push((l.start, l.end));
                    } else {
                        return;
                    }
                }
                Some(Zone::Tags) => {
                    if lines::is_keyword_label(&text[l.start..l.end]) {
                        return;
                    }
                    if let Some(items) = keywords::split_list(text, l.start, l.end) {
                        cur.keywords.extend(items);
                    } else if l.words <= 6 {
                        cur.keywords.push((l.start, l.end));
                    } else {
                        return;
                    }
                }
                Some(Zone::Body) if l.link_density > 0.6 && l.words < 15 => return,
                // A relative stamp alone on its line (`منذ يومين`) in the body is a card's, no paragraph.
                Some(Zone::Body) if l.stamp.is_some() && !l.is_paragraph(text) => return,
                _ => {
                    let headline = l.zone.is_none() && fresh && cur.title.is_none() && !l.is_paragraph(text) && l.words <= 30;
                    if headline {
                        cur.title = Some((l.start, l.end));
                    } else {
                        if cur.paragraphs.is_empty() {
                            cur.dates.extend(lead_date(text, l.start, l.end).map(|m| (m, Some(Zone::Body))));
                        }
                        cur.paragraphs.push((l.start, l.end));
                    }
                }
            }
        }
        _ => return,
    }
    cur.touch(l);
}

/// A dateline that opens the lede with its date, a place before it and a colon or a dash after it
/// (`الشارقة، الإمارات العربية المتحدة، 14 أكتوبر 2025: افتتحت…`, `رام الله 12-3-2025 وفا- قال…`): a date
/// of the story, ranked under a date line of its header. (`في 12 مارس 2024 - أي قبل عام -` is a sentence.)
fn lead_date(text: &str, s: usize, e: usize) -> Option<DateMention> {
    let p = &text[s..e];
    // (The head runs to the first colon or spaced dash after its date: `الرياض - 12 نوفمبر 2025 - `.)
    let mut m = p
        .char_indices()
        .take(90)
        .filter(|&(i, c)| c == ':' || "-–—".contains(c) && p[i + c.len_utf8()..].starts_with(' '))
        .take(3)
        .find_map(|(cut, _)| lines::date_line(&p[..cut], None))?;
    let place = crate::normalize::fold(&p[..m.start]);
    let first = place.split_whitespace().next()?;
    if place.chars().any(|c| c.is_ascii_digit()) || one_of!(first, ["في", "منذ", "قبل", "بعد", "حتي", "خلال", "يوم", "مع", "وفي"]) {
        return None;
    }
    m.start += s;
    m.end += s;
    Some(m)
}

fn published_from(m: &DateMention, inferred: bool) -> Published {
    Published {
        text: m.text.clone(),
        value: m.value.as_ref().map(|v| v.get(..10).unwrap_or(v).to_string()),
        grain: Grain::Day,
        start: m.start,
        end: m.end,
        inferred,
    }
}

/// The publication date. Every visible date line is a candidate; one that agrees with the page's
/// declared date (same day, better the same minute) wins, then one below the headline, then one above
/// it; with no visible date line, the declared date alone.
fn choose_date(dates: &[(DateMention, Option<Zone>)], meta: Option<&PageMeta>) -> Option<Published> {
    let day_of = |m: &DateMention| m.value.as_deref().and_then(|v| Date::parse_iso(v.get(..10)?));
    let declared: Vec<Reference> = meta.map(|m| m.published.clone()).unwrap_or_default();
    let score = |(m, zone): &(DateMention, Option<Zone>)| -> i32 {
        let mut s = match zone {
            Some(Zone::Above) => 0,
            Some(Zone::Header) | Some(Zone::Title) | None => 2,
            _ => 1,
        };
        if let Some(d) = day_of(m) {
            for r in &declared {
                let diff = (r.date.days() - d.days()).abs();
                if diff == 0 {
                    s = s.max(0) + 8;
                    let clock = m.value.as_deref().and_then(|v| v.get(11..16));
                    if let (Some(c), Some(t)) = (clock, r.time) {
                        if c == format!("{:02}:{:02}", t.hour, t.minute) {
                            s += 4;
                        }
                    }
                    break;
                } else if diff == 1 {
                    s += 3;
                    break;
                }
            }
        }
        s
    };
    // The highest score; among equals, the first line. A relative stamp (`منذ يومين`) counts back from the
    // time the page is read: a declared date beats it.
    let best = dates.iter().enumerate().max_by_key(|(i, c)| (score(c) - 99 * i32::from(c.0.relative && !declared.is_empty()), -(*i as i64)));
    if let Some((_, (m, _))) = best.filter(|(_, (m, _))| !m.relative || declared.is_empty()) {
        return Some(published_from(m, false));
    }
    // (With no declared publication, the declared modification: `article:modified_time`, `dateModified`.)
    let d = declared.first().copied().or_else(|| meta?.modified.first().copied())?.date;
    Some(Published { text: String::new(), value: Some(d.to_string()), grain: Grain::Day, start: 0, end: 0, inferred: false })
}

/// A source named at the start of the first paragraph: a dateline `(أبوظبي - البيان)`, an agency tag
/// `--(بترا)` or `(CNN)`, `المدينة نيوز :-`, or a Persian `روزنامه جوان نوشت:`, `به گزارش ایسنا،`.
pub(super) fn lead_source(text: &str, p: (usize, usize)) -> Option<(usize, usize)> {
    let s = &text[p.0..p.1];
    let head: String = s.chars().take(80).collect();
    if let Some(rest) = head.strip_prefix('(') {
        if let Some(close) = rest.find(')') {
            return Some((p.0, p.0 + 1 + close + 1));
        }
    }
    if let Some(at) = head.find("--(").or_else(|| head.find("- (")) {
        let from = at + head[at..].find('(')? + 1;
        let close = from + head[from..].find(')')?;
        return Some((p.0 + from, p.0 + close));
    }
    // A place (and a day) before the agency in brackets, a double dash or a colon after it: `الكويت - 17 - 11
    // (كونا) --`, Dari `هرات (پژواک):`.
    if let Some((a, b)) = head.split_once('(').filter(|(a, _)| a.split_whitespace().count() <= 5) {
        // (A bare place before a single dash is left to the dateline rules: `المزارعون (خاص) –` is an aside.)
        let marked = |r: &str| r.starts_with("--") || r.starts_with(':') || a.chars().any(|c| c.is_ascii_digit());
        let close = b.find(')').filter(|&c| marked(b[c + 1..].trim_start()) && (1..=4).contains(&b[..c].split_whitespace().count()));
        if let Some(c) = close {
            return Some((p.0, p.0 + a.len() + c + 2));
        }
    }
    if let Some(at) = head.find(":-").or_else(|| head.find(": -")) {
        let name = head[..at].trim_end();
        if (1..=4).contains(&name.split_whitespace().count()) {
            return Some((p.0, p.0 + name.len()));
        }
    }
    // (Persian `به گزارش خبرنگار اقتصادی خبرگزاری تسنیم،`, `به گزارش ایسنا از تبریز،`: the agency, without
    // the reporter's desk or the place.)
    if let Some(rest) = head.strip_prefix("به گزارش ") {
        let cut = rest.find(['،', ',']).map(|c| &rest[..c]).unwrap_or("");
        let cut = cut.split(" از ").next().unwrap_or(cut).trim_end();
        let name = cut.find("خبرگزاری ").map_or_else(|| if cut.starts_with("خبرنگار") { cut.rsplit(' ').next().unwrap_or(cut) } else { cut }, |at| &cut[at..]);
        if (1..=4).contains(&name.split_whitespace().count()) {
            let from = p.0 + (name.as_ptr() as usize - head.as_ptr() as usize);
            return Some((from, from + name.len()));
        }
    }
    for verb in [" نوشت:", " نوشت :", " گزارش داد:"] {
        if let Some(at) = head.find(verb) {
            let name = &head[..at];
            if (1..=4).contains(&name.split_whitespace().count()) {
                return Some((p.0, p.0 + name.len()));
            }
        }
    }
    None
}

/// A dateline naming the site itself beside a place, between dashes (`نواكشوط – موريتانيا الآن – بدأت …`,
/// `موريتانيا الآن – نواكشوط – …`), or before a slash or a dash (`شفق نيوز/ انطلقت …`, `عمون - قرر …`): the
/// site is its `og:site_name` or the `<title>`'s part beside the headline (before a lone slash or dash,
/// also one word of it). The span runs from the paragraph's start to the site's name (or the place after it).
fn site_dateline(text: &str, p: (usize, usize), meta: Option<&PageMeta>) -> Option<(usize, usize)> {
    let meta = meta?;
    let head = &text[p.0..p.1];
    let mut cuts = head.match_indices(['-', '–', '—']).map(|(i, d)| (i, i + d.len()));
    // (`word`: or one word of the site's name, the one it is known by: `عمون` of `وكالة عمون الإخبارية`.)
    let site = |x: &str, word: bool| {
        let x = header::collapse(x.trim());
        meta.site_titles.iter().any(|t| {
            let parts: Vec<&str> = t.split(['|', '-', '–', '—', ':', '«', '»']).map(str::trim).filter(|s| !s.is_empty()).collect();
            let longest = parts.iter().map(|s| s.len()).max().unwrap_or(0);
            let own = |s: &str| header::collapse(s) == x || word && s.split_whitespace().any(|w| header::collapse(w) == x);
            header::collapse(t.trim()) == x || parts.iter().any(|s| (parts.len() > 1 && s.len() < longest || word && parts.len() == 1) && own(s))
        })
    };
    let short = |x: &str| (1..=3).contains(&x.split_whitespace().count()) && x.split_whitespace().all(|w| w.chars().all(char::is_alphabetic));
    let place_and_site = (|| {
        let ((one, after), (two, _)) = (cuts.next()?, cuts.next()?);
        let (a, b) = (&head[..one], &head[after..two]);
        let two = head[..two].trim_end().len();
        (short(a) && short(b) && (site(a, false) || site(b, false))).then(|| (p.0, p.0 + two))
    })();
    // The site's name and a slash or a dash opening the story (`شفق نيوز/ انطلقت …`, `عمون - قرر …`).
    place_and_site.or_else(|| head.split_once(['/', '-', '–']).filter(|(a, _)| short(a) && site(a, true)).map(|(a, _)| (p.0, p.0 + a.trim_end().len())))
}

/// A government body's press office named alone on a line: `إدارة الإعلام والعلاقات العامة`, `المكتب
/// الإعلامي للوزارة`, `قسم العلاقات العامة والإعلام`.
fn press_office(s: &str) -> bool {
    let f = crate::normalize::fold(s.trim());
    let first = f.split_whitespace().next().unwrap_or("");
    !lines::more_words_than(&f, 6)
        && !ends_sentence(s)
        && one_of!(first, ["اداره", "الاداره", "المكتب", "مكتب", "قسم", "شعبه", "وحده", "مديريه"])
        && (f.contains("الاعلام") || f.contains("العلاقات العامه"))
}

/// Editors' initials alone on a line: `ح.ع`, `ص.ر/ع.ط`, `م. ش`, a Gulf wire's `ع ف`.
fn initials(s: &str) -> bool {
    // (`هـ`: a letter drawn out by its tatweel.)
    let letters: Vec<&str> = s.split(['.', '/', ' ', '-']).map(|w| w.trim_end_matches('ـ')).filter(|w| !w.is_empty()).collect();
    s.contains(['.', '/', ' ']) && (2..=6).contains(&letters.len()) && letters.iter().all(|w| w.chars().count() == 1 && w.chars().all(char::is_alphabetic))
}

/// A Maghrebi paper's signature closing the story: a name with the initial of the other name
/// (`س. مراد`, `هشام. ب`, `ك.سليمة`); initials alone (`م. ش`) are an editor's, no byline.
fn signature(s: &str) -> bool {
    let parts: Vec<&str> = s.split(['.', ' ']).filter(|w| !w.is_empty()).collect();
    let short = parts.iter().filter(|w| w.chars().count() == 1).count();
    s.contains('.') && (2..=3).contains(&parts.len()) && short == 1 && parts.iter().all(|w| w.chars().all(char::is_alphabetic))
}

fn finish(text: &str, drafts: Vec<Draft>, meta: Option<&PageMeta>) -> Vec<Article> {
    let mut page_date: Option<Published> = None;
    let mut out = Vec::new();
    for (k, d) in drafts.into_iter().enumerate() {
        let span = |(s, e): (usize, usize)| TextSpan::of(text, s, e);
        // (Plain text showing only its modification stamp, `آخر تحديث: …`: the story's date is that day.)
        let mut published = choose_date(&d.dates, if k == 0 { meta } else { None })
            .or_else(|| d.updated.as_ref().filter(|_| meta.is_none() && page_date.is_none()).map(|m| published_from(m, false)));
        if published.is_none() {
            published = page_date.clone().map(|mut p| {
                p.inferred = true;
                p
            });
        } else if page_date.is_none() {
            page_date = published.clone();
        }
        // An agency credit closing the body (`--(قنا)`, `(أ ف ب)`, `رويترز`) is the source, not body.
        let mut paragraphs = d.paragraphs;
        // A standfirst with no body under it is the body.
        let mut summary = d.summary;
        if paragraphs.is_empty() {
            paragraphs.extend(summary.take());
        }
        // A reporter's name or an editor's initials signing off the story (`رنا العلي`, `ح.ع/ م.ش`) is
        // the byline, not body; so is the wire's end mark (`(النهاية)`, `-انتهى-`) not body.
        let mut byline = d.byline;
        if paragraphs.len() >= 2 {
            let (s, e) = *paragraphs.last().unwrap();
            let last = text[s..e].trim();
            if header::is_name_line(last) || signature(last) {
                byline.get_or_insert((s, e));
                paragraphs.pop();
            } else if initials(last) {
                paragraphs.pop();
            }
        }
        // The issuing office signing a ministry's news off (`إدارة الإعلام والعلاقات العامة`, `المكتب
        // الإعلامي`): no body.
        if paragraphs.len() >= 2 && paragraphs.last().is_some_and(|&(s, e)| press_office(&text[s..e])) {
            paragraphs.pop();
        }
        // The writer's note under an opinion piece (`* أستاذ الاقتصاد بجامعة الجزيرة`, `(*) كاتب سوري`) is no body.
        if paragraphs.len() >= 2 && paragraphs.last().is_some_and(|&(s, e)| (text[s..e].starts_with('*') || text[s..e].starts_with("(*)")) && !lines::more_words_than(&text[s..e], 15)) {
            paragraphs.pop();
        }
        // The site's own name as the byline (`By Levant Herald`, the `<title>`'s site part) names no writer.
        // (It is the source then: `مسقط - الرؤية` under `<title>جريدة الرؤية العمانية`.)
        let site_byline = byline.filter(|&(s, e)| meta.is_some_and(|m| header::names_the_site(m, text[s..e].trim())));
        let byline = byline.filter(|b| Some(*b) != site_byline);
        // A wire's name in the byline's place (K2's `كتبه سبأ`) is the source; a staff credit (`محرر
        // الأخبار`, `عدن - خاص`'s `خاص`) names no writer.
        let wire_byline = byline.filter(|&(s, e)| credits::is_agency(&text[s..e]));
        let byline = byline.filter(|&(s, e)| !credits::is_agency(&text[s..e]) && !credits::staff_credit(&text[s..e]));
        // The wire's end mark on a line of its own (`// انتهى //`, `-انتهى-`): the story ends at the mark;
        // what follows it, a stamp (`16:05ت م`) or a press release's profile of its issuer and its press
        // contacts, is no body.
        // (A bare word, `النهاية`, may be a heading mid-story: it ends one only before a stamp.)
        if let Some(k) = (1..paragraphs.len().saturating_sub(1)).find(|&k| {
            let (s, e) = paragraphs[k];
            credits::before_end_mark(&text[s..e]) == Some(0)
                && (text[s..e].contains(['-', '(', '/', 'ـ', '–', '*'])
                    || paragraphs[k + 1..].iter().all(|&(s, e)| credits::is_wire_stamp(&text[s..e])))
        }) {
            paragraphs.truncate(k + 1);
        } else if paragraphs.len() >= 2 && paragraphs.last().is_some_and(|&(s, e)| credits::is_wire_stamp(&text[s..e]) && text[s..e].contains(':')) {
            // (Its clock stamp without the mark.)
            paragraphs.pop();
        }
        if let Some(&(s, e)) = paragraphs.last() {
            if let Some(keep) = credits::before_end_mark(&text[s..e]) {
                if keep == 0 {
                    paragraphs.pop();
                } else {
                    *paragraphs.last_mut().unwrap() = (s, s + keep);
                }
            }
        }
        // A page that declares no story (no date in its `<meta>` tags or JSON-LD, no author) and shows no
        // body text (no line of more than five words) is no article: a news list's heading with its weather
        // box or its cards' source and time lines, a section front.
        if paragraphs.iter().all(|&(s, e)| !lines::more_words_than(&text[s..e], 5)) && meta.is_some_and(|m| !declares_story(m)) {
            continue;
        }
        // A forum thread's label before its headline (`الموضوع: …`) is no part of it; the headline
        // repeated as the post's first line (a repost's own title) is no paragraph.
        let title = d.title.map(|(s, e)| {
            let t = &text[s..e];
            ["الموضوع:", "الموضوع :", "عنوان الموضوع:"].iter().find_map(|l| t.strip_prefix(l)).map_or((s, e), |r| (e - r.trim_start().len(), e))
        });
        if let (Some((s, e)), [(ps, pe), _, ..]) = (title, &paragraphs[..]) {
            let key = |x: &str| header::collapse(&crate::normalize::fold(x));
            if key(&text[*ps..*pe]) == key(&text[s..e]) {
                paragraphs.remove(0);
            }
        }
        let mut credit = None;
        if let Some(&last) = paragraphs.last() {
            if let Some((src, rest)) = credits::trailing(text, last) {
                credit = Some(src);
                match rest {
                    Some(r) => *paragraphs.last_mut().unwrap() = r,
                    None => {
                        paragraphs.pop();
                        // (Editors' initials on the line over the wire's name, `ع.ع` over `بنا`, sign it off.)
                        if paragraphs.len() >= 2 && paragraphs.last().is_some_and(|&(s, e)| initials(text[s..e].trim())) {
                            paragraphs.pop();
                        }
                    }
                }
            }
        }
        let source = d
            .source
            .or_else(|| paragraphs.first().and_then(|&p| lead_source(text, p).or_else(|| credits::dateline(text, p))))
            // (A wire's credit closing the story names it better than a place before a dash that the
            // `<title>` happens to open with: `وهران - تم …` under `وهران: تسليم …`.)
            .or(credit)
            .or(wire_byline)
            .or_else(|| paragraphs.first().and_then(|&p| site_dateline(text, p, meta)))
            .or(site_byline)
            // (A separator before or after it, `· الدوحة - قنا`, is no part of it.)
            .map(|(s, e)| {
                let cut = |c: char| c == '·' || c == '|' || c.is_whitespace();
                let t = text[s..e].trim_start_matches(cut);
                (e - t.len(), e - t.len() + t.trim_end_matches(cut).len())
            })
            .filter(|(s, e)| s < e);
        let start = d.first.unwrap_or(0);
        out.push(Article {
            start,
            end: d.last.max(start),
            title: title.map(span),
            summary: summary.map(span),
            published,
            updated: d.updated,
            source: source.map(span),
            byline: byline.map(span),
            keywords: d.keywords.into_iter().map(span).collect(),
            paragraphs: paragraphs.into_iter().map(span).collect(),
            entities: Vec::new(),
            dates: Vec::new(),
            timeline: Vec::new(),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = include_str!("../../www/samples/aggregator-ar.txt");

    #[test]
    fn the_sample_aggregator_page() {
        let arts = split_articles(SAMPLE, None, None);
        assert_eq!(arts.len(), 2, "{arts:#?}");
        let (a, b) = (&arts[0], &arts[1]);
        assert_eq!(a.title.as_ref().unwrap().text, "اتصال هاتفي بين وزيري خارجية مصر وتركيا قبل اجتماع أنقرة");
        assert_eq!(b.title.as_ref().unwrap().text, "الرئاسة التركية توضح سبب اختيار أنرقة لاستضافة الاجتماع بين السيسي وأردوغان");
        let pa = a.published.as_ref().unwrap();
        assert_eq!((pa.text.as_str(), pa.value.as_deref(), pa.inferred), ("18th, November 2025 GMT", Some("2025-11-18"), false));
        let pb = b.published.as_ref().unwrap();
        assert_eq!((pb.value.as_deref(), pb.inferred), (Some("2025-11-18"), true));
        assert_eq!(a.source.as_ref().unwrap().text, "بوابة الأهرام");
        let kw: Vec<&str> = a.keywords.iter().map(|k| k.text.as_str()).collect();
        assert_eq!(kw, ["وزير الخارجية المصري بدر عبد العاطي", "الرئيس التركي أردوغان", "فيدان", "السيسي", "الخارجیة المصریة"]);
        assert_eq!(a.paragraphs.len(), 5);
        assert_eq!(b.paragraphs.len(), 5);
        for art in &arts {
            for p in &art.paragraphs {
                for leak in ["المصدر", "كلمات دلالية", "إقرأ أيضاً", "تاريخ النشر"] {
                    assert!(!p.text.contains(leak), "help: {leak} leaked into {}", p.text);
                }
                assert_eq!(&SAMPLE[p.start..p.end], p.text);
            }
        }
    }

    #[test]
    fn related_blocks_and_teasers_are_dropped_without_splitting() {
        let page = "قمة في بودابست\n\
            قال الرئيس إن القمة ستعقد قريبا في العاصمة المجرية، وإن الاستعدادات جارية.\n\
            اقرأ أيضا: بوتين يصل إلى بودابست\n\
            وأضاف أن الوفود بدأت تصل إلى المدينة منذ صباح اليوم، وسط إجراءات أمنية مشددة.\n\
            أخبار ذات صلة\n\
            ترامب يغادر واشنطن\n\
            2025/10/19\n\
            زيلينسكي في البيت الأبيض\n\
            2025/10/17\n";
        let arts = split_articles(page, None, None);
        assert_eq!(arts.len(), 1, "{arts:#?}");
        assert_eq!(arts[0].paragraphs.len(), 2);
        assert!(arts[0].paragraphs.iter().all(|p| !p.text.contains("ترامب يغادر")));
    }

    #[test]
    fn empty_pages_have_no_articles() {
        assert!(split_articles("", None, None).is_empty());
        assert!(split_articles(" \n\u{200F}\n ", None, None).is_empty());
    }
}
