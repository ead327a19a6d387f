package org.pdpguard.core.recognizer;

import org.pdpguard.core.detect.TextView;

/**
 * Numbers as people write them: digit groups joined by single separators ({@code 0912 345 678},
 * {@code 4111-1111-1111-1111}, {@code 091.234.5678}). Shared by the recognizers of digit
 * identifiers.
 */
public final class DigitGroups {
  private DigitGroups() {}

  /**
   * A run of digit-only tokens.
   *
   * @param firstToken index of the first token
   * @param lastToken index of the last token, inclusive
   * @param start start offset of the first token
   * @param end end offset of the last token
   * @param digits the digits without separators
   */
  public record Group(int firstToken, int lastToken, int start, int end, String digits) {}

  /**
   * Joins digit-only token {@code token} with the digit-only tokens after it that are separated by
   * exactly one char of {@code separators}, as long as the total stays within {@code maxDigits}.
   * Returns null when {@code token} is not digits only.
   */
  public static Group join(TextView view, int token, String separators, int maxDigits) {
    if (!view.tokenIs(token, TextView.DIGITS_ONLY)) {
      return null;
    }
    StringBuilder digits = new StringBuilder(view.tokenText(token));
    int last = token;
    while (last + 1 < view.tokenCount()) {
      int next = last + 1;
      int gapStart = view.tokenEnd(last);
      int gapEnd = view.tokenStart(next);
      if (gapEnd - gapStart != 1
          || separators.indexOf(view.charAt(gapStart)) < 0
          || !view.tokenIs(next, TextView.DIGITS_ONLY)
          || digits.length() + (view.tokenEnd(next) - gapEnd) > maxDigits) {
        break;
      }
      digits.append(view.tokenText(next));
      last = next;
    }
    return new Group(token, last, view.tokenStart(token), view.tokenEnd(last), digits.toString());
  }

  /**
   * True when {@code [start, end)} is not glued to more digits by a separator ({@code 1.234},
   * {@code 12-34}, {@code 12/34}, {@code 12,34}): such a span is a piece of an amount, a date or a
   * longer code, not a number of its own.
   */
  public static boolean standsAlone(TextView view, int start, int end) {
    return !glued(view.charAt(start - 1), view.charAt(start - 2))
        && !glued(view.charAt(end), view.charAt(end + 1));
  }

  private static boolean glued(char separator, char beyond) {
    return (separator == '.' || separator == ',' || separator == '-' || separator == '/')
        && beyond >= '0'
        && beyond <= '9';
  }

  /** The number value of {@code n} digits of {@code s} from {@code from}. */
  public static int value(CharSequence s, int from, int n) {
    int v = 0;
    for (int i = from; i < from + n; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /** True when {@code digits} passes the Luhn check (cards, IMEI). */
  public static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
  }
}
