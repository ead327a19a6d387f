package org.pdpguard.sources.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.pdpguard.sources.SourceSettings;

class GuardTest {
  private static InputStream bytes(int n) {
    return new ByteArrayInputStream(new byte[n]);
  }

  @Test
  void anEntryOverItsLimitFailsAndKeepsFailing() throws IOException {
    Guard g = new Guard(bytes(5000), 4096, null, null, 100);

    assertThatThrownBy(() -> g.readAllBytes()).isInstanceOf(LimitExceeded.class);
    assertThat(g.tripped().kind()).isEqualTo(LimitExceeded.Kind.ENTRY);
    assertThatThrownBy(() -> g.read(new byte[10])).isSameAs(g.tripped());
  }

  @Test
  void skippedBytesCountLikeReadOnes() throws IOException {
    Guard g = new Guard(bytes(5000), 4096, null, null, 100);

    assertThatThrownBy(() -> g.skip(5000)).isInstanceOf(LimitExceeded.class);
  }

  @Test
  void theRatioIsJudgedOnlyAfterTheGrace() throws IOException {
    long[] compressed = {1};
    Guard small =
        new Guard(bytes((int) Guard.RATIO_GRACE), Long.MAX_VALUE, null, () -> compressed[0], 10);
    assertThat(small.readAllBytes()).hasSize((int) Guard.RATIO_GRACE);

    Guard big =
        new Guard(
            bytes((int) Guard.RATIO_GRACE + 1), Long.MAX_VALUE, null, () -> compressed[0], 10);
    assertThatThrownBy(big::readAllBytes)
        .isInstanceOf(LimitExceeded.class)
        .hasMessageContaining("more than 10 times");
  }

  @Test
  void anUnknownCompressedCountIsNotJudged() throws IOException {
    Guard g = new Guard(bytes(3 << 20), Long.MAX_VALUE, null, () -> -1, 2);

    assertThat(g.readAllBytes()).hasSize(3 << 20);
  }

  @Test
  void nestedArchivesShareTheBudgetOfTheOutermost() throws IOException {
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 1 << 20, 100, 200);
    try (Budget.Lease outer = Budget.open(settings)) {
      try (Budget.Lease inner = Budget.open(settings)) {
        assertThat(inner.budget()).isSameAs(outer.budget());
        Guard g = new Guard(bytes(60), Long.MAX_VALUE, inner.budget(), null, 200);
        g.readAllBytes();
      }
      Guard g = new Guard(bytes(60), Long.MAX_VALUE, outer.budget(), null, 200);
      assertThatThrownBy(g::readAllBytes).hasMessageContaining("100 bytes in total");
      assertThat(outer.budget().exhausted()).isTrue();
    }
    try (Budget.Lease next = Budget.open(settings)) {
      assertThat(next.budget().used()).isZero();
    }
  }

  @Test
  void closingAGuardLeavesTheArchiveOpen() throws IOException {
    boolean[] closed = {false};
    InputStream archive =
        new ByteArrayInputStream(new byte[10]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    new Guard(archive, 100, null, null, 200).close();

    assertThat(closed[0]).isFalse();
  }
}
