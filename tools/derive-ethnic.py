#!/usr/bin/env python3
"""Derives pdpguard's ethnic-group and religion lexicons from the GSO code systems (FHIR XML).

Usage: tools/derive-ethnic.py [SOURCE_DIR] [OUT_DIR]
  SOURCE_DIR  folder with CodeSystem-vn-core-race-v1.0.xml and CodeSystem-vn-core-ethic-v1.0.xml
              (default ../shared/data/vn_ethnic_religion, beside the repository root)
  OUT_DIR     default core/src/main/resources/org/pdpguard/core/data/vn_ethnic_religion

Writes three UTF-8 files, one phrase a line, '#' lines are comments:
  ethnic-groups.txt       the 54 official names (codes 01-54) with hyphen-free and joined spellings,
                          plus common spellings in real text (Khmer, H'Mông, Ê Đê ...)
  ethnic-other-names.txt  the other names / local groups of the `definition` elements, minus names
                          that are ordinary Vietnamese words or surnames (STOPLIST) and minus
                          official names; matched only right after a label such as "dân tộc:"
  religions.txt           the religions of the (incomplete) religion code system plus common forms

Python 3 standard library only. Re-running it gives byte-identical files.
"""
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

NS = {"f": "http://hl7.org/fhir"}

# Spellings seen in real text that the code system does not list (see SOURCE.md of the data set).
EXTRA_GROUP_SPELLINGS = [
    "Khmer", "Khơ Me", "Khmer Krôm", "Mông", "H'Mông", "Hmông", "Hmong", "Ê Đê", "Êđê",
    "Ede", "Rhade", "Jrai", "Jarai", "Bahnar", "Ba Na", "Sedang", "Xơ Đăng", "K'Ho", "Koho", "Ba Na",
    "Cơ Ho", "Cham", "M'Nông", "Mơ Nông", "Raglai", "Stiêng", "Xtiêng", "Bru Vân Kiều",
    "Vân Kiều", "Katu", "Giẻ Triêng", "Gié-Triêng", "Khơ Mú", "Khmu", "Tà Ôi", "Chơ Ro",
    "Xinh Mun", "Chu Ru", "Churu", "Cờ Lao", "Cơ Lao", "Rơ Măm", "Hà Nhì", "Lô Lô", "Pà Thẻn",
    "Pu Péo", "Ơ Đu", "Sán Chay", "Sán Dìu",
]

# English words for racial or ethnic origin, matched only after a label ("Race:", "Ethnicity:").
ENGLISH_ORIGINS = ["Asian", "Caucasian", "Hispanic", "Latino", "African American", "Pacific Islander"]

# Other names that are also common Vietnamese words or surnames ("Họ" = surname/they, "Sách" =
# book, "Máy" = machine, "Lê"/"Tống"/"Chu"/"Phương" = names ...) or clash with an official name
# once folded ("Lao" vs "Lào"). Even after "dân tộc" they would cause more false findings than
# they find.
STOPLIST = {
    "Hạ", "Cu", "Cul", "Cur", "Giang", "Động", "Trại", "Xá", "Miền", "Kiềm", "Lê", "Đản", "Đê",
    "Tang", "Nông", "Rai", "Kẹo", "Mọn", "Cuối", "Họ", "Xa", "Cao", "Phương", "Ve", "Veh",
    "Trầu", "Sách", "Máy", "Tống", "Chu", "Lao", "Phó", "Phổ", "Hoa", "Chil", "Lat", "Lach",
    "Trinh", "Gar", "Mol", "Col", "Cor", "Cùa", "Krung", "Bih", "Blô", "Roh", "Xín", "Nhắng",
}

# Common names of religions and religious views in Vietnamese and English, beyond the code system.
EXTRA_RELIGIONS = [
    "Phật giáo", "đạo Phật", "Phật giáo Nam tông", "Phật giáo Bắc tông", "Phật giáo Khmer",
    "Phật tử", "Công giáo", "đạo Công giáo", "Thiên Chúa giáo", "đạo Thiên Chúa",
    "Công giáo La Mã", "Kitô giáo", "Ki-tô giáo", "Cơ Đốc giáo", "đạo Cơ Đốc", "Tin Lành",
    "đạo Tin Lành", "Chính Thống giáo", "Anh giáo", "Cao Đài", "đạo Cao Đài", "Hòa Hảo",
    "đạo Hòa Hảo", "Hồi giáo", "đạo Hồi", "Hồi giáo Bani", "Bà La Môn", "Bà-la-môn giáo",
    "Ấn Độ giáo", "Do Thái giáo", "đạo Do Thái", "Tứ Ân Hiếu Nghĩa", "Bửu Sơn Kỳ Hương",
    "Tịnh độ Cư sĩ Phật hội", "Minh Sư đạo", "Minh Lý đạo", "Bahá'í", "Baha'i", "Mặc Môn",
    "Mormon", "Nhân chứng Giê-hô-va", "Phật giáo Hiếu Nghĩa Tà Lơn", "đạo Mẫu", "Tứ phủ",
    "Khổng giáo", "Nho giáo", "Đạo giáo", "Lão giáo", "vô thần", "không tôn giáo",
    "không theo tôn giáo", "Buddhist", "Buddhism", "Catholic", "Roman Catholic", "Christian",
    "Christianity", "Protestant", "Muslim", "Islam", "Hindu", "Hinduism", "Jewish", "Judaism",
    "Sikh", "atheist", "agnostic",
    # only right after a label ("Tôn giáo: Không", "Religion: None")
    "@không", "@none", "@no religion",
]


def read_concepts(path):
    root = ET.parse(path).getroot()
    out = []
    for concept in root.findall("f:concept", NS):
        code = concept.find("f:code", NS).get("value")
        display = concept.find("f:display", NS).get("value")
        node = concept.find("f:definition", NS)
        definition = node.get("value") if node is not None else ""
        out.append((code, display.strip(), definition.strip()))
    return out


def fold(s):
    s = unicodedata.normalize("NFD", s.lower().replace("đ", "d"))
    return "".join(c for c in s if not unicodedata.combining(c))


def tokens(s):
    return tuple(re.findall(r"\w+", fold(s)))


def variants(name):
    """The name, and for a hyphenated one-word name also the joined spelling ("Gia-rai" → "Giarai").

    The spaced spelling ("Gia rai") needs no line: the engine matches across hyphens and spaces.
    """
    out = [name]
    if "-" in name and " " not in name:
        parts = re.split(r"\s*-\s*", name)
        out.append(parts[0] + "".join(p.lower() for p in parts[1:]))
    return out


def unique(names, taken=None):
    """Keeps the first spelling of each folded token sequence (the engine matches folded tokens)."""
    seen = set() if taken is None else taken
    out = []
    for n in names:
        key = tokens(n.lstrip("@"))
        if key and key not in seen:
            seen.add(key)
            out.append(n)
    return out


def write(path, header, lines):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n" if h else "#\n")
        for line in lines:
            f.write(line + "\n")


def main():
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        root, "..", "shared", "data", "vn_ethnic_religion")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..",
        "core/src/main/resources/org/pdpguard/core/data/vn_ethnic_religion")
    os.makedirs(out, exist_ok=True)

    race = [c for c in read_concepts(os.path.join(src, "CodeSystem-vn-core-race-v1.0.xml"))
            if re.fullmatch(r"0[1-9]|[1-4][0-9]|5[0-4]", c[0])]
    assert len(race) == 54, len(race)

    official = []
    for _, display, _ in race:
        official.extend(variants(display))
    for extra in EXTRA_GROUP_SPELLINGS:
        official.extend(variants(extra))
    official.extend(ENGLISH_ORIGINS)
    taken = set()
    groups = unique(official, taken)

    others = []
    for _, _, definition in race:
        for name in re.split(r"[,.;]", definition):
            name = name.strip()
            if name and name not in STOPLIST:
                others.extend(variants(name))
    other_names = unique(others, set(taken))

    religion_concepts = read_concepts(os.path.join(src, "CodeSystem-vn-core-ethic-v1.0.xml"))
    religions = []
    for _, display, definition in religion_concepts:
        if display.strip(". ") == "":
            continue  # code 5 "..." is a placeholder
        religions.append(display)
        # Code 4 lists Cao Đài branches (wrongly) under Hồi giáo as "- Cao đài Tây Ninh, - ...";
        # XML attribute normalisation has turned its line breaks into spaces.
        for part in re.split(r"\s-\s", " " + definition):
            part = part.strip(" ,")
            if part.lower().startswith("cao đài"):
                religions.append("Cao Đài" + part[len("cao đài"):])
    religions = unique(religions + EXTRA_RELIGIONS)

    source = "GSO classifications via hl7vn/vn-core-ig (see SOURCE.md); derived by tools/derive-ethnic.py"
    write(os.path.join(out, "ethnic-groups.txt"), [
        "Vietnam's 54 official ethnic groups (GSO codes 01-54), with hyphen-free and joined",
        "spellings and common spellings of real text; a few English words for racial origin.",
        source, "One phrase a line; matching ignores case, diacritics, hyphens and apostrophes.",
    ], groups)
    write(os.path.join(out, "ethnic-other-names.txt"), [
        "Other names and local groups of the 54 ethnic groups (GSO `definition` elements), minus",
        "ordinary words and surnames (STOPLIST in the script) and minus official names.",
        source, "Matched only right after an ethnicity label such as \"dân tộc:\".",
    ], other_names)
    write(os.path.join(out, "religions.txt"), [
        "Religions and religious views: the GSO religion code system (incomplete: Phật giáo,",
        "Công giáo, Phật giáo Hòa Hảo, Hồi giáo, Cao Đài branches) plus common Vietnamese and",
        "English forms. A leading '@' means: only right after a label (\"Tôn giáo: Không\").",
        source,
    ], religions)
    print(f"{len(groups)} group spellings, {len(other_names)} other names, {len(religions)} religions")


if __name__ == "__main__":
    main()
