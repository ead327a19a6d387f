package org.pdpguard.eval.corpus;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The only source of randomness of the generator: a {@link SplittableRandom} with small helpers.
 * Every document gets its own {@code Dice} derived from the corpus seed and the document's number,
 * so a document does not change when the number of documents does.
 */
final class Dice {
  private final SplittableRandom random;

  Dice(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The dice of document {@code index} of a corpus generated with {@code seed}. */
  static Dice forDocument(long seed, long stream, long index) {
    return new Dice(mix(mix(mix(seed) + stream) + index));
  }

  /** The SplitMix64 finaliser, so that neighbouring seeds give unrelated sequences. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** 0 ≤ n < bound. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** lo ≤ n ≤ hi. */
  int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** {@code n} random decimal digits (leading zeros allowed). */
  String digits(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(c);
  }

  /** A number of {@code n} digits without a leading zero. */
  String number(int n) {
    return (char) ('1' + random.nextInt(9)) + digits(n - 1);
  }

  /** {@code n} random upper-case ASCII letters. */
  String letters(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('A' + random.nextInt(26));
    }
    return new String(c);
  }

  /** {@code n} random lower-case hexadecimal digits. */
  String hex(int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = "0123456789abcdef".charAt(random.nextInt(16));
    }
    return new String(c);
  }
}
