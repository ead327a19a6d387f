package org.pdpguard.eval.corpus;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Streams one large mixed Vietnamese text for throughput benchmarks: labelled documents of every
 * kind, interleaved with hard-negative documents and ordinary prose so that about {@code
 * piiPercent} of the chars are personal data (chars of gold spans). Memory is one document at a
 * time, whatever the size.
 */
public final class BenchWriter {
  private static final long BENCH = 3;

  private BenchWriter() {}

  /** What was written. */
  public record Summary(long bytes, long chars, long piiChars, long documents) {
    /** Share of chars that are personal data, in percent. */
    public double piiPercent() {
      return chars == 0 ? 0 : 100.0 * piiChars / chars;
    }
  }

  /**
   * Writes at least {@code bytes} bytes of UTF-8 (it stops after the document that reaches the
   * size) to {@code out}, which the caller closes.
   */
  public static Summary write(OutputStream out, long bytes, long seed, double piiPercent)
      throws IOException {
    if (!(piiPercent >= 0 && piiPercent <= 100)) {
      throw new IllegalArgumentException("PII percent must be within 0..100, got " + piiPercent);
    }
    CorpusGenerator gen = new CorpusGenerator(seed);
    double target = piiPercent / 100;
    long written = 0;
    long chars = 0;
    long pii = 0;
    long docs = 0;
    long next = 0;
    long negative = 0;
    while (written < bytes) {
      String text;
      if (target > 0 && (chars == 0 || (double) pii / chars < target)) {
        Document doc = gen.document(next++);
        text = doc.text();
        pii += doc.piiChars();
      } else {
        Dice d = Dice.forDocument(seed, BENCH, negative);
        text = d.chance(0.5) ? gen.negative(negative).text() : prose(d);
        negative++;
      }
      text = text + "\n";
      byte[] b = text.getBytes(StandardCharsets.UTF_8);
      out.write(b);
      written += b.length;
      chars += text.length();
      docs++;
    }
    out.flush();
    return new Summary(written, chars, pii, docs);
  }

  /** A few paragraphs of ordinary text in one register. */
  private static String prose(Dice d) {
    var register = d.pick(Filler.OFFICE, Filler.SERVICE, Filler.MEDICAL, Filler.LEGAL, Filler.CHAT);
    StringBuilder b = new StringBuilder();
    for (int i = d.between(3, 8); i > 0; i--) {
      b.append(Filler.paragraph(d, register)).append('\n');
    }
    return b.toString();
  }
}
