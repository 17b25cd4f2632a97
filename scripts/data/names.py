#!/usr/bin/env python3
"""Writes src/data/names_packages.txt: words of people's names in Arabic script, from two data packages,
for the tagger's name-word flag (src/entity/features.rs, `GAZ_NAME_WORD`). The committed model is trained
with it (naba-train reads the same list), so a change here needs a retraining.

    pip install arabic-name-romanizer==0.2.0 arabnamer==0.1.3 wordfreq==3.1.1 --no-deps
    python3 scripts/data/names.py > src/data/names_packages.txt

Sources (nothing is fetched at run time: the output is a file to commit):
- `arabic-name-romanizer` 0.2.0 (UNICEF; code MIT): its name index `resources/names.sqlite3`, built
  from Wikidata's labels of people (CC0 1.0): the given names and surnames of people with an Arabic
  label, one word each (`units`, source `wikidata`; the index's own folding: hamza forms, ة → ه, ى → ي).
- `arabnamer` 0.1.3 (Yousef 2026; data CC BY 4.0, https://github.com/sayedyousef/arabnamer): the
  Arabic sides of its 22,798 English → Arabic name pairs (`data/dict_FINAL.json`), which hold the
  transliterated foreign names of the news (`بلير`, `نتنياهو`, `آرونسون`).
- `wordfreq` 3.1.1 (Apache-2.0), for the common-word test below.

A word is kept when it is written in the letters of Arabic itself (no Persian or Urdu letters), has three
letters or more, and is not a common word. A word is taken for a common one when it is frequent (Zipf
3.5 or more in a spelling the folding merges) and so is the same word with the article added or taken
away (Zipf 3.0): common nouns and adjectives alternate (`كريم`/`الكريم`, `جمال`/`الجمال`), the names the
news repeats do not (`نتنياهو`, `بلير`). So is a frequent word that is a frequent one of three letters or more (Zipf 3.5)
with a pronoun after it (`نظيره`, "his counterpart", and the name نظيرة). Names that are common words are left to the model, which tells
them apart by their context (the team's first_names.txt lists the given names among them). The output is in naba's matching form
(`src/normalize`: hamza forms → ا, ة → ه, ى → ي), sorted, one word per line.
"""
import json
import os
import re
import sqlite3
import sys
from importlib.metadata import distribution, version

import wordfreq

COMMON = float(os.environ.get("COMMON", 3.5))  # Zipf frequency (log10 per billion words) of a common word
ARTICLE = float(os.environ.get("ARTICLE", 3.0))  # Zipf frequency of its other form (article added or taken away)
LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]{3,}$")


def fold(s):
    """Enough of naba's matching form to tell entries apart (hamza forms, ta marbuta, alef maqsura)."""
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
        s = s.replace(a, b)
    return s


def spellings(w):
    """The spellings the folding merges into `w` that a frequency list may hold: a final ه as ة, a final
    ي as ى, an initial ا as أ or إ."""
    out = {w}
    if w.endswith("ه"):
        out |= {x[:-1] + "ة" for x in out}
    if w.endswith("ي"):
        out |= {x[:-1] + "ى" for x in out}
    if w.startswith("ا"):
        out |= {p + x[1:] for x in out for p in ("أ", "إ", "آ")}
    return out


def zipf(w):
    return max(wordfreq.zipf_frequency(s, "ar") for s in spellings(w))


def common(w):
    """A frequent word that is as frequent with the article added or taken away: a common noun or
    adjective (`كريم`/`الكريم`, `جمال`/`الجمال`), not a name the news repeats (`نتنياهو`, `بلير`); or a
    frequent word that is another frequent word with a pronoun after it (`نظيره` "his counterpart",
    also the given name نظيرة), as places.py tests its names."""
    if zipf(w) < COMMON:
        return False
    other = w[2:] if w.startswith("ال") else "ال" + w
    if zipf(other) >= ARTICLE:
        return True
    # (Not a preposition before it, as places.py also tests: `باول`, Powell, would go for `اول`.)
    # A final ه read as the pronoun only when that spelling is the more frequent (`نظيره` against `نظيرة`;
    # `نادية`, Nadia, is more frequent than `ناديه`, "his club"); no ك, which ends foreign names (`اريك`).
    ta = w.endswith("ه") and wordfreq.zipf_frequency(w[:-1] + "ة", "ar") >= wordfreq.zipf_frequency(w, "ar")
    bare = [w[: -len(p)] for p in ("ه", "ها", "هم") if w.endswith(p) and not (p == "ه" and ta)]
    return any(len(b) >= 3 and zipf(b) >= COMMON for b in bare)


def main():
    words = set()
    # The packages' data files are read where pip put them (importing the packages would need their
    # run-time dependencies: onnxruntime, numpy, xgboost).
    index = distribution("arabic-name-romanizer").locate_file("arabic_name_romanizer/resources/names.sqlite3")
    with sqlite3.connect(f"file:{index}?mode=ro", uri=True) as db:
        for (key,) in db.execute("SELECT DISTINCT arabic_key FROM units WHERE source = 'wikidata' AND role != 'unknown'"):
            words.add(fold(key))
    pairs = json.loads(distribution("arabnamer").locate_file("arabnamer/data/dict_FINAL.json").read_text(encoding="utf-8"))
    words.update(fold(v) for v in pairs.values())
    kept = sorted(w for w in words if LETTERS.match(w) and not common(w))
    print("# Words of people's names, generated by scripts/data/names.py (do not edit): Wikidata's labels of")
    print(f"# people via arabic-name-romanizer {version('arabic-name-romanizer')} (CC0 1.0), arabnamer"
          f" {version('arabnamer')}'s name pairs (CC BY 4.0),")
    print(f"# common words left out by wordfreq {version('wordfreq')} (Zipf >= {COMMON}, other form >= {ARTICLE}). {len(kept)} words, matching form.")
    for w in kept:
        print(w)
    print(f"{len(kept)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
