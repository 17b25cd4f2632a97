//! A deterministic stand-in for the `dates` fuzz target (cargo-fuzz is not always installed): random
//! strings of date words, numbers, clitics and punctuation, at several references and without one. No
//! panic; every span is on character boundaries, inside the text, in order and without overlaps.
#![cfg(not(target_arch = "wasm32"))]

use naba::date::calendar::Reference;
use naba::date::find_dates;

const PIECES: &[&str] = &[
    "قبل", "بعد", "منذ", "خلال", "في", "غضون", "من", "الى", "حتى", "وحتى", "يوم", "الأسبوع", "الشهر", "العام", "السنة",
    "الماضي", "المقبل", "الماضية", "القادمة", "الجاري", "اللي", "فات", "جاي", "هالسنة", "ده", "دي", "الجمعة", "الاثنين",
    "الأحد", "السبت", "يناير", "آب", "تموز", "كانون", "الثاني", "تشرين", "الأول", "رمضان", "شعبان", "ذو", "الحجة",
    "صفر", "الهجري", "هـ", "م", "عيد", "الفطر", "الأضحى", "الميلاد", "خمسة", "وعشرين", "عشر", "أحد", "اثنا", "ألفين",
    "وثمانية", "مائة", "تسعمائة", "الحادي", "والعشرين", "الثالث", "تمنتاشر", "يومين", "أيام", "يوما", "شهرين",
    "هجريين", "الساعة", "الثالثة", "صباحا", "مساء", "الليلة", "أمس", "امبارح", "بكرة", "غدا", "أواخر", "مطلع", "منتصف",
    "آخر", "أول", "ثالث", "ثلاثاء", "الأيام", "الأسابيع", "الثلاثة", "لمدة", "لحظة", "أسبوعا", "شهر", "بتاريخ", "الموافق",
    "0", "1", "3", "9", "12", "13", "24", "29", "30", "31", "32", "99", "1433", "1446", "2019", "2025", "9999", "٢٠٢٥",
    "/", "-", ".", ":", "،", ",", "(", ")", "%", "وأمس", "بعيد", "لعام", "والشهر", "فالجمعة",
];

/// xorshift64: reproducible without a crate.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn random_date_word_strings_never_panic_and_spans_hold() {
    let refs = [Reference::parse("2025-10-20"), Reference::parse("2024-02-29T23:59"), Reference::parse("0001-01-01"), Reference::parse("9999-12-31"), None];
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut found = 0usize;
    // `NABA_STRESS_ROUNDS=1000000 cargo test --test dates_stress` for a longer run.
    let rounds: usize = std::env::var("NABA_STRESS_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(20_000);
    for round in 0..rounds {
        let len = 1 + (rng.next() % 9) as usize;
        let mut text = String::new();
        for _ in 0..len {
            let p = PIECES[(rng.next() % PIECES.len() as u64) as usize];
            // Pieces are glued (no space) one time in four: `27-6`, `9/3`, `وأمس`.
            if !text.is_empty() && rng.next() % 4 != 0 {
                text.push(' ');
            }
            text.push_str(p);
        }
        let reference = refs[round % refs.len()];
        let mentions = find_dates(&text, reference);
        let mut last_end = 0;
        for m in &mentions {
            assert!(m.start < m.end && m.end <= text.len(), "{text:?}: {m:?}");
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end), "{text:?}: {m:?}");
            assert!(m.start >= last_end, "{text:?}: overlapping {mentions:?}");
            assert_eq!(m.text, text[m.start..m.end]);
            last_end = m.end;
        }
        found += mentions.len();
    }
    assert!(found > 1_000, "help: the random strings should hold dates ({found})");
}
