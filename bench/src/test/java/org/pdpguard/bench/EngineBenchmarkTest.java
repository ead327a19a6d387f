package org.pdpguard.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Runs each benchmark method once on a small text, so that the benchmarks keep working. */
class EngineBenchmarkTest {
  private static EngineBenchmark benchmark(String input) {
    EngineBenchmark b = new EngineBenchmark();
    b.input = input;
    b.kb = 32;
    b.setUp();
    return b;
  }

  @Test
  void denseTextHasFarMoreFindingsPerKilobyteThanMixedText() {
    int dense = benchmark("dense").detect().size();
    int mixed = benchmark("mixed").detect().size();

    assertThat(dense).isGreaterThan(3 * Math.max(1, mixed));
  }

  @Test
  void baselinesFindNothingAndCountAtSigns() {
    EngineBenchmark b = benchmark("dense");

    assertThat(b.foldAndTokenise()).isEmpty();
    assertThat(b.indexOf()).isPositive();
  }

  @Test
  void inputIsAtLeastTheRequestedSizeAndTheSameEachTime() {
    String first = BenchInput.text("mixed", 32 * 1024);

    assertThat(BenchInput.utf8Bytes("mixed", 32 * 1024)).isGreaterThanOrEqualTo(32 * 1024);
    assertThat(BenchInput.generate("mixed", 32 * 1024)).isEqualTo(first);
  }
}
