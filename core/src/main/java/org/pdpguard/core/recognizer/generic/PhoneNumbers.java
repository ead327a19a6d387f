package org.pdpguard.core.recognizer.generic;

import java.util.Set;

/**
 * The Vietnamese numbering plan as a phone recognizer needs it (reference B3): mobile prefixes
 * since the 2018–2019 conversion to 10 digits, landline area codes since the 2017 conversion, and
 * the international form after {@code +}.
 */
final class PhoneNumbers {
  private PhoneNumbers() {}

  /** Area codes confirmed by the phase-3 notice of QĐ 2036/QĐ-BTTTT (reference B3). */
  static final Set<Integer> AREA_CONFIRMED =
      Set.of(
          251, 252, 254, 255, 256, 257, 258, 259, 260, 261, 262, 263, 269, 270, 271, 272, 273, 274,
          275, 276, 277);

  /** Area codes of phases 1–2 and the unchanged provinces: UNCONFIRMED in reference B3. */
  static final Set<Integer> AREA_PROVISIONAL =
      Set.of(
          203, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 214, 215, 216, 218, 219, 220, 221,
          222, 225, 226, 227, 228, 229, 232, 233, 234, 235, 236, 237, 238, 239, 290, 291, 292, 293,
          294, 296, 297, 299);

  /** What a digit string is, with its base score and context boost. */
  record Match(String pattern, String detail, double score, double boost, boolean needsContext) {}

  /**
   * What {@code d} is as a phone number, or null. {@code plus} says a {@code +} came first; {@code
   * formatted} says it was written in groups or brackets.
   */
  static Match classify(CharSequence d, boolean plus, boolean formatted) {
    int len = d.length();
    boolean vn = len >= 2 && d.charAt(0) == '8' && d.charAt(1) == '4';
    if (vn && plus && len < 10) {
      return null;
    }
    if (vn && (plus || len == 11)) {
      // +84 0912… is a common slip: the trunk 0 kept after the country code
      boolean trunk = plus && d.charAt(2) == '0';
      String national = trunk ? d.subSequence(2, len).toString() : "0" + d.subSequence(2, len);
      return national(national, plus || formatted);
    }
    if (plus) {
      return len >= 8 && len <= 15 && d.charAt(0) != '0'
          ? new Match("international", "country code after +", 0.5, 0.4, true)
          : null;
    }
    return len > 0 && d.charAt(0) == '0' ? national(d.toString(), formatted) : null;
  }

  private static Match national(String d, boolean formatted) {
    if (d.length() == 10 && mobilePrefix(d.charAt(1), d.charAt(2))) {
      return new Match("vn-mobile", "mobile prefix " + d.substring(0, 3), 0.6, 0.35, false);
    }
    if (d.length() != 11 || d.charAt(1) != '2') {
      return null;
    }
    double base = formatted ? 0.6 : 0.45;
    char c = d.charAt(2);
    if (c == '4' || c == '8') {
      return new Match("vn-landline", "area code 02" + c, base, 0.35, false);
    }
    int area = Integer.parseInt(d.substring(1, 4));
    if (AREA_CONFIRMED.contains(area)) {
      return new Match("vn-landline", "area code 0" + area, base, 0.35, false);
    }
    if (AREA_PROVISIONAL.contains(area)) {
      return new Match(
          "vn-landline", "area code 0" + area + " (provisional)", base - 0.05, 0.35, false);
    }
    return null;
  }

  /** The 2019 mobile plan (reference B3): 03[2-9], 05[25689], 07[06-9], 08[1-9], 09[0-46-9]. */
  static boolean mobilePrefix(char a, char b) {
    return switch (a) {
      case '3' -> b >= '2' && b <= '9';
      case '5' -> b == '2' || b == '5' || b == '6' || b == '8' || b == '9';
      case '7' -> b == '0' || (b >= '6' && b <= '9');
      case '8' -> b >= '1' && b <= '9';
      case '9' -> b >= '0' && b <= '9' && b != '5';
      default -> false;
    };
  }
}
