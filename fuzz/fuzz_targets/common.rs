//! Shared by the fuzz targets: every span of a result is in bounds and slices to its text.

pub fn check(text: &str, r: &naba::Analysis) {
    let units: Vec<u16> = text.encode_utf16().collect();
    for a in &r.articles {
        assert!(a.start <= a.end && a.end <= units.len());
        for p in a.title.iter().chain(&a.paragraphs).chain(&a.keywords).chain(&a.source).chain(&a.byline) {
            assert!(p.start <= p.end && p.end <= units.len());
            assert_eq!(String::from_utf16_lossy(&units[p.start..p.end]), p.text);
        }
        for e in &a.entities {
            assert_eq!(String::from_utf16_lossy(&units[e.start..e.end]), e.text);
        }
    }
}
