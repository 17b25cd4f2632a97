//! The lines between a headline and its body, read with what the markup said (HTML input only):
//!
//! - **Bylines without a label.** A header line showing a name from author markup (`itemprop=author`,
//!   `rel=author`, classes with author/writer/كاتب) is the byline; failing that, a short line right
//!   under the headline made of a given name and one to three more words (`سامر الخطيب`).
//! - **Standfirst.** The first text line after the headline, when it is a sub-headline (`h2`–`h4`), a
//!   line led by a dash or a bullet, or a lede the markup marks (a `subtitle`/`excerpt`/`standfirst`
//!   class, a paragraph bold from end to end), and a body paragraph follows: it is the article's
//!   `summary`, not its first paragraph. Consecutive bullet lines make one summary.

use super::lines::LineKind;
use super::Line;
use crate::entity::gazetteer;
use crate::html::{PageMeta, Zone};
use crate::normalize::fold;
use crate::words::one_of;

/// Characters that lead a standfirst line.
const BULLETS: &[char] = &['-', '–', '—', '•', '●', '▪', '■', '◾', '*', '►'];

/// `s` with each run of white space made one space: how two texts are compared.
pub(super) fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The index of the first headline line.
fn title_index(lines: &[Line]) -> Option<usize> {
    lines.iter().position(|l| l.zone == Some(Zone::Title))
}

/// Where one of `names` shows in line `l` (byte range in the page text).
fn shown_name<'a>(text: &str, l: &Line, names: impl IntoIterator<Item = &'a String>) -> Option<(usize, usize)> {
    let t = &text[l.start..l.end];
    names.into_iter().find_map(|a| t.find(a.as_str()).map(|at| (l.start + at, l.start + at + a.len())))
}

/// Marks byline lines that carry no label, story by story: a story chained below the first (see
/// `super::story_starts`) reads its own header, where its author markup gives its byline (the declared
/// authors and the name line under the headline are the first story's).
pub(super) fn mark_bylines(text: &str, lines: &mut [Line], meta: &PageMeta) {
    let starts = super::story_starts(text, lines);
    let mut ends = starts.iter().copied().chain(std::iter::once(lines.len()));
    let first_end = ends.next().unwrap_or(lines.len());
    mark_story_bylines(text, &mut lines[..first_end], meta, true);
    for (&s, e) in starts.iter().zip(ends) {
        mark_story_bylines(text, &mut lines[s..e], meta, false);
    }
}

/// Marks the byline lines of one story's lines; `first`: the page's first story.
fn mark_story_bylines(text: &str, lines: &mut [Line], meta: &PageMeta, first: bool) {
    let first_paragraph = lines.iter().position(|l| l.is_paragraph(text)).unwrap_or(lines.len());
    // Above the headline, between it and the body, or in the body before its first paragraph.
    let near_top = |i: usize, l: &Line| matches!(l.zone, Some(Zone::Above | Zone::Header)) || (l.zone == Some(Zone::Body) && i < first_paragraph);
    let mut found = lines.iter().any(|l| matches!(l.kind, LineKind::Byline { .. }));
    // A name from author markup shown in a header line.
    if !found && !meta.authors.is_empty() {
        for (i, l) in lines.iter_mut().enumerate() {
            let date = match &l.kind {
                LineKind::Date { mention, .. } => Some((mention.start, mention.end)),
                LineKind::Text => None,
                _ => continue,
            };
            if !near_top(i, l) || l.words > 24 {
                continue;
            }
            let Some((s, e)) = shown_name(text, l, meta.authors.iter().filter(|a| !names_the_site(meta, a))) else { continue };
            // (A longer line only when the name opens it after a label of two words at most: `نشر بواسطة
            // سلمى الحكيمي في 9:40 م · التسميات: …`.)
            if date.is_none() && l.words > 10 && text[l.start..s].split_whitespace().count() > 2 {
                continue;
            }
            match date {
                // On a date line: the name beside the date.
                Some((ds, de)) if e <= ds || s >= de => l.byline = Some((s, e)),
                Some(_) => continue,
                None => l.kind = LineKind::Byline { start: s, end: e },
            }
            found = true;
            break;
        }
    }
    // A labelled byline sharing a line with the date: `كتب: أحمد علي | 12 أغسطس 2015`.
    if !found {
        for (i, l) in lines.iter_mut().enumerate() {
            let LineKind::Date { mention, .. } = &l.kind else { continue };
            if !near_top(i, l) {
                continue;
            }
            let (ms, me) = (mention.start, mention.end);
            let sep: &[char] = &['|', '-', '–', '،', ',', '•', '/', ' '];
            let parts = [(l.start, ms), (me, l.end)];
            let named = parts.iter().find_map(|&(a, b)| {
                let piece = &text[a..b];
                let t = piece.trim_matches(sep);
                if t.is_empty() {
                    return None;
                }
                let at = a + (piece.len() - piece.trim_start_matches(sep).len());
                match super::lines::classify(t, at, None) {
                    LineKind::Byline { start, end } => Some((start, end)),
                    _ => None,
                }
            });
            if let Some(b) = named {
                l.byline = Some(b);
                found = true;
                break;
            }
        }
    }
    if !first {
        return;
    }
    // A declared author's name (JSON-LD, `<meta name=author>`) beside the date on a date line: `أحمد عاصم
    // الحلبي | 17.11.2025 - تحديث: 17.11.2025`.
    if !found && !meta.declared_authors.is_empty() {
        for (i, l) in lines.iter_mut().enumerate() {
            let LineKind::Date { mention, .. } = &l.kind else { continue };
            if !near_top(i, l) || l.words > 24 {
                continue;
            }
            let (ds, de) = (mention.start, mention.end);
            let shown = shown_name(text, l, meta.declared_authors.iter().filter(|a| a.split_whitespace().count() >= 2));
            if let Some((s, e)) = shown.filter(|&(s, e)| e <= ds || s >= de) {
                l.byline = Some((s, e));
                found = true;
                break;
            }
        }
    }
    // A header line that is exactly a declared author's name (JSON-LD, `<meta name=author>`).
    if !found && !meta.declared_authors.is_empty() {
        for (i, l) in lines.iter_mut().enumerate() {
            if l.kind != LineKind::Text || !near_top(i, l) || l.words > 8 {
                continue;
            }
            let t = &text[l.start..l.end];
            if meta.declared_authors.iter().any(|a| collapse(a) == collapse(t)) {
                l.kind = LineKind::Byline { start: l.start, end: l.end };
                found = true;
                break;
            }
        }
    }
    // A name line right under the headline (or, on opinion pages, right above it).
    if !found {
        if let Some(t) = title_index(lines) {
            if let Some(l) = t.checked_sub(1).map(|i| &mut lines[i]) {
                if l.kind == LineKind::Text && l.zone == Some(Zone::Above) && is_name_line(&text[l.start..l.end]) {
                    l.kind = LineKind::Byline { start: l.start, end: l.end };
                    return;
                }
            }
            let next = lines.iter_mut().skip(t + 1).filter(|l| !matches!(l.kind, LineKind::Date { .. } | LineKind::Clutter)).take(2);
            for l in next {
                let zone_ok = l.zone == Some(Zone::Header) || (l.zone == Some(Zone::Body) && !l.is_paragraph(text));
                if l.kind == LineKind::Text && zone_ok && is_name_line(&text[l.start..l.end]) {
                    l.kind = LineKind::Byline { start: l.start, end: l.end };
                    break;
                }
            }
        }
    }
}

/// A name in author markup that is the site's own (its `og:site_name`, or the part of the page's
/// `<title>` beside the headline, `… | رؤيا الإخبارية`): an outlet's credit, no person.
pub(super) fn names_the_site(meta: &PageMeta, name: &str) -> bool {
    const SEPS: &[char] = &['|', '-', '–', '—', ':', '·', '»'];
    let beside = |rest: Option<&str>, end: bool| {
        rest.is_some_and(|r| {
            let r = r.trim();
            !r.is_empty() && if end { r.ends_with(SEPS) } else { r.starts_with(SEPS) }
        })
    };
    // (Or one word of a short title of one part, the word the paper goes by: `الرؤية` of `جريدة الرؤية العمانية`.)
    let word = |t: &str| !name.contains(' ') && !t.contains(SEPS) && t.split(' ').count() <= 4 && t.split(' ').any(|w| w == name);
    meta.site_titles.iter().map(|t| t.trim()).any(|t| t == name || word(t) || beside(t.strip_suffix(name), true) || beside(t.strip_prefix(name), false))
}

/// Two to four letter-only words starting with a known given name: `سامر الخطيب`, `منى عبد الله`, after a
/// title (`د. عثمان الطيب بابكر`).
pub(super) fn is_name_line(t: &str) -> bool {
    let mut words: Vec<&str> = t.split_whitespace().collect();
    if words.first().is_some_and(|w| one_of!(*w, ["د.", "د", "الدكتور", "الدكتورة", "م.", "أ.", "أ.د."])) {
        words.remove(0);
    }
    (2..=4).contains(&words.len())
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
        && gazetteer::is_first_name(&fold(words[0]))
}

/// Whether the page's markup or metadata names `l` as the standfirst.
fn meta_marked(text: &str, l: &Line, meta: &PageMeta) -> bool {
    let c = collapse(text[l.start..l.end].trim());
    meta.standfirsts.iter().any(|m| collapse(m) == c)
}

/// Marks a bullet summary under the headline (`<h3>ملخص</h3><ul><li>…</li>…</ul>` before the body, see
/// `PageMeta::summary_lists`): its items are the summary, its label no line of the story. Whether one was.
fn mark_summary_list(text: &str, lines: &mut [Line], meta: &PageMeta, t: usize) -> bool {
    for items in &meta.summary_lists {
        let Some(first) = items.first().map(|i| collapse(i)) else { continue };
        // Between the headline and the body: no running paragraph before it (metadata, captions, a label).
        let Some(k) = (t + 1..lines.len())
            .take_while(|&i| !lines[i].is_paragraph(text) || collapse(&text[lines[i].start..lines[i].end]) == first)
            .find(|&i| collapse(&text[lines[i].start..lines[i].end]) == first)
        else {
            continue;
        };
        let end = k + items.len();
        let same = end <= lines.len()
            && items.iter().zip(&lines[k..end]).all(|(item, l)| l.kind == LineKind::Text && collapse(item) == collapse(&text[l.start..l.end]));
        if !same || !lines[end..].iter().any(|l| l.is_paragraph(text)) {
            continue;
        }
        for l in &mut lines[k..end] {
            l.summary = true;
        }
        if let Some(label) = k.checked_sub(1).map(|i| &mut lines[i]).filter(|l| l.kind == LineKind::Text) {
            if crate::html::meta::is_summary_label(&text[label.start..label.end]) {
                label.kind = LineKind::Clutter;
            }
        }
        return true;
    }
    false
}

/// Marks the standfirst lines (see the module doc).
pub(super) fn mark_summary(text: &str, lines: &mut [Line], meta: &PageMeta) {
    let Some(t) = title_index(lines) else { return };
    if mark_summary_list(text, lines, meta, t) {
        return;
    }
    let title = fold(&text[lines[t].start..lines[t].end]);
    let is_candidate = |l: &Line| {
        let s = text[l.start..l.end].trim();
        // A headline repeated under itself is no standfirst.
        let f = fold(s);
        if f.contains(title.as_str()) || title.contains(f.as_str()) {
            return false;
        }
        // A lede that opens with its agency's credit (`خبرگزاری نمونه گزارش داد:`, `(د ب أ) -`) is the
        // body's first paragraph, whatever its class says (`<p class="summary">`): the source is read there.
        let marked = meta_marked(text, l, meta) && super::lead_source(text, (l.start, l.end)).is_none();
        (5..=80).contains(&l.words)
            && matches!(l.zone, Some(Zone::Header | Zone::Body))
            && l.link_density < 0.5
            && ((2..=4).contains(&l.heading) || s.starts_with(BULLETS) || marked)
    };
    // The first text line after the headline, past header captions (short lines that are not body).
    let Some(first) = (t + 1..lines.len()).find(|&i| {
        let l = &lines[i];
        let caption = l.zone == Some(Zone::Header) && !l.is_paragraph(text) && !is_candidate(l);
        l.kind == LineKind::Text && l.zone != Some(Zone::Tags) && !caption
    }) else {
        return;
    };
    if !is_candidate(&lines[first]) {
        return;
    }
    let bulleted = |l: &Line| text[l.start..l.end].trim_start().starts_with(BULLETS);
    let mut last = first;
    if bulleted(&lines[first]) {
        while last + 1 < lines.len() && lines[last + 1].kind == LineKind::Text && bulleted(&lines[last + 1]) && is_candidate(&lines[last + 1]) {
            last += 1;
        }
    }
    // A body paragraph must follow.
    if !lines[last + 1..].iter().any(|l| l.is_paragraph(text) && !l.summary) {
        return;
    }
    // A heading that the body repeats in its kind, each after a paragraph (a live blog's entries, an
    // explainer's sections), heads the first section: it is no standfirst.
    let level = lines[first].heading;
    if level > 0 && !meta_marked(text, &lines[first], meta) {
        let (mut seen_paragraph, mut repeats) = (false, 0);
        for l in &lines[last + 1..] {
            if l.kind != LineKind::Text || l.zone == Some(Zone::Tags) {
                continue;
            }
            if l.heading == level && seen_paragraph {
                repeats += 1;
                seen_paragraph = false;
            }
            seen_paragraph |= l.is_paragraph(text);
        }
        if repeats >= 2 {
            return;
        }
    }
    for l in &mut lines[first..=last] {
        l.summary = true;
    }
    // A chained story's headline further down with its own marked standfirst under it (a second
    // `<h1>` + `<div class="article-summary">` loaded below the first story).
    for i in last + 1..lines.len().saturating_sub(1) {
        let (h, next) = (&lines[i], &lines[i + 1]);
        let chained_headline = matches!(h.heading, 1 | 2) && h.kind == LineKind::Text && h.zone != Some(Zone::Tags);
        if chained_headline && next.kind == LineKind::Text && next.heading == 0 && meta_marked(text, next, meta) && is_candidate(next) {
            lines[i + 1].summary = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::article::{split_articles, Hints};
    use crate::model::Article;

    const P: &str = "<p>قال المتحدث باسم الوزارة إن الاجتماع تناول خطط العام المقبل، وإن الوفدين اتفقا على تشكيل لجنة مشتركة.</p>";

    fn first(html: &str) -> Article {
        let page = crate::html::read_page(html);
        let hints = Hints { lines: &page.lines, meta: &page.meta };
        split_articles(&page.text, Some(&hints), None).remove(0)
    }

    fn text(s: &Option<crate::model::TextSpan>) -> Option<&str> {
        s.as_ref().map(|s| s.text.as_str())
    }

    #[test]
    fn standfirsts() {
        for (lede, want) in [
            ("<h2>الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</h2>", Some("الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر")),
            ("<p>- الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</p>", Some("- الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر")),
            ("<p><strong>الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</strong></p>", Some("الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر")),
            ("<p class='post-excerpt'>الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</p>", Some("الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر")),
            // A plain first line, a bold lead-in only, a short sub-heading: no summary.
            ("<p>الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</p>", None),
            ("<p><b>تحقيق رسمي:</b> الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</p>", None),
            ("<h2>التفاصيل</h2>", None),
            ("<h2>عنوان الخبر الرئيسي في الصفحة</h2>", None),
        ] {
            let a = first(&format!("<h1>عنوان الخبر الرئيسي في الصفحة</h1><div class='content'>{lede}{P}{P}</div>"));
            assert_eq!(text(&a.summary), want, "help: {lede}");
            assert!(a.paragraphs.iter().all(|p| Some(p.text.as_str()) != want), "help: {lede}");
        }
        // With no body under it, the lede is the body.
        let a = first("<h1>عنوان الخبر الرئيسي في الصفحة</h1><div class='content'><h2>الوفدان يتفقان على لجنة مشتركة تجتمع كل ثلاثة أشهر</h2></div>");
        assert_eq!(a.summary, None);
    }

    #[test]
    fn bylines_from_markup_and_name_lines() {
        for (markup, want) in [
            ("<span itemprop='author'>ريم الحاج</span>", "ريم الحاج"),
            ("<div class='post-author'>بقلم: ريم الحاج</div>", "ريم الحاج"),
            ("<div>بقلم <a rel='author' href='/w/1'>ريم الحاج</a></div>", "ريم الحاج"),
            ("<div class='ArticleWriter'>ريم الحاج</div>", "ريم الحاج"),
            ("<div>خالد العمري</div>", "خالد العمري"),
            ("<div>كتب: سعيد الأحمد | 20 أكتوبر 2025</div>", "سعيد الأحمد"),
        ] {
            let a = first(&format!("<h1>عنوان الخبر الرئيسي في الصفحة</h1>{markup}<div>20 أكتوبر 2025</div><div class='content'>{P}{P}</div>"));
            assert_eq!(text(&a.byline), Some(want), "help: {markup}");
        }
        // A hidden vcard is no byline; neither is a two-word line that is no name.
        for markup in ["<span class='author vcard' style='display:none'>ريم الحاج</span>", "<div>أخبار محلية</div>"] {
            let a = first(&format!("<h1>عنوان الخبر الرئيسي في الصفحة</h1>{markup}<div class='content'>{P}{P}</div>"));
            assert_eq!(a.byline, None, "help: {markup}");
        }
    }
}
