package org.pdpguard.sources.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanEvents;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;

/** Runs scans of databases in tests and keeps what they report. */
final class Scans {
  private static Detector detector;

  private Scans() {}

  /** The default detector, built once (lexicons take a while). */
  static synchronized Detector detector() {
    if (detector == null) {
      detector = Detector.builder().addAll(Recognizers.defaults()).build();
    }
    return detector;
  }

  /** A finding as reported. */
  record Found(String source, Location where, LocatedFinding finding) {
    EntityType type() {
      return finding.type();
    }

    Object get(String key) {
      return where.get(key);
    }
  }

  /** What a scan reported. */
  static final class Result implements ScanEvents {
    final List<Found> findings = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> skipped = new ArrayList<>();
    final List<ColumnSummary> columns = new ArrayList<>();
    SourceScanner.Outcome outcome;
    Consumer<Found> onFinding = f -> {};

    @Override
    public void finding(String source, Location where, LocatedFinding finding) {
      Found f = new Found(source, where, finding);
      findings.add(f);
      onFinding.accept(f);
    }

    @Override
    public void error(String source, String message) {
      errors.add(source + " :: " + message);
    }

    @Override
    public void skipped(String source, String reason) {
      skipped.add(source + " :: " + reason);
    }

    @Override
    public void columns(List<ColumnSummary> summary) {
      columns.addAll(summary);
    }

    /** {@code table.column} to the type most of its values match. */
    Map<String, EntityType> columnTypes() {
      return columns.stream()
          .collect(Collectors.toMap(ColumnSummary::qualifiedName, ColumnSummary::type));
    }

    /** The summary of {@code qualifiedName}, or null. */
    ColumnSummary column(String qualifiedName) {
      return columns.stream()
          .filter(c -> c.qualifiedName().equals(qualifiedName))
          .findFirst()
          .orElse(null);
    }

    /** Everything the scan reported, as text: to look for leaked secrets. */
    String everything() {
      StringBuilder b = new StringBuilder();
      findings.forEach(f -> b.append(f.source()).append(' ').append(f.where()).append('\n'));
      errors.forEach(e -> b.append(e).append('\n'));
      skipped.forEach(s -> b.append(s).append('\n'));
      columns.forEach(c -> b.append(c).append('\n'));
      b.append(outcome);
      return b.toString();
    }
  }

  static Result scan(String url, SourceSettings settings) {
    return scan(new JdbcConnector(), url, settings, new Result());
  }

  static Result scan(Connector connector, String url, SourceSettings settings, Result into) {
    SourceScanner scanner =
        new SourceScanner(detector(), new Extraction(List.of(), List.of(connector)), settings);
    into.outcome = scanner.scan(connector, url, into);
    return into;
  }
}
