//! The tagger's model: an averaged structured perceptron over IOB2 labels, stored compactly
//! (feature keys delta-coded, weights quantised to i8, only non-zero labels kept) and decoded with
//! Viterbi so that only valid label sequences come out (`I-X` only after `B-X` or `I-X`).
//! The trained model is `src/data/ner.model`, embedded with `include_bytes!`; `naba-train` writes it.

use crate::model::Label;

/// IOB2 labels in model order: `O`, then `B-` and `I-` of each type in the order of [`Label::ALL`].
pub const LABELS: [&str; 9] = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"];
pub const L: usize = LABELS.len();
/// The first bytes of every model file.
pub const MAGIC: &[u8] = b"NABA-NER1";

/// The entity type of label `k` (None for `O`).
pub fn label_type(k: usize) -> Option<Label> {
    k.checked_sub(1).and_then(|i| Label::ALL.get(i / 2)).copied()
}

/// The `B-` label index of an entity type.
pub fn begin_of(l: Label) -> usize {
    1 + 2 * Label::ALL.iter().position(|&x| x == l).unwrap_or(0)
}

pub fn is_inside(k: usize) -> bool {
    k > 0 && k % 2 == 0
}

/// Whether label `to` may follow label `from` (`None` = sentence start).
pub fn allowed(from: Option<usize>, to: usize) -> bool {
    if !is_inside(to) {
        return true;
    }
    match from {
        None => false,
        Some(f) => f != 0 && label_type(f) == label_type(to),
    }
}

/// The 32-bit key a feature hash is known by. In the file a feature is not stored by key but by its
/// bucket (`bucket(key, buckets)`, buckets ≈ features) and an 8-bit fingerprint (`key >> 24`): an unseen
/// feature matches a stored one about 0.25% of the time (a tiny, bounded noise), and a feature costs
/// about one byte of address instead of three.
pub fn key(h: u64) -> u32 {
    ((h >> 32) as u32) ^ (h as u32)
}

/// The bucket of a key among `n`: the key scrambled by one multiplication, then scaled to `0..n` by a
/// multiply and a shift (cheaper than a division on every feature lookup). The scramble matters: the
/// keys' low bits alone collide far more than chance.
fn bucket(k: u32, n: u32) -> u32 {
    ((k.wrapping_mul(0x9e37_79b1) as u64 * n as u64) >> 32) as u32
}

fn fingerprint(k: u32) -> u8 {
    (k >> 24) as u8
}

/// Mask bit of each label in the file, most common first so that most masks fit one varint byte.
const MASK_BIT: [u8; L] = [0, 2, 4, 1, 6, 3, 5, 7, 8];

/// A loaded model.
pub struct Model {
    scale: f32,
    /// `trans[from + 1][to]`, `from = -1` for the sentence start.
    trans: [[f32; L]; L + 1],
    buckets: u32,
    /// Features of bucket b are `starts[b]..starts[b + 1]`.
    starts: Vec<u32>,
    fingerprints: Vec<u8>,
    weights: Vec<i8>,
    /// Keys of the common words of the training text (see `features::Vocab`).
    vocab: crate::hash::FastSet<u32>,
    /// The words of people's names the model was trained with (`name_keys`; none in a file from before
    /// them).
    pub names: crate::entity::name_keys::NameKeys,
    /// The team's and the packages' name lists as `naba-train` read them (`lists::packed`; empty in a
    /// file from before them). The WebAssembly build loads its lists from here, not from its own bytes.
    pub lists: String,
    /// The weights of the context features that take few values, read once (`features::context_table`).
    pub(crate) context: std::sync::OnceLock<Box<crate::entity::features::ContextTable>>,
}

/// The key of a word in the vocabulary section.
pub fn word_key(folded: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for &b in folded.as_bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

impl crate::entity::features::Vocab for Model {
    fn is_frequent(&self, folded: &str) -> bool {
        self.vocab.contains(&word_key(folded))
    }
    fn knows(&self, folded: &str) -> bool {
        Model::knows(self, folded)
    }
}

pub(crate) fn read_varint(b: &[u8], at: &mut usize) -> Option<u64> {
    // Most varints of a model are one byte (bucket gaps, masks): that case first.
    let first = *b.get(*at)?;
    *at += 1;
    if first < 0x80 {
        return Some(first as u64);
    }
    let mut v = (first & 0x7f) as u64;
    let mut s = 7;
    loop {
        let byte = *b.get(*at)?;
        *at += 1;
        v |= ((byte & 0x7f) as u64) << s;
        if byte & 0x80 == 0 {
            return Some(v);
        }
        s += 7;
        if s > 63 {
            return None;
        }
    }
}

/// A file mask (bits in [`MASK_BIT`] order) as a mask of label indices (bit `k` for label `k`), for
/// every 9-bit mask: the weights of a feature follow in label order, so decoding walks its set bits.
static LABEL_MASK: std::sync::LazyLock<[u16; 1 << L]> = std::sync::LazyLock::new(|| {
    let mut t = [0u16; 1 << L];
    for (m, slot) in t.iter_mut().enumerate() {
        *slot = (0..L).filter(|&k| m & (1 << MASK_BIT[k]) != 0).fold(0, |acc, k| acc | (1 << k));
    }
    t
});

pub fn write_varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Serialises a model: `features` is (key, weights per label) with weights already scaled to i8 (a
/// perceptron's weights are sparse: only labels it confused get one); `vocab` is the keys of frequent
/// words; `names` the name words it was trained with (Rice-coded: `name_keys`); `lists` the name lists
/// (`lists::packed`, last: a length, then the text). Features are
/// written by bucket (delta-coded) and fingerprint; two features with the same bucket and fingerprint
/// are merged (their weights added).
pub fn encode(
    scale: f32,
    trans: &[[f32; L]; L + 1],
    features: &mut [(u32, [i8; L])],
    vocab: &mut [u32],
    names: &crate::entity::name_keys::NameKeys,
    lists: &str,
) -> Vec<u8> {
    let buckets = (features.len() as u32).max(1);
    let mut entries: Vec<(u32, u8, [i8; L])> =
        features.iter().map(|(k, w)| (bucket(*k, buckets), fingerprint(*k), *w)).collect();
    entries.sort_unstable_by_key(|e| (e.0, e.1));
    let mut merged: Vec<(u32, u8, [i8; L])> = Vec::with_capacity(entries.len());
    for e in entries {
        match merged.last_mut() {
            Some(last) if last.0 == e.0 && last.1 == e.1 => {
                for (a, b) in last.2.iter_mut().zip(e.2) {
                    *a = (*a as i16 + b as i16).clamp(-127, 127) as i8;
                }
            }
            _ => merged.push(e),
        }
    }
    let mut out = MAGIC.to_vec();
    out.extend(scale.to_le_bytes());
    for row in trans {
        for v in row {
            out.extend(v.to_le_bytes());
        }
    }
    write_varint(&mut out, buckets as u64);
    write_varint(&mut out, merged.len() as u64);
    // Column by column (bucket gaps, fingerprints, masks, weights): each column is uniform, which is
    // what makes the file compress.
    let mut last = 0u32;
    for (b, _, _) in &merged {
        write_varint(&mut out, (b - last) as u64);
        last = *b;
    }
    out.extend(merged.iter().map(|e| e.1));
    for (_, _, w) in &merged {
        let mask: u64 = w.iter().enumerate().filter(|(_, &v)| v != 0).fold(0, |m, (i, _)| m | (1 << MASK_BIT[i]));
        write_varint(&mut out, mask);
    }
    for (_, _, w) in &merged {
        out.extend(w.iter().filter(|&&v| v != 0).map(|&v| v as u8));
    }
    vocab.sort_unstable();
    write_varint(&mut out, vocab.len() as u64);
    let mut last = 0u32;
    for k in vocab.iter() {
        write_varint(&mut out, (k - last) as u64);
        last = *k;
    }
    names.encode(&mut out);
    write_varint(&mut out, lists.len() as u64);
    out.extend(lists.as_bytes());
    out
}

impl Model {
    /// Reads a model written by [`encode`]; `None` if the bytes are not one.
    pub fn decode(b: &[u8]) -> Option<Model> {
        let mut at = MAGIC.len();
        if b.get(..at)? != MAGIC {
            return None;
        }
        let f32_at = |at: &mut usize| -> Option<f32> {
            let v = f32::from_le_bytes(b.get(*at..*at + 4)?.try_into().ok()?);
            *at += 4;
            Some(v)
        };
        let scale = f32_at(&mut at)?;
        let mut trans = [[0f32; L]; L + 1];
        for row in trans.iter_mut() {
            for v in row.iter_mut() {
                *v = f32_at(&mut at)?;
            }
        }
        let buckets = read_varint(b, &mut at)? as u32;
        let n = read_varint(b, &mut at)? as usize;
        if buckets == 0 || n > b.len() {
            return None;
        }
        let mut starts = vec![0u32; buckets as usize + 1];
        let mut bucket = 0u32;
        for i in 0..n {
            bucket = bucket.checked_add(read_varint(b, &mut at)? as u32)?;
            if bucket >= buckets {
                return None;
            }
            starts[bucket as usize + 1] = i as u32 + 1;
        }
        let fingerprints = b.get(at..at + n)?.to_vec();
        at += n;
        // The masks column, then the weights column: the weights start where the masks end.
        let table = &*LABEL_MASK;
        let mut labels = Vec::with_capacity(n);
        for _ in 0..n {
            let mask = read_varint(b, &mut at)?;
            labels.push(*table.get(usize::try_from(mask).ok()?)?);
        }
        let mut weights = vec![0i8; n * L];
        let column = b.get(at..)?;
        let mut w = 0;
        for (row, mut m) in weights.chunks_exact_mut(L).zip(labels) {
            while m != 0 {
                row[m.trailing_zeros() as usize] = *column.get(w)? as i8;
                w += 1;
                m &= m - 1;
            }
        }
        at += w;
        // Buckets with no feature start where the previous one ended.
        for i in 1..starts.len() {
            starts[i] = starts[i].max(starts[i - 1]);
        }
        let nv = read_varint(b, &mut at)? as usize;
        let mut vocab = crate::hash::FastSet::default();
        vocab.reserve(nv);
        let mut last = 0u32;
        for _ in 0..nv {
            last = last.checked_add(read_varint(b, &mut at)? as u32)?;
            vocab.insert(last);
        }
        let names = if at == b.len() { Default::default() } else { crate::entity::name_keys::NameKeys::decode(b, &mut at)? };
        let lists = if at == b.len() {
            String::new()
        } else {
            let len = usize::try_from(read_varint(b, &mut at)?).ok()?;
            let text = std::str::from_utf8(b.get(at..at.checked_add(len)?)?).ok()?;
            at += len;
            text.to_string()
        };
        if at != b.len() {
            return None;
        }
        Some(Model { scale, trans, buckets, starts, fingerprints, weights, vocab, names, lists, context: Default::default() })
    }

    fn find(&self, k: u32) -> Option<usize> {
        let b = bucket(k, self.buckets) as usize;
        let fp = fingerprint(k);
        (self.starts[b] as usize..self.starts[b + 1] as usize).find(|&i| self.fingerprints[i] == fp)
    }

    /// Whether the model has weights for the word itself (matching form): it was seen in the training
    /// text, and mattered (`features::identity` is the feature; about 0.25% of unseen words match by
    /// chance, see [`key`]).
    pub fn knows(&self, folded: &str) -> bool {
        self.find(key(crate::entity::features::identity(folded))).is_some()
    }

    /// Sets `scores` to the weights of `features` (the tagger adds and scales in two steps: see
    /// `entity::decode`).
    #[cfg(test)]
    fn score(&self, features: &[u64], scores: &mut [f32; L]) {
        let mut acc = [0i32; L];
        self.add_weights(features, &mut acc);
        *scores = self.scaled(acc);
    }

    /// Adds the quantised weights of `features` into `acc` (exact: sums can be split and added up).
    pub fn add_weights(&self, features: &[u64], acc: &mut [i32; L]) {
        for &f in features {
            if let Some(i) = self.find(key(f)) {
                for (a, &w) in acc.iter_mut().zip(&self.weights[i * L..i * L + L]) {
                    *a += w as i32;
                }
            }
        }
    }

    /// Quantised sums as scores.
    pub fn scaled(&self, acc: [i32; L]) -> [f32; L] {
        acc.map(|a| a as f32 * self.scale)
    }

    pub fn transitions(&self) -> &[[f32; L]; L + 1] {
        &self.trans
    }

    pub fn len(&self) -> usize {
        self.fingerprints.len()
    }

    pub fn is_empty(&self) -> bool {
        self.fingerprints.is_empty()
    }
}

/// The best valid label sequence for per-token scores.
pub fn viterbi(emissions: &[[f32; L]], trans: &[[f32; L]; L + 1]) -> Vec<usize> {
    let n = emissions.len();
    if n == 0 {
        return Vec::new();
    }
    const NEG: f32 = f32::NEG_INFINITY;
    // Forbidden moves (`I-X` not after `B-X`/`I-X`) cost minus infinity, so the loop has no branch on them.
    let mut t = [[NEG; L]; L + 1];
    for (from, row) in t.iter_mut().enumerate() {
        for (to, v) in row.iter_mut().enumerate() {
            if allowed(from.checked_sub(1), to) {
                *v = trans[from][to];
            }
        }
    }
    let mut back = vec![[0u8; L]; n];
    let mut prev = [NEG; L];
    for k in 0..L {
        prev[k] = emissions[0][k] + t[0][k];
    }
    for i in 1..n {
        let mut cur = [NEG; L];
        for k in 0..L {
            let (best, arg) = if is_inside(k) {
                // `I-X` follows only `B-X` (k - 1) or `I-X` (k): two moves instead of all nine.
                let (a, b) = (prev[k - 1] + t[k][k], prev[k] + t[k + 1][k]);
                if b > a { (b, k as u8) } else { (a, k as u8 - 1) }
            } else {
                let mut best = NEG;
                let mut arg = 0u8;
                for p in 0..L {
                    let s = prev[p] + t[p + 1][k];
                    if s > best {
                        best = s;
                        arg = p as u8;
                    }
                }
                (best, arg)
            };
            cur[k] = best + emissions[i][k];
            back[i][k] = arg;
        }
        prev = cur;
    }
    let mut k = (0..L).max_by(|&a, &b| prev[a].total_cmp(&prev[b])).unwrap();
    let mut out = vec![0; n];
    for i in (0..n).rev() {
        out[i] = k;
        k = back[i][k] as usize;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_follow_the_types() {
        for (k, name) in LABELS.iter().enumerate() {
            let ty = label_type(k);
            assert_eq!(ty.map(|t| t.as_str()), name.get(2..), "help: {name}");
            if let Some(t) = ty {
                assert_eq!(begin_of(t) + is_inside(k) as usize, k, "help: {name}");
            }
        }
    }

    #[test]
    fn viterbi_only_makes_valid_sequences() {
        // Emissions that prefer I-PER everywhere: the decoder must start with B-PER.
        let e = vec![[0.0, 0.5, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]; 3];
        let t = [[0.0; L]; L + 1];
        assert_eq!(viterbi(&e, &t), vec![1, 2, 2]);
        // I-LOC after B-PER is not allowed.
        let e = vec![[0.0, 2.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0]];
        let seq = viterbi(&e, &t);
        assert!(allowed(Some(seq[0]), seq[1]));
    }

    #[test]
    fn encode_decode_round_trip() {
        let mut feats = vec![(7u32, [0i8, 1, -3, 0, 0, 0, 0, 0, 127]), (5 << 24 | 3, [0, 0, 0, 0, 0, 0, 0, 0, 2]), (9 << 24 | 8, [5, 1, 1, 1, 1, 1, 1, 1, -127])];
        let trans = [[0.5f32; L]; L + 1];
        let bytes = encode(0.01, &trans, &mut feats, &mut [5, 9], &Default::default(), "بوتين\0موسكو");
        let m = Model::decode(&bytes).unwrap();
        assert_eq!(m.len(), 3);
        assert_eq!(m.lists, "بوتين\0موسكو");
        assert!(m.vocab.contains(&9) && !m.vocab.contains(&8));
        let mut s = [0f32; L];
        m.score(&[7u64], &mut s);
        assert!(s[0].abs() < 1e-6 && (s[1] - 0.01).abs() < 1e-6 && (s[2] + 0.03).abs() < 1e-6 && (s[8] - 1.27).abs() < 1e-5);
        let mut s = [0f32; L];
        m.score(&[(9u64 << 24) | 8], &mut s);
        assert!((s[0] - 0.05).abs() < 1e-6 && (s[8] + 1.27).abs() < 1e-5);
        let mut s = [0f32; L];
        m.score(&[(200u64 << 24) | 8], &mut s);
        assert_eq!(s, [0.0; L], "a different fingerprint in the same bucket is not a match");
        assert!(Model::decode(b"garbage").is_none());
        assert!(Model::decode(&bytes[..bytes.len() - 1]).is_none());
    }
}
