//! The tagger and linker on the team's sample aggregator page (same template as the seed): every person,
//! place and organisation is found, spans leave clitics out, and mentions of one entity share one id.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashMap;

use naba::{Options, RawOptions};

const SAMPLE: &str = include_str!("../www/samples/aggregator-ar.txt");

fn analysis() -> naba::Analysis {
    naba::analyze(SAMPLE, &Options::from_raw(RawOptions::default()).unwrap()).unwrap()
}

#[test]
fn every_name_of_the_sample_is_found() {
    let a = analysis();
    let found: Vec<(String, String)> = a
        .articles
        .iter()
        .flat_map(|x| &x.entities)
        .map(|e| (e.text.clone(), e.label.as_str().to_string()))
        .collect();
    let expected: &[(&str, &str)] = &[
        ("بدر عبد العاطي", "PER"),
        ("هاكان فيدان", "PER"),
        ("عبد الفتاح السيسي", "PER"),
        ("رجب طيب أردوغان", "PER"),
        ("محمد بن عبد الرحمن آل ثاني", "PER"),
        ("عمر تشليك", "PER"),
        ("أردوغان", "PER"),
        ("فيدان", "PER"),
        ("عبد العاطي", "PER"),
        ("تشليك", "PER"),
        ("مصر", "LOC"),
        ("تركيا", "LOC"),
        ("أنقرة", "LOC"),
        ("أنرقة", "LOC"),
        ("القاهرة", "LOC"),
        ("غزة", "LOC"),
        ("السودان", "LOC"),
        ("إسطنبول", "LOC"),
        ("قطر", "LOC"),
        ("وزارة الخارجية المصرية", "ORG"),
        ("الرئاسة التركية", "ORG"),
        ("الشرق الأوسط", "ORG"),
    ];
    let missing: Vec<_> =
        expected.iter().filter(|(t, l)| !found.iter().any(|(ft, fl)| ft == t && fl == l)).collect();
    assert!(missing.is_empty(), "missing {missing:?}\nfound {found:?}");
    // Clitics stay outside spans: وتركيا → تركيا, والسودان → السودان, وعبد العاطي → عبد العاطي.
    assert!(found.iter().all(|(t, _)| !t.starts_with("وتركيا") && !t.starts_with("والسودان") && !t.starts_with("وعبد")));
}

#[test]
fn mentions_of_one_entity_share_an_id_and_the_fullest_name() {
    let a = analysis();
    let ents: Vec<_> = a.articles.iter().flat_map(|x| &x.entities).collect();
    let id_of = |t: &str| ents.iter().find(|e| e.text == t).map(|e| (e.id.clone(), e.canonical.clone())).unwrap();
    assert_eq!(id_of("أردوغان"), id_of("رجب طيب أردوغان"));
    assert_eq!(id_of("أردوغان").1, "رجب طيب أردوغان");
    assert_eq!(id_of("عبد العاطي").1, "بدر عبد العاطي");
    assert_eq!(id_of("أنرقة").0, id_of("أنقرة").0, "the typo links to the city");
    assert_eq!(id_of("الخارجية المصرية").1, "وزارة الخارجية المصرية");
    assert_ne!(id_of("مصر").0, id_of("السيسي").0);
    // The same person in both articles of the page has one id.
    let per_article: Vec<HashMap<String, String>> = a
        .articles
        .iter()
        .map(|x| x.entities.iter().map(|e| (e.canonical.clone(), e.id.clone())).collect())
        .collect();
    assert_eq!(per_article[0]["رجب طيب أردوغان"], per_article[1]["رجب طيب أردوغان"]);
}

/// (text, label, canonical, id) of each entity of a text.
fn linked(text: &str) -> Vec<(String, String, String, String)> {
    let r = naba::tag(text, &naba::Options::default()).unwrap();
    r.entities.iter().map(|e| (e.text.clone(), format!("{:?}", e.label), e.canonical.clone(), e.id.clone())).collect()
}

#[test]
fn a_short_form_in_brackets_is_the_name_before_it() {
    for (text, long, short) in [
        ("أعلنت منظمة الأمم المتحدة للطفولة (يونيسف) أمس أن الأطفال في خطر، وقالت يونيسف إن المساعدات لم تصل.", "منظمة الأمم المتحدة للطفولة", "يونيسف"),
        ("أكد الاتحاد الدولي لكرة القدم ( فيفا ) أن البطولة ستقام في موعدها.", "الاتحاد الدولي لكرة القدم", "فيفا"),
        ("قالت منظمة الصحة العالمية (WHO) إن الوباء انتهى في معظم الدول.", "منظمة الصحة العالمية", "WHO"),
    ] {
        let e = linked(text);
        let of = |t: &str| e.iter().find(|x| x.0 == t).unwrap_or_else(|| panic!("help: {t} not found in {e:?}")).clone();
        assert_eq!(of(short).3, of(long).3, "help: {text}");
        assert_eq!(of(short).2, long, "help: {text}");
    }
    // The parent body is not its agency.
    let e = linked("قالت الأمم المتحدة إن منظمة الأمم المتحدة للطفولة (يونيسف) سترسل مساعدات.");
    let un = e.iter().find(|x| x.0 == "الأمم المتحدة").unwrap();
    assert_eq!(un.2, "الأمم المتحدة", "help: {e:?}");
    assert!(e.iter().filter(|x| x.3 == un.3).count() == 1, "help: {e:?}");
}

#[test]
fn a_country_joined_to_a_nisba_adjective_is_an_adjective() {
    for text in [
        "تدرس الوزارة تطوير المناهج الأردنية والسعودية والمصرية.",
        "وقعت الحكومتان الأردنية والسعودية اتفاقية للتعاون الجمركي.",
        "اجتمع ممثلو الشركات الإماراتية والسعودية في المعرض.",
        "أكدت القيادتان المصرية والسعودية دعمهما للحل السياسي.",
    ] {
        assert!(!tag(text).iter().any(|(t, _)| t.contains("السعودية")), "help: {text}: {:?}", tag(text));
    }
    // The country itself stays: after a place, after a masculine adjective (another noun), alone.
    for text in ["وصل الوفد إلى الإمارات والسعودية أمس.", "قال وزير الخارجية الأردني والسعودية ترحب بالقرار.", "عاد الوفد التجاري من السعودية الأسبوع الماضي."] {
        assert!(tag(text).iter().any(|(t, l)| t.contains("السعودية") && l == "LOC"), "help: {text}: {:?}", tag(text));
    }
}

#[test]
fn spans_slice_the_text() {
    let a = analysis();
    let units: Vec<u16> = a.text.encode_utf16().collect();
    for e in a.articles.iter().flat_map(|x| &x.entities) {
        assert_eq!(String::from_utf16(&units[e.start..e.end]).unwrap(), e.text);
    }
}

#[test]
fn conll_output_has_one_line_per_input_line() {
    let lines = ["وقال", "الرئيس", "فلاديمير", "بوتين", "", "في", "موسكو", "."];
    let tags = naba::entity::conll_tags(&lines);
    assert_eq!(tags.len(), lines.len());
    assert_eq!(tags[4], "");
    assert_eq!(&tags[2..4], ["B-PER", "I-PER"]);
    assert_eq!(tags[6], "B-LOC");
}

/// Entities of one short text, as (text, label).
fn tag(text: &str) -> Vec<(String, String)> {
    naba::entity::find_entities(text).into_iter().map(|e| (e.text, e.label.as_str().to_string())).collect()
}

/// Asserts that none of `texts` has an entity labelled `label`.
fn assert_no_label(texts: &[&str], label: &str) {
    for text in texts {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != label), "help: {text}: {found:?}");
    }
}

/// Issue 13: a leading letter of a name is not cut as a clitic when what remains is no word (`فيروس`,
/// `فيلادلفيا`) or the whole is a word (`كامل`); a real conjunction still is (`وبوتين`).
#[test]
fn root_letters_stay_in_spans() {
    for (text, lost) in [
        ("زار الوفد مدينة فيلادلفيا الأمريكية أمس", "يلادلفيا"),
        ("وقال الناشط فراس حداد إن الحكومة تأخرت", "راس"),
        ("التقى المدير العام كامل إدريس بالوفد في جنيف", "امل"),
        ("انتشر فيروس جديد في فنزويلا هذا الشهر", "يروس"),
        ("وصل فيصل المقداد إلى فيينا صباح اليوم", "يصل"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.starts_with(lost)), "help: {text}: {found:?}");
    }
    let found = tag("التقى الرئيس الروسي فلاديمير بوتين نظيره التركي في موسكو، وبوتين قال إن المحادثات جيدة");
    assert!(found.iter().any(|(t, l)| t == "بوتين" && l == "PER"), "help: {found:?}");
    assert!(found.iter().all(|(t, _)| !t.starts_with("وبوتين") && !t.starts_with("لاديمير")), "help: {found:?}");
}

/// Issue 13: a verb with its conjunction (`فأدرك`, `فأيقن`) does not open the person after it, however
/// rare the conjoined form, when the verb itself is common.
#[test]
fn a_conjoined_verb_does_not_open_a_name() {
    for (text, name) in [
        ("فأدرك عيسى الكوهجي أن الفريق بحاجة إلى هدف", "عيسى الكوهجي"),
        ("فأيقن مروان الحداد أن القرار نهائي", "مروان الحداد"),
        ("فاكتشف نبيل العطار أن الملف ناقص", "نبيل العطار"),
        ("وأسرع حازم البدري نحو المرمى", "حازم البدري"),
        ("فأبلغ طارق الزين الشرطة بالحادث", "طارق الزين"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t == name && l == "PER"), "help: {text}: {found:?}");
    }
}

/// Issue 13: dialect function words are never people (Levantine, Egyptian, Gulf lines).
#[test]
fn dialect_words_are_not_names() {
    for text in [
        "شو بدك تعمل هلق؟ شي منيح إنك إجيت يا خيي.",
        "ليش هيك عملت؟ وين كنت امبارح؟",
        "هو قالك كده عشان مين؟ دلوقتي مش وقته.",
        "شلون صار الموضوع؟ وش السالفة يا خوي؟",
    ] {
        let found = tag(text);
        let words = ["شو", "شي", "هيك", "ليش", "وين", "مين", "كده", "دلوقتي", "شلون", "وش", "منيح", "هلق"];
        assert!(found.iter().all(|(t, _)| !t.split_whitespace().any(|w| words.contains(&w))), "help: {text}: {found:?}");
    }
}

/// Issue 13: an organisation named by its head noun and a name is one span, head included.
#[test]
fn head_noun_organisations_are_whole() {
    assert_found(&[
        ("قالت بلدية الخليل في بيان إن أعمال الصيانة ستبدأ غدا.", "بلدية الخليل"),
        ("وأكد رئيس جامعة النجاح أن الدوام سيستمر.", "جامعة النجاح"),
        ("بثت إذاعة صوت فلسطين الخبر صباحا.", "إذاعة صوت فلسطين"),
        ("نقل المصاب إلى مستشفى رفيديا في نابلس.", "مستشفى رفيديا"),
        ("قالت بلدية نابلس إن جريدة القدس نشرت الخبر.", "جريدة القدس"),
        // Named after a place or person too rare for the training text.
        ("وصل الجرحى إلى مستشفى قلنديا مساء الأحد.", "مستشفى قلنديا"),
        ("أعلنت بلدية عنبتا إغلاق السوق يومين.", "بلدية عنبتا"),
        ("يدرس ألفا طالب في جامعة بيرزيت هذا العام.", "جامعة بيرزيت"),
    ], "ORG");
    // (The school's adjective may or may not be taken in: the name is.)
    for (text, org) in [("وقال مدير مدرسة طمرة الثانوية إن الامتحان أجل.", "مدرسة طمرة"), ("وزار الوفد مدرسة عرابة الأساسية للبنين.", "مدرسة عرابة")] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.starts_with(org) && l == "ORG"), "help: {text}: {found:?}");
    }
    // A head noun before an adjective, a feminine noun or a common word names no organisation.
    assert_no_label(&[
        "نقل المصابون إلى مستشفى ميداني قرب الحدود.",
        "افتتحت في المدينة جامعة خاصة جديدة.",
        "وقالت إن مستشفى كبيرا سيبنى في الشمال.",
        "تعمل في المنطقة مدرسة واحدة فقط.",
    ], "ORG");
}

/// Issue 13: `و` + a name inside a span starts the next name; a name whose own first letter is و
/// (`وقاص`, `ويلكس`) stays whole.
#[test]
fn conjoined_names_are_two() {
    for (text, names) in [
        ("وتحدث شافيز ولوكاشنكو عن التعاون بين البلدين.", &["شافيز", "لوكاشنكو"][..]),
        ("والتقى عنان وصبري في القاهرة.", &["عنان", "صبري"][..]),
        ("وزار الوفد إنجلترا والبرتغال وإسبانيا خلال الجولة.", &["إنجلترا", "البرتغال", "إسبانيا"][..]),
        ("والتقى أوباما وبوتين على هامش القمة.", &["أوباما", "بوتين"][..]),
        ("وتحدث عباس ونتنياهو هاتفيا.", &["عباس", "نتنياهو"][..]),
        // `ب` + a listed surname after a person: the verb's preposition, and a second person.
        ("اتصل أردوغان ببوتين هاتفيا.", &["أردوغان", "بوتين"][..]),
        ("اجتمع ماكرون بشولتس في برلين.", &["ماكرون", "شولتس", "برلين"][..]),
        ("التقى عباس بنتنياهو في عمان.", &["عباس", "نتنياهو"][..]),
        ("اتصل ترامب بزيلينسكي هاتفيا.", &["ترامب", "زيلينسكي"][..]),
        ("التقى الرئيس بشار الأسد وزير الخارجية.", &["بشار الأسد"][..]),
        ("استقبل الملك محمد بركات المدير الجديد.", &["محمد بركات"][..]),
        // A run of rare words joined by و after a place: a list of places.
        ("حصرت الأضرار في طوباس وطمون وبردلة.", &["طوباس", "طمون", "بردلة"][..]),
        ("زار الوفد جنين وقباطية ويعبد.", &["جنين", "قباطية", "يعبد"][..]),
        // A listed place that is و + another listed place, in a list of places (`وجدة` is Oujda alone).
        ("زار الوزير الرياض وجدة ومكة خلال جولته.", &["الرياض", "جدة", "مكة"][..]),
        ("وتشمل الجولة الدمام وجدة والمدينة المنورة.", &["الدمام", "جدة"][..]),
        ("زار الملك تطوان ووجدة والناظور.", &["تطوان", "وجدة", "الناظور"][..]),
        ("وصلت القافلة إلى وجدة شرق المغرب.", &["وجدة", "المغرب"][..]),
    ] {
        let found = tag(text);
        for n in names {
            assert!(found.iter().any(|(t, _)| t == n), "help: {text}: {n} in {found:?}");
        }
    }
    for (text, name) in [("وقال سعد بن أبي وقاص كلمته.", "سعد بن أبي وقاص"), ("ولعبت آشلي ويلكس دورا في الفيلم.", "آشلي ويلكس")] {
        let found = tag(text);
        assert!(found.iter().any(|(t, _)| t == name), "help: {text}: {found:?}");
    }
}

/// Verbs and nouns with a pronoun after a place are no list of places.
#[test]
fn words_after_a_place_are_no_places_by_their_conjunction_alone() {
    for text in ["أشاد الوزير بالتعاون مع الأردن ودعمها ومتابعتها للمشروع.", "وصل الرئيس إلى دمشق وقال وأضاف إن الأمر صعب.", "تحدث عن سوريا واعتبروا أن الحل قريب."] {
        let found = tag(text);
        assert_eq!(found.iter().filter(|(_, l)| l == "LOC").count(), 1, "help: {text}: {found:?}");
    }
}

/// An adjective of a facility or body (`الدولي`, `الوطني`, `العالمي`) ends no person: airports and stadiums
/// named after people keep it out of the name.
#[test]
fn body_adjectives_end_no_person() {
    for text in [
        "هبطت الطائرة في مطار الملك خالد الدولي.",
        "هبطت الطائرة في مطار رفيق الحريري الدولي.",
        "افتتح ملعب الأمير فيصل بن فهد الدولي.",
        "أقيم الحفل في مركز الملك عبدالعزيز العالمي.",
        "أقيمت المباراة على ستاد محمد بن زايد الوطني.",
    ] {
        let found = tag(text);
        assert!(
            found.iter().all(|(t, l)| l != "PER" || !(t.ends_with("الدولي") || t.ends_with("العالمي") || t.ends_with("الوطني"))),
            "help: {text}: {found:?}"
        );
    }
}

/// Issue 13: a company or bank named by head, adjectives and purpose is one organisation, not the
/// place or club inside it.
#[test]
fn companies_by_structure() {
    assert_found(&[
        ("وأعلنت الشركة السعودية للكهرباء عن أرباح قياسية.", "الشركة السعودية للكهرباء"),
        ("وقال المصرف العراقي للتجارة إن القروض زادت.", "المصرف العراقي للتجارة"),
        ("ووقع البنك الأهلي المصري اتفاقية مع الحكومة.", "البنك الأهلي المصري"),
        ("أصدرت الهيئة العامة للاستعلامات بيانا.", "الهيئة العامة للاستعلامات"),
        ("وقعت جامعة الملك سعود وقعتا اتفاقية مع البنك الأهلي المصري أمس.", "جامعة الملك سعود"),
    ], "ORG");
}

/// Issue 13: a definite head whose adjectives name a country is a national institution, head and
/// adjectives one ORG span (the Wojood convention; ANERcorp leaves many of them untagged, which costs
/// it 0.08 over ten folds against 0.8 gained on Wojood val). A programme is no organisation.
#[test]
fn national_institutions_are_organisations() {
    assert_found(&[
        ("قرر المجلس التشريعي الفلسطيني تأجيل الجلسة إلى الأسبوع المقبل.", "المجلس التشريعي الفلسطيني"),
        ("ورفضت المحكمة العليا الإسرائيلية الالتماس صباح اليوم.", "المحكمة العليا الإسرائيلية"),
        ("أعلن البنك المركزي المصري رفع أسعار الفائدة.", "البنك المركزي المصري"),
        ("وقالت الهيئة العامة السورية إن الطريق أغلق.", "الهيئة العامة السورية"),
    ], "ORG");
    assert_no_label(&["تناول الاجتماع البرنامج النووي الإيراني بالتفصيل.", "فاز في المسابقة الطالب الأول على المدرسة الثانية."], "ORG");
}

/// Issue 13: a head noun with an international adjective is a body of its own (`المنظمة العالمية`,
/// `الاتحاد الأفريقي`), and an indefinite ل-noun with its genitive names its purpose (`لعلوم الفضاء`,
/// `لحقوق الإنسان`); a verbal noun of purpose (`لتحقيق`, `لإصدار`) says what a body does and stays out.
#[test]
fn international_bodies_and_their_purpose() {
    assert_found(&[
        ("وحذرت المنظمة العالمية من تفشي الوباء في المخيمات.", "المنظمة العالمية"),
        ("وقرر الاتحاد الأفريقي تعليق عضوية البلاد أمس.", "الاتحاد الأفريقي"),
        ("انتخب عضواً في الاتحاد العربي لعلوم الفضاء والفلك العام الماضي.", "الاتحاد العربي لعلوم الفضاء والفلك"),
        ("دانت الشبكة العربية لحقوق الإنسان الاعتقالات الأخيرة.", "الشبكة العربية لحقوق الإنسان"),
        ("وقال رئيس الهيئة الوطنية لمكافحة الفساد إن الملفات أحيلت.", "الهيئة الوطنية لمكافحة الفساد"),
    ], "ORG");
    for text in [
        "وسعى البنك التجاري لتحقيق أرباح أكبر هذا العام.",
        "ودعت الجمعية العامة لإصدار قرار جديد بشأن اللاجئين.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("لتحقيق") && !t.contains("لإصدار")), "help: {text}: {found:?}");
    }
}

/// Issue 13: a dialect question word or particle alone is never a name, even in a line with no other
/// dialect word; inside a longer name it stays (`شي جين بينغ`).
#[test]
fn lone_dialect_words_are_no_names() {
    for text in ["شو عملتوا اليوم يمه", "وين رحتوا امبارح بالليل؟", "مين قال إنو الامتحان صعب؟", "بتقول الموضوع تافه شو دخلنا"] {
        let found = tag(text);
        let words = ["شو", "وين", "مين", "اللي"];
        assert!(found.iter().all(|(t, _)| !words.contains(&t.as_str())), "help: {text}: {found:?}");
    }
    let found = tag("واستقبل الرئيس الصيني شي جين بينغ نظيره الروسي في بكين.");
    assert!(found.iter().any(|(t, l)| t.contains("شي جين بينغ") && l == "PER"), "help: {found:?}");
}

/// Issue 13: an organisation named after a person, with its purpose, is one organisation (a head noun,
/// the person's name, a لل-purpose), whatever the model made of the name; without a head or a purpose
/// the person stays a person.
#[test]
fn organisations_named_after_people_with_a_purpose() {
    assert_found(&[
        ("بالتعاون مع مركز محمد بن راشد للفضاء الذي أطلق القمر الصناعي.", "مركز محمد بن راشد للفضاء"),
        ("وأعلنت مؤسسة محمد بن راشد للمعرفة نتائج المسابقة أمس.", "مؤسسة محمد بن راشد للمعرفة"),
        ("وقدمت جمعية سلطان بن زايد للثقافة منحاً لعشرين طالباً.", "جمعية سلطان بن زايد للثقافة"),
    ], "ORG");
    assert_found(&[
        ("واستقبل الشيخ محمد بن راشد وفد الجامعة في دبي.", "محمد بن راشد"),
        ("وقال مدير المركز محمد العلي إن العمل مستمر.", "محمد العلي"),
    ], "PER");
}

/// Whether `found` holds `text` with `label`.
/// Asserts that each of `cases` (a text, a name in it) has the name as an entity labelled `label`.
fn assert_found(cases: &[(&str, &str)], label: &str) {
    for (text, name) in cases {
        let found = tag(text);
        assert!(has_entity(&found, name, label), "help: {text}: {found:?}");
    }
}

/// Asserts that each text has its name, whole, with its label.
fn assert_typed(cases: &[(&str, &str, &str)]) {
    for (text, name, label) in cases {
        let found = tag(text);
        assert!(has_entity(&found, name, label), "help: {text}: {name} {label} in {found:?}");
    }
}

fn has_entity(found: &[(String, String)], text: &str, label: &str) -> bool {
    found.iter().any(|(t, l)| t == text && l == label)
}

/// Issue 13: a person's name that the model cut in two (no `و` between the parts) is one person
/// (`جابر المبارك الحمد الصباح`, `ولد` names); two people joined by `و` stay two.
#[test]
fn cut_person_names_are_one_person() {
    assert_found(&[
        ("برئاسة سمو الشيخ جابر المبارك الحمد الصباح، رئيس مجلس الوزراء.", "جابر المبارك الحمد الصباح"),
        ("وصل المبعوث الأممي إسماعيل ولد الشيخ أحمد إلى عدن مساء الثلاثاء.", "إسماعيل ولد الشيخ أحمد"),
    ], "PER");
    for (text, names) in [
        ("والتقى بوش وبلير في واشنطن أمس.", &["بوش", "بلير"][..]),
        ("وقال المدافع فابيو كانافارو ومدربه مارتشيلو ليبي إن الفريق مستعد.", &["فابيو كانافارو", "مارتشيلو ليبي"][..]),
    ] {
        let found = tag(text);
        for n in names {
            assert!(has_entity(&found, n, "PER"), "help: {text}: {n} in {found:?}");
        }
    }
}

/// Issue 13: words for roles and sides name nobody: definite duals (`الطرفان`, `الجانبان`), plurals
/// in construct (`مديري المدارس`), an ordinal spread from a king's name (`الأسبوع الثاني`), and an
/// object in the indefinite accusative after a name (`محمود شاكر بيانا`).
#[test]
fn role_words_are_no_people() {
    for (text, word) in [
        ("وأكد الطرفان في ختام اللقاء أهمية الحوار.", "الطرفان"),
        ("وأكد الجانبان، بحسب بيان لوزارة الخارجية السعودية، أهمية التنسيق.", "الجانبان"),
        ("اجتمع الوزير مع مديري المدارس في المحافظة.", "مديري"),
        ("استقبل الملك عبد الله الثاني الوفد في عمان. وسيعقد الاجتماع المقبل في الأسبوع الثاني من الشهر.", "الثاني"),
    ] {
        let found = tag(text);
        assert!(!has_entity(&found, word, "PER"), "help: {text}: {found:?}");
    }
    let found = tag("استقبل الملك عبد الله الثاني الوفد في عمان.");
    assert!(has_entity(&found, "عبد الله الثاني", "PER"), "help: {found:?}");
    let found = tag("وأصدر المتحدث باسم الحكومة محمود شاكر بيانا قال فيه إن الاجتماع تأجل.");
    assert!(has_entity(&found, "محمود شاكر", "PER"), "help: {found:?}");
}

/// Issue 13: a dialect question word opening a clause (`شو صار؟`, `مين جاب`) and `شي` after a negation
/// (`ولا شي`, `ما في شي`) are no names, in a line with no other dialect word too; `شو` inside a
/// transliterated name after its title stays.
#[test]
fn dialect_questions_open_no_names() {
    for text in ["شو صار معك اليوم؟ ولا شي، كنت بالبيت.", "مين جاب الأكل؟ شو هالحكي يا زلمة.", "شو بدك مني هلق؟ ما في شي."] {
        let found = tag(text);
        let words = ["شو", "مين", "شي", "صار", "جاب"];
        assert!(found.iter().all(|(t, _)| !t.split_whitespace().any(|w| words.contains(&w))), "help: {text}: {found:?}");
    }
    let found = tag("وقال وزير الخارجية الكوري الشمالي شو سو هون إن المحادثات مفيدة.");
    assert!(has_entity(&found, "شو سو هون", "PER"), "help: {found:?}");
}

/// Issue 13: a virus is no place: `فيروس` leaves spans, and the name after it is MISC.
#[test]
fn viruses_are_no_places() {
    for text in ["قالت وزارة الصحة إن فيروس كورونا انتشر في المدينة.", "وحذر الأطباء من فيروس إيبولا الذي ظهر في غينيا."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| !t.contains("فيروس") && !(l == "LOC" && (t == "كورونا" || t == "إيبولا"))), "help: {text}: {found:?}");
    }
    assert!(has_entity(&tag("قالت وزارة الصحة إن فيروس كورونا انتشر في المدينة."), "كورونا", "MISC"));
    assert!(has_entity(&tag("وحذر الأطباء من فيروس إيبولا الذي ظهر في غينيا."), "غينيا", "LOC"));
    // Whatever the model made of the name, or if it made nothing of it.
    for (text, name) in [("وحذر الأطباء من فيروس زيكا في البرازيل.", "زيكا"), ("وقالت المنظمة إن فيروس ماربورغ قاتل.", "ماربورغ")] {
        assert!(has_entity(&tag(text), name, "MISC"), "help: {text}: {:?}", tag(text));
    }
    for text in ["ويهاجم فيروس نقص المناعة الخلايا.", "وانتشر الفيروس الجديد بسرعة في المدينة."] {
        assert!(tag(text).is_empty(), "help: {text}: {:?}", tag(text));
    }
    // An outbreak or a variant named by its virus.
    for (text, name) in [
        ("توقفت الأشغال خلال سنة 2020 بسبب جائحة كورونا.", "كورونا"),
        ("وانتشر وباء إيبولا في غرب أفريقيا.", "إيبولا"),
        ("ورصدت الوزارة حالات من متحور أوميكرون في المدينة.", "أوميكرون"),
        ("وتضررت السياحة بشدة من الجائحة ثم بجائحة كورونا مرة أخرى.", "كورونا"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, "MISC") && !found.iter().any(|(t, l)| t == name && l != "MISC"), "help: {text}: {found:?}");
    }
}

/// Issue 13: a Latin name after a media word (`وكالة AFP`, `شبكة (CNN)`) is the outlet, and so is a
/// name written with an English word in Arabic letters (`المدى نيوز`, `جيروزاليم بوست`).
#[test]
fn outlets_in_latin_letters_or_english_words() {
    for (text, org) in [
        ("ونقلت وكالة AFP عن مصدر أمني أن الانفجار وقع صباحا.", "AFP"),
        ("وقال مراسل شبكة (CNN) في بغداد إن الوضع هادئ.", "CNN"),
        ("حمّل تطبيق المدى نيوز: سمير جعجع يتحدث عن قانون الانتخاب.", "المدى نيوز"),
        ("وقالت صحيفة جيروزاليم بوست إن الحكومة تدرس الخطة.", "جيروزاليم بوست"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, org, "ORG"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(_, l)| l != "LOC" || !text.contains("نيوز")), "help: {text}: {found:?}");
    }
    // The company's head noun may come with its name: ANERcorp leaves `شركة` out (20 of 21 times), Wojood
    // takes it in, and the model learns from both (forcing ANERcorp's way cost Wojood val 7 points).
    for (text, name) in [
        ("وأعلنت شركة نيوز كورب أن أرباحها ارتفعت.", "نيوز كورب"),
        ("وقالت شركة جنرال إلكتريك في بيان إنها ستغلق المصنع.", "جنرال إلكتريك"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, "ORG") || has_entity(&found, &format!("شركة {name}"), "ORG"), "help: {text}: {found:?}");
    }
}

/// Issue 13: a quoted name after a word for a campaign or movement is an organisation, not a person.
#[test]
fn quoted_movements_are_organisations() {
    assert_found(&[
        ("انضم آلاف المتظاهرين إلى حملة «بدنا نحاسب» في ساحة الشهداء.", "بدنا نحاسب"),
        ("وأطلق ناشطون حركة «شباب ضد الفساد» الشهر الماضي.", "شباب ضد الفساد"),
    ], "ORG");
    // A quotation after an ordinary word, and a programme's title, are no movement.
    let found = tag("وحمل المتظاهرون لافتات كتب عليها «ارحل» في الشارع.");
    assert!(found.is_empty(), "help: {found:?}");
    let found = tag("استقبلت القناة الخبير مارك سميث في برنامج «حديث الساعة».");
    assert!(!found.iter().any(|(_, l)| l == "ORG"), "help: {found:?}");
}

/// Issue 13: a person's name after a square, street or canal names the place (LOC); after a mosque it
/// names the mosque (ORG).
#[test]
fn places_named_after_people() {
    assert_typed(&[
        ("تجمع المحتجون في ساحة رياض الصلح وسط بيروت.", "رياض الصلح", "LOC"),
        ("ومشى المتظاهرون في شارع جمال عبد الناصر حتى المساء.", "جمال عبد الناصر", "LOC"),
        ("واعتصم الطلاب في ساحة سمير قصير وسط العاصمة.", "سمير قصير", "LOC"),
        ("وأغلقت البلدية شارع فؤاد شهاب أمام السيارات.", "فؤاد شهاب", "LOC"),
        ("وصلى الآلاف في مسجد الحسن الثاني بالدار البيضاء.", "الحسن الثاني", "ORG"),
    ]);
    let found = tag("وزار الرئيس السوري بشار الأسد موسكو.");
    assert!(has_entity(&found, "بشار الأسد", "PER"), "help: {found:?}");
}

/// Issue 13: the name after `نادي` is the club even when it is a common word (`القلعة`, `الشعلة`).
#[test]
fn clubs_named_by_common_words() {
    for (text, org) in [("فاز نادي القلعة على ضيفه بهدفين.", "القلعة"), ("وتعاقد نادي الشعلة مع مدرب جديد.", "الشعلة")] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.ends_with(org) && l == "ORG"), "help: {text}: {found:?}");
    }
}

/// Issue 13: an authority named by two genitives joined by و is one organisation (`هيئة الطرق
/// والمواصلات`); with one genitive it is not (`هيئة الدفاع`, the defence team).
#[test]
fn authorities_with_joined_genitives() {
    assert_found(&[
        ("أعلنت هيئة الطرق والمواصلات في دبي إطلاق خدمة جديدة.", "هيئة الطرق والمواصلات"),
        ("وقالت هيئة الكهرباء والمياه إن الانقطاع سينتهي الليلة.", "هيئة الكهرباء والمياه"),
    ], "ORG");
    assert!(tag("وقالت هيئة الدفاع إن المحاكمة سياسية.").is_empty());
}

/// Issue 13: an army with a qualifier and a country is a named force (`الجيش الوطني الليبي`); two
/// armies joined by و are not one.
#[test]
fn named_armies_are_organisations() {
    assert_found(&[
        ("وأعلن الجيش الوطني الليبي سيطرته على المدينة.", "الجيش الوطني الليبي"),
        ("وقال الجيش السوري الحر إنه صد الهجوم.", "الجيش السوري الحر"),
    ], "ORG");
    let found = tag("وقال الجيش الأميركي والعراقي إن العملية انتهت.");
    assert!(!found.iter().any(|(t, _)| t.contains("والعراقي")), "help: {found:?}");
}

/// Issue 13: an organisation is whole: a span that stops inside a listed name goes to its end
/// (`منظمة أطباء بلا حدود`), a company named by what it does keeps its purpose (`لتوزيع الكهرباء`, not
/// `لتحقيق الأرباح`), and a ministry keeps its country's adjective (`لوزارة الخارجية السعودية`).
#[test]
fn organisations_are_whole() {
    for (text, org) in [
        ("وأفادت منظمة أطباء بلا حدود بأن فرقها وصلت.", "منظمة أطباء بلا حدود"),
        ("وأعلنت الشركة السودانية لتوزيع الكهرباء انقطاع التيار.", "الشركة السودانية لتوزيع الكهرباء"),
        ("وأكد الجانبان، بحسب بيان لوزارة الخارجية السعودية، أهمية التنسيق.", "لوزارة الخارجية السعودية"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.ends_with(&org[org.find(' ').unwrap()..]) && l == "ORG"), "help: {text}: {found:?}");
        assert!(!found.iter().any(|(t, l)| l == "LOC" && org.ends_with(t.as_str())), "help: {text}: {found:?}");
    }
    let found = tag("وسعت الشركة الوطنية لتحقيق الأرباح هذا العام.");
    assert!(!found.iter().any(|(t, _)| t.contains("لتحقيق")), "help: {found:?}");
}

/// Issue 13: dialect lines of every region name nobody: `شي` opening a question or closing a clause
/// (`شي صار معك؟`, `ما عملت شي`), `مين` before `اللي`, `الحمد لله` in a reply, `هال` + a noun, and the
/// Egyptian, Gulf and Maghrebi words `عايز`, `شلونك`, `كاين`, `والو`; Xi after a title or an
/// adjective, or with his full name, stays a person.
#[test]
fn dialect_replies_and_questions_name_nobody() {
    for text in [
        "ليش زعلان؟ شي صار معك؟",
        "والله العظيم ما عملت شي.",
        "مين اللي كسر الكاسة؟",
        "شلونك اليوم؟ زين الحمد لله.",
        "يا زلمة شو هالحكي، ما بصير هيك.",
        "انا عايز اروح البيت دلوقتي.",
        "واش كاين شي جديد؟ والو.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "PER" && l != "LOC"), "help: {text}: {found:?}");
    }
    assert_found(&[
        ("وقال شي إن العلاقات بين البلدين قوية.", "شي"),
        ("والتقى بايدن الرئيس شي.", "شي"),
        ("وأجرى بوتين اتصالا مع نظيره الصيني شي.", "شي"),
        ("شي جين بينغ يزور موسكو الأسبوع المقبل.", "شي جين بينغ"),
    ], "PER");
}

/// Issue 13: `هال` + a noun ("this …") is no name, in a dialect line or before a common word or a
/// plural (`هالخلافات`, `هالحكي`); names that start so (`هالة`) stay.
#[test]
fn this_in_dialect_is_no_name() {
    for text in ["مع هالخلافات احلم ولا تخاف", "يا زلمة شو هالحكي، ما بصير هيك.", "كل هالمشكلات ما بتخلص بيوم"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.starts_with("هال")), "help: {text}: {found:?}");
    }
}

/// Issue 13: apps and platforms written in Arabic letters are organisations, not places (`تيك توك`).
#[test]
fn platforms_are_no_places() {
    assert_found(&[("وانتشر المقطع على تيك توك بسرعة.", "تيك توك"), ("وحظرت الحكومة تطبيق تيك توك في المدارس.", "تيك توك")], "ORG");
}

/// Issue 13: an organisation's Latin acronym in brackets after its name (`(WHO)`, `(NATO)`), and a
/// Latin name after `شركة`, are organisations; a bracketed Latin word after a place is not.
#[test]
fn latin_acronyms_of_organisations() {
    assert_found(&[
        ("وحذرت منظمة الصحة العالمية (WHO) من موجة جديدة.", "WHO"),
        ("وقال المتحدث باسم حلف الناتو (NATO) إن الحلف مستعد.", "NATO"),
        ("وأعلنت شركة Apple عن هاتف جديد.", "Apple"),
    ], "ORG");
    let found = tag("وصل الوفد إلى جنيف (Geneva) صباح اليوم.");
    assert!(!has_entity(&found, "Geneva", "ORG"), "help: {found:?}");
}

/// A preposition or conjunction glued to the head noun of an institution or an office stays outside
/// the span even when the whole word is common in the training text (`لوزارة`, `بوزارة`), and a name
/// that only looks like a clitic plus a word keeps its letters.
#[test]
fn clitics_before_institution_heads_stay_outside_spans() {
    for (text, name) in [
        ("وقال المتحدث باسم لوزارة الخارجية السعودية إن الاجتماع انتهى دون اتفاق", "وزارة الخارجية"),
        ("وأعلن مصدر بوزارة الداخلية المغربية اعتقال شخصين", "وزارة الداخلية"),
        ("قدمت البعثة رسالة لمجلس الأمن الدولي مساء الخميس", "مجلس الأمن"),
        ("وأكد أن لهيئة الطرق والمواصلات دورا في المشروع الجديد", "هيئة الطرق والمواصلات"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.starts_with(name) && l == "ORG"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, _)| !t.starts_with(['ل', 'ب'])), "help: a clitic inside a span: {found:?}");
    }
    let found = tag("وقال كامل إدريس إن وليد جنبلاط زار بيروت");
    for name in ["كامل إدريس", "وليد جنبلاط", "بيروت"] {
        assert!(found.iter().any(|(t, _)| t == name), "help: {name}: {found:?}");
    }
}

/// A multi-word name of the lists whose first word carries a clitic starts after the clitic, even when
/// the first word with its clitic is a name of its own (`وام`, the agency) or too short to cut alone.
#[test]
fn clitics_before_listed_names_of_two_words_stay_outside() {
    assert_found(&[
        ("وصل الوفد إلى الخرطوم وأم درمان صباح اليوم", "أم درمان"),
        ("عاد الوزير لأم درمان بعد زيارة قصيرة للعاصمة", "أم درمان"),
        ("قصفت الطائرات مواقع قرب الرقة ودير الزور فجر الأحد", "دير الزور"),
    ], "LOC");
}

/// A listed place of several words that the model takes whole as something else is the place; a
/// place inside a longer listed name keeps to that name.
#[test]
fn listed_places_of_several_words_are_places() {
    assert_found(&[
        ("انتقل اللاعب إلى لوس أنجلوس الأسبوع الماضي", "لوس أنجلوس"),
        ("وصل الفريق إلى سان فرانسيسكو ثم إلى لوس أنجلوس", "لوس أنجلوس"),
        ("شارك المخرج في مهرجان هونغ كونغ السينمائي", "هونغ كونغ"),
    ], "LOC");
    let found = tag("نشرت صحيفة لوس أنجلوس تايمز تقريرا مطولا");
    assert!(found.iter().any(|(t, l)| t == "لوس أنجلوس تايمز" && l == "ORG"), "help: {found:?}");
}

/// Issue 13: given names of the lists beyond the best-known people, which open a person the model has
/// not seen (`يفغيني`, `خورخي`, `ميسون`). (Places beyond the team's list are to come from GeoNames and
/// CLDR through `scripts/data`, never typed in: see the README's "Data".)
#[test]
fn listed_given_names_beyond_the_best_known_people() {
    assert_typed(&[
        ("وقال يفغيني بريغوجين إن قواته انسحبت.", "يفغيني بريغوجين", "PER"),
        ("أعلن المدرب خورخي سامباولي تشكيلة المنتخب.", "خورخي سامباولي", "PER"),
        ("وشاركت الكاتبة ميسون صقر في الأمسية الشعرية.", "ميسون صقر", "PER"),
        ("وأحرز باستيان شفاينشتايغر الهدف الثاني.", "باستيان شفاينشتايغر", "PER"),
        ("صرح فولفغانغ شويبله بأن الميزانية متوازنة.", "فولفغانغ شويبله", "PER"),
    ]);
    // A given name is no reason to cut a word: `برقية` is a telegram, not `ب` + `رقية`.
    let found = tag("برقية من رئيس البلدية إلى المحافظ.");
    assert!(found.iter().all(|(t, _)| t != "برقية"), "help: {found:?}");
}

/// Issue 13: a definite word a swap of two letters away from a listed name is a word of its own, not a
/// misspelt name: `الرقم` (the number; `القرم`), `الرابط` (the link; `الرباط`), `الجبلي` (mountainous;
/// `الجبيل`), `النبوة` (prophethood; `النوبة`), `البشري` (human; `البشير`).
#[test]
fn definite_words_are_no_misspelt_names() {
    for text in [
        "سجل العداء الرقم الأفضل هذا الموسم.",
        "يمكن التسجيل عبر الرابط المنشور على الصفحة.",
        "يغلب الطابع الجبلي على المنطقة الشمالية.",
        "تناول الكتاب سيرة عصر النبوة وما تلاه.",
        "ركزت الندوة على التطوير البشري والتقني في المؤسسات.",
    ] {
        let found = tag(text);
        assert!(found.is_empty(), "help: {text}: {found:?}");
    }
    // A misspelt name without the article is still found (`أنرقة`, `بوادبست`).
    let found = tag("وصل الوزير إلى بوادبست أمس.");
    assert!(has_entity(&found, "بوادبست", "LOC"), "help: {found:?}");
}

/// Issue 13: titles listed together are all works: after a cue (`روايات`, `مسلسل`, `ديوان`) the first
/// quoted title is a MISC name, and so are the quoted titles joined to it by `و`, `أو` or a comma.
#[test]
fn lists_of_quoted_titles_are_all_works() {
    for (text, titles) in [
        ("ومن أشهر أعماله رواية « بين القصرين » و « ذاكرة الجسد » و « موسم الهجرة »", &["بين القصرين", "ذاكرة الجسد", "موسم الهجرة"][..]),
        ("شاركت في مسلسل \" ليالي الحلمية \" و \" أرابيسك \" قبل سنوات", &["ليالي الحلمية", "أرابيسك"][..]),
        ("صدر له ديوان « أوراق الزيتون » ، « حبيبتي تنهض من نومها » عن دار العودة", &["أوراق الزيتون", "حبيبتي تنهض من نومها"][..]),
    ] {
        let found = tag(text);
        for t in titles {
            assert!(has_entity(&found, t, "MISC"), "help: {text}: {t} in {found:?}");
        }
    }
}

/// Issue 13: sports events by their common words: a World Cup with its year, and a championship of
/// the world with a preposition on it, are MISC names.
#[test]
fn sports_events_are_misc() {
    for (text, name) in [
        ("غاب المهاجم عن مونديال 2014 بسبب إصابة في الركبة.", "مونديال 2014"),
        ("يستعد المنتخب للمشاركة في مونديال 2030 الذي تستضيفه ثلاث قارات.", "مونديال 2030"),
        ("توج العداء ببطولة العالم للمرة الثالثة.", "ببطولة العالم"),
        ("بدأ الفريق استعداده لبطولة العالم المقبلة في معسكر مغلق.", "لبطولة العالم"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| l == "MISC" && (t == name || name.ends_with(t.as_str()))), "help: {text}: {name} in {found:?}");
    }
}

/// Issue 13: a currency after an amount is a MISC name in every form (accusative, plural), as the
/// training text has `دولار`.
#[test]
fn currencies_after_amounts_are_misc() {
    for (text, name) in [
        ("دفع المشتري 300 فرنكا ثمنا للوحة.", "فرنكا"),
        ("اشترى التذكرة بـ 40 دينارا فقط.", "دينارا"),
        ("ارتفع سعر السهم إلى 12 درهما عند الإغلاق.", "درهما"),
        ("قدرت الخسائر بنحو 5 آلاف روبل.", "روبل"),
        ("وصل سعر الكرتون الواحد إلى ستة آلاف ريال في عدن.", "ريال"),
        ("دفع الزبون 250 ريالا ثمنا للوجبة في مسقط.", "ريالا"),
        ("ارتفعت الأسعار إلى عشرات الجنيهات، أي مئات جنيهات أحيانا.", "جنيهات"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, "MISC"), "help: {text}: {name} in {found:?}");
    }
    // With its country's adjective: the currency, alone or with the adjective, and never the club
    // (`ريال` of `ريال مدريد`) or a place.
    for (text, currency, adjective) in [
        ("وبلغت قيمة الصفقة 3 ملايين ريال سعودي.", "ريال", "سعودي"),
        ("وقدرت قيمة العقد بنحو 500 ألف دينار كويتي حسب المصدر.", "دينار", "كويتي"),
        ("واشترت الشركة الأرض مقابل 20 مليون ليرة تركية العام الماضي.", "ليرة", "تركية"),
        ("وتبرع رجل الأعمال بـ 2 مليون دولار أمريكي للمستشفى.", "دولار", "أمريكي"),
        ("بلغت الغرامة 300 ريال عماني.", "ريال", "عماني"),
        ("وخصصت الحكومة 10 آلاف ريال قطري لكل أسرة.", "ريال", "قطري"),
        ("وبلغ العجز 900 مليار ريال يمني هذا العام.", "ريال", "يمني"),
    ] {
        let found = tag(text);
        let whole = format!("{currency} {adjective}");
        assert!(has_entity(&found, currency, "MISC") || has_entity(&found, &whole, "MISC"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, l)| l == "MISC" || !t.contains(currency)), "help: {text}: {found:?}");
    }
}

/// Issue 13: rules after the model decide by the words, not by what the model happens to know. A
/// university, party or organisation + a definite noun is one organisation; a listed place and a
/// definite noun after it that the model took together is the place (the noun is the sentence's);
/// Gulf names go on through `ال` + given names to the family name.
#[test]
fn rules_hold_whatever_the_model_knows() {
    assert_found(&[
        ("وقال رئيس جامعة الأزهر إن الامتحانات ستبدأ.", "جامعة الأزهر"),
        ("يتظاهر طلاب جامعة اليرموك منذ أسبوع.", "جامعة اليرموك"),
        ("وتخرج من جامعة الكويت عام 1990.", "جامعة الكويت"),
        ("وفاز حزب الاستقلال بأغلب المقاعد.", "حزب الاستقلال"),
        ("وأكدت منظمة التحرير رفضها للخطة.", "منظمة التحرير"),
        ("نقلت إذاعة صوت لبنان الخبر عن مصادر.", "إذاعة صوت لبنان"),
        ("بثت إذاعة صوت فلسطين النبأ صباحا.", "إذاعة صوت فلسطين"),
    ], "ORG");
    assert_found(&[
        ("استقبل سمو الشيخ صباح الخالد الحمد الصباح وزير الخارجية أمس.", "صباح الخالد الحمد الصباح"),
        ("وقال الشيخ ناصر المحمد الأحمد الصباح إن الحكومة مستمرة.", "ناصر المحمد الأحمد الصباح"),
        ("وقال الشيخ محمد الخالد الحمد الصباح إن الوزارة مستعدة.", "محمد الخالد الحمد الصباح"),
    ], "PER");
    // A ministry takes its country's adjective, with or without a clitic on it.
    for (text, org) in [
        ("وقالت وزارة الخارجية الأردنية في بيان إن السفير عاد.", "وزارة الخارجية الأردنية"),
        ("ونقل عن مصدر في وزارة الداخلية العراقية أن الطريق أغلق.", "وزارة الداخلية العراقية"),
        ("وأكد الجانبان، بحسب بيان لوزارة الخارجية السعودية، أهمية التنسيق.", "وزارة الخارجية السعودية"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.ends_with(org) && l == "ORG"), "help: {text}: {found:?}");
    }
    // A Gulf name does not take the common noun after it.
    let found = tag("استقبل الشيخ صباح الأحمد الوفد في قصر بيان.");
    assert!(found.iter().all(|(t, _)| !t.contains("الوفد")), "help: {found:?}");
    // Currencies after an amount, whatever type the model first gave the word.
    for text in ["دفع المشتري 300 فرنكا ثمنا للوحة.", "وبلغ سعر التذكرة 40 فرنكا فقط.", "اشترى السائح تذكارا بـ 15 فرنكا."] {
        let found = tag(text);
        assert!(has_entity(&found, "فرنكا", "MISC"), "help: {text}: {found:?}");
    }
}

/// Issue 13: a definite head noun alone refers back to an organisation; it is no name itself.
#[test]
fn bare_head_nouns_are_no_organisations() {
    for (text, head) in [
        ("وقال مطر الطاير، المدير العام ورئيس مجلس المديرين في الهيئة، إن التجربة تمتد ستة أسابيع.", "الهيئة"),
        ("وأكدت الشركة في بيان أن الأرباح تراجعت.", "الشركة"),
        ("ونفت الوزارة الخبر جملة وتفصيلا.", "الوزارة"),
        ("وقالت اللجنة إن التحقيق مستمر، وإن الهيئة ستعلن النتائج.", "اللجنة"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| t != head), "help: {text}: {found:?}");
    }
    // The head with its name stays an organisation.
    let found = tag("ونفت هيئة الطرق والمواصلات في دبي الخبر.");
    assert!(found.iter().any(|(t, l)| t.starts_with("هيئة الطرق") && l == "ORG"), "help: {found:?}");
}

/// Issue 13: the holder of an office, named after its portfolio, is a person even when the model has
/// never seen the name; the words after an office that are no name stay untagged.
#[test]
fn office_holders_are_people() {
    assert_found(&[
        ("وذلك بعد اجتماع عقده أمس الخميس مع وزير الزراعة أكرم شهيب، المكلف متابعة الملف.", "أكرم شهيب"),
        ("وأعلن مدير المستشفى سامر نعيم أن الحالات مستقرة.", "سامر نعيم"),
        ("والتقى وزير المالية علي حسن خليل بالوفد.", "علي حسن خليل"),
        ("وصرح محافظ البنك المركزي رياض سلامة بأن الليرة مستقرة.", "رياض سلامة"),
        ("وقال وزير الداخلية نهاد المشنوق إن الخطة جاهزة.", "نهاد المشنوق"),
    ], "PER");
    assert_no_label(&[
        "وقال وزير الخارجية أكد أن الحكومة مستمرة.",
        "وقدم وزير النقل بيانا أمام اللجنة.",
        "ورحب وزير الزراعة الياباني بالجهود التي تبذلها الحكومة.",
        "وأمر رئيس الهيئة بإعادة القضية مرة أخرى.",
        "وقال رئيس البلدية خلال المؤتمر إن المياه ستعود.",
        "وزير الري يتفقد محطات رفع المياه بالفيوم",
        "وزير التجارة يفتتح معرض الصناعات الوطنية في الدوحة",
        "افتتح وزير الصحة صباح اليوم مركزا جديدا لأمراض القلب.",
    ], "PER");
}

/// Issue 13: a present-tense verb that the model took for a one-word person is the verb; a listed
/// person in ي stays.
#[test]
fn present_verbs_are_no_people() {
    assert_no_label(&["يصادق مجلس النواب على الموازنة غدا.", "يتفقد المحافظ المشاريع الجديدة صباح اليوم.", "يستعد الفريق للمباراة النهائية."], "PER");
    assert!(has_entity(&tag("وقال يلتسين إن روسيا لن تتراجع."), "يلتسين", "PER"));
}

/// Issue 13: a plural present or future verb is no name, whatever cue stands before it (`إلى الولاية
/// سيتسلمون` came out as a place on a Sudanese page); names of that shape stay names.
#[test]
fn plural_verbs_are_no_names() {
    for (text, verb) in [
        ("وأشار إلى أن المعلمين الذين عادوا إلى الولاية سيتسلمون رواتبهم المتأخرة خلال الشهر الجاري.", "سيتسلمون"),
        ("وبيّن أن التلاميذ في الإقليم سيلتحقون بمدارسهم مطلع الشهر المقبل.", "سيلتحقون"),
        ("وقال مدير التربية إن المعلمين في ولاية الجزيرة سيستأنفون الدوام يوم الأحد.", "سيستأنفون"),
        ("وأضاف أن النازحين في مخيم الزعتري ينتظرون منذ أسابيع وصول المساعدات.", "ينتظرون"),
        ("المزارعين ف الصعيد بيقولوا إنهم هيزرعوا القمح، وأهالي أسيوط يطالبون بالمياه.", "يطالبون"),
        ("وأكد الوزير أن اللاجئين في لبنان وسيعودون إلى بلداتهم حين تسمح الظروف.", "وسيعودون"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains(verb)), "help: {text}: {found:?}");
    }
    for (text, name, label) in [
        ("وقالت حكومة سيراليون إن الانتخابات ستجري في موعدها.", "سيراليون", "LOC"),
        ("وقال المدرب أليكس فيرجسون إن فريقه سيقاتل على اللقب.", "فيرجسون", "PER"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t.contains(name) && l == label), "help: {text}: {found:?}");
    }
}

/// Issue 13: the noun for a kind of place (`إمارة`, `ولاية`, `محافظة`), with or without a preposition,
/// is no place of its own before the place it names (`المجلس التنفيذي لإمارة دبي` gave `لإمارة` as a place).
#[test]
fn kinds_of_place_are_not_places() {
    for (text, place) in [
        ("على أن تقدم نتائج التجربة إلى المجلس التنفيذي لإمارة دبي قبل 15 أبريل 2021.", "دبي"),
        ("وأعلن المجلس البلدي لمدينة صيدا إغلاق السوق القديم.", "صيدا"),
        ("ووصلت المساعدات إلى النازحين بمحافظة إدلب صباح اليوم.", "إدلب"),
        ("وقال مسؤول في حكومة ولاية الخرطوم إن الامتحانات تبدأ الأحد.", "الخرطوم"),
        ("وتشهد منطقة القبائل في الجزائر أمطارا غزيرة.", "الجزائر"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, place, "LOC"), "help: {text}: {place} in {found:?}");
        for kind in ["إمارة", "مدينة", "محافظة", "ولاية", "منطقة"] {
            assert!(found.iter().all(|(t, _)| !t.ends_with(kind)), "help: {text}: {found:?}");
        }
    }
}

/// Issue 13: a news agency named by its nationality is one organisation, without the preposition glued
/// to it, and a short Arabic word in brackets after an organisation is its acronym; a country in
/// brackets after a club stays a place.
#[test]
fn news_agencies_and_their_acronyms() {
    for (text, agency, acronym) in [
        ("وقال وكيل وزارة الصحة في تصريح لوكالة الأنباء الكويتية (كونا) اليوم الجمعة إن الوضع مستقر.", "وكالة الأنباء الكويتية", "كونا"),
        ("ونقلت وكالة الأنباء القطرية (قنا) عن الوزير قوله إن المحادثات مثمرة.", "وكالة الأنباء القطرية", "قنا"),
        ("وذكر بيان بثته وكالة الأنباء الأردنية (بترا) أن الملك استقبل الوفد.", "وكالة الأنباء الأردنية", "بترا"),
        ("وصرح المتحدث بوكالة الأنباء العمانية (العمانية) بأن الموعد لم يحدد.", "وكالة الأنباء العمانية", ""),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, agency, "ORG"), "help: {text}: {agency} in {found:?}");
        if !acronym.is_empty() {
            assert!(has_entity(&found, acronym, "ORG"), "help: {text}: {acronym} in {found:?}");
        }
    }
    for (text, agency) in [
        ("الكويت - 14 - 3 (كونا) -- تستضيف دولة الكويت الأسبوع المقبل اجتماعا وزاريا.", "كونا"),
        ("الدوحة - 5 - 6 (قنا) - أعلنت وزارة التجارة عن حملة جديدة.", "قنا"),
        ("عمان 12 آذار (بترا) - قال وزير الداخلية إن الحدود آمنة.", "بترا"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, agency, "ORG"), "help: {text}: {agency} in {found:?}");
    }
    let text = "وفاز ريال مدريد (إسبانيا) على يوفنتوس (إيطاليا) في دوري الأبطال.";
    let found = tag(text);
    for country in ["إسبانيا", "إيطاليا"] {
        assert!(has_entity(&found, country, "LOC"), "help: {text}: {country} in {found:?}");
    }
}

/// Issue 13: `علي` written with a dotted ي before a person is the person's given name, though folding
/// makes it one word with the preposition `على` (and the model cannot tell them apart): before a
/// surname the model found, and after a title or a nationality before a name it did not see. The
/// preposition, with ى, stays out of the name, and so does `علي` misspelt for it before a definite noun.
#[test]
fn ali_with_a_dotted_ya_is_a_given_name() {
    assert_found(&[
        ("وقال رئيس مجلس الشورى الإيراني علي لاريجاني إن المفاوضات مستمرة.", "علي لاريجاني"),
        ("ورحب الأمين العام علي أحمد كرتي بالقرار.", "علي أحمد كرتي"),
        ("وقال النائب علي فياض إن الكتلة ستصوت على المشروع.", "علي فياض"),
        ("وشدد اللاعب علي مبخوت على جاهزية المنتخب.", "علي مبخوت"),
    ], "PER");
    for (text, wrong) in [
        ("واعتمد المجلس على محمد صلاح في الهجوم.", "على محمد صلاح"),
        ("وصادق البرلمان على لاريجاني رئيسا للمجلس.", "على لاريجاني"),
        ("وأكد الوزير علي المطالب العمالية.", "علي المطالب"),
        ("وقال الرئيس علي الرغم من ذلك إن الحوار مستمر.", "علي الرغم"),
    ] {
        let found = tag(text);
        assert!(!found.iter().any(|(t, _)| t == wrong), "help: {text}: {found:?}");
    }
}

/// Issue 13, seen on the reader's pages: a verb that opens a sentence before the head of a body is no
/// person (`صادق مجلس الحكومة`), while a person of that name stays one (`صادق خان`); a club on a line
/// of its own is an organisation, not a person (`نادي المرجان` in a match's statistics); a noun for a
/// kind of water alone is no place (`بحر` of `وبحر وهبي`), a listed name after it still is.
#[test]
fn verbs_clubs_and_kinds_of_place_on_reader_pages() {
    for text in [
        "صادق مجلس الحكومة، المنعقد اليوم الخميس بالرباط، على مشروع قانون المالية.",
        "الرباط - 22 غشت 2019\nصادق مجلس الحكومة، المنعقد اليوم الخميس بالرباط، على ثلاثة مراسيم.",
        "صادق مجلس النواب أمس على الموازنة العامة للدولة.",
    ] {
        let found = tag(text);
        assert!(!has_entity(&found, "صادق", "PER"), "help: {text}: {found:?}");
    }
    let found = tag("صادق خان عمدة لندن يزور القاهرة الأسبوع المقبل.");
    assert!(has_entity(&found, "صادق خان", "PER"), "help: {found:?}");
    // (The club with or without its head noun: ANERcorp leaves `نادي` out 15 times of 20, Wojood takes it in.)
    for (text, club) in [
        ("إحصائيات المباراة\nنادي المرجان\nنادي القلعة\n46%\nالاستحواذ\n54%", "المرجان"),
        ("تعاقد نادي الوحدة مع المدرب الجديد لموسمين.", "الوحدة"),
        ("ملخص اللقاء\nنادي الشعلة\nنادي الاتفاق\n3 - 1", "الشعلة"),
    ] {
        let found = tag(text);
        let headed = format!("نادي {club}");
        assert!(has_entity(&found, club, "ORG") || has_entity(&found, &headed, "ORG"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, l)| l != "PER" || !t.contains(club)), "help: {text}: {found:?}");
    }
    let text = "وطالب المحافظ بسرعة إزالة الحشائش وورد النيل من بحر يوسف وبحر وهبي، ومتابعة وصول المياه إلى نهايات الترع.";
    let found = tag(text);
    assert!(!has_entity(&found, "بحر", "LOC") && has_entity(&found, "بحر يوسف", "LOC"), "help: {found:?}");
}

/// Issue 13: the words of people's names that the data packages give (`names_packages.txt`) reach the
/// tagger as a flag of the word. `و` + such a word inside a person's span starts the next person; a
/// foreign name that starts with `و` stays whole.
#[test]
fn package_name_words_split_coordinated_people() {
    for (text, names) in [
        ("والتقى عنان وصبري في القاهرة.", &["عنان", "صبري"][..]),
        ("واجتمع الرئيس التركي أردوغان ونتنياهو في أنقرة.", &["أردوغان", "نتنياهو"][..]),
        ("وناقش شولتز وزيلينسكي المساعدات العسكرية أمس.", &["شولتز", "زيلينسكي"][..]),
        ("وانتقد ليبرمان وغانتس قرار الحكومة.", &["ليبرمان", "غانتس"][..]),
    ] {
        let found = tag(text);
        for n in names {
            assert!(has_entity(&found, n, "PER"), "help: {text}: {n} in {found:?}");
        }
    }
    assert_found(&[("ولعب الممثل كريستوفر والكين دور البطولة.", "كريستوفر والكين"), ("وقال ستيوارت وايت إنه بريء.", "ستيوارت وايت")], "PER");
}

/// Issue 13: a counterpart and a nationality open the person after them, even a name that is a dialect
/// word (`شي`); what follows a title and a nationality is as often a verb or its object.
#[test]
fn counterparts_open_people() {
    for (text, name) in [
        ("وأجرى بوتين اتصالا مع نظيره الصيني شي.", "شي"),
        ("وبحث ماكرون مع نظيره الإيطالي رينزي ملف الهجرة.", "رينزي"),
        ("واتصلت الوزيرة بنظيرتها الألمانية بيربوك مساء أمس.", "بيربوك"),
        ("والتقى الرئيس الكوري مون في سيول وفدا أمريكيا.", "مون"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| l == "PER" && t.split_whitespace().next() == Some(name)), "help: {text}: {found:?}");
    }
    for text in ["وبحث الوزير مع نظيره الفرنسي أمس الأزمة.", "ورفض الرئيس السوري ترسيم الحدود في مزارع شبعا.", "ودعا الرئيس الفلسطيني للضغط على إسرائيل."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" || t.contains("شبعا")), "help: {text}: {found:?}");
    }
}

/// Issue 13: a person of one word after a noun for a kind of place or an administrative unit is the
/// place (family names are places' names too); a person of three words or more does not end in a
/// definite common noun; `ان` ends no organisation.
#[test]
fn places_after_kinds_and_span_ends() {
    for (text, place) in [
        ("وغمرت المياه منازل في قرى تابعة لمحلية بربر بولاية نهر النيل.", "بربر"),
        ("وقال أحد أصحاب البقالات في مديرية كريتر إن الأسعار ارتفعت.", "كريتر"),
        ("وقصفت الطائرات قرية جابر في ريف درعا.", "جابر"),
        ("ودخلت القوات بلدة جابر بعد معارك.", "جابر"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| !(t.ends_with(place) && l == "PER")), "help: {text}: {found:?}");
    }
    for text in ["استقبل الشيخ صباح الأحمد الوفد في قصر بيان.", "واستقبل الشيخ ناصر المحمد الأحمد الوفد الزائر."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("الوفد")), "help: {text}: {found:?}");
    }
    // A link or an ordinal stays: `محمد عبد الواحد`, `عبد الله الثاني`.
    let found = tag("وحذفت اللجنة اسم اللاعب محمد عبد الواحد من القائمة.");
    assert!(has_entity(&found, "محمد عبد الواحد", "PER"), "help: {found:?}");
    for text in ["وقالت المنظمة إن فيروس ماربورغ قاتل.", "وقالت الهيئة إن الانتخابات ستجري في موعدها.", "وقالت الوكالة إن المفاعل آمن."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.ends_with(" إن")), "help: {text}: {found:?}");
    }
    // `سي إن إن` keeps its last letter.
    let found = tag("وقال في مقابلة مع شبكة سي إن إن إن الحرب ستطول.");
    assert!(found.iter().any(|(t, _)| t.starts_with("سي إن إن")), "help: {found:?}");
}

/// Issue 13: dialects beyond the Levant and Egypt (Sudan, the Gulf, Iraq, the Maghreb): their words name
/// nobody and nowhere, also behind a conjunction (`وهسي`).
#[test]
fn dialect_words_of_more_dialects_name_nobody() {
    for text in [
        "قالت إحدى الأمهات: الأولاد قعدوا سنتين في البيت ساكت، وهسي رجعوا يقروا تاني.",
        "قال الزول: ماكو كهربا من يومين، والدنيا حر وايد.",
        "واش كاين شي حد ديال الحومة يعرف شحال الثمن؟",
        "هسع الناس كلها داير تمشي السوق ساكت.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "PER" && l != "LOC"), "help: {text}: {found:?}");
    }
    // The same words in a written sentence leave names alone.
    let found = tag("وقال رئيس الوزراء حيدر العبادي إن الكهرباء ستعود إلى بغداد.");
    assert!(has_entity(&found, "حيدر العبادي", "PER") && has_entity(&found, "بغداد", "LOC"), "help: {found:?}");
}

/// Issue 13: a national named after his country's adjective (a runner, a rival, a novelist) is a person
/// even when the model has never seen the name; an adjective of an army or a government, and the
/// nouns and verbs after it, name nobody.
#[test]
fn nationals_are_people() {
    assert_found(&[
        ("وفاز العداء الكيني جوزيف كيبروتيتش بسباق الماراثون أمس.", "جوزيف كيبروتيتش"),
        ("وتغلب على منافسه البولندي ماريوش كوفالسكي في نصف النهائي.", "ماريوش كوفالسكي"),
        ("ووقعت الروائية الجزائرية أحلام مستغانمي كتابها الجديد في معرض الكتاب.", "أحلام مستغانمي"),
    ], "PER");
    assert_no_label(&[
        "وقصف الجيش التركي مواقع في شمال العراق.",
        "وأكدت الحكومة المصرية دعمها للمبادرة.",
        "وأحرز النجم الأميركي لقب البطولة للمرة الثانية.",
    ], "PER");
}

/// Issue 13: in a list of fixtures with the countries in brackets the cities are clubs; one city with
/// its country in brackets stays a place.
#[test]
fn clubs_in_fixture_lists_are_organisations() {
    for text in [
        "المجموعة الأولى: مرسيليا ( فرنسا ) - بورتو ( البرتغال ) 2 - 1 .",
        "وفي المباريات الأخرى: هامبورغ ( ألمانيا ) - ليون ( فرنسا ) صفر - 3 .",
    ] {
        let found = tag(text);
        // Both clubs are organisations; the countries in brackets stay places.
        assert_eq!(found.iter().filter(|(_, l)| l == "ORG").count(), 2, "help: {text}: {found:?}");
        assert!(found.iter().filter(|(_, l)| l == "LOC").all(|(t, _)| ["فرنسا", "البرتغال", "ألمانيا"].contains(&t.as_str())), "help: {text}: {found:?}");
    }
    let found = tag("ولد اللاعب في ساو باولو ( البرازيل ) عام 1980 .");
    assert!(!found.iter().any(|(_, l)| l == "ORG"), "help: {found:?}");
}

/// Issue 13: a quoted name takes its type from the noun before it (a newspaper or a company names an
/// organisation, a novel, a series or a stadium a MISC name, a wife a person, a city a place), with a
/// clitic or a possessive on the noun and an adjective between; quotes after any other word are a
/// quotation, and a quotation with punctuation inside is no name.
#[test]
fn quoted_names_take_the_type_of_their_head() {
    assert_typed(&[
        ("ونشرت صحيفة «الأيام» تقريرا مطولا عن الأزمة.", "الأيام", "ORG"),
        ("وقال المتحدث لصحيفة \"الشرق الجديد\" إن المفاوضات توقفت.", "الشرق الجديد", "ORG"),
        ("وأعلنت شركة «نوفا تك سولوشنز» عن تطبيق جديد للهواتف.", "نوفا تك سولوشنز", "ORG"),
        ("وصدرت روايته «ليالي الحلمية الأخيرة» عام 1998 عن دار الشروق.", "ليالي الحلمية الأخيرة", "MISC"),
        ("وشارك في المسلسل السوري «باب الحارة» الذي عرض في رمضان.", "باب الحارة", "MISC"),
        ("وقدمت كتابها الأخير \"رسائل من الصحراء\" في معرض الكتاب.", "رسائل من الصحراء", "MISC"),
        ("وتقام المباراة على استاد «بوكاسا» في الثامنة مساء.", "بوكاسا", "MISC"),
        ("وقالت زوجته «نادية الخطيب» إنه غادر المنزل صباحا.", "نادية الخطيب", "PER"),
        ("وولد الشاعر في مدينة «تيزنيت» جنوب المغرب.", "تيزنيت", "LOC"),
    ]);
    let found = tag("وقال الوزير «سنعود قريبا إلى طاولة الحوار»");
    assert!(!found.iter().any(|(_, l)| l == "MISC" || l == "ORG"), "help: {found:?}");
    // Two names in one pair of quotes are not one name (the comma is in the Arabic block).
    let found = tag("ونشرت صحيفة «الأيام، والخبر» الخبر نفسه.");
    assert!(!found.iter().any(|(t, _)| t.contains('،')), "help: {found:?}");
}

/// Issue 13: Mauritanian names go on through `ولد` ("son of") and a name; `ولد` before anything else is
/// "was born" and ends the person.
#[test]
fn ould_links_a_name_and_born_ends_one() {
    assert_found(&[
        ("واستقبل الرئيس محمد ولد عبد العزيز وزير الخارجية أمس.", "محمد ولد عبد العزيز"),
        ("وقال رئيس الحزب أحمد ولد داداه إن الانتخابات مزورة.", "أحمد ولد داداه"),
        ("وكان سعيد ولد في مدينة أطار عام 1960.", "سعيد"),
        ("والرسام فينتشنزو ولد عام 1606 في فلورنسا.", "فينتشنزو"),
    ], "PER");
    for text in ["وكان سعيد ولد في مدينة أطار عام 1960.", "والرسام فينتشنزو ولد عام 1606 في فلورنسا."] {
        let found = tag(text);
        assert!(!found.iter().any(|(t, _)| t.ends_with("ولد")), "help: {text}: {found:?}");
    }
}

/// Issue 13: a king or queen "of" an unknown word names the realm, a place; "of the jungle", "of the
/// country" and a king's own name do not.
#[test]
fn kings_of_unknown_realms_name_places() {
    assert_found(&[
        ("وتحالف ملك بوهيميا مع جيرانه ضد الغزاة.", "بوهيميا"),
        ("وأرسل الخليفة هدايا إلى ملكة شيبا في العام التالي.", "شيبا"),
        ("وكان ملك مرسية يدفع الجزية للقشتاليين.", "مرسية"),
    ], "LOC");
    for text in ["ويلقب الأسد بملك الغابة منذ القدم.", "وخرج الملك وجيشه من المدينة."] {
        let found = tag(text);
        assert!(!found.iter().any(|(t, l)| l == "LOC" && (t.contains("الغابة") || t.contains("وجيشه"))), "help: {text}: {found:?}");
    }
}

/// Issue 13: a newspaper's, magazine's, channel's or company's name after its head noun is an
/// organisation (the head stays out), also where the model took it for a person; an adjective after
/// the head names nothing.
#[test]
fn outlets_and_companies_are_named_after_their_head() {
    assert_found(&[
        ("ونشرت مجلة رواق الفصلية ملفا عن الشعر الحديث.", "رواق"),
        ("وأكد مهندسو شركة سينوتك الصينية أن العمل انتهى.", "سينوتك"),
        ("وأصدرت جريدة الوسيط عددا خاصا.", "الوسيط"),
        ("ونقلت قناة دريم عن الوزير قوله إن الأسعار ستنخفض.", "دريم"),
    ], "ORG");
    assert_no_label(&["وتملك شركة صينية حصة في المشروع.", "وأسست الشركة مجلة أسبوعية في القاهرة."], "ORG");
}

/// Issue 13: a definite noun for a city, province or capital standing alone is "the city" of the
/// sentence before, no name; `المدينة` stays Medina where the sentence speaks of the Prophet's city.
#[test]
fn the_city_alone_is_no_place() {
    for text in [
        "وقصفت الطائرات أطراف المدينة صباح اليوم.",
        "وقال المسؤول إن المحافظة تستقبل آلاف الزوار كل صيف.",
        "وأغلقت السلطات مداخل العاصمة بعد الاحتجاجات.",
        "وتسكن الأسرة في المدينة منذ عشرين عاما.",
    ] {
        let found = tag(text);
        assert!(!found.iter().any(|(t, _)| ["المدينة", "المحافظة", "العاصمة"].contains(&t.as_str())), "help: {text}: {found:?}");
    }
    assert_found(&[
        ("وانتقل النبي من مكة إلى المدينة قبل أربعة عشر قرنا.", "المدينة"),
        ("وزار الحجاج المدينة المنورة بعد أداء المناسك.", "المدينة المنورة"),
    ], "LOC");
}

/// Issue 13: a word that names only clubs, with the club's town or the town's adjective, is one
/// organisation (the model took the towns for places); `رأس الرجاء الصالح` stays what it was.
#[test]
fn maghrebi_clubs_are_whole_organisations() {
    assert_found(&[
        ("وفاز مولودية بجاية على ضيفه بهدفين نظيفين.", "مولودية بجاية"),
        ("وتعادل شبيبة تيارت مع أولمبيك الدشيرة في الجولة الخامسة.", "شبيبة تيارت"),
        ("وتعادل شبيبة تيارت مع أولمبيك الدشيرة في الجولة الخامسة.", "أولمبيك الدشيرة"),
        ("وانهزمت المولودية الوهرانية أمام الشبيبة القبائلية بهدف.", "المولودية الوهرانية"),
        ("وانهزمت المولودية الوهرانية أمام الشبيبة القبائلية بهدف.", "الشبيبة القبائلية"),
    ], "ORG");
    let found = tag("وأبحرت السفينة حول رأس الرجاء الصالح.");
    assert!(!found.iter().any(|(_, l)| l == "ORG"), "help: {found:?}");
}

/// A word written with a tanween is an indefinite noun, an adjective or an adverb, never a person,
/// place or organisation (`أكثر ميلًا` "more inclined" was a person, `وفداً روسياً` "a Russian
/// delegation" a place), whatever the spelling of the tanween; the names beside it stay.
#[test]
fn words_with_a_tanween_are_no_names() {
    for (text, kept) in [
        ("وقال دبلوماسي إن موقف واشنطن بات أكثر ميلًا نحو الرؤية الروسية.", Some(("واشنطن", "LOC"))),
        ("أصبح المنتخب أكثر ميلاً للهجوم في الشوط الثاني من المباراة.", None),
        ("ويبدو أن الطرفين أكثر ميلاً الى التفاوض هذه المرة.", None),
        ("استقبل الرئيس وفداً روسياً رفيعاً في القصر الجمهوري.", None),
        ("واستقبلت الوزيرة وفدًا تركيًا برئاسة نائب الوزير.", None),
    ] {
        let found = tag(text);
        let tanween = |t: &str| t.contains(['\u{064B}', '\u{064C}', '\u{064D}']);
        assert!(found.iter().all(|(t, l)| l == "MISC" || !tanween(t)), "help: {text}: {found:?}");
        if let Some((name, label)) = kept {
            assert!(has_entity(&found, name, label), "help: {text}: {name} in {found:?}");
        }
    }
}

/// The surnames of listed people whom the training text (news of 2003) never named are people on
/// their own, in one sentence with nothing else to go by, behind a clitic too; words the model knows
/// (`ثاني`, "second") are not.
#[test]
fn todays_listed_surnames_alone_are_people() {
    assert_found(&[
        ("ويبدو أن ترامب أكثر استعدادا للتفاوض هذه المرة.", "ترامب"),
        ("وصل لافروف إلى أنقرة مساء أمس في زيارة رسمية.", "لافروف"),
        ("غادر ماكرون باريس متوجها إلى برلين.", "ماكرون"),
        ("وقال مصدر إن اتصالا جرى بين أوربان وزيلينسكي صباح اليوم.", "أوربان"),
    ], "PER");
    let found = tag("ليكون ثاني مركز حكومي متخصص في علاج أمراض القلب.");
    assert!(found.is_empty(), "help: {found:?}");
}

/// Words written in Arabic presentation forms, the article among them as a lam-alef ligature (`ﺑأﻻال`,
/// `ﻭﺑﺎﻟﻤﺪﻳﻨﺔ`), are tagged without a panic: the article is cut only where its letters are plain.
#[test]
fn presentation_forms_before_the_article_do_not_panic() {
    for text in ["ﺑأﻻال", "وقال ﺑأﻻالمدينة إن الوفد وصل.", "ﻭﺑﺎﻟﻤﺪﻳﻨﺔ ﻛﺎﻻﺗﻔﺎﻕ ﻓﺒﺎﻻﺗﺤﺎﺩ"] {
        let _ = tag(text);
    }
}

/// Issue 13: a title that fills its quotes is written whole; its first letter follows the quote and is
/// no clitic (`"وداعا جوليا"` was shown as `داعا جوليا`, `«وادي الذئاب»` as `ادي الذئاب`), whatever
/// the quote marks; a conjunction before the quote, or a name inside a quoted sentence, still stays out.
#[test]
fn quoted_titles_keep_their_first_letter() {
    for (text, title) in [
        ("وفاز فيلم \"وداعا جوليا\" للمخرج محمد كردفاني بجائزة في مهرجان كان.", "وداعا جوليا"),
        ("وأعاد التلفزيون بث مسلسل «وادي الذئاب» التركي هذا الشهر.", "وادي الذئاب"),
        ("وقرأت رواية “وليمة لأعشاب البحر” للكاتب حيدر حيدر في طبعتها الأولى.", "وليمة لأعشاب البحر"),
        ("وعرض فيلم «وداعا بونابرت» ليوسف شاهين في مهرجان القاهرة.", "وداعا بونابرت"),
        ("ويعرض مسرح المدينة مسرحية \"وطن على وتر\" مساء الخميس.", "وطن على وتر"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, _)| t == title), "help: {text}: {title} in {found:?}");
    }
    // A name inside a quoted sentence still leaves its conjunction out.
    let found = tag("وقال الوزير: \"وبوتين يعرف ذلك جيدا\" في إشارة إلى الحرب.");
    assert!(!found.iter().any(|(t, _)| t == "وبوتين"), "help: {found:?}");
}

/// A month's name is the date's word, never a place or a person, in the months of every region
/// (`جويلية 2023`, the Maghrebi July, was a place); a place beside the date stays, in `tag` and in
/// `analyze` alike.
#[test]
fn month_names_inside_dates_are_no_names() {
    let opts = Options::from_raw(RawOptions { format: None, now: Some("2025-11-18".into()), labels: None }).unwrap();
    for (text, month, place) in [
        ("تحضر الوكالة لإطلاق حصة ثانية تضم 1800 وحدة في جويلية 2023 في وهران.", "جويلية", "وهران"),
        ("وتنطلق الأشغال في جوان 2024 بولاية سطيف حسب مدير القطاع.", "جوان", "سطيف"),
        ("وفي تموز الماضي زار الوزير دمشق والتقى نظيره السوري.", "تموز", "دمشق"),
        ("افتتح المعرض في غشت 2019 بمدينة أكادير بحضور الوالي.", "غشت", "أكادير"),
    ] {
        let tagged = naba::tag(text, &opts).unwrap();
        let analysed = naba::analyze(text, &opts).unwrap();
        let names: Vec<(String, String)> = tagged.entities.iter().map(|e| (e.text.clone(), e.label.as_str().to_string())).collect();
        let page: Vec<(String, String)> =
            analysed.articles.iter().flat_map(|a| &a.entities).map(|e| (e.text.clone(), e.label.as_str().to_string())).collect();
        for found in [&names, &page] {
            assert!(!found.iter().any(|(t, _)| t.contains(month)), "help: {text}: {found:?}");
            assert!(has_entity(found, place, "LOC"), "help: {text}: {found:?}");
        }
    }
}

/// An institution named after a person, with its purpose, is one organisation with the purpose's
/// adjectives, also where the model took the head noun alone for one (`معهد` + `أحمد بابا` +
/// `للدراسات العليا` came out as ORG `معهد` and PER `أحمد بابا`); a word after the purpose that is no
/// adjective stays out.
#[test]
fn institutions_named_after_people_keep_their_purpose() {
    assert_found(&[
        ("وقال الباحث الذي يقود فريق الترميم في معهد أحمد بابا للدراسات العليا إن الفريق أنهى عمله.", "معهد أحمد بابا للدراسات العليا"),
        ("وتخرج من كلية محمد بن راشد للإدارة الحكومية قبل عامين.", "كلية محمد بن راشد للإدارة الحكومية"),
        ("ونظمت مؤسسة عبد الحميد شومان للثقافة ندوة عن الرواية.", "مؤسسة عبد الحميد شومان للثقافة"),
        ("وزار الوفد مركز جمال عبد الناصر للثقافة في القاهرة.", "مركز جمال عبد الناصر للثقافة"),
    ], "ORG");
    let found = tag("وعالج مستشفى خليفة بن زايد للأطفال المصابين في الحادث.");
    assert!(!found.iter().any(|(t, _)| t.contains("المصابين")), "help: {found:?}");
}

/// Issue 13: a ministry is one organisation with its whole portfolio, in every region's wording
/// (ANERcorp leaves ministries untagged; Wojood and the reader name them).
#[test]
fn ministries_are_organisations_with_their_portfolio() {
    for (text, name) in [
        ("وأعلنت وزارة الصحة والسكان المصرية اليوم تسجيل 12 حالة جديدة في محافظة أسيوط.", "وزارة الصحة والسكان المصرية"),
        ("وقالت وزارة التربية والتعليم العالي إن امتحانات الشهادة الثانوية تبدأ الأحد المقبل.", "وزارة التربية والتعليم العالي"),
        ("أكدت وزارة الفلاحة والصيد البحري والتنمية القروية أن الموسم الفلاحي سيكون جيدا.", "وزارة الفلاحة والصيد البحري والتنمية القروية"),
        ("ونقلت وزارة النفط والغاز عن مصادر في الحقل أن الإنتاج ارتفع بعد الصيانة.", "وزارة النفط والغاز"),
        ("وفي بيان لوزارة الداخلية، قال متحدث إن الطريق أعيد فتحه.", "وزارة الداخلية"),
        ("وطالبت وزارة شؤون المرأة بتشديد العقوبات على المخالفين.", "وزارة شؤون المرأة"),
        ("أطلقت وزارة البيئة والتطوير العمراني وتغير المناخ حملة لزراعة مليون شجرة.", "وزارة البيئة والتطوير العمراني وتغير المناخ"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, "ORG"), "help: {text}: {found:?}");
    }
    // Two bodies joined by `و` stay two; the ministry in a sentence about its building names no one.
    let found = tag("ووقعت وزارة المالية ووزارة الاقتصاد مذكرة تفاهم مع البنك الدولي.");
    assert!(has_entity(&found, "وزارة المالية", "ORG") && has_entity(&found, "وزارة الاقتصاد", "ORG"), "help: {found:?}");
    let found = tag("وتجمع المحتجون أمام مبنى الوزارة في وسط العاصمة.");
    assert!(found.iter().all(|(_, l)| l != "ORG"), "help: {found:?}");
}

/// A natural feature's name is a place, whatever the model made of it (`هور الحويزة` was a person,
/// `جبل` + a name an organisation); a news site named with `نيوز`/`برس`/`بوست` is one organisation.
#[test]
fn natural_features_name_places_and_news_sites_are_organisations() {
    for (text, place) in [
        ("وجفّت مساحات واسعة من هور الحويزة بعد موسم جاف.", "الحويزة"),
        ("ويصب نهر الكرخة في الأهوار جنوب العراق.", "الكرخة"),
        ("وتراجع منسوب بحيرة ناصر خلال الصيف الماضي.", "ناصر"),
        ("وشهد وادي حنيفة غرب الرياض أمطارا غزيرة.", "حنيفة"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, place, "LOC") && found.iter().all(|(_, l)| l != "PER"), "help: {text}: {found:?}");
    }
    for (text, site) in [
        ("وقالت شفق نيوز إن الوفد وصل إلى أربيل.", "شفق نيوز"),
        ("ونقلت السومرية نيوز عن مصدر أمني أن الهجوم وقع ليلا.", "السومرية نيوز"),
        ("وذكر موقع عربي بوست أن الاتفاق تأخر.", "عربي بوست"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, site, "ORG"), "help: {text}: {found:?}");
    }
    // A given name that is also a plain's noun, and a surname that is a mountain's, stay people.
    let found = tag("وتوفي سهل بن حنيف في الكوفة.");
    assert!(found.iter().any(|(t, l)| t.contains("حنيف") && l == "PER"), "help: {found:?}");
}

/// Issue 13: a bank is named by its adjective after the article, behind any clitic (`البنك الزراعي`,
/// `للمصرف الصناعي`, `وبالبنك التجاري`); the adjective of another noun after `البنك`, an ordinal or a
/// plain description (`البنك الرئيسي`) names no one.
#[test]
fn banks_are_named_by_their_adjective() {
    for (text, name) in [
        ("وأعلن البنك الزراعي عن قروض ميسرة لصغار المزارعين في الدلتا.", "البنك الزراعي"),
        ("قال العضو المنتدب للمصرف الصناعي إن الأرباح تضاعفت هذا العام.", "المصرف الصناعي"),
        ("وارتفعت أسهم البنك العقاري بنسبة ٣٪ في ختام تعاملات الأحد.", "البنك العقاري"),
        ("وأكد محافظ البنك المركزي أن الاحتياطي بلغ 40 مليار دولار.", "البنك المركزي"),
        ("ووقعت الوزارة اتفاقا مع المصرف التجاري لتمويل المساكن.", "المصرف التجاري"),
    ] {
        let found = tag(text);
        // (`للمصرف` has no alif of its article to start at: the mention keeps the clitic.)
        assert!(found.iter().any(|(t, l)| t.ends_with(name.trim_start_matches("ال")) && l == "ORG"), "help: {text}: {found:?}");
    }
    for text in [
        "وتتضمن خطط البنك التنموية بناء مدارس جديدة.",
        "وانتقل المقر إلى البنك الرئيسي في وسط المدينة.",
        "وصرف البنك الثاني القرض بعد شهرين.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("البنك")), "help: {text}: {found:?}");
    }
}

/// After a noun for an administrative unit, `ذي` + its word is one place, and a compass adjective after
/// the place's name belongs to it (`ولاية الحوض الشرقي`, `مقاطعة أوبانغي الشمالية`), where the model
/// left the name out (after a place it found ANERcorp leaves the adjective out, `جاوا الغربية`); a compass word that is
/// no adjective of the name stays out (`شرق العاصمة`).
#[test]
fn unit_names_keep_dhi_and_compass_adjectives() {
    for (text, place) in [
        ("وخرج مئات المتظاهرين في محافظة ذي قار للمطالبة بالخدمات.", "ذي قار"),
        ("ونقل المصابون من قضاء سوق الشيوخ في محافظة ذي قار إلى الناصرية.", "ذي قار"),
        ("وأطلقت الحكومة حملة تلقيح في ولاية الحوض الشرقي الأسبوع الماضي.", "الحوض الشرقي"),
        ("وتضررت عشرات المنازل في مقاطعة أوبانغي الشمالية جراء السيول.", "أوبانغي الشمالية"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, place, "LOC"), "help: {text}: {found:?}");
    }
    let found = tag("وقع الانفجار في ولاية بومرداس شرق العاصمة الجزائرية.");
    assert!(has_entity(&found, "بومرداس", "LOC") && !found.iter().any(|(t, _)| t.contains("بومرداس شرق")), "help: {found:?}");
}

/// A compass noun between a unit noun and the place (`ولاية شمال كردفان`, `محافظة جنوب سيناء`) is the
/// place's first word, not a place of its own.
#[test]
fn a_compass_noun_after_a_unit_opens_the_place() {
    for (text, want) in [
        ("نزح آلاف من ولاية شمال كردفان إلى المدن المجاورة.", "شمال كردفان"),
        ("زار الوفد محافظة شمال سيناء أمس.", "شمال سيناء"),
        ("وتضررت قرى في إقليم شرق دارفور من السيول.", "شرق دارفور"),
        ("وصلت القافلة إلى محافظة جنوب سيناء صباح اليوم.", "جنوب سيناء"),
    ] {
        let got = tag(text);
        assert!(got.iter().any(|(t, l)| t == want && l == "LOC"), "help: {text}: {got:?}");
    }
}

/// Issue 13: a kinship, companion or role word with its pronoun ("my uncle", "my friend", "his
/// deputy") is said before a name and is no part of it, in blog posts and dialect as in news (`قال لي عمي سليم` is سليم); names
/// that end like one stay whole (`وفيق وجدي` is no `و` + `جدي` "my grandfather").
#[test]
fn a_kinship_word_with_its_pronoun_is_no_part_of_a_name() {
    for (text, name) in [
        ("قال لي عمي سليم إن المحصول تأخر هذا العام.", "سليم"),
        ("حدثتني خالتي سعاد عن أيام الحرب الأولى.", "سعاد"),
        ("زارنا جدي عبد الرحمن في العيد الماضي.", "عبد الرحمن"),
        ("اتصلت بي صديقتي ريم من دبي أمس.", "ريم"),
        ("وصلت أختي ليلى إلى عمان مساء الجمعة.", "ليلى"),
        ("بعتلي زميلي كريم رسالة الصبح بدري.", "كريم"),
        ("وقال وفيق وجدي إن الفيلم جاهز للعرض.", "وفيق وجدي"),
        ("وأعلن المخرج رمزي فتحي موعد العرض الأول.", "رمزي فتحي"),
        // A role with its pronoun, in news: "his deputy", "his assistant", "their colleague".
        ("وصرح نائبه طارق شوقي بأن المدارس ستفتح.", "طارق شوقي"),
        ("وأوضح مساعده كمال اليازجي أن الاجتماع تأجل.", "كمال اليازجي"),
        ("وأكد زميلهم فادي عودة أن الفريق مستعد.", "فادي عودة"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t == name && l == "PER"), "help: {text}: {found:?}");
        let kin = ["عمي", "خالتي", "جدي", "صديقتي", "أختي", "زميلي", "نائبه", "مساعده", "زميلهم"];
        assert!(found.iter().all(|(t, _)| !t.split_whitespace().any(|w| kin.contains(&w))), "help: {text}: {found:?}");
    }
}

/// Issue 13: an organisation's head noun with only an indefinite adjective after it is "an
/// international organisation", "a British university": no name. A head and a name stay one
/// organisation, and a masculine head takes no feminine adjective (`مجلس محلي قلقيلية` is a council).
#[test]
fn a_head_noun_with_an_indefinite_adjective_names_no_organisation() {
    for text in [
        "وقالت منظمة دولية إن آلاف الأطفال يعانون من سوء التغذية.",
        "وافتتحت جامعة بريطانية فرعا لها في دبي.",
        "ودعت لجنة برلمانية وزير المالية إلى جلسة استماع.",
        "وتبرع مصرف خليجي بمليون دولار لصندوق الإغاثة.",
        "وطالبت هيئة حقوقية مستقلة بالإفراج عن المعتقلين.",
        "وأعلنت جمعية خيرية عن توزيع سلال غذائية.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "ORG" && l != "PER"), "help: {text}: {found:?}");
    }
    assert_typed(&[
        ("وقال رئيس مجلس محلي قلقيلية إن المياه عادت", "مجلس محلي قلقيلية", "ORG"),
        ("وأعلنت جامعة بيرزيت تعليق الدوام", "جامعة بيرزيت", "ORG"),
    ]);
}

/// Issue 13: in a line written in dialect (one strong dialect word, or three weak ones), a word the model
/// never saw and no list holds is no person alone (`زوينة بزاف`, `باش نشوفو`, `شوية`), and after the
/// vocative `يا` only a given name is one (`يا ريت` "if only", `يا بطل`). Given names in the same lines
/// stay people.
#[test]
fn everyday_words_in_dialect_are_no_people() {
    assert_no_label(
        &[
            "البلاد زوينة بزاف فهاد الوقت",
            "غادي نمشيو للبحر باش نشوفو الغروب",
            "اعطيني شوية وقت أفكر",
            "يا ريت ترجع أيام زمان",
            "ياريت لو نرجع صغار",
            "الأكلة دي حلوة أوي عشان كده بحبها",
            "يا بطل، شو عملت بالامتحان؟",
        ],
        "PER",
    );
    assert_found(
        &[
            ("يا سمير تعال هون بسرعة", "سمير"),
            ("ياسين قال لي بزاف ديال الكلام", "ياسين"),
            ("كلمت سمير امبارح عشان الشغلة", "سمير"),
            ("شو هالطقس، بدي روح على البحر مع رامي", "رامي"),
            ("حكيت مع كريم وقال إنه مش جاي", "كريم"),
        ],
        "PER",
    );
}

/// Issue 13: a kitchen or table measure, alone or in the dual, opens no name and is none (`كوبين طحين`,
/// `فنجان قهوة`), and a word right after one is what it measures (`صحن حمص` is hummus, not Homs); a
/// name in the same line stays.
#[test]
fn measures_and_what_they_measure_are_no_names() {
    for text in [
        "حطي كوبان مي مع كوب رز",
        "المقادير: كوبين طحين، نص كوب سكر، بيضتين وملعقة زبدة",
        "أحلى صباح مع فنجان قهوة على البلكونة",
        "بعدها حطي رشة ملح وحبتين هيل",
        "قدمت لنا الجارة رغيف خبز وصحن حمص",
        "اشتريت كيلو حمص من السوق",
    ] {
        let found = tag(text);
        assert!(found.is_empty(), "help: {text}: {found:?}");
    }
    assert_found(&[("ضيفي ملعقتين سكر وفنجانين حليب مع سمير", "سمير"), ("اشتريت كيلو حمص من عند أبو شاكر", "أبو شاكر")], "PER");
    assert_found(&[("سافرت من حمص إلى حلب الشهر الماضي", "حمص")], "LOC");
}

/// Issue 13: a device or car noun before a brand says what the brand makes and is no part of the name:
/// the product after it is MISC, not a person (`هاتف سامسونج جالاكسي`), and a brand found as an
/// organisation stays one (`جوال نوكيا`).
#[test]
fn a_device_noun_opens_no_name() {
    assert_found(
        &[
            ("شريت هاتف سامسونج جالاكسي الجديد والكاميرا ممتازة", "سامسونج جالاكسي"),
            ("عندي موبايل شاومي ريدمي من سنتين وما خرب", "شاومي ريدمي"),
        ],
        "MISC",
    );
    assert_found(&[("جوال نوكيا القديم كان ما بيخرب", "نوكيا")], "ORG");
    for text in ["شريت هاتف سامسونج جالاكسي الجديد", "عندي موبايل شاومي ريدمي من سنتين"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" && !t.starts_with("هاتف") && !t.starts_with("موبايل")), "help: {text}: {found:?}");
    }
}

/// Issue 13: a person's name ends before a superlative of praise (`ميسي` + `أحسن لاعب`, `فيروز` + `أحلى
/// صوت`) and before the spoken contraction of `على ال` / `في ال` (`جمال` + `عالتلفون`, Maghrebi `ياسين` +
/// `فالطوبيس`); names that start so stay whole (`فالنتينو روسي`).
#[test]
fn superlatives_and_contracted_articles_end_people() {
    assert_found(
        &[
            ("ميسي أحسن لاعب في التاريخ", "ميسي"),
            ("الأستاذ حسن أحسن معلم درّسني", "حسن"),
            ("صوت فيروز أحلى صوت سمعته", "فيروز"),
            ("محمد صلاح أفضل لاعب عربي هالموسم", "محمد صلاح"),
            ("كلمت جمال عالتلفون وقال إنه جاي", "جمال"),
            ("لقيت سمير عالطريق ورجعنا سوا", "سمير"),
            ("شفت ياسين فالطوبيس البارحة", "ياسين"),
            ("التقى فالنتينو روسي بالصحفيين", "فالنتينو روسي"),
        ],
        "PER",
    );
}

/// Issue 13: the Maghrebi first person plural of the present (`نشوفو`, `نديرو`, `كنقولو`) neither opens
/// nor ends a name, nor do `غادي` "going to" and `بشي` "with something": they and their objects are no
/// people. Names beside them stay, and so do names of that shape the lists hold (`نتنياهو`).
#[test]
fn maghrebi_verbs_and_particles_are_no_names() {
    for text in [
        "نشوفو الماتش مع بعض",
        "غادي نديرو حفلة فالدار",
        "كنقولو ليك الصراحة",
        "غادي نمشيو للبحر باش نشوفو الغروب",
        "ابدأ بشي بسيط وما تستعجل",
        "خليك بشي مفيد وبلا حكي فاضي",
    ] {
        let found = tag(text);
        assert!(found.is_empty(), "help: {text}: {found:?}");
    }
    assert_found(&[("ياسين ومراد غادي يجيو معانا نشوفو الماتش", "مراد"), ("نتنياهو قال إن الحرب مستمرة", "نتنياهو")], "PER");
}

/// Issue 13: no name holds a strong dialect word (`بدري` + `عشان` + `الماتش`), `هال` "this" behind a
/// preposition is no name (`لهالدرجة`), and a neighbour with a pronoun is said beside a person's name,
/// not in it (`الحاجة زينب جارتنا`, `جارتي سعاد`).
#[test]
fn dialect_words_cut_spans_and_neighbours_leave_them() {
    for text in ["نمت بدري عشان الماتش بكرا", "ما كنت متوقع لهالدرجة يكون صعب"] {
        let found = tag(text);
        assert!(found.is_empty(), "help: {text}: {found:?}");
    }
    assert_found(
        &[
            ("الحاجة زينب جارتنا جابت لنا كعك العيد", "زينب"),
            ("قالت جارتي سعاد إن المي مقطوعة", "سعاد"),
            ("جارنا أبو سليم طيب كتير", "أبو سليم"),
            ("عشان سمير ما إجا رحنا لحالنا", "سمير"),
        ],
        "PER",
    );
}

#[test]
fn names_after_a_kind_of_place_are_places() {
    // After a dual (`محافظتي`, `ولايتي`, `مدينتي`) both names joined by `و` are places, whatever the model
    // took the second for (`صلاح الدين` is also a man's name); after a province or a state a name of a word
    // or two taken for an organisation is the place (`الجزيرة`, the channel, is the Sudanese state here).
    assert_typed(&[
        ("زار الوزير محافظتي نينوى وصلاح الدين أمس", "صلاح الدين", "LOC"),
        ("زار الوزير محافظتي نينوى وصلاح الدين أمس", "نينوى", "LOC"),
        ("وأفاد مراسلنا في ولايتي الخرطوم والجزيرة بأن الاشتباكات تجددت", "الجزيرة", "LOC"),
        ("وشهدت ولايتا كسلا والقضارف أمطارا غزيرة", "القضارف", "LOC"),
        ("وقصفت الطائرات مدينتي حلب وإدلب فجر الأحد", "إدلب", "LOC"),
        ("وتجول الوفد في محافظتي الكرك والطفيلة جنوب الأردن", "الطفيلة", "LOC"),
        ("واعتقلت السلطات شقيقها بولاية الجزيرة وسط السودان", "الجزيرة", "LOC"),
    ]);
    // The dual itself is no place, and a name after a plain noun keeps its type: the channel stays an
    // organisation, and so does a body that reads as one.
    for text in ["وأفاد مراسلنا في ولايتي الخرطوم والجزيرة بأن الاشتباكات تجددت", "زار الوزير محافظتي نينوى وصلاح الدين أمس"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("ولايتي") && !t.contains("محافظتي")), "help: {text}: {found:?}");
    }
    assert_typed(&[("وتوجه الصحفي إلى قناة الجزيرة في الدوحة", "الجزيرة", "ORG")]);
}

/// Issue 13: an airport or a stadium named after a titled person is one name with the title, MISC as
/// ANERcorp has such names (`بمطار محمد الخامس`, `ملعب ثاني بن جاسم`), never the person alone; a
/// hospital or a school named so is one organisation, even where the model saw no name.
#[test]
fn facilities_named_after_titled_people_are_whole() {
    let cases = [
        ("وصل الوفد إلى مطار الملك سلمان الدولي صباح اليوم.", "الملك سلمان"),
        ("هبطت الطائرة في مطار الملك خالد الدولي بالرياض.", "الملك خالد"),
        ("أقلعت الرحلة من مطار الملك عبدالعزيز الدولي في جدة.", "الملك عبدالعزيز"),
        ("يحتضن ملعب الأمير فيصل بن فهد المباراة النهائية.", "الأمير فيصل بن فهد"),
        ("أقيمت المباراة على ستاد الملك فهد الدولي.", "الملك فهد"),
        ("استقبل ملعب الشهيد حملاوي الجماهير الغفيرة.", "الشهيد حملاوي"),
    ];
    assert_found(&cases, "MISC");
    for (text, _) in cases {
        assert_no_label(&[text], "PER");
    }
    assert_found(&[
        ("نقل المصاب إلى مستشفى الملك فهد التخصصي.", "مستشفى الملك فهد التخصصي"),
        ("تلقى العلاج في مستشفى الأمير سلطان العسكري.", "مستشفى الأمير سلطان العسكري"),
        ("درس ابني في مدرسة الشهيد ياسر عرفات الثانوية.", "مدرسة الشهيد ياسر عرفات الثانوية"),
    ], "ORG");
    // A title and a name after any other word stay a person.
    assert_found(&[("وصل الملك سلمان إلى المطار مساء أمس.", "سلمان"), ("واستقبل الأمير فيصل بن فهد الوفد في مكتبه.", "فيصل بن فهد")], "PER");
}

/// Issue 13: an authority or company named by two genitives joined by و is one organisation, whether
/// the model cut it inside the pair, took a word of the pair for a place or saw nothing; two bare
/// genitives take the place they serve. "The interest of the country and its people" is no name.
#[test]
fn joined_genitives_make_one_organisation() {
    assert_found(&[
        ("أعلنت هيئة كهرباء ومياه دبي عن خطة جديدة.", "هيئة كهرباء ومياه دبي"),
        ("وقالت هيئة كهرباء ومياه الشارقة إن الانقطاع مؤقت.", "هيئة كهرباء ومياه الشارقة"),
        ("ونفت مؤسسة كهرباء ومياه عجمان وجود أعطال في الشبكة.", "مؤسسة كهرباء ومياه عجمان"),
        ("رفعت شركة الكهرباء والماء الأسعار هذا الشهر.", "شركة الكهرباء والماء"),
        ("أصدر ديوان الرقابة والمحاسبة تقريره السنوي.", "ديوان الرقابة والمحاسبة"),
        ("وأعلنت مؤسسة الموانئ والجمارك عن إجراءات جديدة.", "مؤسسة الموانئ والجمارك"),
        ("وقالت مديرية الزراعة والري إن الموسم جيد.", "مديرية الزراعة والري"),
    ], "ORG");
    let found = tag("وقالت شركة النفط والغاز الوطنية إن الإنتاج ارتفع.");
    assert!(found.iter().any(|(t, l)| t.starts_with("شركة النفط والغاز") && l == "ORG"), "help: {found:?}");
    assert_no_label(&["ودعوا الله لما فيه خير ومصلحة البلاد والعباد.", "وتحدث عن دائرة العنف والانتقام في المنطقة."], "ORG");
}

/// Issue 13: a verb in the perfect before its subject is no part of the subject's name, masculine or
/// feminine; a given name that is also a verb (`أشرف`) stays the person's.
#[test]
fn a_perfect_verb_does_not_open_its_subject() {
    for (text, name) in [
        ("نشط سليمة بوزيد في العمل الجمعوي لسنوات.", "سليمة بوزيد"),
        ("نشطت سليمة بوزيد في العمل الجمعوي لسنوات.", "سليمة بوزيد"),
        ("أشرفت سامية بن علي على الورشة التكوينية.", "سامية بن علي"),
        ("تألق كانافارو في مباراة الأمس أمام فرنسا.", "كانافارو"),
        ("شارك كريم بن عمر في الندوة أمس.", "كريم بن عمر"),
        ("ترأست نادية حمودي الجلسة الافتتاحية.", "نادية حمودي"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, "PER"), "help: {text}: {found:?}");
        let verb = text.split(' ').next().unwrap();
        assert!(found.iter().all(|(t, _)| !t.split(' ').any(|w| w == verb)), "help: {text}: {found:?}");
    }
    assert_found(&[("وقال أشرف محمد إن الموعد تأجل.", "أشرف محمد"), ("وفاز كرم جابر بالميدالية الذهبية.", "كرم جابر")], "PER");
}

/// Issue 13: Amazigh place names that open with `آيت`/`أيت`, `تيزي`, `إمي` are places, with an unknown
/// word before them (`اشتوكة أيت باها`); a Moroccan region after `جهة` is a place, not an organisation;
/// a surname in `آيت` + a definite word stays a person, and `من جهة` + a noun is "on the side of".
#[test]
fn amazigh_places_and_regions_are_places() {
    assert_found(&[
        ("تقع اشتوكة أيت باها في جهة سوس ماسة.", "اشتوكة أيت باها"),
        ("تقع اشتوكة أيت باها في جهة سوس ماسة.", "سوس ماسة"),
        ("نطالب وزير الفلاحة بزيارة دواوير اشتوكة أيت باها قبل الجمعة.", "اشتوكة أيت باها"),
        ("زار الوفد آيت ملول وتارودانت أمس.", "آيت ملول"),
        ("شهدت بلدة آيت أورير احتجاجات على غلاء الماء.", "آيت أورير"),
        ("ولد الكاتب في قرية إمي نتانوت سنة 1950.", "إمي نتانوت"),
        ("انقطعت الطريق بين تيزي وزو وبجاية بسبب الثلوج.", "تيزي وزو"),
        ("تضررت المحاصيل بجهة درعة تافيلالت هذا العام.", "درعة تافيلالت"),
    ], "LOC");
    assert_no_label(&["أكد رئيس مجلس جهة سوس ماسة أن الدعم سيصل.", "زار الوفد آيت ملول وتارودانت أمس."], "PER");
    assert_found(&[("وقال وزير الصحة خالد آيت الطالب إن الوضع مستقر.", "خالد آيت الطالب"), ("وأكد آيت الطالب أن اللقاحات وصلت.", "آيت الطالب")], "PER");
    assert_no_label(&["حوصرت المدينة من جهة البحر أياما.", "وهي وجهة مفضلة للسياح الأجانب."], "LOC");
}

/// Issue 13: a kinship or companion word with its pronoun leaves a person's span even when the name
/// packages list it as a name word (`صاحبي`, `بنتي`), in any dialect.
#[test]
fn kin_words_with_pronouns_leave_names_even_when_listed() {
    for (text, name) in [
        ("بنتي نور بدأت تمشي اليوم", "نور"),
        ("صاحبي ياسين سافر للخليج الشهر الماضي.", "ياسين"),
        ("زارتنا بنتي سلمى مع أولادها في العيد.", "سلمى"),
        ("صاحبتي ريم عزمتني على العشا", "ريم"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("صاحب") && !t.contains("بنتي")), "help: {text}: {found:?}");
        assert!(found.iter().any(|(t, l)| t.starts_with(name) && l == "PER"), "help: {text}: {found:?}");
    }
    assert_no_label(&["جدير بالذكر أن صاحبي المركزين الأول والثاني سيتأهلان إلى النهائي."], "PER");
}

/// Issue 13: a letter and `ستان` is an orchard or a dress, never a land like `باكستان`.
#[test]
fn orchards_and_dresses_are_no_lands() {
    for text in ["الصيف الماضي زرعنا بستان صغير ورا البيت", "في بستان جدي شجرة تين عمرها خمسين سنة", "لبست فستان أحمر في العرس", "وبستان جدي كبير وفيه نخل"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("ستان")), "help: {text}: {found:?}");
    }
    assert_found(&[("سافر الوفد إلى باكستان وأفغانستان الأسبوع الماضي.", "أفغانستان"), ("زار الرئيس كردستان العراق أمس.", "كردستان")], "LOC");
}

/// Issue 13: the model's person may run into the facility's adjective (`سلمان الدولي`): the name is the
/// title and the person's, the adjective stays out.
#[test]
fn a_facility_name_leaves_its_adjective_out() {
    for text in ["بدء أعمال إنشاء المدرج الأول في مطار الملك سلمان الدولي بالرياض", "أعلنت شركة مطار الملك سلمان الدولي بدء الأعمال اليوم."] {
        let found = tag(text);
        assert!(has_entity(&found, "الملك سلمان", "MISC"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, _)| !t.contains("الدولي")), "help: {text}: {found:?}");
    }
}

#[test]
fn an_office_after_a_name_ends_no_name() {
    // The office noun after a person, before what it heads, is the person's office (a reader saw
    // `حسام الدين عبد الفتاح عميد` highlighted); a surname that looks like one stays (`أحمد محمد عميد`
    // with nothing after it).
    for (text, name) in [
        ("وقال الأستاذ الدكتور حسام الدين عبد الفتاح عميد كلية الهندسة إن الامتحانات تبدأ", "حسام الدين عبد الفتاح"),
        ("وقال الدكتور حسام الدين عبد الفتاح نقيب المهندسين إن النقابة ترفض القرار", "حسام الدين عبد الفتاح"),
        ("وأكدت منى عبد الرحمن عميدة كلية الآداب أن التسجيل مفتوح", "منى عبد الرحمن"),
        ("وصرح عماد الدين حسين وكيل وزارة الصحة بأن اللقاحات وصلت", "عماد الدين حسين"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t == name && l == "PER"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, _)| !t.contains("عميد") && !t.contains("نقيب") && !t.contains("وكيل")), "help: {text}: {found:?}");
    }
    let found = tag("التقى أحمد محمد عميد في مكتبه");
    assert!(found.iter().any(|(t, l)| t == "أحمد محمد عميد" && l == "PER"), "help: {found:?}");
}

#[test]
fn movements_named_after_god_are_one_organisation() {
    // `الله` alone is MISC in the training text (`الحمد لله`); after "partisans", "soldiers", "brigades" it
    // ends a movement's name, which is one organisation (the reader saw MISC `الله` in `جماعة أنصار الله`).
    assert_typed(&[
        ("التقى المبعوث ممثلين عن جماعة أنصار الله في صنعاء", "أنصار الله", "ORG"),
        ("وقالت حركة أنصار الله إن الهجوم استهدف سفينة", "أنصار الله", "ORG"),
        ("وأعلنت سرايا أنصار الله مسؤوليتها عن العملية", "سرايا أنصار الله", "ORG"),
        ("وتبنت جماعة جند الله الهجوم على الحافلة", "جند الله", "ORG"),
    ]);
    // Names and places with `الله` keep theirs.
    assert_typed(&[("وقال عبد الله إن الاجتماع انتهى", "عبد الله", "PER"), ("وصل الوفد إلى رام الله مساء أمس", "رام الله", "LOC")]);
}

#[test]
fn town_names_keep_their_opening_word() {
    // A listed place of two words the tagger began and did not finish (`ود` of `ود مدني`, `مدني` read as
    // "civil"), and an unlisted town opened by `دير`, `كفر`, `عين`… taken alone: the place is whole.
    assert_found(
        &[
            ("وصل الوفد إلى ود مدني أمس", "ود مدني"),
            ("سافرنا من الخرطوم إلى ود مدني بالباص", "ود مدني"),
            ("اندلعت اشتباكات في مدينة ود مدني بولاية الجزيرة", "ود مدني"),
            ("أقيم المهرجان في دير علا شمال الأغوار", "دير علا"),
            ("أقيم المهرجان في دير علا.", "دير علا"),
            ("قتل شاب برصاص الاحتلال في كفر قدوم شرق قلقيلية", "كفر قدوم"),
            ("انتشرت الشرطة في عين الحلوة قرب صيدا", "عين الحلوة"),
        ],
        "LOC",
    );
    // Nothing after the word to take: the place alone, no verb or function word pulled in.
    let found = tag("وقصفت الطائرات بلدة عين في الجنوب");
    assert!(found.iter().all(|(t, _)| !t.contains("في")), "help: {found:?}");
}

#[test]
fn kitchen_and_market_words_are_no_names() {
    // Herbs, foods, prices and household things (many are words of people's names in the packages'
    // lists, `غالي` a listed surname): a recipe, a shopping line, a price complaint in dialect.
    for text in [
        "أضف نعناع وبقدونس مفروم إلى السلطة.",
        "قطعي البصل ثم أضيفي النعناع والبقدونس والملح.",
        "رشي شوية كمون وزعتر فوق الخبز وقدميه سخن.",
        "اشتريت حمص وفول وعدس من السوق بـ 20 جنيه.",
        "انقع حمص في الماء ليلة كاملة ثم اسلقه.",
        "السعر غالي والجودة ضعيفة.",
        "الذهب غالي هالأيام والله.",
        "هذا الجهاز غالي بس يستاهل.",
        "الدواء غالي جدا في الصيدلية.",
        "ركبت لوح شمسي جديد فوق البيت.",
        "الطاقة الشمسية أرخص، وسعر اللوح شمسي معقول.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "PER" && l != "LOC"), "help: {text}: {found:?}");
    }
    // The town and the people stay: Homs in the news, Boutros Ghali, the critic Ghali Shukri.
    assert_typed(&[
        ("قصف الجيش أحياء حمص القديمة", "حمص", "LOC"),
        ("وصل المراقبون إلى حمص وحماة أمس", "حمص", "LOC"),
        ("وقال بطرس غالي إن المنظمة مستعدة", "بطرس غالي", "PER"),
        ("كتبها كما قال للناقد المصري الراحل غالي شكري في الفترة نفسها", "غالي شكري", "PER"),
    ]);
}

#[test]
fn dams_bridges_and_tunnels_named_after_kings_are_facilities() {
    // As airports are: the king's name after a dam, bridge or tunnel names the facility (MISC), not the
    // king (a reader saw PER `طلال` in `سد الملك طلال`).
    assert_typed(&[
        ("افتتح الملك سد الملك طلال بعد صيانته", "الملك طلال", "MISC"),
        ("امتلأ سد الملك طلال بمياه الأمطار", "الملك طلال", "MISC"),
        ("عبرت الشاحنات جسر الملك حسين نحو الأردن", "الملك حسين", "MISC"),
        ("أغلق نفق الشيخ زايد للصيانة", "الشيخ زايد", "MISC"),
        ("هبطت الطائرة في مطار الملك خالد الدولي", "الملك خالد", "MISC"),
    ]);
    // The king himself stays a person.
    assert_typed(&[("استقبل الملك عبد الله الثاني الوفد في عمان", "عبد الله الثاني", "PER")]);
}

#[test]
fn government_services_are_one_organisation() {
    // `مصلحة` + the domain it runs (+ adjectives) is a service; `مصلحة` + anything else is "interest".
    assert_found(
        &[
            ("أعلنت مصلحة الطيران المدني عن رحلات جديدة", "مصلحة الطيران المدني"),
            ("وقالت مصلحة الضرائب المصرية إن الإيرادات زادت 12%", "مصلحة الضرائب المصرية"),
            ("نقلت مصلحة السجون الإسرائيلية الأسرى إلى سجن النقب", "مصلحة السجون الإسرائيلية"),
            ("وأفادت مصلحة الأرصاد الجوية بأن الحرارة سترتفع", "مصلحة الأرصاد الجوية"),
            ("وأعلنت مصلحة السجون ومصلحة الجمارك حالة الطوارئ", "مصلحة الجمارك"),
        ],
        "ORG",
    );
    for text in ["هذا القرار في مصلحة الشعب الفلسطيني", "من مصلحة الطيران أن تخفض الأسعار", "يعمل الجميع لمصلحة البلد"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("مصلحة")), "help: {text}: {found:?}");
    }
}

#[test]
fn a_given_name_ends_before_its_verb() {
    // Chat and dialect lines: the verb after a friend's or relative's name, known by its pronoun object
    // or as a verb of coming and going, is not the name's.
    for (text, name) in [
        ("صاحبي ياسين جاب لي هدية من السوق.", "ياسين"),
        ("أخوي سامر راح معي للسوق امبارح.", "سامر"),
        ("خالد اتصل بي وقال إنه جاي.", "خالد"),
        ("بنت خالتي ريم جابت لنا كيكة عيد ميلاد.", "ريم"),
        ("أبوي محمد شاف الماتش معنا.", "محمد"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t == name && l == "PER"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, l)| l != "PER" || t == name), "help: {text}: {found:?}");
    }
}

#[test]
fn a_place_or_facility_ends_before_a_phrase_with_bi() {
    // `ب` + a word after a place, a facility or a body opens the sentence's next phrase: the name stops
    // before it, and a place behind the `ب` is a place of its own.
    for (text, name, label, not) in [
        ("ازدحم مطار الملك خالد بالمسافرين القادمين من الخارج.", "الملك خالد", "MISC", "بالمسافرين"),
        ("امتلأ مطار الملك فهد بالحجاج منذ الفجر.", "الملك فهد", "MISC", "بالحجاج"),
        ("وقعت اشتباكات في منطقة دير علا بغور الأردن.", "دير علا", "LOC", "بغور"),
        ("افتتح مستشفى الملك حسين بعمان جناحا جديدا للأطفال.", "مستشفى الملك حسين", "ORG", "بعمان"),
        ("مستشفى الملك حسين بعمان فتح قسم جديد اليوم.", "مستشفى الملك حسين", "ORG", "بعمان"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, name, label), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, _)| !t.contains(not) || !t.contains(name)), "help: {text}: {found:?}");
    }
    // A place after the `ب` is a place.
    assert_found(&[("افتتح مستشفى الملك حسين بعمان جناحا جديدا للأطفال.", "عمان")], "LOC");
    // A place that opens with `ب` stays whole (`بيت لحم`, `بني ملال`), and so does `بن` in a name.
    assert_found(&[("وصل الوفد إلى بيت لحم صباح اليوم.", "بيت لحم"), ("تقع بني ملال وسط المغرب.", "بني ملال")], "LOC");
}

#[test]
fn a_purpose_with_min_ajl_stays_in_the_organisation() {
    // `من أجل` + a noun and its genitive (or a definite noun) is the body's purpose, like `ل` + a noun.
    assert_found(
        &[
            ("أعلنت الجمعية اللبنانية من أجل ديمقراطية الانتخابات نتائج مراقبتها.", "الجمعية اللبنانية من أجل ديمقراطية الانتخابات"),
            ("وقالت الجمعية الوطنية من أجل حقوق الإنسان إن الوضع خطير.", "الجمعية الوطنية من أجل حقوق الإنسان"),
            ("أصدرت الجبهة الشعبية من أجل الديمقراطية بيانا أمس.", "الجبهة الشعبية من أجل الديمقراطية"),
            ("وانتقدت اللجنة الشعبية من أجل حماية البيئة المشروع الجديد.", "اللجنة الشعبية من أجل حماية البيئة"),
        ],
        "ORG",
    );
    // What a body does for something is no name's (`من أجل تحقيق`), nor is a body without adjectives.
    for text in ["عملت اللجنة الوطنية من أجل تحقيق العدالة للجميع.", "اجتمعت الحكومة من أجل الميزانية الجديدة."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("أجل")), "help: {text}: {found:?}");
    }
}

#[test]
fn short_foreign_surnames_stay_with_their_given_name() {
    // Short surnames the lists leave out as common words (`لي` "to me", `شان`, `وو`).
    assert_found(
        &[
            ("شاهدت فيلم بروس لي الأخير.", "بروس لي"),
            ("وقال جاكي شان للصحفيين إن الفيلم جديد.", "جاكي شان"),
            ("والله بحب جاكي شان كتير.", "جاكي شان"),
            ("صرح المخرج جون وو بأن التصوير انتهى.", "جون وو"),
            ("أفلام بروس لي ما بتنمل أبدا.", "بروس لي"),
        ],
        "PER",
    );
    // `لي`, `لنا` before "that" or after a verb of saying are "to me", "to us", not the name's.
    for (text, name) in [
        ("وقال سامر لي إن الطريق مغلق.", "سامر"),
        ("وقالت ريم لي إن الطريق مغلق.", "ريم"),
        ("قال لي سامر إن الطريق مغلق.", "سامر"),
        ("وأكد لنا خالد أن الاجتماع تأجل.", "خالد"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" || t == name), "help: {text}: {found:?}");
    }
}

#[test]
fn untagged_towns_opened_by_their_word_are_places() {
    // A town opened by `دير`, `كفر` or `خربة` and a rare word, both left out by the tagger (or taken for a
    // person), is the town.
    assert_found(
        &[
            ("زار الوزير دير علا أمس.", "دير علا"),
            ("زار الوزير دير علا", "دير علا"),
            ("قام الوفد بزيارة دير علا.", "دير علا"),
            ("هدمت الجرافات منازل في خربة طانا شرق نابلس.", "خربة طانا"),
            ("وتفقد المحافظ كفر قاسم بعد العاصفة.", "كفر قاسم"),
            ("وصلت سيارات الإسعاف إلى دير بلوط مساء.", "دير بلوط"),
        ],
        "LOC",
    );
    // Not "take care" in dialect, not "appointed" + a given name, not a house or an eye.
    for text in [
        "دير بالك على حالك يا زلمة، الطريق زلق.",
        "دير اللي بغيتي وما تخافش.",
        "عين سامر مديرا للمدرسة.",
        "اجتمعنا في بيت جدي.",
        "رأيت بعين قلبي.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "LOC"), "help: {text}: {found:?}");
    }
    // `كفر` the verb takes `ب`: its object is no town's name (the tagger alone may still take `كفر`).
    let found = tag("ومن كفر بنعمة ربه خسر.");
    assert!(found.iter().all(|(t, _)| !t.contains("بنعمة")), "help: {found:?}");
}

#[test]
fn a_named_body_keeps_its_adjectives() {
    // A body named by its head and a place, or a genitive joined by `و`, takes the adjectives after it.
    for (text, name) in [
        ("يقام المؤتمر في مركز دبي التجاري العالمي الأسبوع المقبل.", "مركز دبي التجاري العالمي"),
        ("وستعرض الشركة منتجاتها بمركز دبي التجاري العالمي في أكتوبر.", "مركز دبي التجاري العالمي"),
        ("أعلنت هيئة تنظيم الاتصالات والحكومة الرقمية عن ترددات جديدة.", "هيئة تنظيم الاتصالات والحكومة الرقمية"),
        ("وكانت هيئة تنظيم الاتصالات والحكومة الرقمية قد أعلنت قبل أسبوعين خطة جديدة.", "هيئة تنظيم الاتصالات والحكومة الرقمية"),
        ("حصلت الشركة على تمويل من بنك دبي الإسلامي العام الماضي.", "بنك دبي الإسلامي"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, l)| t == name && l == "ORG"), "help: {text}: {found:?}");
    }
    // An adjective that does not agree with the head is another noun's (`رئيس بلدية باريس الاشتراكي` is
    // the socialist mayor), and a place's nisba stays out.
    for (text, out) in [
        ("قال رئيس بلدية باريس الاشتراكي إن المدينة جاهزة.", "الاشتراكي"),
        ("وأكد مدير بلدية دبي الجديد أن العمل بدأ.", "الجديد"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains(out)), "help: {text}: {found:?}");
    }
    // A city the tagger cut before its adjective, read as a place of its own, is one place.
    let found = tag("وقال وزير العمل خلال حفل الإطلاق في مدينة الحسن الصناعية بإربد إن الدفعة الأولى جاهزة.");
    assert!(found.iter().all(|(t, _)| t != "الصناعية"), "help: {found:?}");
}

#[test]
fn saint_well_and_anchorage_towns_are_places() {
    // `سيدي`, `عين`, `مرسى` + a name after a kind of place or a place preposition: a town or quarter.
    assert_found(
        &[
            ("وصلنا إلى سيدي بوزيد مساء أمس بعد رحلة طويلة.", "سيدي بوزيد"),
            ("الحادثة وقعت في عين تموشنت صباح اليوم.", "عين تموشنت"),
            ("قضينا العطلة بمرسى مطروح مع العائلة.", "مرسى مطروح"),
            ("أنشأت الحكومة محطات جديدة في مرسى علم وسفاجا.", "مرسى علم"),
            ("الخط الجديد يمر عبر حي سيدي مومن.", "سيدي مومن"),
        ],
        "LOC",
    );
    // "In my mother's eye", "sir", a Senegalese player named Sidi, and great trust in Morsi: no places.
    for text in ["رأيت الدمعة في عين أمي.", "قال سيدي الرئيس إن الوضع مستقر.", "أشاد اللاعب السنغالي سيدي بيه بالجمهور.", "ثقة الناس في مرسي كبيرة."] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "LOC"), "help: {text}: {found:?}");
    }
}

#[test]
fn a_body_with_participle_adjectives_and_a_purpose_is_one_organisation() {
    // A definite head, adjectives (participles among them: `المستقلة`, `القابضة`) and a purpose with `لل`
    // or `ل` + a noun and its genitive.
    assert_found(
        &[
            ("قالت الهيئة العليا المستقلة للانتخابات إن نسبة المشاركة بلغت 11 في المئة.", "الهيئة العليا المستقلة للانتخابات"),
            ("وحضر الافتتاح ممثلون عن الشركة القابضة لمياه الشرب والصرف الصحي.", "الشركة القابضة لمياه الشرب والصرف الصحي"),
            ("أكدت اللجنة الوطنية المستقلة لحقوق الإنسان أن السجون مكتظة.", "اللجنة الوطنية المستقلة لحقوق الإنسان"),
            ("والهيئة الوطنية المستقلة للانتخابات هي اللي بتعلن النتايج بكرة.", "الهيئة الوطنية المستقلة للانتخابات"),
        ],
        "ORG",
    );
}

#[test]
fn the_holder_of_an_office_after_a_body_or_a_place_is_a_person() {
    // An office (`عمدة` among them), a body or a place the tagger found, then the name.
    assert_found(
        &[
            ("أعلن رئيس الهيئة العليا المستقلة للانتخابات فاروق بوعسكر أن النتائج ستصدر الأربعاء.", "فاروق بوعسكر"),
            ("دشّن عمدة الدار البيضاء نبيلة الرميلي الخط الرابع للترامواي أمس.", "نبيلة الرميلي"),
            ("وقال رئيس هيئة النزاهة الاتحادية حيدر حنون إن الفساد تراجع.", "حيدر حنون"),
        ],
        "PER",
    );
    // A short present-tense verb after an office and its portfolio is no name (a headline's order).
    for text in ["وزير الطاقة يعد بزيادة ساعات التغذية الكهربائية قبل الخريف", "محافظ إربد يزور المدارس ويطمئن على الطلبة", "وزير الصحة يعد المواطنين بحل الأزمة"] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" || !t.starts_with('ي')), "help: {text}: {found:?}");
    }
}

#[test]
fn a_facility_named_after_a_place_holds_no_person() {
    // A plant, a station, a refinery named by one word: the word is the place, no person.
    for (text, name) in [
        ("ستعيد مؤسسة كهرباء لبنان تشغيل معمل الزهراني يوم الخميس.", "الزهراني"),
        ("توقفت محطة الزهراني عن العمل بعد نفاد الوقود.", "الزهراني"),
        ("افتتح الوزير مصفاة الزرقاء بعد تحديثها.", "الزرقاء"),
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "PER"), "help: {text}: {found:?}");
        assert!(has_entity(&found, name, "LOC"), "help: {text}: {found:?}");
    }
}

#[test]
fn a_saints_town_after_a_verb_and_a_tram_are_no_people() {
    assert_found(
        &[("ترامواي جديد يربط سيدي مومن بوسط المدينة", "سيدي مومن"), ("الحافلات الجديدة تربط سيدي بوزيد بتونس العاصمة", "سيدي بوزيد")],
        "LOC",
    );
    for text in ["ترامواي جديد يربط سيدي مومن بوسط المدينة", "دشن العمدة الخط الرابع للترامواي أمس.", "ركبنا الترامواي من المحطة حتى الكورنيش."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" && !t.contains("ترامواي")), "help: {text}: {found:?}");
    }
    // "Sir" after a verb of saying stays no place.
    let found = tag("يقول سيدي الرئيس إن الوضع مستقر.");
    assert!(found.iter().all(|(_, l)| l != "LOC"), "help: {found:?}");
}

#[test]
fn a_nisba_after_a_definite_noun_is_its_adjective_not_a_body() {
    // `البلدية التونسية` qualifies the elections; the government itself stays a body where it is one.
    for text in ["مباشر: فرز الأصوات في الانتخابات البلدية التونسية", "شارك الناخبون في الانتخابات المحلية المغربية بكثافة.", "تابعنا نتائج الانتخابات البلدية اللبنانية طوال الليل."] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "ORG"), "help: {text}: {found:?}");
    }
    assert_found(&[("قررت بلدية بيروت إغلاق الشاطئ العام أمام الزوار.", "بلدية بيروت")], "ORG");
}

#[test]
fn latin_names_in_arabic_text_are_typed_by_their_context() {
    // After a feminine verb of saying or doing, or a source's preposition before an acronym: a body.
    assert_found(
        &[
            ("ذكرت AFP أن القتلى بلغوا عشرة.", "AFP"),
            ("أعلنت Google عن هاتف جديد.", "Google"),
            ("بحسب ما نقلته Reuters عن مصادر مطلعة.", "Reuters"),
            ("وقالت (CNN) إن الرئيس سيزور المنطقة.", "CNN"),
            ("أطلقت مجموعة e& خدمة جديدة في دبي.", "e&"),
        ],
        "ORG",
    );
    // After a fair or a summit: the event.
    assert_found(
        &[("وستعرض المجموعة الخدمة في معرض GITEX Global الذي ينطلق في أكتوبر.", "GITEX Global"), ("تحدث الوزير أمام ملتقى Web Summit في لشبونة.", "Web Summit")],
        "MISC",
    );
    // A unit after a number is nothing, a name after a masculine verb no body.
    for text in ["تصل السرعة إلى 10 Gbps في المدينة.", "قال Ahmed إنه سيحضر."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| t != "Gbps" && l != "ORG"), "help: {text}: {found:?}");
    }
}

#[test]
fn courts_and_councils_with_their_adjectives_are_one_organisation() {
    assert_found(
        &[
            ("أصدرت محكمة النقض المصرية حكما نهائيا في القضية.", "محكمة النقض المصرية"),
            ("وأقر مجلس الشورى السعودي نظاما جديدا للعمل.", "مجلس الشورى السعودي"),
            ("صادق مجلس النواب الأردني على الموازنة العامة.", "مجلس النواب الأردني"),
            ("وقالت لجنة الشؤون الخارجية العربية إن الاتفاق مهم.", "لجنة الشؤون الخارجية العربية"),
        ],
        "ORG",
    );
    // A council's sitting or a court's hearing, no name.
    for text in ["حضرنا مجلس العزاء أمس.", "تأجلت جلسة المحكمة إلى الشهر المقبل."] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "ORG"), "help: {text}: {found:?}");
    }
}

#[test]
fn an_office_and_its_complement_at_the_end_of_a_sentence_end_the_search_for_its_holder() {
    // The office-holder rule looked for the holder's name one word past the sentence's last (a panic in
    // the reader's pages): an office, its body or place, and nothing after, in several wordings.
    for text in [
        "استقبل الرئيس أمس عمدة الدار البيضاء",
        "التقى الوفد وكيل وزارة الصحة",
        "وصل إلى المدينة رئيس بلدية طرابلس",
        "اجتمع المحتجون أمام مكتب محافظ البصرة",
        "شكرا لسعادة سفير اليابان",
        "وزير الخارجية",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "PER"), "help: {text}: {found:?}");
    }
}

#[test]
fn a_plural_kind_of_place_before_a_list_names_each_place() {
    assert_found(
        &[
            ("وشملت الأمطار ولايات باجة وجندوبة والكاف وسليانة أمس.", "جندوبة"),
            ("وشملت الأمطار ولايات باجة وجندوبة والكاف وسليانة أمس.", "باجة"),
            ("وتضررت محافظات درعا والسويداء والقنيطرة من العاصفة.", "السويداء"),
            ("الحملة رح تشمل بلديات طمرة وسخنين وعرابة الأسبوع الجاي.", "سخنين"),
        ],
        "LOC",
    );
    // The plural alone, or before a description, names nothing.
    for text in ["وزارة الفلاحة تعلن برنامجا لدعم الفلاحين في ولايات الشمال الغربي", "تعيش مدن كبرى وصغيرة أزمة مياه."] {
        let found = tag(text);
        assert!(found.iter().all(|(_, l)| l != "LOC"), "help: {text}: {found:?}");
    }
}

#[test]
fn an_office_before_the_body_it_serves_is_no_person() {
    for (text, person) in [
        ("وقال وكيل وزارة التموين بالجيزة أحمد عبد الحميد إن الحملة جاءت بناء على شكاوى.", "أحمد عبد الحميد"),
        ("صرح وكيل وزارة التربية والتعليم بالقليوبية محمود عبد الرحيم بأن الامتحانات في موعدها.", "محمود عبد الرحيم"),
        ("وأكد وكيل وزارة الصحة الدكتور سامي النجار أن اللقاحات وصلت.", "سامي النجار"),
    ] {
        let found = tag(text);
        assert!(has_entity(&found, person, "PER"), "help: {text}: {found:?}");
        assert!(found.iter().all(|(t, _)| t != "وكيل"), "help: {text}: {found:?}");
    }
}

#[test]
fn a_given_name_before_the_rest_of_a_name_stays_in_the_person() {
    assert_found(
        &[
            ("وقال رئيس البلدية تيسير أبو سنينة إن المشروع يشمل استبدال الأنابيب.", "تيسير أبو سنينة"),
            ("وأوضح مدير المدرسة رزق أبو شمالة أن الدوام سيستأنف الأحد.", "رزق أبو شمالة"),
            ("هكذا كتب المعماري العراقي رفعة الجادرجي في مذكراته.", "رفعة الجادرجي"),
            ("وكتبت المهندسة المصرية رفعت الكردي عن المدينة.", "رفعت الكردي"),
            ("ويرى الناقد المغربي خنوس الركراكي أن الرواية تغيرت.", "خنوس الركراكي"),
        ],
        "PER",
    );
    // A verb before the name is no part of it.
    let found = tag("وقال رئيس البلدية يلتقي أبو مازن غدا.");
    assert!(found.iter().all(|(t, _)| !t.contains("يلتقي")), "help: {found:?}");
}

#[test]
fn a_bank_without_the_article_is_named_by_its_noun() {
    assert_found(
        &[
            ("أعلن مصرف الرافدين عن قروض جديدة للموظفين.", "مصرف الرافدين"),
            ("وقال مدير فرع بنك الإسكان في الزرقاء إن القروض متاحة.", "بنك الإسكان"),
            ("حولت الرواتب عبر مصرف الراجحي أمس.", "مصرف الراجحي"),
            ("الراتب نزل بمصرف الرشيد من الصبح.", "مصرف الرشيد"),
        ],
        "ORG",
    );
    // A drain is no bank.
    assert_no_label(&["تم تنظيف مصرف المياه في الشارع."], "ORG");
}

#[test]
fn a_league_and_its_sponsor_name_are_one_event() {
    assert_found(
        &[
            ("حقق الهلال فوزا ثمينا على ضيفه النصر ضمن منافسات الجولة العاشرة من دوري روشن السعودي.", "دوري روشن السعودي"),
            ("يتصدر الفريق ترتيب دوري روشن السعودي للمحترفين.", "دوري روشن السعودي للمحترفين"),
        ],
        "MISC",
    );
    // `بطولة` is also "starring": the star stays a person.
    assert_found(&[("الفيلم الجديد من بطولة عادل إمام.", "عادل إمام")], "PER");
}

#[test]
fn a_conjunction_before_a_name_link_stays_out_and_son_towns_are_places() {
    assert_found(
        &[
            ("وقعت الشركة اتفاقيات لبناء محطات الرباط أكدال وبن جرير ومراكش.", "بن جرير"),
            ("غادر الوفد مدينة ابن جرير صباح اليوم.", "ابن جرير"),
            ("الطريق بين صفاقس وبن قردان مسكر من امبارح.", "بن قردان"),
            ("وصل المحتجون إلى بن عروس مساء الأحد.", "بن عروس"),
            ("حي بن مسيك فيه زحمة بزاف هاد الصباح", "بن مسيك"),
        ],
        "LOC",
    );
    // A scholar of that name stays whole, and the و of `وبن`/`وآل` is never inside a span.
    assert_found(&[("قال محمد بن جرير الطبري في تفسيره.", "محمد بن جرير الطبري")], "PER");
    for text in ["التقى الأمير وبن سلمان في الرياض.", "وصل الملك وآل ثاني إلى الدوحة.", "زرنا أكدال وبن جرير الصيف الماضي."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.starts_with("وبن") && !t.starts_with("وآل")), "help: {text}: {found:?}");
        assert!(!found.is_empty(), "help: {text}");
    }
}

#[test]
fn fuels_after_a_preposition_are_no_places() {
    assert_no_label(
        &[
            "وأعلنت الوزارة خطة لتحويل نصف أسطول النقل العام في العاصمة إلى الكهرباء قبل عام 2030.",
            "انتقلت الحافلات من الديزل إلى الكهرباء خلال سنتين.",
            "المصانع رح تتحول من المازوت للغاز السنة الجاية.",
            "الناس رجعت للبنزين بعد ما غلي الوقود.",
        ],
        "LOC",
    );
    // The places around them stay.
    assert_found(&[("عادت الكهرباء إلى حلب بعد انقطاع طويل.", "حلب")], "LOC");
}

#[test]
fn dialect_words_open_no_name_in_any_dialect() {
    for text in [
        "شي واحد قال ليا بلي الوداد ربح الماتش",
        "ليش راح أحمد على بيروت امبارح؟",
        "عشان كده محمد رمضان زعلان من الجمهور",
        "هيك قال سمير جعجع امبارح!!",
        "...ليش هيك يا نانسي عجرم",
        "وش السالفة يا بو فهد؟",
    ] {
        let found = tag(text);
        for word in ["شي", "ليا", "بلي", "راح", "زعلان", "هيك", "ليش", "وش", "كده"] {
            assert!(found.iter().all(|(t, _)| t.split(' ').all(|w| w != word)), "help: {text}: {word} in {found:?}");
        }
        assert!(found.iter().all(|(t, _)| !t.starts_with(['.', '!', '#', '@'])), "help: {text}: {found:?}");
    }
    assert_found(&[("ليش راح أحمد على بيروت امبارح؟", "أحمد"), ("عشان كده محمد رمضان زعلان من الجمهور", "محمد رمضان")], "PER");
    // Xi stays Xi in the news.
    assert_found(&[("وقال الرئيس الصيني شي جين بينغ إن بلاده مستعدة.", "شي جين بينغ")], "PER");
}

#[test]
fn bodies_named_by_place_purpose_and_joined_genitives_are_whole() {
    assert_found(
        &[
            ("وأوضح المدير أن المكتب الوطني للسكك الحديدية وقع اتفاقية مع ثلاث شركات.", "المكتب الوطني للسكك الحديدية"),
            ("وقال المكتب الوطني للمطارات إن الرحلات عادت.", "المكتب الوطني للمطارات"),
            ("وقالت أمانة عمان الكبرى إن الخط يعمل من الصبح.", "أمانة عمان الكبرى"),
            ("أطلقت أمانة بغداد حملة لتنظيف الشوارع.", "أمانة بغداد"),
            ("وأعلنت أمانة الرياض إغلاق النفق مؤقتا.", "أمانة الرياض"),
            ("أطلقت هيئة الأدب والنشر والترجمة مبادرة جديدة للكتاب.", "هيئة الأدب والنشر والترجمة"),
            ("وتنظم هيئة المتاحف والتراث والآثار معرضا.", "هيئة المتاحف والتراث والآثار"),
            ("نددت الجمعية التونسية للنساء الديمقراطيات بالقرار.", "الجمعية التونسية للنساء الديمقراطيات"),
            ("وقالت الجمعية المصرية للمهندسين المعماريين إن المبنى آمن.", "الجمعية المصرية للمهندسين المعماريين"),
        ],
        "ORG",
    );
    // "In all honesty" names no municipality.
    let found = tag("بكل أمانة عمان مدينة جميلة");
    assert!(found.iter().all(|(t, _)| !t.contains("أمانة")), "help: {found:?}");
}

#[test]
fn a_stadium_is_named_whole_and_a_cup_is_no_person() {
    assert_found(
        &[
            ("حقق الهلال فوزا ثمينا على ضيفه النصر مساء أمس على ملعب المملكة أرينا، ضمن الجولة العاشرة.", "المملكة أرينا"),
            ("الماتش الجاي رح يكون على ملعب المملكة أرينا بالرياض", "المملكة أرينا"),
        ],
        "LOC",
    );
    assert_found(
        &[
            ("فاز النصر بكأس زايد للأندية الأبطال بعد مباراة مثيرة.", "كأس زايد"),
            ("توج الفريق بكأس الملك سلمان للأندية.", "كأس الملك سلمان"),
            ("خسر الرجاء في نهائي كأس محمد السادس للأندية الأبطال.", "كأس محمد السادس"),
        ],
        "MISC",
    );
    for text in ["فاز النصر بكأس زايد للأندية الأبطال بعد مباراة مثيرة.", "لعب الفريق في ستاد القاهرة الدولي أمس."] {
        let found = tag(text);
        assert!(found.iter().all(|(t, l)| l != "PER" && t != "ستاد" && t != "أرينا"), "help: {text}: {found:?}");
    }
}

#[test]
fn to_me_after_a_verb_of_saying_is_no_person() {
    for text in [
        "وقال لي مزارع من الخليل إن الموسم سيئ.",
        "قالت لي جارة من حمص إن الأسعار ارتفعت كثيرا.",
        "وحكى لي سائق تاكسي في القاهرة عن الزحمة.",
        "وأكد لي موظف في البلدية أن المياه ستعود.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| t != "لي"), "help: {text}: {found:?}");
    }
}

#[test]
fn an_oath_and_a_dialect_copula_name_nothing() {
    for text in [
        "«والله الوضع صعب» قال أحد التجار في السوق.",
        "بالله عليك، شو صار بالسوق اليوم؟",
        "والله ما عندي خبر عن الموضوع، قال الشاب.",
        "ووالله لنرجعن إلى أرضنا، قالت الحاجة.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("الله")), "help: {text}: {found:?}");
    }
    for text in [
        "قال ساكن من الحي: «الترامواي راهو يخدم بزاف الناس».",
        "الحافلة راهي متأخرة بزاف اليوم في البليدة.",
        "المترو راهو واقف من الصباح، درك نستناو.",
    ] {
        let found = tag(text);
        assert!(found.iter().all(|(t, _)| !t.contains("راهو") && !t.contains("راهي")), "help: {text}: {found:?}");
    }
}

#[test]
fn a_town_opener_at_a_name_end_takes_the_next_word() {
    for (text, name) in [
        ("انطلقت الأشغال ببلدية بئر الجير على مسافة 12 كيلومترا.", "بلدية بئر الجير"),
        ("يربط الطريق المدينة ببلدية بئر الجير على مسافة قصيرة.", "بلدية بئر الجير"),
        ("يمر الخط ببلدية بئر توتة قبل الوصول.", "بلدية بئر توتة"),
        // (Whole before too: kept so.)
        ("أعلنت بلدية رأس الواد عن مشروع جديد.", "بلدية رأس الواد"),
        ("وقالت بلدية دير البلح إن المياه انقطعت.", "بلدية دير البلح"),
    ] {
        let found = tag(text);
        assert!(found.iter().any(|(t, _)| t == name), "help: {text}: {found:?}");
    }
}

#[test]
fn a_purpose_goes_on_through_a_joined_noun() {
    assert_found(
        &[
            ("وتتابع الوزارة التزام المنشآت بالتعاون مع الهيئة السعودية للمراجعين والمحاسبين.", "الهيئة السعودية للمراجعين والمحاسبين"),
            ("وأعلن المكتب الوطني للماء والكهرباء عن انقطاع التيار في الدار البيضاء.", "المكتب الوطني للماء والكهرباء"),
            ("وقعت الوزارة اتفاقا مع الهيئة العامة للطيران والملاحة البحرية.", "الهيئة العامة للطيران والملاحة البحرية"),
            ("نظمت الجمعية المغربية للكتاب والناشرين معرضا في الرباط.", "الجمعية المغربية للكتاب والناشرين"),
        ],
        "ORG",
    );
}

