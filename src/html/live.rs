//! The live DOM, as the browser extension reads it (`format: "dom"`).
//!
//! A content script cannot hand Rust its `document`, and re-parsing `outerHTML` would lose the link
//! between the text and the page's text nodes (where highlights must land) and what only the browser
//! knows (what CSS hides). So the script walks the page once and sends a flat JSON array of events:
//!
//! - `["div", "class", "post", "id", "main"]` opens an element: its name, then attribute names and
//!   values in pairs. An element the page does not show (computed `display: none`,
//!   `visibility: hidden`) is sent with a `hidden` attribute and no children.
//! - `"نص"` is a text node, exactly its `data`. Text nodes are numbered 0, 1, 2… in the order they come.
//! - `0` closes the innermost open element.
//!
//! The events become the same [`Dom`] that HTML parsing builds, so the extractor chooses the
//! article(s) exactly as `parse(html)` does. Flat, so nothing here recurses however deep the page.

use super::dom::{Data, Dom, Node, NodeId};
use super::json::{self, Value};

/// No text node index (an element).
pub const NO_TEXT: u32 = u32::MAX;

/// A live DOM read from its events, and for every node of the [`Dom`] the index of the page's text
/// node it stands for ([`NO_TEXT`] for elements).
pub struct LiveDom {
    pub dom: Dom<'static>,
    pub text_index: Vec<u32>,
}

/// Reads the walker's events. `None` when the input is not a JSON array.
pub fn read(events: &str) -> Option<LiveDom> {
    let Value::Array(items) = json::parse(events)? else {
        return None;
    };
    let mut nodes = vec![Node::root()];
    let mut text_index = vec![NO_TEXT];
    let mut stack: Vec<NodeId> = vec![0];
    let mut texts = 0u32;
    for item in items {
        let top = *stack.last().unwrap_or(&0);
        let data = match item {
            Value::String(t) => {
                text_index.push(texts);
                texts += 1;
                Data::Text(t.into())
            }
            Value::Array(parts) => {
                let mut parts = parts.into_iter().map(|p| match p {
                    Value::String(s) => s,
                    _ => String::new(),
                });
                let Some(name) = parts.next() else { continue };
                let mut attrs = Vec::new();
                while let (Some(k), Some(v)) = (parts.next(), parts.next()) {
                    // The attributes the reader reads, as the HTML tokenizer keeps them.
                    if let Some(k) = super::tokenize::read_key(&k) {
                        attrs.push((k, v.into()));
                    } else if k == "href" && super::tokenize::is_tag_path(&v) || k == super::tokenize::TAG_HREF {
                        attrs.push((super::tokenize::TAG_HREF, "".into()));
                    }
                }
                text_index.push(NO_TEXT);
                Data::Element { name: super::tokenize::element_name(&name), attrs }
            }
            Value::Number => {
                if stack.len() > 1 {
                    stack.pop();
                }
                continue;
            }
            _ => continue,
        };
        let element = matches!(data, Data::Element { .. });
        let id = super::dom::append(&mut nodes, top, data);
        if element {
            stack.push(id);
        }
    }
    Some(LiveDom { dom: Dom::new(nodes), text_index })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_build_the_same_tree_as_html() {
        let events = r##"[["html","lang","ar"],["head"],["title"],"قمة بودابست",0,0,["body"],
            ["nav"],["a"],"الرئيسية",0,0,
            ["div","class","post"],["h1"],"قمة ",["b"],"بودابست",0,0,["p"],"نص ",["a","href","#"],"الخبر",0," هنا",0,0,
            ["div","hidden",""],0,0,0]"##;
        let live = read(events).unwrap();
        let html = Dom::parse(
            "<html lang=ar><head><title>قمة بودابست</title></head><body><nav><a>الرئيسية</a></nav>\
             <div class=post><h1>قمة <b>بودابست</b></h1><p>نص <a href='#'>الخبر</a> هنا</p></div><div hidden></div></body></html>",
        );
        let shape = |d: &Dom| d.descendants(0).map(|n| (d.name(n).to_string(), d.text(n))).collect::<Vec<_>>();
        assert_eq!(shape(&live.dom), shape(&html));
        let texts: Vec<u32> = live.text_index.iter().copied().filter(|&i| i != NO_TEXT).collect();
        assert_eq!(texts, (0..7).collect::<Vec<_>>());
    }

    #[test]
    fn bad_events_never_panic() {
        assert!(read("").is_none());
        assert!(read("{\"a\":1}").is_none());
        for bad in ["[0,0,0]", "[[]]", "[[1,2,3]]", "[[\"p\",\"class\"],\"س\"]", "[null,true,1.5,\"ن\"]"] {
            let live = read(bad).unwrap();
            assert_eq!(live.dom.nodes.len(), live.text_index.len());
        }
    }
}
