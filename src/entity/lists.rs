//! The name lists (`src/data/*.txt`: one entry per line, `#` comments; the team's own, and the places
//! that `scripts/data/places.py` takes from GeoNames and CLDR), read and put in matching form once, the
//! first time a name is looked up. Every set the tagger looks names up in
//! (`gazetteer`: given names, places, name words, single-word names, multi-word names) is made from
//! [`LISTS`] and borrows its entries. The WebAssembly build has no copy of the files: `naba-train` writes
//! them into the model file ([`packed`]) and the lists are read from the loaded model.

use std::sync::LazyLock;

use crate::model::Label;

/// The team's lists, each entry in matching form, in file order.
pub struct Lists {
    /// Given names: `سيرجي`, `بدر`, `فلاديمير`.
    pub first_names: Vec<&'static str>,
    /// The lists of whole names with their type, people (PER), places (LOC: the team's list, then the
    /// packages') and organisations (ORG) in this order: `فلاديمير بوتين`, `قطاع غزه`, `الامم المتحده`.
    pub names: [(Label, Vec<&'static str>); 3],
    /// Words of people's names from the data packages (`scripts/data/names.py`), not common words:
    /// `نتنياهو`, `لاريجاني`, `آرونسون`. Native builds only: the WebAssembly build reads their keys
    /// from the model file (`name_keys`).
    #[cfg(not(target_arch = "wasm32"))]
    pub name_words: Vec<&'static str>,
}

impl Lists {
    /// The names of the list of type `label` (none for MISC): `Lists::of(Label::LOC)` holds `روسيا`.
    pub fn of(&self, label: Label) -> &[&'static str] {
        self.names.iter().find(|(l, _)| *l == label).map_or(&[], |(_, v)| v.as_slice())
    }

    /// Every entry of every list (given names first).
    pub fn all(&self) -> impl Iterator<Item = &str> {
        self.first_names.iter().chain(self.names.iter().flat_map(|(_, v)| v)).copied()
    }
}

/// The entries of one list file in matching form: `قطاع غزة` → `قطاع غزه`, `الأمم المتحدة` → `الامم المتحده`.
#[cfg(test)]
fn load(list: &str) -> Vec<String> {
    entries(list).map(crate::normalize::fold).collect()
}

/// The entries of one list file as written.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// The list files in the order `packed` writes them: given names, people, the team's places, the
/// packages' places, organisations.
#[cfg(not(target_arch = "wasm32"))]
const FILES: [&str; 5] = [
    include_str!("../data/first_names.txt"),
    include_str!("../data/people.txt"),
    include_str!("../data/places.txt"),
    include_str!("../data/places_packages.txt"),
    include_str!("../data/orgs.txt"),
];

/// The list files as one text, separated by NUL: what `naba-train` writes into the model file, from
/// which the WebAssembly build reads its lists (they are not in its code: 17 KB gzipped less to load
/// before the page can start; there this is the loaded model's copy).
pub fn packed() -> String {
    // (Entries only, in matching form as they are loaded: the files' comments, their provenance, stay in
    // the repository, and folded text compresses better.)
    #[cfg(not(target_arch = "wasm32"))]
    return FILES.map(|f| entries(f).map(crate::normalize::fold).collect::<Vec<_>>().join("\n")).join("\0");
    #[cfg(target_arch = "wasm32")]
    super::MODEL.get().map_or_else(String::new, |m| m.lists.clone())
}

impl Lists {
    /// The lists of the five parts of [`packed`] (already in matching form: their entries are borrowed,
    /// not folded again nor copied).
    fn read([first, people, places, packages, orgs]: [&'static str; 5]) -> Lists {
        Lists {
            first_names: entries(first).collect(),
            names: [
                (Label::PER, entries(people).collect()),
                (Label::LOC, entries(places).chain(entries(packages)).collect()),
                (Label::ORG, entries(orgs).collect()),
            ],
            // (Written in matching form by its generator: read as it is, 31,000 foldings saved; a test
            // holds every entry to its folding.)
            #[cfg(not(target_arch = "wasm32"))]
            name_words: entries(include_str!("../data/names_packages.txt")).collect(),
        }
    }
}

/// The lists, loaded at first use from [`packed`]'s text: natively the files built in, folded once (and
/// kept for good), in the WebAssembly build the loaded model's copy, which `naba-train` wrote folded, so
/// that the first `analyze` neither folds nor copies an entry (every entry point that tags asks
/// `entity::ready()` first; a model without lists gives empty ones).
pub static LISTS: LazyLock<Lists> = LazyLock::new(|| {
    #[cfg(not(target_arch = "wasm32"))]
    let text: &'static str = Box::leak(packed().into_boxed_str());
    #[cfg(target_arch = "wasm32")]
    let text = super::MODEL.get().map_or("", |m| m.lists.as_str());
    let mut parts = text.split('\0');
    Lists::read(std::array::from_fn(|_| parts.next().unwrap_or("")))
});

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::fold;

    #[test]
    fn the_packages_places_are_places_and_common_words_are_not() {
        let places = LISTS.of(Label::LOC);
        let packages = load(include_str!("../data/places_packages.txt"));
        // Only in the generated file: an Algerian and a Libyan city (GeoNames), countries of three
        // letters (CLDR), capitals whose other form is a word or a given name (`دوحة`, `رياض`), a city of
        // millions whose name has three letters.
        for p in ["مستغانم", "مصراتة", "مصر", "قطر", "الدوحة", "الرياض", "القدس", "حلب", "دبي", "نابلس", "حماة"] {
            assert!(packages.contains(&fold(p)), "help: {p}");
        }
        // Cities whose names are common words stay out (`wordfreq`: the word takes and drops the
        // article, or is a word with a preposition or a pronoun), unless the team listed them (`صور`,
        // Tyre, is in places.txt): the eye, the news, the city, the stock exchange, a square, floods,
        // with a movement, your lord, brunette.
        for w in ["الخبر", "العين", "المدينة", "بورصة", "ميدان", "سيول", "بحركة", "ربك", "سمراء", "الجميل"] {
            assert!(!places.contains(&fold(w).as_str()), "help: {w}");
        }
    }

    // (The list is embedded natively only: the WebAssembly build reads its keys from the model.)
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_packages_name_words_are_in_matching_form() {
        let words = &LISTS.name_words;
        assert!(words.len() > 30_000, "{}", words.len());
        let unfolded: Vec<&&str> = words.iter().filter(|w| fold(w) != **w).take(5).collect();
        assert!(unfolded.is_empty(), "not in matching form: {unfolded:?}");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn the_model_carries_the_lists_built_in() {
        // The WebAssembly build reads its lists from the model: retrain (`make train`) after a list
        // changes.
        assert!(super::super::embedded().lists == packed(), "help: the model's lists are not src/data/*.txt: retrain");
        // The lists are read from that text without folding: the same entries as the files' folded.
        assert!(FILES.iter().flat_map(|f| entries(f).map(fold)).eq(LISTS.all().map(str::to_string)));
    }

    #[test]
    fn the_team_lists_no_place_the_packages_give() {
        // `scripts/data/places.py` leaves out of its output what places.txt holds; an entry the
        // packages hold belongs to them (`places.py --check` names it), so none is in both files.
        let packages = load(include_str!("../data/places_packages.txt"));
        let team = load(include_str!("../data/places.txt"));
        let both: Vec<&String> = team.iter().filter(|t| packages.contains(t)).collect();
        assert!(both.is_empty(), "in places.txt and places_packages.txt: {both:?}");
        assert!(team.len() < 120 && packages.len() > 1400, "{} and {}", team.len(), packages.len());
    }
}
