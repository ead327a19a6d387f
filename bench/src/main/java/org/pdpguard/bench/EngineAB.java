package org.pdpguard.bench;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares two or more builds of the engine in one JVM: each class path (jars or class folders,
 * comma-separated) gets its own class loader and its own default detector, and the rounds alternate
 * between them over the same text cut into units, so that a noisy machine slows them alike. Prints
 * each round and the median MB/s per build without round 1 (warm-up), and the findings' count,
 * which must agree when a change is meant to find the same things.
 *
 * <pre>
 *   java -XX:TieredStopAtLevel=1 -cp bench/target/benchmarks.jar org.pdpguard.bench.EngineAB \
 *       TEXT ROUNDS CLASSPATH_A CLASSPATH_B [...]
 * </pre>
 *
 * Units are about 256 K chars, cut at line ends, as the CLI cuts them ({@code -Dunit=N} to change).
 * The flag above is the launcher's; leave it out to compare under C2.
 */
public final class EngineAB {
  private EngineAB() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: EngineAB TEXT ROUNDS CLASSPATH [CLASSPATH ...]");
      System.exit(2);
    }
    String text = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
    int rounds = Integer.parseInt(args[1]);
    if (rounds < 2) {
      throw new IllegalArgumentException("ROUNDS: at least 2 (round 1 is the warm-up)");
    }
    List<String> units = units(text, Integer.getInteger("unit", 256 * 1024));
    long bytes = text.getBytes(StandardCharsets.UTF_8).length;
    int builds = args.length - 2;
    Object[] detectors = new Object[builds];
    Method[] detect = new Method[builds];
    for (int b = 0; b < builds; b++) {
      ClassLoader loader = loader(args[b + 2]);
      Object detector =
          loader
              .loadClass("org.pdpguard.core.recognizer.Recognizers")
              .getMethod("defaultDetector")
              .invoke(null);
      detectors[b] = detector;
      detect[b] = detector.getClass().getMethod("detect", String.class);
    }
    double[][] mbps = new double[builds][rounds];
    long[] findings = new long[builds];
    for (int r = 0; r < rounds; r++) {
      for (int b = 0; b < builds; b++) {
        long start = System.nanoTime();
        long n = 0;
        for (String u : units) {
          n += ((List<?>) detect[b].invoke(detectors[b], u)).size();
        }
        mbps[b][r] = bytes / 1e6 / ((System.nanoTime() - start) / 1e9);
        findings[b] = n;
        System.out.printf(
            Locale.ROOT,
            "round %d  build %d: %.2f MB/s, %d findings%n",
            r + 1,
            b + 1,
            mbps[b][r],
            n);
      }
    }
    for (int b = 0; b < builds; b++) {
      double[] warm = Arrays.copyOfRange(mbps[b], 1, rounds);
      Arrays.sort(warm);
      double median =
          warm.length % 2 == 1
              ? warm[warm.length / 2]
              : (warm[warm.length / 2 - 1] + warm[warm.length / 2]) / 2;
      System.out.printf(
          Locale.ROOT,
          "build %d (%s): median %.2f MB/s over rounds 2-%d, %d findings%n",
          b + 1,
          args[b + 2],
          median,
          rounds,
          findings[b]);
    }
  }

  private static ClassLoader loader(String classPath) throws Exception {
    String[] parts = classPath.split(",");
    URL[] urls = new URL[parts.length];
    for (int i = 0; i < parts.length; i++) {
      Path p = Path.of(parts[i]);
      if (!Files.exists(p)) {
        throw new IllegalArgumentException("no such jar or folder: " + p);
      }
      urls[i] = p.toUri().toURL();
    }
    // The platform loader as parent: nothing of this jar's own engine leaks into the builds.
    return new URLClassLoader(urls, ClassLoader.getPlatformClassLoader());
  }

  /** The text cut into units of about {@code size} chars, at line ends where there is one. */
  static List<String> units(String text, int size) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = Math.min(text.length(), i + size);
      if (end < text.length()) {
        int newline = text.lastIndexOf('\n', end);
        if (newline > i) {
          end = newline + 1;
        }
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }
}
