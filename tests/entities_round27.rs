//! Issue 13, round 27: places readers saw missed or mistyped on news from Morocco, Sudan, Syria, Oman,
//! Qatar, Algeria and Libya, each class with sentences of our own (none copied from a corpus or a
//! page): the noun of a facility is no person (`مرسى` + `اليخوت`) and a cape's name after `رأس` is a
//! place; a chain of electrical units is no name (`ميغا فولط أمبير`); a well's town wherever it
//! stands (`من حاسي مسعود`, `إلى حاسي الرمل`); a listed place the tagger left out after `في`, `إلى`,
//! `من` (`في مسقط`, not `مسقط رأسه`); and people and clubs beside small towns' names.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/entity_cases.rs"]
mod entity_cases;
use entity_cases::{check, Want};

// Known misses, measured and not fixed in this round (README, "Retraining the tagger", round 27): the
// towns of 15,000–100,000 people no list holds (`إلى طانطان`, `في الوكرة`, `قلعة نزوى`, `وشهدت نزوى`:
// the longer list was tried with a retraining and not kept), `الخور`, "the creek", a person alone or
// after `و` (ANERcorp has a person of that name), a name after a title whose given name is a common
// word the lists leave out (`السفير فاضل بنيعيش`, "virtuous"), a town of a name's word (`سواكن`, a
// surname in the packages' names) after a state's name (`الجزيرة القديمة في سواكن` taken as a place of
// three words), and a quarter no list holds (`في المزة`).

/// The noun of a facility alone before a definite word is no person (`مرسى` is an anchorage, written
/// without the dots of `مرسي`, Morsi); a cape's name after `رأس` is the place, unless the verb `رأس`,
/// "chaired", opens on a given name.
#[test]
fn facility_nouns_and_capes_are_no_people() {
    use Want::*;
    check(&[
        ("وافتتح المستثمرون مرسى اليخوت الجديد في صلالة.", "مرسى", Not("PER")),
        ("وأبحرت السفينة من مرسى البريقة باتجاه الشمال.", "مرسى", Not("PER")),
        ("وتقع منارة رأس أبو فنطاس على الساحل الشرقي للمدينة.", "أبو فنطاس", Not("PER")),
        ("وزار المحافظ منارة راس أبو قير القديمة يوم الجمعة.", "أبو قير", Not("PER")),
        ("ونقل الجرحى إلى منطقة رأس غارب على خليج السويس.", "غارب", Not("PER")),
        ("وانطلقت القافلة من راس لانوف نحو البريقة فجر اليوم.", "راس لانوف", Not("PER")),
        ("وأغلقت السلطات مطار معيتيقة أمام الرحلات لساعات.", "مطار", Not("PER")),
        // Controls: an anchorage's town, a place after the facility, the verb before a person.
        ("وتوجه الوفد إلى مرسى علم لحضور المؤتمر السياحي.", "مرسى علم", Is("LOC")),
        ("ورست اليخوت في مرسى زايد استعدادا للسباق البحري.", "زايد", Not("PER")),
        ("وتوقفت الحركة في ميناء طبرق بسبب سوء الأحوال الجوية.", "طبرق", Is("LOC")),
        ("ورأس محمد بن زايد اجتماع المجلس الأعلى للاتحاد.", "محمد بن زايد", Is("PER")),
    ]);
}

/// A chain of electrical units (`ميغا فولط أمبير`, `كيلو فولت أمبير`) is a measure, no name, as the
/// kitchen's measures are.
#[test]
fn electrical_units_are_no_names() {
    use Want::*;
    check(&[
        ("وركبت الشركة محولا بقدرة أربعين ميغا فولط أمبير في المحطة.", "أمبير", Not("ANY")),
        ("وتعمل مولدات بقدرة عشرة ميغا فولط أمبير في الموقع.", "فولط", Not("ANY")),
        ("وتنتج المحطة ألفي ميجا فولت أمبير من الكهرباء.", "أمبير", Not("ANY")),
        ("وأضافت المحطة خمسمائة كيلو فولط أمبير إلى الشبكة.", "أمبير", Not("ANY")),
        ("وتبلغ قدرة المحطة الجديدة ثلاثمئة ميغا واط عند اكتمالها.", "واط", Not("ANY")),
        // Control: a person in the same sentence keeps his name.
        ("وقال المهندس سالم الكعبي إن المحول بقدرة ستين ميغا فولط أمبير.", "سالم الكعبي", Is("PER")),
    ]);
}

/// `حاسي`, a well, opens an Algerian town wherever it stands, before a definite name too.
#[test]
fn wells_are_towns_after_any_preposition() {
    use Want::*;
    check(&[
        ("ونقلت شحنة الغاز من حاسي مسعود إلى حاسي الرمل عبر الأنبوب.", "حاسي الرمل", Is("LOC")),
        ("وزار الوالي المنشأة الغازية في حاسي الرمل يوم الثلاثاء.", "حاسي الرمل", Is("LOC")),
        ("وانطلقت القافلة من حاسي مسعود نحو ورقلة مساء أمس.", "حاسي مسعود", Is("LOC")),
        ("وتعرضت عدة منازل في عين صالح لأضرار بسبب العاصفة الرملية.", "عين صالح", Is("LOC")),
        ("انتقل الفريق إلى سيدي بلعباس لمواجهة الاتحاد المحلي.", "سيدي بلعباس", Is("LOC")),
        // Controls: `عين` as "eye", "spot".
        ("وشاهد الجمهور في عين المكان عرضا للألعاب النارية.", "عين", Not("ANY")),
        ("وأكد مراسلنا من عين المكان أن الحريق أخمد بعد ساعتين.", "عين", Not("ANY")),
    ]);
}

/// A listed place the tagger left out right after `في`, `إلى` or `من` is the place (`مسقط` is also
/// "birthplace": `في مسقط رأسه` stays a word).
#[test]
fn listed_places_after_prepositions() {
    use Want::*;
    check(&[
        ("وقال المتحدث إن الاجتماع المقبل سيعقد في مسقط الشهر القادم.", "مسقط", Is("LOC")),
        ("ويصل وزير الخارجية إلى مسقط غدا في زيارة رسمية.", "مسقط", Is("LOC")),
        ("وعاد الوزير من مسقط بعد مباحثات مع نظيره العماني.", "مسقط", Is("LOC")),
        ("وولد الشاعر في مسقط رأسه بقرية صغيرة في الريف.", "مسقط", Not("LOC")),
    ]);
}

/// Towns after a kind of place or a facility, and people and clubs beside small towns' names.
#[test]
fn small_towns_of_the_arab_world() {
    use Want::*;
    check(&[
        ("رست سفينة الحجاج في ميناء سواكن بعد رحلة من جدة.", "سواكن", Is("LOC")),
        ("سقطت قذيفة على حي المزة غرب دمشق دون إصابات.", "المزة", Is("LOC")),
        // Controls: a club of a town, people.
        ("فاز نادي الوكرة على ضيفه بهدفين نظيفين في دوري نجوم قطر.", "الوكرة", Is("ORG")),
        ("وقال محمد الخور إن المشروع سيكتمل قريبا.", "محمد الخور", Is("PER")),
        ("وقال فاضل بنيعيش إن العلاقات بين البلدين متينة.", "فاضل بنيعيش", Is("PER")),
        ("سجل اللاعب أمين حارث هدف التعادل في الدقيقة الأخيرة.", "أمين حارث", Is("PER")),
        ("وأعلن المدرب حسين عموتة قائمة المنتخب لمواجهة السودان.", "حسين عموتة", Is("PER")),
    ]);
}
