package org.pdpguard.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The benchmark text has the requested size and share of personal data, reproducibly. */
class BenchWriterTest {
  @Test
  void writesAtLeastTheRequestedSizeWithAboutOnePercentPersonalData() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BenchWriter.Summary s = BenchWriter.write(out, 2_000_000, 1, 1.0);

    assertThat(s.bytes()).isEqualTo(out.size()).isBetween(2_000_000L, 2_100_000L);
    assertThat(s.piiPercent()).isBetween(0.8, 1.3);
  }

  @Test
  void theSameSeedWritesTheSameBytes() throws IOException {
    ByteArrayOutputStream a = new ByteArrayOutputStream();
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    BenchWriter.write(a, 300_000, 9, 1.0);
    BenchWriter.write(b, 300_000, 9, 1.0);
    assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
  }

  @Test
  void aHigherShareIsHonoured() throws IOException {
    BenchWriter.Summary s = BenchWriter.write(new ByteArrayOutputStream(), 500_000, 1, 5.0);
    assertThat(s.piiPercent()).isBetween(4.5, 6.0);
  }

  @Test
  void rejectsAShareOutsideZeroToHundred() {
    assertThatThrownBy(() -> BenchWriter.write(new ByteArrayOutputStream(), 10, 1, 120))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
