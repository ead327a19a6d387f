package org.pdpguard.sources.records;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text, each at most {@code max} chars: a longer line is read to its end but not
 * kept, and comes back without its text. Lines end at {@code \n}; a {@code \r} before it is
 * dropped. Does not close the text.
 */
final class JsonLines {
  /**
   * One line.
   *
   * @param number its 1-based number
   * @param text its text, or null when it is longer than the limit
   */
  record Line(long number, String text) {}

  private final Reader in;
  private final int max;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int end;
  private long number;

  JsonLines(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line, or null at the end of the text. */
  Line next() throws IOException {
    line.setLength(0);
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      if (!tooLong) {
        line.append(buffer, start, pos - start);
        if (line.length() > max) {
          tooLong = true;
          line.setLength(0);
        }
      }
      if (pos < end) {
        pos++;
        break;
      }
    }
    number++;
    if (tooLong) {
      return new Line(number, null);
    }
    int length = line.length();
    if (length > 0 && line.charAt(length - 1) == '\r') {
      line.setLength(length - 1);
    }
    return new Line(number, line.toString());
  }
}
