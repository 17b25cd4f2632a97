//! A channel's feed of posts: Telegram's web preview (`t.me/s/<channel>`, one `tgme_widget_message` box
//! per post). Each post is a story of its own, not one article of many entries as a live blog is
//! (a live blog covers one event under one headline; a channel posts unrelated news one after the other,
//! each with its own time):
//!
//! - its text (`tgme_widget_message_text`) is the body, one line per `<br>`-separated paragraph, and its
//!   first line is the headline when it reads as one (no sentence's end, at most twenty words, more text
//!   under it: `<b>عاجل | انقطاع الكهرباء عن …</b><br><br>أفاد مراسلنا …`);
//! - its `<time datetime>` (under the post's link, showing only a clock) is its date;
//! - what is not a post's text is left out: the channel's header, description and counters, each post's
//!   views, its author line, a forwarded post's origin, a link's preview card (another site's teaser).

use super::dom::{Dom, NodeId};
use super::extract::{inside, Extracted, Line, Zone};

fn has_class(dom: &Dom, id: NodeId, class: &str) -> bool {
    dom.attr(id, "class").is_some_and(|c| c.split_whitespace().any(|t| t == class))
}

/// The page's posts as stories, when it is a channel's feed; `None` for any other page.
pub(super) fn posts(dom: &Dom, all: &[Line], size: &[usize]) -> Option<Extracted> {
    let posts: Vec<NodeId> = (0..dom.nodes.len()).filter(|&id| has_class(dom, id, "tgme_widget_message")).collect();
    if posts.is_empty() {
        return None;
    }
    let mut out = Extracted::default();
    for &p in &posts {
        let Some(text) = dom.descendants(p).find(|&d| has_class(dom, d, "tgme_widget_message_text")) else { continue };
        let lines: Vec<&Line> = all.iter().filter(|l| inside(l.first, &[text], size)).collect();
        let Some(first) = lines.first() else { continue };
        let words = first.text.split_whitespace().count();
        let headline = lines.len() > 1 && words <= 20 && !first.text.trim_end().ends_with(['.', '!', '?', '؟', ':', '…', '»', '"', '،']);
        for (k, l) in lines.iter().enumerate() {
            out.push(dom, l, if k == 0 && headline { Zone::Title } else { Zone::Body }, k == 0);
        }
        let time = dom.descendants(p).find(|&d| dom.name(d) == "time" && dom.attr(d, "datetime").is_some());
        if let Some(t) = time.and_then(|t| all.iter().find(|l| inside(l.first, &[t], size))) {
            out.push(dom, t, Zone::Header, false);
        }
    }
    (!out.lines.is_empty()).then(|| out.finish())
}
