package org.pdpguard.sources.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanEvents;
import org.pdpguard.sources.SourceScanner;

/**
 * {@link ScanEvents} kept in lists, in the order the scan reported them, for tests to assert on.
 * Shared by the tests of every sources module (published in the test-jar of {@code
 * pdpguard-sources}). Subclass it to act on an event as it arrives, calling {@code super} to keep
 * it.
 */
public class ScanRecorder implements ScanEvents {
  /** A finding with the source and place it was reported with. */
  public record Found(String source, Location where, LocatedFinding finding) {
    public EntityType type() {
      return finding.type();
    }

    public String value() {
      return finding.value();
    }

    /** The part {@code key} of {@link #where()} ({@link Location#ROW}, ...), or null. */
    public Object get(String key) {
      return where.get(key);
    }
  }

  /** An error or a skip: the part and the reason. Reads {@code source: message}. */
  public record Note(String source, String message) {
    @Override
    public String toString() {
      return source + ": " + message;
    }
  }

  public final List<Found> findings = new ArrayList<>();
  public final List<Note> errors = new ArrayList<>();
  public final List<Note> skipped = new ArrayList<>();
  public final List<ColumnSummary> columns = new ArrayList<>();

  /** What the scan returned; set by {@link TestEngine}'s scans. */
  public SourceScanner.Outcome outcome;

  @Override
  public void finding(String source, Location where, LocatedFinding finding) throws IOException {
    findings.add(new Found(source, where, finding));
  }

  @Override
  public void error(String source, String message) {
    errors.add(new Note(source, message));
  }

  @Override
  public void skipped(String source, String reason) {
    skipped.add(new Note(source, reason));
  }

  @Override
  public void columns(List<ColumnSummary> summary) {
    columns.addAll(summary);
  }

  /** Findings of {@code type}, in order. */
  public List<Found> of(EntityType type) {
    return findings.stream().filter(f -> f.type() == type).toList();
  }

  /** The sources findings were reported in, each once, in order. */
  public List<String> sources() {
    return findings.stream().map(Found::source).distinct().toList();
  }

  /** The summary of {@code column} of {@code source}, or null. */
  public ColumnSummary column(String source, String column) {
    return columns.stream()
        .filter(c -> c.source().equals(source) && c.column().equals(column))
        .findFirst()
        .orElse(null);
  }

  /**
   * The first summary named {@code qualifiedName} ({@code table.column}, or the column alone for a
   * file holding one table), or null.
   */
  public ColumnSummary column(String qualifiedName) {
    return columns.stream()
        .filter(c -> c.qualifiedName().equals(qualifiedName))
        .findFirst()
        .orElse(null);
  }

  /** {@code table.column} to the type most of its values match. */
  public Map<String, EntityType> columnTypes() {
    return columns.stream()
        .collect(Collectors.toMap(ColumnSummary::qualifiedName, ColumnSummary::type));
  }

  /** The outcome's error, if any, then the messages of the errors, for asserting none. */
  public List<String> problems() {
    List<String> all = new ArrayList<>();
    if (outcome != null && outcome.error() != null) {
      all.add(outcome.error());
    }
    errors.forEach(e -> all.add(e.message()));
    return all;
  }

  /** Everything the scan reported, as text, values left out: to look for leaked secrets. */
  public String everything() {
    StringBuilder b = new StringBuilder();
    findings.forEach(f -> b.append(f.source()).append(' ').append(f.where()).append('\n'));
    errors.forEach(e -> b.append(e).append('\n'));
    skipped.forEach(s -> b.append(s).append('\n'));
    columns.forEach(c -> b.append(c).append('\n'));
    b.append(outcome);
    return b.toString();
  }
}
