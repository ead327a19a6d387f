package org.pdpguard.sources.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Source;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;

/**
 * Scans files and databases in tests with the real detection engine and the given readers or
 * connector, and returns what the scan reported.
 */
public final class TestEngine {
  /** The default detector, built once for all test classes: loading the lexicons is slow. */
  public static final Detector DETECTOR = Recognizers.defaultDetector();

  private TestEngine() {}

  /** A scanner with {@code readers} and {@code connectors}. */
  public static SourceScanner scanner(
      SourceSettings settings, List<FormatReader> readers, List<Connector> connectors) {
    return new SourceScanner(DETECTOR, new Extraction(readers, connectors), settings);
  }

  /**
   * Scans {@code file}, named {@code name} in reports, with {@code readers} and default settings.
   */
  public static ScanRecorder scan(Path file, String name, List<FormatReader> readers) {
    return scan(file, name, SourceSettings.defaults(), readers);
  }

  /** Scans {@code file}, named {@code name} in reports, with {@code readers}. */
  public static ScanRecorder scan(
      Path file, String name, SourceSettings settings, List<FormatReader> readers) {
    ScanRecorder recorder = new ScanRecorder();
    recorder.outcome =
        scanner(settings, readers, List.of()).scan(Source.file(name, file), recorder);
    return recorder;
  }

  /** Writes {@code bytes} to {@code dir/name} and scans that file, named {@code name}. */
  public static ScanRecorder scanBytes(
      Path dir, String name, byte[] bytes, SourceSettings settings, List<FormatReader> readers)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return scan(file, name, settings, readers);
  }

  /** Scans {@code target} (a {@code jdbc:} URL) through {@code connector}. */
  public static ScanRecorder scan(Connector connector, String target, SourceSettings settings) {
    return scan(connector, target, settings, new ScanRecorder());
  }

  /** Scans {@code target} through {@code connector} into {@code into}, and returns it. */
  public static ScanRecorder scan(
      Connector connector, String target, SourceSettings settings, ScanRecorder into) {
    into.outcome = scanner(settings, List.of(), List.of(connector)).scan(connector, target, into);
    return into;
  }
}
