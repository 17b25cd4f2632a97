//! Debug aid: prints the extracted lines of a saved page with their zones.
//! `cargo run --example dump_html -- page.html [--all]`
fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: dump_html PAGE.html [--all]");
    let all = args.next().is_some();
    let bytes = std::fs::read(&path).unwrap();
    let html = naba::html::decode(&bytes);
    if all {
        let dom = naba::html::dom::Dom::parse(&html);
        for l in naba::html::extract::lines(&dom) {
            println!("{:>6} {}{} {} | {}", l.block, if l.unlikely { "U" } else { " " }, if l.tags { "T" } else { " " }, l.link_chars, l.text);
        }
        return;
    }
    let page = naba::html::read_page(&html);
    println!("meta: {:?}", page.meta);
    for h in &page.lines {
        println!("{:?} {:.2} h{} | {}", h.zone, h.link_density, h.heading, &page.text[h.start..h.end]);
    }
}
