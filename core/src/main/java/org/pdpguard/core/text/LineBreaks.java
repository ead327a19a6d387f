package org.pdpguard.core.text;

import java.util.Arrays;

/**
 * Where a text's line breaks are: the offsets of its line feeds and carriage returns, in text
 * order. The tokenizer of the detection engine records them as it passes over the text (see {@link
 * org.pdpguard.core.detect.Detector#detect(String, LineBreaks)}), so that a scan that reports lines
 * and columns does not read every char a second time. Not thread-safe.
 */
public final class LineBreaks {
  private int[] at = new int[64]; // a line feed as its offset, a carriage return as -1 - offset
  private int count;

  /** The line breaks of {@code text}, found by reading it. */
  public static LineBreaks of(String text) {
    LineBreaks breaks = new LineBreaks();
    char[] block = new char[8192];
    for (int from = 0; from < text.length(); from += block.length) {
      int len = Math.min(block.length, text.length() - from);
      text.getChars(from, from + len, block, 0);
      for (int k = 0; k < len; k++) {
        char c = block[k];
        if (c == '\n' || c == '\r') {
          breaks.add(c, from + k);
        }
      }
    }
    return breaks;
  }

  /**
   * Records the break {@code c} (a line feed or a carriage return) at {@code offset}; offsets must
   * come in increasing order.
   */
  public void add(char c, int offset) {
    if (count == at.length) {
      at = Arrays.copyOf(at, count * 2);
    }
    at[count++] = c == '\r' ? -1 - offset : offset;
  }

  /** Forgets every break. */
  public void clear() {
    count = 0;
  }

  public int size() {
    return count;
  }

  /** The offset of break {@code i}. */
  public int offset(int i) {
    int b = at[i];
    return b < 0 ? -1 - b : b;
  }

  /** True when break {@code i} is a carriage return, false for a line feed. */
  public boolean isCarriageReturn(int i) {
    return at[i] < 0;
  }
}
