package org.pdpguard.protect;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the chars it passes on, until released, so that the text a scanner or parser
 * has read can be copied out around the values that change. Offsets are counted from the start of
 * the stream, as the scanner and the parser count them.
 */
final class HeldReader extends Reader {
  private final Reader in;
  private final StringBuilder held = new StringBuilder();
  private long start; // stream offset of held[0]

  HeldReader(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    int n = in.read(buf, off, len);
    if (n > 0) {
      held.append(buf, off, n);
    }
    return n;
  }

  /** The chars kept, from {@link #start()}. */
  StringBuilder held() {
    return held;
  }

  /** Stream offset of the first char kept. */
  long start() {
    return start;
  }

  /** Stream offset after the last char read. */
  long end() {
    return start + held.length();
  }

  /** The char at stream offset {@code offset}, which must be kept. */
  char charAt(long offset) {
    return held.charAt((int) (offset - start));
  }

  /**
   * Lets go of the chars before {@code offset}. They are dropped once they are at least half of
   * what is kept, so that each char is moved a bounded number of times.
   */
  void release(long offset) {
    int n = (int) (offset - start);
    if (n > 0 && n >= held.length() / 2) {
      held.delete(0, n);
      start = offset;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
