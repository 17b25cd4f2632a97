//! A lenient HTML tokenizer: start tags with attributes, end tags, text (character references decoded),
//! comments skipped, the bodies of `<script>`, `<style>` and friends skipped, `<title>`/`<textarea>` read
//! as text. It never fails: malformed markup degrades to text. One pass, linear time.

use std::borrow::Cow;

/// One token. Names are lower-cased; attribute values and text are decoded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<'a> {
    /// `attrs`: the attributes of [`READ`] only, in the tag's order.
    Start { name: Cow<'static, str>, attrs: Vec<(&'static str, Cow<'a, str>)>, self_closing: bool },
    End { name: Cow<'a, str> },
    Text(Cow<'a, str>),
}

/// The attributes the reader looks at (the extractor, the metadata reader, and `type` for JSON-LD
/// here): the others (`href`, `src`, `data-*`, a form's `__VIEWSTATE`…) are skipped without being
/// decoded or kept.
const READ: &[&str] = &[
    "class", "id", "itemprop", "role", "rel", "style", "hidden", "aria-hidden", "type", "content", "property", "name",
    "lang", "datetime", "aria-label", "aria-labelledby", "srcdoc",
];

/// The attribute a link to a tag's page gets in place of its `href` (see [`is_tag_path`]).
pub(crate) const TAG_HREF: &str = "tag-href";

/// Whether a link's address leads to a tag's page: a path part `tag`, `tags`, `keyword(s)`, `hashtag(s)`.
pub(crate) fn is_tag_path(href: &str) -> bool {
    let path = href.split(['?', '#']).next().unwrap_or("");
    // (Compared in place: the tokenizer meets every link of the page.)
    path.split('/').any(|p| {
        let p = p.strip_suffix(['s', 'S']).unwrap_or(p);
        ["tag", "keyword", "hashtag"].iter().any(|w| p.eq_ignore_ascii_case(w))
    })
}

/// The attribute `key` (any case) as the reader keeps it, when it is one of [`READ`].
pub(crate) fn read_key(key: &str) -> Option<&'static str> {
    READ.iter().copied().find(|k| key.eq_ignore_ascii_case(k))
}

/// A tag name (lower case) as one shared string when it is a common one: a page has thousands of
/// elements and a few dozen names, so most elements keep no name of their own.
pub(crate) fn tag_name_of(lower: &str) -> Option<&'static str> {
    const COMMON: &[&str] = &[
        "a", "b", "p", "i", "u", "q", "s", "em", "br", "hr", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "h1", "h2", "h3",
        "h4", "h5", "h6", "div", "img", "nav", "pre", "sub", "sup", "svg", "use", "col", "wbr", "span", "meta", "link", "html",
        "head", "body", "main", "form", "time", "abbr", "cite", "code", "font", "path", "area", "base", "label",
        "input", "title", "style", "table", "tbody", "thead", "tfoot", "aside", "small", "video", "audio", "embed",
        "button", "script", "strong", "figure", "footer", "header", "iframe", "option", "select", "source", "center",
        "article", "section", "noscript", "template", "textarea", "blockquote", "figcaption", "picture", "address",
        "caption", "fieldset", "legend", "canvas", "object", "param", "track", "map", "ins", "del", "mark", "big",
    ];
    static SET: std::sync::LazyLock<crate::hash::FastSet<&'static str>> = std::sync::LazyLock::new(|| COMMON.iter().copied().collect());
    SET.get(lower).copied()
}

/// A tag name as written, lower-cased, shared when it is a common one ([`tag_name_of`]).
pub(crate) fn element_name(raw: &str) -> Cow<'static, str> {
    if raw.bytes().any(|b| b.is_ascii_uppercase()) {
        let lower = raw.to_ascii_lowercase();
        tag_name_of(&lower).map_or(Cow::Owned(lower), Cow::Borrowed)
    } else {
        tag_name_of(raw).map_or_else(|| Cow::Owned(raw.to_string()), Cow::Borrowed)
    }
}

/// Elements whose content is not markup. `true` = its text is shown (RCDATA), `false` = dropped.
fn raw_text(name: &str) -> Option<bool> {
    match name {
        "script" | "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" | "template" | "svg" | "math" => {
            Some(false)
        }
        "title" | "textarea" => Some(true),
        _ => None,
    }
}

/// Position of the first `</name` (ASCII case-insensitive) in `hay` at or after `from`.
fn find_close(hay: &[u8], from: usize, name: &str) -> Option<usize> {
    let n = name.as_bytes();
    let mut i = from;
    while i + 2 + n.len() <= hay.len() {
        let at = memchr(b'<', &hay[i..])? + i;
        if hay.get(at + 1) == Some(&b'/')
            && hay.len() >= at + 2 + n.len()
            && hay[at + 2..at + 2 + n.len()].eq_ignore_ascii_case(n)
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&b| b == needle)
}

/// Tokenizes `html`, handing each token to `emit` in document order (no list of tokens is built).
pub fn tokenize<'a>(html: &'a str, mut emit: impl FnMut(Token<'a>)) {
    let b = html.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    let flush = |emit: &mut dyn FnMut(Token<'a>), from: usize, to: usize| {
        if to > from {
            emit(Token::Text(decode_entities(&html[from..to])));
        }
    };
    while i < b.len() {
        let Some(lt) = memchr(b'<', &b[i..]) else { break };
        let lt = i + lt;
        let next = b.get(lt + 1).copied().unwrap_or(0);
        if b[lt..].starts_with(b"<!--") {
            flush(&mut emit, text_start, lt);
            let end = html[lt + 4..].find("-->").map_or(b.len(), |e| lt + 4 + e + 3);
            i = end;
            text_start = end;
        } else if next == b'!' || next == b'?' {
            flush(&mut emit, text_start, lt);
            let end = memchr(b'>', &b[lt..]).map_or(b.len(), |e| lt + e + 1);
            i = end;
            text_start = end;
        } else if next == b'/' && b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) {
            flush(&mut emit, text_start, lt);
            let end = memchr(b'>', &b[lt..]).map_or(b.len(), |e| lt + e);
            emit(Token::End { name: tag_name(&html[lt + 2..end]) });
            i = (end + 1).min(b.len());
            text_start = i;
        } else if next.is_ascii_alphabetic() {
            flush(&mut emit, text_start, lt);
            let (token, end) = start_tag(html, lt);
            i = end;
            text_start = end;
            let Token::Start { name, self_closing, attrs } = &token else { unreachable!() };
            let mut raw = if *self_closing { None } else { raw_text(name) };
            // JSON-LD metadata and a framework's page data (`application/json`: Next.js's `__NEXT_DATA__`)
            // are kept as text (the walker never shows script text).
            if name == "script" && attrs.iter().any(|(k, v)| *k == "type" && v.contains("json")) {
                raw = Some(true);
            }
            let Some(shown) = raw else {
                emit(token);
                continue;
            };
            let close = find_close(b, i, name).unwrap_or(b.len());
            let end = Token::End { name: name.clone() };
            emit(token);
            if shown {
                flush(&mut emit, i, close);
            }
            emit(end);
            i = memchr(b'>', &b[close..]).map_or(b.len(), |e| close + e + 1);
            text_start = i;
        } else {
            i = lt + 1; // a literal '<'
        }
    }
    flush(&mut emit, text_start, b.len());
}

/// An end tag's name, lower-cased (borrowed when it already is).
fn tag_name(s: &str) -> Cow<'_, str> {
    let name = &s[..s.find(|c: char| c.is_whitespace() || c == '/' || c == '>').unwrap_or(s.len())];
    if name.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Owned(name.to_ascii_lowercase())
    } else {
        Cow::Borrowed(name)
    }
}

/// Reads a start tag at `lt` (which points at '<'); returns it and the offset after its '>'.
fn start_tag(html: &str, lt: usize) -> (Token<'_>, usize) {
    let b = html.as_bytes();
    let mut i = lt + 1;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name = element_name(&html[lt + 1..i]);
    let mut attrs = Vec::new();
    // Attributes seen, kept or not: the first 64 are read.
    let mut seen = 0;
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        if b[i] == b'>' {
            i += 1;
            break;
        }
        self_closing = false;
        let s = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'=' && b[i] != b'>' && !(b[i] == b'/' && i > s) {
            i += 1;
        }
        let key = read_key(&html[s..i]);
        let is_href = html[s..i].eq_ignore_ascii_case("href");
        let named = i > s;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = memchr(q, &b[vs..]).map_or(b.len(), |e| vs + e);
                value = &html[vs..ve];
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = &html[vs..i];
            }
        }
        if named && seen < 64 {
            seen += 1;
            if let Some(key) = key {
                attrs.push((key, decode_entities(value)));
            } else if is_href && name == "link" {
                // (A `<link>`'s address, kept as its `content`: the canonical one may carry the day, `/2025/03/14/`.)
                attrs.push(("content", decode_entities(value)));
            } else if is_href && is_tag_path(value) {
                // Of a link's address only whether it leads to a tag's page is kept (`/tags/5g`, `/tag/حمص`).
                attrs.push((TAG_HREF, Cow::Borrowed("")));
            }
        }
    }
    (Token::Start { name, attrs, self_closing }, i)
}

/// Decodes character references (`&amp;`, `&#1576;`, `&#x628;`, and the named ones news pages use).
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        let end = rest.as_bytes().iter().take(12).position(|&c| c == b';');
        match end.and_then(|e| entity(&rest[1..e]).map(|c| (c, e))) {
            Some((c, e)) => {
                out.push(c);
                rest = &rest[e + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0').or(Some('\u{FFFD}'));
    }
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        "sbquo" => '‚',
        "bdquo" => '„',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "lrm" => '\u{200E}',
        "rlm" => '\u{200F}',
        "shy" => '\u{AD}',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "times" => '×',
        "divide" => '÷',
        "bull" => '•',
        "middot" => '·',
        "deg" => '°',
        "euro" => '€',
        "pound" => '£',
        "cent" => '¢',
        "yen" => '¥',
        "sect" => '§',
        "para" => '¶',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(html: &str) -> Vec<Token<'_>> {
        let mut out = Vec::new();
        tokenize(html, |t| out.push(t));
        out
    }

    fn text_of(tokens: &[Token]) -> String {
        tokens.iter().filter_map(|t| if let Token::Text(s) = t { Some(s.as_ref()) } else { None }).collect()
    }

    #[test]
    fn tags_attributes_and_text() {
        let t = tokens("<DIV class=\"a b\" data-x='1' hidden>قال &laquo;بوتين&raquo;<br/>x</div>");
        assert_eq!(
            t[0],
            Token::Start {
                name: "div".into(),
                attrs: vec![("class", "a b".into()), ("hidden", "".into())],
                self_closing: false
            }
        );
        assert_eq!(t[1], Token::Text("قال «بوتين»".into()));
        assert_eq!(t[2], Token::Start { name: "br".into(), attrs: vec![], self_closing: true });
        assert_eq!(t.last(), Some(&Token::End { name: "div".into() }));
    }

    #[test]
    fn raw_text_and_comments() {
        let t = tokens("<p>أ</p><script>if (a<b) { x='</p>'; }</script><!-- <p>ب</p> --><style>p{}</STYLE><title>ع &amp; ن</title>");
        assert_eq!(text_of(&t), "أع & ن");
        let t = tokens("<p>unterminated <!-- comment");
        assert_eq!(text_of(&t), "unterminated ");
        let t = tokens("a < b and 3<4 <3 </ >");
        assert_eq!(text_of(&t), "a < b and 3<4 <3 </ >");
    }

    #[test]
    fn references() {
        assert_eq!(decode_entities("&#1576;&#x648;&amp;&unknown; &"), "بو&&unknown; &");
        assert_eq!(decode_entities("&#0;&#xFFFFFFF;"), "\u{FFFD}\u{FFFD}");
    }
}
