//! One sort for the core. Each `sort_by_key` or `sort_unstable` of its own compiles the standard
//! library's whole sort again for its element type and key (a dozen of them made 81 KB of the
//! `.wasm`); here the core's sorts go through one instantiation, over pairs of a 128-bit key and the
//! element's index, and the elements are then moved into that order (51 KB less). The timeline's
//! order, once a `sort_by_cached_key` of its own, is packed into 128 bits too.

/// The one instantiation (kept out of line so that its callers share it).
#[inline(never)]
fn sort_pairs(keys: &mut [(u128, usize)]) {
    keys.sort_unstable();
}

/// Sorts `v` by `key`, ascending and stably: elements with equal keys keep their order (the index
/// breaks ties).
pub fn by_key<T>(v: &mut Vec<T>, key: impl Fn(&T) -> u128) {
    if v.len() < 2 {
        return;
    }
    let mut keys: Vec<(u128, usize)> = v.iter().map(key).zip(0..).collect();
    sort_pairs(&mut keys);
    if keys.iter().enumerate().all(|(i, &(_, k))| i == k) {
        return;
    }
    let mut slots: Vec<Option<T>> = v.drain(..).map(Some).collect();
    v.extend(keys.iter().filter_map(|&(_, k)| slots[k].take()));
}

/// A key that orders `f32`s as [`f32::total_cmp`] does.
pub fn f32_key(x: f32) -> u128 {
    let b = x.to_bits();
    (if b >> 31 == 1 { !b } else { b | 0x8000_0000 }) as u128
}

/// Two 64-bit keys, the first deciding.
pub fn pair(a: u64, b: u64) -> u128 {
    (a as u128) << 64 | b as u128
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably_by_key() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        by_key(&mut v, |x| x.0 as u128);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut empty: Vec<u8> = vec![];
        by_key(&mut empty, |&x| x as u128);
        assert!(empty.is_empty());
        // Descending by a reversed key, strings moved whole.
        let mut w = vec!["a".to_string(), "ccc".into(), "bb".into(), "dd".into()];
        by_key(&mut w, |s| (usize::MAX - s.len()) as u128);
        assert_eq!(w, vec!["ccc", "bb", "dd", "a"]);
    }

    #[test]
    fn float_keys_order_as_total_cmp() {
        let xs = [f32::NEG_INFINITY, -2.5, -0.0, 0.0, 1e-30, 3.0, f32::INFINITY, f32::NAN];
        for a in xs {
            for b in xs {
                assert_eq!(f32_key(a).cmp(&f32_key(b)), a.total_cmp(&b), "help: {a} {b}");
            }
        }
        assert!(pair(1, 0) > pair(0, u64::MAX));
    }
}
