//! HTML → page text. A saved page (or any HTML string) becomes the text that offsets point into, one line
//! per block, with a hint per line saying where in the page it came from ([`extract::Zone`]) and the
//! page's declared metadata ([`meta::PageMeta`]). The article splitter works on that text exactly as it
//! works on plain text, using the hints where they exist.

pub mod charset;
pub mod dom;
pub mod extract;
pub mod fallback;
mod feed;
pub mod json;
pub mod live;
pub mod meta;
pub mod tokenize;

pub use charset::decode;
pub use extract::{LineHint, Zone};
pub use meta::PageMeta;

/// What HTML input becomes.
#[derive(Debug, Clone, Default)]
pub struct Page {
    pub text: String,
    pub lines: Vec<LineHint>,
    pub meta: PageMeta,
    /// For a live DOM only: where the text's characters sit in the page's text nodes.
    pub map: Vec<NodeRun>,
}

/// A stretch of the page text copied verbatim from one of the page's text nodes: the `len` UTF-16
/// units at byte offset `at` of the page text (made UTF-16 with every other offset, at the edge) are
/// the units at `node_at` of text node number `node` in the walker's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NodeRun {
    pub at: usize,
    pub node: u32,
    pub node_at: usize,
    pub len: usize,
}

/// Reads an HTML page: its main content as text, with hints and metadata.
pub fn read_page(html: &str) -> Page {
    let dom = dom::Dom::parse(html);
    let meta = meta::read(&dom);
    let e = extract::extract_with(&dom, meta.title.as_deref(), &names(&meta));
    // A reader's shell that shows the story in an `<iframe srcdoc="…">` (an app's web view, a saved
    // preview): the framed page, when it holds three times the text the shell shows.
    if let Some(inner) = dom.elements("iframe").filter_map(|i| dom.attr(i, "srcdoc")).max_by_key(|d| d.len()).map(read_page) {
        if inner.text.len() > 3 * e.text.len() {
            return inner;
        }
    }
    // A page whose script draws the story (an app's shell: `جار التحميل...`, an empty `<div id="root">`)
    // shows less than a third of the text its JSON-LD (or its description) declares: the story is read
    // from there, headline first, a line per paragraph.
    if let Some(body) = meta.body.as_deref().filter(|b| b.chars().count() >= 80 && 3 * e.text.len() < b.len()) {
        let (mut text, mut lines) = (String::new(), Vec::new());
        let body = tokenize::decode_entities(&untag(body)).into_owned();
        let title = meta.title.iter().map(|t| (t.as_str(), Zone::Title));
        for (line, zone) in title.chain(body.lines().map(|l| (l, Zone::Body))) {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push('\n');
            }
            let heading = u8::from(zone == Zone::Title);
            lines.push(LineHint { start: text.len(), end: text.len() + line.len(), zone, link_density: 0.0, heading, datetime: None, opens: false, valued: false });
            text.push_str(line);
        }
        return Page { text, lines, meta, map: Vec::new() };
    }
    let e = declared_title(e, &meta);
    Page { text: e.text, lines: e.lines, meta, map: Vec::new() }
}

/// A page whose headline shows nowhere in its markup, declared only in `og:title` (not the `<title>`,
/// which names the site): that title opens the text as the headline line.
fn declared_title(mut e: extract::Extracted, meta: &PageMeta) -> extract::Extracted {
    let Some(t) = meta.title.as_deref().map(str::trim).filter(|t| t.split_whitespace().count() >= 3) else { return e };
    if e.lines.iter().any(|l| l.zone == Zone::Title || l.opens) || !e.lines.iter().any(|l| l.zone == Zone::Body) || meta.site_titles.iter().any(|s| s.trim() == t) {
        return e;
    }
    let n = t.len() + 1;
    for l in &mut e.lines {
        l.start += n;
        l.end += n;
    }
    for r in &mut e.map {
        r.at += n;
    }
    e.lines.insert(0, LineHint { start: 0, end: t.len(), zone: Zone::Title, link_density: 0.0, heading: 1, datetime: None, opens: false, valued: false });
    e.text = format!("{t}\n{}", e.text);
    e
}

/// Reads a live DOM sent as the walker's events ([`live`]): the same extraction as [`read_page`], plus
/// the map back to the page's text nodes. `None` when the events are not a JSON array.
pub fn read_live(events: &str) -> Option<Page> {
    let live = live::read(events)?;
    let dom = &live.dom;
    let meta = meta::read(dom);
    let e = declared_title(extract::extract_with(dom, meta.title.as_deref(), &names(&meta)), &meta);
    // Runs of one node come in order, so UTF-16 positions inside it are counted forward, once.
    let mut map = Vec::with_capacity(e.map.len());
    let mut cursor: Option<(dom::NodeId, usize, usize)> = None; // node, byte, UTF-16 units before it
    for r in &e.map {
        let dom::Data::Text(t) = &dom.nodes[r.node].data else { continue };
        let (mut byte, mut units) = match cursor {
            Some((n, b, u)) if n == r.node && b <= r.node_at => (b, u),
            _ => (0, 0),
        };
        units += t[byte..r.node_at].encode_utf16().count();
        byte = r.node_at;
        let len = t[byte..byte + r.len].encode_utf16().count();
        cursor = Some((r.node, byte, units));
        map.push(NodeRun { at: r.at, node: live.text_index[r.node], node_at: units, len });
    }
    Some(Page { text: e.text, lines: e.lines, meta, map })
}

/// Markup that some sites leave in a declared `articleBody`: a tag is a line break (`<p>`, `<br>`) or
/// nothing (`<b>`, `<a href>`).
fn untag(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let end = rest[lt..].find('>').map_or(rest.len(), |e| lt + e + 1);
        let name = rest[lt + 1..end].trim_start_matches('/').to_ascii_lowercase();
        if ["p", "br", "div", "li", "h"].iter().any(|t| name.starts_with(t)) {
            out.push('\n');
        }
        rest = &rest[end..];
    }
    out + rest
}

/// The author names the page declares or marks.
fn names(meta: &PageMeta) -> Vec<String> {
    meta.authors.iter().chain(&meta.declared_authors).cloned().collect()
}

/// The extracted page text only.
pub fn to_text(html: &str) -> String {
    read_page(html).text
}
