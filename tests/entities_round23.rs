//! Issue 13, round 23: errors a reader sees on pages, each class with sentences of our own (none copied
//! from a corpus): a foreign given name and its surname chain, a head noun and its genitive chain with
//! a place inside, a head with an adjective and its لل-purpose, the Maghrebi demonstrative `هادي`,
//! dialect words that open no name, and competitions as MISC names.
#![cfg(not(target_arch = "wasm32"))]

/// Entities of one short text, as (text, label).
fn tag(text: &str) -> Vec<(String, String)> {
    naba::entity::find_entities(text).into_iter().map(|e| (e.text, e.label.as_str().to_string())).collect()
}

fn has_entity(found: &[(String, String)], text: &str, label: &str) -> bool {
    found.iter().any(|(t, l)| t == text && l == label)
}

/// Asserts that each text has its name, whole, with its label.
fn assert_typed(cases: &[(&str, &str, &str)]) {
    let mut wrong = Vec::new();
    for (text, name, label) in cases {
        let found = tag(text);
        if !has_entity(&found, name, label) {
            wrong.push(format!("{text}: {name} {label} in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}

// Known misses, measured and not fixed in this round (each rule tried cost the ten-fold mean, see README,
// "Retraining the tagger", round 23): `كاوه رسول` (cut to `كاوه`), `بيخال سعيد` (missed),
// `شركة نفط البصرة` / `شركة نفط ميسان` / `شركة غاز البصرة` / `شركة توزيع كهرباء غزة` (the place alone),
// `كأس العرش`, `كأس العالم`, `دوري أبطال آسيا` (untagged or the place alone), `كيقولو أردوغان` (the
// Maghrebi verb taken into the person).

/// A foreign (Kurdish, Persian) given name keeps its surname, even when the surname is also a common
/// word (`كامل`, `جميل`).
#[test]
fn foreign_given_names_keep_their_surnames() {
    assert_typed(&[
        ("وأكد المحلل السياسي ريبوار كريم أن الاتفاق لن يصمد طويلا.", "ريبوار كريم", "PER"),
        ("التقى المحافظ بالمهندس سيروان كامل في أربيل صباح الاثنين.", "سيروان كامل", "PER"),
        ("ونقلت الوكالة عن المتحدث آزاد جميل قوله إن الطريق مفتوح.", "آزاد جميل", "PER"),
        ("وأوضح الباحث شيرزاد نعمان أن الدراسة شملت ألف أسرة.", "شيرزاد نعمان", "PER"),
    ]);
}

/// A definite head, its adjective and its لل-purpose are one organisation, whatever the adjective
/// could be alone (`الشريف` is also a surname), and `الديوان` heads one too.
#[test]
fn head_adjective_and_purpose_are_one_organisation() {
    assert_typed(&[
        ("وأعلن المكتب الشريف للفوسفاط ارتفاع أرباحه هذا العام.", "المكتب الشريف للفوسفاط", "ORG"),
        ("وقال المكتب الوطني للسكك الحديدية إن القطارات ستتأخر.", "المكتب الوطني للسكك الحديدية", "ORG"),
        ("أطلق الصندوق المغربي للتقاعد منصة رقمية جديدة.", "الصندوق المغربي للتقاعد", "ORG"),
        ("ونظم الديوان الوطني للسياحة معرضا في العاصمة.", "الديوان الوطني للسياحة", "ORG"),
        ("وقال المدير العام للمكتب الشريف للفوسفاط إن الصادرات زادت.", "للمكتب الشريف للفوسفاط", "ORG"),
    ]);
    // Without a purpose or an adjective, `الديوان` and `الشريف` name nothing new.
    for text in ["وصل الوفد إلى الديوان الملكي صباح اليوم.", "زار المصلون الحرم الشريف أمس."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "ORG" || !t.contains("الشريف") && !t.starts_with("الديوان الملكي ")), "help: {text}: {found:?}");
    }
}

/// The Maghrebi demonstrative `هادي` ("this") is nobody, and the place after it (or after `هادي مدينة`)
/// is a place; the given name `هادي` stays a person.
#[test]
fn maghrebi_hadi_is_this() {
    for (text, place) in [
        ("هادي مدينة فاس زوينة بزاف", "فاس"),
        ("هادي مدينة فاس", "فاس"),
        ("هادي مراكش، كلشي فيها زوين", "مراكش"),
        ("هادي هي مدينة أكادير اللي حكيت ليك عليها", "أكادير"),
        ("هادي طنجة ديال بكري", "طنجة"),
        ("هادي طنجة", "طنجة"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.split_whitespace().any(|w| w == "هادي")), "help: {text}: {found:?}");
        assert!(has_entity(&found, place, "LOC"), "help: {text}: {place} in {found:?}");
    }
    assert_typed(&[
        ("وقال هادي العامري إن التحالف سيشارك في الانتخابات.", "هادي العامري", "PER"),
        ("والتقى الرئيس عبد ربه منصور هادي السفير الأمريكي.", "عبد ربه منصور هادي", "PER"),
    ]);
}

/// Dialect words open no name (`شي ناس` "some people", `شي حد` "someone"): the person later in the line
/// is found alone.
#[test]
fn dialect_words_open_no_names() {
    for (text, person) in [
        ("شي ناس كيقولو بلي السيسي غادي يزور الرباط", "السيسي"),
        ("شي ناس قالو باللي تبون جا للحفل", "تبون"),
        ("شي حد قال ليا بلي بنكيران رجع للسياسة", "بنكيران"),
        ("شي ناس ما بغاوش ماكرون", "ماكرون"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.starts_with("شي") && !t.starts_with("ناس")), "help: {text}: {found:?}");
        assert!(has_entity(&found, person, "PER"), "help: {text}: {person} in {found:?}");
    }
}
