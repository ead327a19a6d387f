package org.pdpguard.core.detect;

import org.pdpguard.core.EntityType;

/**
 * What stands where personal data was removed is not personal data: a run of {@code *} ({@code
 * ***}, the mask of a word), and the placeholders of {@code pdpguard redact}, a type's name in
 * brackets, alone or with a keyed token ({@code [VN_CCCD]}, {@code [PERSON_NAME#5f1c0a9e23b47d61]},
 * {@code [PERSON_NAME_kqzrtwpxbd]}). Without this rule a scan of a redacted copy would report
 * {@code Tiền án: [CRIMINAL_RECORD]} as a criminal record (the value of a record field) and the
 * word {@code BIOMETRIC} of {@code [BIOMETRIC_DATA]} as biometric data.
 */
final class Placeholders {
  /** The longest placeholder: a type's name, {@code #} and 16 hex digits, in brackets. */
  private static final int MAX = 64;

  private Placeholders() {}

  /** Whether {@code text[start, end)} is a mask or lies inside a placeholder. */
  static boolean covers(String text, int start, int end) {
    return stars(text, start, end) || inBrackets(text, start, end);
  }

  /** Stars, with nothing that could be data (letters, digits) beside them. */
  private static boolean stars(String text, int start, int end) {
    boolean star = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return false;
      }
      star |= c == '*';
    }
    return star;
  }

  private static boolean inBrackets(String text, int start, int end) {
    int open = -1;
    for (int i = start; i >= 0 && start - i < MAX; i--) {
      char c = text.charAt(i);
      if (c == '[') {
        open = i;
        break;
      }
      if (c != '_' && c != '#' && !isAsciiLetterOrDigit(c)) {
        return false;
      }
    }
    if (open < 0) {
      return false;
    }
    int close = -1;
    for (int i = open + 1; i < text.length() && i - open < MAX; i++) {
      char c = text.charAt(i);
      if (c == ']') {
        close = i;
        break;
      }
      if (c != '_' && c != '#' && !isAsciiLetterOrDigit(c)) {
        return false;
      }
    }
    return close >= end - 1 && isPlaceholder(text.substring(open + 1, close));
  }

  /** {@code TYPE}, {@code TYPE#hex} or {@code TYPE_letters}, TYPE a type's name. */
  private static boolean isPlaceholder(String inside) {
    int cut = inside.indexOf('#');
    String type = cut < 0 ? inside : inside.substring(0, cut);
    String token = cut < 0 ? "" : inside.substring(cut + 1);
    if (cut < 0 && !known(type)) {
      int u = inside.lastIndexOf('_');
      if (u < 0) {
        return false;
      }
      type = inside.substring(0, u);
      token = inside.substring(u + 1);
    }
    return known(type) && token.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'a' && c <= 'z');
  }

  private static boolean known(String name) {
    for (EntityType t : EntityType.values()) {
      if (t.name().equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }
}
