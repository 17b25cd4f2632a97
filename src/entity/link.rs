//! Linking: every mention of one entity shares one `id` and one `canonical` (its fullest name on the
//! page). A mention joins a longer mention of the same type when its words appear in it in order
//! (`بوتين` → `فلاديمير بوتين`, `الخارجية الروسية` → `وزارة الخارجية الروسية`); spellings are compared in
//! matching form (أ/ا, ة/ه, ی/ي, diacritics), and names of five letters or more also match with one
//! typo — a substitution, insertion, deletion or swap of two neighbours (`بوادبست` → `بودابست`).

use crate::model::Label;
use crate::normalize::fold;

/// One mention to link: its type and its words in matching form (shared by the mentions of one text).
pub struct Mention {
    pub label: Label,
    pub words: std::rc::Rc<[String]>,
}

/// Optimal string alignment distance, capped: returns `cap + 1` as soon as it exceeds `cap`.
fn osa_distance(a: &[char], b: &[char], cap: usize) -> usize {
    if a.len().abs_diff(b.len()) > cap {
        return cap + 1;
    }
    let n = b.len();
    let mut prev2 = vec![0usize; n + 1];
    let mut prev: Vec<usize> = (0..=n).collect();
    let mut cur = vec![0usize; n + 1];
    for i in 1..=a.len() {
        cur[0] = i;
        let mut row_min = cur[0];
        for j in 1..=n {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(prev2[j - 2] + 1);
            }
            cur[j] = v;
            row_min = row_min.min(v);
        }
        if row_min > cap {
            return cap + 1;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[n]
}

/// Two words name the same thing: equal in matching form, or one typo apart when both have five
/// letters or more.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (na, nb) = (a.chars().count(), b.chars().count());
    if na < 5 || nb < 5 || na.abs_diff(nb) > 1 {
        return false;
    }
    if na == nb {
        // Same length: one wrong letter, or two neighbours swapped.
        let diffs: Vec<(char, char)> = a.chars().zip(b.chars()).filter(|(x, y)| x != y).take(3).collect();
        let pos: Vec<usize> = a.chars().zip(b.chars()).enumerate().filter(|(_, (x, y))| x != y).map(|(i, _)| i).take(3).collect();
        return diffs.len() == 1 || (diffs.len() == 2 && pos[1] == pos[0] + 1 && diffs[0].0 == diffs[1].1 && diffs[0].1 == diffs[1].0);
    }
    let ca: Vec<char> = a.chars().collect();
    let cb: Vec<char> = b.chars().collect();
    ca.len() >= 5 && cb.len() >= 5 && osa_distance(&ca, &cb, 1) <= 1
}

/// `small`'s words appear in `big` in order (each matching with [`same_word`]). An organisation's
/// name goes on past them with a purpose or field in `ل` (`الأمم المتحدة` in `منظمة الأمم المتحدة للطفولة`,
/// `للأغذية والزراعة`, `لشؤون اللاجئين`): that is a body of its own, an agency, not the shorter name.
fn contained(label: Label, small: &[String], big: &[String]) -> bool {
    let mut j = 0;
    for w in small {
        while j < big.len() && !same_word(w, &big[j]) {
            j += 1;
        }
        if j == big.len() {
            return false;
        }
        j += 1;
    }
    label != Label::ORG || !big[j..].iter().any(|w| w.starts_with('ل'))
}

/// For each mention, the index of its canonical mention (the fullest one it links to).
///
/// Mentions are taken longest first; each joins the first (longest) canonical mention of its type that
/// contains it, or becomes canonical itself. Identical mentions are linked once, and candidates come
/// from an index of canonical words (exact, and by first two letters for one-typo matches), so a page
/// with tens of thousands of mentions links in near-linear time.
pub fn link(mentions: &[Mention]) -> Vec<usize> {
    use crate::hash::FastMap as HashMap;
    // Distinct (type, words), with the first mention of each.
    let mut kinds: Vec<(Label, &[String], usize)> = Vec::new();
    let mut kind_of: HashMap<(Label, &[String]), usize> = HashMap::default();
    let mut mention_kind = Vec::with_capacity(mentions.len());
    for (i, m) in mentions.iter().enumerate() {
        let k = *kind_of.entry((m.label, &m.words[..])).or_insert_with(|| {
            kinds.push((m.label, &m.words[..], i));
            kinds.len() - 1
        });
        mention_kind.push(k);
    }
    let mut order: Vec<usize> = (0..kinds.len()).collect();
    // Longest first; between two of one length, one whose first word is not fused with `ل` (`للأمم
    // المتحدة`, where `ل` took the article's alif and no span can leave it out) names the others.
    // (Packed into one key: fewer words, fewer bytes, fused, then later, each a larger number.)
    crate::sort::by_key(&mut order, |&k| {
        let (_, words, first) = kinds[k];
        let fused = words.first().is_some_and(|w| w.starts_with("لل"));
        let bytes: usize = words.iter().map(|w| w.len()).sum();
        let less = |n: usize| (u32::MAX - n.min(u32::MAX as usize) as u32) as u128;
        less(words.len()) << 96 | less(bytes) << 64 | (fused as u128) << 32 | first.min(u32::MAX as usize) as u128
    });
    let mut canon_kind = vec![usize::MAX; kinds.len()];
    // Canonical kinds by word, and by first two letters (typo candidates); values are positions in `order`.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::default();
    let mut by_prefix: HashMap<(Label, String), Vec<usize>> = HashMap::default();
    for (pos, &k) in order.iter().enumerate() {
        let (label, words, _) = kinds[k];
        let mut candidates: Vec<usize> = Vec::new();
        for w in words {
            candidates.extend(by_word.get(w.as_str()).into_iter().flatten());
            if w.chars().count() >= 5 {
                let key: String = w.chars().take(2).collect();
                candidates.extend(by_prefix.get(&(label, key)).into_iter().flatten());
            }
        }
        crate::sort::by_key(&mut candidates, |&c| c as u128);
        candidates.dedup();
        let found = candidates.into_iter().map(|p| order[p]).find(|&c| kinds[c].0 == label && contained(label, words, kinds[c].1));
        match found {
            Some(c) => canon_kind[k] = c,
            None => {
                canon_kind[k] = k;
                for w in words {
                    by_word.entry(w.as_str()).or_default().push(pos);
                    if w.chars().count() >= 5 {
                        by_prefix.entry((label, w.chars().take(2).collect())).or_default().push(pos);
                    }
                }
            }
        }
    }
    mention_kind.iter().map(|&k| kinds[canon_kind[k]].2).collect()
}

/// Matching-form words of a mention's text.
pub fn words_of(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(label: Label, text: &str) -> Mention {
        Mention { label, words: words_of(text).into() }
    }

    #[test]
    fn surnames_variants_and_typos_link_to_the_full_name() {
        let ms = vec![
            m(Label::PER, "بوتين"),
            m(Label::PER, "فلاديمير بوتين"),
            m(Label::LOC, "بوادبست"),
            m(Label::LOC, "بودابست"),
            m(Label::ORG, "الخارجیة الروسیة"),
            m(Label::ORG, "وزارة الخارجية الروسية"),
            m(Label::PER, "ترامب"),
            m(Label::PER, "دونالد ترامب"),
            m(Label::LOC, "واشنطن"),
            m(Label::ORG, "واشنطن بوست"),
        ];
        let c = link(&ms);
        assert_eq!(c[0], 1);
        assert_eq!(c[2], c[3]);
        assert_eq!(c[4], 5);
        assert_eq!(c[6], 7);
        assert_eq!(c[8], 8, "a place does not link to a newspaper named after it");
        assert_eq!(c[9], 9);
    }

    #[test]
    fn a_name_fused_with_its_preposition_is_not_the_canonical() {
        for (fused, plain) in [("للأمم المتحدة", "الأمم المتحدة"), ("للجامعة العربية", "الجامعة العربية"), ("للاتحاد الأوروبي", "الاتحاد الأوروبي")] {
            let ms = vec![m(Label::ORG, fused), m(Label::ORG, plain), m(Label::ORG, fused)];
            assert_eq!(link(&ms), vec![1, 1, 1], "help: {fused}");
            // Alone, it names itself.
            assert_eq!(link(&ms[..1]), vec![0]);
        }
    }

    #[test]
    fn an_agency_named_after_its_parent_is_another_body() {
        for (agency, parent) in [
            ("منظمة الأمم المتحدة للطفولة", "الأمم المتحدة"),
            ("منظمة الأمم المتحدة للتربية والعلم والثقافة", "الأمم المتحدة"),
            ("المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "الأمم المتحدة"),
            ("الهيئة العامة للاستثمار", "الهيئة العامة"),
            ("الاتحاد الأوروبي لكرة القدم", "الاتحاد الأوروبي"),
        ] {
            let ms = vec![m(Label::ORG, parent), m(Label::ORG, agency), m(Label::ORG, parent)];
            assert_eq!(link(&ms), vec![0, 1, 0], "help: {parent} / {agency}");
        }
        // A head noun before the name, or an adjective after it, is the same body; people and places
        // are not cut so.
        for (full, short, label) in [
            ("منظمة الأمم المتحدة", "الأمم المتحدة", Label::ORG),
            ("وزارة الخارجية الروسية", "الخارجية الروسية", Label::ORG),
            ("الجامعة العربية", "للجامعة العربية", Label::ORG),
            ("عبد الله لطفي", "عبد الله", Label::PER),
        ] {
            let ms = vec![m(label, short), m(label, full)];
            assert_eq!(link(&ms), vec![1, 1], "help: {short} / {full}");
        }
    }

    #[test]
    fn short_names_need_exact_matches() {
        assert!(same_word("بودابست", "بوادبست"));
        assert!(same_word("زيلينسكي", "زيلنسكي"));
        assert!(!same_word("مصر", "قصر"));
        assert!(!same_word("لافروف", "روبيو"));
    }
}
