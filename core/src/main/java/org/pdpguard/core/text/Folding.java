package org.pdpguard.core.text;

import java.text.Normalizer;

/**
 * Folds a char to its matching key: lower case, Vietnamese diacritics removed, {@code đ} to {@code
 * d}. The fold is one char to one char, so a folded text has the same offsets as its source.
 */
public final class Folding {
  private static final int TABLE_SIZE = 0x2000;
  private static final char[] FOLD = new char[TABLE_SIZE];
  private static final boolean[] DIACRITIC = new boolean[TABLE_SIZE];

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

  private static final char[] CLASS = new char[TABLE_SIZE];

  /**
   * Folded char in the low 16 bits, class bits above: the tokenizer's single table read, for every
   * char (above {@code TABLE_SIZE} the lower case and class that {@link #fold} and {@link
   * #charClass} compute), so that the read needs no range check (256 KB, of which a text touches a
   * few lines).
   */
  private static final int[] INFO = new int[0x10000];

  static {
    for (int c = 0; c < TABLE_SIZE; c++) {
      char lower = Character.toLowerCase((char) c);
      char folded = lower;
      if (lower == 'đ') {
        folded = 'd';
      } else if (Character.isLetter(lower) && lower > 0x7f) {
        String nfd = Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD);
        if (nfd.length() > 1 && nfd.charAt(0) < 0x80 && Character.isLetter(nfd.charAt(0))) {
          folded = nfd.charAt(0);
        }
      }
      FOLD[c] = folded;
      DIACRITIC[c] = folded != lower || isCombiningMark((char) c);
      CLASS[c] = (char) computeClass((char) c);
      INFO[c] = FOLD[c] | (CLASS[c] << 16);
    }
    for (int c = TABLE_SIZE; c < INFO.length; c++) {
      INFO[c] = Character.toLowerCase((char) c) | (computeClass((char) c) << 16);
    }
  }

  private Folding() {}

  private static int computeClass(char c) {
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
    if (c < TABLE_SIZE && DIACRITIC[c]) {
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
    return c < TABLE_SIZE ? CLASS[c] : computeClass(c);
  }

  /** The folded form of {@code c}. */
  public static char fold(char c) {
    return c < TABLE_SIZE ? FOLD[c] : Character.toLowerCase(c);
  }

  /** True when {@code c} carries a diacritic that folding removes (or is a combining mark). */
  public static boolean hasDiacritic(char c) {
    return c < TABLE_SIZE && DIACRITIC[c];
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
