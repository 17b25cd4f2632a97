//! Options shared by `parse`, `tag` and `analyze` (API.md): `format`, `now`, `labels`.
//! Binding layers collect the raw values ([`RawOptions`], all strings) and [`Options::from_raw`] checks
//! them, naming the bad field in the error.

use crate::date::calendar::Reference;
use crate::error::{Error, Result};
use crate::model::Label;

/// How the input is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    #[default]
    Text,
    Html,
    /// A live DOM as the extension's walker sends it: a JSON array of events (`src/html/live.rs`).
    Dom,
}

/// Options as the caller wrote them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RawOptions {
    pub format: Option<String>,
    pub now: Option<String>,
    pub labels: Option<Vec<String>>,
}

/// Checked options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    /// The reference date for relative expressions when an article has no publication date.
    pub now: Option<Reference>,
    /// The entity labels to return (all four by default).
    pub labels: Vec<Label>,
}

impl Default for Options {
    fn default() -> Self {
        Options { format: Format::Text, now: None, labels: Label::ALL.to_vec() }
    }
}

impl Options {
    pub fn from_raw(raw: RawOptions) -> Result<Options> {
        let format = match raw.format.as_deref() {
            None | Some("text") => Format::Text,
            Some("html") => Format::Html,
            Some("dom") => Format::Dom,
            Some(other) => {
                return Err(Error::option("format", format!("expected \"text\", \"html\" or \"dom\", got \"{other}\"")))
            }
        };
        let now = match raw.now.as_deref() {
            None => None,
            Some(s) => Some(Reference::parse(s).ok_or_else(|| {
                Error::option("now", format!("expected an ISO date such as \"2025-10-20\", got \"{s}\""))
            })?),
        };
        let labels = match raw.labels {
            None => Label::ALL.to_vec(),
            Some(list) => list
                .iter()
                .map(|l| {
                    Label::parse(l).ok_or_else(|| {
                        Error::option("labels", format!("expected PER, LOC, ORG or MISC, got \"{l}\""))
                    })
                })
                .collect::<Result<Vec<_>>>()?,
        };
        Ok(Options { format, now, labels })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(format: Option<&str>, now: Option<&str>, labels: Option<&[&str]>) -> RawOptions {
        RawOptions {
            format: format.map(str::to_string),
            now: now.map(str::to_string),
            labels: labels.map(|l| l.iter().map(|s| s.to_string()).collect()),
        }
    }

    #[test]
    fn accepts_good_options() {
        let o = Options::from_raw(raw(Some("html"), Some("2025-10-20"), Some(&["PER", "LOC"]))).unwrap();
        assert_eq!(o.format, Format::Html);
        assert_eq!(o.now.unwrap().date.to_string(), "2025-10-20");
        assert_eq!(o.labels, vec![Label::PER, Label::LOC]);
        assert_eq!(Options::from_raw(RawOptions::default()).unwrap(), Options::default());
    }

    #[test]
    fn errors_name_the_field() {
        for (r, field) in [
            (raw(Some("pdf"), None, None), "`format`"),
            (raw(None, Some("20/10/2025"), None), "`now`"),
            (raw(None, Some("2025-02-30"), None), "`now`"),
            (raw(None, None, Some(&["PERSON"])), "`labels`"),
        ] {
            let e = Options::from_raw(r).unwrap_err().to_string();
            assert!(e.contains(field), "help: {e}");
        }
    }
}
