package org.pdpguard.sources;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.stream.LocatedFinding;

/** ScanEvents kept in lists, for tests. */
class Collected implements ScanEvents {
  record Found(String source, Location where, LocatedFinding finding) {}

  final List<Found> findings = new ArrayList<>();
  final List<String> errors = new ArrayList<>();
  final List<String> skipped = new ArrayList<>();
  final List<ColumnSummary> columns = new ArrayList<>();

  @Override
  public void finding(String source, Location where, LocatedFinding finding) throws IOException {
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
  public void columns(List<ColumnSummary> summary) throws IOException {
    columns.addAll(summary);
  }
}
