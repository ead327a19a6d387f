package org.pdpguard.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pdpguard.eval.corpus.BenchWriter;

/**
 * The benchmark texts, from the evaluation corpus generator ({@link BenchWriter}, the text behind
 * {@code pdpguard corpus --bench}), generated once per JVM and cached: {@code mixed} is documents
 * of every kind with ordinary text and hard negatives so that about 1% of the characters are
 * personal data; {@code dense} is the labelled documents only, with personal data in every one.
 * Fixed seed, so every run and every fork measures the same text.
 */
final class BenchInput {
  static final long SEED = 1;
  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private BenchInput() {}

  /** The text of {@code kind} ({@code mixed} or {@code dense}), at least {@code bytes} in UTF-8. */
  static String text(String kind, int bytes) {
    return CACHE.computeIfAbsent(kind + ':' + bytes, k -> generate(kind, bytes));
  }

  /** Its size in UTF-8 bytes, the unit of every MB/s figure (1 MB = 10⁶ bytes). */
  static long utf8Bytes(String kind, int bytes) {
    return text(kind, bytes).getBytes(StandardCharsets.UTF_8).length;
  }

  /** Generates the text afresh, without the cache. */
  static String generate(String kind, int bytes) {
    double piiPercent =
        switch (kind.toLowerCase(Locale.ROOT)) {
          case "mixed" -> 1.0;
          case "dense" -> 100.0;
          default -> throw new IllegalArgumentException("unknown input '" + kind + "'");
        };
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes + 64 * 1024);
    try {
      BenchWriter.write(out, bytes, SEED, piiPercent);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not throw
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
