//! A small DOM: an arena of nodes built from the tokenizer's output with the HTML rules that matter for
//! reading text (void elements, implied `</p>`, `</li>`, `</td>`…, stray end tags ignored). No recursion
//! anywhere: a page of 100,000 nested tags is built and walked in linear time.

use std::borrow::Cow;

use super::tokenize::{tokenize, Token};

pub type NodeId = usize;

#[derive(Debug, Clone)]
pub enum Data<'a> {
    /// `name` is lower case (shared for the common names); `attrs` are the ones the reader reads
    /// (`tokenize::read_key`), in the tag's order. Attribute values and text borrow the page's markup
    /// (`'a`) unless a character reference had to be decoded or adjacent texts merged: parsing a page
    /// allocates nothing per text node, and dropping its DOM frees little (4% of `analyze` on the
    /// team's realistic pages when each was a `String`).
    Element { name: Cow<'static, str>, attrs: Vec<(&'static str, Cow<'a, str>)> },
    Text(Cow<'a, str>),
}

/// A node of the arena. Nodes are only ever added under the open element, in document order, so ids
/// are pre-order and a subtree is the contiguous id range from its root to the next node outside it:
/// children are linked (first, last, next sibling) rather than listed, and nothing is allocated per
/// node but its data.
#[derive(Debug, Clone)]
pub struct Node<'a> {
    pub data: Data<'a>,
    pub parent: Option<NodeId>,
    first_child: Option<NodeId>,
    last_child: Option<NodeId>,
    next_sibling: Option<NodeId>,
}

impl<'a> Node<'a> {
    /// The document's root, a `#document` element.
    pub(crate) fn root() -> Node<'a> {
        Node {
            data: Data::Element { name: "#document".into(), attrs: Vec::new() },
            parent: None,
            first_child: None,
            last_child: None,
            next_sibling: None,
        }
    }
}

/// Adds `data` as the last child of `parent` (the open element); the new node's id.
pub(crate) fn append<'a>(nodes: &mut Vec<Node<'a>>, parent: NodeId, data: Data<'a>) -> NodeId {
    let id = nodes.len();
    nodes.push(Node { data, parent: Some(parent), first_child: None, last_child: None, next_sibling: None });
    match nodes[parent].last_child.replace(id) {
        Some(prev) => nodes[prev].next_sibling = Some(id),
        None => nodes[parent].first_child = Some(id),
    }
    id
}

/// The document: node 0 is the root (a `#document` element).
#[derive(Debug, Clone)]
pub struct Dom<'a> {
    pub nodes: Vec<Node<'a>>,
    /// `extract::unseen`, computed once (the extractor and the metadata reader both ask).
    pub(crate) unseen: std::cell::OnceCell<Vec<bool>>,
    /// `fallback::ink`, computed once (both counts of the page's characters read it).
    pub(crate) ink: std::cell::OnceCell<Vec<usize>>,
    /// `extract::unlikely_classes` by class string, filled as the extractor asks.
    pub(crate) unlikely_classes: std::cell::RefCell<crate::hash::FastMap<Box<str>, bool>>,
}

// The element lists below are `matches!` rather than lists: each is asked once per start tag, and a
// match on the name costs a fraction of comparing it with each entry.

fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area" | "base" | "br" | "col" | "embed" | "hr" | "img" | "input" | "link" | "meta" | "param" | "source" | "track"
            | "wbr" | "keygen" | "frame" | "basefont" | "isindex"
    )
}

/// Elements that close an open `<p>` when they start.
fn closes_p(name: &str) -> bool {
    matches!(
        name,
        "address" | "article" | "aside" | "blockquote" | "div" | "dl" | "fieldset" | "figure" | "footer" | "form" | "h1"
            | "h2" | "h3" | "h4" | "h5" | "h6" | "header" | "hr" | "main" | "nav" | "ol" | "p" | "pre" | "section" | "table"
            | "ul" | "figcaption"
    )
}

/// Elements that may stay inside `<head>`.
fn head_content(name: &str) -> bool {
    matches!(name, "meta" | "link" | "title" | "script" | "style" | "base" | "noscript" | "template" | "head")
}

/// How far up the open-element stack an end tag looks for its start tag (keeps stray end tags linear).
const END_TAG_REACH: usize = 256;

impl<'a> Dom<'a> {
    /// The document of `nodes` (built by [`append`]), its per-page memos empty.
    pub(crate) fn new(nodes: Vec<Node<'a>>) -> Dom<'a> {
        Dom { nodes, unseen: Default::default(), ink: Default::default(), unlikely_classes: Default::default() }
    }

    pub fn parse(html: &'a str) -> Dom<'a> {
        // About one node per 40 bytes of a news page's markup: one allocation instead of a dozen regrowths.
        let mut nodes = Vec::with_capacity(html.len() / 40 + 1);
        nodes.push(Node::root());
        let mut stack: Vec<NodeId> = vec![0];
        let mut seen = [false; 3]; // html, head, body already started
        let mut open_head: Option<usize> = None; // stack position of an open <head>
        tokenize(html, |token| {
            match token {
                Token::Text(t) => {
                    let top = *stack.last().unwrap();
                    // Merge adjacent text nodes.
                    if let Some(last) = nodes[top].last_child {
                        if let Data::Text(s) = &mut nodes[last].data {
                            s.to_mut().push_str(&t);
                            return;
                        }
                    }
                    append(&mut nodes, top, Data::Text(t));
                }
                Token::Start { name, attrs, self_closing } => {
                    // One html, one head, one body; anything that is not head content closes the head.
                    let once = match &*name {
                        "html" => Some(0),
                        "head" => Some(1),
                        "body" => Some(2),
                        _ => None,
                    };
                    if let Some(k) = once {
                        if seen[k] {
                            return;
                        }
                        seen[k] = true;
                    }
                    if !head_content(&name) {
                        if let Some(pos) = open_head.take() {
                            if pos < stack.len() && nodes[stack[pos]].name() == "head" {
                                stack.truncate(pos);
                            }
                        }
                    }
                    let implied: &[&str] = match &*name {
                        "li" => &["li"],
                        "dt" | "dd" => &["dt", "dd"],
                        "tr" => &["tr", "td", "th"],
                        "td" | "th" => &["td", "th"],
                        "option" => &["option"],
                        _ => &[],
                    };
                    let open_p = closes_p(&name);
                    if let Some(&top) = stack.last() {
                        let top_name = nodes[top].name();
                        if (open_p && top_name == "p") || implied.contains(&top_name) {
                            stack.pop();
                        }
                    }
                    let top = *stack.last().unwrap();
                    let void = is_void(&name) || self_closing && name != "div" && name != "p";
                    let id = append(&mut nodes, top, Data::Element { name, attrs });
                    if !void {
                        if nodes[id].name() == "head" {
                            open_head = Some(stack.len());
                        }
                        stack.push(id);
                    }
                }
                Token::End { name } => {
                    let reach = stack.len().saturating_sub(END_TAG_REACH).max(1);
                    if let Some(pos) = (reach..stack.len()).rev().find(|&i| nodes[stack[i]].name() == name) {
                        stack.truncate(pos);
                    } else if name == "p" {
                        // A stray </p> is an empty paragraph in HTML; here it just breaks the line.
                        let top = *stack.last().unwrap();
                        append(&mut nodes, top, Data::Element { name: "br".into(), attrs: Vec::new() });
                    }
                }
            }
        });
        Dom::new(nodes)
    }

    pub fn name(&self, id: NodeId) -> &str {
        self.nodes[id].name()
    }

    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].data {
            Data::Element { attrs, .. } => attrs.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_ref()),
            Data::Text(_) => None,
        }
    }

    /// The values of the attributes `keys` of element `id`, lower-cased (ASCII) and space-separated: the
    /// class/id words the extractor and the metadata reader match on. Borrowed from the element when it
    /// has one of them, already in lower case (most elements).
    pub fn attr_words(&self, id: NodeId, keys: &[&str]) -> Cow<'_, str> {
        let mut values = keys.iter().filter_map(|k| self.attr(id, k));
        let Some(first) = values.next() else { return Cow::Borrowed("") };
        let mut rest = values.peekable();
        if rest.peek().is_none() && !first.bytes().any(|b| b.is_ascii_uppercase()) {
            return Cow::Borrowed(first);
        }
        let mut s = first.to_string();
        for v in rest {
            s.push(' ');
            s.push_str(v);
        }
        s.make_ascii_lowercase();
        Cow::Owned(s)
    }

    /// Nodes in document order (pre-order), `root` first: the id range of its subtree, which ends at
    /// the next sibling of `root` or of its nearest ancestor that has one.
    pub fn descendants(&self, root: NodeId) -> std::ops::Range<NodeId> {
        let end = std::iter::once(root)
            .chain(self.ancestors(root))
            .find_map(|a| self.nodes[a].next_sibling)
            .unwrap_or(self.nodes.len());
        root..end
    }

    /// The children of `id` in document order.
    pub fn children(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].first_child, move |&c| self.nodes[c].next_sibling)
    }

    /// The elements named `name` in document order.
    pub fn elements<'s>(&'s self, name: &'s str) -> impl Iterator<Item = NodeId> + 's {
        self.descendants(0).filter(move |&id| self.name(id) == name)
    }

    /// The concatenated text under `id`, white space folded to single spaces and trimmed.
    pub fn text(&self, id: NodeId) -> String {
        let mut out = String::new();
        for n in self.descendants(id) {
            if let Data::Text(t) = &self.nodes[n].data {
                for c in t.chars() {
                    if c.is_whitespace() {
                        if !out.is_empty() && !out.ends_with(' ') {
                            out.push(' ');
                        }
                    } else {
                        out.push(c);
                    }
                }
            } else if self.name(n) == "br" && !out.ends_with(' ') {
                out.push(' ');
            }
        }
        out.trim_end().to_string()
    }

    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.nodes[id].parent, move |&p| self.nodes[p].parent)
    }
}

impl Node<'_> {
    /// The element name, or `""` for text.
    pub fn name(&self) -> &str {
        match &self.data {
            Data::Element { name, .. } => name,
            Data::Text(_) => "",
        }
    }
}

/// Class words (a few dozen bytes) to search for many words: the set of their bytes (mod 64) rules out
/// most words without a scan, and the scan is a byte loop, cheaper on such short text than setting up a
/// substring search.
pub(crate) struct Words<'a> {
    text: &'a [u8],
    bytes: u64,
}

impl<'a> Words<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        let text = text.as_bytes();
        Words { text, bytes: text.iter().fold(0, |m, &b| m | 1 << (b & 63)) }
    }

    /// Whether the text contains `w` (not empty).
    pub(crate) fn holds(&self, w: &str) -> bool {
        let (t, w) = (self.text, w.as_bytes());
        let has = |b: u8| self.bytes >> (b & 63) & 1 == 1;
        w.len() <= t.len() && has(w[0]) && has(w[w.len() - 1]) && t.windows(w.len()).any(|x| x[0] == w[0] && x == w)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subtree of every node is the id range `descendants` gives: the same nodes, in the same
    /// order, as walking the children down (the arena's invariant), on markup that makes the tree
    /// builder close, skip and reopen elements.
    #[test]
    fn subtrees_are_contiguous_id_ranges() {
        fn walk(dom: &Dom, id: NodeId, out: &mut Vec<NodeId>) {
            out.push(id);
            for c in dom.children(id).collect::<Vec<_>>() {
                walk(dom, c, out);
            }
        }
        for html in [
            "<html><head><title>عنوان</title><meta name=x></head><body><p>أ<p>ب<div>ج</div></p></body></html>",
            "<ul><li>أ<li>ب<ul><li>ج</ul></ul><table><tr><td>1<td>2<tr><td>3</table>",
            "</div></span><p>نص</b> بلا بداية</i><br/><img src=x>تتمة",
            "<title>قبل</title><div>جسم<head><meta name=y></head></div><body class=z>ثان<body>ثالث",
            "<div><div><div>عميق</div></div>نص<span>وسط</span></div><script>var a = '<p>';</script>ذيل",
            "",
        ] {
            let dom = Dom::parse(html);
            for id in 0..dom.nodes.len() {
                let mut expected = Vec::new();
                walk(&dom, id, &mut expected);
                assert_eq!(dom.descendants(id).collect::<Vec<_>>(), expected, "{html:?}, node {id}");
                assert!(dom.children(id).all(|c| dom.nodes[c].parent == Some(id)));
            }
        }
    }

    #[test]
    fn implied_end_tags() {
        let dom = Dom::parse("<ul><li>أ<li>ب</ul><p>ج<div>د</div><p>هـ</p></p>");
        let lis: Vec<String> = dom.elements("li").map(|id| dom.text(id)).collect();
        assert_eq!(lis, ["أ", "ب"]);
        let ps: Vec<String> = dom.elements("p").map(|id| dom.text(id)).collect();
        assert_eq!(ps, ["ج", "هـ"]);
    }

    #[test]
    fn a_second_head_does_not_swallow_the_body() {
        let dom = Dom::parse("<html><head><title>ت</title><head><meta charset=utf-8></head><body><p>نص</p></body></html>");
        let p = dom.elements("p").next().unwrap();
        assert!(dom.ancestors(p).all(|a| dom.name(a) != "head"));
    }

    #[test]
    fn deep_nesting_is_linear_and_safe() {
        let html = "<div>".repeat(100_000) + "نص" + &"</span>".repeat(100_000);
        let dom = Dom::parse(&html);
        assert_eq!(dom.text(0), "نص");
        assert_eq!(dom.descendants(0).count(), 100_002);
    }

    #[test]
    fn attributes_and_text() {
        let dom = Dom::parse("<article class='post'><h1> قمة <b>بودابست</b> </h1><img src=x><p>س<br>ص</p></article>");
        let a = dom.elements("article").next().unwrap();
        assert_eq!(dom.attr(a, "class"), Some("post"));
        assert_eq!(dom.text(a), "قمة بودابست س ص");
    }
}
