//! HTML → text. (Foundation stage: tags are dropped, block elements become line breaks, `<script>`,
//! `<style>` and comments vanish, the common character references are decoded. The parse issue replaces
//! this with main-content extraction.)

pub mod charset;

pub use charset::decode;

/// Elements whose boundaries are line breaks.
const BLOCKS: &[&str] = &[
    "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "td", "th", "table",
    "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "figure",
    "figcaption", "title", "dd", "dt", "dl", "pre", "form", "hr", "time",
];

/// The visible text of `html`, one line per block.
pub fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        push_text(&rest[..lt], &mut out);
        rest = &rest[lt..];
        if let Some(body) = rest.strip_prefix("<!--") {
            rest = body.find("-->").map_or("", |e| &body[e + 3..]);
            continue;
        }
        let Some(gt) = rest.find('>') else {
            rest = "";
            break;
        };
        let tag = &rest[1..gt];
        rest = &rest[gt + 1..];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect::<String>()
            .to_ascii_lowercase();
        if !tag.starts_with('/') && (name == "script" || name == "style") {
            let close = format!("</{name}");
            let lower = rest.to_ascii_lowercase();
            rest = lower.find(&close).map_or("", |e| &rest[e..]);
            continue;
        }
        if BLOCKS.contains(&name.as_str()) && !out.ends_with('\n') && !out.is_empty() {
            out.push('\n');
        }
    }
    push_text(rest, &mut out);
    out.trim().to_string()
}

fn push_text(raw: &str, out: &mut String) {
    let mut s = raw;
    while let Some(amp) = s.find('&') {
        push_space_folded(&s[..amp], out);
        s = &s[amp..];
        let end = s[1..].find(';').map(|e| e + 1).filter(|&e| e <= 10);
        let decoded = end.and_then(|e| decode_entity(&s[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                s = &s[e + 1..];
            }
            _ => {
                out.push('&');
                s = &s[1..];
            }
        }
    }
    push_space_folded(s, out);
}

fn push_space_folded(s: &str, out: &mut String) {
    for c in s.chars() {
        if c.is_whitespace() {
            if !out.is_empty() && !out.ends_with([' ', '\n']) {
                out.push(' ');
            }
        } else {
            out.push(c);
        }
    }
}

fn decode_entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code).filter(|&c| c != '\0');
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        "laquo" => '«',
        "raquo" => '»',
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines() {
        let html = "<html><head><title>t</title><style>p{}</style></head><body><h1>قمة بودابست</h1>\
                    <!-- c --><p>قال &laquo;بوتين&raquo; &amp; ترامب</p><script>var x='<p>';</script><p>ثانٍ</p></body></html>";
        assert_eq!(to_text(html), "t\nقمة بودابست\nقال «بوتين» & ترامب\nثانٍ");
    }
}
