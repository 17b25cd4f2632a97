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
    if !(0..dom.nodes.len()).any(|id| has_class(dom, id, "tgme_widget_message")) {
        return None;
    }
    let mut out = Extracted::default();
    // The post of the last line taken, and the text box of the post's first line.
    let mut last = None;
    for (i, l) in all.iter().enumerate() {
        // The line's box inside its post (the text, or a `<time>`), then the post.
        let mut held = None;
        for a in dom.ancestors(l.first) {
            if has_class(dom, a, "tgme_widget_message") {
                let Some(b) = held else { break };
                let time = dom.name(b) == "time";
                let opens = !time && last != Some(a);
                if time && last != Some(a) {
                    break;
                }
                last = Some(a);
                let t = l.text.trim_end();
                let headline = opens && all.get(i + 1).is_some_and(|n| inside(n.first, &[b], size)) && t.split_whitespace().nth(20).is_none() && !t.ends_with(['.', '!', '؟', ':', '،']);
                out.push(dom, l, if time { Zone::Header } else if headline { Zone::Title } else { Zone::Body }, opens);
                break;
            }
            if held.is_none() && (dom.name(a) == "time" || has_class(dom, a, "tgme_widget_message_text")) {
                held = Some(a);
            }
        }
    }
    (!out.lines.is_empty()).then(|| out.finish())
}
