//! Articles: split a page's text into the articles it holds, with title, date, byline, source,
//! keywords and body paragraphs.
//!
//! Input: the page text (plain text, or the text extracted from HTML). Output: [`crate::model::Article`]s
//! with byte offsets and empty `entities`/`dates`/`timeline` (later stages fill those).
//! (Foundation stage: the whole page is one article; its first line is the title.)

use crate::model::{Article, TextSpan};
use crate::segment::blocks;

/// The articles of `text`. A text with no words gives no article.
pub fn split_articles(text: &str) -> Vec<Article> {
    let lines: Vec<_> = blocks(text)
        .into_iter()
        .filter_map(|r| {
            let line = &text[r.clone()];
            let trimmed = line.trim();
            if trimmed.is_empty() {
                return None;
            }
            let start = r.start + (line.len() - line.trim_start().len());
            Some((start, start + trimmed.len()))
        })
        .collect();
    let Some(&(first_start, first_end)) = lines.first() else {
        return Vec::new();
    };
    let last_end = lines.last().map_or(first_end, |l| l.1);
    vec![Article {
        start: first_start,
        end: last_end,
        title: Some(TextSpan::of(text, first_start, first_end)),
        published: None,
        source: None,
        byline: None,
        keywords: Vec::new(),
        paragraphs: lines[1..].iter().map(|&(s, e)| TextSpan::of(text, s, e)).collect(),
        entities: Vec::new(),
        dates: Vec::new(),
        timeline: Vec::new(),
    }]
}
