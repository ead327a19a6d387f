package org.pdpguard.sources.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/** Scans files with the real engine and this module's readers, and keeps what was reported. */
final class Scans {
  /** Built once for all test classes: the lexicons take a while to load. */
  static final Detector DETECTOR = Recognizers.defaultDetector();

  private Scans() {}

  record Hit(String source, Location where, EntityType type, String value) {}

  record Problem(String source, String message) {}

  static final class Events implements ScanEvents {
    final List<Hit> hits = new ArrayList<>();
    final List<Problem> errors = new ArrayList<>();
    final List<Problem> skipped = new ArrayList<>();
    final List<ColumnSummary> columns = new ArrayList<>();
    SourceScanner.Outcome outcome;

    @Override
    public void finding(String source, Location where, LocatedFinding f) {
      hits.add(new Hit(source, where, f.type(), f.value()));
    }

    @Override
    public void error(String source, String message) {
      errors.add(new Problem(source, message));
    }

    @Override
    public void skipped(String source, String reason) {
      skipped.add(new Problem(source, reason));
    }

    @Override
    public void columns(List<ColumnSummary> c) {
      columns.addAll(c);
    }

    List<Hit> of(EntityType type) {
      return hits.stream().filter(h -> h.type() == type).toList();
    }

    /** The outcome's error and the error events, for messages. */
    List<String> problems() {
      List<String> all = new ArrayList<>();
      if (outcome.error() != null) {
        all.add(outcome.error());
      }
      errors.forEach(p -> all.add(p.message()));
      return all;
    }
  }

  static Events scan(Path file, String name) throws IOException {
    return scan(file, name, SourceSettings.defaults(), DocumentReaders.all());
  }

  static Events scan(Path file, String name, SourceSettings settings, List<FormatReader> readers) {
    SourceScanner scanner =
        new SourceScanner(DETECTOR, new Extraction(readers, List.of()), settings);
    Events events = new Events();
    events.outcome = scanner.scan(Source.file(name, file), events);
    return events;
  }
}
