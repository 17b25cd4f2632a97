//! Issue 13, round 26: names from news of countries the tests had little of (the Maghreb, Sudan,
//! Libya, Mauritania, Yemen, Oman, Kurdistan, the Gulf), each class with sentences of our own (none
//! copied from a corpus or a page): a place or a body does not end in a noun that works as a
//! preposition (`شارع الشيخ زايد` + `أمام`), a facility's listed place (`سد الموصل`), the Algerian wells
//! (`حاسي مسعود`), Mauritanian names the model found none of (`المختار ولد أجاي`), a nationality behind
//! a clitic and foreign names in `ا` after it (`للكيني`, `الروسية سفتلانا …`), and a dialect verb of
//! wanting inside quotes (`«نبي الرياض خضراء»`).
#![cfg(not(target_arch = "wasm32"))]

/// Entities of one short text, as (text, label).
fn tag(text: &str) -> Vec<(String, String)> {
    naba::entity::find_entities(text).into_iter().map(|e| (e.text, e.label.as_str().to_string())).collect()
}

// Known misses, measured and not fixed in this round (README, "Retraining the tagger", round 26): small
// Gulf towns no list holds (`الوكرة`; `الخور`, "the creek", a person alone or after `في`), `مسقط` after a
// preposition or as a subject (a common word, "birthplace", the lists' place left out), the second of
// a list of towns whose third is a common word (`صحار ونزوى وصور`), a body no head noun marks (`قوات
// المجلس الانتقالي الجنوبي`), a well's town with a definite name untagged (`إلى حاسي الرمل`), a
// Mauritanian chain through a word whose stem is common (`ولد أباه`, "his father"; `ولد أحمدناه`, stem
// `أحمد`), and a name opening in `و` after a nationality (`للإثيوبية ووركنيش ديغيفا`).

/// A noun of place that works as a preposition (`أمام`, `خلف`, `قرب`, `تحت`, `حول`) ends a place or a body
/// before it: it is no part of the street, the square or the building.
#[test]
fn places_end_before_nouns_of_place() {
    let cases = [
        ("وأغلقت الشرطة شارع الشيخ زايد أمام حركة السير ساعتين.", Some("زايد"), "أمام"),
        ("سار الموكب في شارع الحبيب بورقيبة أمام المسرح البلدي.", Some("بورقيبة"), "أمام"),
        ("انفجرت عبوة في شارع الرشيد قرب ساحة الميدان صباح اليوم.", Some("الرشيد"), "قرب"),
        ("ووقف أنصار الفريق عند جامعة الخرطوم خلف السور الشرقي.", Some("الخرطوم"), "خلف"),
        ("تظاهر العشرات في ميدان التحرير أمام مجمع المصالح الحكومية.", None, "أمام"),
        ("تجمع السياح في ساحة جامع الفنا حول الحلقات الشعبية.", None, "حول"),
        ("واحتشد الأهالي في دوار الداخلية تحت المطر حتى المساء.", None, "تحت"),
    ];
    let mut wrong = Vec::new();
    for (text, name, adverb) in cases {
        let found = tag(text);
        let named = name.is_none_or(|name| found.iter().any(|(t, l)| t.contains(name) && l != "PER"));
        if !named || found.iter().any(|(t, _)| t.contains(adverb)) {
            wrong.push(format!("{text}: {name:?} without {adverb} in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
    // A person keeps a family name of that shape.
    let found = tag("وسجل اللاعب حازم أمام هدف الفوز في الدقيقة الأخيرة.");
    assert!(found.iter().any(|(t, l)| t == "حازم أمام" && l == "PER"), "help: {found:?}");
}

/// A dam, a port, a refinery or a station named by a listed place: the place is found, the facility's
/// noun stays out.
#[test]
fn facilities_name_their_listed_places() {
    let cases = [
        ("وحذر خبراء من انهيار سد الموصل في حال استمرار الأمطار.", "الموصل"),
        ("وأعلنت وزارة الموارد المائية صيانة سد الموصل قبل الشتاء.", "الموصل"),
        ("ورست ناقلة النفط في ميناء عدن مساء الأحد.", "عدن"),
        ("وتوقفت مصفاة حمص عن العمل بسبب نقص الخام.", "حمص"),
        ("وأقلعت الرحلة الأولى من مطار الخرطوم بعد إصلاح المدرج.", "الخرطوم"),
    ];
    let mut wrong = Vec::new();
    for (text, place) in cases {
        let found = tag(text);
        if !found.iter().any(|(t, l)| t.ends_with(place) && l == "LOC") || found.iter().any(|(t, l)| t.contains(place) && l == "PER") {
            wrong.push(format!("{text}: {place} LOC in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}

/// Algerian towns named by a well (`حاسي`) are places after a place preposition, no people.
#[test]
fn algerian_wells_are_towns() {
    let cases = [
        ("وقالت الشركة إن إنتاج الغاز ارتفع في حاسي مسعود هذا العام.", "مسعود"),
        ("ووصل الوزير إلى حاسي بحبح لتدشين محطة الضغط.", "بحبح"),
        ("وتوجهت القافلة إلى حاسي مسعود صباح اليوم.", "مسعود"),
        ("وسجلت مصالح الحماية المدنية حريقا بحاسي بحبح ليلة أمس.", "بحبح"),
    ];
    let mut wrong = Vec::new();
    for (text, name) in cases {
        let found = tag(text);
        let place = found.iter().any(|(t, l)| t.contains("حاسي") && t.ends_with(name) && l == "LOC");
        if !place || found.iter().any(|(t, l)| t.contains(name) && l == "PER") {
            wrong.push(format!("{text}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}

/// A Mauritanian name the model found none of: a given name, `ولد` and a name word are one person,
/// and the chain goes on through a second `ولد`; `ولد` as "was born" stays a verb.
#[test]
fn mauritanian_names_from_nothing() {
    let cases = [
        ("وزار الوزير الأول المختار ولد أجاي مدينة نواذيبو أمس.", "المختار ولد أجاي"),
        ("وقال النائب سيدي ولد التاه إن البرلمان سيصوت غدا.", "سيدي ولد التاه"),
        ("واستقبل الوزير أحمد ولد تكدي سفير إسبانيا في مكتبه.", "أحمد ولد تكدي"),
    ];
    let mut wrong = Vec::new();
    for (text, name) in cases {
        let found = tag(text);
        if !found.iter().any(|(t, l)| t == name && l == "PER") {
            wrong.push(format!("{text}: {name} PER in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
    for text in ["وقال إن محمد ولد في القاهرة عام 1950.", "وأضاف أن الطفل ولد بصحة جيدة."] {
        let found = tag(text);
        assert!(!found.iter().any(|(t, _)| t.contains("ولد")), "help: {text}: {found:?}");
    }
}

/// A nationality behind a clitic (`للكيني`, `والألماني`, `بالروسية`) is said of the person after it, and a
/// foreign name in `ا` after a nationality is a name, not an accusative.
#[test]
fn nationals_behind_clitics_and_names_in_alif() {
    let cases = [
        ("وذهبت الميدالية البرونزية للكيني موانغي كاماو في سباق الماراثون.", "موانغي كاماو"),
        ("وعادت المرتبة الثانية للإثيوبية غينزيبي ديبابا بفارق ثانيتين.", "غينزيبي ديبابا"),
        ("وفازت الروسية سفتلانا كوزنتسوفا على منافستها في الدور الثاني.", "سفتلانا كوزنتسوفا"),
        ("وتعاقد النادي مع المهاجم الإيطالي جيانلوكا زامبيرا لموسمين.", "جيانلوكا زامبيرا"),
        ("وتغلبت البولندية أنيتا رادفانسكا في المباراة النهائية.", "أنيتا رادفانسكا"),
    ];
    let mut wrong = Vec::new();
    for (text, name) in cases {
        let found = tag(text);
        if !found.iter().any(|(t, l)| t == name && l == "PER") {
            wrong.push(format!("{text}: {name} PER in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
    // The army, the economy and the foreign ministry of a country are no people.
    for text in ["وقال إن الجيش التركي قصف مواقع في الشمال.", "وأكد الخبراء أن الاقتصاد الروسي تراجع هذا العام."] {
        let found = tag(text);
        assert!(!found.iter().any(|(_, l)| l == "PER"), "help: {text}: {found:?}");
    }
}

/// A dialect's verb of wanting opening a quote the model took whole as a name: the verb is no part of
/// any name, and a listed place inside the quote is the place (outside quotes the model tags none of it).
#[test]
fn quoted_verbs_of_wanting_leave_the_places() {
    let cases = [
        ("وكتب أحد المغردين: «نبي الرياض خضراء».", "نبي", Some("الرياض")),
        ("وعلقت إحدى الزائرات: «نبي الدار البيضاء نظيفة».", "نبي", Some("الدار البيضاء")),
        ("وقال شاب من الحي: «نبغى الكويت ترجع مثل زمان».", "نبغى", Some("الكويت")),
        ("وكتبت طالبة: «عايزة القاهرة تبقى أنضف».", "عايزة", Some("القاهرة")),
        ("وكتب: «نبي الوطن أخضر».", "نبي", None),
    ];
    let mut wrong = Vec::new();
    for (text, verb, place) in cases {
        let found = tag(text);
        let placed = place.is_none_or(|p| found.iter().any(|(t, l)| t == p && l == "LOC"));
        if !placed || found.iter().any(|(t, _)| t.contains(verb)) {
            wrong.push(format!("{text}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}
