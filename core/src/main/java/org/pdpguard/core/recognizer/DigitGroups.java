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
   * A run of digit-only tokens: its first and last token, start and end offsets, and its digits
   * without separators (built on first use, since most groups are rejected by their length).
   */
  public static final class Group {
    private final TextView view;
    private final int firstToken;
    private final int lastToken;
    private final int start;
    private final int end;
    private String digits;

    public Group(int firstToken, int lastToken, int start, int end, String digits) {
      this(null, firstToken, lastToken, start, end);
      this.digits = digits;
    }

    Group(TextView view, int firstToken, int lastToken, int start, int end) {
      this.view = view;
      this.firstToken = firstToken;
      this.lastToken = lastToken;
      this.start = start;
      this.end = end;
    }

    public int firstToken() {
      return firstToken;
    }

    public int lastToken() {
      return lastToken;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }

    /**
     * How many digits the group holds, without building them: its tokens are digits only, one
     * separator char between two.
     */
    public int digitCount() {
      return digits != null ? digits.length() : end - start - (lastToken - firstToken);
    }

    /** The digits without separators. */
    public String digits() {
      if (digits == null) {
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
          char c = view.charAt(i);
          if (c >= '0' && c <= '9') {
            sb.append(c);
          }
        }
        digits = sb.toString();
      }
      return digits;
    }
  }

  /** Digit-only token {@code token} as a group of its own. */
  public static Group single(TextView view, int token) {
    return new Group(view, token, token, view.tokenStart(token), view.tokenEnd(token));
  }

  /**
   * Joins digit-only token {@code token} with the digit-only tokens after it that are separated by
   * exactly one char of {@code separators}, as long as the total stays within {@code maxDigits}.
   * Returns null when {@code token} is not digits only.
   */
  public static Group join(TextView view, int token, String separators, int maxDigits) {
    if (!view.tokenIs(token, TextView.DIGITS_ONLY)) {
      return null;
    }
    int count = view.tokenEnd(token) - view.tokenStart(token);
    int last = token;
    while (last + 1 < view.tokenCount()) {
      int next = last + 1;
      int gapStart = view.tokenEnd(last);
      int gapEnd = view.tokenStart(next);
      if (gapEnd - gapStart != 1
          || separators.indexOf(view.charAt(gapStart)) < 0
          || !view.tokenIs(next, TextView.DIGITS_ONLY)
          || count + (view.tokenEnd(next) - gapEnd) > maxDigits) {
        break;
      }
      count += view.tokenEnd(next) - gapEnd;
      last = next;
    }
    return new Group(view, token, last, view.tokenStart(token), view.tokenEnd(last));
  }

  /**
   * True when {@code [start, end)} is not glued to more digits by a separator: such a span is a
   * piece of an amount ({@code 1.001098012345}), a date, a range or a longer code ({@code
   * 001098012345-123}), not a number of its own. A comma or dot followed by a long digit run, or by
   * a short one that the same separator closes ({@code …,0912345678} or {@code …,2,…}), separates
   * CSV fields rather than joining a number.
   */
  public static boolean standsAlone(TextView view, int start, int end) {
    return !gluedAt(view, start - 1, -1) && !gluedAt(view, end, 1);
  }

  /**
   * True when the char at {@code separator} joins the span on its other side to digits lying in
   * {@code direction} (-1 before it, +1 after it). See {@link #standsAlone}.
   */
  public static boolean gluedAt(TextView view, int separator, int direction) {
    char c = view.charAt(separator);
    int i = separator + direction;
    if (!isDigit(view.charAt(i))) {
      return false;
    }
    if (c == '-' || c == '/') {
      return true;
    }
    if (c != '.' && c != ',') {
      return false;
    }
    int run = 0;
    while (run <= 3 && isDigit(view.charAt(i))) {
      i += direction;
      run++;
    }
    // A thousands group or a short decimal part joins; a field of its own does not.
    return run <= 3 && view.charAt(i) != c;
  }

  /**
   * True when the number at {@code start} ends a code that a dash joins to a word before it ({@code
   * check_error-2152398861}, {@code HD-0312345678}): the dash follows a letter, digit or {@code _}
   * directly.
   */
  public static boolean endsHyphenatedCode(TextView view, int start) {
    if (start < 2 || view.charAt(start - 1) != '-') {
      return false;
    }
    char c = view.charAt(start - 2);
    return c == '_' || Character.isLetterOrDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Folded currency words and units of money that follow an amount. Not "ngàn" (thousand): folded
   * it is "ngân" of "ngân hàng", the bank an account number is often followed by.
   */
  private static final String[] CURRENCY = {"d", "dong", "vnd", "usd", "k", "tr", "trieu", "ty"};

  /**
   * True when a currency word follows token {@code last} within two chars ({@code 1.500.000 đồng},
   * {@code 84.891.000.000 VND}, {@code 500k}): the number is an amount, not an identifier.
   */
  public static boolean followedByCurrency(TextView view, int last) {
    int next = last + 1;
    if (next >= view.tokenCount()) {
      return false;
    }
    int from = view.tokenEnd(last);
    int to = view.tokenStart(next);
    if (to - from > 2) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (view.charAt(i) == '\n' || view.charAt(i) == '\r') {
        return false; // the next line's first word
      }
    }
    for (String w : CURRENCY) {
      if (view.tokenEquals(next, w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code value} (0 or more) in decimal with leading zeros up to {@code width} digits, as {@code
   * String.format("%0<width>d")} writes it, for the details of findings (without a formatter: they
   * are written for every candidate).
   */
  public static String padded(int value, int width) {
    String digits = Integer.toString(value);
    return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
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
