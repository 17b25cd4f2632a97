//! Timeline: dated mentions → entries sorted by date, each with its clause and entities.
//! (Foundation stage: empty; the dates issue fills this in.)

use crate::model::{Article, TimelineEntry};

/// The timeline of one analysed article.
pub fn build(_text: &str, _article: &Article) -> Vec<TimelineEntry> {
    Vec::new()
}
