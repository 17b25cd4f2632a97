//! Site families met after tests/site_families5.rs: whole pages of our own under tests/pages/families6/
//! (Arc XP Fusion and Brightspot markup, a Sitecore ministry page, an Arabic Substack newsletter, a
//! Telegram channel's web preview and a copied post, a copied Facebook post, a PDF-to-text newspaper page
//! with running heads and page numbers, a vBulletin post quoting the news, a Google AMP page, Mauritanian,
//! Libyan, Omani and Palestinian papers, a university's news, a sports page with a match box, pages dated
//! only in the URL or in `<meta name="date">`, a right-to-left page dated `14-03-2025`) checked against what
//! a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_a_sixth_set_of_site_families() {
    families::check_family("families6", 15);
}
