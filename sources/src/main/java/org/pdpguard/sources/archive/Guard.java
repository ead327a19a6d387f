package org.pdpguard.sources.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * The stream of one entry (or of a whole decompressed archive), stopped as soon as it passes a
 * limit: its own size, the shared {@link Budget}, or its ratio to the compressed bytes consumed so
 * far. Passing a limit throws a {@link LimitExceeded}, and every later read throws it again, so
 * that a reader that swallows one failure cannot read on. The ratio is judged only after {@link
 * #RATIO_GRACE} bytes, since small entries of repetitive text legitimately compress very well and
 * cost little. Skipping reads (and counts) the bytes. A failure of the stream below is reported as
 * a damaged archive. Closing does not close the entry's archive.
 */
final class Guard extends InputStream {
  /** Bytes an entry may expand to before its compression ratio is judged. */
  static final long RATIO_GRACE = 1 << 20;

  private final InputStream in;
  private final long maxBytes;
  private final Budget budget;
  private final LongSupplier compressed;
  private final double maxRatio;
  private long produced;
  private LimitExceeded tripped;

  /**
   * @param in the expanded bytes
   * @param maxBytes the most bytes {@code in} may give
   * @param budget where the bytes are counted, or null when counted elsewhere
   * @param compressed the compressed bytes consumed so far (negative when unknown), or null when
   *     {@code in} is not compressed
   * @param maxRatio the most {@code in} may expand relative to {@code compressed}
   */
  Guard(InputStream in, long maxBytes, Budget budget, LongSupplier compressed, double maxRatio) {
    this.in = in;
    this.maxBytes = maxBytes;
    this.budget = budget;
    this.compressed = compressed;
    this.maxRatio = maxRatio;
  }

  /** The limit this stream passed, or null. */
  LimitExceeded tripped() {
    return tripped;
  }

  /** Bytes read through this stream. */
  long produced() {
    return produced;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n <= 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (tripped != null) {
      throw tripped;
    }
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      throw Entries.damaged(e);
    }
    if (n > 0) {
      count(n);
    }
    return n;
  }

  private void count(int n) throws LimitExceeded {
    produced += n;
    try {
      if (produced > maxBytes) {
        throw LimitExceeded.entry(maxBytes);
      }
      if (budget != null) {
        budget.spend(n);
      }
      if (compressed != null && produced > RATIO_GRACE) {
        long c = compressed.getAsLong();
        if (c >= 0 && produced > maxRatio * Math.max(1, c)) {
          throw LimitExceeded.ratio(maxRatio);
        }
      }
    } catch (LimitExceeded e) {
      tripped = e;
      throw e;
    }
  }

  /** Reads what is left, counting it; throws when a limit is passed on the way. */
  void drain() throws IOException {
    byte[] buffer = new byte[16 * 1024];
    while (read(buffer, 0, buffer.length) >= 0) {
      // counted by read
    }
  }

  @Override
  public int available() throws IOException {
    return tripped != null ? 0 : in.available();
  }

  @Override
  public void close() {
    // the archive reader owns the entry's stream
  }
}
