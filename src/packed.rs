//! A result's many small objects as numbers, for the JavaScript package (`lib::for_js`, `js/naba.js`):
//! objects built in JavaScript from a typed array cost a fraction of objects built from wasm field by
//! field, and entities, dates and timeline entries are most of a result's objects.
//!
//! The numbers, in three sections (entities, dates, timeline entries), each either `NOT_PACKED` (its
//! lists stay objects in the result) or the number of lists, the length of each, then each item:
//! - an entity, six: start, end, label (its place in [`Label::ALL`]), the start and end of the mention
//!   its canonical name is, the number of its id (`e7` → 7);
//! - a date, seven: start, end, value, grain (its place in [`GRAINS`]), relative (0 or 1), kind (its
//!   place in [`KINDS`]), end value;
//! - a timeline entry, seven and then its entities' id numbers: start, end, value, grain, vague (0 or 1),
//!   end value, how many entities.
//!
//! A value is 0 for null, else `i` for the `i`-th of the distinct strings in `strings` (each followed by
//! U+0001). Every `text` is rebuilt as `text.slice(start, end)` of the result's text, and so is an
//! entity's canonical name: a section is packed only when each of its items can be rebuilt so (its text
//! elided by `elide_slices`, its canonical name the text at `canonical_span`, its ids `e` and a number).
//! A packed section's lists are emptied: they stay in the JSON as `[]`, for the package to fill in place,
//! so the keys keep their order.
//!
//! Packed before the UTF-16 conversion (byte offsets), which then rewrites the offsets here too
//! ([`Packed::map_offsets`]).

use crate::hash::FastMap;
use crate::model::{Analysis, DateMention, Entity, Grain, Label, TagResult, TimelineEntry, ELIDED};

/// A section whose lists stay objects.
pub const NOT_PACKED: u32 = u32::MAX;
/// Grains in the order the numbers name them.
pub const GRAINS: [Grain; 9] =
    [Grain::Second, Grain::Minute, Grain::Hour, Grain::Day, Grain::Week, Grain::Month, Grain::Quarter, Grain::Year, Grain::Decade];
/// Date kinds in the order the numbers name them.
pub const KINDS: [&str; 3] = ["point", "interval", "duration"];
/// What separates the strings of [`Packed::strings`] (never in a date value, which is ISO 8601).
const SEPARATOR: char = '\u{1}';

/// The numbers and the strings they name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Packed {
    pub numbers: Vec<u32>,
    pub strings: String,
}

/// Packs while the items are read; which sections went in.
#[derive(Default)]
struct Writer {
    packed: Packed,
    index: FastMap<String, u32>,
}

impl Writer {
    fn string(&mut self, s: Option<&str>) -> Option<u32> {
        let Some(s) = s else { return Some(0) };
        if s.contains(SEPARATOR) {
            return None;
        }
        if let Some(&i) = self.index.get(s) {
            return Some(i);
        }
        let i = u32::try_from(self.index.len() + 1).ok()?;
        self.packed.strings.push_str(s);
        self.packed.strings.push(SEPARATOR);
        self.index.insert(s.to_string(), i);
        Some(i)
    }

    /// One section: the lists' items through `item`, or [`NOT_PACKED`] if one of them cannot be.
    /// Whether it was packed.
    fn section<T>(&mut self, lists: &[&Vec<T>], item: impl Fn(&mut Writer, &T) -> Option<()>) -> bool {
        let start = self.packed.numbers.len();
        let ok = (|| {
            self.packed.numbers.push(u32::try_from(lists.len()).ok()?);
            for l in lists {
                self.packed.numbers.push(u32::try_from(l.len()).ok()?);
            }
            for x in lists.iter().flat_map(|l| l.iter()) {
                item(self, x)?;
            }
            Some(())
        })()
        .is_some();
        if !ok {
            self.packed.numbers.truncate(start);
            self.packed.numbers.push(NOT_PACKED);
        }
        ok
    }

    fn push(&mut self, xs: &[usize]) -> Option<()> {
        for &x in xs {
            self.packed.numbers.push(u32::try_from(x).ok()?);
        }
        Some(())
    }
}

/// `e7` → 7.
fn id_number(id: &str) -> Option<u32> {
    let digits = id.strip_prefix('e')?;
    if digits.starts_with('0') || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

fn entity(w: &mut Writer, e: &Entity, whole: &str) -> Option<()> {
    let (cs, ce) = e.canonical_span;
    if e.text != ELIDED || whole.get(cs..ce) != Some(e.canonical.as_str()) {
        return None;
    }
    let label = Label::ALL.iter().position(|&l| l == e.label)?;
    w.push(&[e.start, e.end, label, cs, ce])?;
    w.packed.numbers.push(id_number(&e.id)?);
    Some(())
}

fn date(w: &mut Writer, d: &DateMention) -> Option<()> {
    if d.text != ELIDED {
        return None;
    }
    let grain = GRAINS.iter().position(|&g| g == d.grain)?;
    let kind = KINDS.iter().position(|&k| k == d.kind)?;
    let value = w.string(d.value.as_deref())?;
    let end_value = w.string(d.end_value.as_deref())?;
    w.push(&[d.start, d.end])?;
    w.packed.numbers.extend([value, grain as u32, d.relative as u32, kind as u32, end_value]);
    Some(())
}

fn timeline_entry(w: &mut Writer, t: &TimelineEntry) -> Option<()> {
    if t.text != ELIDED {
        return None;
    }
    let grain = GRAINS.iter().position(|&g| g == t.grain)?;
    let value = w.string(t.value.as_deref())?;
    let end_value = w.string(t.end_value.as_deref())?;
    w.push(&[t.start, t.end])?;
    w.packed.numbers.extend([value, grain as u32, t.vague as u32, end_value]);
    w.push(&[t.entities.len()])?;
    for id in &t.entities {
        w.packed.numbers.push(id_number(id)?);
    }
    Some(())
}

/// Packs an analysis's entities, dates and timeline entries (after `elide_slices`, byte offsets).
pub fn pack_analysis(a: &mut Analysis) {
    let mut w = Writer::default();
    let whole = a.text.as_str();
    let entities: Vec<&Vec<Entity>> = a.articles.iter().map(|x| &x.entities).collect();
    let dates: Vec<&Vec<DateMention>> = a.articles.iter().map(|x| &x.dates).collect();
    let timeline: Vec<&Vec<TimelineEntry>> = a.articles.iter().map(|x| &x.timeline).collect();
    let done = [
        w.section(&entities, |w, e| entity(w, e, whole)),
        w.section(&dates, date),
        w.section(&timeline, timeline_entry),
    ];
    for x in &mut a.articles {
        if done[0] {
            x.entities.clear();
        }
        if done[1] {
            x.dates.clear();
        }
        if done[2] {
            x.timeline.clear();
        }
    }
    a.packed = Some(w.packed);
}

/// Packs a `tag` result's entities and dates (no timeline: its section is empty).
pub fn pack_tag(r: &mut TagResult) {
    let mut w = Writer::default();
    let whole = r.text.as_str();
    let done = [w.section(&[&r.entities], |w, e| entity(w, e, whole)), w.section(&[&r.dates], date), w.section::<TimelineEntry>(&[], timeline_entry)];
    if done[0] {
        r.entities.clear();
    }
    if done[1] {
        r.dates.clear();
    }
    r.packed = Some(w.packed);
}

impl Packed {
    /// Rewrites every offset in the numbers with `f` (the UTF-16 conversion).
    pub fn map_offsets(&mut self, f: &mut dyn FnMut(usize) -> usize) {
        let p = &mut self.numbers;
        let mut k = 0;
        // Per section: the offsets' places in an item, and its length (from its first number).
        let sections: [(&[usize], fn(&[u32]) -> usize); 3] =
            [(&[0, 1, 3, 4], |_| 6), (&[0, 1], |_| 7), (&[0, 1], |item| 7 + item[6] as usize)];
        for (offsets, len) in sections {
            let Some(&n) = p.get(k) else { return };
            k += 1;
            if n == NOT_PACKED {
                continue;
            }
            let items: usize = p[k..k + n as usize].iter().map(|&c| c as usize).sum();
            k += n as usize;
            for _ in 0..items {
                for &o in offsets {
                    p[k + o] = f(p[k + o] as usize) as u32;
                }
                k += len(&p[k..]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "قال الرئيس الفرنسي إيمانويل ماكرون في باريس أمس الأحد إن فرنسا ستدعم الاتفاق، وذلك خلال لقائه وزير الخارجية السعودي في 16 أكتوبر 2025.";

    fn options() -> crate::Options {
        crate::Options::from_raw(crate::RawOptions { now: Some("2025-11-18".into()), ..Default::default() }).unwrap()
    }

    /// Items that cannot be rebuilt from slices (texts not elided: the library's own result) leave their
    /// sections unpacked and their lists as they were.
    #[test]
    fn a_section_that_cannot_be_rebuilt_stays_objects() {
        let mut a = crate::analyze(TEXT, &options()).unwrap();
        let before = a.clone();
        assert!(!a.articles[0].entities.is_empty() && !a.articles[0].dates.is_empty(), "help: {:?}", a.articles[0]);
        pack_analysis(&mut a);
        let p = a.packed.take().unwrap();
        assert_eq!(p.numbers[..2], [NOT_PACKED, NOT_PACKED]);
        assert_eq!(a, before);
    }

    /// Everything packs after `elide_slices`, and the lists are emptied.
    #[test]
    fn elided_results_pack_whole() {
        let a = crate::for_js::analyze(TEXT, &options()).unwrap();
        let p = a.packed.as_ref().unwrap();
        assert!(!p.numbers.contains(&NOT_PACKED));
        assert!(a.articles.iter().all(|x| x.entities.is_empty() && x.dates.is_empty() && x.timeline.is_empty()));
        let full = crate::analyze(TEXT, &options()).unwrap();
        let entities: usize = full.articles.iter().map(|x| x.entities.len()).sum();
        assert_eq!(p.numbers[0] as usize, full.articles.len());
        assert_eq!(p.numbers[1..1 + full.articles.len()].iter().sum::<u32>() as usize, entities);
        assert!(p.strings.contains("2025-11-16"), "help: the date values: {:?}", p.strings);
    }

    /// The offsets are rewritten in packed sections and skipped over unpacked ones.
    #[test]
    fn offsets_are_mapped_section_by_section() {
        let mut p = Packed {
            // Entities not packed; one list of one date; one list of one timeline entry with two ids.
            numbers: vec![NOT_PACKED, 1, 1, 10, 20, 0, 3, 0, 0, 0, 1, 1, 4, 8, 1, 3, 0, 0, 2, 5, 6],
            strings: String::new(),
        };
        p.map_offsets(&mut |x| x * 2);
        assert_eq!(p.numbers, [NOT_PACKED, 1, 1, 20, 40, 0, 3, 0, 0, 0, 1, 1, 8, 16, 1, 3, 0, 0, 2, 5, 6]);
    }

    #[test]
    fn ids_are_e_and_a_number() {
        assert_eq!(id_number("e7"), Some(7));
        assert_eq!(id_number("e120"), Some(120));
        for bad in ["e", "e07", "x7", "e7a", "7", "e-1"] {
            assert_eq!(id_number(bad), None, "help: {bad}");
        }
    }
}
