package org.pdpguard.core.recognizer.generic;

import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/** Local look-ups around a candidate that several generic recognizers share. */
final class Nearby {
  private Nearby() {}

  /**
   * The hit of {@code hits} that ends closest before {@code token}, at most {@code maxTokens}
   * tokens and {@code maxChars} chars away; -1 when none. Of two hits ending on the same token the
   * longer one wins ({@code số tài khoản} over {@code tài khoản}).
   */
  static int hitBefore(TextView view, Hits hits, int token, int maxTokens, int maxChars) {
    if (hits.isEmpty()) {
      return -1;
    }
    int best = -1;
    int from = Math.max(0, token - maxTokens);
    for (int i = hits.firstAtOrAfter(from); i < hits.size() && hits.firstToken(i) < token; i++) {
      if (hits.lastToken(i) < token
          && view.tokenStart(token) - hits.end(i) <= maxChars
          && (best < 0 || hits.lastToken(i) > hits.lastToken(best))) {
        best = i;
      }
    }
    return best;
  }

  /** The first hit starting after {@code token}, within {@code maxTokens} and {@code maxChars}. */
  static int hitAfter(TextView view, Hits hits, int token, int maxTokens, int maxChars) {
    if (hits.isEmpty()) {
      return -1;
    }
    int i = hits.firstAtOrAfter(token + 1);
    if (i < hits.size()
        && hits.firstToken(i) <= token + maxTokens
        && hits.start(i) - view.tokenEnd(token) <= maxChars) {
      return i;
    }
    return -1;
  }

  /** The last token of hit {@code i}, or -1 when there is no hit ({@code i < 0}). */
  static int lastTokenOf(Hits hits, int i) {
    return i < 0 ? -1 : hits.lastToken(i);
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@link #isDigit} for {@code String.chars()} streams. */
  static boolean isDigitInt(int c) {
    return c >= '0' && c <= '9';
  }

  static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** True when every char of the token is a hexadecimal digit. */
  static boolean allHex(TextView view, int token) {
    for (int i = view.tokenStart(token); i < view.tokenEnd(token); i++) {
      if (!isHex(view.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** True when the single char gap between tokens {@code a} and {@code a + 1} is {@code sep}. */
  static boolean joinedBy(TextView view, int a, char sep) {
    return a >= 0
        && a + 1 < view.tokenCount()
        && view.tokenStart(a + 1) - view.tokenEnd(a) == 1
        && view.charAt(view.tokenEnd(a)) == sep;
  }

  /**
   * True when a separator at {@code i} glues the span to more digits ({@code 1.234}, {@code 5/6}).
   */
  static boolean gluedAt(TextView view, int separator, int beyond) {
    return DigitGroups.gluedAt(view, separator, beyond - separator);
  }

  /** True when token {@code t} equals one of the folded words. */
  static boolean tokenIn(TextView view, int t, String... foldedWords) {
    if (t < 0 || t >= view.tokenCount()) {
      return false;
    }
    for (String w : foldedWords) {
      if (view.tokenEquals(t, w)) {
        return true;
      }
    }
    return false;
  }
}
