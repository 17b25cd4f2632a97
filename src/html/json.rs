//! A minimal JSON reader for JSON-LD metadata blocks: values, objects, arrays, strings with escapes.
//! It exists only to keep `serde_json` (tens of KB) out of the WebAssembly; nesting is capped, malformed
//! input gives `None`.

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, unread: no field the readers look at is a number (reading it as an `f64` took the
    /// standard library's float parser, about 4 KB, into the .wasm).
    Number,
    String(String),
    Array(Vec<Value>),
    Object(Vec<(String, Value)>),
}

impl Value {
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(fields) => fields.iter().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }
}

const MAX_DEPTH: usize = 64;

struct Parser<'a> {
    b: &'a [u8],
    s: &'a str,
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.b.len() && self.b[self.i].is_ascii_whitespace() {
            self.i += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Value> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.ws();
        match *self.b.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut fields = Vec::new();
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Value::Object(fields));
                    }
                    let key = self.string()?;
                    self.ws();
                    if self.b.get(self.i) != Some(&b':') {
                        return None;
                    }
                    self.i += 1;
                    let v = self.value(depth + 1)?;
                    fields.push((key, v));
                    self.ws();
                    match self.b.get(self.i)? {
                        b',' => self.i += 1,
                        b'}' => {}
                        _ => return None,
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.b.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Some(Value::Array(items));
                    }
                    items.push(self.value(depth + 1)?);
                    self.ws();
                    match self.b.get(self.i)? {
                        b',' => self.i += 1,
                        b']' => {}
                        _ => return None,
                    }
                }
            }
            b'"' => self.string().map(Value::String),
            b't' if self.s[self.i..].starts_with("true") => {
                self.i += 4;
                Some(Value::Bool(true))
            }
            b'f' if self.s[self.i..].starts_with("false") => {
                self.i += 5;
                Some(Value::Bool(false))
            }
            b'n' if self.s[self.i..].starts_with("null") => {
                self.i += 4;
                Some(Value::Null)
            }
            _ => {
                let start = self.i;
                while self.i < self.b.len() && matches!(self.b[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                is_number(&self.b[start..self.i]).then_some(Value::Number)
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        if self.b.get(self.i) != Some(&b'"') {
            return None;
        }
        self.i += 1;
        let mut out = String::new();
        loop {
            let start = self.i;
            while self.i < self.b.len() && self.b[self.i] != b'"' && self.b[self.i] != b'\\' {
                self.i += 1;
            }
            out.push_str(self.s.get(start..self.i)?);
            match *self.b.get(self.i)? {
                b'"' => {
                    self.i += 1;
                    return Some(out);
                }
                _ => {
                    let e = *self.b.get(self.i + 1)?;
                    self.i += 2;
                    match e {
                        b'n' => out.push('\n'),
                        b't' => out.push('\t'),
                        b'r' => out.push('\r'),
                        b'b' | b'f' => out.push(' '),
                        b'u' => {
                            let hex = self.s.get(self.i..self.i + 4)?;
                            let mut code = u32::from_str_radix(hex, 16).ok()?;
                            self.i += 4;
                            if (0xD800..0xDC00).contains(&code) && self.s[self.i..].starts_with("\\u") {
                                let low = u32::from_str_radix(self.s.get(self.i + 2..self.i + 6)?, 16).ok()?;
                                if (0xDC00..0xE000).contains(&low) {
                                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                                    self.i += 6;
                                }
                            }
                            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
                        }
                        other => out.push(other as char),
                    }
                }
            }
        }
    }
}

/// Parses one JSON document (trailing text is ignored; JSON-LD blocks sometimes carry a stray `;`).
pub fn parse(s: &str) -> Option<Value> {
    let mut p = Parser { b: s.as_bytes(), s, i: 0 };
    p.value(0)
}

/// JSON's number grammar: `-`? digits (`.` digits)? ([eE] [+-]? digits)?, leading zeros allowed.
fn is_number(b: &[u8]) -> bool {
    let digits = |b: &[u8]| b.iter().take_while(|c| c.is_ascii_digit()).count();
    let mut i = usize::from(b.first() == Some(&b'-'));
    let n = digits(&b[i..]);
    i += n;
    if n == 0 {
        return false;
    }
    if b.get(i) == Some(&b'.') {
        let n = digits(&b[i + 1..]);
        if n == 0 {
            return false;
        }
        i += 1 + n;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1 + usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        let n = digits(&b[i..]);
        if n == 0 {
            return false;
        }
        i += n;
    }
    i == b.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_json_ld() {
        let v = parse(r#" {"@type":"NewsArticle","headline":"قمة \"بودابست\"\u0020","n":-1.5e2,"a":[true,false,null],"o":{}} "#).unwrap();
        assert_eq!(v.get("@type").and_then(Value::as_str), Some("NewsArticle"));
        assert_eq!(v.get("headline").and_then(Value::as_str), Some("قمة \"بودابست\" "));
        assert_eq!(v.get("n"), Some(&Value::Number));
        for n in ["0", "-7", "12.5", "1e9", "3E-2", "-0.5e+10", "007"] {
            assert_eq!(parse(n), Some(Value::Number), "{n}");
        }
        for n in ["-", "1.", ".5", "1e", "1e+", "--1", "1-2", "+1", "1.2.3", "e5"] {
            assert!(parse(n).is_none(), "{n}");
        }
        assert_eq!(v.get("a"), Some(&Value::Array(vec![Value::Bool(true), Value::Bool(false), Value::Null])));
        assert!(parse("{\"a\":").is_none());
        assert!(parse(&"[".repeat(10_000)).is_none());
        assert_eq!(parse("\"\\ud83d\\ude00\""), Some(Value::String("😀".into())));
    }
}
