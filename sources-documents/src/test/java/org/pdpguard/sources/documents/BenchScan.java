package org.pdpguard.sources.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanEvents;
import org.pdpguard.sources.Source;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.TestEngine;

/**
 * Times this module's readers over a folder, one file per task on as many threads as there are
 * cores (as the CLI spreads sources), for {@code bench/documents.sh} while the CLI does not read
 * documents yet. Prints documents per second and MB/s for a first (cold) and a second (warm) pass,
 * and the findings by type.
 *
 * <p>Usage: {@code BenchScan DIR}.
 */
public final class BenchScan {
  private BenchScan() {}

  public static void main(String[] args) throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(args[0]))) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    long t0 = System.nanoTime();
    SourceScanner scanner =
        new SourceScanner(
            TestEngine.DETECTOR,
            new Extraction(DocumentReaders.all(), List.of()),
            SourceSettings.defaults());
    System.out.printf(Locale.ROOT, "setup (detector): %.2f s%n", (System.nanoTime() - t0) / 1e9);
    for (String pass : List.of("cold", "warm")) {
      Map<String, Long> types = new TreeMap<>();
      long[] problems = new long[1];
      long start = System.nanoTime();
      int threads = Runtime.getRuntime().availableProcessors();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Counted>> done = new ArrayList<>();
      for (Path f : files) {
        done.add(pool.submit(() -> scanOne(scanner, f)));
      }
      for (Future<Counted> d : done) {
        Counted c = d.get();
        c.types.forEach((k, v) -> types.merge(k, v, Long::sum));
        problems[0] += c.problems;
      }
      pool.shutdown();
      double secs = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "%s: %d documents, %.1f MB in %.2f s on %d threads: %.1f documents/s, %.2f MB/s;"
              + " errors %d; findings %s%n",
          pass,
          files.size(),
          bytes / 1e6,
          secs,
          threads,
          files.size() / secs,
          bytes / 1e6 / secs,
          problems[0],
          types);
    }
  }

  private static final class Counted implements ScanEvents {
    final Map<String, Long> types = new TreeMap<>();
    long problems;

    @Override
    public void finding(String source, Location where, LocatedFinding f) {
      types.merge(f.type().name(), 1L, Long::sum);
    }

    @Override
    public void error(String source, String message) {
      problems++;
    }

    @Override
    public void skipped(String source, String reason) {}

    @Override
    public void columns(List<ColumnSummary> columns) {}
  }

  private static Counted scanOne(SourceScanner scanner, Path f) {
    Counted c = new Counted();
    if (scanner.scan(Source.file(f.getFileName().toString(), f), c).error() != null) {
      c.problems++;
    }
    return c;
  }
}
