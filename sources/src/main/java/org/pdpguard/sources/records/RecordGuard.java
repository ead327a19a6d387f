package org.pdpguard.sources.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * The text of a delimited file, counted: chars since the last record (so that one record cannot
 * fill the heap, whatever the CSV parser buffers) and line breaks ({@code \r\n}, {@code \n} or
 * {@code \r}, as the CSV parser counts them), so that a read can start again after a record that
 * was too long, with its lines still numbered right. Closing does nothing: the caller owns the
 * text.
 */
final class RecordGuard extends Reader {
  private final BufferedReader in;
  private final long max;
  private long sinceRecord;
  private long lines;
  private boolean afterCr;

  RecordGuard(BufferedReader in, long max) {
    this.in = in;
    this.max = max;
  }

  /** Thrown when a record runs past the limit. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;

    TooLong() {
      super("record too long");
    }
  }

  /** Line breaks read so far. */
  long lines() {
    return lines;
  }

  /** A record was read: count the next one from here. */
  void recordRead() {
    sinceRecord = 0;
  }

  /**
   * Reads up to and including the next line break (the rest of a record too long); false at end.
   */
  boolean skipLine() throws IOException {
    char[] one = new char[1];
    long before = lines;
    while (lines == before) {
      if (in.read(one, 0, 1) < 0) {
        return false;
      }
      count(one, 0, 1);
    }
    if (afterCr) {
      // Take the \n of a \r\n too, which a new parser would count as a line of its own.
      in.mark(1);
      if (in.read() != '\n') {
        in.reset();
      }
      afterCr = false;
    }
    sinceRecord = 0;
    return true;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (sinceRecord > max) {
      throw new TooLong();
    }
    int n = in.read(buffer, off, len);
    if (n > 0) {
      count(buffer, off, n);
      sinceRecord += n;
    }
    return n;
  }

  private void count(char[] buffer, int off, int n) {
    for (int i = off; i < off + n; i++) {
      char c = buffer[i];
      if (c == '\n') {
        if (!afterCr) {
          lines++;
        }
      } else if (c == '\r') {
        lines++;
      }
      afterCr = c == '\r';
    }
  }

  @Override
  public void close() {
    // the caller owns the text
  }
}
