//! Site families met after tests/site_families4.rs: whole pages of our own under tests/pages/families5/
//! (WordPress Jannah and tagDiv Newspaper themes, Joomla K2, Ghost, a Next.js page with `__NEXT_DATA__`,
//! an old government page in `<table>` cells, agency wire marked «(واس)», «- واج -», «(بترا)», «/ بنا /»
//! and «سبأ», a page titled only in og:title, an article split across «الصفحة 1 2 3», a page with its
//! updated stamp before its published one, Kuwaiti, Bahraini, Yemeni, Sudanese and Kurdish-region
//! papers, and three copied pages as text) checked against what a reader expects (expect.json).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/families.rs"]
mod families;

#[test]
fn whole_pages_of_a_fifth_set_of_site_families() {
    families::check_family("families5", 15);
}
