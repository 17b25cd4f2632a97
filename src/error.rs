//! The core's error type. No JS types here: `src/wasm.rs` turns an [`Error`] into a JS `Error`
//! (through `JsError`), the CLI prints it to stderr and exits non-zero.
//!
//! Errors are only for caller mistakes (a malformed option, an unknown format). A page that holds
//! no article is not an error: it gives `{"articles": []}`.

use std::fmt;

/// What went wrong, in words a caller can act on. The message names the offending field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An option had a wrong value: `field` is its name in the options object.
    Option { field: &'static str, message: String },
    /// The input itself was unusable (for example: not a string, when it comes from JS).
    Input(String),
    /// Tagging was asked for before the entity model was loaded (WebAssembly only: `loadModel`).
    Model(String),
}

impl Error {
    pub fn option(field: &'static str, message: impl Into<String>) -> Self {
        Error::Option { field, message: message.into() }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Option { field, message } => write!(f, "invalid option `{field}`: {message}"),
            Error::Input(message) => write!(f, "invalid input: {message}"),
            Error::Model(message) => write!(f, "{message}"),
        }
    }
}

impl std::error::Error for Error {}

/// Result alias used by every core entry point.
pub type Result<T> = std::result::Result<T, Error>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_field() {
        let e = Error::option("format", "expected \"text\" or \"html\", got \"pdf\"");
        assert_eq!(e.to_string(), "invalid option `format`: expected \"text\" or \"html\", got \"pdf\"");
        assert_eq!(Error::Input("not a string".into()).to_string(), "invalid input: not a string");
    }
}
