package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.AddressWords.DOTTED;
import static org.pdpguard.core.recognizer.vn.AddressWords.FLAT_NUMBER;
import static org.pdpguard.core.recognizer.vn.AddressWords.HOUSE_NUMBER;
import static org.pdpguard.core.recognizer.vn.AddressWords.KEYWORDS;
import static org.pdpguard.core.recognizer.vn.AddressWords.NUMBERED_UNIT;
import static org.pdpguard.core.recognizer.vn.AddressWords.alone;
import static org.pdpguard.core.recognizer.vn.AddressWords.houseNumber;
import static org.pdpguard.core.recognizer.vn.AddressWords.separator;
import static org.pdpguard.core.recognizer.vn.AddressWords.valueGap;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.capitalRun;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.hitAt;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isLower;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isTitle;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.spaceAfter;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.wordOk;

import java.util.Set;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;
import org.pdpguard.core.recognizer.vn.AddressWords.Kind;

/**
 * One Vietnamese address read from its first token: parts such as {@code số 12}, {@code ngõ 34},
 * {@code đường Trần Phú}, {@code phường Bến Nghé}, {@code Q. 3}, {@code tp.HCM}, {@code Hà Nội},
 * separated by spaces, commas or dashes on one line, in the order people write them (reference B6:
 * street – ward – district – province before July 2025, street – ward – province after). What was
 * found is kept in flags that {@link AddressRecognizer} scores.
 *
 * <p>A unit word needs a value: a number ({@code quận 1}), capitalised words ({@code phường Bến
 * Nghé}), or in lower-case text a listed unit name of two syllables or more ({@code phường bến
 * nghé}). So "đường huyết" (blood sugar), "tổ chức" (organisation) and "phường hội" are no address.
 * The abbreviations P., Q., H., TT., TX. need their dot, and a number or a listed name where an
 * address starts; after another part the chain is context enough for an unlisted name. X. (xã) and
 * Đ. (đường) are read as they continue an address ({@code tổ 8, X. Kim Lũ}, {@code 155B Đ. Phạm Văn
 * Đồng}), not matched as unit words: a text's "x" and "đ" are mostly "2 x 3" and the dong; a
 * capital X. starts one before a listed commune's name ({@code X. Nam Phước, Đà Nẵng}).
 *
 * <p>Longer than most classes: the parts share the parser's state (what was found so far decides
 * what may follow), so the reading of each kind of part stays in one place.
 */
final class AddressChain {

  /** Units of measure written in capitals after a number: no street is named so. */
  private static final Set<String> MEASURES =
      Set.of(
          "Hz", "KHz", "MHz", "GHz", "KB", "MB", "GB", "TB", "KiB", "MiB", "GiB", "TiB", "Kbps",
          "Mbps", "Gbps", "DPI", "PPI", "FPS");

  private static final int MAX_PARTS = 12;

  private final TextView v;
  private final Hits units;
  private final Hits provinces;
  private final Hits districts;
  private final Hits wards;

  int first;
  int last;
  int parts;
  boolean house;
  boolean lane;
  boolean street;
  boolean small;
  boolean numbered; // a house, lane or hamlet number
  boolean streetByKeyword; // "đường X", "phố X"
  boolean streetKnown; // a bare street name that is a person's name or a place
  boolean streetAfterLane; // "kiệt 20 Hùng Vương"
  boolean bareNumber; // the address starts with a number no keyword introduced
  boolean wordBeforeNumber; // ... and a word stands right before it ("năm 2020 …")
  int admins;
  boolean province; // a province or centrally-run city: an address names one
  boolean cityAsProvince; // the province came with a city of its name: "TP. Bắc Ninh, Bắc Ninh"
  double bestAdmin; // the score one administrative part earns alone
  boolean bareProvince; // the only part is a province name without its unit word

  private AddressChain(TextView v, Hits units, Hits provinces, Hits districts, Hits wards) {
    this.v = v;
    this.units = units;
    this.provinces = provinces;
    this.districts = districts;
    this.wards = wards;
  }

  /** A chain to read addresses of one view with, one start after another ({@link #parse}). */
  static AddressChain reader(TextView v, Hits units, Hits provinces, Hits districts, Hits wards) {
    return new AddressChain(v, units, provinces, districts, wards);
  }

  private void reset() {
    first = last = parts = admins = 0;
    house = lane = street = small = numbered = false;
    streetByKeyword = streetKnown = streetAfterLane = bareNumber = wordBeforeNumber = false;
    province = bareProvince = cityAsProvince = false;
    bestAdmin = 0;
  }

  /**
   * Reads the address that starts at token {@code t} into this chain (which it returns), or null
   * when no part starts there. Reuses this object: read its fields before the next call.
   */
  AddressChain parse(int t) {
    reset();
    AddressChain c = this;
    int e = c.part(t, false);
    if (e < 0) {
      return null;
    }
    c.first = t;
    c.last = e;
    while (c.parts < MAX_PARTS && c.last + 1 < v.tokenCount()) {
      int sep = separator(v, c.last);
      int n = sep == 0 ? -1 : c.part(c.last + 1, sep == 2);
      if (n < 0) {
        break;
      }
      c.last = n;
    }
    return c;
  }

  /** The last token of the part at {@code t}, or -1 (and nothing recorded) when none starts. */
  private int part(int t, boolean afterComma) {
    if (province && !(cityAsProvince && provinceAt(t))) {
      return -1; // the province ends an address
    }
    cityAsProvince = false;
    int h = hitAt(units, t);
    if (h >= 0 && keywordOk(h, t)) {
      return keywordPart(KEYWORDS.get(units.phrase(h)), units.phrase(h), units.lastToken(h));
    }
    Kind abbreviation =
        parts > 0
            ? AddressWords.continuingAbbreviation(v, t)
            : AddressWords.wardAbbreviationAtStart(v, t) ? Kind.WARD : null;
    if (abbreviation != null) {
      return keywordPart(abbreviation, abbreviation == Kind.WARD ? "x" : "đ", t);
    }
    if (v.tokenIs(t, TextView.HAS_DIGIT)) {
      return numberPart(t, afterComma);
    }
    boolean capital = v.tokenIs(t, TextView.UPPER_FIRST);
    int p = AdminUnitNames.at(v, provinces, t);
    if (p >= 0 && (capital || parts > 0) && endsRun(p)) {
      province = true;
      bareProvince = parts == 0;
      return admin(Kind.PROVINCE, 0.35, p);
    }
    if (parts > 0 && afterComma && capital) {
      int w = Math.max(AdminUnitNames.at(v, wards, t), AdminUnitNames.at(v, districts, t));
      if (w >= 0 && endsRun(w)) {
        return admin(Kind.WARD, 0.4, w); // "…, Bến Nghé, Quận 1"
      }
      int u = numbered && !street && admins == 0 ? streetBeforeUnits(t) : -1;
      if (u >= 0) {
        markStreetLevel(Kind.STREET); // "Số 10, Lý Tự Trọng, phường Hòa Thạnh"
        streetKnown |= NameSyllables.fullName(v, t, u) || isListedPlace(t, u);
        return u;
      }
    }
    return -1;
  }

  /** The most words a street's name read between commas has ("Nam Kỳ Khởi Nghĩa"). */
  private static final int MAX_STREET_WORDS = 5;

  /**
   * The last token of a street's name that starts at {@code t} and stands between commas before an
   * administrative part ({@code 143, Nam Kỳ Khởi Nghĩa, phường Khánh Hội}), or -1: its own part of
   * an address only where a number came before it and a unit after.
   */
  private int streetBeforeUnits(int t) {
    if (t + 1 < v.tokenCount() && AddressWords.continuingAbbreviation(v, t) == Kind.STREET) {
      t++; // "23, Đ. Trần Hưng Đạo, P.Bình Hòa"
    }
    if (t >= v.tokenCount()) {
      return -1;
    }
    int h0 = hitAt(units, t);
    if (h0 >= 0 && wordOk(v, units, h0)) {
      return -1; // a unit word, not a street's name ("Tô Hiến Thành" is no "tổ")
    }
    int u = valueRun(t);
    if (u < 0 || u - t >= MAX_STREET_WORDS || u + 1 >= v.tokenCount() || separator(v, u) != 2) {
      return -1;
    }
    int h = hitAt(units, u + 1);
    if (h >= 0) {
      return KEYWORDS.get(units.phrase(h)).admin() && keywordOk(h, u + 1) ? u : -1;
    }
    if (AddressWords.continuingAbbreviation(v, u + 1) == Kind.WARD) {
      return u; // "36, Nguyễn Đình Chiểu, X. Bình Minh"
    }
    boolean unit =
        NUMBERED_UNIT.test(v, u + 1)
            || AdminUnitNames.at(v, wards, u + 1) >= 0
            || AdminUnitNames.at(v, districts, u + 1) >= 0
            || AdminUnitNames.at(v, provinces, u + 1) >= 0;
    return unit && v.tokenIs(u + 1, TextView.UPPER_FIRST) ? u : -1;
  }

  /**
   * A unit word counts when spelled right (see {@link NameAddressTokens#wordOk}); one typed without
   * marks and capitalised inside a run of capitalised words is a name ("Nguyen Thi Phuong Thao":
   * Phuong is Phương, not phường).
   */
  private boolean keywordOk(int h, int t) {
    if (!wordOk(v, units, h) || rangeTo(h)) {
      return false;
    }
    if (NameAddressTokens.exact(v, units, h) || !v.tokenIs(t, TextView.UPPER_FIRST)) {
      return true;
    }
    return !(t > 0 && spaceAfter(v, t - 1) && isTitle(v, t - 1));
  }

  /**
   * True when unit hit {@code h} is the English "to" rather than "tổ" (a residents' group) typed
   * without marks: in lower case before no number ("ActiveX Control to Display Documents"; a tổ has
   * one), or after a number, a range in text and code ("0 to 1", "For i = 1 To UBound(a)"), unless
   * that number is a house's ("so 12 to 5") or a unit word follows on its line ("12 to 5 kp 3").
   */
  private boolean rangeTo(int h) {
    int kw = units.firstToken(h);
    if (units.lastToken(h) != kw || !v.tokenEquals(kw, "to") || v.tokenIs(kw, TextView.DIACRITIC)) {
      return false;
    }
    int val = kw + 1 < v.tokenCount() && v.tokenEquals(kw + 1, "so") ? kw + 2 : kw + 1;
    boolean noNumber = val >= v.tokenCount() || !v.tokenIs(val, TextView.HAS_DIGIT);
    if (kw == 0 || !v.tokenIs(kw - 1, TextView.HAS_DIGIT) || !spaceAfter(v, kw - 1)) {
      // "to Display", not "..., To Hien Thanh": that is a street (Tô Hiến Thành)
      return noNumber && !v.tokenIs(kw, TextView.UPPER_FIRST);
    }
    for (int t = Math.max(0, kw - 3); t < kw - 1; t++) {
      int b = hitAt(units, t);
      if (b >= 0 && units.lastToken(b) == kw - 2) {
        return false; // "so 12 to 5", "ngo 4 to 2"
      }
    }
    if (noNumber && !v.tokenIs(kw, TextView.UPPER_FIRST)) {
      return true; // "from i=1 to N": a tổ has a number
    }
    for (int t = kw + 2; t <= kw + 3 && t < v.tokenCount(); t++) {
      if (!Keywords.sameLine(v, v.tokenEnd(kw + 1), v.tokenStart(t))) {
        break; // a unit word on the next line starts something else
      }
      boolean unit = hitAt(units, t) >= 0 && !v.tokenEquals(t, "to"); // not another range
      if (unit || AddressWords.continuingAbbreviation(v, t) != null) {
        return false; // "12 to 5 kp 3", "12 to 5, p.Tan Phu"
      }
    }
    return true;
  }

  /** True when token {@code t}, one blank after a number, is a unit of {@link #MEASURES}. */
  private boolean measure(int t) {
    int s = v.tokenStart(t);
    int len = v.tokenEnd(t) - s;
    return len >= 2
        && len <= 4
        && v.charAt(s - 1) == ' '
        && "HKMGTDPF".indexOf(v.charAt(s)) >= 0
        && MEASURES.contains(v.tokenText(t));
  }

  private int keywordPart(Kind kind, String phrase, int kw) {
    int val = kw + 1;
    boolean dotted = DOTTED.contains(phrase);
    if (val >= v.tokenCount() || !valueGap(v, kw, dotted)) {
      return -1;
    }
    if (kind != Kind.HOUSE && !kind.admin() && v.tokenEquals(val, "so") && spaceAfter(v, val)) {
      val++; // "đường số 7", "tổ số 5"
    }
    if (v.tokenIs(val, TextView.HAS_DIGIT)) {
      int date = kind == Kind.STREET ? dateStreet(val) : -1;
      if (date >= 0) {
        markStreetLevel(Kind.STREET); // "đường 30 Tháng 4": the street's name, not its number
        streetByKeyword = true;
        return date;
      }
      if (kind.admin()) {
        boolean unitNumber = kind == Kind.WARD || kind == Kind.DISTRICT;
        int len = v.tokenEnd(val) - v.tokenStart(val);
        return unitNumber && v.tokenIs(val, TextView.DIGITS_ONLY) && len <= 2 && alone(v, val, val)
            ? admin(kind, dotted ? 0.45 : 0.6, val)
            : -1;
      }
      int e = houseNumber(v, val, FLAT_NUMBER);
      if (e < 0) {
        return -1;
      }
      markStreetLevel(kind);
      numbered = true;
      return kind == Kind.HOUSE || kind == Kind.LANE || AddressWords.BUILDINGS.contains(phrase)
          ? bareStreet(e, kind == Kind.LANE)
          : e;
    }
    if (AddressWords.NUMBERED_ONLY.contains(phrase)) {
      return -1; // "Phòng Kế toán" is a department, "phòng 302" a room
    }
    if (AddressWords.HAMLETS.contains(phrase)) {
      // "bản Hòa Thọ Đông, Xã Thăng Phú": a hamlet only before a unit ("Bản Tin", "bản án")
      int u = v.tokenIs(val, TextView.UPPER_FIRST) ? streetBeforeUnits(val) : -1;
      if (u >= 0) {
        markStreetLevel(Kind.SMALL);
      }
      return u;
    }
    if (v.tokenIs(val, TextView.UPPER_FIRST)) {
      return kind == Kind.HOUSE ? -1 : namedPart(kind, dotted, kw, val);
    }
    if (isLower(v, val) && kind.admin()) {
      int known = known(kind, val);
      return known > val ? admin(kind, 0.6, known) : -1; // "phường bến nghé", not "phường hội"
    }
    if (isLower(v, val) && kind == Kind.STREET && numbered) {
      int u = val;
      while (u - val < 3
          && spaceAfter(v, u)
          && isLower(v, u + 1)
          && NameSyllables.isName(v, u + 1)) {
        u++;
      }
      if (u > val && NameSyllables.isAnyName(v, val)) {
        markStreetLevel(Kind.STREET);
        streetByKeyword = true;
        return u;
      }
    }
    return -1;
  }

  private int namedPart(Kind kind, boolean dotted, int kw, int val) {
    int known = kind.admin() ? known(kind, val) : -1;
    boolean isProvince =
        (kind == Kind.CITY || kind == Kind.PROVINCE)
            && known >= 0
            && AdminUnitNames.at(v, provinces, val) == known;
    int run = valueRun(val);
    int e = Math.max(known, run);
    boolean inHeading =
        v.tokenIs(kw, TextView.UPPER_FIRST)
            && kw > 0
            && spaceAfter(v, kw - 1)
            && v.tokenIs(kw - 1, TextView.UPPER_FIRST)
            && !v.tokenIs(kw - 1, TextView.HAS_DIGIT); // "K368 Đường …" is no heading
    if (known != e && ((dotted && parts == 0) || inHeading || (kind.admin() && e - val >= 4))) {
      return -1; // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA…": a unit word inside capitalised words
    }
    if (!kind.admin()) {
      markStreetLevel(kind);
      streetByKeyword |= kind == Kind.STREET;
      return e;
    }
    cityAsProvince = kind == Kind.CITY && isProvince && !province;
    province |= kind == Kind.PROVINCE || isProvince;
    double alone;
    if (known != e) {
      alone = 0.4; // an unlisted name: "Quận Cam"
    } else if (dotted) {
      alone = 0.45;
    } else {
      alone = kind == Kind.PROVINCE || isProvince ? 0.45 : 0.6;
    }
    return admin(kind, alone, e);
  }

  /** True when a province, with or without its word, starts at token {@code t}. */
  private boolean provinceAt(int t) {
    int h = hitAt(units, t);
    if (h >= 0) {
      return KEYWORDS.get(units.phrase(h)) == Kind.PROVINCE;
    }
    return AdminUnitNames.at(v, provinces, t) >= 0;
  }

  /** The last token of the listed name of the unit's level that starts at {@code t}, or -1. */
  private int known(Kind kind, int t) {
    return switch (kind) {
      case WARD -> AdminUnitNames.at(v, wards, t);
      case DISTRICT -> AdminUnitNames.at(v, districts, t);
      case PROVINCE -> AdminUnitNames.at(v, provinces, t);
      default -> Math.max(AdminUnitNames.at(v, provinces, t), AdminUnitNames.at(v, districts, t));
    };
  }

  /** A number that no unit word introduced: "P7", "Q1", "KP3", or "123 Nguyễn Huệ" at the start. */
  private int numberPart(int t, boolean afterComma) {
    int len = v.tokenEnd(t) - v.tokenStart(t);
    boolean digitsOnly = v.tokenIs(t, TextView.DIGITS_ONLY);
    if (!digitsOnly && house && !lane && !street && kiet(t)) {
      int e = houseNumber(v, t, FLAT_NUMBER);
      if (e >= 0) {
        markStreetLevel(Kind.LANE); // "36 K189 Trần Cao Vân": K is kiệt, the lane
        numbered = true;
        return bareStreet(e, true);
      }
    }
    if (!digitsOnly && len <= 6 && NUMBERED_UNIT.test(v, t)) {
      String folded = v.tokenFolded(t);
      int d = 0;
      while (!Character.isDigit(folded.charAt(d))) {
        d++;
      }
      String unit = folded.substring(0, d);
      if (unit.equals("kp") || unit.equals("ql")) {
        markStreetLevel(unit.equals("kp") ? Kind.SMALL : Kind.STREET);
        numbered = true; // "KP3", "QL1A"
        streetByKeyword |= unit.equals("ql");
        return t;
      }
      if (len > 3) {
        return -1;
      }
      return admin(unit.equals("p") ? Kind.WARD : Kind.DISTRICT, 0.45, t); // "P7", "Q1"
    }
    boolean start = parts == 0 || (afterComma && !house && !street && admins == 0);
    char after = v.charAt(v.tokenEnd(t));
    if (start
        && after == ','
        && separator(v, t) == 2
        && houseNumber(v, t, HOUSE_NUMBER) == t
        && ((v.tokenIs(t, TextView.DIGITS_ONLY) && streetBeforeUnits(t + 1) >= 0)
            || laneOrStreetWord(t + 1))) {
      // "143, Nam Kỳ Khởi Nghĩa, phường Khánh Hội", "76, ngõ 463 Phố Mậu Thân", "99B, đường …"
      bareNumber = parts == 0;
      wordBeforeNumber =
          bareNumber && t > 0 && spaceAfter(v, t - 1) && v.tokenIs(t - 1, TextView.HAS_LETTER);
      house = numbered = true;
      parts++;
      return t;
    }
    if (!start || (after != ' ' && after != '\u00a0' && after != '/')) {
      return -1; // a house number is followed by its street, or by "/" and more numbers
    }
    if (after != '/'
        && (t + 1 >= v.tokenCount()
            || !(v.tokenIs(t + 1, TextView.UPPER_FIRST) || hitAt(units, t + 1) >= 0))) {
      return -1; // "12 rows": what follows a number without '/' must name its street
    }
    int e = houseNumber(v, t, HOUSE_NUMBER); // "Tầng 5, Tòa nhà ABC, 29 Liễu Giai"
    if (e < 0 || !spaceAfter(v, e)) {
      return -1;
    }
    boolean streetAbbreviation =
        AddressWords.continuingAbbreviation(v, e + 1) == Kind.STREET
            && v.tokenIs(e + 1, TextView.UPPER_FIRST);
    if (!streetAbbreviation && DigitGroups.followedByCurrency(v, e)) {
      return -1; // "28.076.000 VNĐ" is an amount, "155B Đ. Phạm Văn Đồng" a street
    }
    if (measure(e + 1)) {
      return -1; // "96000 Hz", "512 MB": a measure
    }
    int h = hitAt(units, e + 1);
    boolean streetWord =
        (h >= 0 && keywordOk(h, e + 1) && !KEYWORDS.get(units.phrase(h)).admin())
            // "155B Đ. Phạm Văn Đồng" is a street; "500.000 đ. Nguyễn Văn A" the dong
            || streetAbbreviation;
    if (!streetWord && (!v.tokenIs(e + 1, TextView.UPPER_FIRST) || h >= 0 || acronym(e + 1))) {
      return -1;
    }
    bareNumber = parts == 0;
    wordBeforeNumber =
        bareNumber && t > 0 && spaceAfter(v, t - 1) && v.tokenIs(t - 1, TextView.HAS_LETTER);
    house = numbered = true;
    parts++;
    return streetWord ? e : bareStreet(e, false);
  }

  /** True when a lane's or street's word starts at token {@code t} ("ngõ", "ngách", "đường"). */
  private boolean laneOrStreetWord(int t) {
    int h = t < v.tokenCount() ? hitAt(units, t) : -1;
    if (h < 0 || !keywordOk(h, t)) {
      return false;
    }
    Kind kind = KEYWORDS.get(units.phrase(h));
    return kind == Kind.LANE || kind == Kind.STREET;
  }

  /**
   * The last token of a street named for a date that starts at token {@code t} ({@code 30 Tháng 4},
   * {@code 3 Tháng 2}, as streets of most towns are), or -1: a day, a capitalised "Tháng" and a
   * month, the whole of the name.
   */
  private int dateStreet(int t) {
    if (t + 2 >= v.tokenCount()
        || !v.tokenIs(t, TextView.DIGITS_ONLY)
        || !spaceAfter(v, t)
        || !v.tokenIs(t + 1, TextView.UPPER_FIRST)
        || !v.tokenEquals(t + 1, "thang")
        || !spaceAfter(v, t + 1)
        || !v.tokenIs(t + 2, TextView.DIGITS_ONLY)
        || !alone(v, t + 2, t + 2)) {
      return -1;
    }
    boolean twoDigits =
        v.tokenEnd(t) - v.tokenStart(t) <= 2 && v.tokenEnd(t + 2) - v.tokenStart(t + 2) <= 2;
    int day = twoDigits ? Dates.value(v, t) : 0;
    int month = twoDigits ? Dates.value(v, t + 2) : 0;
    return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? t + 2 : -1;
  }

  /** True when token {@code t} is a capital K and one to four digits: "K189", a lane (kiệt). */
  private boolean kiet(int t) {
    int s = v.tokenStart(t);
    int len = v.tokenEnd(t) - s;
    if (len < 2 || len > 5 || v.charAt(s) != 'K') {
      return false;
    }
    for (int i = s + 1; i < s + len; i++) {
      if (v.charAt(i) < '0' || v.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when token {@code t} is a lone word in capitals without marks (the next word is not
   * capitalised): a code, a currency or a log level ({@code 000 VND}, {@code 17:16:28 INFO}), not
   * the street of a house number. A street written in capitals has more words or its marks ({@code
   * 12 LÊ LỢI}, {@code 45 LE LOI}).
   */
  private boolean acronym(int t) {
    return v.tokenIs(t, TextView.ALL_UPPER)
        && !v.tokenIs(t, TextView.DIACRITIC)
        && !v.tokenIs(t, TextView.HAS_DIGIT)
        && !(spaceAfter(v, t) && v.tokenIs(t + 1, TextView.UPPER_FIRST));
  }

  /**
   * A capitalised street name right after a number: "123 Nguyễn Huệ", "kiệt 20 Hùng Vương", or one
   * named for a date: "Số 172 30 Tháng 4".
   */
  private int bareStreet(int e, boolean afterLane) {
    int date = spaceAfter(v, e) ? dateStreet(e + 1) : -1;
    if (date >= 0) {
      street = streetKnown = true; // "Số 172 30 Tháng 4", "ngõ 351 3 Tháng 2"
      streetAfterLane |= afterLane;
      return date;
    }
    if (!spaceAfter(v, e)
        || !v.tokenIs(e + 1, TextView.UPPER_FIRST)
        || hitAt(units, e + 1) >= 0
        || AddressWords.continuingAbbreviation(v, e + 1) != null) {
      return e; // "Số nhà 239 Đ. Tam Trinh": the street comes with its word
    }
    int u = valueRun(e + 1);
    if (u < 0) {
      return e; // "294 K368": a capital that starts no run of words
    }
    street = true;
    streetAfterLane |= afterLane;
    streetKnown |= NameSyllables.fullName(v, e + 1, u) || isListedPlace(e + 1, u);
    return u;
  }

  private boolean isListedPlace(int f, int u) {
    return AdminUnitNames.at(v, wards, f) == u
        || AdminUnitNames.at(v, districts, f) == u
        || AdminUnitNames.at(v, provinces, f) == u;
  }

  /**
   * The run of capitalised words from {@code t}, cut before a unit word that has a value of its own
   * ("Bến Nghé Quận 1"), not before one that ends a name ("Lý Thường Kiệt").
   */
  private int valueRun(int t) {
    int u = capitalRun(v, t, NameAddressTokens.MAX_RUN);
    for (int k = t + 1; k <= u; k++) {
      int h = hitAt(units, k);
      int next = units.lastToken(Math.max(h, 0)) + 1;
      if (h >= 0
          && wordOk(v, units, h) // "Kinh Dương Vương": Dương folds like đường
          && next <= u + 1
          && next < v.tokenCount()
          && spaceAfter(v, next - 1)
          && (v.tokenIs(next, TextView.HAS_DIGIT) || v.tokenIs(next, TextView.UPPER_FIRST))) {
        return k - 1;
      }
    }
    return u;
  }

  private int admin(Kind kind, double alone, int end) {
    admins++;
    parts++;
    bestAdmin = Math.max(bestAdmin, alone);
    return end;
  }

  private void markStreetLevel(Kind kind) {
    parts++;
    switch (kind) {
      case HOUSE -> house = true;
      case LANE -> lane = true;
      case STREET -> street = true;
      default -> small = true;
    }
  }

  /** True when the capitalised words do not go on after token {@code e}. */
  private boolean endsRun(int e) {
    return !(spaceAfter(v, e) && isTitle(v, e + 1));
  }
}
