//! Issue 13, round 30: the entity errors the full-page e2e sets showed a reader, taken as classes, each
//! sentence our own (names, towns and bodies invented or common, in news wording, dialect and
//! transliteration, behind clitics):
//! - a person after a chain of title nouns (`رئيس مجلس إدارة الميناء` + a name): the chain's last noun
//!   is not the name's first word, the name after `مفوضي الهيئة` is found, and a third part stays;
//! - facilities as ANERcorp tags them: an airport's or a port's town is the place, the head noun and
//!   `الدولي` are not (`مطار` + `حمص` LOC); a hospital or a university with its name is an organisation;
//! - the town of a byline (`بعلبك - سامر الحاج` at the head of a
//!   story) is a place, not the writer's name;
//! - controls that must not change: a title with no name after it, a common `مطار`, a dash in a sentence.
//!
//! Before any change 28 of the 43 cases were right (chains 5 of 12, facilities 8 of 10, towns 3 of 9,
//! controls 12 of 12). Rules for all of them were written and measured on the ten folds (README, "What
//! naba finds", round 30); three cost the ten-fold mean and were not kept, so these sentences, right
//! with them, are wrong still and are not asserted here:
//! - `وأكد رئيس مجلس مفوضي الهيئة نضال العكايلة أن …` (no person: `نضال` is no listed given name, and
//!   a chain + any word + a definite unknown word as a person cost one false name on the folds);
//! - `ونقل المصابون إلى مستشفى الزهراء في المدينة.`, `وتعالجت الطفلة في مستشفى الأمل التخصصي.` (no
//!   organisation: `مستشفى` + a definite name as ORG, as Wojood has it, cost one on ANERcorp,
//!   `مستشفى الشفاء` O there);
//! - `وسقطت قذيفة قرب مرجعيون فجر اليوم.`, `وانحرفت الحافلة عن الطريق قرب شتورة صباحا.`, `ووقع الحادث
//!   بالقرب من عندقت مساء الأحد.`, `وتجمع المزارعون قرب كفرعبيدا للاحتجاج.` (no place: a word the
//!   training text lacks after `قرب` as a place, even not before a genitive, gave two false places and one
//!   found: ten folds 79.21 → 79.19).
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/entity_cases.rs"]
mod entity_cases;
use entity_cases::tag;

/// A case: the text, the spans accepted (the first is the one looked for when `expect` is false), the
/// label (`"ANY"` with `expect` false: no entity holds the first span at all), and whether it is wanted.
type Case = (&'static str, &'static [&'static str], &'static str, bool);

/// The cases got wrong.
fn wrong(cases: &[Case]) -> Vec<String> {
    let mut out = Vec::new();
    for &(text, spans, label, expect) in cases {
        let found = tag(text);
        let right = if expect {
            found.iter().any(|(t, l)| spans.contains(&t.as_str()) && l == label)
        } else {
            !found.iter().any(|(t, l)| t.contains(spans[0]) && (label == "ANY" || l == label))
        };
        if !right {
            out.push(format!("{text}: {spans:?} {label} {expect} in {found:?}"));
        }
    }
    out
}

/// People after chains of title nouns, the chain ending in a definite noun, in news wording, dialect and
/// transliteration, behind `ل` and `ب`.
const CHAINS: &[Case] = &[
    ("وقال رئيس مجلس إدارة الميناء سامر قبيسي إن العمل مستمر.", &["سامر قبيسي"], "PER", true),
    ("وقال رئيس مجلس إدارة الميناء سامر قبيسي إن العمل مستمر.", &["الميناء"], "PER", false),
    ("وأكد نائب رئيس مجلس إدارة المرفأ عمر الحلاق أن التوسعة بدأت.", &["عمر الحلاق"], "PER", true),
    ("وصرح رئيس مجلس إدارة المطار بيار كوستا بأن الرحلات ستستأنف.", &["بيار كوستا"], "PER", true),
    ("وقال مدير عام المرفأ جورج قسيس إنو الشغل ماشي منيح.", &["جورج قسيس"], "PER", true),
    ("وقال رئيس مجلس مفوضي السلطة فراس المعايطة إن النتائج نهائية.", &["فراس المعايطة"], "PER", true),
    ("وقال رئيس مجلس مفوضي الهيئة باسل الطراونة إن الطعون ردت.", &["باسل الطراونة"], "PER", true),
    ("ولرئيس مجلس أمناء الجامعة خالد طويقات رأي آخر في القرار.", &["خالد طويقات"], "PER", true),
    ("واجتمع الوزير برئيس مجلس إدارة الصندوق كريم الحمصي أمس.", &["كريم الحمصي"], "PER", true),
    ("وقالت وزيرة الدولة للتعليم المبكر سارة عوض الأمراء إن المدارس جاهزة.", &["سارة عوض الأمراء"], "PER", true),
    ("وقال وزير الدولة للاقتصاد الرقمي سالم راشد الحكماء إن القانون جاهز.", &["سالم راشد الحكماء"], "PER", true),
];

/// Facilities as ANERcorp tags them: the town of an airport or a port is the place (no head noun, no
/// `الدولي`), a hospital or a university with its name an organisation.
const FACILITIES: &[Case] = &[
    ("هبطت الطائرة في مطار حمص الدولي مساء أمس.", &["حمص"], "LOC", true),
    ("هبطت الطائرة في مطار حمص الدولي مساء أمس.", &["مطار"], "ANY", false),
    ("ورست السفينة في ميناء اللاذقية صباح الخميس.", &["اللاذقية"], "LOC", true),
    ("ووصل المسافرون بمطار وهران الدولي صباحا.", &["وهران"], "LOC", true),
    ("ووصل المسافرون بمطار وهران الدولي صباحا.", &["الدولي"], "ANY", false),
    ("ونقل الجريح إلى مستشفى بيسان الحكومي.", &["مستشفى بيسان", "مستشفى بيسان الحكومي"], "ORG", true),
    ("وأعلنت جامعة الكوفة عن بدء التسجيل.", &["جامعة الكوفة"], "ORG", true),
    ("وتخرج من جامعة اليرموك عام ألفين.", &["جامعة اليرموك"], "ORG", true),
];

/// The town of a byline at the head of a story, and the writer after it.
const TOWNS: &[Case] = &[
    ("بعلبك - سامر الحاج\nأعلنت البلدية أن الطرق مقطوعة بسبب الثلوج.", &["بعلبك"], "LOC", true),
    ("بعلبك - سامر الحاج\nأعلنت البلدية أن الطرق مقطوعة بسبب الثلوج.", &["بعلبك"], "PER", false),
    ("حاصبيا - نديم صعب\nاحتفلت البلدة بعيد الزيتون.", &["حاصبيا"], "LOC", true),
    ("جبيل - رنا عيسى\nافتتح المهرجان الصيفي مساء السبت.", &["جبيل"], "LOC", true),
    ("صور – حسن فقيه\nعاد الصيادون إلى البحر بعد العاصفة.", &["صور"], "LOC", true),
    ("بعلبك - سامر الحاج\nأعلنت البلدية أن الطرق مقطوعة بسبب الثلوج.", &["سامر الحاج"], "PER", true),
    ("حاصبيا - نديم صعب\nاحتفلت البلدة بعيد الزيتون.", &["نديم صعب"], "PER", true),
    ("زغرتا - جوزيف كرم\nقال الأهالي إن المياه لم تصل منذ يومين.", &["زغرتا"], "LOC", true),
    ("زغرتا - جوزيف كرم\nقال الأهالي إن المياه لم تصل منذ يومين.", &["جوزيف كرم"], "PER", true),
];

/// Controls: what the rules must not change.
const CONTROLS: &[Case] = &[
    ("وقال رئيس الوزراء إن الحكومة ستجتمع غدا.", &["الوزراء"], "ANY", false),
    ("وقال رئيس مجلس الإدارة إن الأرباح ارتفعت.", &["الإدارة"], "ANY", false),
    ("وقال رئيس مجلس إدارة الشركة إن الأرباح تضاعفت.", &["الشركة"], "ANY", false),
    ("وقال رئيس الوزراء نجيب ميقاتي إن الحكومة ستجتمع.", &["نجيب ميقاتي"], "PER", true),
    ("واستقبل وزير الخارجية أحمد علي الوفد في مكتبه.", &["الوفد"], "ANY", false),
    ("وقالت مديرة المدرسة إن الامتحانات تأجلت.", &["المدرسة"], "ANY", false),
    ("يحتاج البلد إلى مطار جديد يخدم الشمال.", &["مطار"], "ANY", false),
    ("هبطت الطائرة في المطار بسلام.", &["المطار"], "ANY", false),
    ("الوضع صعب - حسب قوله - لكن الحل ممكن.", &["الوضع"], "ANY", false),
    ("وجلس الطفل قرب النافذة.", &["النافذة"], "ANY", false),
    ("متابعة - سامر الحاج", &["متابعة"], "ANY", false),
    ("وسيقام الحفل قرب المسرح الكبير.", &["المسرح"], "ANY", false),
    ("وقال رئيس مجلس إدارة المطار إن الرحلات مستمرة.", &["المطار"], "ANY", false),
];

#[test]
fn people_after_chains_of_titles() {
    let w = wrong(CHAINS);
    assert!(w.is_empty(), "{} of {} wrong:\n{}", w.len(), CHAINS.len(), w.join("\n"));
}

#[test]
fn facilities_as_anercorp_tags_them() {
    let w = wrong(FACILITIES);
    assert!(w.is_empty(), "{} of {} wrong:\n{}", w.len(), FACILITIES.len(), w.join("\n"));
}

#[test]
fn towns_of_bylines() {
    let w = wrong(TOWNS);
    assert!(w.is_empty(), "{} of {} wrong:\n{}", w.len(), TOWNS.len(), w.join("\n"));
}

#[test]
fn controls_hold() {
    let w = wrong(CONTROLS);
    assert!(w.is_empty(), "{} of {} wrong:\n{}", w.len(), CONTROLS.len(), w.join("\n"));
}
