//! Segmentation: blocks (lines), sentences, words and the clitics of a word.
//!
//! Input: the original text. Output: byte ranges into it. Invariant: segmentation never changes, adds
//! or skips text — blocks, sentences and tokens each tile the input, so they concatenate back to it.

pub mod clitic;
pub mod sentence;
pub mod word;

pub use clitic::{splits, Split};
pub use sentence::{blocks, sentences, UnitSentences};
pub use word::{tokens, words, Kind, Token};
