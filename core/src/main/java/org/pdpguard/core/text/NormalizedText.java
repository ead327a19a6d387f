package org.pdpguard.core.text;

import java.text.Normalizer;

/**
 * A text in NFC with a map from its offsets back to the original. Most texts are NFC already (no
 * combining marks), and then the map is the identity and nothing is copied.
 */
public final class NormalizedText {
  private final String original;
  private final String text;
  private final int[] toOriginal; // null when identity; length text.length() + 1

  private NormalizedText(String original, String text, int[] toOriginal) {
    this.original = original;
    this.text = text;
    this.toOriginal = toOriginal;
  }

  /** Normalises {@code original} to NFC, keeping an offset map. */
  public static NormalizedText of(String original) {
    if (firstCombiningMark(original) < 0) {
      return new NormalizedText(original, original, null);
    }
    return compose(original);
  }

  /**
   * {@code original} taken as composed already, without looking: for a caller that finds out later
   * whether it holds a combining mark ({@link Folding#COMBINING}) and then calls {@link #of}.
   */
  public static NormalizedText assumeComposed(String original) {
    return new NormalizedText(original, original, null);
  }

  /**
   * {@link #of(String)} for a caller that holds the text's chars already: {@code chars} begins with
   * the chars of {@code original} (it may be longer), and is only read.
   */
  public static NormalizedText of(String original, char[] chars) {
    for (int i = 0, n = original.length(); i < n; i++) {
      char c = chars[i];
      if (Folding.isCombiningMark(c)) {
        return compose(original);
      }
    }
    return new NormalizedText(original, original, null);
  }

  private static NormalizedText compose(String original) {
    StringBuilder out = new StringBuilder(original.length());
    int[] map = new int[original.length() + 1];
    int n = 0;
    int i = 0;
    while (i < original.length()) {
      // A cluster: one base char and the combining marks after it.
      int j = i + 1;
      while (j < original.length() && Folding.isCombiningMark(original.charAt(j))) {
        j++;
      }
      if (j - i == 1) {
        if (n + 1 >= map.length) {
          map = java.util.Arrays.copyOf(map, map.length * 2);
        }
        map[n++] = i;
        out.append(original.charAt(i));
      } else {
        String composed = Normalizer.normalize(original.substring(i, j), Normalizer.Form.NFC);
        if (n + composed.length() >= map.length) {
          map = java.util.Arrays.copyOf(map, map.length * 2 + composed.length());
        }
        for (int k = 0; k < composed.length(); k++) {
          map[n++] = k == 0 ? i : Math.min(j - 1, i + k);
        }
        out.append(composed);
      }
      i = j;
    }
    map[n] = original.length();
    int[] trimmed = new int[n + 1];
    System.arraycopy(map, 0, trimmed, 0, n + 1);
    return new NormalizedText(original, out.toString(), trimmed);
  }

  private static int firstCombiningMark(String s) {
    // Copied in blocks: a loop over a char array is several times faster than String.charAt
    // once the JIT stops at its first tier, as the launcher runs it.
    char[] block = new char[Math.min(s.length(), 8192)];
    for (int from = 0; from < s.length(); from += block.length) {
      int n = Math.min(block.length, s.length() - from);
      s.getChars(from, from + n, block, 0);
      for (int i = 0; i < n; i++) {
        char c = block[i];
        if (Folding.isCombiningMark(c)) {
          return from + i;
        }
      }
    }
    return -1;
  }

  public String original() {
    return original;
  }

  /** The NFC text. */
  public String text() {
    return text;
  }

  /** Maps a start offset in the NFC text to the original. */
  public int startInOriginal(int offset) {
    return toOriginal == null ? offset : toOriginal[offset];
  }

  /** Maps an exclusive end offset in the NFC text to the original (after trailing marks). */
  public int endInOriginal(int offset) {
    if (toOriginal == null) {
      return offset;
    }
    if (offset >= text.length()) {
      return original.length();
    }
    return toOriginal[offset];
  }
}
