package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.NameAddressTokens.spaceAfter;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The words and numbers of Vietnamese addresses: unit words and their abbreviations (số nhà, ngõ,
 * hẻm, kiệt, đường/Đ., phố, tổ, thôn, ấp, khu, khu phố, phòng, tòa, phường/P., xã/X., thị trấn/TT.,
 * đặc khu, quận/Q., huyện/H., thị xã/TX., thành phố/TP., tỉnh; reference B6), house and lane
 * numbers ({@code 12A}, {@code 42/3}, {@code 12A05}) and the gaps between address parts.
 */
final class AddressWords {
  /** What a part of an address is. */
  enum Kind {
    HOUSE,
    LANE,
    STREET,
    SMALL,
    WARD,
    DISTRICT,
    CITY,
    PROVINCE;

    boolean admin() {
      return ordinal() >= WARD.ordinal();
    }
  }

  static final Map<String, Kind> KEYWORDS = keywords();
  static final Lexicon UNITS = Lexicon.of("vn.address.units", KEYWORDS.keySet());
  static final Set<String> DOTTED = Set.of("p", "x", "q", "h", "tt", "tx", "đ");

  /**
   * X. (xã) and Đ. (đường): abbreviations that only continue an address ({@link AddressChain}),
   * read there rather than matched as unit words, since a text's "x" and "đ" are nearly all "2 x
   * 3", "X-quang" and the dong.
   */
  static Kind continuingAbbreviation(TextView v, int t) {
    int s = v.tokenStart(t);
    if (v.tokenEnd(t) - s != 1 || v.charAt(s + 1) != '.') {
      return null;
    }
    char c = v.charAt(s);
    return c == 'X' || c == 'x'
        ? Kind.WARD
        : c == 'Đ' || c == 'đ' || c == 'D' || c == 'd' ? Kind.STREET : null; // D.: Đ. unmarked
  }

  /**
   * True for a capital X and its dot at token {@code t} ({@code X. Nam Phước}): the one place where
   * the abbreviation may start an address, before a listed commune's name ({@link AddressChain}).
   */
  static boolean wardAbbreviationAtStart(TextView v, int t) {
    int s = v.tokenStart(t);
    return v.tokenEnd(t) - s == 1 && v.charAt(s) == 'X' && v.charAt(s + 1) == '.';
  }

  /**
   * Unit words whose value must be a number or code: "phòng 302", "tòa N09", not "Phòng Kế toán".
   */
  static final Set<String> NUMBERED_ONLY = Set.of("phòng", "tòa");

  /**
   * A hamlet of the north-west (bản) is one only before the unit it belongs to: "bản" is also a
   * copy, a version, a judgment ("bản án").
   */
  static final Set<String> HAMLETS = Set.of("bản");

  /** A building's number is followed by its street as a house number is: "tòa A2 Bùi Thị Xuân". */
  static final Set<String> BUILDINGS = Set.of("tòa");

  private static final boolean[] NEEDS_DOT = UNITS.marking(DOTTED);
  private static final boolean[] NEEDS_NUMBER = UNITS.marking(NUMBERED_ONLY);

  /** True when unit hit {@code i} is an abbreviation that needs its dot ("P.", "Q."). */
  static boolean needsDot(Hits units, int i) {
    return NEEDS_DOT[units.phraseIndex(i)];
  }

  /** True when unit hit {@code i} needs a number ("phòng 302", "tòa N09"). */
  static boolean needsNumber(Hits units, int i) {
    return NEEDS_NUMBER[units.phraseIndex(i)];
  }

  /** The shape of one token, checked on its chars without allocating (the hot path). */
  @FunctionalInterface
  interface Shape {
    boolean test(String text, int start, int end);

    default boolean test(TextView v, int t) {
      return test(v.text(), v.tokenStart(t), v.tokenEnd(t));
    }
  }

  /** {@code \d{1,5}[A-Za-z]{0,2}}: "12", "12A". */
  static final Shape HOUSE_NUMBER =
      (text, s, e) -> {
        int d = digits(text, s, e);
        return d - s >= 1 && d - s <= 5 && letters(text, d, e) == e && e - d <= 2;
      };

  /** {@code [A-Za-z]{0,2}\d{1,5}([A-Za-z]{1,2}\d{0,4})?}: "A12", "12A05". */
  static final Shape FLAT_NUMBER =
      (text, s, e) -> {
        int a = letters(text, s, e);
        int d = digits(text, a, e);
        if (a - s > 2 || d - a < 1 || d - a > 5) {
          return false;
        }
        int b = letters(text, d, e);
        int f = digits(text, b, e);
        return f == e && (b == d ? f == d : b - d <= 2 && f - b <= 4);
      };

  /** {@code (?i)(p|q|kp|ql)\d{1,3}[a-z]?}: "P7", "Q1", "KP3", "QL1A". */
  static final Shape NUMBERED_UNIT =
      (text, s, e) -> {
        int a = letters(text, s, e);
        char c0 = (char) (text.charAt(s) | 0x20); // ASCII letters, as letters() read them
        boolean unit =
            a - s == 1
                ? c0 == 'p' || c0 == 'q'
                : a - s == 2
                    && ((c0 == 'k' && (text.charAt(s + 1) | 0x20) == 'p')
                        || (c0 == 'q' && (text.charAt(s + 1) | 0x20) == 'l'));
        if (!unit) {
          return false;
        }
        int d = digits(text, a, e);
        return d - a >= 1 && d - a <= 3 && letters(text, d, e) == e && e - d <= 1;
      };

  private static final int MAX_SLASHES = 4; // "123/45/6/7"

  private AddressWords() {}

  /** The end of the run of ASCII digits at {@code i}, at most {@code e}. */
  private static int digits(String text, int i, int e) {
    while (i < e && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }

  /** The end of the run of ASCII letters at {@code i}, at most {@code e}. */
  private static int letters(String text, int i, int e) {
    while (i < e && ((text.charAt(i) | 0x20) >= 'a' && (text.charAt(i) | 0x20) <= 'z')) {
      i++;
    }
    return i;
  }

  private static Map<String, Kind> keywords() {
    Map<String, Kind> m = new LinkedHashMap<>();
    for (String w : new String[] {"số", "số nhà", "nhà số", "sn"}) {
      m.put(w, Kind.HOUSE);
    }
    for (String w : new String[] {"ngõ", "ngách", "hẻm", "kiệt", "hxh"}) {
      m.put(w, Kind.LANE);
    }
    for (String w : new String[] {"đường", "phố", "đại lộ", "quốc lộ", "ql", "tỉnh lộ"}) {
      m.put(w, Kind.STREET);
    }
    for (String w :
        new String[] {
          "tổ",
          "tổ dân phố",
          "tdp",
          "thôn",
          "xóm",
          "ấp",
          "khu",
          "khu phố",
          "kp",
          "khóm",
          "khu vực",
          "khu dân cư",
          "kdc",
          "khu đô thị",
          "kđt",
          "chung cư",
          "tòa nhà",
          "tầng",
          "lầu",
          "căn hộ",
          "phòng",
          "tòa",
          "bản"
        }) {
      m.put(w, Kind.SMALL);
    }
    for (String w : new String[] {"phường", "p", "xã", "thị trấn", "tt", "đặc khu"}) {
      m.put(w, Kind.WARD);
    }
    for (String w : new String[] {"quận", "q", "huyện", "h", "thị xã", "tx"}) {
      m.put(w, Kind.DISTRICT);
    }
    m.put("thành phố", Kind.CITY);
    m.put("tp", Kind.CITY);
    m.put("tỉnh", Kind.PROVINCE);
    return m;
  }

  /** True for a ward, district, city or province word. */
  static boolean isAdminKeyword(String phrase) {
    Kind k = KEYWORDS.get(phrase);
    return k != null && k.admin();
  }

  /** 0: the address ends; 1: a space; 2: a comma or dash (one, with spaces). */
  static int separator(TextView v, int a) {
    int s = v.tokenEnd(a);
    int e = v.tokenStart(a + 1);
    if (e - s > 4) {
      return 0;
    }
    int marks = 0;
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c == ',' || c == '-' || c == '\u2013') {
        marks++;
      } else if (c != ' ' && c != '\u00a0') {
        return 0;
      }
    }
    return marks > 1 ? 0 : marks == 1 ? 2 : 1;
  }

  /**
   * True when token {@code t} is a house or lane number: after "số", "ngõ", "hẻm"…, or first on its
   * line or after a colon or comma. Capitalised words after it are a street.
   */
  static boolean isHouseNumberAt(TextView v, int t) {
    if (!v.tokenIs(t, TextView.HAS_DIGIT)
        || v.tokenEnd(t) - v.tokenStart(t) > 8
        || !HOUSE_NUMBER.test(v, t)) {
      return false;
    }
    int s = t;
    while (s > 0
        && t - s < MAX_SLASHES
        && v.tokenEnd(s - 1) + 1 == v.tokenStart(s)
        && v.charAt(v.tokenEnd(s - 1)) == '/') {
      s--;
    }
    if (s == 0) {
      return true;
    }
    if (spaceAfter(v, s - 1)) {
      return NameAddressTokens.tokenIn(
          v, s - 1, "so", "nha", "ngo", "ngach", "hem", "kiet", "sn", "to", "xom", "thon");
    }
    char before = v.charAt(v.tokenStart(s) - 1);
    char gap = v.charAt(v.tokenEnd(s - 1));
    return before == '\n' || gap == ':' || gap == ',' || gap == '(' || gap == '\n';
  }

  /** "12", "12A", "42/3", "3/2": the last token of a house or lane number, or -1. */
  static int houseNumber(TextView v, int t, Shape first) {
    char before = v.charAt(v.tokenStart(t) - 1);
    if (before == '/' || v.tokenEnd(t) - v.tokenStart(t) > 12 || !first.test(v, t)) {
      return -1; // the tail of "12/3" or of a date is no number of its own
    }
    int e = t;
    while (e - t < MAX_SLASHES
        && e + 1 < v.tokenCount()
        && v.tokenStart(e + 1) == v.tokenEnd(e) + 1
        && v.charAt(v.tokenEnd(e)) == '/'
        && HOUSE_NUMBER.test(v, e + 1)) {
      e++;
    }
    return alone(v, t, e) ? e : -1;
  }

  static boolean alone(TextView v, int t, int e) {
    return DigitGroups.standsAlone(v, v.tokenStart(t), v.tokenEnd(e))
        && v.charAt(v.tokenEnd(e)) != '%'
        && v.charAt(v.tokenStart(t) - 1) != '/';
  }

  /** The gap between a unit word and its value: "phường 7", "Q.3", "P. Bến Nghé", "tp.HCM". */
  static boolean valueGap(TextView v, int kw, boolean dotted) {
    int s = v.tokenEnd(kw);
    int e = v.tokenStart(kw + 1);
    if (e - s > 3 || (dotted && v.charAt(s) != '.')) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c != ' ' && c != '.' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }
}
