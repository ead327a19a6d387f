package org.pdpguard.core.recognizer.vn;

import java.time.LocalDate;
import java.time.YearMonth;
import org.pdpguard.core.detect.TextView;

/**
 * Reads a date that starts at a digits-only token: {@code dd/mm/yyyy} with '/', '-' or '.', {@code
 * yyyy-mm-dd}, {@code 5 tháng 3 năm 1990}, or a year alone. Looks only at the next few tokens.
 */
final class Dates {
  private Dates() {}

  /** A date read from the text; month and day are 0 for a year alone. */
  record Parsed(int year, int month, int day, int lastToken, String pattern) {
    /** True when the date exists, is not in the future, and the year is 1900 or later. */
    boolean plausibleBirth(LocalDate today) {
      if (year < 1900 || year > today.getYear()) {
        return false;
      }
      if (month == 0) {
        return true;
      }
      if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return false;
      }
      return !LocalDate.of(year, month, day).isAfter(today);
    }

    String iso() {
      if (month == 0) {
        return String.valueOf(year);
      }
      return year + (month < 10 ? "-0" : "-") + month + (day < 10 ? "-0" : "-") + day;
    }
  }

  /** The date starting at token {@code t}, or null. */
  static Parsed parse(TextView v, int t) {
    int len = v.tokenEnd(t) - v.tokenStart(t);
    if (!v.tokenIs(t, TextView.DIGITS_ONLY) || joinedBefore(v, v.tokenStart(t))) {
      return null;
    }
    if (len == 4) {
      return yearFirst(v, t);
    }
    return len <= 2 ? dayFirst(v, t) : null;
  }

  private static Parsed dayFirst(TextView v, int t) {
    char sep = v.charAt(v.tokenEnd(t));
    if (isSep(sep)) {
      if (!number(v, t + 1, 1, 2) || !number(v, t + 2, 4, 4)) {
        return null;
      }
      if (!adjacent(v, t, sep) || !adjacent(v, t + 1, sep) || joinedAfter(v, t + 2)) {
        return null;
      }
      return new Parsed(value(v, t + 2), value(v, t + 1), value(v, t), t + 2, "dd/mm/yyyy");
    }
    if (spaced(v, t)
        && Spelling.wordIs(v, t + 1, "tháng")
        && spaced(v, t + 1)
        && number(v, t + 2, 1, 2)
        && spaced(v, t + 2)
        && Spelling.wordIs(v, t + 3, "năm")
        && spaced(v, t + 3)
        && number(v, t + 4, 4, 4)
        && !joinedAfter(v, t + 4)) {
      return new Parsed(
          value(v, t + 4), value(v, t + 2), value(v, t), t + 4, "ngày d tháng m năm yyyy");
    }
    return null;
  }

  private static Parsed yearFirst(TextView v, int t) {
    char sep = v.charAt(v.tokenEnd(t));
    if (!isSep(sep) || !Character.isDigit(v.charAt(v.tokenEnd(t) + 1))) {
      return new Parsed(value(v, t), 0, 0, t, "year");
    }
    if (!number(v, t + 1, 1, 2) || !number(v, t + 2, 1, 2)) {
      return null;
    }
    if (!adjacent(v, t, sep) || !adjacent(v, t + 1, sep) || joinedAfter(v, t + 2)) {
      return null;
    }
    return new Parsed(value(v, t), value(v, t + 1), value(v, t + 2), t + 2, "yyyy-mm-dd");
  }

  private static boolean isSep(char c) {
    return c == '/' || c == '-' || c == '.';
  }

  /** True when token {@code t} is followed by exactly {@code sep} and then the next token. */
  private static boolean adjacent(TextView v, int t, char sep) {
    return t + 1 < v.tokenCount()
        && v.charAt(v.tokenEnd(t)) == sep
        && v.tokenStart(t + 1) == v.tokenEnd(t) + 1;
  }

  /** True when token {@code t} is followed by one or two spaces and then the next token. */
  private static boolean spaced(TextView v, int t) {
    if (t + 1 >= v.tokenCount()) {
      return false;
    }
    int gap = v.tokenStart(t + 1) - v.tokenEnd(t);
    for (int i = v.tokenEnd(t); i < v.tokenStart(t + 1); i++) {
      if (v.charAt(i) != ' ' && v.charAt(i) != '\u00a0') {
        return false;
      }
    }
    return gap >= 1 && gap <= 2;
  }

  private static boolean number(TextView v, int t, int minLength, int maxLength) {
    if (t >= v.tokenCount() || !v.tokenIs(t, TextView.DIGITS_ONLY)) {
      return false;
    }
    int len = v.tokenEnd(t) - v.tokenStart(t);
    return len >= minLength && len <= maxLength;
  }

  /** True when a separator and a digit follow token {@code t}: more numbers, not a date's end. */
  private static boolean joinedAfter(TextView v, int t) {
    int e = v.tokenEnd(t);
    return (isSep(v.charAt(e)) || v.charAt(e) == ':') && Character.isDigit(v.charAt(e + 1));
  }

  /** True when a digit and a separator stand right before {@code s}: "12/05/03/1990". */
  private static boolean joinedBefore(TextView v, int s) {
    return isSep(v.charAt(s - 1)) && Character.isDigit(v.charAt(s - 2));
  }

  /** The value of digits-only token {@code t}. */
  static int value(TextView v, int t) {
    int n = 0;
    for (int i = v.tokenStart(t); i < v.tokenEnd(t); i++) {
      n = n * 10 + (v.charAt(i) - '0');
    }
    return n;
  }
}
