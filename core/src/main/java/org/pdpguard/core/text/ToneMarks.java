package org.pdpguard.core.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Puts Vietnamese tone marks in one canonical place, so that the old and new spelling rules compare
 * equal: {@code Hoà} and {@code Hòa}, {@code thuỷ} and {@code thủy}. The canonical form is the old
 * ("classic") rule, which most documents and the reference lists use: in an open syllable ending in
 * {@code oa}, {@code oe} or {@code uy} the mark sits on the first of the two vowels.
 */
public final class ToneMarks {
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private ToneMarks() {}

  /** Lower-cased, NFC, with each syllable's tone mark in the canonical place. */
  public static String canonical(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (!mayMove(lower)) {
      return Normalizer.isNormalized(lower, Normalizer.Form.NFC)
          ? lower
          : Normalizer.normalize(lower, Normalizer.Form.NFC);
    }
    String nfd = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    int i = 0;
    while (i < nfd.length()) {
      int j = i;
      while (j < nfd.length() && isSyllableChar(nfd.charAt(j))) {
        j++;
      }
      if (j > i) {
        out.append(canonicalSyllable(nfd.substring(i, j)));
        i = j;
      } else {
        out.append(nfd.charAt(i++));
      }
    }
    return Normalizer.normalize(out, Normalizer.Form.NFC);
  }

  /**
   * True when a tone mark could sit elsewhere: the text has an "oa", "oe" or "uy" (folded) and some
   * char with a diacritic. Most words have neither, and then only case and NFC matter.
   */
  private static boolean mayMove(String lower) {
    return hasOpenPair(lower, 0, lower.length()) && Folding.hasDiacritics(lower);
  }

  /**
   * True when two adjacent chars of {@code s} from {@code from} to {@code to} fold to "oa", "oe" or
   * "uy": the only places where the old and new rules put a tone mark on different vowels.
   */
  public static boolean hasOpenPair(CharSequence s, int from, int to) {
    for (int i = from; i + 1 < to; i++) {
      char x = Folding.fold(s.charAt(i));
      char y = Folding.fold(s.charAt(i + 1));
      if ((x == 'o' && (y == 'a' || y == 'e')) || (x == 'u' && y == 'y')) {
        return true;
      }
    }
    return false;
  }

  private static boolean isSyllableChar(char c) {
    return Character.isLetter(c) || Folding.isCombiningMark(c);
  }

  /** {@code s} is one NFD syllable, lower case. */
  private static String canonicalSyllable(String s) {
    char tone = 0;
    StringBuilder bare = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (TONES.indexOf(c) >= 0) {
        tone = c;
      } else {
        bare.append(c);
      }
    }
    if (tone == 0) {
      return s;
    }
    String b = bare.toString();
    int at = canonicalPosition(b);
    if (at < 0) {
      return s;
    }
    return b.substring(0, at + 1 + countMarksAfter(b, at))
        + tone
        + b.substring(at + 1 + countMarksAfter(b, at));
  }

  private static int countMarksAfter(String b, int at) {
    int n = 0;
    while (at + 1 + n < b.length() && Folding.isCombiningMark(b.charAt(at + 1 + n))) {
      n++;
    }
    return n;
  }

  /**
   * Index (in {@code bare}) of the vowel that carries the tone mark by the classic rule, or -1 to
   * keep the mark where it was.
   */
  private static int canonicalPosition(String bare) {
    String plain = withoutCombiningMarks(Folding.fold(bare));
    // Only the open oa/oe/uy syllables differ between the two rules.
    for (String pair : new String[] {"oa", "oe", "uy"}) {
      int p = plain.indexOf(pair);
      if (p >= 0
          && p + 2 == plain.length()
          && !(pair.equals("oa") && p > 0 && plain.charAt(p - 1) == 'q')) {
        return indexInBare(bare, p);
      }
    }
    return -1;
  }

  /** {@code s} without its combining diacritical marks (U+0300 to U+036F). */
  private static String withoutCombiningMarks(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean mark = c >= '\u0300' && c <= '\u036f';
      if (mark && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!mark && out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Maps an index among base letters to an index in the NFD string with its marks. */
  private static int indexInBare(String bare, int letterIndex) {
    int letters = -1;
    for (int i = 0; i < bare.length(); i++) {
      if (!Folding.isCombiningMark(bare.charAt(i))) {
        letters++;
        if (letters == letterIndex) {
          return i;
        }
      }
    }
    return -1;
  }
}
