//! Issue 13, round 24: names readers saw wrong on full pages, each class with sentences of our own
//! (none copied from a corpus or a page): a union's head and his name (`نقيب` + the trade + the person),
//! roads and streets named after a king or a sheikh (no person), and the verbs of wanting of the
//! dialects (Sudanese `داير`, Gulf `نبي`/`نبغى`, Egyptian `عايز`) that open no name.
#![cfg(not(target_arch = "wasm32"))]

/// Entities of one short text, as (text, label).
fn tag(text: &str) -> Vec<(String, String)> {
    naba::entity::find_entities(text).into_iter().map(|e| (e.text, e.label.as_str().to_string())).collect()
}

// Known misses, measured and not fixed in this round (README, "Retraining the tagger", round 24): small
// Gulf towns that no list holds and no cue marks (`الوكرة`, `الخور` a person, `الشحانية`, `الذيد`; an
// unknown definite word after a park, a square or a road as a place cost the ten-fold mean: `طريق
// الحرير`, `طريق الخير`); `«نبي الرياض خضراء»` stays one MISC `نبي الرياض` (round 25: not rebuilt from the rest,
// as `«نبي الوطن أخضر»` keeps `نبي الوطن` too, while `: نبي الوطن أخضر` is cleared: inside quotes
// `dialect_edges` leaves the span, cause not found); `شارع الشيخ زايد` + `أمام` takes the preposition into the place.

/// The head of a union (`نقيب` + the trade, a definite plural) is said before the person: the person is
/// the name after it, whole with the family name, and the title is no part of it nor a person alone.
#[test]
fn union_heads_are_titles_not_people() {
    let cases = [
        ("وقال نقيب الصاغة سامي القضاة إن الطلب تراجع الأسبوع الماضي.", "سامي القضاة"),
        ("وأكد نقيب المحامين ناصر الكريوين أن الإضراب مستمر حتى إشعار آخر.", "ناصر الكريوين"),
        ("وصرح نقيب المهندسين أحمد سمارة بأن العطاء ألغي.", "أحمد سمارة"),
        ("وطالب نقيب الأطباء زياد الزعبي بزيادة رواتب الأطباء المقيمين.", "زياد الزعبي"),
        ("وقال نقيب الصحفيين خالد البلشي إن النقابة ترفض القرار.", "خالد البلشي"),
        ("وأوضح نقيب المعلمين حسن العبادي أن العام الدراسي سيبدأ في موعده.", "حسن العبادي"),
        ("ودعا نقيب الصيادلة محمد عبيدات إلى ضبط أسعار الأدوية.", "محمد عبيدات"),
    ];
    let mut wrong = Vec::new();
    for (text, name) in cases {
        let found = tag(text);
        let person = found.iter().any(|(t, l)| t == name && l == "PER");
        let titled = found.iter().any(|(t, l)| l == "PER" && t.contains("نقيب"));
        if !person || titled {
            wrong.push(format!("{text}: {name} PER in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}

/// A road, street, bridge, airport, hospital or university named after a king, a prince or a sheikh is
/// a place or a body (or nothing), never the person: no PER holds the patron's name.
#[test]
fn facilities_named_after_kings_are_no_people() {
    let cases = [
        ("بدأت الأمانة تشجير طريق الملك سلمان هذا الشهر.", "سلمان"),
        ("وتمتد الأعمال على طريق الملك عبدالله حتى نهاية العام.", "عبدالله"),
        ("أغلقت الشرطة طريق الأمير تركي الأول بسبب أعمال الصيانة.", "تركي"),
        ("ازدحم جسر الملك فهد بالمسافرين في العطلة.", "فهد"),
        ("هبطت الطائرة في مطار الملك عبدالعزيز الدولي مساء أمس.", "عبدالعزيز"),
        ("نقل المصاب إلى مستشفى الملك خالد الجامعي بعد الحادث.", "خالد"),
        ("تخرج الباحث في جامعة الملك سعود عام 2010.", "سعود"),
        ("أغلق شارع الشيخ زايد أمام حركة السير ساعتين.", "زايد"),
    ];
    let mut wrong = Vec::new();
    for (text, name) in cases {
        let found = tag(text);
        if found.iter().any(|(t, l)| l == "PER" && t.contains(name)) {
            wrong.push(format!("{text}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
    // The road is a place, with its patron's title.
    let found = tag("بدأت الأمانة تشجير طريق الملك سلمان هذا الشهر.");
    assert!(found.iter().any(|(t, l)| t.contains("الملك سلمان") && l == "LOC"), "help: {found:?}");
}

/// A dialect's verb of wanting at the start of a quote opens no name; a place after it stays a place.
#[test]
fn dialect_verbs_of_wanting_open_no_name() {
    let cases = [
        ("مضيفا: «داير كل زول في المعسكرات ياخد الجرعة».", "داير", None),
        ("وقال أحد السكان: «داير أمشي الخرطوم بكرة لكن الطريق مقفول».", "داير", None),
        ("وقالت إحدى المتطوعات: «نبي جدة أحلى مدينة في العالم».", "نبي", Some("جدة")),
        ("وعلق أحد المشجعين: «نبغى الكويت ترجع مثل أول».", "نبغى", Some("الكويت")),
        ("وقال شاب في الحي: «دايرين السلام يرجع للبلد».", "دايرين", None),
        ("وأضاف البائع: «عايز مصر تبقى أحسن من كده».", "عايز", Some("مصر")),
    ];
    let mut wrong = Vec::new();
    for (text, verb, place) in cases {
        let found = tag(text);
        let named = found.iter().any(|(t, _)| t.contains(verb));
        let placed = place.is_none_or(|p| found.iter().any(|(t, l)| t == p && l == "LOC"));
        if named || !placed {
            wrong.push(format!("{text}: {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}

/// Round 25. A currency in the accusative after a count in digits or words (`خمسين دينارا`, `بعشرين
/// جنيها`) is the currency (MISC, as the training text has it), no person; a resort, a castle, a port or
/// a bridge named after a person or a place is the place, with no PER or ORG for the name.
#[test]
fn currencies_after_counts_and_facilities_named_after_people() {
    let cases: [(&str, &str, &[&str]); 12] = [
        ("دفع المشتري خمسين دينارا مقابل الكيس الواحد.", "دينارا", &["MISC"]),
        ("وباع التاجر الساعة بثلاثين دينارا فقط.", "دينارا", &["MISC"]),
        ("اشترى الرجل الهاتف بمئة درهما في السوق.", "درهما", &["MISC"]),
        ("دفعت الأسرة 500 ريالا رسوم التسجيل.", "ريالا", &["MISC"]),
        ("وتبرع المحسن بعشرين جنيها لكل طفل.", "جنيها", &["MISC"]),
        ("وغرمته المحكمة ألف دولارا بسبب المخالفة.", "دولارا", &["MISC"]),
        ("قضت العائلة أسبوعا في مصيف صلاح الدين شمال العراق.", "صلاح الدين", &["LOC"]),
        ("وصل الزوار إلى منتجع صلاح الدين السياحي", "صلاح الدين", &["LOC"]),
        ("وزار الوفد قلعة صلاح الدين في القاهرة.", "صلاح الدين", &["LOC"]),
        ("ورست السفينة في ميناء زايد صباح أمس.", "زايد", &["LOC"]),
        ("أغلقت السلطات جسر دارتو في أربيل أمام السيارات.", "دارتو", &["LOC", "MISC"]),
        ("وقال مدير الطرق إن جسر دارتو سيفتح غدا.", "دارتو", &["LOC", "MISC"]),
    ];
    let mut wrong = Vec::new();
    for (text, name, labels) in cases {
        let found = tag(text);
        let right = found.iter().any(|(t, l)| t == name && labels.contains(&l.as_str()));
        if !right || found.iter().any(|(t, l)| t.contains(name) && (l == "PER" || l == "ORG")) {
            wrong.push(format!("{text}: {name} {labels:?} in {found:?}"));
        }
    }
    assert!(wrong.is_empty(), "help:\n{}", wrong.join("\n"));
}
