package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

/**
 * Scans one database and prints how long it took, for {@code bench/jdbc.sh} until the CLI takes
 * {@code jdbc:} targets: {@code java -cp ... JdbcScanMain URL [SAMPLE_ROWS]}. The password may come
 * from the environment variable {@code PDPGUARD_BENCH_PASSWORD}. Prints no values.
 */
public final class JdbcScanMain {
  private JdbcScanMain() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: JdbcScanMain JDBC_URL [SAMPLE_ROWS]");
      System.exit(2);
    }
    long sample = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
    SourceSettings settings = SourceSettings.defaults().withTables(sample, List.of(), List.of());
    if (System.getenv("PDPGUARD_BENCH_PASSWORD") != null) {
      settings = settings.withPassword("PDPGUARD_BENCH_PASSWORD", null);
    }
    long r0 = System.nanoTime();
    long readOnly = readWithoutDetection(args[0], settings);
    System.out.printf(
        Locale.ROOT,
        "read_only_seconds=%.2f read_only_rows=%d%n",
        (System.nanoTime() - r0) / 1e9,
        readOnly);
    long t0 = System.nanoTime();
    // The first use of the detector builds it (the lexicons load): timed apart from the scan.
    Objects.requireNonNull(TestEngine.DETECTOR);
    long t1 = System.nanoTime();
    Counting connector = new Counting(new JdbcConnector());
    ScanRecorder r = new ScanRecorder();
    TestEngine.scan(connector, args[0], settings, r);
    long t2 = System.nanoTime();
    double scanSeconds = (t2 - t1) / 1e9;
    Map<String, Long> types = new LinkedHashMap<>();
    for (ColumnSummary c : r.columns) {
      types.merge(String.valueOf(c.type()), 1L, Long::sum);
    }
    System.out.printf(
        Locale.ROOT,
        "detector_seconds=%.2f scan_seconds=%.2f sample_rows=%d rows_read=%d findings=%d"
            + " columns_summarised=%d errors=%d%n",
        (t1 - t0) / 1e9,
        scanSeconds,
        sample,
        connector.records.get(),
        r.findings.size(),
        r.columns.size(),
        r.errors.size());
    System.out.println("column_types=" + types);
    if (System.getenv("PDPGUARD_BENCH_COLUMNS") != null) {
      for (ColumnSummary c : r.columns) {
        System.out.printf(
            Locale.ROOT,
            "column %s %s %.2f of %d%n",
            c.qualifiedName(),
            c.type(),
            c.share(),
            c.values());
      }
    }
    r.errors.forEach(e -> System.out.println("error: " + e));
    r.skipped.forEach(e -> System.out.println("skipped: " + e));
    if (r.outcome.error() != null) {
      System.out.println("source_error: " + r.outcome.error());
      System.exit(1);
    }
    System.out.println("chars_scanned=" + r.outcome.chars());
  }

  /** Reads the database without scanning anything: the cost of JDBC alone. */
  private static long readWithoutDetection(String url, SourceSettings settings) {
    AtomicLong rows = new AtomicLong();
    try {
      new JdbcConnector()
          .read(
              url,
              new Units() {
                @Override
                public void text(String source, Location where, Reader text) {}

                @Override
                public void record(
                    String source, String table, Location where, List<Field> fields) {
                  rows.incrementAndGet();
                }

                @Override
                public void nested(Content child, InputStream in) {}

                @Override
                public void error(String name, String message) {}

                @Override
                public void skipped(String name, String reason) {}

                @Override
                public SourceSettings settings() {
                  return settings;
                }
              });
    } catch (IOException e) {
      System.out.println("read error: " + e.getMessage());
    }
    return rows.get();
  }

  /** A connector that counts the records another one sends. */
  static final class Counting implements Connector {
    final Connector inner;
    final AtomicLong records = new AtomicLong();

    Counting(Connector inner) {
      this.inner = inner;
    }

    @Override
    public boolean accepts(String target) {
      return inner.accepts(target);
    }

    @Override
    public String displayName(String target) {
      return inner.displayName(target);
    }

    @Override
    public void read(String target, Units units) throws IOException {
      inner.read(
          target,
          new Units() {
            @Override
            public void text(String source, Location where, Reader text) throws IOException {
              units.text(source, where, text);
            }

            @Override
            public void record(String source, String table, Location where, List<Field> fields)
                throws IOException {
              records.incrementAndGet();
              units.record(source, table, where, fields);
            }

            @Override
            public void nested(Content child, InputStream in) throws IOException {
              units.nested(child, in);
            }

            @Override
            public void error(String name, String message) throws IOException {
              units.error(name, message);
            }

            @Override
            public void skipped(String name, String reason) throws IOException {
              units.skipped(name, reason);
            }

            @Override
            public SourceSettings settings() {
              return units.settings();
            }
          });
    }
  }
}
