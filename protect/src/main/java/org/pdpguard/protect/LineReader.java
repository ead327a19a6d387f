package org.pdpguard.protect;

import java.io.IOException;
import java.io.Reader;

/**
 * The lines of a text with their line breaks ({@code \n}, {@code \r\n}, or none on the last), so
 * that they can be written back as they were. A line longer than {@code max} chars fails the read.
 */
final class LineReader {
  private final Reader in;
  private final int max;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int pos;
  private int end;
  private long chars;

  LineReader(Reader in, int max) {
    this.in = in;
    this.max = max;
  }

  /** The next line as {text, line break}, or null at the end. */
  String[] next() throws IOException {
    line.setLength(0);
    while (true) {
      if (pos == end) {
        end = in.read(buffer, 0, buffer.length);
        pos = 0;
        if (end <= 0) {
          end = 0;
          return line.length() == 0 ? null : new String[] {line.toString(), ""};
        }
        chars += end;
      }
      int start = pos;
      while (pos < end && buffer[pos] != '\n') {
        pos++;
      }
      line.append(buffer, start, pos - start);
      if (line.length() > max) {
        throw new IOException(
            "một dòng dài quá " + max + " ký tự / a line longer than " + max + " chars");
      }
      if (pos < end) {
        pos++;
        int n = line.length();
        if (n > 0 && line.charAt(n - 1) == '\r') {
          return new String[] {line.substring(0, n - 1), "\r\n"};
        }
        return new String[] {line.toString(), "\n"};
      }
    }
  }

  /** Chars read so far. */
  long chars() {
    return chars;
  }
}
