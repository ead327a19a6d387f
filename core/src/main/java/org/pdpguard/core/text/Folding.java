package org.pdpguard.core.text;

import java.text.Normalizer;

/**
 * Folds a char to its matching key: lower case, Vietnamese diacritics removed, {@code đ} to {@code
 * d}. The fold is one char to one char, so a folded text has the same offsets as its source.
 */
public final class Folding {
  /** Chars below this are folded by their decomposition; above, to their lower case only. */
  private static final int TABLE_SIZE = 0x2000;

  /** Char class bits, for the tokenizer's hot loop: one table read instead of several calls. */
  public static final int TOKEN = 1;

  public static final int DIGIT = 2;
  public static final int LETTER = 4;
  public static final int UPPER = 8;
  public static final int MARKED = 16;
  public static final int COMBINING = 32;

  /** A token char that is no digit: a token without one is all digits. */
  public static final int NOT_DIGIT = 64;

  /** A letter that is not upper case: a token with letters but without one is in capitals. */
  public static final int NOT_UPPER = 128;

  /**
   * Per char, the folded char in the low 16 bits and the class bits above: the tokenizer's single
   * table read, and what {@link #fold}, {@link #charClass} and {@link #hasDiacritic} answer. It
   * covers every char, so that a read needs no range check (256 KB, of which a text touches a few
   * lines).
   */
  private static final int[] INFO = new int[0x10000];

  static {
    for (int c = 0; c < INFO.length; c++) {
      char lower = Character.toLowerCase((char) c);
      char folded = lower;
      boolean marked = false;
      if (c < TABLE_SIZE) {
        if (lower == 'đ') {
          folded = 'd';
        } else if (Character.isLetter(lower) && lower > 0x7f) {
          String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
          if (nfd.length() > 1 && nfd.charAt(0) < 0x80 && Character.isLetter(nfd.charAt(0))) {
            folded = nfd.charAt(0);
          }
        }
        marked = folded != lower || isCombiningMark((char) c);
      }
      INFO[c] = folded | (computeClass((char) c, marked) << 16);
    }
  }

  private Folding() {}

  private static int computeClass(char c, boolean marked) {
    int k = 0;
    if (Character.isLetterOrDigit(c) || isCombiningMark(c)) {
      k |= TOKEN;
    }
    if (Character.isDigit(c)) {
      k |= DIGIT;
    } else if ((k & TOKEN) != 0) {
      k |= NOT_DIGIT;
    }
    if (Character.isLetter(c)) {
      k |= LETTER;
      k |= Character.isUpperCase(c) ? UPPER : NOT_UPPER;
    }
    if (marked) {
      k |= MARKED;
    }
    if (isCombiningMark(c)) {
      k |= COMBINING;
    }
    return k;
  }

  /**
   * The folded char of {@code c} in the low 16 bits and its class bits shifted left by 16, in one
   * read: {@code info & 0xffff} is {@link #fold(char)}, {@code info >>> 16} is {@link #charClass}.
   */
  public static int info(char c) {
    return INFO[c];
  }

  /** The class bits of {@code c} ({@link #TOKEN}, {@link #DIGIT}, {@link #LETTER}, …). */
  public static int charClass(char c) {
    return INFO[c] >>> 16;
  }

  /** The folded form of {@code c}. */
  public static char fold(char c) {
    return (char) INFO[c];
  }

  /** True when {@code c} carries a diacritic that folding removes (or is a combining mark). */
  public static boolean hasDiacritic(char c) {
    return (INFO[c] & (MARKED << 16)) != 0;
  }

  /** The folded form of a whole string. */
  public static String fold(CharSequence s) {
    char[] out = new char[s.length()];
    for (int i = 0; i < out.length; i++) {
      out[i] = fold(s.charAt(i));
    }
    return new String(out);
  }

  /** True when any char of {@code s} carries a diacritic. */
  public static boolean hasDiacritics(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      if (hasDiacritic(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** True for the combining diacritical marks block, U+0300 to U+036F. */
  public static boolean isCombiningMark(char c) {
    return c >= 0x300 && c <= 0x36f;
  }
}
