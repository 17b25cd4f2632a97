//! Issue 13, round 28: the entity errors a reader sees on full pages, each class with sentences of our
//! own (none copied from a corpus or a page): a verb written with a shadda or a short vowel after an
//! organisation is no part of it (`وزارة النقل` + `وقّعت`); an ordinary word that begins with a letter
//! of a clitic (`وكيلة`, `فاتورة`, `بطولة`, `لجنة`, `كتيبة`) keeps its letter and names nobody; an
//! authority named by two joined genitives (`دائرة الثقافة والسياحة`, `سلطة المياه والصرف`) is one
//! organisation; and a town after `قرب` or opening a dateline is a place.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/entity_cases.rs"]
mod entity_cases;
use entity_cases::{check, Want};

// Known misses, measured and not fixed in this round (README, "Retraining the tagger", round 28): a town
// no list holds after `قرب` or alone before a dateline's dash (`قرب زحلة`, `زحلة - أعلنت`, `جونية -`,
// `النبطية -`). A rule taking any word the model does not know there as a place cost ten folds 0.01 (six
// false places): the model's vocabulary leaves out common words too (`قرب المدرسة`).

/// A verb after an organisation, written with a shadda or a short vowel (`وقّعت`, `حدَّدت`), is the
/// sentence's verb: the organisation ends before it, and the day after it (`الخميس الماضي`) is no part
/// of any name.
#[test]
fn voweled_verbs_end_organisations() {
    use Want::*;
    check(&[
        ("وأكد المتحدث أن وزارة النقل وقّعت الخميس الماضي اتفاقية لتوريد القطارات.", "وقّعت", Not("ANY")),
        ("وأكد المتحدث أن وزارة النقل وقّعت الخميس الماضي اتفاقية لتوريد القطارات.", "الخميس", Not("ANY")),
        ("وكانت وزارة الصحة قرّرت الأحد إغلاق المدارس في المحافظة.", "قرّرت", Not("ANY")),
        ("وذكرت الصحيفة أن شركة أرامكو وقَّعت اتفاقا مع شركة صينية.", "وقَّعت", Not("ANY")),
        ("وأفاد البيان بأن بلدية غزة نفّذت حملة نظافة واسعة يوم السبت.", "نفّذت", Not("ANY")),
        ("وكانت جامعة الملك سعود وقّعت مذكرة تفاهم مع جامعة أكسفورد.", "وقّعت", Not("ANY")),
        ("وقالت المصادر إن وزارة المالية حدَّدت موعد صرف الرواتب.", "حدَّدت", Not("ANY")),
        ("وقالت المصادر إن وزارة المالية حدَّدت موعد صرف الرواتب.", "وزارة المالية", Is("ORG")),
        ("ونقلت الوكالة أن هيئة الطرق والمواصلات وقّعت أمس عقدا جديدا.", "وقّعت", Not("ANY")),
        ("وأعلن مجلس الوزراء أن وزارة الداخلية رحّلت مئات المخالفين.", "رحّلت", Not("ANY")),
        ("وكان البنك المركزي خفّض سعر الفائدة في اجتماعه الأخير.", "خفّض", Not("ANY")),
        ("وكانت الأمم المتحدة وزّعت المساعدات على آلاف الأسر.", "وزّعت", Not("ANY")),
        // Controls: the organisation itself, unvoweled verbs, and the verb before the organisation.
        ("وأكد المتحدث أن وزارة النقل وقعت الخميس الماضي اتفاقية لتوريد القطارات.", "الخميس", Not("ANY")),
        ("ووقّعت وزارة الخارجية اتفاقية مع نظيرتها الفرنسية.", "وزارة الخارجية", Is("ORG")),
        ("وكانت الأمم المتحدة وزّعت المساعدات على آلاف الأسر.", "الأمم المتحدة", Is("ORG")),
    ]);
}

/// An ordinary word that begins with a letter of a clitic keeps it, whatever its rest spells (`وكيلة`
/// is no و + `كيلة`, `برقية` no ب + the given name `رقية`, `فرقة` no ف + the town `الرقة`), and an
/// office or a common noun alone names nobody; a name that opens so is still cut after `و`.
#[test]
fn ordinary_words_keep_their_first_letter() {
    use Want::*;
    check(&[
        ("وقالت وكيلة الوزارة سعاد الحمادي إن الخطة جاهزة.", "كيلة", Not("PER")),
        ("وقالت وكيلة الوزارة سعاد الحمادي إن الخطة جاهزة.", "كيلة", Uncut),
        ("وأوضحت وكيلة النيابة أن التحقيق مستمر منذ أسبوعين.", "كيلة", Uncut),
        ("والتقى الوزير ووكيلة الأمين العام للأمم المتحدة في جنيف.", "كيلة", Uncut),
        ("وحضرت الاجتماع وكيلة الجامعة للشؤون الأكاديمية.", "كيلة", Not("PER")),
        ("ودفع المواطنون فاتورة الكهرباء متأخرة هذا الشهر.", "اتورة", Uncut),
        ("وارتفعت فاتورة الاستيراد إلى ثلاثة مليارات دولار.", "اتورة", Uncut),
        ("وفاز المنتخب ببطولة كأس العرب للمرة الثانية.", "طولة", Uncut),
        ("وتنطلق بطولة إفريقيا للأمم الشهر المقبل في المغرب.", "طولة", Uncut),
        ("وشكلت الحكومة لجنة تحقيق في الحادث.", "جنة", Uncut),
        ("وقالت لجنة الانتخابات المركزية إن النتائج ستعلن غدا.", "جنة", Uncut),
        ("لجنة المتابعة العليا دعت إلى إضراب شامل يوم الاثنين.", "جنة", Uncut),
        ("وهاجمت كتيبة مدرعة مواقع المسلحين شمال المدينة.", "تيبة", Uncut),
        ("وأعلنت كتيبة شهداء الأقصى مسؤوليتها عن الهجوم.", "تيبة", Uncut),
        ("كتيبة المدفعية انسحبت من مواقعها قبل الفجر.", "تيبة", Uncut),
        ("وكانت فرقة الإنشاد قد قدمت عرضا في دار الأوبرا.", "رقة", Uncut),
        ("وسلم الوفد برقية تهنئة إلى الرئيس بمناسبة العيد.", "رقية", Uncut),
        ("وحصل اللاعب على بطاقة حمراء في الدقيقة الأخيرة.", "طاقة", Uncut),
        ("ووقع الطرفان وثيقة التفاهم في الرباط أمس.", "ثيقة", Uncut),
        ("وأرسلت الوزارة فاتورتين إلى الشركة المتعاقدة.", "اتورت", Uncut),
        ("وتسلمت وكيلات المدارس الجداول الجديدة.", "كيلات", Uncut),
        // Controls: given names that open with the letter, and a conjunction before a name.
        ("وقالت وداد الكواري إن المعرض يفتح أبوابه غدا.", "وداد الكواري", Is("PER")),
        ("وصرح وليد جنبلاط بأن الحزب لن يشارك في الحكومة.", "وليد جنبلاط", Is("PER")),
        ("والتقى الرئيس ماكرون وبوتين في باريس.", "بوتين", Is("PER")),
        ("وقالت فاطمة الزهراء إن المشروع تأخر.", "فاطمة الزهراء", Is("PER")),
        ("وتحدث بشير الجميل عن تاريخ العائلة.", "بشير الجميل", Is("PER")),
    ]);
}

/// An authority named by a head noun and two genitives joined by `و` (`دائرة الثقافة والسياحة`,
/// `سلطة المياه والصرف الصحي`, `هيئة الكهرباء والماء`) is one organisation, head included.
#[test]
fn authorities_with_joined_genitives() {
    use Want::*;
    check(&[
        ("وأعلنت دائرة الثقافة والسياحة في أبوظبي عن برنامج جديد للمتاحف.", "دائرة الثقافة والسياحة", Is("ORG")),
        ("واعتمدت دائرة الأراضي والأملاك خطة جديدة لتسجيل العقارات.", "دائرة الأراضي والأملاك", Is("ORG")),
        ("وتشرف دائرة البلديات والنقل على المشروع منذ بدايته.", "دائرة البلديات والنقل", Is("ORG")),
        ("وقالت دائرة الصحة والخدمات في الشارقة إن العيادات ستفتح مساء.", "دائرة الصحة والخدمات", Is("ORG")),
        ("وأصدرت هيئة الكهرباء والماء بيانا حول انقطاع التيار.", "هيئة الكهرباء والماء", Is("ORG")),
        ("وقالت هيئة الإذاعة والتلفزيون إن البث سيستأنف مساء اليوم.", "هيئة الإذاعة والتلفزيون", Is("ORG")),
        ("وأكدت سلطة المياه والصرف الصحي أن الأعمال مستمرة.", "سلطة المياه", Not("PER")),
        ("وأعلنت سلطة الأراضي والمساحة عن تسهيلات للمواطنين.", "سلطة الأراضي والمساحة", Is("ORG")),
        ("ودعت هيئة النزاهة والشفافية المسؤولين إلى كشف ذممهم المالية.", "هيئة النزاهة والشفافية", Is("ORG")),
        ("وأوضح مدير دائرة الجمارك والضرائب أن الإجراءات تغيرت.", "دائرة الجمارك والضرائب", Is("ORG")),
        // Controls: `دائرة` as a circle or a constituency, joined nouns that name no body.
        ("ودخلت المنطقة دائرة العنف والفوضى منذ سنوات.", "دائرة", Not("ANY")),
        ("وحذر الخبراء من الوقوع في دائرة الفقر والبطالة.", "دائرة", Not("ANY")),
        ("وفاز المرشح المستقل في الدائرة الثالثة بفارق كبير.", "الدائرة", Not("ANY")),
    ]);
}

/// A listed town after `قرب` ("near") is a place (an unlisted one, or one opening a dateline, is a known
/// miss above).
#[test]
fn towns_near_and_in_datelines() {
    use Want::*;
    check(&[
        ("ووقع الحادث قرب بعلبك مساء الأحد.", "بعلبك", Is("LOC")),
        ("وسقطت القذيفة قرب جونية دون أن تسفر عن إصابات.", "جونية", Is("LOC")),
        ("وتقع القرية قرب دمشق على الطريق الدولي.", "دمشق", Is("LOC")),
        // Controls: `قرب` before a common noun or a pronoun, and a dash after a person.
        ("وانفجرت العبوة قرب المدرسة الابتدائية صباحا.", "المدرسة", Not("ANY")),
        ("وجلس قرب والدته طوال الليل.", "والدته", Not("ANY")),
        ("نادين خوري - صحافية مقيمة في بيروت.", "نادين خوري", Not("LOC")),
    ]);
}
