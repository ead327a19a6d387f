package org.pdpguard.sources.parquet;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanEvents;

/** ScanEvents kept in lists, for tests. */
final class Events implements ScanEvents {
  record Found(String source, Location where, LocatedFinding finding) {}

  final List<Found> findings = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  final List<ColumnSummary> columns = new ArrayList<>();

  @Override
  public void finding(String source, Location where, LocatedFinding finding) {
    findings.add(new Found(source, where, finding));
  }

  @Override
  public void error(String source, String message) {
    errors.add(source + ": " + message);
  }

  @Override
  public void skipped(String source, String reason) {
    skipped.add(source + ": " + reason);
  }

  @Override
  public void columns(List<ColumnSummary> summary) {
    columns.addAll(summary);
  }

  ColumnSummary column(String name) {
    return columns.stream().filter(c -> c.column().equals(name)).findFirst().orElseThrow();
  }
}
