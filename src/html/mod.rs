//! HTML → page text. A saved page (or any HTML string) becomes the text that offsets point into, one line
//! per block, with a hint per line saying where in the page it came from ([`extract::Zone`]) and the
//! page's declared metadata ([`meta::PageMeta`]). The article splitter works on that text exactly as it
//! works on plain text, using the hints where they exist.

pub mod charset;
pub mod dom;
pub mod extract;
pub mod fallback;
pub mod json;
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
}

/// Reads an HTML page: its main content as text, with hints and metadata.
pub fn read_page(html: &str) -> Page {
    let dom = dom::Dom::parse(html);
    let meta = meta::read(&dom);
    let e = extract::extract(&dom, meta.title.as_deref());
    Page { text: e.text, lines: e.lines, meta }
}

/// The extracted page text only.
pub fn to_text(html: &str) -> String {
    read_page(html).text
}
