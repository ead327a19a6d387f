package org.pdpguard.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * comma-separated) gets its own class loader and its own default detector, and every unit of the
 * text is detected by each build in turn (the order rotating from unit to unit), so that a busy
 * moment of a noisy machine falls on all builds alike. Time is the detecting thread's CPU time,
 * which leaves out the time the machine gave to others. Prints each round's MB/s per build, the
 * median MB/s per build without round 1 (warm-up), each build's median ratio to build 1 over the
 * rounds with their spread, and the findings' count, which must agree when a change is meant to
 * find the same things.
 *
 * <pre>
 *   java -XX:TieredStopAtLevel=1 -cp bench/target/benchmarks.jar org.pdpguard.bench.EngineAB \
 *       TEXT ROUNDS CLASSPATH_A CLASSPATH_B [...]
 * </pre>
 *
 * Units are about 256 K chars, cut at line ends, as the CLI cuts them ({@code -Dunit=N} to change).
 * The flag above is the launcher's; leave it out to compare under C2. On this project's 2-core
 * machine, wall-clock rounds of the same build spread by 20-40 % while the ratios of this
 * interleaved measure stay within about 3 %.
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
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    if (!cpu.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM cannot measure a thread's CPU time");
    }
    double[][] mbps = new double[builds][rounds];
    long[] findings = new long[builds];
    for (int r = 0; r < rounds; r++) {
      long[] nanos = new long[builds];
      long[] found = new long[builds];
      for (int u = 0; u < units.size(); u++) {
        for (int j = 0; j < builds; j++) {
          int b = (j + u + r) % builds;
          long start = cpu.getCurrentThreadCpuTime();
          found[b] += ((List<?>) detect[b].invoke(detectors[b], units.get(u))).size();
          nanos[b] += cpu.getCurrentThreadCpuTime() - start;
        }
      }
      for (int b = 0; b < builds; b++) {
        mbps[b][r] = bytes / 1e6 / (nanos[b] / 1e9);
        findings[b] = found[b];
        System.out.printf(
            Locale.ROOT,
            "round %d  build %d: %.2f MB/s (CPU time), %d findings%n",
            r + 1,
            b + 1,
            mbps[b][r],
            found[b]);
      }
    }
    for (int b = 0; b < builds; b++) {
      System.out.printf(
          Locale.ROOT,
          "build %d (%s): median %.2f MB/s over rounds 2-%d, %d findings%n",
          b + 1,
          args[b + 2],
          median(Arrays.copyOfRange(mbps[b], 1, rounds)),
          rounds,
          findings[b]);
    }
    for (int b = 1; b < builds; b++) {
      double[] ratio = new double[rounds - 1];
      for (int r = 1; r < rounds; r++) {
        ratio[r - 1] = mbps[b][r] / mbps[0][r];
      }
      Arrays.sort(ratio);
      System.out.printf(
          Locale.ROOT,
          "build %d / build 1: median %.3f (rounds 2-%d: %.3f to %.3f)%n",
          b + 1,
          median(ratio),
          rounds,
          ratio[0],
          ratio[ratio.length - 1]);
    }
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
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
