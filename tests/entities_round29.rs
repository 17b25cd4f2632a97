//! Issue 13, round 29: names no list and no training text is likely to hold (people, companies and
//! towns invented for the purpose, Arabic and transliterated, in news wording and in dialect), each
//! sentence our own. The tagger has to find them from their context and their shape alone; the
//! unseen-name recall of the ten folds measures the same thing on ANERcorp. Not every case is found:
//! the test holds the count found at least to what the committed model gives (README, "Retraining the
//! tagger", round 29), lists the misses, and asks every control to hold.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/entity_cases.rs"]
mod entity_cases;
use entity_cases::tag;

/// A case: the text, the spans accepted for the name (a company with or without its head noun, as
/// ANERcorp and Wojood differ), and the label (`"ANY"` with `expect` false: no entity holds the first
/// span at all).
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
            out.push(format!("{text}: {spans:?} {label} in {found:?}"));
        }
    }
    out
}

/// People no list holds: Arabic given names with invented family names, and foreign names written in
/// Arabic letters (Finnish, Polish, Serbian, Indian, Japanese, Chinese…), after titles, offices and
/// nationalities, before speech verbs, at the start of a sentence, in Egyptian, Gulf, Levantine and
/// Maghrebi wording.
const PEOPLE: &[Case] = &[
    ("وقال المتحدث باسم الوزارة فراس الدغيمان إن الاجتماع سيعقد الأحد.", &["فراس الدغيمان"], "PER", true),
    ("وأكدت الناشطة سلافة العتيبوني أن الحملة مستمرة حتى نهاية الشهر.", &["سلافة العتيبوني"], "PER", true),
    ("وقال الحاج مدحت البرقوقي للصحفيين إن الأسعار زادت أوي السنة دي.", &["مدحت البرقوقي"], "PER", true),
    ("وحكى الدكتور رامي قطيشات إنو الوضع صعب كتير بالمخيم.", &["رامي قطيشات"], "PER", true),
    ("وعبّرت الكاتبة هالة الشبوكي عن حزنها لرحيل زميلها.", &["هالة الشبوكي"], "PER", true),
    ("وقال رئيس الوزراء الفنلندي أوسكاري ليندهولم إن بلاده سترسل مساعدات.", &["أوسكاري ليندهولم"], "PER", true),
    ("والتقى وزير الخارجية نظيره البولندي فيتولد ماركوفسكي في وارسو.", &["فيتولد ماركوفسكي"], "PER", true),
    ("وقالت المغنية البرازيلية لوسيانا فيراغوتي إنها ستزور القاهرة في الربيع.", &["لوسيانا فيراغوتي"], "PER", true),
    ("وأعلن المدرب الصربي دراغان ميلوفانيتش تشكيلة الفريق للمباراة.", &["دراغان ميلوفانيتش"], "PER", true),
    ("وصرح الملياردير الهندي راجيف باتناغار بأن الشركة ستتوسع في الخليج.", &["راجيف باتناغار"], "PER", true),
    ("ورد الجنرال الأوكراني بوهدان كوفالتشوك على الاتهامات الروسية.", &["بوهدان كوفالتشوك"], "PER", true),
    ("وقال الروائي الياباني هيروشي تاكامورا إن روايته الجديدة ستصدر قريبا.", &["هيروشي تاكامورا"], "PER", true),
    ("واستقبل الرئيس السفيرة الكندية جنيفر ماكاليستر في قصر الرئاسة.", &["جنيفر ماكاليستر"], "PER", true),
    ("غريغوري بالابانوف قال إن الصفقة لم تكتمل بعد.", &["غريغوري بالابانوف"], "PER", true),
    ("وأشار الخبير الاقتصادي تشانغ ويمينغ إلى تراجع الصادرات الصينية.", &["تشانغ ويمينغ"], "PER", true),
    ("ونقلت الصحيفة عن المحامي الفرنسي إتيان بوشارو قوله إن القضية معقدة.", &["إتيان بوشارو"], "PER", true),
    ("وأكد لاعب الوسط نيكولاي ستويتشيف جاهزيته للمباراة المقبلة.", &["نيكولاي ستويتشيف"], "PER", true),
    ("وقال الشيخ سعيد بن مطر الحمراني إن الأمور طيبة والحمد لله.", &["سعيد بن مطر الحمراني"], "PER", true),
    ("وصرح السيد عزيز أوبلعيد لموقع محلي بلي الفلاحة تضررت بزاف.", &["عزيز أوبلعيد"], "PER", true),
    ("وأوضحت النائبة ريم الخشاشنة أن القانون سيعرض على المجلس.", &["ريم الخشاشنة"], "PER", true),
];

/// Companies, clubs and bodies no list holds, with and without a head noun, Arabic and transliterated.
const ORGANISATIONS: &[Case] = &[
    ("وأعلنت شركة نوفاتيكس للبرمجيات عن تسريح مئتي موظف.", &["شركة نوفاتيكس", "نوفاتيكس", "شركة نوفاتيكس للبرمجيات"], "ORG", true),
    ("وقالت مجموعة الرواسي القابضة إن أرباحها ارتفعت بنسبة عشرة بالمئة.", &["مجموعة الرواسي القابضة", "مجموعة الرواسي", "الرواسي القابضة"], "ORG", true),
    ("ووقعت الحكومة عقدا مع شركة غرينفيلد إنرجي البريطانية لبناء المحطة.", &["شركة غرينفيلد إنرجي", "غرينفيلد إنرجي"], "ORG", true),
    ("ورفعت مؤسسة كاردينو للاستشارات دعوى ضد الوزارة.", &["مؤسسة كاردينو للاستشارات", "مؤسسة كاردينو", "كاردينو"], "ORG", true),
    ("وأكد نادي الشعلة الرياضي تعاقده مع المهاجم الجديد.", &["نادي الشعلة الرياضي", "نادي الشعلة", "الشعلة"], "ORG", true),
    ("وقالت شركة أطلسيا للنقل إنها غادي تزيد عدد الرحلات.", &["شركة أطلسيا للنقل", "شركة أطلسيا", "أطلسيا"], "ORG", true),
    ("وأعلن بنك الوسيلة الإسلامي عن منتجات جديدة للتمويل.", &["بنك الوسيلة الإسلامي", "بنك الوسيلة"], "ORG", true),
    ("واستحوذت فيرمونتال على حصة في شركة تكنوزون الإماراتية.", &["شركة تكنوزون", "تكنوزون", "شركة تكنوزون الإماراتية"], "ORG", true),
];

/// Towns, villages and districts no list holds, after place nouns and prepositions, Arabic and foreign.
const PLACES: &[Case] = &[
    ("وسقطت قذيفة على بلدة كفرشلان جنوب البلاد.", &["كفرشلان", "بلدة كفرشلان"], "LOC", true),
    ("ووصل الوفد إلى مدينة زيلتوفو شرق أوكرانيا.", &["زيلتوفو", "مدينة زيلتوفو"], "LOC", true),
    ("وقال سكان في حي الطويبة إن الماء مقطوع من يومين.", &["الطويبة", "حي الطويبة"], "LOC", true),
    ("واندلع حريق في ميناء كاستروماري شمال إسبانيا.", &["كاستروماري", "ميناء كاستروماري"], "LOC", true),
    ("وانتقلت العائلة من برانكوفيتسا إلى بلغراد قبل الحرب.", &["برانكوفيتسا"], "LOC", true),
    ("وشهدت قرية أم الخريزات اشتباكات عنيفة أمس.", &["أم الخريزات", "قرية أم الخريزات"], "LOC", true),
    ("وأقيم المهرجان في بلدة سانت أوريلين الفرنسية.", &["سانت أوريلين", "بلدة سانت أوريلين"], "LOC", true),
    ("وزار الوزير محافظة الرميلة الشرقية لتفقد المشاريع.", &["الرميلة الشرقية", "محافظة الرميلة الشرقية", "الرميلة"], "LOC", true),
];

/// Controls: foreign loanwords and common nouns that look like transliterated names (`الكمبيوتر`,
/// `التلفزيون`, `الفيديو`) name nothing; known names are still found.
const CONTROLS: &[Case] = &[
    ("وارتفعت أسعار الكمبيوتر والتلفزيون في الأسواق هذا الشهر.", &["الكمبيوتر"], "ANY", false),
    ("وارتفعت أسعار الكمبيوتر والتلفزيون في الأسواق هذا الشهر.", &["التلفزيون"], "ANY", false),
    ("وشاهد الملايين الفيديو على الإنترنت خلال ساعات.", &["الفيديو"], "ANY", false),
    ("وتحدث الوزير مع الصحفيين في الاستوديو بعد المقابلة.", &["الاستوديو"], "ANY", false),
    ("وأكد المسؤول أن الديمقراطية تحتاج إلى وقت طويل.", &["الديمقراطية"], "ANY", false),
    ("واشترى المصنع ماكينات جديدة من الخارج بالدولار.", &["ماكينات"], "ANY", false),
    ("قال إن الأوضاع تحسنت كثيرا في الأشهر الأخيرة.", &["الأوضاع"], "ANY", false),
    ("ودعا الرئيس عبد الفتاح السيسي إلى الحوار الوطني.", &["عبد الفتاح السيسي"], "PER", true),
    ("وزار وفد من الأمم المتحدة مدينة حلب أمس.", &["حلب"], "LOC", true),
    ("وأعلنت شركة أرامكو عن أرباح قياسية هذا العام.", &["شركة أرامكو", "أرامكو"], "ORG", true),
];

/// Unseen names found at least: the committed model's count (README, round 29), so a retrain that
/// finds fewer fails here and says which.
const FOUND_AT_LEAST: usize = 29;

#[test]
fn unseen_names_are_found_from_context_and_shape() {
    let cases: Vec<Case> = [PEOPLE, ORGANISATIONS, PLACES].concat();
    let missed = wrong(&cases);
    let found = cases.len() - missed.len();
    println!("unseen names found: {found} of {}; missed:\n{}", cases.len(), missed.join("\n"));
    assert!(found >= FOUND_AT_LEAST, "help: {found} of {} found, want {FOUND_AT_LEAST}; missed:\n{}", cases.len(), missed.join("\n"));
}

#[test]
fn loanwords_and_known_names_hold() {
    let missed = wrong(CONTROLS);
    assert!(missed.is_empty(), "help:\n{}", missed.join("\n"));
}
