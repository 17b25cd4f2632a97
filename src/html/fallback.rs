//! Safety nets for main-content extraction, so that a page with running prose never reads as empty.
//!
//! - [`wrappers`]: a container that holds (nearly) the whole page — an ASP.NET `<form id="aspnetForm">`,
//!   a `<body class="right-sidebar">`, a theme's `<div class="site-wrap has-sidebar">` — is never
//!   clutter, whatever its class words say. Otherwise one unlucky class word hides every line.
//! - [`densest_prose`]: when the scorer's choice holds no running prose (the body sits in classes the
//!   scorer does not know, or under a container it thinks is a widget), the subtree where prose is
//!   densest is the body.
//!
//! Both are linear in the number of nodes.

use std::borrow::Cow;

use super::extract::inside;

use super::dom::{Data, Dom, NodeId};
use super::extract::Line;

/// The characters of each text node that are not white space (0 for elements), counted once per page.
/// Text under an element that is never shown (`<script>`, `<style>`…: `extract::is_skipped`) counts 0:
/// every reader of these counts leaves those nodes out, and a page's scripts can outweigh its text.
fn ink<'d>(dom: &'d Dom) -> &'d [usize] {
    dom.ink.get_or_init(|| {
        let mut dead = vec![false; dom.nodes.len()];
        let mut ink = vec![0; dom.nodes.len()];
        for (id, node) in dom.nodes.iter().enumerate() {
            dead[id] = node.parent.is_some_and(|p| dead[p]) || super::extract::is_skipped(node.name());
            if let Data::Text(t) = &node.data {
                if !dead[id] {
                    ink[id] = ink_of(t);
                }
            }
        }
        ink
    })
}

/// The characters of `t` that are not white space, counted by bytes (`normalize::space::space_at`).
fn ink_of(t: &str) -> usize {
    (0..t.len()).filter(|&i| crate::normalize::space::space_at(t, i) == Some(false)).count()
}

/// Elements that hold at least three quarters of the page's visible characters (and the page's first
/// visible `<h1>`, when there is one): they wrap the page, so they are not clutter. `skip[id]` marks
/// nodes that are never shown.
pub fn wrappers(dom: &Dom, skip: &[bool]) -> Vec<bool> {
    let n = dom.nodes.len();
    let ink = ink(dom);
    let mut chars = vec![0usize; n];
    let mut h1: Option<NodeId> = None;
    for id in 0..n {
        if skip[id] {
            continue;
        }
        match &dom.nodes[id].data {
            Data::Text(_) => chars[id] = ink[id],
            Data::Element { name, .. } => {
                if h1.is_none() && name == "h1" {
                    h1 = Some(id);
                }
            }
        }
    }
    // Subtree sums (parents come before children, so a reverse pass is bottom-up).
    let mut holds_h1 = vec![false; n];
    if let Some(h) = h1 {
        holds_h1[h] = true;
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.nodes[id].parent {
            chars[p] += chars[id];
            holds_h1[p] |= holds_h1[id];
        }
    }
    let total = chars[0];
    (0..n)
        .map(|id| {
            total > 0
                && !skip[id]
                && matches!(dom.nodes[id].data, Data::Element { .. })
                && chars[id] * 4 >= total * 3
                && (h1.is_none() || holds_h1[id])
        })
        .collect()
}

/// Elements that hold at least three quarters of the page's text counting hidden text (`<script>`,
/// `<style>` and the like aside): a page whose whole content sits in a `display:none` or `hidden`
/// wrapper is revealed by a script after loading (a preloader), so that wrapper is not hidden.
pub fn hidden_holders(dom: &Dom) -> Vec<bool> {
    let n = dom.nodes.len();
    let mut chars = vec![0usize; n];
    let mut dead = vec![false; n];
    let ink = ink(dom);
    for id in 0..n {
        dead[id] = dom.nodes[id].parent.is_some_and(|p| dead[p]) || super::extract::is_skipped(dom.name(id));
        if !dead[id] {
            chars[id] = ink[id];
        }
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.nodes[id].parent {
            chars[p] += chars[id];
        }
    }
    let total = chars[0];
    (0..n).map(|id| total > 0 && chars[id] * 4 >= total * 3).collect()
}

/// A line of running prose: long, mostly unlinked, not a heading.
pub fn is_prose(l: &Line) -> bool {
    let len = l.chars;
    if l.heading > 0 || len < 80 || l.link_chars * 4 > len {
        return false;
    }
    let words = l.text.split_whitespace().count();
    let sentence = l.text.trim_end().ends_with(['.', '!', '?', '؟', '"', '”', '»', '…', ')', ':', '؛']);
    words >= 12 && (sentence || words >= 20)
}

/// Characters of running prose inside `containers` (visible lines, not clutter).
fn prose_in(all: &[Line], containers: &[NodeId], size: &[usize]) -> usize {
    all.iter()
        .filter(|l| !l.unlikely && is_prose(l) && inside(l.first, containers, size))
        .map(|l| l.chars)
        .sum()
}

/// When the scorer's choice is not where the page's prose is, the body to use instead (and the lines,
/// clutter marks lifted where needed):
/// - the choice holds no prose at all: the densest prose subtree of the page, whatever its class words;
/// - the choice holds a sentence or two at most, and a visible subtree elsewhere with few link lines
///   (not a list of teasers) holds more than twice as much: that subtree.
pub fn better_body<'a>(dom: &Dom, all: &'a [Line], containers: &[NodeId], size: &[usize]) -> Option<(NodeId, Cow<'a, [Line]>)> {
    let here = prose_in(all, containers, size);
    if here == 0 {
        let c = densest_prose(dom, all)?;
        return Some((c, Cow::Owned(lift_unlikely(dom, all, c, size))));
    }
    if here >= 250 {
        return None;
    }
    let visible: Vec<Line> = all.iter().filter(|l| !l.unlikely).cloned().collect();
    let c = densest_prose(dom, &visible)?;
    let overlaps = inside(c, containers, size) || containers.iter().any(|&k| inside(k, &[c], size));
    // A list of teasers alternates linked headlines with excerpts; a body has few link lines.
    let (prose_lines, link_lines) = visible
        .iter()
        .filter(|l| inside(l.first, &[c], size))
        .fold((0, 0), |(p, k), l| (p + is_prose(l) as usize, k + (l.link_chars * 2 > l.chars) as usize));
    let unlinked = link_lines * 3 <= prose_lines;
    (!overlaps && unlinked && prose_in(all, &[c], size) > 2 * here).then_some((c, Cow::Borrowed(all)))
}

/// The subtree where prose is densest: the element maximising `prose² / all` (prose characters, and
/// all visible characters under it), so the article's container beats both one paragraph and the page.
/// `None` when the page has no prose line at all.
pub fn densest_prose(dom: &Dom, all: &[Line]) -> Option<NodeId> {
    let n = dom.nodes.len();
    let mut prose = vec![0f64; n];
    let mut chars = vec![0f64; n];
    let mut any = false;
    for l in all {
        let len = l.chars as f64;
        chars[l.block] += len;
        if is_prose(l) {
            prose[l.block] += len;
            any = true;
        }
    }
    if !any {
        return None;
    }
    for id in (1..n).rev() {
        if let Some(p) = dom.nodes[id].parent {
            prose[p] += prose[id];
            chars[p] += chars[id];
        }
    }
    let mut best: Option<(NodeId, f64)> = None;
    for id in 1..n {
        if prose[id] == 0.0 || !matches!(dom.nodes[id].data, Data::Element { .. }) {
            continue;
        }
        let s = prose[id] * prose[id] / chars[id];
        if best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    best.map(|(id, _)| id)
}

/// The lines with the clutter mark lifted inside `container`: the fallback body is shown whatever the
/// class words said. Only a clutter container inside it that holds no prose (a share row, an author
/// box) stays clutter.
pub fn lift_unlikely(dom: &Dom, all: &[Line], container: NodeId, size: &[usize]) -> Vec<Line> {
    let within = |id: NodeId| inside(id, &[container], size);
    let mut holds_prose = vec![false; dom.nodes.len()];
    for l in all.iter().filter(|l| within(l.first) && is_prose(l)) {
        for a in std::iter::once(l.block).chain(dom.ancestors(l.block)).take_while(|&a| a > container) {
            if holds_prose[a] {
                break;
            }
            holds_prose[a] = true;
        }
    }
    // Clutter below the container, top-down over its id range (parents come before children).
    let end = container + size[container];
    let mut clutter = vec![false; end - container];
    for id in container + 1..end {
        let inherited = dom.nodes[id].parent.is_some_and(|p| p > container && clutter[p - container]);
        clutter[id - container] = inherited || (!holds_prose[id] && super::extract::own_unlikely(dom, id));
    }
    all.iter()
        .map(|l| {
            let mut l = l.clone();
            if l.unlikely && within(l.first) {
                l.unlikely = clutter[l.first - container];
            }
            l
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::extract::extract;
    use super::Dom;

    #[test]
    fn ink_counts_by_bytes_as_by_characters() {
        let mut texts: Vec<String> = (0u32..0x3100).filter_map(char::from_u32).map(|c| format!("ب{c} x{c}\u{00A0}{c}")).collect();
        texts.push("  قال\u{2009}بوتين\u{3000}\u{202F}\t\n\u{000B}\u{000C} 😀 ".to_string());
        for t in &texts {
            assert_eq!(super::ink_of(t), t.chars().filter(|c| !c.is_whitespace()).count(), "help: {t:?}");
        }
    }

    const P1: &str = "قال المتحدث باسم الوزارة إن الاجتماع تناول خطط العام المقبل، وإن الوفدين اتفقا على تشكيل لجنة مشتركة تجتمع كل ثلاثة أشهر.";
    const P2: &str = "وأضاف أن اللجنة ستقدم تقريرها الأول قبل نهاية الربيع، وأن الجانبين سيوقعان مذكرة تفاهم في الزيارة المقبلة للوزير.";

    fn body(html: &str) -> Vec<String> {
        let e = extract(&Dom::parse(html), None);
        e.lines.iter().map(|h| e.text[h.start..h.end].to_string()).collect()
    }

    #[test]
    fn a_wrapper_with_a_clutter_word_is_not_clutter() {
        for open in ["<body class='single right-sidebar header-fixed'>", "<body><form id='aspnetForm' class='login-wrap'>"] {
            let html = format!("{open}<div class='menu'><a>الرئيسية</a><a>أخبار</a></div><h1>عنوان الخبر في الصفحة</h1><div class='news'><p>{P1}</p><p>{P2}</p></div>");
            let got = body(&html);
            assert!(got.contains(&P1.to_string()) && got.contains(&P2.to_string()), "help: {open}: {got:?}");
        }
    }

    #[test]
    fn prose_under_a_widget_container_comes_out() {
        let html = format!(
            "<nav><a>الرئيسية</a><a>أخبار</a></nav><div class='x-widget'><h1>عنوان الخبر في الصفحة</h1></div>\
             <div class='box-widget'><div class='widget-container'><p>{P1}</p><p>{P2}</p><p>قصير.</p></div>\
             <div class='share-widget'><a>فيسبوك</a><a>تويتر</a></div></div>"
        );
        assert_eq!(body(&html), [P1, P2, "قصير."]);
    }

    #[test]
    fn prose_elsewhere_beats_a_thin_choice() {
        // The scorer likes the promo box (a strong class word, one prose line); the article sits in
        // unknown classes with three times the prose.
        let html = format!(
            "<h1>عنوان الخبر في الصفحة</h1><div class='article-text-box'><p>{P1}</p></div>\
             <div class='zx-tools-media'><div>{P2}</div><div>{P1}</div><div>{P2}</div><div>{P1}</div></div>"
        );
        let got = body(&html);
        assert_eq!(got.iter().filter(|l| *l == P2).count(), 2, "help: {got:?}");
    }

    #[test]
    fn a_short_body_is_kept_against_a_teaser_list() {
        let teaser = format!("<div class='it'><a href='/x'>عنوان خبر آخر من القسم نفسه اليوم</a><div>{P2}</div></div>");
        let html = format!("<h1>عنوان الخبر في الصفحة</h1><div class='article-text-box'><p>{P1}</p></div><div class='zx-list'>{}</div>", teaser.repeat(5));
        let dom = Dom::parse(&html);
        let all = super::super::extract::lines(&dom);
        let mut size = vec![1usize; dom.nodes.len()];
        for id in (1..dom.nodes.len()).rev() {
            size[dom.nodes[id].parent.unwrap()] += size[id];
        }
        let chosen = (0..dom.nodes.len()).find(|&id| dom.attr(id, "class") == Some("article-text-box")).unwrap();
        assert!(super::better_body(&dom, &all, &[chosen], &size).is_none());
    }

    #[test]
    fn deep_clutter_nesting_stays_linear() {
        let html = format!("<h1>عنوان</h1>{}<p>{P1}</p>{}", "<div class='widget'>".repeat(30_000), "</div>".repeat(30_000));
        let got = body(&html);
        assert!(got.contains(&P1.to_string()));
    }

    #[test]
    fn no_prose_no_fallback() {
        assert!(super::densest_prose(&Dom::parse("<ul><li><a>أ</a></li></ul>"), &super::super::extract::lines(&Dom::parse("<ul><li><a>أ</a></li></ul>"))).is_none());
    }
}
