//! Name lists the team writes (`src/data/*.txt`, one entry per line, `#` comments), normalised to
//! matching form when first used, and the small closed sets of titles and office words.

use crate::hash::FastSet as HashSet;
use std::sync::LazyLock;

use crate::normalize::fold;

fn load(list: &str) -> HashSet<String> {
    list.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(fold)
        .collect()
}

static FIRST_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| load(include_str!("../data/first_names.txt")));

static PLACES: LazyLock<HashSet<String>> = LazyLock::new(|| load(include_str!("../data/places.txt")));

/// A place in the team's list (matching form, whole name): `روسيا`, `بودابست`, `قطاع غزه`.
pub fn is_place(folded: &str) -> bool {
    PLACES.contains(folded)
}

/// Adjectives of region rather than country.
const REGION_ADJECTIVES: &[&str] = &[
    "عربي", "غربي", "شرقي", "دولي", "اممي", "خليجي", "اسيوي", "اسلامي", "اقليمي", "شمالي", "جنوبي", "اوروبي",
    "افريقي", "لاتيني", "كردي", "فارسي", "عبري",
];

/// A nisba adjective of a known place (matching form): `الروسي` (روسيا), `المصرية` (مصر), `السعودي`
/// (السعودية), `الأوروبي`. Family names with the same shape (`السيسي`, `العاطي`) are not adjectives.
pub fn is_nisba(folded: &str) -> bool {
    let w = folded.strip_prefix("ال").unwrap_or(folded);
    let stem = w.strip_suffix("يه").or_else(|| w.strip_suffix('ي')).unwrap_or("");
    if stem.chars().count() < 2 {
        return false;
    }
    if REGION_ADJECTIVES.contains(&format!("{stem}ي").as_str()) {
        return true;
    }
    [
        stem.to_string(),
        format!("{stem}ا"),
        format!("{stem}يا"),
        format!("ال{stem}"),
        format!("ال{stem}يه"),
        format!("{stem}يه"),
    ]
    .iter()
    .any(|c| is_place(c))
}

static NAME_WORDS: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let mut set = HashSet::default();
    for list in [include_str!("../data/people.txt"), include_str!("../data/orgs.txt")] {
        for w in load(list) {
            set.insert(w.clone());
            for part in w.split_whitespace() {
                if part.chars().count() >= 3 {
                    set.insert(part.to_string());
                }
            }
        }
    }
    set
});

/// A name or a word of a name in the people and organisation lists (`بوتين`, `الكرملين`).
pub fn is_known_name(folded: &str) -> bool {
    NAME_WORDS.contains(folded)
}

/// Single words that name one thing of one type: one-word places and organisations, and the surnames
/// (last words) of the people list. Words in two lists (`الرياض`: a city and a newspaper) are left out.
static SINGLE: LazyLock<crate::hash::FastMap<String, crate::model::Label>> = LazyLock::new(|| {
    use crate::model::Label;
    let mut m: crate::hash::FastMap<String, Option<Label>> = Default::default();
    let mut add = |w: String, l: Label| {
        m.entry(w).and_modify(|e| if *e != Some(l) { *e = None }).or_insert(Some(l));
    };
    for w in load(include_str!("../data/places.txt")) {
        if !w.contains(' ') {
            add(w, Label::LOC);
        }
    }
    for w in load(include_str!("../data/orgs.txt")) {
        if !w.contains(' ') {
            add(w, Label::ORG);
        }
    }
    for w in load(include_str!("../data/people.txt")) {
        if let Some(last) = w.split_whitespace().last().filter(|l| l.chars().count() >= 4 && w.contains(' ')) {
            add(last.to_string(), Label::PER);
        }
    }
    m.into_iter().filter_map(|(w, l)| l.map(|l| (w, l))).collect()
});

/// The type of a single-word name from the lists, when it has exactly one (`بودابست` → LOC,
/// `بيسكوف` → PER, `الكرملين` → ORG).
pub fn single_word_type(folded: &str) -> Option<crate::model::Label> {
    SINGLE.get(folded).copied()
}

/// Single-word names by (first letter, length in letters), for one-typo lookups.
static SINGLE_BY_SHAPE: LazyLock<crate::hash::FastMap<(char, usize), Vec<(&'static str, crate::model::Label)>>> =
    LazyLock::new(|| {
        let mut m: crate::hash::FastMap<(char, usize), Vec<(&'static str, crate::model::Label)>> = Default::default();
        for (w, l) in SINGLE.iter() {
            if let Some(c) = w.chars().next() {
                m.entry((c, w.chars().count())).or_default().push((w.as_str(), *l));
            }
        }
        m
    });

/// Single-word names with the same first letter and length as `folded` (candidates for a one-typo match).
pub fn single_words_like(folded: &str) -> impl Iterator<Item = (&'static str, crate::model::Label)> {
    let key = folded.chars().next().map(|c| (c, folded.chars().count()));
    key.and_then(|k| SINGLE_BY_SHAPE.get(&k)).into_iter().flatten().copied()
}

/// A given name (matching form): `سيرجي`, `بدر`, `فلاديمير`.
pub fn is_first_name(folded: &str) -> bool {
    FIRST_NAMES.contains(folded)
}

/// Office words that take a complement: `وزير الخارجية`, `رئيس الوزراء`, `وكالة نوفوستي`.
pub fn is_office_head(folded: &str) -> bool {
    matches!(
        folded,
        "وزير" | "وزيره" | "رئيس" | "رئيسه" | "وزاره" | "وكاله" | "صحيفه" | "مجلس" | "حزب" | "منظمه" | "جامعه"
            | "شركه" | "امير" | "ملك" | "ولي" | "نائب" | "سفير" | "قائد" | "زعيم" | "امين" | "محافظ" | "مدير"
            | "المتحدث" | "الناطق" | "قصر" | "هيئه" | "مؤسسه" | "بنك" | "مكتب" | "وزراء"
    )
}

/// Titles and institution words that stand alone: `الرئيس`, `الشيخ`, `الخارجية`.
pub fn is_title(folded: &str) -> bool {
    matches!(
        folded,
        "الرئيس" | "الشيخ" | "السيد" | "السيده" | "الملك" | "الامير" | "الوزير" | "الدكتور" | "المستشار"
            | "الخارجيه" | "الدفاع" | "الداخليه" | "رئيس الوزراء" | "النائب" | "السفير" | "اللواء" | "العميد"
            | "الفريق" | "المشير" | "الجنرال" | "البابا" | "الامام" | "المهندس" | "الاستاذ" | "الحكومه"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nisba_adjectives_of_places() {
        for w in ["الروسي", "المصريه", "السعودي", "الاوروبي", "التركي", "الامريكي", "الاميركي", "المجري", "الاماراتي", "العربي"] {
            assert!(is_nisba(w), "help: {w}");
        }
        for w in ["السيسي", "العاطي", "الحريري", "الرئيس", "روسيا"] {
            assert!(!is_nisba(w), "help: {w}");
        }
    }
}
