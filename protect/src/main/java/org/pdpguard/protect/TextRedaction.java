package org.pdpguard.protect;

import java.io.IOException;
import java.io.Reader;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.core.stream.TextScanner;

/**
 * Redacts plain text as a stream: the {@link TextScanner} of the scan reads it (so the findings are
 * the scan's, chunk cuts and context included) through a tee that keeps what it read; the text is
 * copied out up to each finding, the finding replaced, and what the scanner has finished with is
 * let go ({@link TextScanner.Sink#reported}), so memory stays at the scanner's few units whatever
 * the size. Line breaks and everything between findings are copied as they are.
 */
final class TextRedaction implements TextScanner.Sink {
  private final RedactedOutput out;
  private final Replacer replacer;
  private final Tally tally;
  private final HeldReader tee;
  private long written; // stream offset up to which the output is written

  private TextRedaction(Reader in, RedactedOutput out, Replacer replacer, Tally tally) {
    this.tee = new HeldReader(in);
    this.out = out;
    this.replacer = replacer;
    this.tally = tally;
  }

  /** Redacts {@code in} to its end into {@code out}; returns the chars read. */
  static long redact(
      TextScanner scanner, Reader in, RedactedOutput out, Replacer replacer, Tally tally)
      throws IOException {
    TextRedaction r = new TextRedaction(in, out, replacer, tally);
    long chars = scanner.scan(r.tee, r);
    r.copyTo(r.tee.end());
    return chars;
  }

  @Override
  public void accept(LocatedFinding f) throws IOException {
    if (f.start() < written) {
      return; // cannot happen: findings come in order and do not overlap
    }
    copyTo(f.start());
    Replacer.Replacement r = replacer.replace(f.type(), f.value());
    tally.add(f.type(), r.how());
    long at = out.position();
    out.write(r.text());
    if (r.encrypted()) {
      out.encrypted(at, out.position(), f.type());
    }
    written = f.end();
  }

  @Override
  public void reported(long upTo) throws IOException {
    if (upTo > written) {
      copyTo(upTo);
    }
    tee.release(written);
  }

  private void copyTo(long offset) throws IOException {
    if (offset > written) {
      int from = (int) (written - tee.start());
      int to = (int) (offset - tee.start());
      out.write(tee.held(), from, to);
      written = offset;
    }
  }
}
