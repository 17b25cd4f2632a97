//! Site families met after tests/site_families7.rs, built to find pages where we return no article, the wrong
//! block, the wrong title or the wrong date: whole pages of our own under tests/pages/families8/ (WordPress's
//! default theme, Blogger with its date header over the post, Drupal 7 fields, Joomla K2's intro and full
//! text, Ghost's `gh-content`, a story followed by related cards each an `<article>`, an `<h1>` holding the
//! site's name over an `<h2>` headline, «تاريخ النشر» beside «آخر تحديث», `ld+json` with `dateModified`
//! before `datePublished`, microdata `datePublished` only, `<meta name="date">` only, an English
//! «Published On» line, breadcrumbs ending on the headline, a byline only in `ld+json`, a court story whose
//! labelled dates are body text; Sudanese, Algerian, Tunisian, Libyan, Yemeni and Omani papers) checked
//! against what a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_an_eighth_set_of_site_families() {
    families::check_family("families8", 15);
}
