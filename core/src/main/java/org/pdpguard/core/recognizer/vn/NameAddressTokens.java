package org.pdpguard.core.recognizer.vn;

import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.TextView;

/**
 * Token tests shared by the name and address recognizers: diacritic-aware word matching, the gaps
 * that may sit inside a name or between address parts, and runs of capitalised words.
 *
 * <p>Vietnamese written without diacritics folds many words together ({@code bà} "Mrs" and {@code
 * ba} "three", {@code đường} "street" and {@code Dương}, {@code phố} and {@code Phó}). A text that
 * carries diacritics near a word was typed with them, so there a word must match with its marks; in
 * text typed without marks, the folded match is all there is.
 */
final class NameAddressTokens {
  /** Tokens on each side searched for diacritics. */
  static final int DIACRITIC_WINDOW = 8;

  /** The longest run of capitalised words read as one name. */
  static final int MAX_RUN = 5;

  private NameAddressTokens() {}

  /**
   * True when a token near {@code t} on its line, on its side of a colon, carries diacritics:
   * whether a text was typed without marks is a question about its line, since a chat's messages,
   * or a form's fields, may each be typed one way or the other.
   */
  static boolean diacriticsNear(TextView v, int t) {
    if (v.tokenIs(t, TextView.DIACRITIC)) {
      return true;
    }
    for (int i = t - 1; i >= 0 && i >= t - DIACRITIC_WINDOW && !lineBetween(v, i, i + 1); i--) {
      if (v.tokenIs(i, TextView.DIACRITIC)) {
        return true;
      }
    }
    int last = v.tokenCount() - 1;
    for (int i = t + 1; i <= last && i <= t + DIACRITIC_WINDOW && !lineBetween(v, i - 1, i); i++) {
      if (v.tokenIs(i, TextView.DIACRITIC)) {
        return true;
      }
    }
    return false;
  }

  /** True when a token of {@code from..to} carries diacritics. */
  static boolean anyMarked(TextView v, int from, int to) {
    for (int i = from; i <= to; i++) {
      if (v.tokenIs(i, TextView.DIACRITIC)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a line break or a colon lies between token {@code a} and the next token {@code b}: a
   * chat's speaker ("Khách: nho ong Hung nhe") or a form's label ("Họ tên: Nguyen Van An") is typed
   * apart from what follows it.
   */
  private static boolean lineBetween(TextView v, int a, int b) {
    for (int c = v.tokenEnd(a); c < v.tokenStart(b); c++) {
      char ch = v.charAt(c);
      if (ch == '\n' || ch == '\r' || ch == ':') {
        return true;
      }
    }
    return false;
  }

  /**
   * True when hit {@code i} is the lexicon's word: matched with its diacritics, or matched folded
   * in text typed without diacritics.
   */
  static boolean wordOk(TextView v, Hits hits, int i) {
    if (exact(v, hits, i)) {
      return true;
    }
    return !marked(v, hits, i) && !diacriticsNear(v, hits.firstToken(i));
  }

  /**
   * {@link Hits#exact} with fast answers first: most hits are spelled exactly as listed, or carry
   * no marks at all, and need no tone-mark canonicalisation.
   */
  static boolean exact(TextView v, Hits hits, int i) {
    boolean phraseMarked = hits.phraseMarked(i);
    if (!marked(v, hits, i)) {
      return !phraseMarked;
    }
    return phraseMarked && hits.exact(i); // which compares the plain spelling first
  }

  /** True when a token of hit {@code i} carries diacritics. */
  static boolean marked(TextView v, Hits hits, int i) {
    for (int t = hits.firstToken(i); t <= hits.lastToken(i); t++) {
      if (v.tokenIs(t, TextView.DIACRITIC)) {
        return true;
      }
    }
    return false;
  }

  /** The hit of {@code hits} that starts at token {@code t}, or -1. */
  static int hitAt(Hits hits, int t) {
    return hits.startingAt(t);
  }

  /** True when the gap after token {@code a} is one or two spaces (a gap inside a name). */
  static boolean spaceAfter(TextView v, int a) {
    if (a + 1 >= v.tokenCount()) {
      return false;
    }
    int s = v.tokenEnd(a);
    int e = v.tokenStart(a + 1);
    if (e - s < 1 || e - s > 2) {
      return false;
    }
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c != ' ' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  /** True for a capitalised letter token that is not all capitals (a single capital is both). */
  static boolean isTitle(TextView v, int t) {
    int f = v.tokenFlags(t);
    return (f & TextView.UPPER_FIRST) != 0
        && (f & TextView.HAS_DIGIT) == 0
        && ((f & TextView.ALL_UPPER) == 0 || v.tokenEnd(t) - v.tokenStart(t) == 1);
  }

  /** True for an all-capitals letter token. */
  static boolean isCaps(TextView v, int t) {
    int f = v.tokenFlags(t);
    return (f & TextView.ALL_UPPER) != 0 && (f & TextView.HAS_DIGIT) == 0;
  }

  /** True for a letter token that starts with a lower-case letter. */
  static boolean isLower(TextView v, int t) {
    int f = v.tokenFlags(t);
    return (f & (TextView.UPPER_FIRST | TextView.HAS_DIGIT)) == 0 && (f & TextView.HAS_LETTER) != 0;
  }

  /**
   * The last token of the run of capitalised words from {@code t}, all title case or all capitals
   * like the first, joined by single spaces, at most {@code max} long; -1 when {@code t} is not
   * capitalised. A one-letter word sits in either kind of run but only at its end ({@code Nguyễn
   * Văn A}).
   */
  static int capitalRun(TextView v, int t, int max) {
    if (t >= v.tokenCount() || !(isTitle(v, t) || isCaps(v, t))) {
      return -1;
    }
    boolean caps = v.tokenEnd(t) - v.tokenStart(t) > 1 && isCaps(v, t);
    int u = t;
    while (u - t + 1 < max && spaceAfter(v, u) && !isSingleLetter(v, u)) {
      int n = u + 1;
      boolean same = caps ? isCaps(v, n) : isTitle(v, n);
      if (!same) {
        break;
      }
      u = n;
    }
    return u;
  }

  /** True for a one-letter token. */
  static boolean isSingleLetter(TextView v, int t) {
    return v.tokenEnd(t) - v.tokenStart(t) == 1 && v.tokenIs(t, TextView.HAS_LETTER);
  }

  /** True when token {@code t} equals one of the folded words. */
  static boolean tokenIn(TextView v, int t, String... folded) {
    for (String w : folded) {
      if (v.tokenEquals(t, w)) {
        return true;
      }
    }
    return false;
  }
}
