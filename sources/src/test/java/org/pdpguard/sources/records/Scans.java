package org.pdpguard.sources.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.ScanEvents;
import org.pdpguard.sources.Source;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;

/**
 * Scans files with the real detection engine and the given readers, collecting what the scan
 * reports. Shared by the record and archive tests.
 */
public final class Scans {
  /** Built once: loading the lexicons is slow. */
  public static final Detector DETECTOR = Detector.builder().addAll(Recognizers.defaults()).build();

  private Scans() {}

  /** A finding with the source and place it was reported with. */
  public record Found(String source, Location where, LocatedFinding finding) {
    public EntityType type() {
      return finding.type();
    }
  }

  /** An error or a skip: the part and the reason. */
  public record Note(String source, String message) {}

  /** Everything one scan reported, in order. */
  public static final class Collected implements ScanEvents {
    public final List<Found> findings = new ArrayList<>();
    public final List<Note> errors = new ArrayList<>();
    public final List<Note> skipped = new ArrayList<>();
    public final List<ColumnSummary> columns = new ArrayList<>();
    public SourceScanner.Outcome outcome;

    @Override
    public void finding(String source, Location where, LocatedFinding f) {
      findings.add(new Found(source, where, f));
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
    public void columns(List<ColumnSummary> list) {
      columns.addAll(list);
    }

    /** Findings of {@code type}. */
    public List<Found> of(EntityType type) {
      return findings.stream().filter(f -> f.type() == type).collect(Collectors.toList());
    }

    /** The summary of {@code column} of {@code source}, or null. */
    public ColumnSummary column(String source, String column) {
      return columns.stream()
          .filter(c -> c.source().equals(source) && c.column().equals(column))
          .findFirst()
          .orElse(null);
    }

    /** The sources findings were reported in. */
    public List<String> sources() {
      return findings.stream().map(Found::source).distinct().collect(Collectors.toList());
    }
  }

  /** Scans {@code file}, named {@code name} in reports, with {@code readers}. */
  public static Collected scan(
      Path file, String name, SourceSettings settings, List<FormatReader> readers) {
    Collected c = new Collected();
    SourceScanner scanner =
        new SourceScanner(DETECTOR, new Extraction(readers, List.of()), settings);
    c.outcome = scanner.scan(Source.file(name, file), c);
    return c;
  }

  /** Writes {@code bytes} to {@code dir/name} and scans it with the record readers. */
  public static Collected scanRecords(Path dir, String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return scan(file, name, SourceSettings.defaults(), RecordReaders.all());
  }
}
