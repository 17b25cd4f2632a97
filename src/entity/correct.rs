//! Corrections after decoding, with what the name lists know for sure:
//! - a multi-word person or organisation from the lists (`وزارة الخارجية الروسية`, `البيت الأبيض`) that
//!   the model did not see is that entity, whole (the model's own decisions stand);
//! - a place name right after a media word (`صحيفة`, `وكالة`, `قناة`) is an organisation, and a one-word
//!   place of the lists typed otherwise after a place preposition (`عن كييف`) is a place;
//! - Arabic name chains hold together: a person whose name ends in `بن`, `بنت`, `ابن`, `آل`, `أبو` or
//!   `عبد` goes on into the next word (`محمد بن` + `راشد آل` + `مكتوم` is one person), and a person
//!   span does not start with a nisba adjective, a title or an honorific (`العاجي كولو توريه` → `كولو
//!   توريه`, `سماحة الشيخ حسن نصر الله` → `حسن نصر الله`), and
//!   `و` + a given name inside a person span starts the next person (`غادة عادل وياسمين عبد العزيز`),
//!   and a person's span ends before a word behind `ب`/`ل` whose rest is a common word (`وليام غالاس` +
//!   `بمجهود فردي`); Mauritanian names go on through `ولد` + a name, and `ولد` before anything else
//!   ("was born") ends the person;
//! - a short quoted title after a word that introduces a work (`بعنوان «الناس وأنا»`, `برنامج «حكايات»`,
//!   `فيلم`, `مسلسل`, `كتاب`, `رواية`…) is a MISC name, whole, and so are the quoted titles listed with
//!   it; a World Cup with its year, a championship of the world with a preposition on it or its sport
//!   (`لكرة القدم`), a currency with its country's adjective (`الدولار الأمريكي`), and a currency
//!   after an amount are MISC names too; any short quoted name takes the type its head noun says
//!   (`صحيفة «السفير»` ORG, `روايته "أولاد حارتنا"` MISC, `زوجته "…"` PER, `مدينة «بورصة»` LOC);
//! - a word that is a one-word name of the lists with two neighbouring letters swapped (`بوادبست`, five
//!   letters or more, not a frequent word, not a definite word: `الرابط` is no `الرباط`) is that name;
//! - words for roles name nobody (`الجانبان`, `مديري`, an ordinal alone, an accusative object after a
//!   name), two person spans side by side are one person, a national's name after his country's
//!   adjective is a person (`العداء المغربي ربيع دكانة`), a person's name after a square, street or
//!   canal is a place and after a mosque an organisation, and a word for a kind of place (`نهر`, `مطار`,
//!   `شارع`) is not part of the place's name, and a word that opens place names (`نيو`, `سان`, `لوس`,
//!   `سيدي`) is; a definite one alone (`المدينة`, "the city") is no place but Medina beside Mecca; a
//!   king "of" an unknown word names his realm (`ملك أراغون`);
//! - organisations are whole: a club after `نادي`, a club word with its town (`أولمبيك آسفي`,
//!   `المولودية الوجدية`), an outlet's or company's name after its head (`صحيفة هامشهري`), or a club
//!   in a list of fixtures with its country in brackets
//!   (`بوردو ( فرنسا ) - أيندهوفن ( هولندا )`, the country a place), an authority with joined genitives (`هيئة الطرق
//!   والمواصلات`), a named army (`الجيش الوطني الليبي`), a quoted movement, an outlet in Latin letters or
//!   with an English word (`وكالة AFP`, `المدى نيوز`), a span cut inside a listed name, a ministry and its
//!   country's adjective, a university, party or organisation + a definite noun (`جامعة النجاح`); a
//!   listed place does not take the definite noun after it (`فلسطين` + `الخبر`); Gulf names go on
//!   through `ال` + given names (`جابر المبارك الحمد الصباح`); a virus and a region adjective are no
//!   places, dialect questions no names, nor, in a line in dialect or after `يا`, a word alone that no list
//!   or training text knows (`زوينة بزاف`, `يا ريت`).
//!
//! The rules decide by the words and the lists, not by what the model happens to know (its
//! vocabulary changes with every retraining), except where a rule says so.

use super::features::{list_matches, Prepared, Vocab};
use super::gazetteer;
use super::model::{begin_of as b_of, is_inside};
use super::score::chunks;
use crate::model::Label;
use crate::words::one_of;

/// Labels `start..end` one entity of type `l`, whatever they were (every label in the range is written).
fn set(labels: &mut [usize], start: usize, end: usize, l: Label) {
    let b = b_of(l);
    labels[start] = b;
    for k in &mut labels[start + 1..end] {
        *k = b + 1;
    }
    // A dangling I- after the new entity starts its own.
    if let Some(k) = labels.get_mut(end) {
        if is_inside(*k) {
            *k -= 1;
        }
    }
}

/// The entity `a..b` of type `l` cut down to `s..e` (inside it; to nothing when `s >= e`).
fn narrow(labels: &mut [usize], (a, b): (usize, usize), (s, e): (usize, usize), l: Label) {
    labels[a..b].fill(0);
    if s < e {
        set(labels, s, e, l);
    }
}

/// Where the run of `l`'s inside labels (`I-`) that starts at `from` ends: `from` itself when there is
/// none.
fn inside_end(labels: &[usize], from: usize, l: Label) -> usize {
    let inside = b_of(l) + 1;
    from + labels.get(from..).map_or(0, |rest| rest.iter().take_while(|&&k| k == inside).count())
}

/// What the corrections ask of a word alone: worked out once per distinct word of a document (the
/// rules run on every sentence, and most of their questions are comparisons with closed lists).
#[derive(Debug, Clone, Copy, Default)]
pub struct WordFacts {
    /// `FUNCTION`, `DIALECT`, … below.
    bits: u32,
    /// The one-word name of the lists the word is with two neighbouring letters swapped (`بوادبست` →
    /// LOC), if it is not such a name itself and has five letters or more.
    typo: Option<Label>,
}

const FUNCTION: u32 = 1;
const DIALECT: u32 = 2;
const STRONG_DIALECT: u32 = 4;
const LONE_DIALECT: u32 = 8;
const ORG_HEAD: u32 = 16;
const DEFINITE_ORG_HEAD: u32 = 32;
/// A country's adjective with the article, of a stem of three letters or more (`المغربي`, `السويدية`;
/// not `المدى`, "the range", which folds to the adjective of `المدية`): see `nationals`.
const NATIONAL: u32 = 64;
/// A newspaper, magazine, channel or company (`صحيفة`, `لشركة`): see `outlet_names`.
const OUTLET: u32 = 128;
/// A word that names only clubs, before the club's town (`أولمبيك`, `حسنية`): see `club_words`.
const CLUB_TOWN: u32 = 256;
/// A club's definite name, before its town's adjective (`الوداد`, `المولودية`): see `club_words`.
const CLUB_ADJECTIVE: u32 = 512;
/// `ملك`, `ملكة` without the article: see `realms`.
const REALM: u32 = 1024;
/// A definite noun for a city, province or capital (`المدينة`, `بالمحافظة`): see `lone_kinds_of_place`.
const DEFINITE_KIND: u32 = 2048;
/// A word that makes `المدينة` Medina (`مكة`, `النبي`, `الهجرة`): see `lone_kinds_of_place`.
const MEDINA_CUE: u32 = 4096;
/// The surname of a person of the lists, behind a clitic too (`ترامب`, `لماكرون`), that is no definite
/// word, nisba, ordinal or given name: see `listed_surnames`.
const SURNAME: u32 = 8192;
// The words that set off one rule each (see [`correct_with`]: a rule none of whose words is in a
// sentence is not run there).
/// An office noun, behind `و`, `ل`, `ب` too: see `office_holders`.
const OFFICE: u32 = 1 << 14;
/// `هيئة`, `سلطة`, `مؤسسة`, `دائرة`, behind clitics: see `joined_genitive_orgs`.
const GENITIVE_HEAD: u32 = 1 << 15;
/// `الجيش` (`للجيش`, `بالجيش`): see `named_armies`.
const ARMY: u32 = 1 << 16;
/// `جامعة`, `حزب`, `منظمة`, behind `و`, `ل`, `ب` too: see `definite_named_orgs`.
const NAMED_HEAD: u32 = 1 << 17;
/// `فيروس` with or without its article or a clitic: see `viruses`.
const VIRUS: u32 = 1 << 18;
/// A currency's name: see `currencies`.
const CURRENCY: u32 = 1 << 19;
/// A noun that names a place or a house of worship after a person (`شارع`, `مسجد`): see
/// `places_named_after_people`.
const NAMED_AFTER: u32 = 1 << 20;
/// A counterpart (`نظيره`) or a person's title (`الرئيس`), behind `و` too: see `counterparts`.
const COUNTERPART: u32 = 1 << 21;
/// `وكالة` (behind clitics) or an opening bracket: see `news_agencies`.
const AGENCY: u32 = 1 << 22;
/// A noun for a town, camp, district or province, behind `و`, `ل`, `ب` too: see `places_after_units`.
const UNIT: u32 = 1 << 23;
/// A political movement's head noun (`حركة`, `تيار`, `ائتلاف`, `كتلة`, `تحالف`, `جبهة`), behind `و`, `ل`,
/// `ب` too: see `political_movements`.
const MOVEMENT: u32 = 1 << 24;
/// A word of the kitchen, the market or the house: see `household_words`.
const HOUSEHOLD: u32 = 1 << 25;
/// A noun for a kind of place or its dual, behind clitics: see `names_after_kinds`.
const KIND: u32 = 1 << 26;

impl WordFacts {
    fn of(p: &Prepared) -> WordFacts {
        let w = p.w.as_str();
        // (Dialect words also behind a conjunction: `وهسي`, `وكده`.)
        let n = p.noconj();
        let head = head_word(p);
        let strong = is_strong_dialect_word(w) || is_strong_dialect_word(n);
        let mut bits = 0;
        for (yes, bit) in [
            (is_function_word(w), FUNCTION),
            (strong || is_weak_dialect_word(w) || is_weak_dialect_word(n), DIALECT),
            (strong, STRONG_DIALECT),
            (is_lone_dialect_word(w), LONE_DIALECT),
            (org_head_of(p), ORG_HEAD),
            (definite_org_head_of(p), DEFINITE_ORG_HEAD),
            (
                w.starts_with("ال") && gazetteer::nisba_stem(w).is_some_and(|s| s.chars().count() >= 3) && gazetteer::is_place_nisba(w),
                NATIONAL,
            ),
            (one_of!(head, ["صحيفه", "جريده", "مجله", "قناه", "شركه"]), OUTLET),
            (one_of!(head, ["اولمبيك", "حسنيه", "مولوديه", "شبيبه"]), CLUB_TOWN),
            (one_of!(head, ["الوداد", "الرجاء", "المولوديه", "الشبيبه"]), CLUB_ADJECTIVE),
            (matches!(head, "ملك" | "ملكه"), REALM),
            (
                head.strip_prefix("ال").is_some_and(|r| one_of!(r, ["مدينه", "محافظه", "ولايه", "قريه", "بلده", "منطقه", "مقاطعه", "عاصمه"])),
                DEFINITE_KIND,
            ),
            (one_of!(n.trim_start_matches(['ل', 'ب']), ["مكه", "يثرب", "المنوره", "النبي", "الرسول", "الهجره"]), MEDINA_CUE),
            (bare_is(w, is_office), OFFICE),
            (one_of!(n.trim_start_matches(['ل', 'ب']), ["هيئه", "سلطه", "مؤسسه", "شركه", "ديوان", "مديريه", "دائره"]), GENITIVE_HEAD),
            (one_of!(n, ["الجيش", "للجيش", "بالجيش"]), ARMY),
            (bare_is(w, |w| one_of!(w, ["جامعه", "حزب", "منظمه", "البنك", "المصرف", "بنك", "مصرف"])) || matches!(n, "للبنك" | "للمصرف"), NAMED_HEAD),
            (is_virus(w) || is_virus(n), VIRUS),
            (is_currency(w), CURRENCY),
            (named_after_person(p).is_some() || n == "طريق", NAMED_AFTER),
            (is_counterpart(n) || is_person_title(n), COUNTERPART),
            (w == "(" || bare_is(w, |w| w == "وكاله"), AGENCY),
            // (`جهة`, a Moroccan region, but not `وجهة`, "destination", "point of view".)
            (is_unit(w) || is_unit(n) || n.strip_prefix(['ل', 'ب']).is_some_and(is_unit) || one_of!(w, ["جهه", "بجهه", "لجهه"]), UNIT),
            (bare_is(w, is_movement) || bare_is(w, is_national_body), MOVEMENT),
            (is_household(n.strip_prefix("ال").unwrap_or(n)), HOUSEHOLD),
            (dual_kind(p) || bare_is(w, is_place_kind) || bare_is(n, is_place_kind), KIND),
            (
                listed_person_word(&[w, n, p.stem()])
                    && !n.starts_with("ال")
                    && !gazetteer::is_nisba(n)
                    && !is_ordinal(n)
                    && !gazetteer::is_first_name(n)
                    && !gazetteer::is_first_name(p.stem()),
                SURNAME,
            ),
        ] {
            if yes {
                bits |= bit;
            }
        }
        // (Not a definite word: `البشري`, `الملحة`, `النبأ` are words of their own, a swap away from
        // `البشير`, `المحلة`, `البنا`.)
        let typo = (n.chars().count() >= 5 && !n.starts_with("ال") && gazetteer::single_word_type(n).is_none())
            .then(|| gazetteer::swapped_name(n))
            .flatten();
        WordFacts { bits, typo }
    }
}

/// Whether one of a word's forms (itself, without a conjunction, its stem: often the same string) is the
/// surname of a person of the lists; each distinct form is looked up once.
fn listed_person_word(forms: &[&str]) -> bool {
    forms.iter().enumerate().any(|(i, x)| !forms[..i].contains(x) && gazetteer::single_word_type(x) == Some(Label::PER))
}

/// A head noun's form for the rules that read one: without `و`/`ف` and then without `ل`/`ب` (`لصحيفة` →
/// `صحيفه`, `وبشركة` → `شركه`), where three letters or more remain.
fn head_word(p: &Prepared) -> &str {
    let h = p.noconj();
    h.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3).unwrap_or(h)
}

/// The facts of a token's word (see [`WordFacts`]).
fn facts(p: &Prepared) -> &WordFacts {
    p.facts.get_or_init(|| WordFacts::of(p))
}

/// Whether a token's word has the fact `bit` (any of them, for several bits).
fn has(p: &Prepared, bit: u32) -> bool {
    facts(p).bits & bit != 0
}

/// Words that link the parts of an Arabic name (matching forms): `بن`, `بنت`, `ابن`, `آل`, `أبو`, `عبد`.
pub fn is_name_link(w: &str) -> bool {
    one_of!(w, ["بن", "بنت", "ابن", "ال", "ابو", "ابي", "ابا", "عبد"])
}

/// The particles of European names, written apart (matching form): `دو`, `دي`, `دا`, `فان`, `فون`, `ديل`,
/// `لا` (`جان مارك دو لا سابليير`, `ليوناردو دا فينشي`, `لودفيغ فان بيتهوفن`).
fn is_name_particle(w: &str) -> bool {
    one_of!(w, ["دو", "دي", "دا", "فان", "فون", "ديل", "دل", "لا", "دوس", "ديلا"])
}

/// A word that can be part of a name: Arabic letters, two or more.
fn is_name_word(p: &Prepared) -> bool {
    p.is_arabic() && p.w.chars().count() >= 2
}

/// Name chains: a person span ending in a linking word or a European particle, or followed by `بن` or
/// `بنت` and a name, takes the next word (or the next person); `و` +
/// a given name inside a span starts the next person; a person span of two words or more loses a
/// leading nisba adjective (`ال…ي`) or title.
fn name_chains(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    let mut i = 0;
    while i < labels.len() {
        if labels[i] != per {
            i += 1;
            continue;
        }
        let mut end = inside_end(labels, i + 1, Label::PER);
        // `بن`, `بنت` right after the span, before a name: the name goes on through it (`فاطمة` + `بنت
        // أسد`). (Not `ابن`: in prose it is "son", `ابن أخيه`, `ابن رجل`.)
        if end + 1 < labels.len() && labels[end] == 0 && matches!(prepared[end].w.as_str(), "بن" | "بنت")
            && is_name_word(&prepared[end + 1]) && !has(&prepared[end + 1], FUNCTION)
        {
            labels[end] = per + 1;
            end += 1;
        }
        // Mauritanian names go on through `ولد` ("son of") + a name: `محمد لمين` + `ولد سلامة ولد النفاع`.
        // `ولد` is also "was born": before anything but a name (`في`, `عام`, a place) it ends no person.
        let named_at = |labels: &[usize], j: usize| {
            j < labels.len() && {
                let p = &prepared[j];
                let name = is_name_link(&p.w) || gazetteer::is_first_name(&p.w) || gazetteer::is_name_word(&p.w);
                (labels[j] == per || labels[j] == 0 && name) && !has(p, FUNCTION) && !gazetteer::is_place(&p.w)
            }
        };
        while end < labels.len() && labels[end] == 0 && prepared[end].w == "ولد" && named_at(labels, end + 1) {
            labels[end] = per + 1;
            labels[end + 1] = per + 1;
            end = inside_end(labels, end + 2, Label::PER);
        }
        if end - i >= 2 && prepared[end - 1].w == "ولد" && !named_at(labels, end) {
            labels[end - 1] = 0;
            end -= 1;
        }
        // A link word at the end, or a particle of a European name (`جان مارك دو` + `لا سابليير`): the
        // name goes on.
        while end < labels.len()
            && (is_name_link(&prepared[end - 1].w) || is_name_particle(&prepared[end - 1].w))
            && is_name_word(&prepared[end])
            && (!has(&prepared[end], FUNCTION) || is_name_particle(&prepared[end].w))
        {
            if labels[end] == 0 || labels[end] == per {
                labels[end] = per + 1;
                end = inside_end(labels, end + 1, Label::PER);
            } else {
                break;
            }
        }
        // Gulf names go on through the article + a given name of the father and grandfather
        // (`جابر المبارك` + `الحمد`), and then take the family name the model gave another type
        // (`الصباح` tagged ORG).
        let mut fathers = 0;
        while end < labels.len() && labels[end] == 0 && is_article_given_name(&prepared[end].w) {
            labels[end] = per + 1;
            end += 1;
            fathers += 1;
        }
        if fathers > 0 && end < labels.len() && labels[end] != 0 && labels[end] != per && !is_inside(labels[end]) {
            let w = prepared[end].w.as_str();
            // (A name, not the sentence's next noun: `الصباح`, a given name with the article, not
            // `الوفد` of `صباح الأحمد الوفد`.)
            let named = is_article_given_name(w) || gazetteer::single_word_type(w) == Some(Label::PER) || gazetteer::is_name_word(w);
            if w.starts_with("ال") && named && labels.get(end + 1).is_none_or(|&k| !is_inside(k)) {
                labels[end] = per + 1;
                end += 1;
            }
        }
        // `و` + a given name, or a word of people's names the packages give, inside a person span starts
        // the next person (`غادة عادل وياسمين عبد العزيز`, `عنان وصبري` are two people), unless the word
        // itself is a name (`وليد`, `وقاص`).
        for j in i + 1..end {
            let p = &prepared[j];
            // (A name word of four letters or more without the article: `وايت`, White, is `و` + `ايت` and
            // `والكين`, Walken, `و` + `الكين` in the packages' list.)
            let rest = p.noconj();
            let listed = gazetteer::is_first_name(rest)
                || gazetteer::is_name_word(rest) && rest.chars().count() >= 4 && !rest.starts_with("ال");
            let own = gazetteer::is_first_name(&p.w) || gazetteer::is_name_word(&p.w);
            if p.w.starts_with('و') && p.w != rest && !own && listed {
                labels[j] = per;
            }
        }
        // Leading nisba adjectives, titles and honorifics are not part of the name (`سماحة الشيخ` +
        // `حسن نصر الله`); the last word stays.
        let mut start = i;
        while end - start >= 2 {
            let w = prepared[start].w.as_str();
            let nisba = w.starts_with("ال") && w.ends_with('ي') && w.chars().count() >= 5;
            if !(nisba || gazetteer::is_title(w) || is_honorific(prepared[start].noconj())) {
                break;
            }
            labels[start] = 0;
            labels[start + 1] = per;
            start += 1;
        }
        i = end;
    }
}

/// The article and a given name, as Gulf names give the father's and grandfather's (`المبارك`,
/// `الحمد`, `الأحمد`), not a title (`الأمير`, `السيد`).
fn is_article_given_name(w: &str) -> bool {
    w.strip_prefix("ال").is_some_and(|r| r.chars().count() >= 3 && gazetteer::is_first_name(r)) && !gazetteer::is_title(w) && !is_person_title(w)
}

/// A word that introduces the title of a work (matching form, clitics off): `بعنوان`, `برنامج`, `فيلم`…
fn is_work_cue(p: &Prepared) -> bool {
    [p.w.as_str(), p.noconj(), p.stem()].into_iter().any(is_work_word)
}

/// A word for a work (matching form, the article allowed): `رواية`, `الفيلم`, `ديوان`, `برنامج`…, and
/// `القصصية` of `المجموعة القصصية`.
fn is_work_word(w: &str) -> bool {
    one_of!(w, ["البوم", "الالبوم", "بعنوان"])
        || one_of!(w.strip_prefix("ال").unwrap_or(w), ["عنوان", "فيلم", "مسلسل", "كتاب", "روايه", "روايات", "اغنيه", "مسرحيه", "قصيده", "ديوان", "قصصيه"])
        || w.starts_with("برنامج")
        || w.starts_with("البرنامج")
}

/// Where an opening quote at `q` (`«`, `"`, `'`: the tagger's own quote feature) closes over one to six
/// words of Arabic letters or digits: the closing quote's index. Punctuation inside is no one name.
#[inline]
fn quoted_words(prepared: &[Prepared], q: usize) -> Option<usize> {
    if !prepared.get(q)?.hashes.quote {
        return None;
    }
    let end = (q + 2..prepared.len().min(q + 8)).find(|&j| one_of!(prepared[j].w.as_str(), ["»", "\"", "”", "'"]))?;
    // (Arabic punctuation is in the Arabic block, which `is_arabic` reads as letters: `،` is no word.)
    prepared[q + 1..end].iter().all(|p| (p.is_arabic() || p.is_number()) && p.w.chars().all(char::is_alphanumeric)).then_some(end)
}

/// What a quoted name is, said by the noun before it (matching form; clitics, a possessive ending and
/// one adjective allowed): a newspaper, a company or a university names an organisation (`صحيفة
/// «السفير»`, `شركة "جلف فيلم"`), a novel, a film or a stadium a work or a thing (MISC, as the training
/// text has them: `روايته "أولاد حارتنا"`, `المجموعة القصصية "صباح الورد"`, `استاد "فارول"`), a
/// kinsman or an emperor a person (`زوجته "كوهر شاه"`), a city or a province a place.
fn quote_head_type(p: &Prepared) -> Option<Label> {
    // The word itself and without `و`/`ف` (`فيلمك` keeps its `ف`), each also without `ل`/`ب`.
    let bases = [p.w.as_str(), p.noconj()];
    let bases = bases.iter().flat_map(|w| [Some(*w), w.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3)]).flatten();
    let mut ty = None;
    for w in bases {
        if one_of!(w, ["الامبراطور", "الامبراطوره", "زوجته", "زوجها", "صديقته", "عمه", "خاله", "امه", "والدته", "شقيقته"]) {
            return Some(Label::PER);
        }
        // A possessive ending off (`روايته` → `روايه`, `كتابه` → `كتاب`, `فيلمك` → `فيلم`).
        let bare = ["تها", "ته", "تك"]
            .iter()
            .find_map(|e| w.strip_suffix(e).map(|r| format!("{r}ه")))
            .or_else(|| ["ها", "ه", "ك"].iter().find_map(|e| w.strip_suffix(e)).filter(|r| r.chars().count() >= 3).map(str::to_string));
        for f in std::iter::once(w).chain(bare.as_deref()) {
            if is_work_word(f) {
                return Some(Label::MISC);
            }
            ty = ty.or(match f.strip_prefix("ال").unwrap_or(f) {
                "صحيفه" | "جريده" | "مجله" | "شركه" | "مؤسسه" | "مصرف" | "بنك" | "قناه" | "معهد" | "مدرسه" | "وكاله" | "اذاعه" | "جامعه" => Some(Label::ORG),
                "استاد" | "ملعب" => Some(Label::MISC),
                "مدينه" | "منطقه" | "اقليم" | "قريه" | "بلده" | "جزيره" | "ولايه" | "محافظه" => Some(Label::LOC),
                _ => None,
            });
        }
    }
    ty
}

/// A quoted name after a noun that says what it is ([`quote_head_type`]) is a name of that type, whole,
/// whatever the model made of its words (`شركة « بروتان انتيرناسيونال »` was a person, `رواية «القاهرة
/// الجديدة»` a place): the head may carry an adjective (`المسلسل المصري`, `كتابه الشهير`). One common
/// word after an organisation's head is a name too (`صحيفة «المستقبل»`).
fn quoted_by_head(prepared: &[Prepared], labels: &mut [usize]) {
    for q in 1..prepared.len() {
        let Some(end) = quoted_words(prepared, q) else { continue };
        let before = &prepared[q - 1];
        let qualifier = is_adjective(&before.w) || one_of!(before.w.as_str(), ["الشهير", "الشهيره", "الاول", "الاولي", "الجديد", "الجديده", "الاخير", "الاخيره"]);
        let ty = quote_head_type(before).or_else(|| (qualifier && q >= 2).then(|| quote_head_type(&prepared[q - 2])).flatten());
        let Some(ty) = ty else { continue };
        // (The quotes themselves untagged: no name the model found runs through them.)
        if labels[q] != 0 || labels[end] != 0 {
            continue;
        }
        set(labels, q + 1, end, ty);
    }
    quoted_title_lists(prepared, labels);
}

/// Quoted titles of works: `بعنوان « الناس وأنا »` → MISC over the words between the quotes (one to
/// six words, Arabic letters or digits only).
fn quoted_titles(prepared: &[Prepared], labels: &mut [usize]) {
    for q in 1..prepared.len() {
        if !is_work_cue(&prepared[q - 1]) {
            continue;
        }
        let Some(end) = quoted_words(prepared, q) else { continue };
        set(labels, q + 1, end, Label::MISC);
    }
}

/// Sports events by their common words (MISC, as the training text has them): a World Cup with its
/// year (`مونديال 2010`), and a championship of the world with a preposition on it
/// (`ببطولة العالم`, `لبطولة العالم`), which the model misses for the clitic.
fn sports_events(prepared: &[Prepared], labels: &mut [usize]) {
    let year = |p: &Prepared| p.is_number() && p.w.len() == 4 && (p.w.starts_with("19") || p.w.starts_with("20"));
    for i in 0..prepared.len().saturating_sub(1) {
        let w = prepared[i].noconj();
        let end = if one_of!(w, ["مونديال", "بمونديال", "لمونديال"]) && year(&prepared[i + 1]) {
            i + 2
        } else if matches!(w, "ببطوله" | "لبطوله") && prepared[i + 1].w == "العالم" {
            i + 2
        } else if (labels[i] == 0 || labels[i] == b_of(Label::MISC)) && labels[i + 1] != 0 && !is_inside(labels[i + 1]) && labels.get(i + 2).is_none_or(|&k| !is_inside(k))
            && match label_type_of(labels[i + 1]) {
                Some(Label::PER) | None => false,
                Some(Label::LOC) => bare_is(w, |w| w == "بطوله"),
                _ => bare_is(w, |w| w == "بطوله" || w == "دوري"),
            }
        {
            // A championship or a league and the one-word name the model found after it, with its
            // adjectives (`دوري روشن السعودي`, `بطولة ويمبلدون`, `بطولة أوروبا`), as the training text
            // has them: one MISC name, the head in it. (Not a person: `بطولة` is also "starring"; a
            // league or cup of a place leaves the place alone there, `دوري أبطال أوروبا`, `كأس آسيا`.)
            let mut end = i + 2;
            while end < prepared.len() && end < i + 5 && labels[end] == 0 && (is_adjective(&prepared[end].w) && !prepared[end].w.starts_with('و') || prepared[end].w == "للمحترفين") {
                end += 1;
            }
            set(labels, i, end, Label::MISC);
            continue;
        } else {
            continue;
        };
        // Untagged, or only part of it tagged an event already (`مونديال` without its year).
        let open = labels[i..end].iter().all(|&k| k == 0 || label_type_of(k) == Some(Label::MISC)) && !is_inside(labels[i]);
        if open && labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, i, end, Label::MISC);
        }
    }
}

/// A currency's name as written after an amount (matching form).
fn is_currency(w: &str) -> bool {
    one_of!(w, ["دولار", "دولارا", "درهم", "درهما", "دراهم", "جنيه", "جنيها", "يورو", "شيكل", "شيكلا", "فرنك", "فرنكا", "روبل", "روبلا", "روبيه", "ريال", "ريالا", "ريالات", "دينار", "دينارا", "دنانير", "ليره", "ليرات", "يوان", "دولارات", "جنيهات", "تومان"])
}

/// A currency after an amount (digits or words) is MISC, as the training text has it (`3 ملايين درهما`, `20 فرنكا`,
/// `500 جنيها`): the model knows the common forms (`دولار`) but not every accusative and plural, and
/// takes `ريال` for the club (`ريال مدريد`) even after an amount.
fn currencies(prepared: &[Prepared], labels: &mut [usize]) {
    // (A count in words too, behind `ب`: `خمسين دينارا`, `بعشرين جنيها`.)
    let amount = |p: &Prepared| {
        p.is_number()
            || [p.w.as_str(), p.w.trim_start_matches('ب')].iter().any(|w| {
                is_number_word(w) || one_of!(*w, ["عشرات", "عشر", "عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"])
            })
    };
    for i in 1..prepared.len() {
        if !has(&prepared[i], CURRENCY) || !amount(&prepared[i - 1]) {
            continue;
        }
        // Untagged, or a name of one word by itself (`فرنكا` taken for a place): after an amount it is
        // the currency.
        let alone = labels[i] == 0 || (!is_inside(labels[i]) && label_type_of(labels[i]) != Some(Label::MISC));
        if alone && labels.get(i + 1).is_none_or(|&k| !is_inside(k)) {
            set(labels, i, i + 1, Label::MISC);
            continue;
        }
        // Taken with its country's adjective for something else (`ريال سعودي` as the club, `دينار
        // كويتي` as a place): the currency is the two words, as `الدولار الأمريكي` is.
        let opens = labels[i] != 0 && !is_inside(labels[i]) && label_type_of(labels[i]) != Some(Label::MISC);
        if opens && inside_end(labels, i + 1, label_type_of(labels[i]).unwrap_or(Label::MISC)) == i + 2 && gazetteer::is_place_nisba(&prepared[i + 1].w) {
            set(labels, i, i + 2, Label::MISC);
        }
    }
}

/// A list of quoted titles (`ديوان « أوراق الزيتون » ، « حبيبتي تنهض من نومها »`): where one of
/// them is a MISC name, whole, the untagged ones joined to it by `و`, `أو` or a comma are too.
fn quoted_title_lists(prepared: &[Prepared], labels: &mut [usize]) {
    // The quoted stretches, as (first word, end).
    let mut quoted: Vec<(usize, usize)> = Vec::new();
    let mut q = 0;
    while q < prepared.len() {
        if let Some(end) = quoted_words(prepared, q) {
            quoted.push((q + 1, end));
            q = end + 1;
            continue;
        }
        q += 1;
    }
    if quoted.len() < 2 {
        return;
    }
    let misc = b_of(Label::MISC);
    let whole = |labels: &[usize], (a, e): (usize, usize)| {
        labels[a] == misc && labels[a + 1..e].iter().all(|&k| k == misc + 1) && labels.get(e).is_none_or(|&k| k != misc + 1)
    };
    // Joined: one token between the closing quote of one and the opening quote of the next.
    let joined = |(_, e1): (usize, usize), (a2, _): (usize, usize)| {
        a2 == e1 + 3 && one_of!(prepared[e1 + 1].w.as_str(), ["و", "او", "،", ","])
    };
    for pass in 0..2 {
        for k in 0..quoted.len() - 1 {
            let (from, to) = if pass == 0 { (quoted[k], quoted[k + 1]) } else { (quoted[quoted.len() - 1 - k], quoted[quoted.len() - 2 - k]) };
            let (first, second) = if pass == 0 { (from, to) } else { (to, from) };
            if joined(first, second) && whole(labels, from) && labels[to.0..to.1].iter().all(|&l| l == 0) {
                set(labels, to.0, to.1, Label::MISC);
            }
        }
    }
}

/// Function words of written Arabic that never start or end a name (matching form, the whole token):
/// prepositions, demonstratives, relatives, particles. Words that are also parts of names are left
/// out: `علي` (folded `على`), `هو` (`هو جينتاو`), `لي`, `ان` (`آن`), `ام` (`أم درمان`), `ما`, `فان` (`فإن`
/// and `رود فان نيستلروي`), `بان` (`بان كي مون`).
pub fn is_function_word(w: &str) -> bool {
    one_of!(w, ["في", "من", "الي", "عن", "مع", "هذا", "هذه", "ذلك", "تلك", "هذان", "هاتان", "هؤلاء", "التي",
            "الذي", "الذين", "اللذين", "اللتين", "اللواتي", "لكن", "لكنه", "قد", "لقد", "لم", "لن", "لا",
            "هل", "كل", "بعض", "او", "ثم", "بعد", "قبل", "عند", "حتي", "اذا", "كما", "بين", "ضد",
            "عبر", "خلال", "منذ", "لدي", "عليه", "عنه", "منه", "فيه", "له", "لها", "هي", "هم", "انه",
            "انها", "ايضا", "حيث", "بينما", "لان", "كان", "كانت", "يكون", "ليس", "غير", "سوف", "اما",
            "الا", "وقد", "وفي", "ومن", "وهو", "وهي", "فقد", "وان", "اي", "وكان",
            // the dialects' relative and negation, in every dialect and never in a name
            "اللي", "مش"]) || one_of!(w, ["اين", "متي", "لماذا", "ماذا", "كيف"]) // question words
}

/// Dialect words that are a name neither alone nor at an edge of a name, whatever the rest of the
/// sentence (`شو عملتوا اليوم`): the strong ones, and question words a name never is by itself.
/// (`شي` alone may be Xi Jinping, `شو` inside `جورج برنارد شو` is a name: only a span of this one
/// word is dropped.)
fn is_lone_dialect_word(w: &str) -> bool {
    is_strong_dialect_word(w) || one_of!(w, ["شو", "وين", "فين", "ايش", "مين", "يعني", "كتير", "واش", "ليه", "كمان", "لسا", "هون", "شويه", "شوي"])
}

/// Function words of the spoken dialects (matching form) that are also parts of transliterated names
/// (`جورج برنارد شو`, `شي جين بينغ`): Levantine `شو` `شي` `هون`, Egyptian `دلوقت` `ايه`, Gulf `وايد`,
/// Maghrebi `واش`. With the [`is_strong_dialect_word`]s (`هيك`, `ليش`, `بدي`, `دلوقتي`, `شلون`, `بزاف`…)
/// they are the dialect words (`WordFacts`' `DIALECT`), which count only in a sentence written in
/// dialect: one with two of them or more, one of which is a strong one, never a name.
fn is_weak_dialect_word(w: &str) -> bool {
    one_of!(w, ["شو", "شي", "اشي", "ليه", "وين", "فين", "هون", "هنيك", "هلا", "هلء", "دلوقت", "كمان", "مش", "مو",
            "ايش", "اللي", "يعني", "لسا", "زي", "برضه", "هاد", "هادا", "هاي", "هادي", "بكرا", "بكره",
            "كتير", "تبع", "تبعه", "تاع", "عم", "رح", "حدا", "واش", "يلا", "ماشي", "بس", "هيه", "اه",
            "مين", "ايه", "هاذا", "ليك", "شوي", "شويه", "اوي",
            // Egypt's "this" (`دي ميستورا`, `دي ماريا` are names)
            "دي", "ده",
            // Sudan, the Gulf and Iraq, the Maghreb: "just, for nothing", "again", "a lot", "like
            // this", "person", "wanting", "how much"
            "ساكت", "تاني", "وايد", "جذي", "زول", "الزول", "داير", "دايره", "شحال", "حد",
            // "electricity", in every dialect; "went", the future (the Levant, Iraq); "to me" (the
            // Maghreb; `ليا` is also Léa); "upset"
            "كهربا", "راح", "ليا", "زعلان"])
}

/// Dialect words that are no part of any name: `بدي`, `هيك`, `دلوقتي`, `شلون`, `بزاف`…
fn is_strong_dialect_word(w: &str) -> bool {
    one_of!(w, ["هيك", "ليش", "هلق", "دلوقتي", "بدي", "بدك", "بدو", "بدها", "بدنا", "منيح", "منيحه", "عشان",
            "علشان", "ازاي", "لسه", "برضو", "كده", "كدا", "هيدا", "هيدي", "شلون", "شنو", "امبارح",
            "مبارح", "بزاف", "دابا", "كيفاش", "علاش", "عنجد", "هيدول", "هدول", "كويس", "بتاع", "اشو",
            "وشو", "بشو", "ياخي", "خيي", "خوي", "وش", "السالفه", "عايز", "عايزه", "عاوز", "عاوزه", "كاين",
            "كاينه", "والو", "شلونك", "شلونكم", "وينك", "وينكم", "بصير", "بيصير",
            // Sudan ("now"), Iraq ("there is", "there is not", "what is there"), the Maghreb ("of")
            "هسي", "هسع", "اكو", "ماكو", "شكو", "ديال", "ديالي", "ديالو", "ديالها",
            // the Maghreb ("pretty", "so that", "going to"), Egypt ("today"), the Levant ("then", "with
            // something"), everywhere ("if only")
            "زوين", "زوينه", "باش", "غادي", "النهارده", "بعدين", "بشي", "ياريت",
            // "that" (the Maghreb; `بلى`, "yes indeed", folds so too); Algeria's copula "he is", "she is",
            // "they are" (`الترامواي راهو يخدم`)
            "بلي", "راهو", "راهي", "راهم"])
}

/// A name neither starts nor ends on a function word (`في`, and in a sentence in dialect `شو`): such
/// words are dropped from the edges of a span (a span of nothing else is dropped), unless the span is
/// a name of the lists.
fn function_word_edges(prepared: &[Prepared], labels: &mut [usize]) {
    let dialect = is_dialect_sentence(prepared);
    let mut listed: Option<Vec<(usize, usize)>> = None;
    for (a, b, ty) in chunks(labels) {
        // Nouns of place and time that work as prepositions (`أمام`, `خلف`, `قرب`) are no edge of a place or
        // a body (`شارع الشيخ زايد` + `أمام`); a person may be `حازم أمام`.
        let adverb = |p: &Prepared| ty != Label::PER && one_of!(p.noconj(), ["امام", "خلف", "وراء", "قرب", "تحت", "فوق", "حول", "نحو", "ازاء", "قبيل", "عقب"]);
        let edge = |p: &Prepared| has(p, FUNCTION) || dialect && has(p, DIALECT) || adverb(p);
        if b == a + 1 && has(&prepared[a], LONE_DIALECT) && list_matches(&prepared[a..b]).is_empty() {
            labels[a] = 0;
            continue;
        }
        if !edge(&prepared[a]) && !edge(&prepared[b - 1]) {
            continue;
        }
        let listed = listed.get_or_insert_with(|| list_matches(prepared).into_iter().map(|(a, n, _)| (a, a + n)).collect());
        if listed.iter().any(|&(c, d)| c <= a && d >= b) {
            continue;
        }
        let (mut s, mut e) = (a, b);
        while s < e && edge(&prepared[s]) {
            s += 1;
        }
        while e > s && edge(&prepared[e - 1]) {
            e -= 1;
        }
        if (s, e) != (a, b) {
            narrow(labels, (a, b), (s, e), ty);
        }
    }
}

/// A listed place of one word and a definite noun after it, taken as one place (`فلسطين الخبر` in
/// `إذاعة صوت فلسطين الخبر`): the noun is the sentence's, not the place's. Places of two words whose
/// second word is a definite noun (`الشرق الأوسط`, `الدار البيضاء`, `رام الله`) start with no listed
/// place; a place and its adjective (`القدس الشرقية`, `مصر الجديدة`) are left alone, as are listed names.
fn places_before_nouns(prepared: &[Prepared], labels: &mut [usize], matches: &[(usize, usize, Label)]) {
    for (a, b, ty) in chunks(labels) {
        if ty != Label::LOC || b - a != 2 || matches.iter().any(|&(s, n, _)| s == a && n >= 2) {
            continue;
        }
        let w = prepared[a + 1].w.as_str();
        let noun = is_definite_noun(&prepared[a + 1], w) && !w.ends_with(['ي', 'ه', 'ى']) && !w.ends_with("يا");
        if noun && gazetteer::is_place(&prepared[a].w) {
            labels[a + 1] = 0;
        }
    }
}

/// Spans of one word that name nothing, in one pass over the sentence's spans (and any span opened by
/// `بستان`, `فستان`):
/// - a definite head noun alone (`في الهيئة`, `الشركة`, `الوزارة`) refers back to an organisation named
///   before. ANERcorp never tags one alone (432 untagged, 1 as a place); Wojood's sample does (19 of
///   129), which the model partly learnt from it;
/// - a person that reads as a present-tense verb (`يصادق`, `يتفقد`: ي + four letters or more) and that
///   no list knows is the verb. (The training text has 19 one-word people in ي, 11 of them `يلتسين`,
///   which the people list knows.)
/// - a name of any type that reads as a plural present or future verb ([`is_plural_verb`]:
///   `سيتسلمون`, `سيلتحقون` after `إلى الولاية`) and that no list knows; a longer name loses such a
///   verb at its end;
/// - a noun for a kind of place just before a place (`المجلس التنفيذي لإمارة` + `دبي`);
/// - a definite head noun at the start of an organisation of bare words (`للمنظمة` + `تيدروس أدهانوم
///   غيبريسوس`): the head names nothing, and the words are a person.
fn one_word_non_names(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, mut b, ty) in chunks(labels) {
        // No name ends on a dialect word that is part of none (`الترامواي` + `راهو`, "is"): cut, then judged
        // as the shorter span.
        if b - a >= 2 && has(&prepared[b - 1], STRONG_DIALECT) {
            b -= 1;
            labels[b] = 0;
        }
        // A letter and `ستان` is no land like `باكستان`, `كردستان`: `بستان` "orchard", `فستان` "dress"
        // (never in the training text) open no name.
        let p = &prepared[a];
        if [p.w.as_str(), p.noconj()].iter().any(|w| w.strip_suffix("ستان").is_some_and(|r| r.chars().count() == 1) && unlisted(w)) {
            labels[a..b].fill(0);
            continue;
        }
        if ty == Label::ORG && b - a >= 3 && definite_org_head(&prepared[a]) && prepared[a + 1..b].iter().all(is_bare_name_word) {
            // A definite head noun refers back to an organisation and names none with the bare words
            // after it: `المدير العام للمنظمة` + `تيدروس أدهانوم غيبريسوس` is the organisation's head, a
            // person. (An organisation's name after a definite head is definite, `الحركة الشعبية`, or
            // behind لل, `الوكالة الدولية للطاقة`.)
            labels[a] = 0;
            set(labels, a + 1, b, Label::PER);
            continue;
        }
        // The oath `والله`, `بالله`, `تالله` opening a clause ("by God": `«والله السنة زينة`, `بالله عليك`)
        // names nothing, nor do the words after it; `الله` in a sentence is ANERcorp's MISC.
        if one_of!(p.w.as_str(), ["والله", "بالله", "تالله", "ووالله"]) && (a == 0 || !prepared[a - 1].is_arabic()) {
            labels[a..b].fill(0);
            continue;
        }
        if b - a != 1 {
            // A longer name does not end on such a verb either (`ولاية الجزيرة سيستأنفون`).
            let w = prepared[b - 1].w.as_str();
            if is_plural_verb(w) && !gazetteer::is_known_name(w) {
                labels[b - 1] = 0;
            }
            continue;
        }
        let p = &prepared[a];
        let w = p.w.as_str();
        let bare_head = ty == Label::ORG && (definite_org_head(p) || matches!(p.noconj(), "الوزاره" | "الحكومه"));
        // The kind of place before the place itself (`لإمارة` + `دبي`, `ولاية` + `الخرطوم`).
        let kind = labels.get(b) == Some(&b_of(Label::LOC)) && bare_is(w, is_place_kind);
        // (A shorter one after its subject, an untagged definite word, or opening the line: `وزير الطاقة
        // يعد`, `الوزير يزور`.)
        let subject = a == 0 || labels[a - 1] == 0 && prepared[a - 1].noconj().starts_with("ال") && !has(&prepared[a - 1], FUNCTION);
        let verb = (ty == Label::PER && w.starts_with('ي') && (w.chars().count() >= 5 || w.chars().count() >= 3 && subject) || is_plural_verb(w))
            && !gazetteer::is_first_name(w) && gazetteer::single_word_type(w).is_none() && !gazetteer::is_known_name(w);
        // A count (`مليوني طن`, `بألفي دولار`) names nothing.
        let count = is_number_word(p.noconj()) || is_number_word(p.noconj().trim_start_matches(['ب', 'ل', 'ك']));
        // A definite adjective in `ي` after an untagged definite noun that is no title or role, and
        // another adjective of no country, qualifies the noun (`الشهر` + `القمري`, `العام` + `الدراسي`,
        // `الشهر الهجري` + `القمري`): no surname the lists know.
        let adjective = ty == Label::PER && a > 0 && labels[a - 1] == 0 && w.starts_with("ال") && w.ends_with('ي') && unlisted(w) && !is_article_given_name(w) && {
            let j = a - usize::from(a >= 2 && labels[a - 2] == 0 && is_adjective(&prepared[a - 1].w) && !gazetteer::is_place_nisba(&prepared[a - 1].w)) - 1;
            let q = &prepared[j];
            let h = q.noconj();
            is_definite_noun(q, h) && !(is_person_role(h) || is_rank(h) || gazetteer::is_title(h) || has(q, OFFICE | COUNTERPART))
        };
        // A tram or a metro is no place (`ترامواي`, `للترامواي`); a fair's or festival's common noun
        // (`معرض` + `الكتاب`) no work of its own.
        let bare = p.noconj().trim_start_matches(['ل', 'ب']);
        let vehicle = one_of!(bare.strip_prefix("ال").unwrap_or(bare), ["ترامواي", "طرامواي", "تراموي", "ترام", "مترو", "ميترو", "تلفريك", "تيليفريك"]);
        let fair = ty == Label::MISC && a > 0 && labels[a - 1] == 0 && w.starts_with("ال") && unlisted(w)
            && bare_is(prepared[a - 1].noconj(), |x| one_of!(x, ["معرض", "مهرجان", "سوق"]));
        if bare_head || verb || kind || count || adjective || vehicle || fair {
            labels[a] = 0;
        }
    }
}

/// Words for large numbers (matching form), with their dual and plural: `مليون`, `مليوني`, `ألفي`.
fn is_number_word(w: &str) -> bool {
    one_of!(w, ["مليون", "مليونا", "مليوني", "مليونان", "ملايين", "مليار", "مليارا", "ملياري", "ملياران", "مليارات", "بليون", "تريليون", "الف", "الفا", "الفي", "الفان", "الاف", "الوف", "مئه", "مائه", "مئتي", "مئتا", "مئتان", "مئات"])
}

/// A word that can be one of a person's names after a definite head noun: Arabic letters, no article,
/// no organisation head, function word or listed place. (An indefinite word ending in `ي` is no
/// adjective of the definite head: `غروسي` is a surname.)
fn is_bare_name_word(p: &Prepared) -> bool {
    let w = p.w.as_str();
    is_name_word(p) && !w.starts_with("ال") && !w.starts_with("لل") && !has(p, ORG_HEAD | FUNCTION) && !gazetteer::is_place(w)
}

/// The edges of spans, in one pass over them (each a rule of its own, on its type):
/// - a person's name does not go on through a word behind the preposition ب or ل whose rest is a common
///   word of the training text (`وليام غالاس` + `بمجهود فردي`, `عبدالسلام جمعة` + `بلسان`, `فارس` +
///   `لارتفاع`, `إيكر كاسياس` + `بيد`): the preposition starts the sentence's phrase after the name, and
///   the span ends before it. Names that start with the letter (`بشير`, `بكر`, `لطفي`, `لبيد`) are names
///   of the lists, and their rest is no common word. (Organisations and works go on so: `الاتحاد الدولي
///   للشرطة`, `من البداية للنهاية`.)
/// - a person's name of two words or more does not start with a definite word, or a word behind a
///   conjunction, that is common outside names in the training text and that no name list holds
///   (`الصاعد` "the rising" + `عبد العاطي إيكيدر`, `وخاض` + `إيمرسون`, `والسيد` + `جريس قسيس`): the name
///   starts after it. A bare word is left alone, as it may be a given name the lists leave out as a
///   common word (`كامل إدريس`). (The same test at a name's end cut surnames that are words, `حازم
///   أمام`, `نجم`, `خميس`: ten folds −0.25, so only the start is cut.)
/// - a word for a kind of place (`نهر`, `جزيرة`, `حي`, `منطقة`, `مطار`, `شارع`…) is said before the
///   place's name and is not part of it (`نهر` + `الفرات`, `مطار` + `هيثرو`): ANERcorp leaves these out
///   90 times of 91, and Wojood's sample mostly too. A place span that starts with one, behind a
///   conjunction or a preposition or not, starts after it, unless the whole span is a name of the lists.
///   (`مدينة`, `قرية`, `مخيم`, `محافظة`, `قطاع` are left alone: ANERcorp leaves them out and Wojood takes
///   them in, 150 times in its sample, and taking them out cost Wojood val 5 points for 0.1 on ANERcorp.)
/// - a championship or a cup goes on through its sport (`بطولة كأس العالم` + `لكرة القدم`, `بطولة العالم
///   لكرة` + `السلة`), and a currency through its country's adjective (`الدولار` + `الأمريكي`);
/// - words that open the names of places are part of them (`نيو جيرسي`, `سان فرانسيسكو`, `لوس أنجلوس`,
///   `بوينس آيرس`, `سيدي بوزيد`, `بني ملال`): a place span right after one, which the model left out or
///   took as a place of its own, starts at it, and a name of two words or more that starts with one that
///   opens no other names is a place (`نيو أورليانز` taken as a person).
fn span_edges(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let (loc, misc) = (b_of(Label::LOC), b_of(Label::MISC));
    let n = labels.len();
    let phrase = |p: &Prepared| {
        let w = p.w.as_str();
        let Some(rest) = w.strip_prefix('ب').or_else(|| w.strip_prefix('ل')) else { return false };
        if rest.chars().count() < 2 || is_name_link(w) {
            return false;
        }
        // `لل` + noun is `ل` + `ال` + noun.
        let common = if w.starts_with("لل") { vocab.is_frequent(&format!("ا{rest}")) } else { vocab.is_frequent(rest) };
        common && unlisted(w)
    };
    let kind = |p: &Prepared| {
        bare_is(&p.w, |w| one_of!(w, ["نهر", "جزيره", "حي", "منطقه", "مطار", "ميناء", "شارع", "بحيره", "صحراء", "ساحه"]))
    };
    let game = |labels: &[usize], k: usize| {
        k < n && labels[k] == 0 && one_of!(prepared[k].w.as_str(), ["القدم", "السله", "اليد", "الطائره", "المضرب", "الماء"])
    };
    for (a, b, ty) in chunks(labels) {
        let (mut a, mut b, mut ty) = (a, b, ty);
        // A verb in the perfect does not open the name of its subject (`نشط` + `سليمة بوزيد`, `ترأست` +
        // `نادية حمودي`); a given name after it opens a person (`دشن نبيل` taken as a place).
        if b - a >= 2 && is_perfect_verb(prepared[a].noconj()) {
            labels[a] = 0;
            a += 1;
            ty = if gazetteer::is_first_name(&prepared[a].w) { Label::PER } else { ty };
            set(labels, a, b, ty);
        }
        // A place, a body or a work does not go on through ب + a word (`مطار الملك خالد` + `بالمسافرين`,
        // `مستشفى الملك حسين` + `بعمان`): it opens the sentence's next phrase, and a place there is a
        // place of its own (`دير علا` + `بغور الأردن`, `بعمان`).
        let place = |w: &str| gazetteer::single_word_type(w) == Some(Label::LOC);
        // (The article after the ب, or a common word the tagger does not know whole: the vocabulary holds
        // stems, and `دايه` of `بداية`, "beginning", is frequent.)
        let by = |k: usize| {
            let w = prepared[k].w.as_str();
            w.strip_prefix('ب').is_some_and(|r| {
                r.chars().count() >= 3
                    && unlisted(w)
                    && (r.starts_with("ال") || vocab.is_frequent(r) && !vocab.knows(w) || place(r) && r.chars().count() >= 4 || ty == Label::LOC && !vocab.is_frequent(w) && k + 1 < b && place(&prepared[k + 1].w))
            })
        };
        if ty != Label::PER {
            if let Some(k) = (a + 1..b).find(|&k| by(k)) {
                labels[k..b].fill(0);
                if prepared[k].w.strip_prefix('ب').is_some_and(place) || k + 1 < b && place(&prepared[k + 1].w) {
                    set(labels, k, b, Label::LOC);
                }
                b = k;
            }
        }
        match ty {
            Label::PER => {
                // An adjective of a facility or body ends no person (`مطار الملك خالد الدولي`, `ملعب … الوطني`):
                // `الدولي`, `العالمي`, `الأممي`, `الوطني` are no surnames.
                if is_body_adjective(&prepared[b - 1].w) {
                    labels[b - 1] = 0;
                    b -= 1;
                    if b == a {
                        continue;
                    }
                }
                if let Some(k) = (a + 1..b).find(|&k| phrase(&prepared[k])) {
                    for l in &mut labels[k..b] {
                        *l = 0;
                    }
                    b = k;
                }
                // A definite or conjoined word common outside names does not open one (`الصاعد` "the
                // rising", `وخاض` "and fought"; see `common_edge`).
                if b - a >= 2 && common_edge(&prepared[a], vocab) {
                    labels[a] = 0;
                    labels[a + 1] = b_of(Label::PER);
                    a += 1;
                }
            }
            Label::LOC => {
                // A word that opens the names of towns and villages alone (`دير` of `دير علا`, `كفر` of
                // `كفر قاسم`, `ود` of `ود نوباوي`) is not the place: the word after it is in it.
                if b == a + 1 && b < n && labels[b] == 0 && is_town_opener(prepared[a].noconj()) {
                    if town_word(&prepared[a], &prepared[b], vocab) {
                        labels[b] = loc + 1;
                        b += 1;
                    }
                }
                if b - a >= 2 && kind(&prepared[a]) && list_matches(&prepared[a..b]).iter().all(|&(s, len, _)| s > 0 || len < b - a) {
                    labels[a] = 0;
                    labels[a + 1] = loc;
                    a += 1;
                }
            }
            Label::MISC => {
                // `لكرة` + the game, after the span or at its end; a currency and its country's adjective.
                if prepared[b - 1].w == "لكره" && game(labels, b) {
                    labels[b] = misc + 1;
                } else if b < n && labels[b] == 0 && prepared[b].w == "لكره" && game(labels, b + 1) {
                    labels[b] = misc + 1;
                    labels[b + 1] = misc + 1;
                } else if b == a + 1
                    && b < n
                    && labels[b] == 0
                    && one_of!(prepared[a].noconj(), ["الدولار", "الجنيه", "الدينار", "الريال", "الدرهم", "الين", "اليورو", "الفرنك", "الروبل", "الليره"])
                    && gazetteer::is_place_nisba(&prepared[b].w)
                {
                    labels[b] = misc + 1;
                }
            }
            Label::ORG => {}
        }
        // Words that open place names.
        if ty != Label::LOC && b - a >= 2 && one_of!(prepared[a].noconj(), ["نيو", "لوس", "لاس", "بوينس", "بورت", "فورت"]) {
            set(labels, a, b, Label::LOC);
            continue;
        }
        // (Left out, or taken as a place of its own: `نيو` + `جيرسي`.)
        if ty != Label::LOC || a == 0 || !(labels[a - 1] == 0 || labels[a - 1] == loc) {
            continue;
        }
        let opener = one_of!(prepared[a - 1].noconj(), ["نيو", "سان", "سانت", "سانتا", "لوس", "لاس", "بورت", "فورت", "كيب", "بوينس", "ريو", "سيدي", "بني"]);
        if opener && prepared[a].is_arabic() {
            labels[a - 1] = loc;
            labels[a] = loc + 1;
        }
    }
    // `دير`, `كفر` or `خربة` and a rare bare word after it (`town_word`), both untagged, are the town
    // (`زار الوزير دير علا`, `من كفر قاسم`), not after a name nor in a line in dialect (ten folds ±0, one
    // `وكفر شوبا` more). Not `بيت`, `عين`, `تل`: "house", "eye", "appointed", and a hill ANERcorp leaves
    // out (`تل أنيشة`); with them ten folds −0.3.
    if is_dialect_sentence(prepared) {
        return;
    }
    for a in 0..n.saturating_sub(1) {
        let (p, q) = (&prepared[a], &prepared[a + 1]);
        if !one_of!(p.noconj(), ["دير", "كفر", "خربه"]) {
            continue;
        }
        // (Taken for a person, `كفر قاسم`: none of these words opens a person's name.)
        if labels[a] == b_of(Label::PER) {
            let end = inside_end(labels, a + 1, Label::PER);
            set(labels, a, end, Label::LOC);
            continue;
        }
        if labels[a] != 0 || labels[a + 1] != 0 || a > 0 && labels[a - 1] != 0 {
            continue;
        }
        if town_word(p, q, vocab) && !q.w.starts_with("ال") && !vocab.is_frequent(&q.w) && labels.get(a + 2).is_none_or(|&k| !is_inside(k)) {
            set(labels, a, a + 2, Label::LOC);
        }
    }
}

/// The word after a town's opening word `p` that may be the rest of its name: a given name or a word
/// not common in the training text (`دير علا`, `كفر قاسم`), not a function word, a tanween, a word with
/// a pronoun or a preposition on a common word (`دير بالك` "take care"), nor `ب` after the verb `كفر`
/// (`كفر بنعمة ربه` "denied his Lord's grace").
fn town_word(p: &Prepared, q: &Prepared, vocab: &dyn Vocab) -> bool {
    let pronoun = with_pronoun(&q.w, &["ك", "كم", "ها", "هم", "نا"], |r| vocab.is_frequent(r) || r.starts_with(['ب', 'ل']))
        || q.w.strip_prefix(['ب', 'ل']).is_some_and(|r| vocab.is_frequent(r))
        || p.noconj() == "كفر" && q.w.starts_with('ب');
    q.is_arabic() && !has(q, FUNCTION | DIALECT) && !q.tanween && !pronoun && (gazetteer::is_first_name(&q.w) || !vocab.is_frequent(&q.w))
}

/// A word that opens the names of towns and villages (matching form): `دير` of `دير علا`, `كفر` of `كفر
/// قاسم`, `ود` of `ود نوباوي`.
fn is_town_opener(w: &str) -> bool {
    one_of!(w, ["دير", "كفر", "تل", "عين", "بير", "بئر", "ود", "خربه", "بيت", "خان"])
}

/// A place or a body whose name ends on a town's opening word (`بلدية بئر` + `الجير`, `قرية عين` +
/// `البيضا`, `وادي` + `الموجب`) goes on through the word after it: the opener names no place alone.
fn town_openers_go_on(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        let p = &prepared[b - 1];
        let opener = |w: &str| is_town_opener(w) || one_of!(w, ["وادي", "راس", "جبل", "سيدي"]);
        let w = p.noconj();
        if ty == Label::PER || ty == Label::MISC || !(opener(w) || w.strip_prefix(['ب', 'ل']).is_some_and(opener)) {
            continue;
        }
        let Some(q) = prepared.get(b) else { continue };
        if labels[b] == 0 && labels.get(b + 1).is_none_or(|&k| !is_inside(k))
            && (town_word(p, q, vocab)
                || q.w.starts_with("ال") && q.w.chars().count() >= 4 && q.is_arabic() && !has(q, FUNCTION | DIALECT) && !q.tanween && (b - a >= 2 || !vocab.is_frequent(&q.w)))
        {
            set(labels, a, b + 1, ty);
        }
    }
}

/// A foreign given name goes on through the short East Asian surname after it that the lists leave out
/// as a common word (`بروس` + `لي`, `جاكي` + `شان`, `جون` + `وو`): a person ending in a name word the
/// training text does not have as a common word, and one of those surnames untagged after it (`لي`
/// before `إن`, "told me that", stays out; `هو`, "he", is the copula after a name: `محمد المازم هو أول`). Any short word there is mostly the verb or the preposition
/// after the name (`ألونسو فشل`, `باريرا على`: ten folds 79.14 → 78.79 with a wider town rule).
///
/// And "to me", "to us" said with a name are no part of it: `لي`, `لنا` at a person's end before "that"
/// (`وقال سامر لي إن`) or at its start after a verb of saying (`قال لي سامر إن`).
fn short_surnames(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let that = |k: usize| prepared.get(k).is_some_and(|r| one_of!(r.w.as_str(), ["ان", "انه", "انها", "انهم", "بان"]));
    let to_me = |k: usize| one_of!(prepared[k].w.as_str(), ["لي", "لنا"]);
    for (a, b, ty) in chunks(labels) {
        if ty == Label::PER && b - a == 1 && to_me(a) && a > 0 && is_saying(prepared[a - 1].noconj()) {
            // (Alone: `وقال لي مزارع`, "a farmer told me".)
            labels[a] = 0;
            continue;
        }
        if ty == Label::PER && b - a >= 2 {
            if to_me(b - 1) && that(b) {
                labels[b - 1] = 0;
            } else if to_me(a) && a > 0 && is_saying(prepared[a - 1].noconj()) {
                labels[a] = 0;
                labels[a + 1] = b_of(Label::PER);
            }
        }
        let Some(q) = prepared.get(b) else { continue };
        let p = prepared[b - 1].noconj();
        if ty == Label::PER && labels[b] == 0 && !that(b + 1) && gazetteer::is_name_word(p) && !vocab.is_frequent(p)
            && one_of!(q.w.as_str(), ["لي", "شان", "تشان", "وو", "يي", "تان", "لين", "وانغ", "تشين", "تشو", "كيم"])
        {
            labels[b] = b_of(Label::PER) + 1;
        }
    }
}

/// A verb of saying or telling in the forms the rules read (matching form): [`super::features::is_speech`]'s
/// verbs, their feminine in `ت` (`قالت`, `أكدت`), `تقول`, and `روى`, `حكى` (`قال لي سامر`, `روت لنا ريم`).
fn is_saying(w: &str) -> bool {
    use super::features::is_speech;
    is_speech(w) || w.strip_suffix('ت').is_some_and(is_speech) || one_of!(w, ["تقول", "روي", "روت", "حكي", "حكت"])
}

/// A verb in the perfect said before its subject's name (matching form, masculine or with the feminine
/// `ت`): `نشط`, `شارك`, `ترأس`, `حضرت`. Not a given name: `أشرف` opens names (`أشرف` + `سفيان`), and
/// only `أشرفت` is the verb for sure.
fn is_perfect_verb(w: &str) -> bool {
    let verb = |w: &str| one_of!(w, ["نشط", "شارك", "تراس", "حضر", "افتتح", "ادار", "قاد", "ترشح", "توج", "انتقد", "استقبل", "التقي", "غادر", "نظم", "ساهم", "اشرف", "تالق", "ابدع", "اختتم", "دشن", "تفقد", "ناقش", "قدم", "القي", "اطلق"]);
    (verb(w) || w.strip_suffix('ت').is_some_and(verb)) && !gazetteer::is_first_name(w)
}

/// Whether `w` (matching form) is a noun with a possessive pronoun glued on, "my aunt", "our village":
/// a kinship, companion or role word with its pronoun (`عمي`, `خالتي`, `صديقتي`, `نجله`, `نائبه`,
/// `زوجته`), or a word whose rest is a common word once the
/// pronoun is cut (`جارتنا`: `جارة`; `قريتي`: `قرية`; `صاحبنا`: `صاحب`) and that no list holds as a
/// name. A bare `ي` or `ه` after another stem is left alone: `رمزي`, `فوزي`, `فتحي` are given names.
fn is_possessed_noun(w: &str, vocab: &dyn Vocab) -> bool {
    if is_kin_owned(w) {
        return true;
    }
    let common = |stem: &str| stem.chars().count() >= 3 && (vocab.is_frequent(stem) || vocab.is_frequent(&format!("ال{stem}"))) && !vocab.knows(w);
    // A feminine noun's `ة` is written `ت` before the pronoun: `قرية` + `ي` is `قريتي`.
    let feminine = ["تنا", "تها", "تهم", "تكم", "تي", "ته", "تك"].iter().find_map(|s| w.strip_suffix(s));
    let owned = feminine.is_some_and(|r| common(&format!("{r}ه")))
        || with_pronoun(w, &["نا", "ها", "هم", "كم"], common);
    owned && unlisted(w)
}

/// Whether `w` ends in one of the pronouns `suffixes` after a rest that `rest` accepts (`جارنا`: `جار`,
/// `بالك`: `بال`): the pronoun test of [`is_possessed_noun`] and of [`town_word`].
fn with_pronoun(w: &str, suffixes: &[&str], rest: impl Fn(&str) -> bool) -> bool {
    suffixes.iter().any(|s| w.strip_suffix(s).is_some_and(&rest))
}

/// What [`is_possessed_noun`] asks first: a kinship, companion or role word with its pronoun (`عمي`,
/// `صاحبي`, `نائبه`), whatever the name lists hold (their words from Wikidata have `صاحبي`, `بنتي`).
fn is_kin_owned(w: &str) -> bool {
    // Kin and companions take every pronoun; roles all but `ي` (`رئيسي` is "main", and Raisi; `محامي`
    // a lawyer). `جده` is Jeddah and `أبي` opens `أبي طالب`.
    const KIN: &[&str] = &[
        "عم", "عمت", "خال", "خالت", "جد", "جدت", "اخ", "اخت", "ام", "اب", "ابن", "ابنت", "بنت", "زوج", "زوجت", "مرت", "جوز",
        "صديق", "صديقت", "رفيق", "رفيقت", "زميل", "زميلت", "صاحب", "صاحبت", "شقيق", "شقيقت", "نجل", "حفيد", "حفيدت",
        "والد", "والدت", "حبيبت", "ولد", "جار", "جارت",
    ];
    const ROLES: &[&str] = &["نائب", "مستشار", "مساعد", "رئيس", "مدير", "وزير", "متحدث", "سفير", "نظير", "مدرب", "قائد", "مراسل"];
    let owned = ["هما", "هم", "ها", "ه", "نا", "كم", "ي"].iter().any(|s| {
        w.strip_suffix(s).is_some_and(|stem| KIN.contains(&stem) || *s != "ي" && ROLES.contains(&stem))
    });
    owned && !matches!(w, "جده" | "ابي") || one_of!(w, ["اخويا", "ابويا", "خالو", "عمو", "ستي", "سيدو", "تيتا"])
}

/// A movement named "partisans", "soldiers", "brigades" or "party" of God (`أنصار الله`, `جند الله`,
/// `سرايا أنصار الله`) is one organisation: the model tags `الله` alone as MISC, as ANERcorp has it in
/// `الحمد لله`, and cuts the movement's name.
fn movements_of_god(prepared: &[Prepared], labels: &mut [usize]) {
    let movement = |q: &Prepared| one_of!(q.noconj().trim_start_matches(['ل', 'ب']), ["انصار", "جند", "حزب", "كتائب", "سرايا"]);
    for k in 1..prepared.len() {
        if prepared[k].w != "الله" || !movement(&prepared[k - 1]) || labels.get(k + 1).is_some_and(|&x| is_inside(x)) {
            continue;
        }
        // (With a head before it: `سرايا` + `أنصار الله`, `كتائب` + `حزب الله`.)
        let a = if k >= 2 && movement(&prepared[k - 2]) { k - 2 } else { k - 1 };
        set(labels, a, k + 1, Label::ORG);
    }
}

/// A person's office said after the name, before what it heads (`حسام الدين عبد الفتاح` + `عميد كلية
/// الهندسة`, `نقيب المهندسين`, `مفتي الديار`): the office noun ends no name. Only a name of two words or
/// more before it and a definite or head noun after it (`محمد عميد` alone may be the surname).
/// Said before the name (`نقيب الصاغة سامي القضاة`, `نقيب المحامين` + `ناصر الكريوين`), the office and
/// its definite genitive open no person: the person is the listed given name after them, with the rare
/// definite word after it as the surname; the office alone before its genitive is nobody.
fn offices_after_names(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    // (The word as written too: `وكيلة`, `وزير` begin with the letter of `و`.)
    let office = |q: &Prepared| {
        [q.w.as_str(), q.noconj()].iter().any(|w| {
            let s = w.strip_suffix('ه').unwrap_or(w);
            (is_office(s) || one_of!(s, ["عميد", "نقيب", "وكيل", "مفتي", "عمد", "مؤسس", "قنصل", "مندوب", "مبعوث", "منسق", "سكرتير", "ممثل", "مفوض", "عضو"]))
                && !gazetteer::is_first_name(w)
        })
    };
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER || b - a < 3 {
            continue;
        }
        // (The span may have taken what the office heads too: `نقيب` + `المهندسين`.)
        let headed = |k: usize| prepared.get(k + 1).is_some_and(|q| (k + 1 < b || labels[k + 1] == 0) && (q.w.starts_with("ال") || has(q, ORG_HEAD)));
        if let Some(k) = (a + 2..b).find(|&k| office(&prepared[k]) && headed(k)) {
            narrow(labels, (a, b), (a, k), ty);
        }
    }
    for (a, b, ty) in chunks(labels) {
        let genitive = |k: usize| prepared.get(k).is_some_and(|q| q.w.starts_with("ال") && !has(q, FUNCTION));
        if ty != Label::PER || prepared[a].w.starts_with("ال") || !office(&prepared[a]) || !genitive(a + 1) {
            continue;
        }
        if b == a + 1 {
            labels[a] = 0;
        } else if b > a + 2 && gazetteer::is_first_name(&prepared[a + 2].w) {
            let q = prepared.get(b);
            let surname = b == a + 3 && labels.get(b) == Some(&0) && genitive(b) && q.is_some_and(|q| !vocab.is_frequent(&q.w) && !is_adjective(&q.w));
            labels[a] = 0;
            labels[a + 1] = 0;
            set(labels, a + 2, b + surname as usize, ty);
        }
    }
}

/// A noun with its possessive pronoun is said before or after a person's name, never inside one
/// (`جارتنا` in `الحاجة زينب جارتنا`, `عمي` in `قال لي عمي سليم`, `صديقتي ريم`, `نائبه طارق شوقي`): it
/// leaves the span's edges, and a span of nothing else is dropped (`سطح قريتي`). A preposition with its
/// pronoun before it goes with it (`لي عمي`: "to me, my uncle").
fn possessed_nouns(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        // (A title may open with one, `« حبيبتي تنهض من نومها »`, and a magazine be one, `سيدتي`: of
        // other types only a lone common word goes, `سطح قريتي`.)
        if ty == Label::MISC || ty != Label::PER && b - a > 1 {
            continue;
        }
        // (The whole token first: `وجدي` is a given name, not `و` + `جدي` "my grandfather".)
        let owned = |k: usize| {
            let w = prepared[k].w.as_str();
            let n = prepared[k].noconj();
            is_possessed_noun(n, vocab) && !gazetteer::is_first_name(w) && (!gazetteer::is_name_word(w) || is_kin_owned(n))
        };
        let (mut s, mut e) = (a, b);
        while e > s && owned(e - 1) {
            e -= 1;
        }
        if let Some(k) = (s..e).rev().find(|&k| owned(k)) {
            s = k + 1;
        }
        if (s, e) == (a, b) || s < e && list_matches(&prepared[a..b]).iter().any(|&(x, n, _)| x == 0 && n == b - a) {
            continue;
        }
        narrow(labels, (a, b), (s, e), ty);
    }
}

/// An indefinite adjective (matching form, no article) that agrees with a head noun, feminine when the
/// head ends in `ة`: a feminine nisba (`منظمة` + `دولية`, `لجنة` + `برلمانية`), or a masculine one,
/// accusative or not, whose definite form is a place's or a region's adjective or a common word of the
/// training text (`دولي`, `بريطانيا`: `مستشفى حمدي`, `مستشفى رفيديا` are names); and no
/// listed name (`نادية`). (`مجلس محلي قلقيلية`: a masculine head takes no feminine adjective, so
/// `قلقيلية` is the name.)
fn is_indefinite_adjective(w: &str, feminine: bool, vocab: &dyn Vocab) -> bool {
    let m = w.strip_suffix('ا').filter(|m| m.ends_with('ي')).unwrap_or(w);
    if w.starts_with("ال") || m.chars().count() < 4 || m.ends_with("يه") != feminine || !(feminine || m.ends_with('ي')) {
        return false;
    }
    let definite = format!("ال{m}");
    (feminine || gazetteer::is_nisba(&definite) || vocab.is_frequent(&definite)) && !gazetteer::is_place(w) && unlisted(w)
}

/// An organisation's head noun with only indefinite adjectives after it names no organisation: `منظمة
/// دولية` is "an international organisation", `جامعة بريطانية` "a British university", `مصرف
/// خليجي` "a Gulf bank". Such a span is dropped, and so is an adjective alone taken as a
/// name right after an indefinite head (`لجنة` + `برلمانية`).
fn indefinite_bodies(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let indefinite_head = |p: &Prepared| org_head(p) && !p.noconj().starts_with("ال") && !p.noconj().starts_with("لل");
    for (a, b, ty) in chunks(labels) {
        let adjectives = |head: &Prepared, from: usize| {
            let feminine = head.w.ends_with('ه');
            prepared[from..b].iter().all(|p| p.w == p.noconj() && is_indefinite_adjective(&p.w, feminine, vocab))
        };
        let whole = ty == Label::ORG && b - a >= 2 && indefinite_head(&prepared[a]) && adjectives(&prepared[a], a + 1);
        let lone = b - a == 1 && a > 0 && labels[a - 1] == 0 && indefinite_head(&prepared[a - 1]) && adjectives(&prepared[a - 1], a);
        if (whole || lone) && list_matches(&prepared[a..b]).is_empty() {
            for l in &mut labels[a..b] {
                *l = 0;
            }
        }
    }
}

/// Nouns for a kind of place, said before its name (matching form).
fn is_place_kind(w: &str) -> bool {
    one_of!(w, ["اماره", "ولايه", "محافظه", "مدينه", "منطقه", "اقليم", "بلده", "قريه", "جزيره", "مقاطعه", "امارات", "ولايات"])
}

/// The dual of a noun for a kind of place (matching form, in construct: `نهري`, `مدينتي`; or as subject,
/// `النهران`): said before two names, it is none itself.
fn is_place_kind_dual(w: &str) -> bool {
    one_of!(w, ["نهري", "نهرا", "جبلي", "مدينتي", "بلدتي", "قريتي", "محافظتي", "ولايتي", "جزيرتي", "منطقتي", "بحيرتي"])
}

/// Whether a token is a word behind the conjunction `و` (`وحيفا`: not `وليد`, whose `و` is its own).
fn behind_and(p: &Prepared) -> bool {
    p.w.starts_with('و') && p.w != p.noconj()
}

/// A dual of a kind of place as written or behind a conjunction or preposition (`محافظتي`, `ولايتي`, whose
/// `و` is its own, `وبمدينتي`).
fn dual_kind(p: &Prepared) -> bool {
    bare_is(&p.w, is_place_kind_dual) || bare_is(p.noconj(), is_place_kind_dual)
}

/// A masculine plural present or future verb (matching form, after a conjunction و if any; a leading ف
/// is as often the name's own, `فيرجسون`): the future's س and a person prefix (ي ت ن), or ي alone,
/// then three letters or more, then `ون` (`سيتسلمون`, `وستعملون`, `يطالبون`). Names that start so end
/// otherwise (`سيراليون` is listed); `تايسون`-like names start with ت alone, which is left out.
fn is_plural_verb(w: &str) -> bool {
    let w = w.strip_prefix('و').unwrap_or(w);
    let Some(stem) = w.strip_suffix("ون") else { return false };
    let rest = ["سي", "ست", "سن", "ي"].iter().find_map(|p| stem.strip_prefix(p));
    rest.is_some_and(|r| r.chars().count() >= 3)
}

/// Whether `w` (matching form), or it after a conjunction و and a preposition ل or ب (`ووزير`,
/// `لوزارة`, `وبجامعة`), is a word that `is` accepts. (`noconj` would not do: `وزير`, `وزارة` start
/// with و themselves.)
fn bare_is(w: &str, is: impl Fn(&str) -> bool) -> bool {
    bare_is_dyn(w, &is)
}

/// [`bare_is`]'s body, once for every list it is asked of (not one copy per list: size).
#[inline(never)]
fn bare_is_dyn(w: &str, is: &dyn Fn(&str) -> bool) -> bool {
    [w, w.strip_prefix('و').unwrap_or(w)].iter().any(|x| is(x) || x.strip_prefix(['ل', 'ب']).is_some_and(is))
}

/// Office nouns that name their holder after their portfolio (matching form, clitics off).
fn is_office(w: &str) -> bool {
    one_of!(w, ["وزير", "وزيره", "رئيس", "رئيسه", "نائب", "سفير", "محافظ", "قائد", "مدير", "امين", "مستشار", "المتحدث", "عمده", "وكيل"])
}

/// An organisation the model cut short after its head takes the rest of its name: the definite genitive
/// of a construct noun (`نقابة أصحاب` + `المعاصر`, `صندوق درء` + `المخاطر والتأمينات الزراعية`) and a
/// purpose with `لل` or `ل` + a verbal noun of the fourth form (`منظمة الأمم المتحدة` + `للطفولة`,
/// `صندوق قطر` + `للتنمية`, `البنك الأوروبي` + `لإعادة الإعمار والتنمية`, `المركز الوطني للإحصاء` +
/// `والمعلومات`). Only after a head noun of an organisation (`منظمة`, `صندوق`, `بنك`, `مركز`, `نقابة`…).
fn org_tails(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    for (a, b, ty) in chunks(labels) {
        if ty != Label::ORG || b >= n || labels[b] != 0 {
            continue;
        }
        let head = &prepared[a];
        let bare = head.noconj().strip_prefix("ال").unwrap_or(head.noconj());
        if !(gazetteer::is_org_head(bare) || one_of!(bare, ["منظمه", "برنامج", "وكاله", "شركه", "ديوان"]) || definite_org_head(head)) {
            continue;
        }
        let definite = |p: &Prepared| p.w.starts_with("ال") && p.w.chars().count() >= 4 && !has(p, FUNCTION);
        let mut end = b;
        // The genitive of a construct noun the span ends on.
        let last = &prepared[b - 1];
        // (Head and noun only: `إذاعة صوت فلسطين` + `الخبر` is the verb's object. The noun no name, no
        // preposition's word, and the genitive no day: `بلدية جبيل` + `اليوم`.)
        let noun = last.is_arabic() && !last.w.starts_with("ال") && !last.w.starts_with('ل') && !is_adjective(&last.w)
            && !gazetteer::is_place(&last.w) && !gazetteer::is_known_name(&last.w) && !gazetteer::is_first_name(&last.w);
        let day = one_of!(prepared[b].w.as_str(), ["اليوم", "الامس", "الغد", "الليله", "الصباح", "المساء", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]);
        if b - a == 2 && noun && definite(&prepared[b]) && !is_adjective(&prepared[b].w) && !day {
            end = b + 1;
            while end < n && end < b + 5 && labels[end] == 0 && (is_adjective(&prepared[end].w) || prepared[end].w.starts_with("وال") && prepared[end].w.chars().count() >= 5) && !has(&prepared[end], FUNCTION) {
                end += 1;
            }
        }
        // A purpose: `لل` + noun, or `ل` + a verbal noun in `إ`/`ا` (`لإعادة`, `لإنماء`) and its genitive;
        // then adjectives and nouns after `وال` (not the sentence's object: `صندوق قطر للتنمية` + `المشروع`).
        let tail = |end: &mut usize, labels: &[usize]| {
            while *end < n && labels[*end] == 0 && !has(&prepared[*end], FUNCTION) && {
                let w = prepared[*end].w.as_str();
                let rest = w.strip_prefix('و').unwrap_or(w);
                is_adjective(w) || w.starts_with("وال") && w.chars().count() >= 5 && !gazetteer::is_title(rest) && !is_person_title(rest) && !is_rank(rest)
            } {
                *end += 1;
            }
        };
        if end < n && labels[end] == 0 {
            let w = prepared[end].w.as_str();
            // (Not a verb's complement, `مجلس الأمن` + `للحصول على`, nor people, `حزب الله` + `للجنديين`.)
            let complement = prepared.get(end + 1).is_some_and(|q| has(q, FUNCTION) || one_of!(q.w.as_str(), ["علي", "من", "الي", "في", "عن", "مع", "ضد", "بين"]))
                || w.ends_with("ين");
            if complement {
            } else if w.starts_with("لل") && w.chars().count() > 4 && !is_time_purpose(w) {
                end += 1;
                tail(&mut end, labels);
            } else if (w.starts_with("لإ") || w.starts_with("لا") && !w.starts_with("لال")) && w.chars().count() >= 6
                && prepared.get(end + 1).is_some_and(|q| labels[end + 1] == 0 && definite(q))
            {
                end += 2;
                tail(&mut end, labels);
            } else if end == b && prepared[b - 1].w.starts_with("لل") {
                // (After a purpose the model took in, its coordinated nouns: `للإحصاء` + `والمعلومات`.)
                tail(&mut end, labels);
            }
        }
        if end > b && labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, a, end, Label::ORG);
        }
    }
}

/// A named body's adjectives are its name's (`مركز دبي` + `التجاري العالمي`, `هيئة تنظيم الاتصالات
/// والحكومة` + `الرقمية`, `بنك دبي` + `الإسلامي`): an organisation opened by a head noun (`مركز`, `هيئة`,
/// `بنك`…) whose name ends on a place or on a noun joined by `و` takes the untagged adjectives after it,
/// up to two, agreeing (not a place's nisba: `الإماراتي`). ANERcorp leaves a city's kind and
/// adjectives out (`مدينة` + `كولون` + `الصناعية`, LOC `كولون`): only a place the model cut before such an
/// adjective, the adjective read as a place of its own (`الحسن` + `الصناعية`), is one place with its
/// kind (`مدينة الحسن الصناعية`).
fn bodies_with_adjectives(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let loc = b_of(Label::LOC);
    for (a, b, ty) in chunks(labels) {
        if b >= n {
            continue;
        }
        if ty == Label::ORG && org_head(&prepared[a]) && b - a >= 2 {
            let last = &prepared[b - 1];
            let joined = behind_and(last) && last.noconj().starts_with("ال");
            if !(joined || gazetteer::is_place(last.noconj())) {
                continue;
            }
            // (Agreeing with the noun it qualifies, the head's or the joined noun's gender: `رئيس بلدية
            // باريس` + `الاشتراكي` is the mayor's.)
            let feminine = if joined { last.w.ends_with('ه') } else { head_word(&prepared[a]).ends_with('ه') };
            let mut end = b;
            while end < n.min(b + 2) && labels[end] == 0 && {
                let w = prepared[end].w.as_str();
                is_adjective(w) && !has(&prepared[end], FUNCTION) && !gazetteer::is_place_nisba(w) && w.ends_with('ه') == feminine
            } {
                end += 1;
            }
            if end > b && labels.get(end).is_none_or(|&k| !is_inside(k)) {
                set(labels, a, end, Label::ORG);
            }
        } else if ty == Label::LOC && a > 0 && labels[a - 1] == 0 && labels[b] == loc && labels.get(b + 1).is_none_or(|&k| !is_inside(k))
            && bare_is(prepared[a - 1].noconj(), |w| one_of!(w, ["مدينه", "منطقه"]))
            && one_of!(prepared[b].w.as_str(), ["الصناعيه", "الاقتصاديه", "الحره", "التجاريه", "الرياضيه", "الطبيه", "الجامعيه", "التكنولوجيه", "اللوجستيه"])
        {
            // A place cut before its adjective, read as a place of its own (`الحسن` + `الصناعية`).
            set(labels, a - 1, b + 1, Label::LOC);
        }
    }
}

/// A military or police rank with the article (matching form): `العقيد`, `اللواء`, `العميد`.
fn is_rank(w: &str) -> bool {
    one_of!(w, ["العقيد", "اللواء", "العميد", "الرائد", "النقيب", "المقدم", "الملازم", "الفريق", "المشير", "العماد"])
}

/// A head noun and a verb that carries its pronoun (`ائتلاف تقوده السعودية`, `فصائل تدعمها تركيا`,
/// `جماعة يتزعمها`) is a relative clause, not a name: a span of the two words is none (the name after the
/// verb is the model's to find).
fn heads_before_verbs(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, _) in chunks(labels) {
        if b != a + 2 || prepared[a].w.starts_with("ال") || !prepared[a].is_arabic() {
            continue;
        }
        let v = prepared[a + 1].w.as_str();
        let n = v.chars().count();
        let verb = v.starts_with(['ي', 'ت']) && n >= 5 && (v.ends_with('ه') && !v.ends_with("يه") || v.ends_with("ها") || v.ends_with("هم"));
        if verb && !gazetteer::is_known_name(v) && !gazetteer::is_place(v) {
            labels[a] = 0;
            labels[a + 1] = 0;
        }
    }
}

/// A person the model began with an office noun and the office's place (`محافظ نينوى عبد القادر الدخيل`,
/// `سفير فرنسا فرانك جيليه`): the office leaves the span, the place is a place, and the person is the
/// name after it, which must open with a given name (listed, or `عبد`/`أبو`) so that an office and its
/// place alone (`وزير الخارجية`) stay as they were.
fn offices_before_people(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    for a in 0..prepared.len().saturating_sub(3) {
        if labels[a] != per || !bare_is(prepared[a].noconj(), is_office) || labels[a + 1] != per + 1 || labels[a + 2] != per + 1 {
            continue;
        }
        let place = &prepared[a + 1];
        let given = prepared[a + 2].noconj();
        let opens = gazetteer::is_first_name(given) || one_of!(given, ["عبد", "ابو", "ابي", "بن"]);
        if !opens || !place.is_arabic() || has(place, FUNCTION) || place.w.starts_with("ال") && !gazetteer::is_place(&place.w) {
            continue;
        }
        let end = inside_end(labels, a + 3, Label::PER);
        labels[a] = 0;
        labels[a + 1] = b_of(Label::LOC);
        set(labels, a + 2, end, Label::PER);
    }
}

/// The holder of an office after its portfolio (`وزير الزراعة أكرم شهيب`, `مدير المستشفى سامر نعيم`):
/// an office noun, its complement (one or two definite words or an organisation, and a country's
/// adjective), then one or two untagged words that can be a name ([`untagged_name_at`]). The model
/// misses such names when they are unseen or common words. (Two common words, `تمام سلام`, stay
/// unfound: a verb and its object look the same.) A given name there before a person the model found
/// joins that person.
fn office_holders(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let n = prepared.len();
    let mut i = 0;
    while i < n {
        if labels[i] != 0 || !has(&prepared[i], OFFICE) {
            i += 1;
            continue;
        }
        // The complement.
        let mut k = i + 1;
        // (A body or a place the model found: `رئيس الهيئة العليا للانتخابات`, `عمدة الدار البيضاء`.)
        if k < n && (labels[k] == b_of(Label::ORG) || labels[k] == b_of(Label::LOC)) {
            k += 1;
            while k < n && is_inside(labels[k]) {
                k += 1;
            }
        } else {
            // A feminine nisba right after the office is its portfolio (`وزير المالية`, `الخارجية`),
            // not an adjective of it.
            let portfolio = |k: usize| k == i + 1 && prepared[k].w.ends_with("يه");
            while k < n && k < i + 3 && labels[k] == 0 && prepared[k].w.starts_with("ال") && !has(&prepared[k], FUNCTION) && (!is_adjective(&prepared[k].w) || portfolio(k)) {
                k += 1;
            }
        }
        if k == i + 1 {
            i += 1;
            continue;
        }
        if k < n && (labels[k] == 0 || labels[k] == b_of(Label::LOC)) && gazetteer::is_place_nisba(&prepared[k].w) && !is_inside(labels.get(k + 1).copied().unwrap_or(0)) {
            k += 1;
        }
        // A given name the model left out before the person it found (`وزير المالية علي` + `حسن خليل`):
        // after an office and its complement, even a word that is also common (`علي` "on") is the name's.
        // So is a word the training text never had before a person opened by `أبو`, `ابن`, `بن`, `عبد`
        // (`رئيس البلدية تيسير` + `أبو سنينة`).
        // (Not a present-tense verb: `يلتقي أبو مازن`.)
        let linked = || !vocab.is_frequent(&prepared[k].w) && !prepared[k].w.starts_with('ي') && is_name_link(&prepared[k + 1].w);
        if k + 1 < n && labels[k] == 0 && labels[k + 1] == b_of(Label::PER) && plain_name_word(&prepared[k]) && (gazetteer::is_first_name(&prepared[k].w) || linked()) {
            labels[k] = b_of(Label::PER);
            labels[k + 1] = b_of(Label::PER) + 1;
            i = k + 1;
            continue;
        }
        // A given name, found alone or listed, goes on into a rare definite surname in ي (`نبيلة الرميلي`).
        let surname = |q: &Prepared| rare_surname(q, vocab);
        let alone = k < n && (labels[k] == b_of(Label::PER) || labels[k] == 0 && plain_name_word(&prepared[k]) && {
            // (Or the feminine of a listed one: `نبيلة`, `سميرة`.)
            let w = prepared[k].w.as_str();
            gazetteer::is_first_name(w) || w.strip_suffix('ه').is_some_and(gazetteer::is_first_name)
        })
            && labels.get(k + 1) == Some(&0) && prepared.get(k + 1).is_some_and(surname);
        let Some(end) = (if alone { Some(k + 2) } else { untagged_name_at(prepared, labels, k, vocab) }) else {
            i = k;
            continue;
        };
        if labels.get(end).is_none_or(|&x| !is_inside(x)) {
            set(labels, k, end, Label::PER);
        }
        i = end;
    }
}

/// Nouns that chain an office to its body (matching form): `رئيس مجلس إدارة` + the port, `رئيس مجلس
/// مفوضي` + the commission, `رئيس مجلس أمناء` + the university, `مدير عام` + the hospital.
fn is_chain_noun(w: &str) -> bool {
    one_of!(w, ["مجلس", "اداره", "مفوضي", "امناء", "هيئه", "سلطه", "بلديه", "لجنه", "مكتب", "ديوان", "اركان", "عام", "مجموعه", "جمعيه", "نقابه", "غرفه", "صندوق", "مركز", "مؤسسه", "شركه"])
}

/// A word after a given name that goes on with the person: a plain word no common word of the training
/// text, or a definite one that is no common word, place, adjective, country's adjective or time either
/// (`العكايلة`, `المعايطة`).
fn family_name(q: &Prepared, vocab: &dyn Vocab) -> bool {
    let w = q.w.as_str();
    q.is_arabic() && !vocab.is_frequent(w) && !gazetteer::is_place(w) && (plain_name_word(q)
        || w.starts_with("ال") && w.chars().count() >= 5 && !has(q, FUNCTION | NATIONAL) && !is_adjective(w) && !is_body_adjective(w))
}

/// The holder of an office after a chain of nouns to its body (`رئيس مجلس إدارة المرفأ` + a name,
/// `رئيس مجلس مفوضي الهيئة` + a name): the chain's last noun, definite, is no part of the name (the model
/// reads `المرفأ سامر قبيسي` as one person), and a listed given name there with a family name after it
/// is the person whatever the model made of the two words (`فراس` + `المعايطة` as a place). And a person
/// of two words after an office with a definite word and `إن`/`أن` after it (`وزيرة الدولة … سارة عوض` +
/// `الأمراء إن`) keeps that word, the third part of the name: the subject's name, then what it said.
fn chain_holders(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let n = prepared.len();
    let per = b_of(Label::PER);
    for i in 0..n {
        if !has(&prepared[i], OFFICE) {
            continue;
        }
        let mut d = i + 1;
        while d < n && is_chain_noun(&prepared[d].w) {
            d += 1;
        }
        let s = d + 1;
        if d > i + 1 && s + 1 < n && prepared[d].w.starts_with("ال") && plain_name_word(&prepared[s]) {
            let next_free = |k: usize| labels.get(k).is_none_or(|&x| !is_inside(x));
            if labels[d] == per && labels[s] == per + 1 {
                labels[d] = 0;
                labels[s] = per;
            } else if labels[s] == per && labels[s + 1] == 0 && next_free(s + 2) && family_name(&prepared[s + 1], vocab) {
                labels[s + 1] = per + 1;
            } else if !is_inside(labels[s]) && next_free(s + 1) && next_free(s + 2) && gazetteer::is_first_name(&prepared[s].w)
                && family_name(&prepared[s + 1], vocab)
            {
                set(labels, s, s + 2, Label::PER);
            }
        }
    }
    for (a, b, ty) in chunks(labels) {
        let office = (a.saturating_sub(6)..a).any(|k| has(&prepared[k], OFFICE));
        if ty != Label::PER || b - a != 2 || b + 1 >= n || labels[b] != 0 || !office {
            continue;
        }
        let q = &prepared[b];
        let w = q.w.as_str();
        let time = one_of!(w, ["اليوم", "الامس", "الغد", "الليله", "الصباح", "المساء", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد"]);
        let said = one_of!(prepared[b + 1].w.as_str(), ["ان", "بان", "انه", "انها"]);
        if said && !time && q.is_arabic() && w.starts_with("ال") && w.chars().count() >= 5 && !has(q, FUNCTION | NATIONAL | COUNTERPART)
            && !is_adjective(w) && !is_person_role(w) && !gazetteer::is_place(w)
        {
            labels[b] = per + 1;
        }
    }
}

/// The first word of a dateline, a word and a dash before a person at the head of a story (`بعلبك - سامر
/// الحاج`), is a place (listed, or no common word of the training text), not the writer's name; and on a
/// line of the dateline and the name alone, the rest of the line is the writer.
fn datelines(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let n = prepared.len();
    if n >= 3 && one_of!(prepared[1].w.as_str(), ["-", "–", "—"]) && (labels[2] == b_of(Label::PER) || gazetteer::is_first_name(&prepared[2].w)) {
        let p = &prepared[0];
        let town = gazetteer::is_place(&p.w) || !vocab.is_frequent(&p.w) && !p.w.starts_with("ال");
        if town && p.is_arabic() && p.w.chars().count() >= 2 && !has(p, FUNCTION) && !is_inside(labels[1]) && !gazetteer::is_first_name(&p.w) {
            set(labels, 0, 1, Label::LOC);
            if n <= 5 && prepared[2..].iter().all(|q| q.is_arabic() && !has(q, FUNCTION)) {
                set(labels, 2, n, Label::PER);
            }
        }
    }
}

/// A definite surname in `ي` the training text does not know, no country's or body's adjective
/// (`الرميلي`, `الجادرجي`).
fn rare_surname(q: &Prepared, vocab: &dyn Vocab) -> bool {
    q.w.starts_with("ال") && q.w.ends_with('ي') && !vocab.is_frequent(&q.w) && !gazetteer::is_place_nisba(&q.w) && !is_body_adjective(&q.w)
}

/// Roles said of a person before a nationality and a name (matching form, clitics off): `اللاعب`,
/// `العداء`, `الروائية` + `الجزائرية` + a name; the titles and honorifics besides.
fn is_person_role(w: &str) -> bool {
    is_person_title(w)
        || is_honorific(w)
        || one_of!(w, ["اللاعب", "اللاعبه", "المدافع", "المهاجم", "الحارس", "العداء", "العداءه", "البطل", "البطله", "النجم", "النجمه", "المغني", "المغنيه", "المطرب", "المطربه", "الروائيه", "الشاعره", "الكاتبه", "الناشط", "الناشطه", "الملاكم", "السباح", "السباحه", "الدولي", "المصنف", "المصنفه", "الباحث", "الباحثه", "الداعيه", "الملياردير", "المفكر", "الفيلسوف", "المؤرخ", "الرسام", "الموسيقار", "الصحافي", "الصحفيه", "المصور", "المراسل", "الاعلامي", "الاعلاميه", "المذيع", "المذيعه", "المخرجه", "الطبيبه", "المحاميه", "الدراج", "الفارس", "المدربه", "المعماري", "المعماريه", "المهندس", "المهندسه", "الاديب", "الاديبه", "الناقد", "الناقده", "المترجم", "المترجمه", "النحات", "التشكيلي", "التشكيليه"])
}

/// A national and the name after him (`العداء المغربي ربيع دكانة`, `وكان الإسباني رافايل نادال`,
/// `منافسه التركي نظمي أفلوكا`): a country's adjective with the article, said of a person (after a
/// role, or as the subject or object itself: after a verb, a noun with a pronoun, a function word or
/// punctuation, not after a definite noun it qualifies, `الجيش التركي`), then one or two untagged
/// words that can be a name ([`untagged_name_at`]) are a person. The model misses such names when
/// they are foreign and unseen.
fn nationals(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let n = prepared.len();
    let mut j = 0;
    while j + 1 < n {
        let p = &prepared[j];
        // (The word's ending first: most words are no adjective, and their facts are not needed.)
        if labels[j] != 0 || !p.w.ends_with('ي') && !p.w.ends_with("يه") {
            j += 1;
            continue;
        }
        // Behind a clitic too (`والألماني`, `للكيني`, `بالروسية`): behind a preposition the adjective
        // is a noun, said of a person, no other noun's adjective.
        let nc = p.noconj();
        let (bare, prep) = match nc.strip_prefix("لل").or_else(|| nc.strip_prefix("بال")) {
            Some(r) => (r, true),
            None => (nc, false),
        };
        let national = if prep || nc.len() != p.w.len() {
            (prep || bare.starts_with("ال")) && gazetteer::nisba_stem(bare).is_some_and(|s| s.chars().count() >= 3) && gazetteer::is_place_nisba(bare)
        } else {
            p.w.starts_with("ال") && has(p, NATIONAL)
        };
        if !national {
            j += 1;
            continue;
        }
        let said_of_person = prep || j == 0 || {
            let prev = &prepared[j - 1];
            let definite = prev.noconj().starts_with("ال") || prev.stem() != prev.noconj() && prev.w.contains("ال");
            !prev.is_arabic() || has(prev, FUNCTION) || bare_is(&prev.w, is_person_role) || labels[j - 1] == 0 && !definite
                || nc.len() != p.w.len() && label_type_of(labels[j - 1]) == Some(Label::PER)
        };
        if !said_of_person {
            j += 1;
            continue;
        }
        // Two words, the first no common word of the training text unless a given name (not `على`,
        // "on", folded as `علي`), the second no present-tense verb (`مدة تزيد`): a country's adjective
        // is followed by far more nouns and verbs than names.
        let first = &prepared[j + 1];
        let on = first.w == "علي" && !first.dotted_ya;
        let named = !on && (gazetteer::is_first_name(&first.w) || !vocab.is_frequent(&first.w))
            && prepared.get(j + 2).is_some_and(|p| !(p.w.starts_with(['ي', 'ت']) && p.w.chars().count() >= 4));
        // A given name the model found alone goes on into a rare word after it (`الإسباني رافايل` +
        // `نادال`).
        // A name's first word the model left out before the rest it found (`المعماري العراقي رفعة` +
        // `الجادرجي`).
        // So is a rare definite surname in `ي` after it (`المهندسة المصرية رفعت` + `الكردي`).
        let surname = || labels.get(j + 2) == Some(&0) && prepared.get(j + 2).is_some_and(|q| rare_surname(q, vocab)) && labels.get(j + 3).is_none_or(|&x| !is_inside(x));
        if named && labels[j + 1] == 0 && (labels.get(j + 2) == Some(&b_of(Label::PER)) || surname()) && plain_name_word(first) && !vocab.is_frequent(&first.w) {
            labels[j + 1] = b_of(Label::PER);
            labels[j + 2] = b_of(Label::PER) + 1;
            j += 3;
            continue;
        }
        let alone = labels[j + 1] == b_of(Label::PER) && labels.get(j + 2) == Some(&0);
        // (Not a short word in `ا`, a verb in the dual or an accusative: `ميسي` + `أضاعا`.)
        let short_alif = |p: &Prepared| p.w.ends_with('ا') && p.w.chars().count() <= 5;
        if alone && prepared.get(j + 2).is_some_and(|p| plain_name_word(p) && !vocab.is_frequent(&p.w) && !gazetteer::is_place(&p.w) && !short_alif(p)) {
            labels[j + 2] = b_of(Label::PER) + 1;
            j += 3;
            continue;
        }
        // Names the model took for places, none of their words a listed place (`العاجي` + `كولو` +
        // `توريه`, two places): the person.
        let spans_end = {
            let mut e = j + 1;
            while e < n && e < j + 4 && matches!(label_type_of(labels[e]), Some(Label::LOC | Label::PER)) {
                e += 1;
            }
            e
        };
        let misread = labels[j + 1] == b_of(Label::LOC) && spans_end >= j + 2 && spans_end < j + 4
            && labels.get(spans_end).is_none_or(|&x| !is_inside(x))
            && prepared[j + 1..spans_end].iter().all(|p| plain_name_word(p) && !gazetteer::is_place(&p.w) && gazetteer::single_word_type(p.stem()).is_none() && !gazetteer::is_place(p.stem()));
        if misread {
            set(labels, j + 1, spans_end, Label::PER);
            j = spans_end;
            continue;
        }
        // Foreign names in `ا` (`سفتلانا كوزنتسوفا`, `جيانلوكا زامبورتا`), which the name test takes for
        // accusatives: two rare words, neither a place, the first of five letters or more (`عزما أكيدا`
        // is "a firm resolve").
        let rare = |q: &Prepared| plain_name_word(q) && !vocab.is_frequent(&q.w) && !gazetteer::is_place(&q.w);
        if named && first.w.ends_with('ا') && first.w.chars().count() >= 5 && labels[j + 1] == 0 && labels.get(j + 2) == Some(&0) && rare(first) && prepared.get(j + 2).is_some_and(rare)
            && labels.get(j + 3).is_none_or(|&x| !is_inside(x))
        {
            set(labels, j + 1, j + 3, Label::PER);
            j += 3;
            continue;
        }
        if named {
            if let Some(end) = untagged_name_at(prepared, labels, j + 1, vocab).filter(|&end| end == j + 3) {
                if labels.get(end).is_none_or(|&x| !is_inside(x)) {
                    set(labels, j + 1, end, Label::PER);
                    j = end;
                    continue;
                }
            }
        }
        j += 1;
    }
}

/// A word that can open or go on with a person's name the model left untagged: Arabic letters, three
/// or more, no article, no function, dialect or organisation head word, no conjunction.
fn plain_name_word(p: &Prepared) -> bool {
    p.is_arabic() && !p.w.starts_with("ال") && p.w.chars().count() >= 3 && !has(p, FUNCTION | DIALECT | ORG_HEAD) && !p.w.starts_with('و')
}

/// The end of a person's name of one or two untagged words at `k`, after words that announce one (an
/// office and its portfolio, a nationality): the first a listed given name or no common word of the
/// training text (or a common one before a rare second word: `أكرم شهيب`), the second no definite or
/// function word, and a common word only before punctuation or a function word. None where the
/// sentence goes on instead: a preposition on a common word, a verb, an accusative, a time of day.
fn untagged_name_at(prepared: &[Prepared], labels: &[usize], k: usize, vocab: &dyn Vocab) -> Option<usize> {
    let n = prepared.len();
    let boundary = |j: usize| j >= n || !prepared[j].is_arabic() || has(&prepared[j], FUNCTION) || prepared[j].w.starts_with("ال");
    if k >= n || labels[k] != 0 || !plain_name_word(&prepared[k]) {
        return None;
    }
    let first = &prepared[k];
    // A preposition or conjunction on a common word or a verb (`بالجهود`, `لشؤون`, `فيقول`), an
    // indefinite accusative (`بيانا`), a direction (`شرق`): the sentence goes on, no name.
    let fw = first.w.as_str();
    // (`فا` opens given names, `فاروق`, `فادي`, `فايز`, more often than `ف` + a verb in `ا`.)
    let clitic = fw.strip_prefix(['ب', 'ل', 'ف', 'ك']).is_some_and(|r| r.starts_with(['ي', 'ت', 'ل']) || r.starts_with('ا') && !fw.starts_with("فا") || vocab.is_frequent(r));
    // A present-tense verb (`وزير الري يتفقد`, a headline's order), or a time of day before its day
    // (`صباح اليوم`, though `صباح` is a given name): no name either.
    // (`يعد`, `يزور` too: no listed given name is such a verb.)
    let present = fw.starts_with(['ي', 'ت']) && fw.chars().count() >= 4 || fw.starts_with('ي') && fw.chars().count() == 3;
    let time = one_of!(fw, ["صباح", "مساء", "ظهر", "فجر", "ليل", "عصر"]) && prepared.get(k + 1).is_none_or(|p| p.w.starts_with("ال"));
    if time || !gazetteer::is_first_name(fw) && (clitic || present || fw.ends_with('ا') || first.gaz & super::features::GAZ_PLACE_CUE != 0) {
        return None;
    }
    let second = (k + 1 < n && labels[k + 1] == 0 && plain_name_word(&prepared[k + 1])).then(|| &prepared[k + 1]);
    let rare_second = second.is_some_and(|p| !vocab.is_frequent(&p.w) && !gazetteer::is_place(&p.w));
    let end = if gazetteer::is_first_name(&first.w) || !vocab.is_frequent(&first.w) {
        // A name's first word: the second joins unless it is a common word inside the sentence.
        k + 1 + second.is_some_and(|p| !vocab.is_frequent(&p.w) || boundary(k + 2)) as usize
    } else if rare_second && !super::features::is_speech(&first.w) {
        // A common first word (`أكرم`) is a name only before a rare one (`شهيب`).
        k + 2
    } else {
        return None;
    };
    Some(end)
}

/// Whether a token is an organisation head noun, clitics off (`لبلدية` → `بلديه`).
fn org_head(p: &Prepared) -> bool {
    has(p, ORG_HEAD)
}

/// [`org_head`], worked out.
fn org_head_of(p: &Prepared) -> bool {
    if gazetteer::is_org_head(&p.w) || gazetteer::is_org_head(p.noconj()) {
        return true;
    }
    // A preposition, with or without a conjunction before it: `لبلدية`, `وبجامعة`.
    let w = p.noconj();
    ["ل", "ب"].iter().any(|c| w.strip_prefix(c).is_some_and(gazetteer::is_org_head))
}

/// An organisation named by its head noun and a name (issue 13): `بلدية نابلس`, `جامعة بيرزيت`,
/// `إذاعة صوت فلسطين`, `مجلس محلي قلقيلية` are one ORG span, head included, whatever type the model gave
/// the name.
fn org_heads(prepared: &[Prepared], labels: &mut [usize]) {
    let spans = chunks(labels);
    for (a, b, ty) in spans {
        // The head: right before the span, or one or two plain words before it.
        let Some(h) = (1..=2).filter_map(|k| a.checked_sub(k)).find(|&h| org_head(&prepared[h])) else { continue };
        // A word between only after a radio or a council (`إذاعة صوت فلسطين`, `مجلس محلي قلقيلية`): one
        // indefinite word, not a place word (`دائرة إعلام دبي`, `محكمة مدينة كركوك` name the place).
        let head = prepared[h].noconj();
        let gap_ok = one_of!(head, ["اذاعه", "مجلس", "لاذاعه", "لمجلس", "باذاعه", "بمجلس"]);
        let plain = a - h <= 2 && (a == h + 1 || gap_ok) && (h + 1..a).all(|j| {
            let p = &prepared[j];
            labels[j] == 0 && p.is_arabic() && !p.w.starts_with("ال") && !has(p, FUNCTION | ORG_HEAD)
                && p.gaz & super::features::GAZ_PLACE_CUE == 0
        });
        // An organisation inside is its own (`لجنة الأمم المتحدة`), unless the head is a paper or a radio
        // and the name is its title (`جريدة القدس`).
        let media = ["جريده", "اذاعه"].iter().any(|m| head.ends_with(m));
        if ty == Label::ORG && !media {
            continue;
        }
        // The name is the head's genitive: no clitic on it (`بطنجة`, `للشرق`, `وسنغافورة` are not).
        let bare = {
            let w = prepared[a].w.as_str();
            let listed = |x: &str| gazetteer::is_place(x) || gazetteer::single_word_type(x).is_some();
            // A clitic before the article, or one before a listed name.
            let clitic = crate::segment::splits(w).iter().any(|s| s.article && s.prefix != "ال")
                || crate::segment::clitic::strip_one(w).is_some_and(listed);
            listed(w) || !clitic
        };
        if !plain || !bare || ty == Label::PER || ty == Label::MISC {
            continue;
        }
        if (h > 0 && is_inside(labels[h])) || labels[h] != 0 && label_type_of(labels[h]) != Some(Label::ORG) {
            continue;
        }
        if labels[h] == 0 || h + 1 < a || ty != Label::ORG {
            set(labels, h, b, Label::ORG);
        }
    }
}

/// A head noun before a listed place the model left alone (`بلدية الخليل` in a short text) is an
/// organisation too.
fn org_heads_before_places(prepared: &[Prepared], labels: &mut [usize]) {
    for h in 0..prepared.len().saturating_sub(1) {
        let next = &prepared[h + 1];
        if labels[h] == 0 && labels[h + 1] == 0 && org_head(&prepared[h]) && gazetteer::is_place(&next.w)
            && labels.get(h + 2).is_none_or(|&k| !is_inside(k))
        {
            set(labels, h, h + 2, Label::ORG);
        }
    }
}

/// A head noun before a word the model has never seen, that no list knows and that does not look
/// like an adjective or a plural (`مستشفى رفيديا`, `جامعة بيرزيت`, `بلدية عنبتا`, `مدرسة عرابة`): an
/// organisation named after a place or a person too rare for the training text. A definite word
/// (`مستشفى المدينة`), an indefinite nisba (`مستشفى ميداني`) and a common word (`جامعة خاصة`: known to
/// the model) are not names.
fn org_heads_before_unknown(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for h in 0..prepared.len().saturating_sub(1) {
        if labels[h] != 0 || labels[h + 1] != 0 || !org_head(&prepared[h]) {
            continue;
        }
        let next = &prepared[h + 1];
        let w = next.w.as_str();
        let plain = next.is_arabic()
            && w.chars().count() >= 3
            && !w.starts_with("ال")
            && !["ي", "يه", "ات", "ين", "ون"].iter().any(|e| w.ends_with(e))
            && !has(next, FUNCTION | DIALECT | ORG_HEAD)
            && next.gaz & super::features::GAZ_PLACE_CUE == 0;
        // A counted head is a common noun (`ألف ومئتي مدرسة فتحت`, `خمس جامعات`), and a feminine head
        // followed by a word in `ت` (`مدرسة فتحت`, `بلدية طالبت`) has its verb after it.
        let counted = h > 0 && {
            let q = &prepared[h - 1];
            q.is_number() || is_number_word(q.noconj()) || is_number_word(q.noconj().trim_start_matches(['ب', 'ل']))
        };
        let verb = prepared[h].w.ends_with('ه') && w.ends_with('ت') && !gazetteer::is_place(w);
        // A preposition on a common word is the head's purpose, not its name (`مصرف لمياه الأمطار`,
        // `مركز لإيواء النازحين`, `مستشفى للأطفال`).
        let purpose = match w.strip_prefix("لل") {
            Some(rest) => vocab.is_frequent(&format!("ال{rest}")),
            None => w.strip_prefix(['ل', 'ب']).is_some_and(|rest| vocab.is_frequent(rest)),
        };
        if plain && !counted && !verb && !purpose && !vocab.is_frequent(w) && labels.get(h + 2).is_none_or(|&k| !is_inside(k)) {
            set(labels, h, h + 2, Label::ORG);
        }
    }
}

/// A university, party or organisation named by a definite word that is no adjective (`جامعة النجاح`,
/// `جامعة الأزهر`, `حزب الاستقلال`, `منظمة التحرير`): the training text has these heads in the name
/// (20 of 20 for `جامعة` + a definite noun), while a ministry or a committee + a definite noun is a
/// description there (`وزارة الصحة`, `لجنة الدفاع`). A bank is named by its adjective (`البنك التجاري`,
/// `للمصرف الزراعي`: 25 of 27 for `البنك` + a masculine one there; `خطط البنك التنموية` is the plans').
/// Only where the model left both words untagged, or took the second alone.
fn definite_named_orgs(prepared: &[Prepared], labels: &mut [usize]) {
    for h in 0..prepared.len().saturating_sub(1) {
        if labels[h] != 0 || !has(&prepared[h], NAMED_HEAD) {
            continue;
        }
        let next = &prepared[h + 1];
        let w = next.w.as_str();
        let bank = prepared[h].noconj().ends_with("بنك") || prepared[h].noconj().ends_with("مصرف");
        // (`بنك`, `مصرف` without the article take a noun, as the others: `مصرف الرافدين`, `بنك الإسكان`.)
        // (Not a drain: `مصرف المياه`.)
        let bank = bank && !one_of!(head_word(&prepared[h]), ["بنك", "مصرف"]);
        if !bank && one_of!(w, ["المياه", "الامطار", "الصحي"]) {
            continue;
        }
        let named = !is_ordinal(w)
            && if bank {
                is_adjective(w) && w.ends_with('ي') && !one_of!(w, ["الرئيسي", "المحلي", "الحالي", "الاساسي", "الخارجي"])
            } else {
                is_definite_noun(next, w)
            };
        let alone = labels[h + 1] == 0 || (!is_inside(labels[h + 1]) && label_type_of(labels[h + 1]) != Some(Label::PER));
        if named && alone && labels.get(h + 2).is_none_or(|&k| !is_inside(k)) {
            set(labels, h, h + 2, Label::ORG);
        }
    }
}

/// A political movement's head noun (matching form): `حركة`, `تيار`, `ائتلاف`, `كتلة`, `تحالف`, `جبهة`.
fn is_movement(w: &str) -> bool {
    one_of!(w, ["حركه", "تيار", "ائتلاف", "كتله", "تحالف", "جبهه", "التيار", "الائتلاف", "الكتله", "التحالف", "الجبهه"])
}

/// A state body's head noun that a country's adjective after its name makes one organisation
/// (matching form): `وزارة الصحة المصرية`, `نقابة المعلمين الأردنيين`, `مديرية الأمن العام` is not
/// (no country).
fn is_national_body(w: &str) -> bool {
    one_of!(w, ["وزاره", "نقابه", "مديريه", "دائره", "هيئه", "سلطه"])
}

/// A court's, council's, committee's or authority's head noun (matching form) that is named by a definite
/// noun and its adjectives like a ministry (`محكمة النقض المصرية`, `مجلس الشورى السعودي`, `لجنة الشؤون
/// الخارجية العربية`): see [`ministries`].
fn is_named_body(w: &str) -> bool {
    one_of!(w, ["محكمه", "هيئه", "مجلس", "لجنه", "مديريه", "سلطه"])
}

/// Who speaks for, leads or belongs to a movement (matching form, without a conjunction): the word
/// before its head noun (`رئيس حركة النهضة`, `المتحدث باسم حركة`, `نواب كتلة`).
fn is_member_cue(w: &str) -> bool {
    one_of!(w, ["رئيس", "زعيم", "قائد", "مؤسس", "عضو", "اعضاء", "نائب", "نواب", "انصار", "انصارها", "قاده", "زعماء", "قيادي", "القيادي", "مرشح", "مرشحي", "امين", "رئيسه", "مقاتلو", "مقاتلي", "عناصر"])
}

/// A country's people in the plural with the article (`الأردنيين`, `المصريون`): a place's nisba + ين/ون.
fn is_people_plural(p: &Prepared) -> bool {
    let w = p.noconj();
    (w.strip_suffix("ين").or_else(|| w.strip_suffix("ون"))).is_some_and(|s| s.starts_with("ال") && s.ends_with('ي') && gazetteer::is_place_nisba(s))
}

/// A political movement named by a definite noun after its head is one organisation, the head in it:
/// `حركة النهضة التونسية`, `حركة العدل والمساواة السودانية`, `التيار الوطني الحر`, `كتلة الوفاء للمقاومة`.
/// The head noun is common (`حركة المرور` is traffic, `تحالف` an alliance), so the name needs a sign:
/// a member, leader or spokesman before it (`رئيس`, `المتحدث باسم`, `نواب`), or a country's adjective
/// after it (`التونسية`). The name: a definite noun, one more behind `و`, adjectives and a `لل` purpose.
/// A name the model found after the head (`حركة` + `حماس`) is left as it is.
fn political_movements(prepared: &[Prepared], labels: &mut [usize]) {
    let org = b_of(Label::ORG);
    for h in 0..prepared.len().saturating_sub(1) {
        if !has(&prepared[h], MOVEMENT) {
            continue;
        }
        // `التيار الوطني الحر`: the definite head and its adjectives are the name.
        let definite_head = prepared[h].noconj().starts_with("ال");
        let body = bare_is(&prepared[h].w, is_national_body);
        let first = &prepared[h + 1];
        // The head and its noun untagged, or taken together by the model with nothing after them
        // (`حركة العدل` + `والمساواة السودانية`).
        let pair = labels[h] == org && labels[h + 1] == org + 1 && labels.get(h + 2).is_none_or(|&k| !is_inside(k));
        // (The name's noun may end as an adjective does, `التربية`, `الحرية`; not a country's adjective.)
        let noun = first.w.starts_with("ال") && first.w.chars().count() >= 4 && !has(first, FUNCTION | NATIONAL);
        if !(labels[h] == 0 && labels[h + 1] == 0 || pair && !definite_head) || !definite_head && !noun {
            continue;
        }
        let mut end = if definite_head { h + 1 } else { h + 2 };
        if !definite_head && prepared.get(end).is_some_and(|p| labels[end] == 0 && p.w.starts_with("وال") && is_definite_noun(p, p.noconj())) {
            end += 1;
        }
        let noun_end = end;
        while end < prepared.len() && end < h + 6 && labels[end] == 0 && (is_adjective(&prepared[end].w) || body && is_people_plural(&prepared[end])) && !has(&prepared[end], FUNCTION) {
            end += 1;
        }
        // A country's adjective alone after the noun (`حركة النهضة التونسية`; not `حركة الطيران المروحي
        // اللبناني`, the helicopters' flights).
        let national = !definite_head && end == noun_end + 1 && (has(&prepared[noun_end], NATIONAL) || body && is_people_plural(&prepared[noun_end]));
        let purpose = prepared.get(end).is_some_and(|p| labels[end] == 0 && p.w.starts_with("لل") && p.w.chars().count() > 4 && !is_time_purpose(&p.w));
        if purpose {
            end = purpose_end(prepared, labels, end, 2);
        }
        // (`المتحدث باسم`, the spokesman; `يعرف باسم` is "known as".)
        let cue = h > 0
            && (is_member_cue(prepared[h - 1].noconj())
                || prepared[h - 1].w == "باسم" && h > 1 && one_of!(prepared[h - 2].noconj(), ["المتحدث", "الناطق", "متحدث", "ناطق", "المتحدثه", "الناطقه"]));
        // (Before a name the model found, `حركة المقاومة الفلسطينية` + `حماس`, the head names that one.)
        let before_name = labels.get(end).is_some_and(|&k| label_type_of(k) == Some(Label::ORG));
        // (A definite head needs an adjective: `التيار` alone, or before a noun, is "the current".)
        let named = if definite_head { end > h + 1 } else { true };
        if named && (national || !body && (cue || purpose)) && !before_name {
            set(labels, h, end, Label::ORG);
        }
    }
}

/// A ministry is one organisation with its whole portfolio, whatever the model made of it:
/// `وزارة الصحة`, `وزارة التربية والتعليم العالي`, `وزارة الإسكان والمرافق والمجتمعات العمرانية`,
/// `وزارة الثروة الزراعية والسمكية وموارد المياه`, `وزارة شؤون المرأة`, `لوزارة الخارجية الأمريكية`.
/// `وزارة` before a definite noun names nothing else (unlike `هيئة`, `مديرية`, `حركة`, which are also
/// common nouns). The portfolio: a definite noun (or an indefinite one before a definite one), then
/// adjectives, `و` + a definite noun, `و` + an indefinite noun and its definite genitive, up to eight
/// words. Stops at a name of another type (`وزارة شؤون` + LOC `القدس` keeps the place inside only when
/// it ends the span). ANERcorp leaves ministries untagged; Wojood and the reader name them. Courts,
/// councils, committees and authorities ([`is_named_body`]) so too, with a definite noun first and a
/// country's adjective (a council: any adjective or second noun) after it.
fn ministries(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let org = b_of(Label::ORG);
    let free = |k: usize, labels: &[usize]| labels[k] == 0 || labels[k] == org + 1 || label_type_of(labels[k]) == Some(Label::ORG);
    let definite = |p: &Prepared, w: &str| w.starts_with("ال") && w.chars().count() >= 4 && !has(p, FUNCTION);
    let indefinite = |p: &Prepared, w: &str| !w.starts_with("ال") && w.chars().count() >= 3 && !has(p, FUNCTION) && w.chars().all(|c| ('\u{621}'..='\u{64a}').contains(&c));
    for h in 0..n.saturating_sub(1) {
        let head = &prepared[h];
        let ministry = bare_is(&head.w, |w| w == "وزاره");
        if !(ministry || bare_is(&head.w, is_named_body)) || is_inside(labels[h]) || !(labels[h] == 0 || labels[h] == org) {
            continue;
        }
        let first = &prepared[h + 1];
        let mut end = if definite(first, &first.w) && !has(first, NATIONAL) && free(h + 1, labels) {
            h + 2
        } else if ministry && indefinite(first, &first.w) && prepared.get(h + 2).is_some_and(|p| definite(p, &p.w) && !has(p, NATIONAL)) && free(h + 1, labels) && free(h + 2, labels) {
            h + 3
        } else {
            continue;
        };
        // (`وزارة الداخلية` + `وصندوق التجهيز الجماعي`: a second body after `و` is a name of its own.)
        let body = |w: &str| {
            let bare = w.strip_prefix("ال").unwrap_or(w);
            gazetteer::is_org_head(bare) || is_movement(w) || one_of!(bare, ["وزاره", "وزارات", "حكومه", "جيش", "شركه", "وكاله"])
        };
        while end < n && end < h + 9 && free(end, labels) {
            let p = &prepared[end];
            let rest = p.w.strip_prefix('و').unwrap_or(&p.w);
            if p.w.starts_with('و') && body(rest) {
                break;
            }
            if is_adjective(&p.w) && !has(p, FUNCTION) || p.w.starts_with("وال") && definite(p, rest) {
                end += 1;
            } else if p.w.starts_with('و') && indefinite(p, rest) && !(rest.ends_with('ت') && !rest.ends_with("ات"))
                && prepared.get(end + 1).is_some_and(|q| definite(q, &q.w)) && free(end + 1, labels)
            {
                end += 2;
            } else {
                break;
            }
        }
        // (A name the model began inside the portfolio and carried past it is left to the model.)
        // (A court, committee or authority needs a country's or a wider body's adjective, `محكمة النقض
        // المصرية`: ANERcorp leaves `لجنة الدفاع` and `هيئة` + a noun untagged; a council an adjective or a
        // second noun, `مجلس الشورى السعودي`, `مجلس النواب الأردني`.)
        let national = (h + 2..end).any(|k| has(&prepared[k], NATIONAL) || is_international(&prepared[k].w));
        let council = bare_is(&head.w, |w| w == "مجلس") && end > h + 2;
        if labels.get(end).is_some_and(|&k| is_inside(k)) || !(ministry || national || council) {
            continue;
        }
        set(labels, h, end, Label::ORG);
    }
}

/// A definite noun (`الخبر`, `النجاح`, `الطرق`): the article and two letters or more, no function
/// word and no adjective. `w` is the token's word or its rest after a conjunction (`والمواصلات`).
fn is_definite_noun(p: &Prepared, w: &str) -> bool {
    w.starts_with("ال") && w.chars().count() >= 4 && !has(p, FUNCTION) && !is_adjective(w)
}

/// An adjective after a head noun: a definite word ending in ي or ية (`الوطني`, `السعودية`) or one of
/// the few that do not (`العليا`, `الأعلى`, `العامة`, `المتحدة`…).
fn is_adjective(w: &str) -> bool {
    let w = w.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(w);
    w.starts_with("ال") && w.chars().count() >= 5 && (w.ends_with('ي') || w.ends_with("يه"))
        || one_of!(w, ["العليا", "الاعلي", "العامه", "العام", "المتحده", "الكبري", "الدائم", "الحر", "الموحد", "المستقل", "المستقله", "الدائمه", "الموحده", "المشترك", "المشتركه", "القابضه", "المختصه", "المستقلين"])
        // Participles that qualify a purpose's noun (`للقوات المسلحة`, `للطرق السيارة`, `للطاقة المتجددة`).
        || one_of!(w, ["المسلحه", "السياره", "المتجدده", "المستدامه", "المتقدمه"])
}

/// Adjectives of a facility or a body that are never a surname (`الدولي`, `العالمية`, `الأممي`, `الوطني`).
fn is_body_adjective(w: &str) -> bool {
    w.starts_with("ال") && matches!(gazetteer::nisba_stem(w), Some("دول" | "عالم" | "امم" | "وطن"))
}

/// Adjectives that make a head noun an international body (`الاتحاد الأوروبي`, `الوكالة الدولية`,
/// `المنظمة العالمية`, `البنك الأفريقي`, `الجامعة العربية`).
fn is_international(w: &str) -> bool {
    let w = w.strip_prefix('و').filter(|r| r.starts_with("ال")).unwrap_or(w);
    w.starts_with("ال") && matches!(gazetteer::nisba_stem(w), Some("دول" | "عالم" | "اوروب" | "افريق" | "عرب" | "اسيو" | "خليج" | "امم"))
}

/// A definite head noun of an organisation (`الشركة`, `المصرف`), clitics allowed before it.
fn definite_org_head(p: &Prepared) -> bool {
    has(p, DEFINITE_ORG_HEAD)
}

/// [`definite_org_head`], worked out.
fn definite_org_head_of(p: &Prepared) -> bool {
    [p.w.as_str(), p.noconj()].iter().any(|w| {
        // The head after the article, also behind لل, بال, كال (`للشركة`, `بالوكالة`).
        let head = w.strip_prefix("لل").or_else(|| w.strip_prefix("بال")).or_else(|| w.strip_prefix("كال")).or_else(|| w.strip_prefix("ال"));
        head.is_some_and(|h| h != "مجموعه" && (gazetteer::is_org_head(h) || one_of!(h, ["شركه", "وكاله", "برنامج", "شبكه", "مكتب"])))
    })
}

/// A لل-word that measures time (`للمرة`, `للعام`, `للفترة`): no purpose after an organisation's name.
fn is_time_purpose(w: &str) -> bool {
    one_of!(w, ["للفتره", "للمره", "للعام", "للسنه", "للشهر", "لليوم", "للاسبوع", "للموسم"])
}

/// Where the genitive of a purpose word at `p` ends (`للبترول والمعادن`, `لطباعة المصحف الشريف`): the
/// untagged definite words after it (with `و` too, not `العام`, a year), at most `most` of them.
fn purpose_end(prepared: &[Prepared], labels: &[usize], p: usize, most: usize) -> usize {
    let mut end = p + 1;
    while end < prepared.len() && end - p <= most && labels[end] == 0 && !has(&prepared[end], FUNCTION) && {
        let w = prepared[end].w.as_str();
        (w.starts_with("ال") || w.starts_with("وال")) && w.chars().count() >= 4 && w != "العام"
    } {
        end += 1;
    }
    end
}

/// An organisation named by a definite head, its adjectives and a purpose phrase with لل (issue 13):
/// `الشركة السعودية للكهرباء`, `المصرف العراقي للتجارة`, `البرنامج الوطني للإيدز`, `الوكالة الدولية
/// للطاقة الذرية` are one ORG span (at least one adjective before لل; adjectives after it are taken),
/// whatever the model made of its parts (LOC `السعودية`).
fn purpose_orgs(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let mut i = 0;
    while i < n {
        // (`الديوان` too: `الديوان الوطني للسياحة`; only with an adjective and a purpose, below.)
        let diwan = one_of!(prepared[i].noconj(), ["الديوان", "للديوان", "بالديوان"]);
        if !(definite_org_head(&prepared[i]) || diwan) || (i > 0 && is_inside(labels[i]) ) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        // (`الشريف`, "the Sharifian", of Morocco's offices: `المكتب الشريف للفوسفاط`; also a surname, so only
        // here, before a purpose.)
        while j < n && j - i <= 3 && (is_adjective(&prepared[j].w) || matches!(prepared[j].w.as_str(), "الشريف" | "الشريفه")) {
            j += 1;
        }
        // (`للفترة`, `للمرة`, `للعام` measure time; `الأولى` and `الثانية` count, they do not name.)
        let ordinal = (i + 1..j).any(|k| one_of!(prepared[k].w.as_str(), ["الاولي", "الاول", "الثانيه", "الثاني", "الثالثه", "الثالث"]));
        // A purpose with لل (`للكهرباء`), or with ل before an indefinite noun and its definite genitive
        // (`لعلوم الفضاء`, `لعلماء المسلمين`, `لحقوق الإنسان`, `لمكافحة الفساد`); not a verbal noun of the
        // derived forms, which states what the body does (`لتحقيق النجاح`, `لإصدار القرارات`).
        // (`من أجل` + a noun and its genitive, or a definite noun, is a purpose too: `الجمعية اللبنانية من
        // أجل ديمقراطية الانتخابات`, `الجبهة الوطنية من أجل الديمقراطية`.)
        let g = if j + 2 < n && prepared[j].w == "من" && prepared[j + 1].w == "اجل" { j + 2 } else { j };
        let noun = if g > j { Some(prepared[g].w.as_str()) } else { prepared.get(j).and_then(|p| p.w.strip_prefix('ل')).filter(|r| !r.starts_with('ل')) };
        let genitive = g + 1 < n
            && !ordinal
            && noun.is_some_and(|r| {
                (!r.starts_with(['ت', 'ا']) || g == j && company_verbal_noun(&prepared[i], &prepared[j].w)) && r.chars().count() >= 4 && !r.starts_with("ال")
            })
            && !has(&prepared[g], FUNCTION)
            && prepared[g + 1].w.starts_with("ال")
            && prepared[g + 1].w.chars().count() >= 4
            && !has(&prepared[g + 1], FUNCTION);
        let purpose = j > i + 1
            && g < n
            && !ordinal
            && (genitive
                || g > j && prepared[g].w.starts_with("ال") && prepared[g].w.chars().count() >= 5 && !has(&prepared[g], FUNCTION)
                || g == j && prepared[j].w.starts_with("لل")
                    && prepared[j].w.chars().count() > 4
                    && !is_time_purpose(&prepared[j].w));
        // A bank or company whose adjectives the model took for a name (`البنك الأهلي المصري` → ORG
        // `الأهلي`): the head and all its adjectives.
        let head = prepared[i].noconj().trim_start_matches(['ل', 'ب']);
        let company = one_of!(head, ["البنك", "المصرف", "الشركه", "لبنك", "لمصرف", "لشركه"])
            && j > i + 1
            && labels[i + 1..j].iter().any(|&k| k != 0)
            && labels.get(j).is_none_or(|&k| !is_inside(k));
        // A head whose adjectives name a country (`المجلس التشريعي الفلسطيني`, `المحكمة العليا
        // الإسرائيلية`, `البنك المركزي المصري`): a national institution, the head and its adjectives.
        // A nisba-shaped head after an untagged definite noun is that noun's adjective (`الانتخابات` +
        // `البلدية التونسية`, `المجالس` + `المحلية المغربية`): no body of its own.
        let qualifies = i > 0 && labels[i - 1] == 0 && prepared[i].w.starts_with("ال") && prepared[i].w.ends_with("يه") && {
            let q = &prepared[i - 1];
            q.noconj().starts_with("ال") && !is_adjective(&q.w) && !has(q, FUNCTION | ORG_HEAD | DEFINITE_ORG_HEAD)
        };
        if qualifies && !purpose && chunks(labels).contains(&(i, j, Label::ORG)) {
            labels[i..j].fill(0);
        }
        let national = !purpose
            && !diwan
            && !qualifies
            && !ordinal
            && !prepared[i].w.ends_with("برنامج")
            && j > i + 1
            && (i + 1..j).any(|k| gazetteer::is_place_nisba(&prepared[k].w) || is_international(&prepared[k].w))
            && labels[i..j].iter().all(|&k| label_type_of(k) != Some(Label::PER))
            && labels.get(j).is_none_or(|&k| !is_inside(k));
        if national {
            set(labels, i, j, Label::ORG);
            i = j;
            continue;
        }
        if company && !purpose {
            set(labels, i, j, Label::ORG);
            i = j;
            continue;
        }
        if !purpose || diwan && !(i + 1..j).any(|k| is_adjective(&prepared[k].w)) {
            i += 1;
            continue;
        }
        let mut end = g + 1;
        // A لل purpose and one more noun joined to it by و (`للمراجعين والمحاسبين`, `للماء والكهرباء`).
        let joined = |k: usize| prepared.get(k).is_some_and(|p| p.w.starts_with("وال") && p.w.chars().count() >= 6 && !is_function_word(p.noconj()))
            && labels[k] == 0 && labels.get(k + 1).is_none_or(|&l| !is_inside(l));
        if !genitive && g == j && joined(end) {
            end += 1;
        }
        if genitive {
            // The genitive, and one more joined to it by و (`لعلوم الفضاء والفلك`).
            end += 1;
            if prepared.get(end).is_some_and(|p| p.w.starts_with("وال") && p.w.chars().count() >= 5 && !is_function_word(p.noconj())) {
                end += 1;
            }
        }
        // (`العام` after the purpose starts a time: `… لعلوم الفضاء العام الماضي`.)
        // (A plural nisba qualifies a plural purpose: `للنساء الديمقراطيات`.)
        let plural = |w: &str| w.starts_with("ال") && w.chars().count() >= 7 && (w.ends_with("يات") || w.ends_with("يين"));
        while end < n && end - g <= 2 + genitive as usize && (is_adjective(&prepared[end].w) || plural(&prepared[end].w)) && prepared[end].w != "العام" {
            end += 1;
        }
        // Only where no name crosses the edges.
        let crosses = labels.get(end).is_some_and(|&k| is_inside(k));
        if !crosses {
            set(labels, i, end, Label::ORG);
        }
        i = end;
    }
}

/// A company named by what it does to a thing (`الشركة السودانية لتوزيع الكهرباء`, `الشركة المصرية
/// لتسويق الغاز`): a company head with a ل + verbal noun of the derived forms, other than the verbs of
/// aim that say what any body strives for (`لتحقيق`, `لتعزيز`, `لتقديم`…).
fn company_verbal_noun(head: &Prepared, w: &str) -> bool {
    let head = head.noconj().trim_start_matches(['ل', 'ب']);
    one_of!(head, ["الشركه", "لشركه", "شركه"])
        && w.starts_with("لت")
        && !one_of!(w, ["لتحقيق", "لتعزيز", "لتقديم", "لتوفير", "لتنفيذ", "لتجنب", "لتلبيه", "لتحسين", "لتسهيل", "لتغطيه", "لتعويض", "لتسديد"])
}

fn label_type_of(k: usize) -> Option<Label> {
    super::model::label_type(k)
}

/// An organisation named after a king, prince or sheikh (`جامعة الملك سعود`, `مستشفى الأمير حمزة`):
/// an ORG span ending on the title takes the person's name after it (the given name, and `بن` + name
/// pairs); what the person's span had after that is no name (`سعود وقعتا` → `وقعتا` is a verb).
fn orgs_named_after_people(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        let title = one_of!(prepared[b - 1].w.as_str(), ["الملك", "الامير", "الشيخ", "السلطان", "الاميره", "الملكه"]);
        if ty != Label::ORG || b - a < 2 || !title || labels.get(b).copied() != Some(b_of(Label::PER)) {
            continue;
        }
        let inside = |k: usize| labels.get(k).copied() == Some(b_of(Label::PER) + 1);
        let mut e = b + 1;
        loop {
            if inside(e) && is_name_link(&prepared[e - 1].w) {
                e += 1; // `عبد` + `العزيز`
            } else if inside(e) && inside(e + 1) && is_name_link(&prepared[e].w) {
                e += 2; // `بن` + `سعود`
            } else {
                break;
            }
        }
        let mut rest_end = e;
        while rest_end < labels.len() && labels[rest_end] == b_of(Label::PER) + 1 {
            rest_end += 1;
        }
        if rest_end - e > 1 {
            continue; // more than one word left: a second name, not the organisation's
        }
        for k in &mut labels[e..rest_end] {
            *k = 0;
        }
        set(labels, a, e, Label::ORG);
    }
}

/// An organisation named after a person, with its purpose (`مركز محمد بن راشد للفضاء`, `مؤسسة محمد
/// بن راشد للمعرفة`): an indefinite head noun right before a person's span, and a purpose with لل at
/// the span's end or right after it, make one ORG span from the head through the purpose. Without the
/// purpose the person stays a person (`جائزة`, `مدير مركز` + a name).
fn orgs_after_people_with_purpose(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        // (The head untagged, or an organisation of its own, one word: `معهد` + `أحمد بابا` + `للدراسات`.)
        if ty != Label::PER || a == 0 || labels[a - 1] != 0 && labels[a - 1] != b_of(Label::ORG) || !org_head(&prepared[a - 1]) {
            continue;
        }
        let purpose = |p: &Prepared| p.w.starts_with("لل") && p.w.chars().count() > 4;
        let end = if b - a >= 2 && purpose(&prepared[b - 1]) {
            b
        } else if b < labels.len() && labels[b] == 0 && purpose(&prepared[b]) {
            b + 1
        } else {
            continue;
        };
        if labels.get(end).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        // The purpose's adjectives (`للدراسات العليا`, `للإدارة الحكومية`; not `للأطفال` + `المصابين`).
        let mut end = end;
        while end < labels.len() && labels[end] == 0 && end - b < 3 && is_adjective(&prepared[end].w) && !has(&prepared[end], FUNCTION) {
            end += 1;
        }
        set(labels, a - 1, end, Label::ORG);
    }
}

/// A royal or religious title (matching form): the people institutions are named after.
fn is_patron_title(w: &str) -> bool {
    one_of!(w, ["الملك", "الامير", "الشيخ", "السلطان", "الاميره", "الملكه", "الامام", "الشهيد"])
}

/// Heads of institutions that are named after a titled person (`مستشفى`, `مركز`, `جامعة`, `مؤسسة`,
/// `مجمع`, `معهد`…), indefinite, with ل or ب allowed before them. Not an office, a council or a
/// mosque: `مكتب الشيخ` + a name is his office, `مجلس الشيخ` his gathering.
fn is_patron_institution(p: &Prepared) -> bool {
    let w = p.noconj();
    [w, w.strip_prefix(['ل', 'ب']).unwrap_or(w)].iter().any(|h| {
        one_of!(*h, ["مستشفي", "جامعه", "معهد", "جمعيه", "مؤسسه", "كليه", "مدرسه", "مركز", "مجمع", "اكاديميه", "صندوق"])
    })
}

/// An institution named after a king, prince, sheikh or imam, whole (issue 13): `مركز الملك عبدالله
/// للدراسات الإسلامية`, `مؤسسة الشيخ زايد للأعمال الخيرية`, `مستشفى الملك فيصل التخصصي`, `مجمع الملك
/// فهد لطباعة المصحف الشريف`, `معهد الإمام الشاطبي`. The head, the title and the person's name the
/// model found (as a person, or as an organisation from the title on) make one organisation, with the
/// adjectives after the name and a purpose with لل or ل + noun and its genitive. The title between
/// the head and the name is the cue: a head right before a name (`مدير مركز` + a name) is an
/// apposition, and stays the person.
fn institutions_named_after_titled_people(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    if !prepared.iter().any(|p| is_patron_title(&p.w)) {
        return;
    }
    for (a, b, ty) in chunks(labels) {
        // Where the organisation starts: the head before the title before a person, or before an
        // organisation that starts on the title, or an organisation that has both already.
        let titled = |t: usize| is_patron_title(&prepared[t].w);
        let start = match ty {
            Label::PER if a >= 2 && labels[a - 1] == 0 && labels[a - 2] == 0 && titled(a - 1) => a - 2,
            Label::ORG if a >= 1 && labels[a - 1] == 0 && titled(a) => a - 1,
            Label::ORG if b - a >= 3 && titled(a + 1) => a,
            _ => continue,
        };
        if !is_patron_institution(&prepared[start]) || (start > 0 && is_inside(labels[start])) {
            continue;
        }
        let mut end = b;
        let adjective = |p: &Prepared, first: bool| {
            let w = p.w.as_str();
            // `العام` is "general" right after a hospital's name (`مستشفى حمد العام`), otherwise a year.
            is_adjective(w) && (w != "العام" || first && prepared[start].noconj().ends_with("مستشفي"))
        };
        while end < n && end - b < 2 && labels[end] == 0 && adjective(&prepared[end], end == b) {
            end += 1;
        }
        // The purpose: لل + a noun (not a time: `للمرة`), or ل + a noun and its definite genitive;
        // then the genitive's words and adjectives (`للبترول والمعادن`, `لطباعة المصحف الشريف`).
        let untagged = |k: usize| labels.get(k) == Some(&0);
        let purpose_word = |p: &Prepared| {
            let w = p.w.as_str();
            !has(p, FUNCTION)
                && w.chars().count() > 4
                && !is_time_purpose(w)
                && (w.starts_with("لل")
                    || w.starts_with('ل')
                        && prepared.get(end + 1).is_some_and(|q| is_definite_noun(q, &q.w) && !is_ordinal(&q.w)))
        };
        if untagged(end) && purpose_word(&prepared[end]) {
            end = purpose_end(prepared, labels, end, 3);
        }
        if labels.get(end).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        set(labels, start, end, Label::ORG);
    }
}

/// A person's span made only of titles, nisba adjectives of places, definite plurals and common words
/// of the training text (`الباحثون`, `الرئيس الألماني`, `يوليو`) names nobody: it is dropped.
fn nameless_people(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER {
            continue;
        }
        let nameless = prepared[a..b].iter().all(|p| {
            let w = p.w.as_str();
            // A definite plural (`الباحثون`, `المسلحون`) is a group, not a person.
            let plural = p.noconj().starts_with("ال") && p.noconj().ends_with("ون") && p.noconj().chars().count() >= 6;
            // An ordinal (`الثاني` of `الأسبوع الثاني`; `عبد الله الثاني` has a name besides), and a
            // common noun in the indefinite accusative (`برنامجا`, `بيانا`: `برنامج` + ا).
            let ordinal = is_ordinal(p.noconj());
            let accusative = p.noconj().chars().count() >= 5
                && p.noconj().strip_suffix('ا').is_some_and(|n| vocab.is_frequent(n));
            // (An ordinal is a word of listed names, `عبد الله الثاني`, never a name alone.)
            ordinal
                || (gazetteer::is_title(w) || is_person_title(w) || gazetteer::is_nisba(w) || vocab.is_frequent(w) || vocab.is_frequent(p.noconj()) || p.stem().chars().count() >= 4 && p.w.starts_with(['ب', 'ل', 'ك']) && vocab.is_frequent(p.stem()) || plural || accusative || (is_role_dual(p.noconj()) || is_role_group(p.noconj())))
                    && !gazetteer::is_first_name(w)
                    && !gazetteer::is_known_name(w)
                    && gazetteer::single_word_type(w).is_none()
        });
        if nameless {
            for k in &mut labels[a..b] {
                *k = 0;
            }
            continue;
        }
        // A common noun in the indefinite accusative at the end of a name is the verb's object
        // (`محمود شاكر بيانا`, `أصدر … بيانا`): it leaves the span.
        let last = &prepared[b - 1];
        let object = b - a >= 2 && last.noconj().chars().count() >= 5
            && last.noconj().strip_suffix('ا').is_some_and(|n| vocab.is_frequent(n))
            && !gazetteer::is_first_name(&last.w) && !gazetteer::is_known_name(&last.w);
        if object {
            labels[b - 1] = 0;
        }
    }
}

/// Honorifics, ranks and callings said before a name and never part of it (matching form, without a
/// conjunction): `معالي`, `سماحة`, `النقيب`, `القس`, `الكابتن`, `الفنان`.
fn is_honorific(w: &str) -> bool {
    one_of!(w, ["معالي", "سعاده", "فضيله", "سماحه", "جلاله", "سمو", "فخامه", "العماد", "النقيب", "الرائد", "المقدم", "العقيد", "الملازم", "الرقيب", "العريف", "الكابتن", "كابتن", "القس", "المطران", "البطريرك", "الكاردينال", "الحاخام", "الحاج", "الحاجه", "الفنان", "الفنانه", "الممثل", "الممثله", "المخرج", "الشاعر", "الروائي", "الصحفي", "الكاتب", "المحامي", "الطبيب"])
}

/// Titles and roles that come before names (matching form).
fn is_person_title(w: &str) -> bool {
    one_of!(w, ["الزعيم", "القائد", "الرئيس", "الوزير", "النائب", "السيد", "الشيخ", "الامير", "الملك", "الدكتور", "اللاعب", "المدرب"])
}

/// Two person spans side by side, the second not opened by a conjunction or a preposition, are one
/// person whose name the model cut (`جابر المبارك` + `الحمد الصباح`, `محمد ولد الشيخ` + `أحمد`): the
/// training text has such a pair as one name far more often than as two (two people are joined by `و`).
fn adjacent_people(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    for j in 1..labels.len() {
        if labels[j] != per || label_type_of(labels[j - 1]) != Some(Label::PER) {
            continue;
        }
        let p = &prepared[j];
        let w = p.w.as_str();
        let named = gazetteer::is_first_name(w) || gazetteer::is_known_name(w);
        if !p.is_arabic() || p.w != p.noconj() || (w.starts_with(['ل', 'ب', 'ك', 'و', 'ف']) && !named) {
            continue;
        }
        labels[j] = per + 1;
    }
}

/// `علي` written with a dotted ي just before a person the model found is the person's given name
/// (`النووي علي لاريجاني`, `ابن عمه علي الكيماوي`): the model cannot tell it, since folding makes the
/// preposition `على` the same word. ANERcorp, which often writes the preposition with ي too, has `علي`
/// opening the person after it 20 times and as a preposition before one 5 times.
fn ali_before_people(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let per = b_of(Label::PER);
    for j in 1..labels.len() {
        let p = &prepared[j - 1];
        if labels[j - 1] != 0 || !p.dotted_ya || !matches!(p.w.as_str(), "علي" | "وعلي") {
            continue;
        }
        // After a title or a nationality, with a name the model did not see (`النائب علي فياض`).
        let opened = j >= 2 && {
            let v = prepared[j - 2].noconj();
            gazetteer::is_title(v) || is_person_title(v) || (v.starts_with("ال") && gazetteer::is_nisba(v))
        };
        let q = &prepared[j];
        let unseen = q.is_arabic() && q.w.chars().count() >= 3 && !has(q, FUNCTION | DIALECT) && !vocab.is_frequent(&q.w)
            && !gazetteer::is_place(&q.w) && !q.w.starts_with("ال");
        let name = unseen || gazetteer::is_first_name(&q.w);
        if labels[j] == per || (labels[j] == 0 && opened && name) {
            labels[j - 1] = per;
            labels[j] = per + 1;
        }
    }
}

/// A person of one word just after a noun for a kind of place or an administrative unit (`مديرية
/// كريتر`, `لمحلية بربر`, `قرية جابر`) is the place: family names are often places' names too.
fn places_after_kinds(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    for a in 1..labels.len() {
        // (A definite word is none: `بلده الثاني` is "his second country", folded as `بلدة`, town.)
        if labels[a] != per || labels.get(a + 1).is_some_and(|&k| is_inside(k)) || prepared[a].w.starts_with("ال") {
            continue;
        }
        let is_kind = |w: &str| is_place_kind(w) || one_of!(w, ["مديريه", "محليه", "ناحيه", "قضاء", "مخيم", "حي"]);
        // (With a preposition, `لمحلية`, or without, `بلدة`.)
        let kind = prepared[a - 1].noconj();
        if is_kind(kind) || kind.strip_prefix(['ل', 'ب']).is_some_and(is_kind) {
            labels[a] = b_of(Label::LOC);
        }
    }
    // A facility is named after its place or its founder, not a person of one word (`معمل الزهراني`, `محطة
    // الزهراني`, `مصفاة الزرقاء`): the name is the place, the facility's noun stays out.
    // So is a cape's name after `رأس`, of any length (`رأس أبو فنطاس`), unless it opens on a given name
    // (`ورأس محمد` + the meeting: chaired).
    let facility = |w: &str| one_of!(w, ["معمل", "محطه", "مصفاه", "مطار", "ميناء", "سد", "مرفا", "منشاه", "مصنع", "مفاعل", "راس"]);
    for (a, b, ty) in chunks(labels) {
        let h = if a > 0 && labels[a - 1] == 0 && bare_is(prepared[a - 1].noconj(), facility) { a - 1 } else { a };
        let one = if h == a { b == a + 2 } else { b == a + 1 || prepared[h].noconj() == "راس" };
        if ty == Label::PER && one && bare_is(prepared[h].noconj(), facility) && !gazetteer::is_first_name(&prepared[h + 1].w) {
            labels[h] = 0;
            set(labels, h + 1, b, Label::LOC);
        }
    }
    // A listed place the model left out after the facility's noun is its place (`سد الموصل`, `ميناء عدن`),
    // and after `في`, `إلى`, `من`, `قرب` (`في مسقط`; not `مسقط رأسه`, a birthplace).
    for a in 1..labels.len() {
        let cue = one_of!(prepared[a - 1].w.as_str(), ["في", "الي", "من", "قرب"]) && !prepared.get(a + 1).is_some_and(|q| q.w.starts_with("راس"));
        if labels[a] == 0 && labels[a - 1] == 0 && labels.get(a + 1).is_none_or(|&k| !is_inside(k))
            && (cue || bare_is(prepared[a - 1].noconj(), facility)) && gazetteer::is_place(&prepared[a].w)
        {
            labels[a] = b_of(Label::LOC);
        }
    }
    // A natural feature names a place, whatever the name looks like, article and all: `هور الحويزة`,
    // `نهر الكرخة`, `جبل أم سنمان`, `وادي حنيفة`, `بحيرة ناصر` (the kind stays out, as ANERcorp has it).
    // A person or organisation the model began with the noun itself (`هور الحويزة` as a person) is the
    // place after it. An untagged word after a river, a marsh or a lake is its name (`نهر الكرخة`).
    let features = |w: &str| is_natural_feature(w) || w.strip_prefix(['ل', 'ب']).is_some_and(is_natural_feature);
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER && ty != Label::ORG && ty != Label::LOC {
            continue;
        }
        if ty != Label::LOC && a > 0 && labels[a - 1] == 0 && features(prepared[a - 1].noconj()) {
            set(labels, a, b, Label::LOC);
        } else if ty != Label::LOC && b > a + 1 && features(prepared[a].noconj()) {
            labels[a] = 0;
            set(labels, a + 1, b, Label::LOC);
        }
    }
    let water = |w: &str| one_of!(w, ["نهر", "هور", "بحيره"]);
    for a in 1..labels.len() {
        let p = &prepared[a];
        if labels[a] == 0 && labels[a - 1] == 0 && labels.get(a + 1).is_none_or(|&k| !is_inside(k))
            && bare_is(prepared[a - 1].noconj(), water) && p.w.starts_with("ال") && p.w.chars().count() >= 5 && !has(p, FUNCTION) && !is_adjective(&p.w)
        {
            labels[a] = b_of(Label::LOC);
        }
    }
}

/// A saint's or a well's or an anchorage's name is a Maghrebi or Egyptian town or quarter (`سيدي
/// مومن`, `سيدي بوزيد`, `عين تموشنت`, `مرسى علم`), not a person, after a kind of place (`حي`) or a
/// place preposition (`في`, `إلى`, `بـ`): the opening word and the one name word after it, whatever
/// the tagger made of them. (Not alone: `سيدي` is also "sir", and `مرسي` Morsi; untagged, only before
/// a rare word: `في عين أمي` is "in my mother's eye"; nor a person before a feminine word: `في مرسي
/// كبيرة`, great [trust] in Morsi.)
/// (Run last: the lists make `مرسي`, Morsi, a person after the tagger.)
fn saint_and_well_towns(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let per = b_of(Label::PER);
    for a in 0..labels.len().saturating_sub(1) {
        let p = &prepared[a];
        // `مرسى`, an anchorage (without the dots of `مرسي`, Morsi), alone before a definite word is no
        // person (`مرسى اليخوت`).
        if labels[a] == per && labels[a + 1] == 0 && p.noconj() == "مرسي" && !p.dotted_ya && prepared[a + 1].w.starts_with("ال") {
            labels[a] = 0;
        }
        if !one_of!(p.noconj().strip_prefix('ب').unwrap_or(p.noconj()), ["سيدي", "مرسي", "عين", "حاسي"]) || labels[a] != 0 && labels[a] != per {
            continue;
        }
        let prev = if a > 0 { prepared[a - 1].noconj() } else { "" };
        let kind = |w: &str| is_place_kind(w) || one_of!(w, ["حي", "بلديه", "احياء"]);
        let cue = (a > 0 && labels[a - 1] == 0 && (kind(prev) || prev.strip_prefix(['ل', 'ب']).is_some_and(kind) || one_of!(prev, ["في", "الي", "نحو", "داخل"])))
            || p.noconj().starts_with('ب') && p.noconj() != "بعين";
        let q = &prepared[a + 1];
        // After a present-tense verb that takes a place (`يربط سيدي مومن`, `تربط سيدي بوزيد`), a rare word.
        let verb = a > 0 && labels[a - 1] == 0 && prev.starts_with(['ي', 'ت']) && prev.chars().count() >= 4 && !gazetteer::is_first_name(prev)
            && !super::features::is_speech(prev) && p.w == "سيدي" && !q.w.starts_with("ال") && !vocab.is_frequent(&q.w);
        // (`حاسي`, a well, names a town wherever it stands: `من حاسي مسعود`, `إلى حاسي الرمل`.)
        let well = p.noconj().ends_with("حاسي");
        let cue = cue || verb || well;
        let next_free = labels[a + 1] == 0 || labels[a] == per && labels[a + 1] == per + 1;
        if cue && next_free && labels.get(a + 2).is_none_or(|&k| !is_inside(k)) && is_name_word(q) && !has(q, FUNCTION) && !q.tanween
            && (well || labels[a] == per && (labels[a + 1] != 0 || !q.w.ends_with('ه')) || labels[a + 1] != 0 && !p.noconj().ends_with("عين") || !q.w.starts_with("ال") && !vocab.is_frequent(&q.w) && !vocab.is_frequent(q.noconj()) && !gazetteer::is_first_name(&q.w) && !is_possessed_noun(&q.w, vocab))
        {
            set(labels, a, a + 2, Label::LOC);
        }
    }
}

/// After a kind of place the name is the place's, whatever the model typed it: an organisation of a
/// word or two (`بولاية الجزيرة`, the state, not the channel; `بمحافظة البصرة`) is the place unless it
/// reads as one (a head noun, a لل phrase) or opens with a title (`مدينة الملك فهد الطبية`); and after a
/// dual (`محافظتي نينوى وصلاح الدين`, `ولايتي الخرطوم والجزيرة`) both names joined by `و` are places,
/// people and organisations alike.
/// (Run after `places_after_units`, which finds the first name after a dual.)
fn names_after_kinds(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let kind_at = |k: usize| {
        let (w, n) = (prepared[k].w.as_str(), prepared[k].noconj());
        (dual_kind(&prepared[k]), bare_is(w, is_place_kind) || bare_is(n, is_place_kind))
    };
    let mut after_dual = usize::MAX;
    for (a, b, ty) in chunks(labels) {
        let (dual, kind) = if a > 0 && labels[a - 1] == 0 { kind_at(a - 1) } else { (false, false) };
        // (`و` glued to the second name, or a token of its own.)
        let joined = a == after_dual && behind_and(&prepared[a]) || after_dual != usize::MAX && a == after_dual + 1 && prepared[a - 1].w == "و";
        let second = joined && ty != Label::MISC;
        let orgish = prepared[a..b].iter().any(|q| has(q, ORG_HEAD) || q.w.starts_with("لل") || is_person_title(q.noconj()));
        if dual && ty != Label::MISC || second || kind && ty == Label::ORG && b - a <= 2 && !orgish {
            set(labels, a, b, Label::LOC);
        }
        after_dual = if dual { b } else { usize::MAX };
        // An untagged second name behind `و` (`محافظتي الكرك` + `والطفيلة`): a word no list or common word is.
        let untagged_second = prepared.get(b).filter(|q| dual && labels[b] == 0 && behind_and(q));
        if untagged_second.is_some_and(|q| q.is_arabic() && q.noconj().chars().count() >= 3 && !has(q, FUNCTION) && !vocab.is_frequent(q.noconj()) && !q.tanween) {
            set(labels, b, b + 1, Label::LOC);
        }
    }
}

/// A natural feature's noun before its name (matching form): a river, a marsh, a lake, a mountain, a
/// valley, a gulf, a strait, an oasis, a waterfall, a desert, a plateau (not `سهل`, a plain, which is
/// also a given name: `سهل بن حنيف`).
fn is_natural_feature(w: &str) -> bool {
    one_of!(w, ["نهر", "هور", "اهوار", "بحيره", "جبل", "جبال", "وادي", "خليج", "مضيق", "واحه", "شلالات", "صحراء", "هضبه"])
}

/// A noun for a town, camp, district or province (matching form; the word as written, `ولاية`, is one
/// too, not `و` + `لاية`): a kind of place ([`is_place_kind`]) but `منطقة`, which takes adjectives and
/// verbs after it, and the plurals; or a neighbourhood, a camp, a suburb, or a dual of towns: see
/// `places_after_units`.
fn is_unit(w: &str) -> bool {
    is_place_kind(w) && !one_of!(w, ["منطقه", "امارات", "ولايات"])
        || one_of!(w, ["حي", "حاره", "مخيم", "ضاحيه", "بلدتي", "قريتي", "مدينتي", "محافظتي", "ولايتي", "اقاليم"])
        || is_plural_unit(w)
}

/// The plural of a noun for a town or province (matching form): before a list of names joined by `و`
/// (`ولايات باجة وجندوبة والكاف`, `محافظات درعا والسويداء`), each name is a place; not otherwise
/// (`الولايات المتحدة`, `ولايات الشمال الغربي`, `مدن كبرى`).
fn is_plural_unit(w: &str) -> bool {
    one_of!(w, ["ولايات", "محافظات", "مدن", "بلدات", "قري", "مخيمات", "اقاليم", "مقاطعات", "بلديات"])
}

/// An untagged word just after a noun for a town, district or administrative unit (`حي الشجاعية`,
/// `بمخيم عين الحلوة`, `إقليم تاونات`, `ولاية غوجارات`) is the place it names, when it is no common word of the
/// training text (`مدينة الملاهي`), no function word, no indefinite nisba or word with a pronoun, and
/// written without a tanween. (`منطقة`, `قضاء`, `ناحية` are no such nouns here: they take adjectives and
/// verbs, `منطقة عازلة`, and `قضاء العطلات` is "spending the holidays".) The noun itself stays out, as
/// ANERcorp has it (Wojood takes it in: README, "Retraining the tagger").
fn places_after_units(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let loc = b_of(Label::LOC);
    for a in 1..labels.len() {
        if labels[a - 1] != 0 || !has(&prepared[a - 1], UNIT) || labels.get(a + 1).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        // A compass noun before the place the model found is its name's first word after the unit
        // (`ولاية شمال كردفان`, `محافظة جنوب سيناء`), not a place of its own.
        // (Not `وسط`: `إقليم وسط الصومال` is central Somalia, a description.)
        if one_of!(prepared[a].noconj(), ["شمال", "جنوب", "شرق", "غرب"]) && labels.get(a + 1) == Some(&loc) {
            labels[a] = loc;
            labels[a + 1] = loc + 1;
            continue;
        }
        // (Not after a place the model found: ANERcorp leaves the adjective out there, `جاوا الغربية`.)
        // A person or organisation of one word no list holds is the place too (`جهة` + `سوس`).
        // (`من جهة` is "on the part of", `من جهة البحر` "from the sea's side".)
        if a >= 2 && prepared[a - 2].w == "من" && prepared[a - 1].w == "جهه" {
            continue;
        }
        // (After a plural, only the first of a list: `ولايات باجة` + `وجندوبة`.)
        if bare_is(&prepared[a - 1].w, is_plural_unit) && !prepared.get(a + 1).is_some_and(behind_and) {
            continue;
        }
        let lone = labels[a] != loc && !is_inside(labels[a]) && labels.get(a + 1).is_none_or(|&k| !is_inside(k)) && unlisted(prepared[a].noconj());
        if labels[a] != 0 && !lone {
            continue;
        }
        let p = &prepared[a];
        let w = p.noconj();
        let n = w.chars().count();
        // (A verb or a noun with a pronoun, `يقطنها`, `مساحتها`; a town's name of four letters may end so,
        // `بنها`, `أبها`. An indefinite nisba agrees with the noun, `مدينة مذهبية`.)
        let pronoun = n >= 5 && (w.ends_with("ها") || w.ends_with("هم"));
        let nisba = !w.starts_with("ال") && w.ends_with("يه");
        // `ذي` + its word is one name (`محافظة ذي قار`).
        let dhi = w == "ذي" && prepared.get(a + 1).is_some_and(|q| labels[a + 1] == 0 && q.is_arabic() && !has(q, FUNCTION));
        if !dhi && (n < 3 || pronoun || nisba || p.tanween || is_function_word(w) || [p.w.as_str(), w, p.stem()].iter().any(|x| vocab.is_frequent(x))) {
            continue;
        }
        // The name and a compass adjective after it (`ولاية الحوض الشرقي`, `مقاطعة أوبانغي الشمالية`).
        let mut end = a + 1 + usize::from(dhi);
        if prepared.get(end).is_some_and(|q| labels[end] == 0 && is_compass(q.noconj())) {
            end += 1;
        }
        // A second word the training text never had, after a first it never had either (`سوس` + `ماسة`).
        let strange = |q: &Prepared| ![q.w.as_str(), q.stem()].iter().any(|x| vocab.knows(x));
        if strange(p) && !w.starts_with("ال") && prepared.get(end).is_some_and(|q| {
            labels[end] == 0 && is_name_word(q) && !has(q, FUNCTION | DIALECT) && !q.w.starts_with(['و', 'ف']) && !q.w.starts_with("ال") && strange(q) && unlisted(&q.w)
        }) {
            end += 1;
        }
        set(labels, a, end, Label::LOC);
    }
}

/// Amazigh place names open with `آيت`/`أيت` ("people of"), `تيزي` ("pass"), `إمي` ("mouth"): `أيت باها`,
/// `آيت ملول`, `تيزي وزو`, `إمي نتانوت`. Such a word and the indefinite word after it are a place, with
/// a word before them that the training text never had and no list holds (`اشتوكة أيت باها`), whatever
/// the model made of them. Not a surname: `آيت` + a definite word (`آيت الطالب`), or after a given name
/// or a person (`خالد آيت الطالب`).
fn amazigh_places(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let n = prepared.len();
    for k in 0..n.saturating_sub(1) {
        let next = &prepared[k + 1];
        if !one_of!(&prepared[k].w, ["ايت", "تيزي", "امي"]) || !is_name_word(next) || next.w.starts_with("ال") || has(next, FUNCTION) {
            continue;
        }
        let person = |j: usize| label_type_of(labels[j]) == Some(Label::PER) || gazetteer::is_first_name(&prepared[j].w);
        let unknown = |j: usize| {
            let p = &prepared[j];
            is_name_word(p) && !p.w.starts_with("ال") && !has(p, FUNCTION | UNIT) && !vocab.knows(p.noconj()) && unlisted(p.noconj())
        };
        let mut start = k;
        if is_inside(labels[k]) {
            while start > 0 && is_inside(labels[start]) {
                start -= 1;
            }
            // (The kind of place stays out: `قرية` + `إمي نتانوت`.)
            let kind = has(&prepared[start], UNIT);
            if (start + usize::from(kind)..k).any(|j| !unknown(j)) {
                continue;
            }
            if kind {
                labels[start] = 0;
                start += 1;
            }
        } else if k > 0 && labels[k - 1] == 0 && unknown(k - 1) {
            start = k - 1;
        } else if k > 0 && person(k - 1) {
            continue;
        }
        let end = inside_end(labels, k + 2, label_type_of(labels[k + 1]).unwrap_or(Label::LOC));
        if labels.get(end).is_none_or(|&x| !is_inside(x)) {
            set(labels, start, end, Label::LOC);
        }
    }
}

/// A compass adjective (matching form): `الشرقي`, `الغربية`, `الشمالي`, `الجنوبية`, `الأوسط`, `الوسطى`.
fn is_compass(w: &str) -> bool {
    let w = w.strip_suffix('ه').unwrap_or(w);
    one_of!(w, ["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الاوسط", "الوسطي"])
}

/// A king or queen "of" a word no list and no common word holds (`ملك أراجون`, `ملكة سبأ`: the noun
/// without the article, in construct) names the realm, a place; `ملك البلاد`, "the king of the
/// country", `ملك الغابة`, and `الملك` + his name are not.
fn realms(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for a in 1..labels.len() {
        if !has(&prepared[a - 1], REALM) || labels[a - 1] != 0 {
            continue;
        }
        let p = &prepared[a];
        // Untagged, or a person of one word (the word after it is checked below).
        let lone = labels[a] == 0 || labels[a] == b_of(Label::PER);
        // (Not a definite word, `ملك الغابة`, "the king of the jungle", nor one behind `و`, `وجيشه`.)
        if lone && labels.get(a + 1).is_none_or(|&k| !is_inside(k)) && p.is_arabic() && p.w.chars().count() >= 3
            && !p.w.starts_with("ال") && !p.w.starts_with('و') && !has(p, FUNCTION) && !vocab.is_frequent(&p.w)
        {
            labels[a] = b_of(Label::LOC);
        }
    }
}

/// `نظير` and its forms with a pronoun ("his counterpart", matching form).
fn is_counterpart(w: &str) -> bool {
    one_of!(w, ["نظير", "نظيره", "نظيرته", "نظيرها", "نظيريه", "نظرائه"])
}

/// A counterpart, a nationality, then a word the model left out that is no common word of the training
/// text (or a dialect word, which a Chinese or Korean name can be: `شي`, `شو`): the word opens the
/// person (`نظيره الصيني شي`, `نظيره الإيطالي رينزي`); after a title, a word of two letters
/// (`الرئيس الكوري مون`).
fn counterparts(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for k in 2..labels.len() {
        let (title, nationality, q) = (&prepared[k - 2], &prepared[k - 1], &prepared[k]);
        if labels[k] != 0 || labels[k - 1] != 0 || !nationality.w.starts_with("ال") {
            continue;
        }
        let t = title.noconj();
        let counterpart = is_counterpart(t);
        let w = q.w.as_str();
        // After a title only a word of two letters (`الرئيس الصيني شي`): what follows `الرئيس السوري` is
        // as often his verb or its object (`ترسيم`, `عزما`, `للضغط`).
        let short = w.chars().count() == 2;
        if !(counterpart || short && is_person_title(t)) || !gazetteer::is_nisba(&nationality.w) {
            continue;
        }
        let name = q.is_arabic() && w.chars().count() >= 2 && !has(q, FUNCTION) && !w.starts_with("ال")
            && (!vocab.is_frequent(w) || has(q, DIALECT | STRONG_DIALECT) && short)
            && gazetteer::single_word_type(w).is_none_or(|l| l == Label::PER);
        if name {
            labels[k] = b_of(Label::PER);
        }
    }
}

/// `و` + a word the training text knew inside a person span starts the next person (`وعادل فتحي` +
/// `وفرج شلبي`), when the word with its و is not a name of its own (`وقاص`, `وايت`, `وليد` are) and the
/// next person has two words or more or is a listed name.
fn conjoined_known_people(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let per = b_of(Label::PER);
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER {
            continue;
        }
        for j in a + 1..b {
            let p = &prepared[j];
            let w = p.w.as_str();
            let rest = p.noconj();
            // The person after و has two words or more, or a listed name (`عبدالله` + `ومحيط المدارس`:
            // `محيط` alone is a word of the text the model has weights for).
            let whole = j + 1 < b || gazetteer::is_known_name(rest);
            if w.starts_with('و') && w != rest && !vocab.knows(w) && !gazetteer::is_first_name(w) && !gazetteer::is_known_name(w)
                && (vocab.knows(rest) || gazetteer::is_known_name(rest)) && !vocab.is_frequent(rest) && whole
            {
                labels[j] = per;
            }
        }
    }
}

/// A word of one that opens a sentence, taken for a person, before the head noun of a body (`صادق مجلس
/// الحكومة`, `أعلن`-like verbs in verb-first sentences) or an office or title (`وأشرف والي الجهة`) is the
/// verb: a person's name goes on with a name, not with `مجلس`, `وزارة`, `لجنة`, `وزير`.
fn verbs_before_bodies(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        let opens = a == 0 || !prepared[a - 1].is_arabic() && !prepared[a - 1].is_number();
        if ty != Label::PER || b - a != 1 || !opens {
            continue;
        }
        let body = prepared.get(b).is_some_and(|q| has(q, ORG_HEAD) && q.w == q.noconj());
        // An office or a title after it is the verb's subject (`وأشرف والي الجهة`, `وأشرف وزير الصحة`):
        // a name opened by `و` does not go on with one. Without `و`, only a word no list has as a person.
        let office = prepared.get(b).is_some_and(|q| {
            // (The whole word, no clitic: `والي` and `وزير` begin with the letter of `و`.)
            labels.get(b) == Some(&0) && (is_office(&q.w) || q.w == "والي" || is_person_title(&q.w) || gazetteer::is_title(&q.w))
        });
        let listed = gazetteer::single_word_type(&prepared[a].w) == Some(Label::PER);
        // (A given name that begins with the letter, `وليد`, `وائل`, is whole.)
        let conjunction = prepared[a].noconj().len() < prepared[a].w.len() && !gazetteer::is_first_name(&prepared[a].w);
        if body && !listed || office && (conjunction || !listed && !gazetteer::is_first_name(&prepared[a].w)) {
            labels[a] = 0;
        }
    }
}

/// A noun for a kind of place or water, alone and indefinite, taken for a place (`بحر` of `وبحر وهبي`,
/// `بحر` of `في بحر هائج`) is no name by itself: it takes a given or listed name after it that the model
/// left out (`ترعة` + `يوسف`), and is dropped otherwise (an adjective after it, `هائج`, is no name). A
/// definite one alone (`المدينة`, `المحافظة`, `العاصمة`) is "the city" the sentence speaks of, no name
/// either: ANERcorp tags `المدينة` 17 times of 93, each time Medina, beside Mecca or the Prophet.
fn lone_kinds_of_place(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        if ty != Label::LOC || b - a != 1 {
            continue;
        }
        // The definite noun alone is "the city", "the province" of the sentence before: no name.
        // (`المدينة` is Medina where the sentence speaks of the Prophet's city: `من المدينة إلى مكة`.)
        if has(&prepared[a], DEFINITE_KIND) {
            let medina = prepared[a].noconj().ends_with("المدينه") && prepared.iter().any(|p| has(p, MEDINA_CUE));
            if !medina {
                labels[a] = 0;
            }
            continue;
        }
        // A dual names two places, it is none (`نهري دجلة والفرات`, `مدينتي حلب وإدلب`).
        if dual_kind(&prepared[a]) {
            labels[a] = 0;
            continue;
        }
        // Floods, not Seoul: Seoul takes no article, no adjective and no rain (`السيول`, `سيول جارفة`,
        // `سيول مفاجئة`, `سيول الأمطار`).
        if bare_is(prepared[a].noconj(), |w| w == "سيول" || w == "السيول") {
            let w = prepared[a].noconj();
            let next = prepared.get(b).map(|q| q.noconj()).unwrap_or("");
            let rain = one_of!(next, ["الامطار", "امطار", "المطر", "الوديان", "مياه"]);
            let adjective = !next.starts_with("ال") && next.ends_with('ه') && next != "عاصمه" && next.chars().count() >= 4 && labels.get(b) == Some(&0);
            if w.contains("السيول") || rain || adjective {
                labels[a] = 0;
            }
            continue;
        }
        if !bare_is(prepared[a].noconj(), |w| one_of!(w, ["بحر", "نهر", "جبل", "وادي", "بحيره", "ترعه", "قناه"]) || is_place_kind(w)) {
            continue;
        }
        let next = prepared.get(b).filter(|q| labels[b] == 0 && (gazetteer::is_first_name(&q.w) || gazetteer::is_known_name(&q.w)));
        if next.is_some() {
            labels[b] = b_of(Label::LOC) + 1;
        } else {
            labels[a] = 0;
        }
    }
}

/// A listed person's surname left untagged beside a person joined to it by `و` is a person too
/// (`والتقى أوباما` + `وبوتين`, `بوتين` + `وأوباما`), and so are two listed surnames so joined, both
/// untagged (`ترامب ونتنياهو`): a coordination pairs names of one kind.
fn coordinated_people(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    let listed = |w: &str| gazetteer::single_word_type(w) == Some(Label::PER);
    for j in 1..labels.len() {
        let (before, after) = (&prepared[j - 1], &prepared[j]);
        if !after.w.starts_with('و') || after.w == after.noconj() {
            continue;
        }
        if labels[j] == 0 && labels[j - 1] == 0 && listed(&before.w) && listed(after.noconj()) {
            // Both untagged, both listed (`ترامب` + `ونتنياهو`).
            labels[j - 1] = per;
            labels[j] = per;
        } else if labels[j] == per && labels[j - 1] == 0 && listed(&before.w) {
            labels[j - 1] = per;
        } else if labels[j] == 0 && label_type_of(labels[j - 1]) == Some(Label::PER) && listed(after.noconj()) {
            labels[j] = per;
        }
    }
}

/// A definite word in the shape of a broken plural, `مفاعل` or `مفاعيل` (`المنافذ`, `المراكز`, `الشوارع`,
/// `المشاريع`): a common noun that a list of places may end with (`موانئ عدن والمكلا والمنافذ البرية`), not a
/// place's name. (Names of that shape, `الجزائر`, are in the lists and known to the model.)
fn is_broken_plural(w: &str) -> bool {
    let Some(stem) = w.strip_prefix("ال") else { return false };
    let c: Vec<char> = stem.chars().collect();
    match c.len() {
        5 => c[2] == 'ا',
        6 => c[2] == 'ا' && c[4] == 'ي',
        _ => false,
    }
}

/// Mauritanian names, `X ولد Y ولد Z` ("X son of Y son of Z"), where the model found one part: the person
/// goes on through `ولد` + a word, several times, and back through a word + `ولد` before it
/// (`وعلوات ولد` + `محمد سالم`). The word must be one a name can be: no common word of the training text
/// (`ولد عام 1606`, `ولد لعائلة`: "was born"), no function word, no place (`ولد بالقاهرة`), no tanween.
/// (`name_chains` takes `ولد` on before a name it knows for one.)
fn son_of_chains(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let per = b_of(Label::PER);
    let n = labels.len();
    let can_name = |j: usize| {
        let p = &prepared[j];
        let w = p.noconj();
        w.chars().count() >= 2 && !p.tanween && !has(p, FUNCTION) && !w.chars().any(|c| c.is_numeric())
            && !p.forms().any(gazetteer::is_place) && !vocab.is_frequent(w) && !vocab.is_frequent(p.stem())
            // (A preposition on a definite word, `بالقاهرة`, `للأسرة`: a phrase, no name.)
            && !(w.starts_with("بال") || w.starts_with("لل") || w.starts_with("كال"))
    };
    // Where the model found none of it: a given name, `ولد` and a word a name can be (`المختار ولد أجاي`).
    for a in 0..n.saturating_sub(2) {
        let given = |w: &str| gazetteer::is_first_name(w) || is_article_given_name(w);
        if labels[a..a + 3] == [0, 0, 0] && prepared[a + 1].w == "ولد" && given(prepared[a].noconj()) && can_name(a + 2) {
            labels[a..a + 3].copy_from_slice(&[per, per + 1, per + 1]);
        }
    }
    let mut a = 0;
    while a < n {
        if labels[a] != per {
            a += 1;
            continue;
        }
        let mut start = a;
        while start >= 2 && labels[start - 1] == 0 && labels[start - 2] == 0 && prepared[start - 1].w == "ولد" && can_name(start - 2) {
            labels[start - 2] = per;
            labels[start - 1] = per + 1;
            labels[start] = per + 1;
            start -= 2;
        }
        let mut end = inside_end(labels, a + 1, Label::PER);
        while end + 1 < n && labels[end] == 0 && prepared[end].w == "ولد" && (labels[end + 1] == 0 && can_name(end + 1) || labels[end + 1] == per) {
            labels[end] = per + 1;
            labels[end + 1] = per + 1;
            end = inside_end(labels, end + 2, Label::PER);
        }
        a = end.max(a + 1);
    }
}

/// A word joined by `و` between places is a place too (`صفد وحيفا والناصرة ونهاريا`, `طابا وإيلات`):
/// untagged, behind the conjunction, after a place the model found, and either before another place
/// behind `و` or itself the third item of a list of places (`A وB وC`). Not a common word of the
/// training text, nor one written with a tanween, nor a word of two letters.
fn coordinated_places(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let loc = b_of(Label::LOC);
    let candidate = |labels: &[usize], k: usize| {
        let p = &prepared[k];
        let rest = p.noconj();
        labels[k] == 0
            && behind_and(p)
            && !labels.get(k + 1).is_some_and(|&x| is_inside(x))
            && !(rest.chars().count() < 3 || p.tanween || vocab.is_frequent(rest) || vocab.is_frequent(p.stem()) || is_function_word(rest) || is_broken_plural(rest))
    };
    // (Not verbs and nouns with a pronoun: `ودعمها ومتابعتها`, `واعتبروا`.)
    let pronoun = |k: usize| {
        let r = prepared[k].noconj();
        r.ends_with("ها") || r.ends_with("هم") || r.ends_with("وا") || r.ends_with("هما")
    };
    for i in 1..labels.len() {
        if label_type_of(labels[i - 1]) != Some(Label::LOC) || !candidate(labels, i) {
            continue;
        }
        // A run of such words after the place (`طوباس وطمون وبردلة`): a list of places.
        let mut run = i;
        while run + 1 < labels.len() && candidate(labels, run + 1) {
            run += 1;
        }
        if run > i && !(i..=run).any(pronoun) {
            for l in &mut labels[i..=run] {
                *l = loc;
            }
            continue;
        }
        // The place before: where it starts, and whether it is itself joined to a place before it.
        let mut a = i - 1;
        while a > 0 && is_inside(labels[a]) {
            a -= 1;
        }
        let listed_before = behind_and(&prepared[a]) && a > 0 && label_type_of(labels[a - 1]) == Some(Label::LOC);
        let place_after = labels.get(i + 1) == Some(&loc) && behind_and(&prepared[i + 1]);
        if listed_before || place_after {
            labels[i] = loc;
        }
    }
}

/// Definite duals of roles and sides (`الجانبان`, `الطرفان`, `الوزيران`): two people, named by neither.
fn is_role_dual(w: &str) -> bool {
    let Some(one) = w.strip_suffix("ان").filter(|o| o.starts_with("ال") && o.chars().count() >= 5) else { return false };
    gazetteer::is_title(one)
        || is_person_title(one)
        || one_of!(one, ["الجانب", "الطرف", "الوفد", "الفريق", "الرجل", "الشقيق", "الزوج", "الخصم", "المرشح", "الزعيم", "البلد", "الحزب", "الطالب", "اللاعب", "المسؤول", "الممثل", "الشاب", "القائد", "الحاكم", "العاهل"])
}

/// Definite ordinals (`الأول` … `العاشر`, masculine and feminine).
fn is_ordinal(w: &str) -> bool {
    one_of!(w, ["الاول", "الاولي", "الثاني", "الثانيه", "الثالث", "الثالثه", "الرابع", "الرابعه", "الخامس", "الخامسه", "السادس", "السادسه", "السابع", "السابعه", "الثامن", "الثامنه", "التاسع", "التاسعه", "العاشر", "العاشره"])
}

/// An organisation cut inside its construct chain (`مؤسسة كهرباء` + `لبنان`, `هيئة تنظيم` + `الاتصالات
/// وتقنية المعلومات`, `شركة نفط` + `الكويت`): a span of two words or more that ends on an indefinite
/// noun cannot end there in Arabic, since the indefinite noun is the first term of a genitive. The
/// genitive after it joins: a place, bare (`لبنان`, not `بلبنان`), or a definite noun (no adjective,
/// day or time: `بلدية عنبتا` + `الأربعاء` is the day it spoke) after a verbal noun; then one more
/// `و` + definite noun, or `و` + noun + definite noun (`وتقنية المعلومات`).
fn construct_orgs(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    if !labels.contains(&(b_of(Label::ORG) + 1)) {
        return;
    }
    let is_time = |w: &str| {
        one_of!(w, ["الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "اليوم", "الليله", "الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي", "الصباح", "المساء", "الاسبوع", "الشهر", "العام"])
    };
    for (a, b, ty) in chunks(labels) {
        // The chain of a head noun (`مؤسسة`, `هيئة`, `شركة`): a name without one (`مانشستر يونايتد` +
        // `لندن`, a headline before its dateline) is no construct.
        if ty != Label::ORG || b - a < 2 || b >= n {
            continue;
        }
        let head = &prepared[a];
        if !(org_head(head) || definite_org_head(head) || one_of!(head.noconj(), ["شركه", "لشركه", "بشركه"])) {
            continue;
        }
        let last = &prepared[b - 1];
        let w = last.w.as_str();
        let common = last.is_arabic()
            && !w.starts_with("ال")
            && !w.starts_with("وال")
            && !w.starts_with("لل")
            && w.chars().count() >= 3
            && !has(last, FUNCTION)
            && !gazetteer::is_place(w)
            && gazetteer::single_word_type(w).is_none()
            && !gazetteer::is_first_name(w)
            && !gazetteer::is_name_word(w);
        if !common {
            continue;
        }
        let next = &prepared[b];
        let place = label_type_of(labels[b]) == Some(Label::LOC)
            && labels.get(b + 1).is_none_or(|&l| !is_inside(l))
            && next.w == next.noconj()
            && (gazetteer::is_place(&next.w) || !next.w.starts_with(['ب', 'ل', 'ك']));
        // A verbal noun of the second form (`تنظيم`, `تطوير`, `تنشيط`, `تأمين`) before a definite noun: any
        // other word may be a name with its adjective after it (`يونايتد الصاعد`).
        let chars: Vec<char> = w.chars().collect();
        let masdar = chars.len() == 5 && chars[0] == 'ت' && chars[3] == 'ي';
        let definite = |p: &Prepared, k: usize| labels[k] == 0 && p.is_arabic() && is_definite_noun(p, &p.w) && !is_time(&p.w) && !is_ordinal(&p.w);
        if !(place || masdar && definite(next, b)) {
            continue;
        }
        let mut end = b + 1;
        // `والمواصلات`, `وتقنية المعلومات`.
        if let Some(p) = prepared.get(end).filter(|_| labels[end] == 0) {
            let rest = p.w.strip_prefix('و').unwrap_or("");
            let then_definite = prepared.get(end + 1).is_some_and(|q| definite(q, end + 1));
            if rest.starts_with("ال") && is_definite_noun(p, rest) && !is_time(rest) {
                end += 1;
            } else if rest.chars().count() >= 3 && !rest.starts_with("ال") && !has(p, FUNCTION) && then_definite {
                end += 2;
            }
        }
        if labels.get(end).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        set(labels, a, end, Label::ORG);
    }
}

/// A person's or place's span that ends on `و` + a word that is no name, before a definite noun, took
/// the first word of the next phrase (`الملك عبدالله` + `ومحيط المدارس`, `محمد علي` + `وأعضاء الوفد`):
/// the construct after it shows the word is a common noun. It is left out.
fn conjoined_nouns_leave_people(prepared: &[Prepared], labels: &mut [usize]) {
    if !labels.iter().zip(prepared).any(|(&l, p)| is_inside(l) && p.w.starts_with('و')) {
        return;
    }
    for (a, b, ty) in chunks(labels) {
        if !matches!(ty, Label::PER | Label::LOC) || b - a < 2 || b >= prepared.len() || labels[b] != 0 {
            continue;
        }
        let last = &prepared[b - 1];
        let Some(rest) = last.w.strip_prefix('و').filter(|r| r.chars().count() >= 3 && !r.starts_with("ال")) else { continue };
        // (An office is no name, whatever the lists have: `وزير` is a surname too.)
        let name = !is_office(rest)
            && (gazetteer::is_first_name(rest) || gazetteer::is_name_word(rest) || gazetteer::single_word_type(rest).is_some());
        let next = &prepared[b];
        let definite = next.w.starts_with("ال") && next.w.chars().count() >= 4 && !has(next, FUNCTION);
        if !name && !is_name_link(rest) && definite {
            labels[b - 1] = 0;
        }
    }
}

/// A company, bank or authority named after a place, with its adjectives and purpose, is one
/// organisation (`شركة أبوظبي الوطنية للطاقة`, `بنك دبي الإسلامي`, `هيئة دبي للطيران`, `شركة قطر
/// للبترول`): the place the model found, after the head noun, takes the adjectives and the purpose
/// with لل after it. Without either the place stays a place (`شركة أبوظبي`, "an Abu Dhabi company").
/// The head joins where the training text has it in the name (`بنك`, `هيئة`), not `شركة`.
fn place_named_companies(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let company = |p: &Prepared| {
        let w = p.noconj();
        let w = w.strip_prefix(['ل', 'ب']).filter(|r| r.chars().count() >= 3).unwrap_or(w);
        one_of!(w, ["شركه", "بنك", "مصرف", "هيئه", "مؤسسه", "مجموعه"])
    };
    if !prepared.iter().any(company) {
        return;
    }
    for (a, b, ty) in chunks(labels) {
        // The place after an untagged head, or the head and the place the model or `org_heads` joined.
        let (start, place) = if ty == Label::LOC && b - a == 1 && a >= 1 && labels[a - 1] == 0 && company(&prepared[a - 1]) {
            (if org_head(&prepared[a - 1]) { a - 1 } else { a }, a)
        } else if ty == Label::ORG && b - a == 2 && company(&prepared[a]) && gazetteer::is_place(&prepared[a + 1].w) {
            (a, a + 1)
        } else {
            continue;
        };
        if !gazetteer::is_place(&prepared[place].w) {
            continue;
        }
        let untagged = |k: usize| labels.get(k) == Some(&0);
        let mut end = b;
        while end < n && end - b < 2 && untagged(end) && is_adjective(&prepared[end].w) && prepared[end].w != "العام" {
            end += 1;
        }
        let purpose = untagged(end) && {
            let w = prepared[end].w.as_str();
            w.starts_with("لل") && w.chars().count() > 4 && !has(&prepared[end], FUNCTION)
                && !is_time_purpose(w)
        };
        if purpose {
            end = purpose_end(prepared, labels, end, 2);
        }
        if end == b || labels.get(end).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        set(labels, start, end, Label::ORG);
    }
}

/// A person's name ends on a regnal ordinal (`محمد السادس`, `عبدالله الثاني`, `بنديكت السادس عشر`):
/// what the model took after it is the sentence's (`محمد السادس ترأس`: "presided"), unless `عشر`
/// completes the number, `بن` goes on to the father (`عبدالله الثاني بن الحسين`) or a listed given name
/// follows (`جيمس الأول ستيوارت`). The training text never goes on after the ordinal otherwise.
fn regnal_ordinals_end_people(prepared: &[Prepared], labels: &mut [usize]) {
    if !prepared.iter().any(|p| is_ordinal(&p.w)) {
        return;
    }
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER || b - a < 3 {
            continue;
        }
        let Some(k) = (a + 1..b - 1).find(|&k| is_ordinal(&prepared[k].w)) else { continue };
        let next = prepared[k + 1].w.as_str();
        let end = if matches!(next, "عشر" | "عشره") { k + 2 } else { k + 1 };
        // (A family name after it stays: `جيمس الأول ستيوارت`.)
        let family = gazetteer::is_first_name;
        if end < b && !is_name_link(&prepared[end].w) && !family(&prepared[end].w) {
            for l in &mut labels[end..b] {
                *l = 0;
            }
        }
    }
}

/// A region adjective alone after a definite common noun (`الدول العربية`, `الجامعات الأوروبية`,
/// `المنظمات الدولية`) qualifies the noun: it is no place. So does a country's name in ية joined by و to a
/// nisba adjective before it (`المناهج الأردنية والسعودية`, `الحكومتان الإماراتية والسعودية`).
fn region_adjectives(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        if ty != Label::LOC || b - a != 1 || a == 0 || labels[a - 1] != 0 {
            continue;
        }
        let w = prepared[a].w.as_str();
        let region = w.starts_with("ال") && gazetteer::is_region_nisba(w);
        let prev = &prepared[a - 1];
        let noun = prev.is_arabic() && prev.noconj().trim_start_matches(['ل', 'ب']).starts_with("ال") && !has(prev, FUNCTION | ORG_HEAD | DEFINITE_ORG_HEAD)
            && !gazetteer::is_place(prev.noconj()) && !gazetteer::is_title(prev.noconj());
        let conjunct = w.starts_with("وال") && w.ends_with("يه") && prev.w.starts_with("ال") && prev.w.ends_with("يه") && gazetteer::is_nisba(&prev.w);
        if region && noun || conjunct {
            labels[a] = 0;
        }
    }
}

/// Plurals of roles in construct (`مديري الأكاديميات`, `ممثلي الأحزاب`, `مسؤولي الوزارة`): a group,
/// named by none of its words.
fn is_role_group(w: &str) -> bool {
    one_of!(w, ["مديري", "مسؤولي", "ممثلي", "موظفي", "مواطني", "معلمي", "منتسبي", "مشجعي", "لاعبي", "مدربي", "رؤساء", "وزراء", "قاده", "زعماء", "سفراء", "اعضاء", "نواب", "مراسلي", "مندوبي", "محافظي", "مستشاري"])
}

/// Dialect words that never open a name of two words or more (`شو صار`, `مين قال`), with the verbs of
/// wanting (Sudanese `داير`, Gulf `نبي`/`نبغى`, Egyptian `عايز`: `نبي الرياض خضراء` "we want Riyadh
/// green"); `وين` (`وين روني`) and `شي` (`شي جين بينغ`) may.
fn is_dialect_opener(w: &str) -> bool {
    one_of!(w, ["شو", "ايش", "مين", "يعني", "كتير", "واش", "ليه", "كمان", "لسا", "هون", "فين", "اشو", "وشو", "داير", "دايرين", "نبي", "نبغي", "ابغي", "عايز", "عاوز"])
}

/// Dialect words at the edges of a name, whatever the rest of the sentence: a question word opening a
/// span of two words or more is dropped from it (`شو صار` → nothing), and `شي` / `اشي` alone after a
/// negation or a quantifier is "a thing", not Xi Jinping (`ولا شي`, `أي شي`, `كل شي`).
fn dialect_edges(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        // (Only at the start of a clause or in a line with another dialect word: `شو` opens
        // transliterated names too, `الكوري الشمالي شو سو هون`.)
        // A question opening its clause (`شو صار؟`, `، مين جاب`) counts as dialect on its own.
        let opens = a == 0 || !prepared[a - 1].is_arabic() || has(&prepared[a - 1], DIALECT | STRONG_DIALECT);
        // `شي` opens `شي جين بينغ` (listed): it opens no unlisted span at a clause's start (`شي صار؟`).
        let opener = is_dialect_opener(&prepared[a].w) || opens && matches!(prepared[a].w.as_str(), "شي" | "اشي");
        // (Asked last: it reads the whole sentence.)
        let elsewhere = || opens || prepared.iter().enumerate().any(|(k, p)| (k < a || k >= b) && has(p, DIALECT | STRONG_DIALECT));
        // (A listed name of the span's own words after the opener stays, with its list's type: the model
        // takes a quote whole, `«نبي الرياض خضراء»` as MISC, and `الرياض` is the place; a listed name the
        // opener begins keeps the span.)
        let listed = || list_matches(&prepared[a..b]);
        if b - a >= 2 && opener && elsewhere() && listed().iter().all(|&(s, n, _)| s > 0 || n == 1) {
            labels[a] = 0;
            // (Places and people: the lists' organisations of one word are often common words, `الوطن`.)
            let listed: Vec<_> = listed().into_iter().filter(|&(s, n, t)| s > 0 && (n > 1 || t != Label::ORG)).collect();
            if !listed.is_empty() {
                labels[a + 1..b].fill(0);
                for (s, n, t) in listed {
                    set(labels, a + s, a + s + n, t);
                }
                continue;
            }
            // What is left is a name only if it was one: a verb after `شو` is not (`شو صار`).
            let rest = &prepared[a + 1..b];
            let named = rest.iter().any(|p| gazetteer::is_first_name(p.noconj()) || gazetteer::is_known_name(p.noconj()) || gazetteer::single_word_type(p.noconj()).is_some());
            if named {
                set(labels, a + 1, b, ty);
            } else {
                for k in &mut labels[a + 1..b] {
                    *k = 0;
                }
            }
            continue;
        }
        // Alone at a clause's start, none of them is a name either (`«داير كل زول…»`).
        if b - a == 1 && opens && is_dialect_opener(&prepared[a].w) {
            labels[a] = 0;
            continue;
        }
        // (At a line's start, in a line in dialect, "something", "someone": `شي واحد قال`.)
        if b - a == 1 && a == 0 && matches!(prepared[a].w.as_str(), "شي" | "اشي") && is_dialect_sentence(prepared) {
            labels[a] = 0;
            continue;
        }
        if b - a == 1 && matches!(prepared[a].w.as_str(), "شي" | "اشي") && a > 0 {
            let prev = &prepared[a - 1];
            let pw = prev.w.as_str();
            // At a clause's end, `شي` is Xi only after a title or an adjective (`الرئيس شي`, `الصيني شي`).
            let ends = prepared.get(b).is_none_or(|p| !p.is_arabic());
            let titled = gazetteer::is_title(pw) || is_person_title(pw) || gazetteer::is_nisba(pw) || prev.gaz & super::features::GAZ_PLACE_CUE != 0;
            if one_of!(pw, ["ولا", "لا", "اي", "كل", "في", "بدي", "هيك", "شو", "اشي", "ما", "بس", "او"]) || has(prev, DIALECT) || ends && !titled {
                labels[a] = 0;
            }
            continue;
        }
        // A dialect question word that is also a listed name (`مين`, Maine) before the dialect relative
        // or after a dialect word asks a question (`مين اللي كسر الكاسة`).
        if b - a == 1 && has(&prepared[a], LONE_DIALECT) {
            let next_dialect = prepared.get(b).is_some_and(|p| has(p, DIALECT | STRONG_DIALECT));
            let prev_dialect = a > 0 && has(&prepared[a - 1], DIALECT | STRONG_DIALECT);
            if next_dialect || prev_dialect {
                labels[a] = 0;
            }
            continue;
        }
        // `الحمد لله` is praise in any span (`زين الحمد لله`: fine, thank God).
        if (a..b.saturating_sub(1)).any(|k| prepared[k].noconj() == "الحمد" && matches!(prepared[k + 1].w.as_str(), "لله" | "الله")) {
            for k in &mut labels[a..b] {
                *k = 0;
            }
            continue;
        }
        // `هال` + a noun is "this …" (`هالحكي`, `هالمرة`) in a line in dialect, or whatever the line
        // when the noun with its article is a common word or a plural (`هالخلافات`: `الخلافات`); not a
        // name (`هالة`, `هالاند` are none of these).
        // (Behind a preposition too: `بهالشامبو`, `لهالدرجة`, `فهالوقت`.)
        let w = prepared[a].w.as_str();
        let w = w.strip_prefix(['ب', 'ل', 'ف']).filter(|r| r.starts_with("هال")).unwrap_or(w);
        if b - a == 1 && w.starts_with("هال") && w.chars().count() >= 5 && !gazetteer::is_first_name(w) && gazetteer::single_word_type(w).is_none() {
            let noun = &w["ه".len()..];
            let plural = noun.ends_with("ات") && noun.chars().count() >= 6;
            if plural || vocab.is_frequent(noun) || vocab.knows(noun) || prepared.iter().any(|p| has(p, DIALECT | STRONG_DIALECT)) {
                labels[a] = 0;
            }
        }
    }
}

/// Whether a sentence is written in a spoken dialect: one strong dialect word (`بزاف`, `عشان`, `هيك`), or
/// three weak ones (`الجو بارد كتير هون وعم تشتي`). Wire news has neither (a weak word alone, `حد`, `بس`,
/// `عم`, is also written Arabic).
fn is_dialect_sentence(prepared: &[Prepared]) -> bool {
    prepared.iter().any(|p| has(p, STRONG_DIALECT)) || prepared.iter().filter(|p| has(p, DIALECT)).count() >= 3
}

/// A word that no list holds as a name and the model never saw or saw mostly outside names: in a
/// sentence in dialect, such a word
/// taken alone as a person is a word of the dialect or of daily life the news never had (`زوينة بزاف`
/// "very pretty", `هاد الشي بايخ`, `كباب`), not a name: people in such text are called by their given
/// names (`نور`, `ياسين`, listed) or are known ones. The same holds of a one-word person just after the
/// vocative `يا` in any sentence that is no given name (`يا ريت` "if only", `تسلم يا غالي` "dear",
/// `يا بطل`): a person called so is called by a given name (`يا سمير`).
fn unknown_word(p: &Prepared, vocab: &dyn Vocab) -> bool {
    let w = p.noconj();
    // (Or a common word of the training text, `بسيط` in `ابدأ بشي بسيط`.)
    unlisted(w) && (!vocab.knows(&p.w) && !vocab.knows(w) || vocab.is_frequent(w))
}

/// See [`unknown_word`]: one-word people that are no names in a sentence in dialect or after `يا`.
fn everyday_words(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let mut dialect = None;
    // A strong dialect word inside a span cuts it in two (`بدري` + `عشان` + `الماتش`): no name holds one.
    for (a, b, ty) in chunks(labels) {
        if let Some(k) = (a + 1..b.saturating_sub(1)).find(|&k| has(&prepared[k], STRONG_DIALECT)) {
            labels[k] = 0;
            set(labels, a, k, ty);
            set(labels, k + 1, b, ty);
        }
    }
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER || b - a != 1 || !prepared[a].is_arabic() {
            continue;
        }
        let called = a > 0 && prepared[a - 1].w == "يا";
        // (After `يا`, a surname of the lists too: `يا غالي` is "dear", not Boutros Ghali.)
        let gone = if called { !gazetteer::is_first_name(prepared[a].noconj()) } else { unknown_word(&prepared[a], vocab) };
        if gone && (called || *dialect.get_or_insert_with(|| is_dialect_sentence(prepared))) {
            labels[a] = 0;
        }
    }
}

/// The Maghrebi first person plural of the present (matching form): `ن` + a stem of three letters or
/// more + `و`, behind the continuous `ك` too (`نشوفو` "we see", `نديرو`, `كنقولو`), that no list holds
/// and the tagger never saw.
fn is_maghrebi_verb(w: &str, vocab: &dyn Vocab) -> bool {
    let v = w.strip_prefix('ك').unwrap_or(w);
    v.starts_with('ن') && v.ends_with('و') && v.chars().count() >= 5 && !vocab.knows(w) && unlisted(w)
}

/// A person or place neither starts nor ends on a Maghrebi verb ([`is_maghrebi_verb`]): `باش` +
/// `نشوفو الغروب` "so that we see the sunset", `غادي` + `نديرو حفلة`. A span it opens is dropped whole
/// (the words after the verb are its object, `نشوفو الماتش`), and one it ends ends before it.
fn maghrebi_verbs(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        if !matches!(ty, Label::PER | Label::LOC) {
            continue;
        }
        let (mut s, mut e) = (a, b);
        while s < e && is_maghrebi_verb(&prepared[s].w, vocab) {
            s += 1;
        }
        while e > s && is_maghrebi_verb(&prepared[e - 1].w, vocab) {
            e -= 1;
        }
        if (s, e) != (a, b) {
            // (A span the verb opened goes whole.)
            narrow(labels, (a, b), (s, if s == a { e } else { s }), ty);
        }
    }
}

/// No name of the lists, no given name: `w` (matching form) may be read as a word.
fn unlisted(w: &str) -> bool {
    !gazetteer::is_first_name(w) && !gazetteer::is_name_word(w) && !gazetteer::is_known_name(w) && gazetteer::single_word_type(w).is_none()
}

/// A person's name does not go on through a word that starts the sentence's next phrase:
/// - an elative of praise or blame before an indefinite noun, a superlative (`ميسي` + `أحسن لاعب` "the
///   best player", `حسن` + `أحسن معلم`, `فيروز` + `أحلى صوت`). Only these: any `ا` + three letters there
///   cut `كوفي أنان`, `عادل إمام`, `دومبارتون أوكس` (ten folds −0.13);
/// - the spoken contraction of `على ال` or `في ال` on a noun (`جمال` + `عالتلفون` "on the phone",
///   Maghrebi `ياسين` + `فالطوبيس` "on the bus"), a word the tagger never saw and no list holds
///   (`فالنسيا`, `فالفيردي` are names).
fn person_ends(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (a, b, ty) in chunks(labels) {
        if ty != Label::PER || b - a < 2 {
            continue;
        }
        let p = &prepared[b - 1];
        let w = p.w.as_str();
        let indefinite_next = prepared.get(b).is_some_and(|n| n.is_arabic() && !n.w.starts_with("ال") && !has(n, FUNCTION));
        let elative = indefinite_next && one_of!(w, ["احسن", "احلي", "افضل", "اجمل", "اقوي", "اسرع", "اعظم", "اروع", "اسوا", "اغلي", "ارخص", "اطيب"]);
        let contracted = (w.strip_prefix("عال").or_else(|| w.strip_prefix("فال"))).is_some_and(|r| r.chars().count() >= 3) && !vocab.knows(w) && unlisted(w);
        if elative || contracted {
            labels[b - 1] = 0;
        }
        // A given name's span does not go on through the verb after it, known by a pronoun object
        // (`ياسين` + `جاب لي` "brought me", `خالد` + `اتصل بي`) or as a verb of coming and going in
        // dialect (`سامر` + `راح معي`).
        // (From the first given name: `صاحبي` + `ياسين` is still one span here, see `possessed_nouns`.)
        if let Some(f) = (a..b.min(a + 2)).find(|&f| gazetteer::is_first_name(prepared[f].noconj())) {
            let verb = |k: usize| {
                let w = prepared[k].w.as_str();
                !gazetteer::is_first_name(w)
                    && (one_of!(w, ["جاب", "جابت", "راح", "راحت", "اجا", "اجت", "شاف", "شافت"])
                        || prepared.get(k + 1).is_some_and(|q| one_of!(q.w.as_str(), ["لي", "لنا", "بي", "معي", "معنا", "عليا"])))
            };
            if let Some(k) = (f + 1..b).find(|&k| verb(k)) {
                labels[k..b].fill(0);
            }
        }
    }
}

/// A measure of the kitchen or the table (matching form), alone or in the dual: `كوب`, `كوبين`, `فنجان`,
/// `ملعقة`, `حبتين`.
fn is_measure(w: &str) -> bool {
    let one = |x: &str| one_of!(x, ["كوب", "فنجان", "ملعقه", "معلقه", "حبه", "رشه", "كاسه", "رغيف", "صحن", "كيلو", "ميغا", "ميجا", "فولط", "فولت", "امبير"]);
    // (A feminine noun's `ة` is written `ت` before the dual's ending: `ملعقة`, `ملعقتين`.)
    one(w) || w.strip_suffix("ين").or_else(|| w.strip_suffix("ان")).is_some_and(|s| one(s) || s.strip_suffix('ت').is_some_and(|r| one(&format!("{r}ه"))))
}

/// A measure opens no name, nor is one alone (`حطي كوبان مي`, `كوبين طحين`, `مع فنجان قهوة`): recipes
/// and cafés put a measure before what it measures, and the tagger, which never read a recipe, took
/// the unknown pair for a person. A span with one in it is dropped whole, unless the lists hold it,
/// and so is a word alone right after one: it is what is measured (`صحن حمص` is hummus, not Homs).
fn measures(prepared: &[Prepared], labels: &mut [usize]) {
    let measure = |p: &Prepared| is_measure(&p.w) || is_measure(p.noconj());
    for (a, b, ty) in chunks(labels) {
        let after = b == a + 1 && a > 0 && labels[a - 1] == 0 && measure(&prepared[a - 1]);
        if ty != Label::MISC && (prepared[a..b].iter().any(measure) && !list_matches(&prepared[a..b]).iter().any(|&(s, n, _)| s == 0 && n == b - a) || after) {
            for k in &mut labels[a..b] {
                *k = 0;
            }
        }
    }
}

/// A device or a car (matching form, behind a clitic too: `هاتف`, `جهاز`, `موبايل`, `سيارة`).
fn is_device(w: &str) -> bool {
    one_of!(w, ["هاتف", "جهاز", "جوال", "موبايل", "تلفون", "لابتوب", "سياره", "حاسوب", "كمبيوتر", "تلفزيون", "شاشه"])
}

/// A device or car noun before a name says what the name makes, and is not part of it: `هاتف سامسونج
/// جالاكسي` is a Samsung Galaxy phone, `موبايل شاومي ريدمي` a Xiaomi Redmi. The noun leaves a span it
/// opens, and a person the model saw in the product after it (no given name first: `سيارة أحمد` is
/// Ahmad's car) is the product, MISC; a brand found as an organisation stays one (`جوال نوكيا`).
fn products(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        let head = is_device(prepared[a].noconj());
        let after = a > 0 && labels[a - 1] == 0 && is_device(prepared[a - 1].noconj());
        if !head && !after || ty == Label::ORG && !head || list_matches(&prepared[a..b]).iter().any(|&(s, n, _)| s == 0 && n == b - a) {
            continue;
        }
        let s = if head { a + 1 } else { a };
        labels[a] = 0;
        if s < b {
            let given = gazetteer::is_first_name(prepared[s].noconj());
            set(labels, s, b, if ty == Label::PER && !given { Label::MISC } else { ty });
        }
    }
}

/// `فيروس`, with its article or a clitic (matching form).
fn is_virus(w: &str) -> bool {
    one_of!(w, ["فيروس", "الفيروس", "لفيروس", "بفيروس", "وفيروس"])
        // An outbreak or a variant named by its virus (`جائحة كورونا`, `وباء إيبولا`, `متحور أوميكرون`).
        || ["", "و", "ب", "ل"].iter().any(|c| w.strip_prefix(c).is_some_and(|r| one_of!(r, ["جايحه", "جائحه", "وباء", "متحور", "متحوره"])))
}

/// A virus or disease is no place or person: `فيروس` leaves any span, and the name after it
/// (`فيروس كورونا`, `فيروس إيبولا`) is MISC.
fn viruses(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for (i, p) in prepared.iter().enumerate() {
        if !has(p, VIRUS) {
            continue;
        }
        let span_at = |labels: &[usize], k: usize| chunks(labels).into_iter().find(|&(a, b, _)| a <= k && k < b);
        if let Some((a, b, ty)) = span_at(labels, i) {
            for k in &mut labels[a..b] {
                *k = 0;
            }
            if i + 1 < b {
                set(labels, i + 1, b, ty);
            }
            if a < i {
                set(labels, a, i, ty);
            }
        }
        if let Some((a, b, ty)) = span_at(labels, i + 1) {
            // (An organisation of one word that is no listed one or head of one, `فيروس ماربورغ`, is the
            // virus too; `فيروس منظمة …` is not.)
            let lone_org = ty == Label::ORG && b == a + 1 && gazetteer::single_word_type(&prepared[a].w).is_none() && !org_head(&prepared[a]);
            if a == i + 1 && ty != Label::MISC && (ty != Label::ORG || lone_org) {
                set(labels, a, b, Label::MISC);
            }
        } else if let Some(next) = prepared.get(i + 1) {
            // Untagged: a name of one word (`كورونا`, `إيبولا`) that is no common word, definite word or
            // function word (`فيروس نقص المناعة`, `الفيروس الجديد` name no virus).
            let w = next.w.as_str();
            let name = next.is_arabic() && w.chars().count() >= 4 && !w.starts_with("ال") && !has(next, FUNCTION) && !vocab.is_frequent(w)
                && !w.ends_with(['ي', 'ه']);
            if name && labels.get(i + 2).is_none_or(|&k| !is_inside(k)) {
                set(labels, i + 1, i + 2, Label::MISC);
            }
        }
    }
}

/// A newspaper's, magazine's, channel's or company's name in Arabic letters that the model left out
/// (`صحيفة هامشهري`, `لشركة بترونت`, `مجلة مشكاة`, `صحيفة رودونج سينمون`): the words after the head
/// (which stays out, as the training text has it) that are no common words of the training text, no
/// adjectives (`شركة صينية`, `مجلة أسبوعية`) and no function words, up to four; and a person the model
/// found there.
fn outlet_names(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    let name_word = |p: &Prepared| {
        let w = p.w.as_str();
        p.is_arabic() && w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !vocab.is_frequent(w) && !vocab.knows(w)
            && !w.starts_with("لل") && !w.ends_with("يه") && !w.ends_with('ي') && !has(p, FUNCTION | DIALECT | ORG_HEAD) && p.gaz & super::features::GAZ_PLACE_CUE == 0
            && !is_feminine_adjective(w)
    };
    for h in 0..prepared.len().saturating_sub(1) {
        if !has(&prepared[h], OUTLET) || labels[h] != 0 {
            continue;
        }
        // A person the model found there, of three words or fewer, is the outlet (`لقناة فوكس`, `شركة
        // فيتش ريتنغز`).
        if labels[h + 1] == b_of(Label::PER) {
            let end = inside_end(labels, h + 2, Label::PER);
            if end - h <= 4 {
                set(labels, h + 1, end, Label::ORG);
            }
            continue;
        }
        if labels[h + 1] != 0 || !name_word(&prepared[h + 1]) {
            continue;
        }
        let mut end = h + 2;
        while end < prepared.len() && end - h <= 4 && labels[end] == 0 && name_word(&prepared[end]) {
            end += 1;
        }
        // The rest of the name the model found as an organisation joins it (`اميركان` + `ايرلاينز`).
        if labels.get(end) == Some(&b_of(Label::ORG)) {
            end = inside_end(labels, end + 1, Label::ORG);
        }
        if labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, h + 1, end, Label::ORG);
        }
    }
}

/// A feminine adjective of a pattern the heads of outlets (all feminine: شركة صحيفة مجلة قناة جريدة)
/// agree with (matching form): فاعلة (`ناشئة`, `قابضة`, `تابعة`, `رائدة`), فعيلة (`عريقة`), and مُفعَلة /
/// مُستفعِلة (`مساهمة`, `محدودة`, `مستقلة`; not `مشكاة`, whose ه follows an alif): `شركة ناشئة أردنية` names no
/// company.
fn is_feminine_adjective(w: &str) -> bool {
    let c: Vec<char> = w.chars().collect();
    let n = c.len();
    if n < 5 || c[n - 1] != 'ه' {
        return false;
    }
    (n == 5 && (c[1] == 'ا' || c[2] == 'ي')) || (c[0] == 'م' && c[n - 2] != 'ا')
}

/// A news site named with `نيوز`, `برس` or `بوست` after its name (`شفق نيوز`, `السومرية نيوز`, `ليبيا برس`,
/// `عربي بوست`) is one organisation with that word, whatever the model made of the name (`شفق` was a
/// person): the name is the one word before it, or the name the model found there (two words at most).
fn site_names(prepared: &[Prepared], labels: &mut [usize]) {
    for i in 1..prepared.len() {
        if !one_of!(prepared[i].w.as_str(), ["نيوز", "برس", "بوست"]) || is_inside(labels[i]) && label_type_of(labels[i]) == Some(Label::ORG) {
            continue;
        }
        let before = &prepared[i - 1];
        if !before.is_arabic() || has(before, FUNCTION | DIALECT) || before.w.chars().count() < 3 {
            continue;
        }
        // The name the model found before it, else the word alone.
        let mut start = i - 1;
        while start > 0 && is_inside(labels[start]) && i - start < 2 {
            start -= 1;
        }
        if is_inside(labels[start]) {
            continue;
        }
        set(labels, start, i + 1, Label::ORG);
    }
}

/// A Latin name after a media word or a company word (`وكالة AFP`, `شبكة (CNN)`, `قناة BBC`, `شركة
/// Apple`), or in brackets after an organisation (`منظمة الصحة العالمية (WHO)`), is that organisation
/// (the matching form is lower case: a capital first letter is in the token's shape).
fn latin_media(prepared: &[Prepared], labels: &mut [usize]) {
    let media = |p: &Prepared| {
        let w = p.noconj().trim_start_matches(['ل', 'ب']);
        one_of!(w, ["وكاله", "كاله", "شبكه", "قناه", "صحيفه", "محطه", "موقع", "اذاعه", "مجله", "هيئه", "شركه", "حلف", "مجموعه", "منظمه"])
            || w.starts_with("ال") && one_of!(&w["ال".len()..], ["وكاله", "شبكه", "قناه", "صحيفه", "اذاعه"])
    };
    // A fair, a summit or a festival names an event (`معرض GITEX Global`); a feminine verb of saying or
    // doing says what a body did (`أعلنت Google`, `ذكرت AFP`), and so does a source's preposition before
    // an acronym (`بحسب CNN`).
    let event = |p: &Prepared| bare_is(p.noconj(), |w| one_of!(w, ["معرض", "مؤتمر", "منتدي", "مهرجان", "قمه", "بطوله", "ملتقي"]));
    let said = |p: &Prepared| one_of!(p.noconj(), ["قالت", "ذكرت", "اعلنت", "نقلت", "نقلته", "كشفت", "افادت", "اوردت", "بثت", "نشرت", "اكدت", "اوضحت", "اطلقت", "اشارت"]);
    for i in 0..prepared.len() {
        let w = prepared[i].w.as_str();
        let letters = w.bytes().all(|c| c.is_ascii_alphabetic());
        let acronym = prepared[i].shape / 4 == 1 && (2..=12).contains(&w.len()) && letters;
        // (A brand of letters and a sign after a company's word: `مجموعة e&`.)
        let sign = w.len() <= 4 && letters && prepared.get(i + 1).is_some_and(|p| p.w == "&");
        if !(acronym || sign) || labels[i] != 0 || labels.get(i + 1).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        let before = if i >= 2 && one_of!(prepared[i - 1].w.as_str(), ["(", "«", "\""]) { i - 2 } else if i >= 1 { i - 1 } else { continue };
        // Or an organisation's acronym in brackets after its name (`منظمة الصحة العالمية (WHO)`).
        let bracketed = i >= 2 && prepared[i - 1].w == "(" && label_type_of(labels[i - 2]) == Some(Label::ORG)
            && prepared.get(i + 1).is_some_and(|p| p.w == ")");
        // (A short capitalised word, most often an acronym: `CNN`, `AFP`.)
        let caps = prepared[i].shape % 4 <= 1;
        // The name from `i`, with the words of Latin letters that follow from `from` (`مجلة "New Yorker"`,
        // `معرض GITEX Global`), four words at most, unless a name the model began goes on after them.
        let name = |labels: &mut [usize], from: usize, label: Label| {
            let mut end = from;
            while end < prepared.len() && prepared[end].shape / 4 == 1 && labels[end] == 0 && end - i < 4 {
                end += 1;
            }
            if labels.get(end).is_none_or(|&k| !is_inside(k)) {
                set(labels, i, end, label);
            }
        };
        if acronym && labels[before] == 0 && event(&prepared[before]) {
            name(labels, i + 1, Label::MISC);
            continue;
        }
        let source = acronym && labels[before] == 0 && (said(&prepared[before]) || caps && one_of!(prepared[before].noconj(), ["بحسب", "حسب", "وفق", "لشبكه", "عن"]));
        if media(&prepared[before]) || bracketed || source {
            name(labels, i + 1 + sign as usize, Label::ORG);
        }
    }
}

/// A news agency named by its nationality (`لوكالة الأنباء الكويتية`, `وكالة الأنباء القطرية`) is one
/// organisation whatever the model made of its words; a short Arabic word in brackets right after an
/// organisation is its acronym (`(كونا)`, `(واس)`), as a Latin one is ([`latin_media`]); and so is one
/// in a wire's dateline, between the place or date and a dash (`الكويت - 14 - 3 (كونا) --`).
fn news_agencies(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let org = b_of(Label::ORG);
    for h in 0..n.saturating_sub(2) {
        let agency = bare_is(&prepared[h].w, |w| w == "وكاله") && prepared[h + 1].w == "الانباء" && gazetteer::is_place_nisba(&prepared[h + 2].w);
        // Untagged, or tagged in pieces that start in it and end there (`الكويتية` taken for a place).
        let free = || (h..h + 3).all(|j| labels[j] == 0 || !is_inside(labels[j]) || j > h) && labels.get(h + 3).is_none_or(|&k| !is_inside(k));
        if agency && (labels[h] == 0 || labels[h] == org) && free() {
            set(labels, h, h + 3, Label::ORG);
        }
    }
    for i in 2..n.saturating_sub(1) {
        if prepared[i - 1].w != "(" || prepared[i + 1].w != ")" {
            continue;
        }
        // An acronym's shape: a short Arabic word without the article.
        let p = &prepared[i];
        let acronym = p.is_arabic() && !p.w.starts_with("ال") && (2..=6).contains(&p.w.chars().count());
        // A wire's dateline: place, date, the agency in brackets, a dash (`الكويت - 14 - 3 (كونا) --`).
        let dateline = (prepared[i - 2].is_number() || label_type_of(labels[i - 2]) == Some(Label::LOC))
            && prepared.get(i + 2).is_some_and(|d| d.w.chars().all(|c| matches!(c, '-' | '–' | '—')) && !d.w.is_empty());
        if dateline && acronym && !is_inside(labels[i]) {
            set(labels, i, i + 1, Label::ORG);
            continue;
        }
        if label_type_of(labels[i - 2]) != Some(Label::ORG) {
            continue;
        }
        // A listed place there is the club's or the team's country (`ريال مدريد (إسبانيا)`), unless
        // the organisation is a medium (`وكالة الأنباء القطرية (قنا)`).
        let mut head = i - 2;
        while head > 0 && is_inside(labels[head]) {
            head -= 1;
        }
        let medium = bare_is(&prepared[head].w, |w| one_of!(w, ["وكاله", "شبكه", "قناه", "صحيفه", "اذاعه", "جريده"]));
        let single = labels[i] == 0 || labels.get(i + 1).is_none_or(|&k| !is_inside(k)) && !is_inside(labels[i]);
        if acronym && (medium || !gazetteer::is_place(&p.w)) && single {
            set(labels, i, i + 1, Label::ORG);
        }
    }
}

/// A news outlet named with an English word written in Arabic letters (`المدى نيوز`, `جيروزاليم بوست`,
/// `عرب تايمز`): the word and the name before it are one organisation, whatever the model made of either
/// (`نيوز` alone as a place). Untagged, the name before must be tagged or a listed place.
fn outlet_suffixes(prepared: &[Prepared], labels: &mut [usize]) {
    for i in 1..prepared.len() {
        if !one_of!(prepared[i].w.as_str(), ["نيوز", "برس", "تايمز", "بوست", "توداي", "تريبيون", "جورنال", "ويكلي"]) {
            continue;
        }
        let spans = chunks(labels);
        let here = spans.iter().find(|&&(a, b, _)| a <= i && i < b).copied();
        let before = spans.iter().find(|&&(_, b, _)| b == i).copied();
        // (A person's span over the whole outlet, `لفرانس برس`, is left to the model: the training
        // text has one such, typed PER.)
        if here.is_some_and(|(_, _, ty)| ty == Label::PER) {
            continue;
        }
        let start = match (here, before) {
            (Some((a, _, _)), _) if a < i => a,
            (_, Some((a, _, _))) => a,
            // The word alone, typed otherwise: a definite name before it is the outlet's (`المدى`), not
            // a media word or a verb (`صحيفة تايمز`, `وقالت تايمز` keep `تايمز` ORG alone).
            (Some((_, _, ty)), None)
                if ty != Label::ORG
                    && labels[i - 1] == 0
                    && prepared[i - 1].w.starts_with("ال")
                    && !has(&prepared[i - 1], FUNCTION | ORG_HEAD | DEFINITE_ORG_HEAD) =>
            {
                i - 1
            }
            (Some((_, _, Label::ORG)), None) => continue,
            (None, None) if gazetteer::is_place(&prepared[i - 1].w) => i - 1,
            _ => continue,
        };
        let end = here.map_or(i + 1, |(_, b, _)| b.max(i + 1));
        if labels.get(end).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        set(labels, start, end, Label::ORG);
    }
}

/// A quoted name after a word for a movement or campaign (`حملة «طلعت ريحتكم»`, `حركة "شباب ضد
/// الفساد"`) is an organisation, whatever the model made of its words.
fn quoted_movements(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for q in 1..prepared.len() {
        let cue_word = prepared[q - 1].noconj().trim_start_matches(['ل', 'ب']);
        let cue = one_of!(cue_word, ["حمله", "حركه", "تيار", "تجمع", "ائتلاف", "مبادره", "جماعه", "منظمه", "جمعيه", "كتله"]);
        let campaign = matches!(cue_word, "حمله" | "مبادره");
        if !cue {
            continue;
        }
        let Some(end) = quoted_words(prepared, q) else { continue };
        // One word after a campaign is its theme, not a body (`حملة «ترشيد»`); one common word is
        // no body either.
        if end == q + 2 && (campaign || vocab.knows(&prepared[q + 1].w) || vocab.is_frequent(&prepared[q + 1].w)) {
            continue;
        }
        let inside: Vec<_> = chunks(labels).into_iter().filter(|&(a, b, _)| a < end && b > q + 1).collect();
        if inside.iter().any(|&(a, b, _)| a <= q || b > end) {
            continue;
        }
        set(labels, q + 1, end, Label::ORG);
    }
}

/// A person's name after a word for a square, street, river or canal (`ساحة رياض الصلح`, `شارع
/// الملك فيصل`, `بحر يوسف`) names the place: the name is LOC (the head stays out, as the training
/// text has `نهر النيجر`, `شارع المنارة`); after a mosque or church it names the house of worship, an
/// organisation there (`مسجد هوبان`). So does a listed given name and the word after it that the model
/// left untagged. A road is named so only with the title (`طريق الملك سلمان`; `عن طريق` + a person is
/// "through" him).
fn places_named_after_people(prepared: &[Prepared], labels: &mut [usize]) {
    let named_by = |i: usize| named_after_person(&prepared[i]);
    for (a, b, ty) in chunks(labels) {
        // (Or a word alone taken for a body: `جسر دارتو`.)
        if !(ty == Label::PER || ty == Label::ORG && b == a + 1) || a == 0 || labels[a - 1] != 0 {
            continue;
        }
        // (An adjective of the facility is not its name's: `مطار الملك خالد` + `الدولي`; the person's
        // span ends before it anyway, see `span_edges`.)
        let b = if b - a >= 2 && is_body_adjective(&prepared[b - 1].w) {
            labels[b - 1] = 0;
            b - 1
        } else {
            b
        };
        if let Some(l) = named_by(a - 1) {
            set(labels, a, b, l);
        } else if a >= 2 && labels[a - 2] == 0 && is_patron_title(&prepared[a - 1].w) {
            // With a king's or a sheikh's title between (`حديقة الملك عبدالله`, `شارع الشيخ زايد`, `مطار
            // الملك خالد`); not a house of worship (`مسجد الملك الحسن الثاني`: the training text has the
            // king there).
            let road = prepared[a - 2].noconj() == "طريق" && (a < 3 || prepared[a - 3].w != "عن");
            if let Some(l @ (Label::LOC | Label::MISC)) = named_by(a - 2).or(road.then_some(Label::LOC)) {
                set(labels, a - 1, b, l);
            }
        }
    }
    // The person the model did not see: a listed given name and the next word (through a linking
    // word: `شارع جمال عبد الناصر`), all untagged.
    let n = prepared.len();
    let free = |labels: &[usize], j: usize| {
        j < n && labels[j] == 0 && prepared[j].is_arabic() && !has(&prepared[j], FUNCTION) && !prepared[j].w.starts_with('و')
    };
    for i in 0..n.saturating_sub(2) {
        let Some(l) = (labels[i] == 0).then(|| named_by(i)).flatten() else { continue };
        let given = &prepared[i + 1];
        if !free(labels, i + 1) || given.w != given.noconj() || !gazetteer::is_first_name(&given.w) || !free(labels, i + 2) {
            continue;
        }
        let end = if is_name_link(&prepared[i + 2].w) && free(labels, i + 3) { i + 4 } else { i + 3 };
        if labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, i + 1, end, l);
        }
    }
}

/// A titled person the model missed after the head of an institution or a facility (`مستشفى الملك فهد`,
/// `ستاد الملك فهد`, `ملعب الأمير فيصل بن فهد`): a listed given name after the title, and `بن` + a name,
/// untagged, are the person, whom the rules after make the institution's or the facility's name.
fn untagged_patrons(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let free = |labels: &[usize], j: usize| j < n && labels[j] == 0;
    for i in 0..n.saturating_sub(2) {
        let head = &prepared[i];
        if !(free(labels, i) && free(labels, i + 1) && free(labels, i + 2))
            || !is_patron_title(&prepared[i + 1].w)
            || !gazetteer::is_first_name(&prepared[i + 2].w)
            || !(is_patron_institution(head) || named_after_person(head).is_some())
        {
            continue;
        }
        let end = if free(labels, i + 3) && one_of!(&prepared[i + 3].w, ["بن", "بنت"]) && free(labels, i + 4) && is_name_word(&prepared[i + 4]) {
            i + 5
        } else {
            i + 3
        };
        if labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, i + 2, end, Label::PER);
        }
    }
}

/// What a place named after a person is, by the noun before the name: a square, a street, a river (a
/// place), a house of worship (the training text names it as an organisation, `مسجد فنسبري بارك`). See
/// `places_named_after_people`.
fn named_after_person(p: &Prepared) -> Option<Label> {
    let h = p.noconj();
    let h = h.strip_prefix('ب').filter(|r| r.chars().count() >= 3).unwrap_or(h);
    if one_of!(h, ["ساحه", "شارع", "ميدان", "بحر", "نهر", "ترعه", "جاده", "دوار", "حديقه", "مصيف", "منتجع", "قلعه", "ميناء"]) {
        Some(Label::LOC)
    } else if one_of!(h, ["مسجد", "جامع", "كنيسه", "كاتدرائيه"]) {
        Some(Label::ORG)
    } else if one_of!(h, ["مطار", "ملعب", "استاد", "ستاد", "سد", "جسر", "نفق"]) {
        Some(Label::MISC)
    } else {
        None
    }
}

/// An organisation's name followed by a nisba adjective that the model took for a country
/// (`المجلس الأعلى` + `المصري`), or a ministry's by one the model left alone (`لوزارة الخارجية` +
/// `السعودية`): the adjective is the organisation's.
fn org_nisba(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        // Tagged a place, or untagged after a ministry (`لوزارة الخارجية` + `السعودية`).
        let ministry = bare_is(&prepared[a].w, |w| w == "وزاره");
        let next = labels.get(b).copied();
        if ty != Label::ORG || !(next == Some(b_of(Label::LOC)) || ministry && next == Some(0)) || labels.get(b + 1).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        let w = prepared[b].w.as_str();
        if w.starts_with("ال") && (w.ends_with('ي') || w.ends_with("يه")) && gazetteer::is_place_nisba(w) {
            set(labels, a, b + 1, Label::ORG);
        }
    }
}

/// A span whose end cuts into a multi-word name of the lists of its type (`منظمة أطباء بلا` before
/// `حدود`) goes on to the name's end.
fn spans_finish_list_names(matches: &[(usize, usize, Label)], labels: &mut [usize]) {
    if matches.is_empty() {
        return;
    }
    for (a, b, ty) in chunks(labels) {
        for &(s, n, l) in matches {
            let e = s + n;
            if n >= 2 && l == ty && s > a && s < b && e > b && labels[b..e].iter().all(|&k| k == 0) && labels.get(e).is_none_or(|&k| !is_inside(k)) {
                set(labels, a, e, ty);
            }
        }
    }
}

/// An authority named by its head and two genitives joined by و (`هيئة الطرق والمواصلات`, `شركة
/// الكهرباء والماء`, `سلطة المياه والصرف الصحي`, `مؤسسة الموانئ والجمارك`; a government
/// department, `دائرة الثقافة والسياحة`) is one organisation: the
/// joined pair names what it is in charge of. Two bare genitives go on through the place they serve
/// (`هيئة كهرباء ومياه دبي`). The model may have begun the organisation and cut it inside the pair
/// (`هيئة كهرباء` + `ومياه`), or taken a word of the pair for a name of its own that no list holds
/// (`الجمارك` as a place).
fn joined_genitive_orgs(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    let org = b_of(Label::ORG);
    for h in 0..n.saturating_sub(2) {
        if !has(&prepared[h], GENITIVE_HEAD) || !(labels[h] == 0 || labels[h] == org && inside_end(labels, h + 1, Label::ORG) <= h + 3) {
            continue;
        }
        // (`دائرة` is a circle, too, after a preposition or a definite subject: `في دائرة الفقر والبطالة`,
        // `ودخلت المنطقة دائرة العنف والفوضى`.)
        if h > 0 && prepared[h].noconj() == "دائره" && (has(&prepared[h - 1], FUNCTION) || prepared[h - 1].w.starts_with("ال")) {
            continue;
        }
        let (g1, g2) = (&prepared[h + 1], &prepared[h + 2]);
        let Some(r2) = g2.w.strip_prefix('و') else { continue };
        let free = |k: usize, w: &str| {
            labels[k] == 0 || labels[k] == org + 1 || !is_inside(labels[k]) && labels.get(k + 1).is_none_or(|&x| !is_inside(x)) && gazetteer::single_word_type(w).is_none()
        };
        if !free(h + 1, &g1.w) || !free(h + 2, r2) || labels.get(h + 3).is_some_and(|&k| k == org + 1 || k != 0 && is_inside(k)) {
            continue;
        }
        let bare = |p: &Prepared, w: &str| p.is_arabic() && !w.starts_with("ال") && w.chars().count() >= 3 && !has(p, FUNCTION) && !p.tanween && unlisted(w);
        let mut end = h + 3;
        // (After the indefinite head, a definite word in `ي` or `ية` is a genitive too, no adjective:
        // `سلطة الأراضي والمساحة`, `هيئة النزاهة والشفافية`.)
        let genitive = |p: &Prepared, w: &str| w.starts_with("ال") && w.chars().count() >= 4 && !has(p, FUNCTION);
        if genitive(g1, &g1.w) && genitive(g2, r2) {
            // (And more joined so: `هيئة الأدب والنشر والترجمة`.)
            while end < n && end - h <= 4 && labels[end] == 0 && prepared[end].w.strip_prefix('و').is_some_and(|r| r.starts_with("ال") && is_definite_noun(&prepared[end], r)) {
                end += 1;
            }
            while end < n && end - h <= 4 && is_adjective(&prepared[end].w) && labels[end] == 0 {
                end += 1;
            }
        } else if bare(g1, &g1.w) && bare(g2, r2) && end < n && (labels[end] == b_of(Label::LOC) || labels[end] == 0 && gazetteer::is_place(&prepared[end].w)) {
            end = inside_end(labels, end + 1, Label::LOC);
        } else {
            continue;
        }
        set(labels, h, end, Label::ORG);
    }
}

/// A government service named by `مصلحة` and what it runs (`مصلحة الطيران المدني`, `مصلحة السجون
/// الإسرائيلية`, `ومصلحة الضرائب المصرية`), with up to two adjectives, is one organisation. Only before
/// such a domain: `مصلحة` is far more often "interest" (`مصلحة الشعب الفلسطيني`).
fn services(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    for h in 0..n.saturating_sub(1) {
        if prepared[h].noconj() != "مصلحه" {
            continue;
        }
        let domain = one_of!(prepared[h + 1].w.as_str(), ["الضرائب", "الجمارك", "السجون", "الطيران", "الارصاد", "الاثار",
            "الموانئ", "المياه", "الكهرباء", "الجوازات", "السكك", "البريد", "المساحه", "الشهر", "الاحوال", "الري"]);
        if !domain || labels[h] != 0 || labels.get(h + 2).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        let mut end = h + 2;
        // (An adjective, not a plural in `ى`: `مصلحة السجون` + `الأسرى`, its object.)
        while end < n && end - h <= 3 && is_adjective(&prepared[end].w) && !prepared[end].w.ends_with("ري")
            && (labels[end] == 0 || gazetteer::is_place_nisba(&prepared[end].w))
        {
            end += 1;
        }
        // (`من مصلحة الطيران أن …`: "it is in the interest of aviation to".)
        if labels.get(end).is_none_or(|&k| !is_inside(k)) && !(end == h + 2 && prepared.get(end).is_some_and(|p| p.w == "ان")) {
            set(labels, h, end, Label::ORG);
        }
    }
}

/// An army with a qualifier and a country (`الجيش الوطني الليبي`, `الجيش السوري الحر`, `الجيش الشعبي
/// السوداني`) is a named force: one ORG span. (A bare `الجيش الإسرائيلي` stays as the training text has
/// it, untagged.)
fn named_armies(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    for i in 0..n {
        if !has(&prepared[i], ARMY) || labels[i] != 0 {
            continue;
        }
        // Adjectives without a conjunction (`الجيش الأميركي والعراقي` is two armies).
        let mut j = i + 1;
        while j < n && j - i <= 3 && is_adjective(&prepared[j].w) && !prepared[j].w.starts_with("وال") && label_type_of(labels[j]) != Some(Label::PER) {
            j += 1;
        }
        let country = (i + 1..j).any(|k| gazetteer::is_place_nisba(&prepared[k].w));
        let qualifier = (i + 1..j).any(|k| !gazetteer::is_place_nisba(&prepared[k].w));
        if j - i >= 3 && country && qualifier && labels.get(j).is_none_or(|&k| !is_inside(k)) {
            set(labels, i, j, Label::ORG);
        }
    }
}

/// A club's name after `نادي` that the model left untagged (`نادي القلعة`, `لنادي النجم`) is the club
/// (ORG; the head stays out, as in the training text).
fn clubs(prepared: &[Prepared], labels: &mut [usize]) {
    for i in 1..prepared.len() {
        let head = one_of!(prepared[i - 1].noconj(), ["نادي", "لنادي", "بنادي"]);
        let p = &prepared[i];
        // Untagged, or taken for a person of one word (`نادي المرجان` on a line of its own).
        let lone_person = labels[i] == b_of(Label::PER) && labels.get(i + 1).is_none_or(|&k| !is_inside(k));
        if !head || (labels[i] != 0 && !lone_person) || labels[i - 1] != 0 || !p.is_arabic() || !p.w.starts_with("ال") || p.w.chars().count() < 4 {
            continue;
        }
        if has(p, FUNCTION) || is_adjective(&p.w) || labels.get(i + 1).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        set(labels, i, i + 1, Label::ORG);
    }
}

/// Clubs named by a word that names only clubs and their town (`أولمبيك آسفي`, `حسنية أكادير`,
/// `مولودية وجدة`, `أولمبيك مرسيليا`) or their town's adjective (`الوداد البيضاوي`, `المولودية الوجدية`,
/// `الرجاء البيضاوي`): both words are the club, whatever the model made of them (it takes the town for a
/// place). (`الرجاء الصالح` of `رأس الرجاء الصالح` is no adjective of a town.)
fn club_words(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for h in 0..prepared.len().saturating_sub(1) {
        let (club, next) = (&prepared[h], &prepared[h + 1]);
        let town = if has(club, CLUB_TOWN) {
            next.is_arabic() && next.w.chars().count() >= 3 && !has(next, FUNCTION) && (gazetteer::is_place(next.noconj()) || !vocab.is_frequent(&next.w))
        } else {
            has(club, CLUB_ADJECTIVE) && is_adjective(&next.w) && !gazetteer::is_region_nisba(&next.w)
        };
        // (Not inside a longer name the model found: `رأس الرجاء`.)
        if !town || is_inside(labels[h]) || labels.get(h + 2).is_some_and(|&k| is_inside(k)) {
            continue;
        }
        labels[h + 1] = 0;
        set(labels, h, h + 2, Label::ORG);
    }
}

/// Clubs in a list of fixtures or results, each with its country in brackets (`بوردو ( فرنسا ) -
/// أيندهوفن ( هولندا )`, `ليون ( فرنسا ) صفر - 3`): a place the model found before a bracketed
/// listed place is the club, and the bracketed place a place, where the sentence holds two such
/// brackets or more (one alone is as often a city and its country: `ساو باولو ( البرازيل )`).
fn fixture_clubs(prepared: &[Prepared], labels: &mut [usize]) {
    let bracketed = |b: usize| {
        b + 2 < prepared.len() && prepared[b].w == "(" && prepared[b + 2].w == ")" && gazetteer::is_place(&prepared[b + 1].w)
    };
    if (0..prepared.len()).filter(|&b| bracketed(b)).count() < 2 {
        return;
    }
    // The countries in brackets are places (the model takes one for a club too: `مرسيليا ( فرنسا )`).
    for b in 0..prepared.len() {
        if bracketed(b) && labels[b + 1] != b_of(Label::LOC) {
            set(labels, b + 1, b + 2, Label::LOC);
        }
    }
    let spans = chunks(labels);
    for (k, &(a, b, ty)) in spans.iter().enumerate() {
        if ty == Label::LOC && bracketed(b) {
            // The rest of a club's name the model cut off before it (`ايك` + `اثينا`) joins it.
            let start = match k.checked_sub(1).map(|i| spans[i]) {
                Some((s, e, Label::ORG)) if e == a => s,
                _ => a,
            };
            set(labels, start, b, Label::ORG);
        }
    }
}

/// Applies the corrections to one sentence's labels.
pub fn correct(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    correct_with(prepared, labels, vocab, &list_matches(prepared));
}

/// [`correct`], given the sentence's multi-word list names (`features::list_matches`: they depend on the
/// words alone, not on the labels, and the tagger has them from preparing the sentence).
pub fn correct_with(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab, matches: &[(usize, usize, Label)]) {
    // The facts of the sentence's words together: a rule set off by one kind of word is run only where
    // the sentence has one (the same labels, without a pass of each such rule over every token).
    let any = prepared.iter().fold(0, |m, p| m | facts(p).bits);
    adjacent_people(prepared, labels);
    ali_before_people(prepared, labels, vocab);
    if any & COUNTERPART != 0 {
        counterparts(prepared, labels, vocab);
    }
    places_after_kinds(prepared, labels);
    if any & UNIT != 0 {
        places_after_units(prepared, labels, vocab);
    }
    if any & KIND != 0 {
        names_after_kinds(prepared, labels, vocab);
    }
    if any & REALM != 0 {
        realms(prepared, labels, vocab);
    }
    amazigh_places(prepared, labels, vocab);
    verbs_before_bodies(prepared, labels);
    lone_kinds_of_place(prepared, labels);
    conjoined_known_people(prepared, labels, vocab);
    coordinated_people(prepared, labels);
    coordinated_places(prepared, labels, vocab);
    nameless_people(prepared, labels, vocab);
    one_word_non_names(prepared, labels);
    untagged_patrons(prepared, labels);
    if any & NAMED_AFTER != 0 {
        places_named_after_people(prepared, labels);
    }
    orgs_named_after_people(prepared, labels);
    orgs_after_people_with_purpose(prepared, labels);
    institutions_named_after_titled_people(prepared, labels);
    function_word_edges(prepared, labels);
    places_before_nouns(prepared, labels, matches);
    org_heads(prepared, labels);
    org_heads_before_places(prepared, labels);
    org_heads_before_unknown(prepared, labels, vocab);
    if any & NAMED_HEAD != 0 {
        definite_named_orgs(prepared, labels);
    }
    purpose_orgs(prepared, labels);
    if any & MOVEMENT != 0 {
        political_movements(prepared, labels);
    }
    // (Courts and councils are organisation heads.)
    if any & (MOVEMENT | ORG_HEAD) != 0 {
        ministries(prepared, labels);
    }
    construct_orgs(prepared, labels);
    place_named_companies(prepared, labels);
    heads_before_verbs(prepared, labels);
    bodies_with_adjectives(prepared, labels);
    org_tails(prepared, labels);
    if any & OFFICE != 0 {
        offices_before_people(prepared, labels);
        office_holders(prepared, labels, vocab);
        chain_holders(prepared, labels, vocab);
    }
    datelines(prepared, labels, vocab);
    // (Not gated by the fact: a nationality behind a clitic, `للكيني`, has it not.)
    nationals(prepared, labels, vocab);
    son_of_chains(prepared, labels, vocab);
    name_chains(prepared, labels);
    regnal_ordinals_end_people(prepared, labels);
    conjoined_nouns_leave_people(prepared, labels);
    // (The quote rules look for quotes: most sentences have none.)
    let quoted = prepared.iter().any(|p| p.hashes.quote);
    if quoted {
        quoted_titles(prepared, labels);
    }
    sports_events(prepared, labels);
    if any & CURRENCY != 0 {
        currencies(prepared, labels);
    }
    if quoted {
        quoted_movements(prepared, labels, vocab);
    }
    dialect_edges(prepared, labels, vocab);
    everyday_words(prepared, labels, vocab);
    measures(prepared, labels);
    products(prepared, labels);
    person_ends(prepared, labels, vocab);
    short_surnames(prepared, labels, vocab);
    maghrebi_verbs(prepared, labels, vocab);
    if any & VIRUS != 0 {
        viruses(prepared, labels, vocab);
    }
    latin_media(prepared, labels);
    site_names(prepared, labels);
    if any & OUTLET != 0 {
        outlet_names(prepared, labels, vocab);
    }
    if any & AGENCY != 0 {
        news_agencies(prepared, labels);
    }
    if any & GENITIVE_HEAD != 0 {
        joined_genitive_orgs(prepared, labels);
    }
    services(prepared, labels);
    if any & ARMY != 0 {
        named_armies(prepared, labels);
    }
    clubs(prepared, labels);
    if any & (CLUB_TOWN | CLUB_ADJECTIVE) != 0 {
        club_words(prepared, labels, vocab);
    }
    fixture_clubs(prepared, labels);
    spans_finish_list_names(matches, labels);
    region_adjectives(prepared, labels);
    outlet_suffixes(prepared, labels);
    // Multi-word list names.
    for &(start, len, label) in matches {
        // A listed place of several words that the model took whole as something else (`لوس أنجلوس`
        // as MISC) is the place; a place inside a longer name stays in it.
        if len >= 2 && label == Label::LOC {
            let end = start + len;
            let spans = chunks(labels);
            // Reached through a clitic on its first word (`وأم درمان`, `لأم درمان`: the whole token is no
            // first word of the name) where the model took only the rest: the place is whole. (Not
            // otherwise: the training text leaves a descriptive first word out, `قطاع` of `قطاع غزة`.)
            let whole_first = gazetteer::names_starting(&prepared[start].w).iter().any(|(w, _)| {
                w.len() == len && w[1..].iter().zip(&prepared[start + 1..end]).all(|(a, b)| *a == b.w)
            });
            let rest_only = !whole_first && labels[start] == 0 && spans.contains(&(start + 1, end, Label::LOC));
            // The place's first words alone, the rest untagged (`ود` of `ود مدني`, `مدني` read as "civil"):
            // the place is whole.
            let head_only = len == 2 && spans.contains(&(start, start + 1, Label::LOC)) && labels[end - 1] == 0 && !prepared[end - 1].w.starts_with("ال");
            if spans.contains(&(start, end, Label::MISC)) || rest_only || head_only {
                set(labels, start, end, Label::LOC);
            }
            // Cut into names of one type word by word (`الشرق` + `الأوسط`, both ORG after `صحيفة`): one
            // name of that type.
            let pieces: Vec<&(usize, usize, Label)> = spans.iter().filter(|&&(a, b, _)| a < end && b > start).collect();
            if pieces.len() >= 2 && pieces.iter().all(|&&(a, b, t)| a >= start && b <= end && t == pieces[0].2) {
                set(labels, start, end, pieces[0].2);
            }
            continue;
        }
        if len < 2 {
            continue;
        }
        let end = start + len;
        // Where the model saw nothing, or only part of the name (`وكالة الأناضول` with `الأناضول` alone).
        let inside: Vec<(usize, usize, Label)> =
            chunks(labels).into_iter().filter(|&(a, b, _)| a < end && b > start).collect();
        let within = inside.iter().all(|&(a, b, _)| a >= start && b <= end);
        let partial = !inside.is_empty() && within && inside.iter().all(|&(a, b, _)| b - a < len);
        if (inside.is_empty() || partial) && labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, start, end, label);
        }
    }
    if quoted {
        quoted_by_head(prepared, labels);
    }
    org_nisba(prepared, labels);
    span_edges(prepared, labels, vocab);
    possessed_nouns(prepared, labels, vocab);
    offices_after_names(prepared, labels, vocab);
    movements_of_god(prepared, labels);
    indefinite_bodies(prepared, labels, vocab);
    for (a, b, ty) in chunks(labels) {
        // `ان` (`إن`, `أن`, and the given name `آن`) ends no name but a person's: `المنظمة إن` is "the
        // organisation said that", and a definite head noun left alone names nothing.
        // (Not after a letter spelt out: `سي إن إن`, CNN.)
        if ty != Label::PER && b - a >= 2 && prepared[b - 1].w == "ان" && prepared[b - 2].w.chars().count() >= 3 {
            labels[b - 1] = 0;
            if b - a == 2 && definite_org_head(&prepared[a]) {
                labels[a] = 0;
            }
            continue;
        }
        // A person of three words or more does not end in a definite common noun of the training text
        // that is no name (`صباح الأحمد` + `الوفد`, "the delegation", the verb's object); `الصباح`,
        // `الأحمد` are names.
        if ty == Label::PER && b - a >= 3 {
            let last = &prepared[b - 1];
            let w = last.w.as_str();
            // (Not kept as a word of a listed name: `الوفد` is one of `حزب الوفد`, no person's.)
            // (Nor after a link, `عبد الواحد`, `عبد القوي`, nor an ordinal, `إبراهيم خان الأول`.)
            if w.starts_with("ال") && vocab.is_frequent(w) && !is_article_given_name(w) && !gazetteer::is_name_word(w)
                && gazetteer::single_word_type(w).is_none() && !is_name_link(&prepared[b - 2].w) && !is_ordinal(w)
            {
                labels[b - 1] = 0;
                continue;
            }
        }
        let prev = if a > 0 { prepared[a - 1].w.as_str() } else { "" };
        // An office noun before the body it serves is no person (`وكيل` + `وزارة التموين`, `مدير` +
        // `مديرية الزراعة`): its holder's name comes after.
        if b - a == 1 && ty == Label::PER && labels.get(b) == Some(&b_of(Label::ORG)) && has(&prepared[a], OFFICE) {
            labels[a] = 0;
            continue;
        }
        // God is no person: `الله` alone is MISC (as the training text has it); `عبد الله` is a person.
        if b - a == 1 && ty == Label::PER && one_of!(prepared[a].noconj(), ["الله", "بالله", "لله"]) {
            set(labels, a, b, Label::MISC);
            continue;
        }
        // A place name right after a media word is the medium (`صحيفة الشرق الأوسط`).
        if ty == Label::LOC && one_of!(prev, ["صحيفه", "وكاله", "قناه", "مجله", "موقع", "اذاعه", "جريده", "شبكه"]) {
            set(labels, a, b, Label::ORG);
            continue;
        }
        // A city followed by a masculine nisba adjective is its club or team (`ليون الفرنسي`,
        // `هامبورغ الألماني`): the city itself takes the feminine (`ليون الفرنسية`). Countries are
        // never qualified so.
        if ty == Label::LOC {
            if let Some(next) = prepared.get(b) {
                if labels[b] == 0 && next.w.starts_with("ال") && next.w.ends_with('ي') && gazetteer::is_place_nisba(&next.w) {
                    set(labels, a, b, Label::ORG);
                    continue;
                }
            }
        }
        // A one-word place of the lists, typed otherwise, after a place preposition (`عن كييف`).
        if b - a == 1 && ty != Label::LOC {
            let p = &prepared[a];
            let place = [p.noconj(), p.stem()].iter().any(|w| gazetteer::single_word_type(w) == Some(Label::LOC));
            let cue = one_of!(prev, ["في", "الي", "من", "عن", "داخل", "نحو"]) || p.w.starts_with('ب') && !p.noconj().starts_with('ب');
            if place && cue {
                set(labels, a, b, Label::LOC);
            }
        }
    }
    // One-word names the model missed, written with one typo.
    for i in 0..labels.len() {
        if labels[i] != 0 || (i + 1 < labels.len() && is_inside(labels[i + 1])) {
            continue;
        }
        let p = &prepared[i];
        // (An exact list word the model left alone stays alone. Same length only, a swap: an added or
        // missing letter is how Arabic makes adjectives and plurals, `السوداني`, `روسيات`, not a typo.)
        let Some(l) = facts(p).typo else { continue };
        // (A count is no typo: `مليوني` is `ميلوني` with two letters swapped.)
        if !vocab.is_frequent(p.noconj()) && !vocab.is_frequent(p.stem()) && !p.tanween && !is_number_word(p.noconj()) {
            set(labels, i, i + 1, l);
        }
    }
    if any & SURNAME != 0 {
        listed_surnames(prepared, labels, vocab);
    }
    if any & HOUSEHOLD != 0 {
        household_words(prepared, labels);
    }
    indefinite_words(prepared, labels);
    saint_and_well_towns(prepared, labels, vocab);
    son_towns(prepared, labels);
    place_bodies(prepared, labels);
    grounds_and_cups(prepared, labels);
    town_openers_go_on(prepared, labels, vocab);
    maghrebi_this(prepared, labels);
}

/// The Maghrebi demonstrative `هادي` ("this", `هادي مدينة فاس`, `هادي طنجة`) is nobody before a kind of
/// place, a listed place or `هي`/`هو`: it leaves the span it opens, and a listed place of one word right
/// after it (or after `هادي مدينة`) is the place, whatever type the tagger gave it. The given name stays
/// (`هادي العامري`, `عبد ربه منصور هادي`).
fn maghrebi_this(prepared: &[Prepared], labels: &mut [usize]) {
    for h in 0..prepared.len().saturating_sub(1) {
        if prepared[h].w != "هادي" || is_inside(labels[h]) {
            continue;
        }
        let next = &prepared[h + 1];
        let kind = bare_is(&next.w, is_place_kind) || is_unit(&next.w) || has(next, KIND);
        let listed = |p: &Prepared| gazetteer::single_word_type(&p.w) == Some(Label::LOC) || gazetteer::is_place(&p.w);
        if !(kind || listed(next) || matches!(next.w.as_str(), "هي" | "هو")) {
            continue;
        }
        let end = if labels[h] != 0 { inside_end(labels, h + 1, label_type_of(labels[h]).unwrap_or(Label::PER)) } else { h + 1 };
        let ty = label_type_of(labels[h]);
        labels[h] = 0;
        if end > h + 1 {
            if let Some(ty) = ty {
                set(labels, h + 1, end, ty);
            }
        }
        let p = if kind { h + 2 } else { h + 1 };
        if p < prepared.len() && listed(&prepared[p]) && labels.get(p + 1).is_none_or(|&k| !is_inside(k))
            && (labels[p] == 0 || !is_inside(labels[p]) && inside_end(labels, p + 1, label_type_of(labels[p]).unwrap_or(Label::PER)) == p + 1)
        {
            if kind && labels[h + 1] != 0 && !is_inside(labels[h + 1]) && inside_end(labels, h + 2, label_type_of(labels[h + 1]).unwrap_or(Label::LOC)) > h + 2 {
                // `مدينة فاس` taken whole: left as the tagger has it.
                continue;
            }
            set(labels, p, p + 1, Label::LOC);
        }
    }
}

/// A stadium's name is one name or none: after `ملعب`, `استاد`, `ستاد`, a place or work the tagger found
/// one or two untagged words in takes them (`ملعب المملكة أرينا` gave `أرينا`), and the head alone is no
/// place. A cup named after a person is the cup, not the person (`كأس زايد`, `بكأس الملك سلمان`): the cup
/// word and the name, a MISC name as the training text has `كأس الشيخ جاسم`.
fn grounds_and_cups(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        let ground = |k: usize| bare_is(&prepared[k].w, |w| one_of!(w, ["ملعب", "استاد", "ستاد"]));
        if b == a + 1 && ground(a) {
            labels[a] = 0;
            continue;
        }
        if let Some(h) = (a.saturating_sub(3)..a.saturating_sub(1)).find(|&h| ground(h)) {
            // (Not a listed place: `ملعب العاصمة الألمانية برلين` is the city's.)
            let plain = (h + 1..a).all(|k| labels[k] == 0 && prepared[k].is_arabic() && !has(&prepared[k], FUNCTION) && !prepared[k].w.starts_with('و'))
                && (a..b).all(|k| !gazetteer::is_place(&prepared[k].w));
            if plain && matches!(ty, Label::LOC | Label::MISC) {
                set(labels, h + 1, b, ty);
            }
        }
        let cup = |k: usize| bare_is(&prepared[k].w, |w| w == "كاس");
        // (A title between: `بكأس الملك سلمان`.)
        let titled = |k: usize| labels[k] == 0 && (gazetteer::is_title(&prepared[k].w) || is_person_title(&prepared[k].w));
        let from = if cup(a) && b > a + 1 {
            Some(a)
        } else {
            (a.saturating_sub(2)..a).rev().find(|&k| cup(k) && (k + 1..a).all(titled) && labels[k] == 0)
        };
        if let Some(k) = from.filter(|_| ty == Label::PER) {
            set(labels, k, b, Label::MISC);
        }
    }
}

/// A city's municipality (`أمانة عمان الكبرى`, `أمانة بغداد`) is one organisation with the place,
/// whatever the tagger made of the place.
fn place_bodies(prepared: &[Prepared], labels: &mut [usize]) {
    let n = prepared.len();
    for h in 0..n.saturating_sub(1) {
        let head = prepared[h].noconj().trim_start_matches(['ل', 'ب']);
        // (`بكل أمانة`, "in all honesty".)
        // (Not `شركة نفط` + a place: ANERcorp has `نيبال` of `شركة نفط نيبال` a place, −0.01.)
        let first = if head == "امانه" && (h == 0 || !prepared[h - 1].w.ends_with("كل")) {
            h + 1
        } else {
            continue;
        };
        if first >= n || labels[h..first].iter().any(|&k| k != 0) {
            continue;
        }
        let q = &prepared[first];
        let end = if labels[first] == b_of(Label::LOC) {
            inside_end(labels, first + 1, Label::LOC)
        } else if labels[first] == 0 && gazetteer::is_place(&q.w) {
            first + 1
        } else {
            continue;
        };
        let end = end + prepared.get(end).is_some_and(|p| p.w == "الكبري") as usize;
        if labels.get(end).is_none_or(|&k| !is_inside(k)) {
            set(labels, h, end, Label::ORG);
        }
    }
}

/// `بن`/`ابن` + the rest of a town's name (`بن جرير`, `ابن جرير`, `بن قردان`, `بن عروس`, `بن عكنون`, `بن
/// مسيك`) is the town, whatever the tagger made of it (it reads `بن` as a link of a person's name), unless
/// a person's name goes on through it (`محمد بن جرير الطبري`).
fn son_towns(prepared: &[Prepared], labels: &mut [usize]) {
    let per = b_of(Label::PER);
    for a in 0..labels.len().saturating_sub(1) {
        // (A definite common word or a kind of place the tagger took for the given name: `الوفد بن جرير`,
        // `حي بن مسيك`.)
        let definite = a > 0 && labels[a - 1] == per && (prepared[a - 1].w.starts_with("ال") || has(&prepared[a - 1], UNIT | KIND));
        let after_name = a > 0 && !definite && (label_type_of(labels[a - 1]) == Some(Label::PER) || gazetteer::is_first_name(&prepared[a - 1].w));
        if matches!(prepared[a].w.strip_prefix('و').unwrap_or(&prepared[a].w), "بن" | "ابن")
            && one_of!(prepared[a + 1].w.as_str(), ["جرير", "قردان", "عروس", "عكنون", "مسيك", "قردن"])
            && (!is_inside(labels[a]) || definite)
            && labels.get(a + 2).is_none_or(|&l| !is_inside(l))
            && !after_name
        {
            if definite {
                labels[a - 1] = 0;
            }
            set(labels, a, a + 2, Label::LOC);
        }
    }
}

/// Words of the kitchen, the market and the house (matching form, without the article): herbs, foods,
/// measures, cooking verbs, prices, fuels (`نعناع`, `بقدونس`, `ملعقة`, `أضف`, `غالي`, `لوح شمسي`). The
/// packages' lists of people's name words hold many (a person somewhere is called `نعناع` or `شمسي`),
/// and `غالي` is Boutros Ghali's surname: none of them opens a person or a place.
fn is_household(w: &str) -> bool {
    one_of!(w, ["نعناع", "بقدونس", "كزبره", "شبت", "زعتر", "سماق", "كمون", "كركم", "قرفه", "زنجبيل", "فلفل",
            "بهارات", "ملح", "سكر", "طحين", "دقيق", "طحينه", "زبده", "سمن", "عسل", "حليب", "لبنه", "جبن", "جبنه",
            "بيض", "رز", "ارز", "برغل", "عدس", "فول", "فاصوليا", "بصل", "ثوم", "طماطم", "بندوره", "خيار",
            "باذنجان", "كوسا", "بطاطا", "بطاطس", "ملفوف", "خس", "سبانخ", "ليمون", "برتقال", "تفاح", "موز",
            "عنب", "فراوله", "بطيخ", "مشمش", "خوخ", "دجاج", "لحمه", "سمك", "فلافل", "تبوله", "فتوش", "منسف",
            "مقلوبه", "كبسه", "ملوخيه", "كشري", "كيكه", "كعكه", "ملعقه", "رشه", "طنجره", "مقلاه", "صينيه", "مفروم", "مفرومه",
            "مسلوق", "مسلوقه", "مطحون", "مطحونه", "مبشور", "طازج", "طازجه", "اضف", "اضيفي", "اخلط", "اخلطي",
            "اسلق", "اسلقي", "انقع", "انقعي", "افرم", "افرمي", "اشتريت", "اشترينا", "رشي", "سخن", "ساخن", "غالي", "غاليه", "رخيص", "رخيصه", "شمسي", "لوح",
            // what a house and a car run on (`إلى الكهرباء` was a place)
            "كهرباء", "كهربا", "بنزين", "مازوت", "سولار", "ديزل", "وقود", "غاز"])
}

/// A person or place that opens on a word of the kitchen, the market or the house
/// ([`is_household`]: `نعناع` + `وبقدونس`, `السعر` + `غالي`, `لوح شمسي`) and goes on through no name
/// is none; nor is a town that is
/// also a food (`حمص`, chickpeas; `زيتون`) alone in a sentence with another such word (`انقع الحمص ثم
/// اسلقه`, `اشتريت حمص وفول`). Run only in a sentence that has such a word (`correct_with`).
fn household_words(prepared: &[Prepared], labels: &mut [usize]) {
    for (a, b, ty) in chunks(labels) {
        let p = &prepared[a];
        let food_town = || b == a + 1 && one_of!(p.noconj().strip_prefix("ال").unwrap_or(p.noconj()), ["حمص", "زيتون"]);
        // (Unless a name follows the word: `غالي شكري` is a critic, `غالي` a given name there.)
        let named = || {
            prepared[a + 1..b].iter().any(|q| !has(q, HOUSEHOLD | DIALECT | FUNCTION) && (gazetteer::is_first_name(q.noconj()) || gazetteer::is_name_word(q.noconj())))
        };
        if matches!(ty, Label::PER | Label::LOC) && (has(p, HOUSEHOLD) && !named() || food_town()) {
            labels[a..b].fill(0);
        }
    }
}

/// The surname of a person of the lists that the tagger's training text never had (`ترامب`, `لافروف`,
/// `ماكرون`: the model learnt from news of 2003), alone where the model saw nothing and beside no name it
/// found, is that person, behind a clitic too (`وترامب`, `لماكرون`). Not a definite word, a nisba, an
/// ordinal or a given name (`السوداني`, `الثاني`, `عباس`: alone, they may be anything or anyone; the
/// `SURNAME` fact).
fn listed_surnames(prepared: &[Prepared], labels: &mut [usize], vocab: &dyn Vocab) {
    for i in 0..labels.len() {
        if labels[i] != 0 || labels.get(i + 1).is_some_and(|&k| is_inside(k)) || (i > 0 && labels[i - 1] != 0) {
            continue;
        }
        let p = &prepared[i];
        if !has(p, SURNAME) || p.tanween || [p.w.as_str(), p.noconj(), p.stem()].iter().any(|x| vocab.knows(x)) {
            continue;
        }
        labels[i] = b_of(Label::PER);
    }
}

/// A word written with a tanween (`ميلًا` "an inclination", `حالياً` "now", `وزيراً` "a minister") is an
/// indefinite noun or an adverb, and names nothing: a person, place or organisation of that word alone
/// is none, and one that starts or ends with it starts or ends beside it. (ANERcorp has 523 such words,
/// 521 outside names; the Wojood sample's 104 are all outside people, places and organisations.) A
/// given name in the accusative keeps its tanween and stays (`محمداً`).
fn indefinite_words(prepared: &[Prepared], labels: &mut [usize]) {
    if !prepared.iter().any(|p| p.tanween) {
        return;
    }
    // (A given name in the accusative is the name with `اً`, unless the word with its alef is a place:
    // `تركياً` is "Turkish", not Turki, `تركيا` being Turkey.)
    let indefinite = |p: &Prepared| {
        p.tanween && {
            let w = p.noconj();
            let bare = w.strip_suffix('ا').unwrap_or(w);
            !(gazetteer::is_first_name(bare) || gazetteer::is_known_name(bare)) || gazetteer::is_place(w)
        }
    };
    for (a, b, ty) in chunks(labels) {
        if ty == Label::MISC {
            continue;
        }
        let (mut a, mut b) = (a, b);
        while a < b && indefinite(&prepared[b - 1]) {
            b -= 1;
            labels[b] = 0;
        }
        while a < b && indefinite(&prepared[a]) {
            labels[a] = 0;
            a += 1;
            if a < b {
                labels[a] = b_of(ty);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::features::{prepare, NoVocab};

    /// A rule applied to a sentence's tokens and the model's labels: the labels after it.
    fn applied(tokens: &[&str], labels: &[usize], rule: impl Fn(&[Prepared], &mut [usize])) -> Vec<usize> {
        let p = prepare(tokens);
        let mut l = labels.to_vec();
        rule(&p, &mut l);
        l
    }

    /// [`span_edges`] on a sentence, with no common words.
    fn span_edged(tokens: &[&str], labels: &[usize]) -> Vec<usize> {
        applied(tokens, labels, |p, l| span_edges(p, l, &NoVocab))
    }

    /// A vocabulary whose common words (matching form) are the given ones, and that knows no others.
    struct Common(&'static [&'static str]);

    impl Vocab for Common {
        fn is_frequent(&self, w: &str) -> bool {
            self.0.contains(&w)
        }
        fn knows(&self, w: &str) -> bool {
            self.is_frequent(w)
        }
    }

    fn chained(tokens: &[&str], labels: &[usize]) -> Vec<usize> {
        applied(tokens, labels, name_chains)
    }

    #[test]
    fn a_word_after_a_town_or_district_is_its_name() {
        let (l, o) = (b_of(Label::LOC), 0);
        let vocab = Common(&["الملاهي", "الصناعيه", "الكبيره", "صغيره"]);
        let rule = |p: &[Prepared], x: &mut [usize]| places_after_units(p, x, &vocab);
        for (tokens, at) in [
            (&["اقتحمت", "القوات", "مخيم", "الامعري", "فجر", "اليوم"][..], 3),
            (&["وقعت", "اشتباكات", "في", "حي", "الشجاعية", "شرق", "غزة"], 4),
            (&["انتقل", "الى", "بلدة", "خزاعة", "مع", "عائلته"], 3),
            (&["نزحت", "العائلات", "من", "بحي", "المفرق", "ليلاً"], 4),
            (&["أعلنت", "سلطات", "ولاية", "غوجارات", "الهندية", "حالة", "الطوارئ"], 3),
            (&["شو", "صار", "بحارة", "الكبابجي", "مبارح"], 3),
            (&["زار", "محافظة", "فوجيان", "الصينية"], 2),
        ] {
            let mut want = vec![o; tokens.len()];
            want[at] = l;
            assert_eq!(applied(tokens, &vec![o; tokens.len()], rule), want, "help: {tokens:?}");
        }
        // Left alone: a common word (`مدينة الملاهي`), an agreeing nisba (`مدينة سياحية`), a word with a
        // pronoun (`مساحتها`), a tanween, a region word (`منطقة`, which takes adjectives and verbs), a unit
        // already part of a name the model found.
        for (tokens, model) in [
            (&["افتتحت", "مدينة", "الملاهي", "الجديدة"][..], &[o, o, o, o][..]),
            (&["أصبحت", "مدينة", "سياحية", "كبيرة"], &[o, o, o, o]),
            (&["تبلغ", "مساحة", "قرية", "مساحتها", "كيلومتر"], &[o, o, o, o, o]),
            (&["بنوا", "قرية", "صغيرةً", "هناك"], &[o, o, o, o]),
            (&["أقاموا", "منطقة", "عازلة", "على", "الحدود"], &[o, o, o, o, o]),
            (&["بلدية", "مخيم", "جباليا", "تعلن"], &[b_of(Label::ORG), b_of(Label::ORG) + 1, b_of(Label::ORG) + 1, o]),
        ] {
            assert_eq!(applied(tokens, model, rule), model, "help: {tokens:?}");
        }
    }

    #[test]
    fn son_of_chains_go_on_through_unknown_words() {
        let (b, i, o) = (b_of(Label::PER), b_of(Label::PER) + 1, 0);
        let vocab = Common(&["عام", "لعائله", "يوم", "بمدينه"]);
        let rule = |p: &[Prepared], x: &mut [usize]| son_of_chains(p, x, &vocab);
        for (tokens, model, want) in [
            // Forward through two `ولد`, and back through one.
            (
                &["وحمودي", "ولد", "المصطفى", "ولد", "الوالي", "قال"][..],
                &[b, o, o, o, o, o][..],
                &[b, i, i, i, i, o][..],
            ),
            (&["استقبل", "وعلوات", "ولد", "محمد", "سالم", "امس"], &[o, o, o, b, i, o], &[o, b, i, i, i, o]),
            (&["صرح", "الوزير", "سيدي", "ولد", "التاه", "بأن"], &[o, o, b, o, o, o], &[o, o, b, i, i, o]),
            // The model's next person joins.
            (&["ومحمد", "لمين", "ولد", "سلامة"], &[b, i, o, b], &[b, i, i, i]),
        ] {
            assert_eq!(applied(tokens, model, rule), want, "help: {tokens:?}");
        }
        // "Was born": before a year, a preposition, a place, a common word.
        for (tokens, model) in [
            (&["فينسنزو", "ولد", "عام", "1606"][..], &[b, o, o, o][..]),
            (&["غاليليو", "ولد", "في", "بيزا"], &[b, o, o, b_of(Label::LOC)]),
            (&["نجيب", "محفوظ", "ولد", "بالقاهرة"], &[b, i, o, o]),
            (&["كارلوس", "ولد", "لعائلة", "فقيرة"], &[b, o, o, o]),
        ] {
            assert_eq!(applied(tokens, model, rule), model, "help: {tokens:?}");
        }
    }

    #[test]
    fn a_word_joined_between_places_is_a_place() {
        let (l, i, o) = (b_of(Label::LOC), b_of(Label::LOC) + 1, 0);
        let rule = |p: &[Prepared], x: &mut [usize]| coordinated_places(p, x, &Common(&["مدن", "بلدات", "غيرها"]));
        for (tokens, model, want) in [
            // The third and fourth of a list (the model found the first two).
            (
                &["صواريخ", "على", "صفد", "وحيفا", "والناصرة", "ونهاريا", "والجليل"][..],
                &[o, o, l, l, l, o, o][..],
                &[o, o, l, l, l, l, l][..],
            ),
            // Between two places (`طنطا وشبين وبنها`), and after a place of two words.
            (&["زار", "طنطا", "وشبين", "وبنها", "امس"], &[o, l, o, l, o], &[o, l, l, l, o]),
            (&["بين", "الدار", "البيضاء", "ووجدة", "وتطوان"], &[o, l, i, o, l], &[o, l, i, l, l]),
            // A list of Gulf towns in a Levantine line.
            (&["رحنا", "على", "دبي", "والعين", "وخورفكان", "شو", "بدك"], &[o, o, l, l, o, o, o], &[o, o, l, l, l, o, o]),
        ] {
            assert_eq!(applied(tokens, model, rule), want, "help: {tokens:?}");
        }
        // Left alone: one place before and none after; a common word (`ومدن`, `وغيرها`); a word with a
        // tanween; a person after the place; the word already part of a name.
        for (tokens, model) in [
            (&["في", "حمص", "وحماة", "امس"][..], &[o, l, o, o][..]),
            (&["في", "حمص", "وحماة", "ومدن", "اخرى"], &[o, l, l, o, o]),
            (&["في", "حمص", "وحماة", "ودرعا", "وغيرها"], &[o, l, l, l, o]),
            (&["في", "حمص", "وحماة", "ويوماً", "وحلب"], &[o, l, l, o, l]),
            (&["من", "بيروت", "وعمان", "وسمير", "جعجع"], &[o, l, l, o, b_of(Label::PER) + 1]),
            (&["موانئ", "عدن", "والمكلا", "والمنافذ", "البرية"], &[o, l, l, o, o]),
            (&["شوارع", "دمشق", "وحلب", "والمشاريع", "الكبرى"], &[o, l, l, o, o]),
        ] {
            assert_eq!(applied(tokens, model, rule), model, "help: {tokens:?}");
        }
    }

    #[test]
    fn counts_are_no_names() {
        for (tokens, at, label) in [
            (["بأكثر", "من", "مليوني", "طن"], 2, Label::PER),
            (["نحو", "ثلاثة", "ملايين", "لاجئ"], 2, Label::LOC),
            (["دفع", "بألفي", "دولار", "أمس"], 1, Label::ORG),
            (["قرابة", "مئتي", "شخص", "أمس"], 1, Label::PER),
            (["وأنفقت", "ملياري", "ريال", "على"], 1, Label::MISC),
        ] {
            let mut labels = vec![0; 4];
            labels[at] = b_of(label);
            assert_eq!(applied(&tokens, &labels, one_word_non_names), vec![0; 4], "help: {tokens:?}");
        }
        // Nor a typo of a listed name (`مليوني` is `ميلوني` with two letters swapped).
        let p = prepare(&["بأكثر", "من", "مليوني", "طن"]);
        let mut l = vec![0; 4];
        correct(&p, &mut l, &NoVocab);
        assert_eq!(l, vec![0; 4]);
        // A name that begins with the same letters stays.
        assert_eq!(applied(&["قال", "ميلاد", "أمس"], &[0, 1, 0], one_word_non_names), vec![0, 1, 0]);
        assert_eq!(applied(&["وصل", "الفيصل", "أمس"], &[0, 1, 0], one_word_non_names), vec![0, 1, 0]);
    }

    #[test]
    fn adjectives_of_common_nouns_are_no_people() {
        // Issue 13: a definite adjective in `ي` that the model took for a surname after the noun it
        // qualifies (also through another adjective of no country) is none.
        let b = b_of(Label::PER);
        for tokens in [
            ["يبدأ", "الموسم", "الكروي", "غدا"],
            ["يستعمل", "التنويم", "المغناطيسي", "للعلاج"],
            ["التقويم", "الشمسي", "الميلادي", "يبدأ"],
            ["ارتفع", "المؤشر", "العقاري", "أمس"],
        ] {
            let mut labels = vec![0; 4];
            labels[2] = b;
            assert_eq!(applied(&tokens, &labels, one_word_non_names), vec![0; 4], "help: {tokens:?}");
        }
        // After a title, a role, a rank or a country's adjective, or a listed name: the person stays.
        for tokens in [["وأكد", "الرئيس", "الحريري", "أن"], ["وقال", "المدرب", "الزياني", "إن"], ["وقال", "العقيد", "القذافي", "إن"], ["الزعيم", "الليبي", "القذافي", "قال"]] {
            let labels = [0, 0, b, 0];
            assert_eq!(applied(&tokens, &labels, one_word_non_names), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn a_definite_head_before_bare_names_is_no_organisation() {
        // The model took the head that refers back (`للمنظمة`, `للوكالة`, `بالشركة`, `والمنظمة`) and the
        // person after it as one organisation: the head names nothing, the bare words are the person.
        let (o, b, i) = (b_of(Label::ORG), b_of(Label::PER), b_of(Label::PER) + 1);
        for tokens in [
            ["المدير", "العام", "للمنظمة", "تيدروس", "أدهانوم", "غيبريسوس", "ليؤكد"],
            ["وقال", "مدير", "للوكالة", "رافائيل", "ماريانو", "غروسي", "إن"],
            ["رئيس", "مجلس", "بالشركة", "أمين", "حسن", "ناصر", "قال"],
            ["الأمين", "العام", "والمنظمة", "أنطونيو", "مانويل", "غوتيريش", "يرى"],
        ] {
            assert_eq!(applied(&tokens, &[0, 0, o, o + 1, o + 1, o + 1, 0], one_word_non_names), vec![0, 0, 0, b, i, i, 0], "help: {tokens:?}");
        }
        // Left alone: a definite name after the head (`الشركة السعودية للكهرباء`), a purpose with لل, a
        // listed place, a function word, and two words only.
        for tokens in [
            ["أعلنت", "الشركة", "السعودية", "للكهرباء", "الموحدة", "أمس"],
            ["أعلنت", "المنظمة", "الدولية", "للهجرة", "عن", "أمس"],
            ["أعلنت", "الشركة", "دبي", "كابيتال", "عن", "أمس"],
            ["قالت", "الحركة", "في", "بيان", "لها", "أمس"],
        ] {
            let labels = [0, o, o + 1, o + 1, 0, 0];
            assert_eq!(applied(&tokens, &labels, one_word_non_names), labels.to_vec(), "help: {tokens:?}");
        }
        assert_eq!(applied(&["قالت", "المنظمة", "تيدروس", "إن"], &[0, o, o + 1, 0], one_word_non_names), vec![0, o, o + 1, 0]);
    }

    #[test]
    fn name_chains_hold_together() {
        // `محمد بن` + `راشد آل` + `مكتوم`: one person; the title before it stays out.
        assert_eq!(
            chained(&["الشيخ", "محمد", "بن", "راشد", "آل", "مكتوم", "قال"], &[0, 1, 2, 1, 2, 0, 0]),
            vec![0, 1, 2, 2, 2, 2, 0]
        );
        // A link word before punctuation or a number takes nothing.
        assert_eq!(chained(&["حسن", "بن", "،", "قال"], &[1, 2, 0, 0]), vec![1, 2, 0, 0]);
        // `ولد` + a name goes on (the model's next person joins, or a listed given name), several
        // times; `ولد` before a preposition or a year is "was born".
        assert_eq!(chained(&["محمد", "لمين", "ولد", "سلامة", "ولد", "النفاع", "قال"], &[1, 2, 0, 1, 0, 1, 0]), vec![1, 2, 2, 2, 2, 2, 0]);
        assert_eq!(chained(&["والمصطفى", "ولد", "محمد", "الحبيب"], &[1, 0, 0, 0]), vec![1, 2, 2, 0]);
        assert_eq!(chained(&["جاليليو", "ولد", "في", "بيزا"], &[1, 2, 0, 3]), vec![1, 0, 0, 3]);
        assert_eq!(chained(&["فينسنزو", "ولد", "عام", "1606"], &[1, 2, 0, 0]), vec![1, 0, 0, 0]);
    }

    #[test]
    fn a_known_name_after_wa_inside_a_person_starts_the_next() {
        // A vocabulary that knows `كوفي`, `فتحي`, `ميسي`, `نتنياهو` and `السلام` (frequent), and `وقاص`
        // with its و.
        struct Known;
        impl Vocab for Known {
            fn is_frequent(&self, w: &str) -> bool {
                w == "السلام"
            }
            fn knows(&self, w: &str) -> bool {
                one_of!(w, ["كوفي", "فتحي", "ميسي", "نتنياهو", "السلام", "وقاص"])
            }
        }
        let split = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, |p, l| conjoined_known_people(p, l, &Known));
        assert_eq!(split(&["محمود", "عباس", "وكوفي", "أنان", "في"], &[1, 2, 2, 2, 0]), vec![1, 2, 1, 2, 0]);
        assert_eq!(split(&["قال", "ليونيل", "ميسي", "وفتحي", "سرور", "إن"], &[0, 1, 2, 2, 2, 0]), vec![0, 1, 2, 1, 2, 0]);
        // One word after و: a listed name only (`نتنياهو` is; `ميسي` is not).
        assert_eq!(split(&["محمود", "عباس", "ونتنياهو"], &[1, 2, 2]), vec![1, 2, 1]);
        assert_eq!(split(&["كريستيانو", "رونالدو", "وميسي"], &[1, 2, 2]), vec![1, 2, 2]);
        for (tokens, labels) in [
            // Names whose و is their own: known whole (`وقاص`), or a given name (`وليد`).
            (&["سعد", "بن", "أبي", "وقاص"][..], &[1, 2, 2, 2][..]),
            (&["حازم", "إمام", "وليد", "عبداللطيف"][..], &[1, 2, 2, 2][..]),
            // A word the vocabulary does not know, or a common one, after و.
            (&["أوبرا", "وينفري"][..], &[1, 2][..]),
            (&["محمد", "علي", "والسلام"][..], &[1, 2, 2][..]),
        ] {
            assert_eq!(split(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn a_preposition_with_a_common_word_ends_a_person() {
        // A vocabulary whose common words are `مجهود`, `لسان`, `يد`, `زمام`, `ارتفاع`, `الامور`, `شكل`,
        // `اسم` (the rest of the given name `باسم`) and, by its `ل` + `ال`, `الشرطه` (`للشرطة`).
        let common = Common(&["مجهود", "لسان", "يد", "زمام", "ارتفاع", "الامور", "شكل", "اسم", "الشرطه"]);
        let (per, org) = (b_of(Label::PER), b_of(Label::ORG));
        let cut = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, |p, l| span_edges(p, l, &common));
        // The span ends before the preposition, wherever it is in the span and whatever follows it.
        let p = [per, per + 1];
        assert_eq!(cut(&["وليام", "غالاس", "بمجهود", "فردي"], &[p[0], p[1], p[1], p[1]]), vec![p[0], p[1], 0, 0]);
        assert_eq!(cut(&["عبدالسلام", "جمعة", "بلسان"], &[p[0], p[1], p[1]]), vec![p[0], p[1], 0]);
        assert_eq!(cut(&["إيكر", "كاسياس", "بيد", "أن"], &[p[0], p[1], p[1], 0]), vec![p[0], p[1], 0, 0]);
        assert_eq!(cut(&["فارس", "لارتفاع", "الأسعار"], &[p[0], p[1], p[1]]), vec![p[0], 0, 0]);
        assert_eq!(cut(&["سامي", "الجابر", "بزمام", "الأمور"], &[p[0], p[1], p[1], p[1]]), vec![p[0], p[1], 0, 0]);
        for (tokens, labels) in [
            // Names that start with the letter: names of the lists, whose rest is no common word.
            (&["بشير", "بكر"][..], &[p[0], p[1]][..]),
            (&["لطفي", "لبيد", "بدران"][..], &[p[0], p[1], p[1]][..]),
            (&["محمد", "باسم", "يوسف"][..], &[p[0], p[1], p[1]][..]),
            // `بن` links the parts of a name.
            (&["أسامة", "بن", "لادن"][..], &[p[0], p[1], p[1]][..]),
            // A rest no vocabulary has (`بشكلها` is a whole word the rule does not take apart).
            (&["نبيل", "بشكلها"][..], &[p[0], p[1]][..]),
            // Organisations go on through their purpose phrase.
            (&["الاتحاد", "الدولي", "للشرطة"][..], &[org, org + 1, org + 1][..]),
        ] {
            assert_eq!(cut(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn a_common_word_does_not_open_a_person() {
        // Common words of the vocabulary: verbs and nouns said before names (`عين` "appointed",
        // `خاض` "fought", `الصاعد` "the rising", `المخضرم` "the veteran"), the given name `كامل`
        // ("complete"), and `علي`, the matching form of `على` ("on").
        let common = Common(&["عين", "وعين", "الصاعد", "وخاض", "المخضرم", "وعلي", "علي", "كامل", "ادرك"]);
        let per = b_of(Label::PER);
        let run = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, |p, l| span_edges(p, l, &common));
        for (tokens, labels, expected) in [
            (&["وعين", "سمير", "فرنجية", "سفيرا"][..], &[per, per + 1, per + 1, 0][..], &[0, per, per + 1, 0][..]),
            (&["سجل", "المخضرم", "صالح", "زكريا"][..], &[0, per, per + 1, per + 1][..], &[0, 0, per, per + 1][..]),
            (&["وقال", "الصاعد", "عبد", "العاطي", "إيكيدر"][..], &[0, per, per + 1, per + 1, per + 1][..], &[0, 0, per, per + 1, per + 1][..]),
            (&["وخاض", "إيمرسون", "مباراته"][..], &[per, per + 1, 0][..], &[0, per, 0][..]),
            // A rare conjoined form whose rest is common (`فأدرك` "and realised": `أدرك`).
            (&["فادرك", "عيسى", "الكوهجي"][..], &[per, per + 1, per + 1][..], &[0, per, per + 1][..]),
        ] {
            assert_eq!(run(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // Given names that are also common words stay: listed ones (`علي`) behind a conjunction too,
            // and bare words whatever the lists say (`كامل`, `عين`).
            (&["وعلي", "الحجار", "يغني"][..], &[per, per + 1, 0][..]),
            (&["كامل", "إدريس"][..], &[per, per + 1][..]),
            (&["عين", "سمير", "فرنجية"][..], &[per, per + 1, per + 1][..]),
            // A name of one word is left to the model.
            (&["عين", "قال"][..], &[per, 0][..]),
        ] {
            assert_eq!(run(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn surnames_of_listed_people_the_model_never_saw_are_people() {
        // The model knows `ثاني` ("second") and `السلام`; the lists have `دونالد ترامب`,
        // `سيرغي لافروف`, `تميم بن حمد آل ثاني`, `محمد شياع السوداني`, `محمود عباس`.
        struct Knows;
        impl Vocab for Knows {
            fn is_frequent(&self, w: &str) -> bool {
                w == "السلام"
            }
            fn knows(&self, w: &str) -> bool {
                matches!(w, "ثاني" | "السلام")
            }
        }
        let (per, loc) = (b_of(Label::PER), b_of(Label::LOC));
        let run = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, |p, l| listed_surnames(p, l, &Knows));
        for (tokens, labels, expected) in [
            (&["ويبدو", "أن", "ترامب", "يميل"][..], &[0, 0, 0, 0][..], &[0, 0, per, 0][..]),
            (&["والتقى", "الوزير", "بلافروف", "في", "موسكو"][..], &[0, 0, 0, 0, loc][..], &[0, 0, per, 0, loc][..]),
        ] {
            assert_eq!(run(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // A surname the model knows as a word, a definite one, a given name: left to the model.
            (&["ليكون", "ثاني", "مركز"][..], &[0, 0, 0][..]),
            (&["السوداني", "قال"][..], &[0, 0][..]),
            (&["عباس", "قال"][..], &[0, 0][..]),
            // Beside a name the model found: the model's edges stand.
            (&["دونالد", "ترامب"][..], &[per, 0][..]),
        ] {
            assert_eq!(run(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn words_with_a_tanween_name_nothing() {
        let (per, loc, org, misc) = (b_of(Label::PER), b_of(Label::LOC), b_of(Label::ORG), b_of(Label::MISC));
        let run = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, indefinite_words);
        for (tokens, labels, expected) in [
            // Alone: an indefinite noun, an adjective, an adverb, with any of the three tanweens.
            (&["أكثر", "ميلًا", "نحو"][..], &[0, per, 0][..], &[0, 0, 0][..]),
            (&["وفداً", "روسياً", "رفيعاً"][..], &[0, loc, 0][..], &[0, 0, 0][..]),
            (&["وفدًا", "تركيًا"][..], &[0, loc][..], &[0, 0][..]),
            (&["قرارٌ", "حكوميٌ"][..], &[org, org + 1][..], &[0, 0][..]),
            (&["في", "بلدٍ", "آخر"][..], &[0, loc, 0][..], &[0, 0, 0][..]),
            // At an edge: the name ends or starts beside it.
            (&["بوتين", "رئيساً", "لروسيا"][..], &[per, per + 1, loc][..], &[per, 0, loc][..]),
            (&["مبعوثاً", "أمريكياً", "ويتكوف"][..], &[per, per + 1, per + 1][..], &[0, 0, per][..]),
        ] {
            assert_eq!(run(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // A given name in the accusative (`محمداً`), words without a tanween, and works (MISC) stay.
            (&["عين", "محمداً", "وزيرا"][..], &[0, per, 0][..]),
            (&["ميلا", "نحو"][..], &[per, 0][..]),
            (&["رواية", "«", "عائداً", "إلى", "حيفا", "»"][..], &[0, 0, misc, misc + 1, misc + 1, 0][..]),
        ] {
            assert_eq!(run(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn a_national_and_the_name_after_him_are_a_person() {
        // Common words of the vocabulary: nouns and verbs that follow a country's adjective.
        let common = Common(&["اجراء", "مناظره", "لقب", "مده", "موقف", "قوات", "بطوله", "هدف"]);
        let (per, loc) = (b_of(Label::PER), b_of(Label::LOC));
        let run = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, |p, l| nationals(p, l, &common));
        for (tokens, labels, expected) in [
            // After a role, a verb, a noun with a pronoun or punctuation: two rare words are the person.
            (&["وفاز", "العداء", "الكيني", "جوزيف", "كيبروتيتش", "بالسباق"][..], &[0, 0, 0, 0, 0, 0][..], &[0, 0, 0, per, per + 1, 0][..]),
            (&["واجه", "منافسه", "البولندي", "ماريوش", "كوفالسكي", "أمس"][..], &[0, 0, 0, 0, 0, 0][..], &[0, 0, 0, per, per + 1, 0][..]),
            (&["للمدافعة", "السويدية", "ماتيلد", "سيمبرغ", "."][..], &[0, 0, 0, 0, 0][..], &[0, 0, per, per + 1, 0][..]),
            (&["،", "الروائية", "الجزائرية", "أحلام", "مستغانمي"][..], &[0, 0, 0, 0, 0][..], &[0, 0, 0, per, per + 1][..]),
            // A given name found alone takes the rare word after it.
            (&["وكان", "الصربي", "نوفاك", "ديوكوفيتش", "قد"][..], &[0, 0, per, 0, 0][..], &[0, 0, per, per + 1, 0][..]),
            // A name read as places, none of its words a listed place.
            (&["سدد", "الغاني", "كوامي", "أسامواه"][..], &[0, 0, loc, loc], &[0, 0, per, per + 1][..]),
            // A country's adjective of a noun (`الجيش`), a title the model handles, and common words,
            // verbs, `على` ("on") after it: no person.
            (&["الجيش", "التركي", "كوفالسكي", "ديوكوفيتش"][..], &[0, 0, 0, 0][..], &[0, 0, 0, 0][..]),
            (&["واقترح", "الرئيس", "الإيراني", "إجراء", "مناظرة"][..], &[0, 0, 0, 0, 0][..], &[0, 0, 0, 0, 0][..]),
            (&["وحث", "الرئيس", "العراقي", "على", "موقف"][..], &[0, 0, 0, 0, 0][..], &[0, 0, 0, 0, 0][..]),
            (&["فريقه", "الإسباني", "مدة", "تزيد", "عن"][..], &[0, 0, 0, 0, 0][..], &[0, 0, 0, 0, 0][..]),
            (&["وأحرز", "النجم", "الأميركي", "لقب", "البطولة"][..], &[0, 0, 0, 0, 0][..], &[0, 0, 0, 0, 0][..]),
            // A word that folds like a short adjective (`المدى`, "the range", like that of `المدية`).
            (&["تطبيق", "المدى", "كوامي", "أسامواه"][..], &[0, 0, 0, 0][..], &[0, 0, 0, 0][..]),
            // A listed place stays a place.
            (&["والبرازيلي", "كارلوس", "كوريا"][..], &[0, per, loc][..], &[0, per, loc][..]),
            (&["اللاعب", "المغربي", "باريس", "سان"][..], &[0, 0, loc, loc + 1][..], &[0, 0, loc, loc + 1][..]),
        ] {
            assert_eq!(run(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn clubs_in_a_list_of_fixtures_are_organisations() {
        let (loc, org) = (b_of(Label::LOC), b_of(Label::ORG));
        let run = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, fixture_clubs);
        for (tokens, labels, expected) in [
            // Two clubs with their countries (one taken for a club too), a score after them.
            (
                &["مرسيليا", "(", "فرنسا", ")", "-", "بورتو", "(", "البرتغال", ")", "2", "-", "1"][..],
                &[loc, 0, org, 0, 0, loc, 0, loc, 0, 0, 0, 0][..],
                &[org, 0, loc, 0, 0, org, 0, loc, 0, 0, 0, 0][..],
            ),
            // A club's name the model cut in two is one.
            (
                &["دينامو", "كييف", "(", "أوكرانيا", ")", "-", "ميلان", "(", "إيطاليا", ")"][..],
                &[org, loc, 0, loc, 0, 0, loc, 0, loc, 0][..],
                &[org, org + 1, 0, loc, 0, 0, org, 0, loc, 0][..],
            ),
            // One city with its country is a city; a dateline's agency is no country.
            (
                &["ولد", "في", "ساو", "باولو", "(", "البرازيل", ")", "عام", "1980"][..],
                &[0, 0, loc, loc + 1, 0, loc, 0, 0, 0][..],
                &[0, 0, loc, loc + 1, 0, loc, 0, 0, 0][..],
            ),
            (
                &["القاهرة", "(", "رويترز", ")", "-", "غزة", "(", "الأناضول", ")"][..],
                &[loc, 0, org, 0, 0, loc, 0, org, 0][..],
                &[loc, 0, org, 0, 0, loc, 0, org, 0][..],
            ),
        ] {
            assert_eq!(run(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn honorifics_ranks_and_callings_leave_person_spans() {
        for (tokens, labels, expected) in [
            (&["ومعالي", "عباس", "الفاسي", "قال"][..], &[1, 2, 2, 0][..], &[0, 1, 2, 0][..]),
            (&["استقبل", "سماحة", "الشيخ", "حسن", "نصر", "الله"][..], &[0, 1, 2, 2, 2, 2][..], &[0, 0, 0, 1, 2, 2][..]),
            (&["النقيب", "فرانك", "باسكوال"][..], &[1, 2, 2][..], &[0, 1, 2][..]),
            (&["وقال", "الكابتن", "أنطونيو", "حبيب"][..], &[0, 1, 2, 2][..], &[0, 0, 1, 2][..]),
            (&["القس", "سعد", "سيروب"][..], &[1, 2, 2][..], &[0, 1, 2][..]),
            // The Levant's army rank (`العماد`, general).
            (&["اللبناني", "العماد", "جوزيف", "عون", "إن"][..], &[0, 1, 2, 2, 0][..], &[0, 0, 1, 2, 0][..]),
            (&["والعماد", "ميشال", "سليمان"][..], &[1, 2, 2][..], &[0, 1, 2][..]),
            (&["الفنانة", "يسرا", "وعادل", "إمام"][..], &[1, 2, 2, 2][..], &[0, 1, 1, 2][..]),
        ] {
            assert_eq!(chained(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        // A person of one word keeps it (the rule takes a word off two or more).
        assert_eq!(chained(&["قال", "النقيب"], &[0, 1]), vec![0, 1]);
    }

    #[test]
    fn kinds_of_place_leave_place_spans() {
        let loc = b_of(Label::LOC);
        for (tokens, labels, expected) in [
            (&["عبر", "نهر", "الفرات"][..], &[0, loc, loc + 1][..], &[0, 0, loc][..]),
            (&["وصل", "إلى", "مطار", "هيثرو", "الدولي"][..], &[0, 0, loc, loc + 1, loc + 1][..], &[0, 0, 0, loc, loc + 1][..]),
            (&["في", "بمنطقة", "الساحل"][..], &[0, loc, loc + 1][..], &[0, 0, loc][..]),
            (&["وشارع", "الحمرا"][..], &[loc, loc + 1][..], &[0, loc][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        // A dual of a kind names none; floods are no Seoul.
        let lone = |tokens: &[&str], labels: &[usize]| applied(tokens, labels, lone_kinds_of_place);
        for (tokens, labels, expected) in [
            (&["من", "نهري", "دجلة", "والفرات"][..], &[0, loc, loc, loc][..], &[0, 0, loc, loc][..]),
            (&["بين", "مدينتي", "حلب", "وإدلب"][..], &[0, loc, loc, loc][..], &[0, 0, loc, loc][..]),
            (&["ومحافظتي", "ذمار", "وإب"][..], &[loc, loc, loc][..], &[0, loc, loc][..]),
            (&["وكانت", "سيول", "مفاجئة", "قد", "اجتاحت"][..], &[0, loc, 0, 0, 0][..], &[0, 0, 0, 0, 0][..]),
            (&["جرفت", "السيول", "عشرات", "المنازل"][..], &[0, loc, 0, 0][..], &[0, 0, 0, 0][..]),
            (&["بسبب", "سيول", "الأمطار"][..], &[0, loc, 0][..], &[0, 0, 0][..]),
            (&["ضربت", "وسيول", "عارمة", "المدينة"][..], &[0, loc, 0, 0][..], &[0, 0, 0, 0][..]),
        ] {
            assert_eq!(lone(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        // Seoul: a visit, a capital, a pair of capitals.
        for (tokens, labels) in [
            (&["وصل", "الوفد", "إلى", "سيول", "أمس"][..], &[0, 0, 0, loc, 0][..]),
            (&["العاصمة", "الكورية", "سيول"][..], &[0, 0, loc][..]),
            (&["بين", "سيول", "وبيونغ", "يانغ"][..], &[0, loc, loc, loc + 1][..]),
            (&["في", "سيول", "الثلاثاء"][..], &[0, loc, 0][..]),
        ] {
            assert_eq!(lone(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // The kinds Wojood takes into the name, and a kind alone.
            (&["مدينة", "نابلس"][..], &[loc, loc + 1][..]),
            (&["مخيم", "جنين"][..], &[loc, loc + 1][..]),
            (&["في", "المنطقة"][..], &[0, loc][..]),
            // A name of the lists that starts with a kind word.
            (&["نهر", "النيل"][..], &[loc, loc + 1][..]),
            (&["في", "حي", "خلدا"][..], &[0, loc, loc + 1][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn names_go_on_through_bint_and_european_particles() {
        for (tokens, labels, expected) in [
            (&["فاطمة", "بنت", "أسد", "قالت"][..], &[1, 0, 0, 0][..], &[1, 2, 2, 0][..]),
            (&["وقال", "خالد", "بن", "الوليد"][..], &[0, 1, 0, 0][..], &[0, 1, 2, 2][..]),
            (&["جان", "مارك", "دو", "لا", "سابليير"][..], &[1, 2, 2, 0, 0][..], &[1, 2, 2, 2, 2][..]),
            (&["ليوناردو", "دا", "فينشي"][..], &[1, 2, 0][..], &[1, 2, 2][..]),
            (&["لودفيغ", "فان", "بيتهوفن"][..], &[1, 2, 0][..], &[1, 2, 2][..]),
        ] {
            assert_eq!(chained(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // `ابن` in prose is "son"; a function word after the link or the particle ends the name.
            (&["زيان", "ابن", "أخيه"][..], &[1, 0, 0][..]),
            (&["وصل", "محمد", "بن", "في"][..], &[0, 1, 0, 0][..]),
            (&["ماريا", "دي", "في", "روما"][..], &[1, 2, 0, 0][..]),
        ] {
            assert_eq!(chained(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn words_that_open_place_names_belong_to_them() {
        let (loc, per) = (b_of(Label::LOC), b_of(Label::PER));
        for (tokens, labels, expected) in [
            (&["ولاية", "نيو", "جيرسي"][..], &[0, 0, loc][..], &[0, loc, loc + 1][..]),
            (&["نيو", "جيرسي"][..], &[loc, loc][..], &[loc, loc + 1][..]),
            (&["في", "سان", "فرانسيسكو", "أمس"][..], &[0, 0, loc, 0][..], &[0, loc, loc + 1, 0][..]),
            (&["مدينة", "وسيدي", "بوزيد"][..], &[0, 0, loc][..], &[0, loc, loc + 1][..]),
            (&["مباني", "نيو", "أورليانز"][..], &[0, per, per + 1][..], &[0, loc, loc + 1][..]),
            (&["فندق", "في", "لاس", "فيغاس"][..], &[0, 0, per, per + 1][..], &[0, 0, loc, loc + 1][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // `سان` opens people's names too (`أونغ سان سو تشي`): only a place after it takes it.
            (&["أونغ", "سان", "سو", "تشي"][..], &[per, per + 1, per + 1, per + 1][..]),
            (&["سان", "سو", "تشي"][..], &[per, per + 1, per + 1][..]),
            // No place after it.
            (&["قال", "نيو", "إن"][..], &[0, 0, 0][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn championships_take_their_sport_and_currencies_their_country() {
        let m = b_of(Label::MISC);
        for (tokens, labels, expected) in [
            (&["بطولة", "كأس", "العالم", "لكرة", "القدم"][..], &[m, m + 1, m + 1, 0, 0][..], &[m, m + 1, m + 1, m + 1, m + 1][..]),
            (&["بطولة", "العالم", "لكرة", "السلة", "في"][..], &[m, m + 1, m + 1, 0, 0][..], &[m, m + 1, m + 1, m + 1, 0][..]),
            (&["كأس", "آسيا", "لكرة", "اليد"][..], &[m, m + 1, 0, 0][..], &[m, m + 1, m + 1, m + 1][..]),
            (&["ارتفع", "الدولار", "الأمريكي"][..], &[0, m, 0][..], &[0, m, m + 1][..]),
            (&["والجنيه", "المصري"][..], &[m, 0][..], &[m, m + 1][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), expected.to_vec(), "help: {tokens:?}");
        }
        for (tokens, labels) in [
            // `لكرة` before no game, and a currency before no country's adjective.
            (&["كأس", "العالم", "لكرة", "جديدة"][..], &[m, m + 1, 0, 0][..]),
            (&["الدولار", "القوي"][..], &[m, 0][..]),
        ] {
            assert_eq!(span_edged(tokens, labels), labels.to_vec(), "help: {tokens:?}");
        }
    }

    #[test]
    fn nisba_and_titles_leave_person_spans() {
        assert_eq!(chained(&["الدولي", "العاجي", "كولو", "توريه"], &[0, 1, 2, 2]), vec![0, 0, 1, 2]);
        assert_eq!(chained(&["الرئيس", "بوتين", "قال"], &[1, 2, 0]), vec![0, 1, 0]);
        // A one-word span is left alone (it may be a family name: `الحريري`).
        assert_eq!(chained(&["قال", "الحريري"], &[0, 1]), vec![0, 1]);
    }

    #[test]
    fn conjunction_and_given_name_start_the_next_person() {
        assert_eq!(
            chained(&["وغادة", "عادل", "وياسمين", "عبد", "العزيز"], &[1, 2, 2, 2, 2]),
            vec![1, 2, 1, 2, 2]
        );
        // `وليد` is a given name itself, not `و` + `ليد`.
        assert_eq!(chained(&["عادل", "وليد"], &[1, 2]), vec![1, 2]);
    }

    #[test]
    fn club_words_take_their_town() {
        let clubs = |toks: &[&str], labels: &[usize]| applied(toks, labels, |p, l| club_words(p, l, &NoVocab));
        // The model's two places are one club.
        assert_eq!(clubs(&["وأولمبيك", "خريبكة", "فاز"], &[3, 3, 0]), vec![5, 6, 0]);
        assert_eq!(clubs(&["أمام", "المولودية", "الوجدية"], &[0; 3]), vec![0, 5, 6]);
        // A region's adjective, a function word after the club word, or a longer name around it: no club.
        assert_eq!(clubs(&["الرجاء", "العربي"], &[0; 2]), vec![0; 2]);
        assert_eq!(clubs(&["أولمبيك", "في"], &[0; 2]), vec![0; 2]);
        assert_eq!(clubs(&["رأس", "الرجاء", "الصالح"], &[7, 8, 8]), vec![7, 8, 8]);
    }

    #[test]
    fn outlet_names_follow_their_head() {
        let outlets = |toks: &[&str], labels: &[usize]| applied(toks, labels, |p, l| outlet_names(p, l, &NoVocab));
        // Unknown words after the head, up to an adjective; the model's organisation after them joins.
        assert_eq!(outlets(&["لشركة", "بترونت", "الهندية"], &[0, 0, 0]), vec![0, 5, 0]);
        assert_eq!(outlets(&["وقالت", "شركة", "اميركان", "ايرلاينز", "انها"], &[0, 0, 0, 5, 0]), vec![0, 0, 5, 6, 0]);
        // The model's person there is the outlet.
        assert_eq!(outlets(&["لقناة", "فوكس", "الاحد"], &[0, 1, 0]), vec![0, 5, 0]);
        // An adjective, a purpose phrase or a function word names nothing.
        assert_eq!(outlets(&["شركة", "صينية", "كبرى"], &[0; 3]), vec![0; 3]);
        for adjective in ["ناشئة", "قابضة", "تابعة", "مساهمة", "محدودة", "عريقة", "مستقلة"] {
            for head in ["شركة", "لشركة", "صحيفة", "قناة"] {
                assert_eq!(outlets(&[head, adjective, "أردنية"], &[0; 3]), vec![0; 3], "help: {head} {adjective}");
            }
        }
        // A name in ه of no adjective's pattern is one (`نستله`, `مشكاة`).
        assert_eq!(outlets(&["شركة", "نستله", "السويسرية"], &[0; 3]), vec![0, 5, 0]);
        assert_eq!(outlets(&["مجلة", "مشكاة"], &[0; 2]), vec![0, 5]);
        assert_eq!(outlets(&["شركة", "للإنتاج", "الفني"], &[0; 3]), vec![0; 3]);
        assert_eq!(outlets(&["صحيفة", "في", "لندن"], &[0, 0, 3]), vec![0, 0, 3]);
    }

    #[test]
    fn quoted_names_are_what_their_head_says() {
        let heads = |w: &str| quote_head_type(&prepare(&[w])[0]);
        for (w, ty) in [
            ("صحيفة", Label::ORG),
            ("لصحيفة", Label::ORG),
            ("وبشركة", Label::ORG),
            ("الجامعة", Label::ORG),
            ("روايته", Label::MISC),
            ("كتابها", Label::MISC),
            ("فيلمك", Label::MISC),
            ("المسلسل", Label::MISC),
            ("القصصية", Label::MISC),
            ("استاد", Label::MISC),
            ("زوجته", Label::PER),
            ("الإمبراطورة", Label::PER),
            ("مدينة", Label::LOC),
            ("بمحافظة", Label::LOC),
        ] {
            assert_eq!(heads(w), Some(ty), "help: {w}");
        }
        for w in ["قال", "الوزير", "إن", "بيان", "اسم"] {
            assert_eq!(heads(w), None, "help: {w}");
        }
        // The model's person inside the quotes after a company is the company, whole.
        let toks = ["أعلنت", "شركة", "«", "فالكون", "ديجيتال", "»", "عن"];
        assert_eq!(applied(&toks, &[0, 0, 0, 1, 2, 0, 0], quoted_by_head), vec![0, 0, 0, 5, 6, 0, 0]);
        // An adjective between the head and the quote.
        let toks = ["في", "المسلسل", "الكويتي", "«", "درب", "الزلق", "»"];
        assert_eq!(applied(&toks, &[0; 7], quoted_by_head), vec![0, 0, 0, 0, 7, 8, 0]);
        // Seven words are a quotation, not a name; a name the model ran through a quote is left alone.
        let toks = ["صحيفة", "«", "لن", "نقبل", "بأي", "حل", "لا", "يرضي", "الناس", "»"];
        assert_eq!(applied(&toks, &[0; 10], quoted_by_head), vec![0; 10]);
        let toks = ["مدينة", "«", "تيزنيت", "»"];
        assert_eq!(applied(&toks, &[3, 4, 4, 0], quoted_by_head), vec![3, 4, 4, 0]);
    }

    #[test]
    fn quoted_titles_of_works_are_misc() {
        let toks = ["يقدم", "برنامجا", "جديدا", "بعنوان", "«", "الناس", "وأنا", "»", "على", "قناة"];
        let p = prepare(&toks);
        let mut l = vec![0; toks.len()];
        quoted_titles(&p, &mut l);
        assert_eq!(l, vec![0, 0, 0, 0, 0, 7, 8, 0, 0, 0]);
        // Quotes after an ordinary word are a quotation, not a title.
        let toks = ["وقال", "«", "سنعود", "قريبا", "»"];
        let p = prepare(&toks);
        let mut l = vec![0; toks.len()];
        quoted_titles(&p, &mut l);
        assert_eq!(l, vec![0; 5]);
    }

    #[test]
    fn a_city_with_a_masculine_nisba_is_its_club() {
        let toks = ["فاز", "ليون", "الفرنسي", "على", "ضيفه"];
        let p = prepare(&toks);
        let mut l = vec![0, 3, 0, 0, 0];
        correct(&p, &mut l, &NoVocab);
        assert_eq!(l, vec![0, 5, 0, 0, 0]);
        // The city itself takes the feminine; a region word is no nationality.
        for (toks, l0) in [(["في", "ليون", "الفرنسيه", "امس"], [0, 3, 0, 0]), (["دول", "الخليج", "العربي", "امس"], [0, 3, 0, 0])] {
            let p = prepare(&toks);
            let mut l = l0.to_vec();
            correct(&p, &mut l, &NoVocab);
            assert_eq!(l, l0.to_vec(), "{toks:?}");
        }
    }

    fn edges(toks: &[&str], labels: &[usize]) -> Vec<usize> {
        applied(toks, labels, function_word_edges)
    }

    #[test]
    fn names_do_not_start_or_end_on_function_words() {
        // Written Arabic: a preposition or relative at either edge leaves the span.
        assert_eq!(edges(&["قال", "في", "دمشق", "الذي"], &[0, 3, 4, 4]), vec![0, 0, 3, 0]);
        assert_eq!(edges(&["هذا", "الاتفاق"], &[1, 2]), vec![0, 1]);
        // Levantine, Egyptian and Gulf lines: dialect words are not people.
        assert_eq!(edges(&["شو", "بدك", "تعمل", "هلق", "؟"], &[1, 0, 0, 0, 0]), vec![0; 5]);
        assert_eq!(edges(&["شي", "منيح", "انك", "اجيت", "يا", "خيي"], &[1, 2, 0, 0, 0, 0]), vec![0; 6]);
        assert_eq!(edges(&["هو", "قالك", "كده", "عشان", "مين", "؟"], &[0, 0, 0, 0, 1, 0]), vec![0; 6]);
        assert_eq!(edges(&["شلون", "صار", "وش", "السالفة"], &[0, 0, 1, 0]), vec![0; 4]);
        // The same words in a sentence that is not in dialect are left to the model: they are parts of
        // transliterated names there (`جورج برنارد شو`, `شي جين بينغ`).
        assert_eq!(edges(&["مسرحية", "جورج", "برنارد", "شو", "الشهيرة"], &[0, 1, 2, 2, 0]), vec![0, 1, 2, 2, 0]);
        assert_eq!(edges(&["استقبل", "الرئيس", "شي", "جين", "بينغ"], &[0, 0, 1, 2, 2]), vec![0, 0, 1, 2, 2]);
        // Name parts that look like function words stay (`أم درمان`, `بان كي مون`).
        assert_eq!(edges(&["في", "ام", "درمان"], &[0, 3, 4]), vec![0, 3, 4]);
        assert_eq!(edges(&["وقال", "بان", "كي", "مون"], &[0, 1, 2, 2]), vec![0, 1, 2, 2]);
    }

    fn headed(toks: &[&str], labels: &[usize]) -> Vec<usize> {
        applied(toks, labels, org_heads)
    }

    #[test]
    fn a_head_noun_and_a_name_are_one_organisation() {
        // Municipality, university, hospital + a place the model took for a place.
        assert_eq!(headed(&["قالت", "بلدية", "الخليل", "ان"], &[0, 0, 3, 0]), vec![0, 5, 6, 0]);
        assert_eq!(headed(&["طلاب", "جامعة", "بيرزيت", "امس"], &[0, 0, 3, 0]), vec![0, 5, 6, 0]);
        assert_eq!(headed(&["نقل", "الى", "مستشفي", "رفيديا", "في", "نابلس"], &[0, 0, 0, 3, 0, 3]), vec![0, 0, 5, 6, 0, 3]);
        // With a preposition on the head (`لبلدية`), and a paper whose title the model typed ORG.
        assert_eq!(headed(&["التابعة", "لبلدية", "جنين"], &[0, 0, 3]), vec![0, 5, 6]);
        assert_eq!(headed(&["نشرت", "جريدة", "الايام", "تقريرا"], &[0, 0, 5, 0]), vec![0, 5, 6, 0]);
        // A radio's programme name and a council's kind may come between.
        assert_eq!(headed(&["بثت", "اذاعة", "صوت", "فلسطين"], &[0, 0, 0, 3]), vec![0, 5, 6, 6]);
        assert_eq!(headed(&["رئيس", "مجلس", "قروي", "عقربا"], &[0, 0, 0, 3]), vec![0, 5, 6, 6]);
        // Not: a place word between (`محكمة مدينة كركوك`), a place with a preposition (`مستشفى في نابلس`
        // has none between; `جامعة بغزة` is a university in Gaza), another organisation inside, a person.
        assert_eq!(headed(&["محكمة", "مدينة", "كركوك"], &[0, 0, 3]), vec![0, 0, 3]);
        assert_eq!(headed(&["جامعة", "بغزة"], &[0, 3]), vec![0, 3]);
        assert_eq!(headed(&["لجنة", "الامم", "المتحدة"], &[0, 5, 6]), vec![0, 5, 6]);
        assert_eq!(headed(&["مستشفي", "خليفة", "بن", "زايد"], &[0, 1, 2, 2]), vec![0, 1, 2, 2]);
    }

    #[test]
    fn a_head_before_an_unknown_word_names_an_organisation_unless_counted_or_followed_by_its_verb() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, |p, l| org_heads_before_unknown(p, l, &NoVocab));
        assert_eq!(run(&["نقل", "إلى", "مستشفى", "رفيديا", "أمس"], &[0; 5]), vec![0, 0, 5, 6, 0]);
        assert_eq!(run(&["طلاب", "مدرسة", "عرابة", "الثانوية"], &[0; 4]), vec![0, 5, 6, 0]);
        // Counted: a number before the head (digits, a number word, with `و`).
        assert_eq!(run(&["ألف", "ومئتي", "مدرسة", "عرابة", "أمس"], &[0; 5]), vec![0; 5]);
        assert_eq!(run(&["أكثر", "من", "1200", "مدرسة", "عرابة"], &[0; 5]), vec![0; 5]);
        // A feminine head and its verb in `ت`.
        assert_eq!(run(&["إن", "المدارس", "مدرسة", "فتحت", "أبوابها"], &[0; 5]), vec![0; 5]);
        assert_eq!(run(&["وقالت", "إن", "بلدية", "طالبت", "الحكومة"], &[0; 5]), vec![0; 5]);
        // A preposition on a common word: the head's purpose (`مصرف لمياه الأمطار`, `مركز لإيواء`,
        // `مستشفى للأطفال`, `جامعة بمدينة`); a name with `ل` of its own stays (`مستشفى لندن`).
        let common = Common(&["مياه", "ايواء", "الاطفال", "مدينه"]);
        let run = |toks: &[&str]| applied(toks, &vec![0; toks.len()], |p, l| org_heads_before_unknown(p, l, &common));
        for toks in [
            &["تنظيف", "عبارة", "ومصرف", "لمياه", "الأمطار"][..],
            &["افتتاح", "مركز", "لإيواء", "النازحين"][..],
            &["بناء", "مستشفى", "للأطفال", "في", "غزة"][..],
            &["أول", "جامعة", "بمدينة", "العلا"][..],
        ] {
            assert_eq!(run(toks), vec![0; toks.len()], "help: {toks:?}");
        }
        assert_eq!(run(&["في", "مستشفى", "لندن", "أمس"]), vec![0, 5, 6, 0]);
    }

    fn purposed(toks: &[&str], labels: &[usize]) -> Vec<usize> {
        applied(toks, labels, purpose_orgs)
    }

    #[test]
    fn head_adjectives_and_purpose_are_one_organisation() {
        // Head + adjective(s) + لل-phrase (+ its adjectives), whatever the model made of the parts.
        assert_eq!(purposed(&["اعلنت", "الشركة", "الوطنية", "للبترول", "امس"], &[0, 0, 3, 0, 0]), vec![0, 5, 6, 6, 0]);
        assert_eq!(purposed(&["وقال", "المصرف", "العراقي", "للتجارة"], &[0, 0, 0, 0]), vec![0, 5, 6, 6]);
        assert_eq!(purposed(&["مدير", "الوكالة", "الدولية", "للطاقة", "الذرية", "قال"], &[0, 0, 0, 0, 0, 0]), vec![0, 5, 6, 6, 6, 0]);
        assert_eq!(purposed(&["ان", "الهيئة", "العامة", "للاستعلامات", "نشرت"], &[0, 0, 0, 0, 0]), vec![0, 5, 6, 6, 0]);
        // A bank whose adjective the model took for a club.
        assert_eq!(purposed(&["اقرض", "البنك", "الاهلي", "المصري", "الشركة"], &[0, 0, 5, 0, 0]), vec![0, 5, 6, 6, 0]);
        // A participle after the purpose's noun (`للقوات المسلحة`, `للطرق السيارة`, `للطاقة المتجددة`), and an
        // observatory.
        assert_eq!(purposed(&["نفذت", "الهيئة", "الهندسية", "للقوات", "المسلحة", "الاعمال"], &[0; 6]), vec![0, 5, 6, 6, 6, 0]);
        assert_eq!(purposed(&["الشركة", "الوطنية", "للطرق", "السيارة", "بتهيئة"], &[0; 5]), vec![5, 6, 6, 6, 0]);
        assert_eq!(purposed(&["الوكالة", "الوطنية", "للطاقة", "المتجددة"], &[0; 4]), vec![5, 6, 6, 6]);
        assert_eq!(purposed(&["نشرها", "المرصد", "الوطني", "للفلاحة", "امس"], &[0; 5]), vec![0, 5, 6, 6, 0]);
        // Not: no adjective before لل (`المنظمة للبطولة`), an ordinal (`المجموعة الثانية للتصفيات`), a time
        // word (`الاتحاد الأوروبي للفترة`), a bank the model saw nothing in.
        assert_eq!(purposed(&["اللجنة", "المنظمة", "للبطولة"], &[0, 0, 0]), vec![0, 0, 0]);
        assert_eq!(purposed(&["اللجنة", "الثانية", "للجمعية", "العامة"], &[0, 0, 5, 6]), vec![0, 0, 5, 6]);
        assert_eq!(purposed(&["الاتحاد", "الاوروبي", "للفترة", "المقبلة"], &[5, 6, 0, 0]), vec![5, 6, 0, 0]);
        assert_eq!(purposed(&["البنك", "المركزي", "رفع"], &[0, 0, 0]), vec![0, 0, 0]);
    }

    #[test]
    fn god_is_no_person() {
        let toks = ["قال", "ان", "الله", "رحيم"];
        let p = prepare(&toks);
        let mut l = vec![0, 0, 1, 0];
        correct(&p, &mut l, &NoVocab);
        assert_eq!(l, vec![0, 0, 7, 0]);
        let toks = ["وقال", "عبد", "الله", "امس"];
        let p = prepare(&toks);
        let mut l = vec![0, 1, 2, 0];
        correct(&p, &mut l, &NoVocab);
        assert_eq!(l, vec![0, 1, 2, 0]);
    }

    #[test]
    fn organisations_named_after_people() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, orgs_named_after_people);
        // The title's name joins the organisation; a verb the person's span took is dropped.
        assert_eq!(run(&["جامعة", "الملك", "سعود", "وقعتا", "اتفاقا"], &[5, 6, 1, 2, 0]), vec![5, 6, 6, 0, 0]);
        assert_eq!(run(&["مستشفى", "الامير", "حمزة", "في", "عمان"], &[5, 6, 1, 0, 3]), vec![5, 6, 6, 0, 3]);
        assert_eq!(run(&["مدينة", "الملك", "عبد", "العزيز", "بن", "سعود", "الطبية"], &[5, 6, 1, 2, 2, 2, 0]), vec![5, 6, 6, 6, 6, 6, 0]);
        // A person after an organisation that does not end on a title stays a person.
        assert_eq!(run(&["وزارة", "الخارجية", "سامح", "شكري"], &[5, 6, 1, 2]), vec![5, 6, 1, 2]);
    }

    #[test]
    fn institutions_named_after_titled_people_are_whole() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, institutions_named_after_titled_people);
        // Head, title, the person the model found, and the purpose with its genitive and adjective.
        assert_eq!(
            run(&["وافتتح", "مركز", "الملك", "عبدالله", "للدراسات", "الإسلامية", "فرعا"], &[0, 0, 0, 1, 0, 0, 0]),
            vec![0, 5, 6, 6, 6, 6, 0]
        );
        assert_eq!(
            run(&["وقالت", "مؤسسة", "الشيخ", "زايد", "بن", "سلطان", "للأعمال", "الخيرية", "إنها"], &[0, 0, 0, 1, 2, 2, 0, 0, 0]),
            vec![0, 5, 6, 6, 6, 6, 6, 6, 0]
        );
        // ل + a noun and its definite genitive; a preposition ends it.
        assert_eq!(
            run(&["مجمع", "الملك", "فهد", "لطباعة", "المصحف", "الشريف", "في", "المدينة"], &[0, 0, 1, 0, 0, 0, 0, 3]),
            vec![5, 6, 6, 6, 6, 6, 0, 3]
        );
        // An organisation the model started on the title takes its head and adjective (`التخصصي`).
        assert_eq!(
            run(&["إلى", "مستشفى", "الملك", "فيصل", "التخصصي", "بالرياض"], &[0, 0, 5, 6, 0, 3]),
            vec![0, 5, 6, 6, 6, 3]
        );
        // An organisation that has head and title already takes the purpose after it.
        assert_eq!(
            run(&["جامعة", "الملك", "فهد", "للبترول", "والمعادن", "اتفاقية"], &[5, 6, 6, 0, 0, 0]),
            vec![5, 6, 6, 6, 6, 0]
        );
        // `العام` is "general" right after a hospital's name, and a year elsewhere.
        assert_eq!(run(&["لمستشفى", "الشيخ", "حمد", "العام", "في"], &[0, 0, 1, 0, 0]), vec![5, 6, 6, 6, 0]);
        assert_eq!(run(&["مدرسة", "الإمام", "علي", "العام", "الماضي"], &[0, 0, 1, 0, 0]), vec![5, 6, 6, 0, 0]);
        assert_eq!(run(&["بمدرسة", "الإمام", "علي", "الابتدائية", "في"], &[0, 0, 1, 0, 0]), vec![5, 6, 6, 6, 0]);
        // No title between: a head right before a person is an apposition (`مدير مركز` + a name).
        assert_eq!(run(&["مدير", "مركز", "خالد", "عمر", "للدراسات"], &[0, 0, 1, 2, 0]), vec![0, 0, 1, 2, 0]);
        // Not an office, a council, a mosque, or a title with no head before it.
        assert_eq!(run(&["مكتب", "الشيخ", "محمد", "يزبك"], &[0, 0, 1, 2]), vec![0, 0, 1, 2]);
        assert_eq!(run(&["مجلس", "الشيخ", "سالم", "الأسبوعي"], &[0, 0, 1, 0]), vec![0, 0, 1, 0]);
        assert_eq!(run(&["مسجد", "الملك", "الحسن", "الثاني"], &[0, 0, 1, 2]), vec![0, 0, 1, 2]);
        assert_eq!(run(&["واستقبل", "الأمير", "محمد", "بن", "سلمان", "للمرة", "الأولى"], &[0, 0, 1, 2, 2, 0, 0]), vec![0, 0, 1, 2, 2, 0, 0]);
        // A time after the name is no purpose (`للمرة`), and a name crossing the edge stops it.
        assert_eq!(run(&["زار", "مستشفى", "الملك", "خالد", "للمرة", "الثانية"], &[0, 0, 0, 1, 0, 0]), vec![0, 5, 6, 6, 0, 0]);
    }

    #[test]
    fn regnal_ordinals_end_the_person() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, regnal_ordinals_end_people);
        assert_eq!(run(&["الملك", "محمد", "السادس", "ترأس", "مجلسا"], &[0, 1, 2, 2, 0]), vec![0, 1, 2, 0, 0]);
        assert_eq!(run(&["الملك", "عبدالله", "الثاني", "يستقبل", "الوفد"], &[0, 1, 2, 2, 2]), vec![0, 1, 2, 0, 0]);
        assert_eq!(run(&["الملكة", "إليزابيث", "الثانية", "تزور", "كندا"], &[0, 1, 2, 2, 3]), vec![0, 1, 2, 0, 3]);
        // `عشر` completes the number, and `بن` goes on to the father.
        assert_eq!(run(&["البابا", "بنديكت", "السادس", "عشر", "قال"], &[0, 1, 2, 2, 2]), vec![0, 1, 2, 2, 0]);
        assert_eq!(run(&["عبدالله", "الثاني", "بن", "الحسين"], &[1, 2, 2, 2]), vec![1, 2, 2, 2]);
        assert_eq!(run(&["جيمس", "الأول", "ستيوارت", "عاش"], &[1, 2, 2, 0]), vec![1, 2, 2, 0]);
        // An ordinal first or last is left alone.
        assert_eq!(run(&["الأول", "سامي", "يوسف"], &[1, 2, 2]), vec![1, 2, 2]);
        assert_eq!(run(&["فيليب", "السادس"], &[1, 2]), vec![1, 2]);
    }

    #[test]
    fn verbs_that_are_names_open_sentences_before_offices() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, verbs_before_bodies);
        // `و` + a verb that is also a given name, then an office or title: the verb and its subject.
        assert_eq!(run(&["وأشرف", "والي", "جهة", "الدار"], &[1, 0, 0, 3]), vec![0, 0, 0, 3]);
        assert_eq!(run(&["وأكرم", "وزير", "الثقافة", "الفائزين"], &[1, 0, 0, 0]), vec![0, 0, 0, 0]);
        assert_eq!(run(&[".", "وأشرف", "الرئيس", "على"], &[0, 1, 0, 0]), vec![0, 0, 0, 0]);
        assert_eq!(run(&["صادق", "مجلس", "الحكومة"], &[1, 0, 0]), vec![0, 0, 0]);
        // A name of two words, a word inside the sentence, or a title the model tagged stay.
        assert_eq!(run(&["وأشرف", "مروان", "على"], &[1, 2, 0]), vec![1, 2, 0]);
        assert_eq!(run(&["وقال", "أشرف", "وزير"], &[0, 1, 0]), vec![0, 1, 0]);
        assert_eq!(run(&["وأشرف", "الرئيس", "السيسي"], &[1, 1, 2]), vec![1, 1, 2]);
        // A given name whose first letter is `و` is no conjunction (`وليد`, `وائل`).
        assert_eq!(run(&["وليد", "رئيس", "الجمعية"], &[1, 0, 0]), vec![1, 0, 0]);
    }

    #[test]
    fn organisations_go_on_through_their_construct_chain() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, construct_orgs);
        // A place after the chain's indefinite noun; `و` + noun + definite noun after a verbal noun.
        assert_eq!(run(&["مؤسسة", "كهرباء", "لبنان", "ستزيد"], &[5, 6, 3, 0]), vec![5, 6, 6, 0]);
        assert_eq!(run(&["وقالت", "شركة", "نفط", "الكويت", "إن"], &[0, 5, 6, 3, 0]), vec![0, 5, 6, 6, 0]);
        assert_eq!(run(&["هيئة", "تنظيم", "الاتصالات", "وتقنية", "المعلومات", "في"], &[5, 6, 0, 0, 0, 0]), vec![5, 6, 6, 6, 6, 0]);
        assert_eq!(run(&["هيئة", "تنشيط", "السياحة", "والآثار", "أمس"], &[5, 6, 0, 0, 0]), vec![5, 6, 6, 6, 0]);
        // No head noun (a headline before its dateline), a name last, a day or an adjective after it,
        // a place behind a preposition: left alone.
        assert_eq!(run(&["مانشستر", "يونايتد", "لندن", "ـ"], &[5, 6, 3, 0]), vec![5, 6, 3, 0]);
        assert_eq!(run(&["بلدية", "عنبتا", "الأربعاء"], &[5, 6, 0]), vec![5, 6, 0]);
        assert_eq!(run(&["هيئة", "تنظيم", "الأربعاء", "المقبل"], &[5, 6, 0, 0]), vec![5, 6, 0, 0]);
        assert_eq!(run(&["مستشفى", "رفيديا", "الحكومي"], &[5, 6, 0]), vec![5, 6, 0]);
        assert_eq!(run(&["مؤسسة", "كهرباء", "بلبنان"], &[5, 6, 3]), vec![5, 6, 3]);
        assert_eq!(run(&["جامعة", "بيرزيت", "فلسطين"], &[5, 6, 3]), vec![5, 6, 3]);
    }

    #[test]
    fn places_named_after_titled_people() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, places_named_after_people);
        let (p, i, loc) = (b_of(Label::PER), b_of(Label::PER) + 1, b_of(Label::LOC));
        assert_eq!(run(&["في", "حديقة", "الملك", "عبدالله", "أمس"], &[0, 0, 0, p, 0]), vec![0, 0, loc, loc + 1, 0]);
        assert_eq!(run(&["شارع", "الشيخ", "زايد", "بن", "سلطان"], &[0, 0, p, i, i]), vec![0, loc, loc + 1, loc + 1, loc + 1]);
        assert_eq!(run(&["بساحة", "الأمير", "فيصل", "وسط"], &[0, 0, p, 0]), vec![0, loc, loc + 1, 0]);
        // A house of worship keeps the king a person there, and a title with no head names nobody's place.
        assert_eq!(run(&["مسجد", "الملك", "الحسن", "الثاني"], &[0, 0, p, i]), vec![0, 0, p, i]);
        assert_eq!(run(&["استقبل", "الملك", "عبدالله", "الوفد"], &[0, 0, p, 0]), vec![0, 0, p, 0]);
    }

    #[test]
    fn conjoined_common_nouns_leave_names() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, conjoined_nouns_leave_people);
        let (p, i, loc) = (b_of(Label::PER), b_of(Label::PER) + 1, b_of(Label::LOC));
        assert_eq!(run(&["الملك", "عبدالله", "ومحيط", "المدارس"], &[loc, loc + 1, loc + 1, 0]), vec![loc, loc + 1, 0, 0]);
        assert_eq!(run(&["التقى", "محمد", "علي", "وأعضاء", "الوفد"], &[0, p, i, i, 0]), vec![0, p, i, 0, 0]);
        assert_eq!(run(&["سامي", "الحسن", "ووزير", "الخارجية"], &[p, i, i, 0]), vec![p, i, 0, 0]);
        // A name after `و` (a given name, a listed place), `و` + a definite word, or nothing definite after.
        assert_eq!(run(&["عادل", "إمام", "ومحمد", "الشيخ"], &[p, i, i, 0]), vec![p, i, i, 0]);
        assert_eq!(run(&["صفد", "وحيفا", "القديمة"], &[loc, loc + 1, 0]), vec![loc, loc + 1, 0]);
        assert_eq!(run(&["محمد", "ومحيط", "في"], &[p, i, 0]), vec![p, i, 0]);
    }

    #[test]
    fn companies_named_after_places_take_adjectives_and_purpose() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, place_named_companies);
        let (loc, org) = (b_of(Label::LOC), b_of(Label::ORG));
        // `شركة` stays out (the training text's convention), `بنك` and `هيئة` come in.
        assert_eq!(run(&["لشركة", "أبوظبي", "الوطنية", "للطاقة", "إن"], &[0, loc, 0, 0, 0]), vec![0, org, org + 1, org + 1, 0]);
        assert_eq!(run(&["وأكدت", "شركة", "قطر", "للبترول", "أن"], &[0, 0, loc, 0, 0]), vec![0, 0, org, org + 1, 0]);
        assert_eq!(run(&["بنك", "دبي", "الإسلامي", "نتائجه"], &[org, org + 1, 0, 0]), vec![org, org + 1, org + 1, 0]);
        assert_eq!(run(&["هيئة", "دبي", "للطيران", "المدني", "إن"], &[0, loc, 0, 0, 0]), vec![org, org + 1, org + 1, org + 1, 0]);
        // Without an adjective or a purpose the place stays; `العام` after it is a year; a person stays.
        assert_eq!(run(&["وعملت", "شركة", "أبوظبي", "في"], &[0, 0, loc, 0]), vec![0, 0, loc, 0]);
        assert_eq!(run(&["شركة", "أبوظبي", "العام", "الماضي"], &[0, loc, 0, 0]), vec![0, loc, 0, 0]);
        assert_eq!(run(&["شركة", "خالد", "الوطنية"], &[0, 1, 0]), vec![0, 1, 0]);
    }

    #[test]
    fn political_movements_named_with_a_sign() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, political_movements);
        let org = b_of(Label::ORG);
        let (o, i) = (org, org + 1);
        // A member or spokesman before the head, a country's adjective after the name, or a purpose.
        assert_eq!(run(&["رئيس", "حركة", "النهضة", "راشد"], &[0, 0, 0, 1]), vec![0, o, i, 1]);
        assert_eq!(run(&["قال", "حركة", "النهضة", "التونسية", "إن"], &[0; 5]), vec![0, o, i, i, 0]);
        assert_eq!(run(&["وطالبت", "حركة", "العدل", "والمساواة", "السودانية", "بوقف"], &[0, o, i, 0, 0, 0]), vec![0, o, i, i, i, 0]);
        assert_eq!(run(&["وأكد", "رئيس", "التيار", "الوطني", "الحر", "رفضه"], &[0; 6]), vec![0, 0, o, i, i, 0]);
        assert_eq!(run(&["وقالت", "كتلة", "الوفاء", "للمقاومة", "إن"], &[0; 5]), vec![0, o, i, i, 0]);
        assert_eq!(run(&["المتحدث", "باسم", "جبهة", "العمل", "الإسلامي", "إن"], &[0; 6]), vec![0, 0, o, i, i, 0]);
        assert_eq!(run(&["نواب", "كتلة", "الأحرار", "في"], &[0; 4]), vec![0, o, i, 0]);
        // Traffic, flights, "known as", a bare definite head, two adjectives, a name after: left alone.
        assert_eq!(run(&["وتراجعت", "حركة", "المرور", "في"], &[0; 4]), vec![0; 4]);
        assert_eq!(run(&["بان", "حركة", "الطيران", "المروحي", "اللبناني", "فوق"], &[0; 6]), vec![0; 6]);
        assert_eq!(run(&["يعرف", "باسم", "الحركة", "البراونية"], &[0; 4]), vec![0; 4]);
        assert_eq!(run(&["رئيس", "التيار", "في"], &[0; 3]), vec![0; 3]);
        assert_eq!(run(&["وأعلنت", "حركة", "المقاومة", "الفلسطينية", "حماس"], &[0, 0, 0, 0, o]), vec![0, 0, 0, 0, o]);
        assert_eq!(run(&["زعيم", "حركة", "حماس", "في"], &[0, o, i, 0]), vec![0, o, i, 0]);
        // A state body with its country's adjective or people; without them, or with a member before it
        // alone, left to the model.
        assert_eq!(run(&["قالت", "وزارة", "الصحة", "المصرية", "إن"], &[0; 5]), vec![0, o, i, i, 0]);
        assert_eq!(run(&["قررت", "وزارة", "التربية", "والتعليم", "الأردنية", "تأخير"], &[0; 6]), vec![0, o, i, i, i, 0]);
        assert_eq!(run(&["ودعت", "نقابة", "المعلمين", "الأردنيين", "إلى"], &[0; 5]), vec![0, o, i, i, 0]);
        assert_eq!(run(&["وأكدت", "وزارة", "الصحة", "أن"], &[0; 4]), vec![0; 4]);
        assert_eq!(run(&["رئيس", "هيئة", "الأركان", "في"], &[0; 4]), vec![0; 4]);
    }

    #[test]
    fn an_office_and_its_place_leave_the_person() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, offices_before_people);
        let per = b_of(Label::PER);
        let loc = b_of(Label::LOC);
        let (p, i) = (per, per + 1);
        assert_eq!(run(&["محافظ", "نينوى", "عبد", "القادر", "الدخيل", "إن"], &[p, i, i, i, i, 0]), vec![0, loc, p, i, i, 0]);
        assert_eq!(run(&["وقال", "سفير", "مصر", "أحمد", "فؤاد"], &[0, p, i, i, i]), vec![0, 0, loc, p, i]);
        // No given name after the place, or the place is a definite common word: left alone.
        assert_eq!(run(&["وزير", "الخارجية", "الجديد", "قال"], &[p, i, i, 0]), vec![p, i, i, 0]);
        assert_eq!(run(&["محافظ", "البنك", "محمد", "علي"], &[p, i, i, i]), vec![p, i, i, i]);
    }

    #[test]
    fn organisations_cut_short_take_their_genitive_and_purpose() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, org_tails);
        let org = b_of(Label::ORG);
        let (o, i) = (org, org + 1);
        assert_eq!(run(&["منظمة", "الأمم", "المتحدة", "للطفولة", "إن"], &[o, i, i, 0, 0]), vec![o, i, i, i, 0]);
        assert_eq!(run(&["صندوق", "قطر", "للتنمية", "المشروع"], &[o, i, 0, 0]), vec![o, i, i, 0]);
        assert_eq!(run(&["البنك", "الأوروبي", "لإعادة", "الإعمار", "والتنمية", "قرضا"], &[o, i, 0, 0, 0, 0]), vec![o, i, i, i, i, 0]);
        assert_eq!(run(&["نقابة", "أصحاب", "المعاصر", "إن"], &[o, i, 0, 0]), vec![o, i, i, 0]);
        assert_eq!(run(&["المركز", "الوطني", "للإحصاء", "والمعلومات", "أن"], &[o, i, i, 0, 0]), vec![o, i, i, i, 0]);
        // A verb's complement, people, a rank after `و`, a name with no head: left alone.
        assert_eq!(run(&["مجلس", "الأمن", "للحصول", "على"], &[o, i, 0, 0]), vec![o, i, 0, 0]);
        assert_eq!(run(&["حزب", "الله", "للجنديين", "الإسرائيليين"], &[o, i, 0, 0]), vec![o, i, 0, 0]);
        assert_eq!(run(&["الاتحاد", "الدولي", "للشرطة", "والعقيد"], &[o, i, i, 0]), vec![o, i, i, 0]);
        assert_eq!(run(&["حماس", "للمرة", "الثانية"], &[o, 0, 0]), vec![o, 0, 0]);
        assert_eq!(run(&["إذاعة", "صوت", "فلسطين", "الخبر"], &[o, i, i, 0]), vec![o, i, i, 0]);
        assert_eq!(run(&["بلدية", "جبيل", "اليوم"], &[o, i, 0]), vec![o, i, 0]);
    }

    #[test]
    fn a_head_and_a_verb_with_its_pronoun_name_nothing() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, heads_before_verbs);
        let org = b_of(Label::ORG);
        let per = b_of(Label::PER);
        assert_eq!(run(&["شارك", "ائتلاف", "تقوده", "السعودية"], &[0, org, org + 1, 0]), vec![0; 4]);
        assert_eq!(run(&["فصائل", "تدعمها", "تركيا"], &[org, org + 1, 3]), vec![0, 0, 3]);
        assert_eq!(run(&["جماعة", "يتزعمها", "رجل"], &[per, per + 1, 0]), vec![0; 3]);
        // Names that begin so stay.
        assert_eq!(run(&["تيسير", "تيماوي"], &[per, per + 1]), vec![per, per + 1]);
        assert_eq!(run(&["مجلس", "التعاون"], &[org, org + 1]), vec![org, org + 1]);
    }

    #[test]
    fn a_ministry_is_one_organisation_with_its_portfolio() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, ministries);
        let org = b_of(Label::ORG);
        let (o, i) = (org, org + 1);
        let loc = b_of(Label::LOC);
        assert_eq!(run(&["وأكدت", "وزارة", "الصحة", "أن"], &[0; 4]), vec![0, o, i, 0]);
        assert_eq!(run(&["قالت", "وزارة", "التربية", "والتعليم", "العالي", "إن"], &[0; 6]), vec![0, o, i, i, i, 0]);
        assert_eq!(
            run(&["وأعلنت", "وزارة", "الإسكان", "والمرافق", "والمجتمعات", "العمرانية", "طرح"], &[0; 7]),
            vec![0, o, i, i, i, i, 0]
        );
        assert_eq!(
            run(&["وأكدت", "وزارة", "الثروة", "الزراعية", "والسمكية", "وموارد", "المياه", "أن"], &[0; 8]),
            vec![0, o, i, i, i, i, i, 0]
        );
        assert_eq!(run(&["وقالت", "وزارة", "شؤون", "المرأة", "إن"], &[0; 5]), vec![0, o, i, i, 0]);
        // With a clitic, after the model's own start, and past its short span.
        assert_eq!(run(&["في", "بيان", "لوزارة", "الخارجية", "الأمريكية", "أمس"], &[0; 6]), vec![0, 0, o, i, i, 0]);
        assert_eq!(run(&["ونقلت", "وزارة", "النفط", "والغاز", "عن"], &[0, o, i, 0, 0]), vec![0, o, i, i, 0]);
        // A second body after `و` is not the portfolio.
        assert_eq!(run(&["مع", "وزارة", "الداخلية", "وصندوق", "التجهيز", "الجماعي"], &[0; 6]), vec![0, o, i, 0, 0, 0]);
        assert_eq!(run(&["بين", "وزارة", "الصحة", "ووزارة", "المالية", "في"], &[0; 6]), vec![0, o, i, o, i, 0]);
        assert_eq!(run(&["وزارة", "الدفاع", "والجيش", "اللبناني"], &[0; 4]), vec![o, i, 0, 0]);
        // The day after the name, a place the model found inside, a bare or indefinite head: left alone.
        assert_eq!(run(&["وزارة", "الدفاع", "الأسبوع", "الماضي"], &[0; 4]), vec![o, i, 0, 0]);
        assert_eq!(run(&["وزارة", "القدس", "في"], &[0, loc, 0]), vec![0, loc, 0]);
        assert_eq!(run(&["زار", "مقر", "الوزارة", "في"], &[0; 4]), vec![0; 4]);
        assert_eq!(run(&["وقالت", "وزارة", "في", "بيان"], &[0; 4]), vec![0; 4]);
        assert_eq!(run(&["أعلنت", "وزارة", "مصرية", "أن"], &[0; 4]), vec![0; 4]);
    }

    #[test]
    fn spans_without_a_name_are_no_person() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, |p, l| nameless_people(p, l, &NoVocab));
        assert_eq!(run(&["اعلن", "الباحثون", "ان"], &[0, 1, 0]), vec![0, 0, 0]);
        assert_eq!(run(&["وقال", "المسلحون"], &[0, 1]), vec![0, 0]);
        assert_eq!(run(&["التقى", "الرئيس", "الروسي", "امس"], &[0, 1, 2, 0]), vec![0, 0, 0, 0]);
        // A name inside keeps the span (titles are trimmed elsewhere).
        assert_eq!(run(&["الرئيس", "بوتين"], &[1, 2]), vec![1, 2]);
        assert_eq!(run(&["قال", "هارون"], &[0, 1]), vec![0, 1]);
    }

    #[test]
    fn region_adjectives_after_nouns_are_no_places() {
        let run = |toks: &[&str], l: &[usize]| applied(toks, l, region_adjectives);
        // `الدول العربية`, `الجامعات الأوروبية`: the adjective of a plural noun is no place.
        assert_eq!(run(&["مع", "الدول", "العربية", "مباشرة"], &[0, 0, 3, 0]), vec![0; 4]);
        assert_eq!(run(&["في", "الجامعات", "الاوروبية"], &[0, 0, 3]), vec![0; 3]);
        // A place of its own after a preposition, a country's adjective, a name of two words stay.
        assert_eq!(run(&["في", "العربية"], &[0, 3]), vec![0, 3]);
        assert_eq!(run(&["العاصمة", "السعودية"], &[0, 3]), vec![0, 3]);
        assert_eq!(run(&["شبه", "الجزيرة", "العربية"], &[3, 4, 4]), vec![3, 4, 4]);
    }

    #[test]
    fn question_words_are_no_names() {
        // `من أين لك هذا`: a question word alone is dropped, and leaves the edge of a longer span.
        assert_eq!(edges(&["من", "اين", "لك"], &[0, 1, 0]), vec![0; 3]);
        assert_eq!(edges(&["سأل", "متي", "يصل", "بوتين"], &[0, 1, 2, 2]), vec![0, 0, 1, 2]);
    }
}

/// A definite word or a word behind a conjunction, common outside names in the tagger's training text,
/// that no name list holds as itself or without the conjunction: it does not open a person's name
/// (`span_edges`).
fn common_edge(p: &Prepared, vocab: &dyn Vocab) -> bool {
    let bare = p.noconj();
    // Only a definite word or one behind a conjunction: a bare word may be a given name that is also a
    // word (`كامل`, `أمين`, `مسلم`), which the lists leave out as common.
    let marked = bare != p.w || bare.starts_with("ال") && !is_article_given_name(bare);
    // A conjoined word counts when it or its rest is common: `فأدرك` is rare, `أدرك` is not.
    marked
        && (vocab.is_frequent(&p.w) || bare != p.w && vocab.is_frequent(bare))
        && [p.w.as_str(), bare].iter().all(|w| {
            !gazetteer::is_name_word(w)
                && !gazetteer::is_known_name(w)
                && !gazetteer::is_first_name(w)
                && !gazetteer::is_nisba(w)
                && !is_name_link(w)
                && !is_name_particle(w)
                && gazetteer::single_word_type(w).is_none()
        })
}
