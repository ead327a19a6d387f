#!/usr/bin/env python3
"""Derives the compact name and administrative-unit lists bundled in pdpguard-core.

Reads ../shared/data (relative to the repository root; override with --shared) and writes
core/src/main/resources/org/pdpguard/core/data/{vn_names,vn_admin_units}/. Python 3 stdlib only.
The output is deterministic (sorted), so re-running it on the same input changes nothing.

    python3 tools/derive-data.py [--shared ../shared/data]
"""

import argparse
import collections
import json
import re
import shutil
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "core/src/main/resources/org/pdpguard/core/data"

# Vietnamese letters: a syllable made of anything else is mojibake (VNI "Buøi", cp1252 "BĂši").
VI_LOWER = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
SYLLABLE = re.compile("^[" + VI_LOWER.upper() + "][" + VI_LOWER + "]*$")
TONES = set("\u0300\u0301\u0303\u0309\u0323")

# Family-name rows of the UIT 2016 counts that are not family names (a word "Student", a stray
# hyphen) or are misspelt duplicates of a listed name ("Nguyến", "Nguyển", "Ngeou").
# "Y" is the male-name prefix of the Ê Đê and Jarai ("Y Blin"), not a family name.
# "Văn" is the commonest male middle name; as a family name it is rare and mostly a misparse.
NOT_FAMILY = {"Student", "Y", "Y-", "Nguyến", "Nguyển", "Ngeou", "Le", "Hong", "Văn"}

# A syllable only in the UIT counts (not in the curated namedb lists) must occur this often: the
# rare tail is mostly typos and words ("Điều", "Chỉnh", "Tạo").
MIN_UIT_ONLY = 3

# Given-name rows that are English or brand words, or Vietnamese function words that start
# title-case headings more often than they end a name.
NOT_GIVEN = {
    "Student", "Samuel", "Hitachi", "Một", "Bốn", "Nội", "Được", "Đến", "Đời", "Đầy", "Nên", "Nào",
    "Lên", "Nhờ", "Nhiều", "Tới", "Trong", "Đủ", "Lỗi", "Đảng", "Vụ", "Vị", "Hệ", "Bộ", "Học",
    "Tiếng", "Cấp", "Thôn", "Sự", "Ai", "Do", "Hi", "Na",
}

# A plain vowel followed by a marked one is legal only in these pairs (hoà, khoẻ, thuý, khuê,
# tuân, muốn, thuở, tiên, yến, ...); VNI text read as cp1252 gives others ("Laâm", "Vuõ", "Aùnh").
LEGAL_PAIRS = {("o", "a"), ("o", "ă"), ("o", "e"), ("u", "y"), ("u", "ê"), ("u", "â"), ("u", "ô"),
               ("u", "ơ"), ("i", "ê"), ("y", "ê"), ("o", "o"), ("u", "a"), ("u", "e"), ("u", "i")}


def nfc(s):
    # The one-word lists use U+00D0 (Icelandic eth) for Đ in some rows.
    return unicodedata.normalize("NFC", s.strip().replace("\u00d0", "\u0110").replace("\u00f0", "\u0111"))


def bare(c):
    """The letter without its tone mark (keeps â, ê, ô, ă, ơ, ư)."""
    return unicodedata.normalize("NFC", "".join(x for x in unicodedata.normalize("NFD", c) if x not in TONES))


def is_syllable(word):
    """A capitalised Vietnamese syllable: Vietnamese letters, one tone mark, no VNI mojibake."""
    if not SYLLABLE.match(word):
        return False
    if sum(1 for c in unicodedata.normalize("NFD", word) if c in TONES) > 1:
        return False
    low = word.lower()
    for i in range(len(low) - 1):
        a, b = low[i], low[i + 1]
        if a in "aeiouy" and b != unidecode_letter(b):  # a plain vowel, then a marked one
            if i > 0 and low[i - 1] in "qg" and a in "ui":
                continue  # qu-, gi- are onsets: quý, giá
            if (a, bare(b)) not in LEGAL_PAIRS:
                return False
    plain = "".join(unidecode_letter(c) for c in low)
    if re.match("^n?gh[^ie]", plain):
        return False  # ngh-, gh- only before i, e, ê (Nghò, Nghóa come from VNI)
    m = re.search("([aeiouy]+)(nh|ch)$", plain)
    if m and m.group(1)[-1] not in "aeiy":
        return False  # -nh, -ch only after a, ê, i, y (Vónh comes from VNI)
    return True


def unidecode_letter(c):
    """The base Latin letter: ấ -> a, đ -> d."""
    if c == "đ":
        return "d"
    return unicodedata.normalize("NFD", c)[0]


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        next(f)  # header
        for line in f:
            parts = line.rstrip("\n").split("\t")
            rows.append((nfc(parts[0]), int(parts[1])))
    return rows


def read_lines(path):
    with open(path, encoding="utf-8") as f:
        return [nfc(line) for line in f if line.strip()]


def write(path, header, lines):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for line in lines:
            f.write(line + "\n")


def by_count(counter):
    return [f"{w}\t{n}" for w, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def derive_names(src, out):
    family = collections.Counter()
    for name, n in read_tsv(src / "derived_family_name_counts_uit2016.tsv"):
        if name not in NOT_FAMILY and is_syllable(name):
            family[name] += n
    namedb = set()
    for f in ("boy.txt", "girl.txt", "boy_one_word.txt", "girl_one_word.txt"):
        for line in read_lines(src / f):
            namedb.update(line.split())
    middle_uit = collections.Counter()
    given_uit = collections.Counter()
    for words, n in read_tsv(src / "derived_middle_name_counts_uit2016.tsv"):
        for w in words.split():
            middle_uit[w] += n
    for w, n in read_tsv(src / "derived_given_name_counts_uit2016.tsv"):
        given_uit[w] += n
    middle = collections.Counter()
    given = collections.Counter()
    for uit, dest in ((middle_uit, middle), (given_uit, given)):
        for w, n in uit.items():
            if is_syllable(w) and w not in NOT_GIVEN and (n >= MIN_UIT_ONLY or w in namedb):
                dest[w] += n
    # The namedb lists hold "middle given" pairs and the syllables that occur in them: the first
    # syllable of a pair is a middle name, the last a given name; single syllables can be either.
    for f in ("boy.txt", "girl.txt"):
        for pair in read_lines(src / f):
            words = pair.split()
            if len(words) >= 2 and all(is_syllable(w) and w not in NOT_GIVEN for w in words):
                for w in words[:-1]:
                    middle[w] += 0
                given[words[-1]] += 0
    for f in ("boy_one_word.txt", "girl_one_word.txt"):
        for w in read_lines(src / f):
            if is_syllable(w) and w not in NOT_GIVEN:
                given[w] += 0
    note = "derived by tools/derive-data.py from the files of this folder's SOURCE.md"
    write(out / "family_names.tsv", ["family name<TAB>count among 8,757 UIT forum members (2016); " + note],
          by_count(family))
    write(out / "middle_names.tsv", ["middle-name syllable<TAB>count (0: only in the namedb lists); " + note],
          by_count(middle))
    write(out / "given_names.tsv", ["given-name syllable<TAB>count (0: only in the namedb lists); " + note],
          by_count(given))
    return len(family), len(middle), len(given)


def strip_type(full, name):
    """The unit type word of a full name ("Thành phố Hà Nội" -> "Thành phố")."""
    if full.endswith(name):
        return full[: len(full) - len(name)].strip()
    raise ValueError(f"{full!r} does not end with {name!r}")


def derive_units(src, out):
    pre = json.load(open(src / "pre2025_63_provinces/simplified_json_generated_data_vn_units.json", encoding="utf-8"))
    post_dir = src / "post2025_34_provinces"
    posts = [
        json.load(open(post_dir / "v3.0.2_effective_2025-07-01/full_json_generated_data_vn_units.json", encoding="utf-8")),
        json.load(open(post_dir / "v4.2.0_current/full_json_generated_data_vn_units_2026-07-25__20_49_07.json", encoding="utf-8")),
    ]
    provinces_pre, districts_pre, wards_pre = set(), set(), set()
    for p in pre:
        provinces_pre.add((p["Code"], strip_type(p["FullName"], p["Name"]), nfc(p["Name"])))
        for d in p["District"]:
            districts_pre.add((p["Code"], strip_type(d["FullName"], d["Name"]), nfc(d["Name"])))
            for w in d["Ward"] or []:
                wards_pre.add((p["Code"], strip_type(w["FullName"], w["Name"]), nfc(w["Name"])))
    provinces_post, wards_post = set(), set()
    for post in posts:  # v3.0.2 and v4.2.0: both spellings ("Hòa"/"Hoà") and both unit types
        for p in post:
            provinces_post.add((p["Code"], strip_type(p["FullName"], p["Name"]), nfc(p["Name"])))
            for w in p["Wards"]:
                wards_post.add((p["Code"], strip_type(w["FullName"], w["Name"]), nfc(w["Name"])))
    header = "province code<TAB>unit type<TAB>name; derived by tools/derive-data.py, see SOURCE.md"
    for name, rows in (
        ("provinces_pre2025.tsv", provinces_pre),
        ("districts_pre2025.tsv", districts_pre),
        ("wards_pre2025.tsv", wards_pre),
        ("provinces_post2025.tsv", provinces_post),
        ("wards_post2025.tsv", wards_post),
    ):
        write(out / name, [header], ["\t".join(r) for r in sorted(rows)])
    return len(provinces_pre), len(districts_pre), len(wards_pre), len(provinces_post), len(wards_post)


HOW = ("\n## Derived files bundled in pdpguard-core\n"
       "Generated by `python3 tools/derive-data.py` (repository root; reads `../shared/data`), "
       "deterministic; see that script for the exact rules.\n")


def copy_meta(src, out, extra):
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src / "LICENSE.txt", out / "LICENSE.txt")
    text = (src / "SOURCE.md").read_text(encoding="utf-8")
    (out / "SOURCE.md").write_text(text.rstrip("\n") + "\n" + HOW + extra, encoding="utf-8")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared/data"))
    shared = Path(ap.parse_args().shared)
    names_out = OUT / "vn_names"
    counts = derive_names(shared / "vn_names", names_out)
    copy_meta(shared / "vn_names", names_out,
              f"- `family_names.tsv` ({counts[0]} rows): family names of `derived_family_name_counts_uit2016.tsv` "
              "with their counts, minus mojibake rows (letters outside the Vietnamese alphabet, two tone marks) "
              "and a few non-names/misspellings listed in the script.\n"
              f"- `middle_names.tsv` ({counts[1]} rows): the syllables of `derived_middle_name_counts_uit2016.tsv` "
              "with summed counts, plus the first syllables of `boy.txt`/`girl.txt` (count 0).\n"
              f"- `given_names.tsv` ({counts[2]} rows): `derived_given_name_counts_uit2016.tsv`, plus the last "
              "syllables of `boy.txt`/`girl.txt` and the `*_one_word.txt` lists (count 0); U+00D0 read as Đ.\n"
              "- In both, a syllable that is only in the UIT counts needs a count of 3 or more (the rare tail is "
              "mostly typos and words), and a few function words and English words are left out.\n")
    units_out = OUT / "vn_admin_units"
    counts = derive_units(shared / "vn_admin_units", units_out)
    copy_meta(shared / "vn_admin_units", units_out,
              "Each row is `province code<TAB>unit type<TAB>name`, the type word (Tỉnh, Thành phố, Quận, "
              "Huyện, Thị xã, Phường, Xã, Thị trấn, Đặc khu) split off the full name; rows are unique and sorted.\n"
              f"- `provinces_pre2025.tsv` ({counts[0]}), `districts_pre2025.tsv` ({counts[1]}), "
              f"`wards_pre2025.tsv` ({counts[2]}): from `pre2025_63_provinces/simplified_json_generated_data_vn_units.json`.\n"
              f"- `provinces_post2025.tsv` ({counts[3]}), `wards_post2025.tsv` ({counts[4]}): from both "
              "`post2025_34_provinces` versions (v3.0.2 and v4.2.0), so both tone-mark spellings and both unit "
              "types of the 10 Đồng Nai communes that became wards are present.\n"
              "- The old↔new mapping (`old_new_mapping_dvhcvn_20250701`) is not bundled.\n")


if __name__ == "__main__":
    main()
