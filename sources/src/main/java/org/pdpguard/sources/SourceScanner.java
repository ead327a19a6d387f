package org.pdpguard.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.core.stream.TextScanner;

/**
 * Scans one top-level source: a file or standard input read through {@link Extraction} (plain text,
 * or whatever format reader accepts it, archives recursively), or a target such as a database read
 * by its {@link Connector}. Text units go through a {@link TextScanner}, records through a record
 * scanner that keeps the column summary; everything is reported to {@link ScanEvents} in order.
 * Thread-safe; one call per source.
 */
public final class SourceScanner {
  private final Detector detector;
  private final TextScanner textScanner;
  private final Extraction extraction;
  private final SourceSettings settings;

  private final Executor pool; // detects units and record batches ahead; null: none
  private final int ahead;

  public SourceScanner(Detector detector, Extraction extraction, SourceSettings settings) {
    this(detector, extraction, settings, null, 0);
  }

  private SourceScanner(
      Detector detector, Extraction extraction, SourceSettings settings, Executor pool, int ahead) {
    this.detector = Objects.requireNonNull(detector, "detector");
    this.textScanner =
        pool == null ? new TextScanner(detector) : new TextScanner(detector).parallel(pool, ahead);
    this.extraction = Objects.requireNonNull(extraction, "extraction");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.pool = pool;
    this.ahead = ahead;
  }

  /**
   * This scanner, detecting the units of a long text ({@link TextScanner#parallel}) and the batches
   * of records on {@code pool}, so that one large file uses several threads. The pool must not be
   * the one whose threads call {@link #scan}.
   */
  public SourceScanner parallel(Executor pool, int ahead) {
    if (ahead < 1) {
      throw new IllegalArgumentException("ahead must be at least 1, got " + ahead);
    }
    return new SourceScanner(
        detector, extraction, settings, Objects.requireNonNull(pool, "pool"), ahead);
  }

  /**
   * What became of a source.
   *
   * @param bytes bytes read from it (for a connector: 0)
   * @param chars chars of text and values scanned
   * @param error why it could not be read to the end; null when it was. Findings and events sent
   *     before a failure stay sent.
   */
  public record Outcome(long bytes, long chars, String error) {}

  /**
   * Scans {@code source}. Read failures become an {@link Outcome} with an error (or an error event
   * for a part); exceptions thrown by {@code events} propagate, an {@link IOException} wrapped in
   * an {@link UncheckedIOException}.
   */
  public Outcome scan(Source source, ScanEvents events) {
    Sink sink = new Sink(events);
    CountingInputStream counted = null;
    try (InputStream raw = source.open()) {
      counted = new CountingInputStream(raw);
      Content top = Content.top(source.name(), source.size(), source.path());
      extraction.read(top, counted, sink);
      sink.records.finish();
      return new Outcome(counted.count(), sink.chars(), null);
    } catch (EventFailure e) {
      throw new UncheckedIOException(e.cause());
    } catch (IOException e) {
      finishQuietly(sink);
      long bytes = counted == null ? 0 : counted.count();
      return new Outcome(bytes, sink.chars(), Problems.describe(e));
    }
  }

  /** Scans a target that a connector of the extraction accepts ({@code jdbc:...}). */
  public Outcome scan(Connector connector, String target, ScanEvents events) {
    Sink sink = new Sink(events);
    try {
      connector.read(target, sink);
      sink.records.finish();
      return new Outcome(0, sink.chars(), null);
    } catch (EventFailure e) {
      throw new UncheckedIOException(e.cause());
    } catch (IOException e) {
      finishQuietly(sink);
      return new Outcome(0, sink.chars(), Problems.describe(e));
    }
  }

  private static void finishQuietly(Sink sink) {
    try {
      sink.records.finish();
    } catch (IOException ignored) {
      // the failure of the source is what gets reported
    }
  }

  /**
   * An exception thrown by {@link ScanEvents}, carried past the readers' IOException handling so
   * that a report that cannot be written stops the scan instead of turning into a read error.
   */
  private static final class EventFailure extends IOException {
    private static final long serialVersionUID = 1L;

    EventFailure(IOException cause) {
      super(cause);
    }

    IOException cause() {
      return (IOException) getCause();
    }
  }

  private final class Sink implements Units {
    private final ScanEvents guarded;
    final RecordScanner records;
    private long textChars;

    Sink(ScanEvents events) {
      this.guarded = new Guarded(events);
      this.records = new RecordScanner(detector, textScanner, guarded, pool, ahead);
    }

    long chars() {
      return textChars + records.chars();
    }

    @Override
    public void text(String source, Location where, Reader text) throws IOException {
      records.flush();
      textChars += textScanner.scan(text, f -> guarded.finding(source, where, f));
    }

    @Override
    public void record(String source, String table, Location where, List<Field> fields)
        throws IOException {
      records.record(source, table, where, fields);
    }

    @Override
    public void nested(Content child, InputStream in) throws IOException {
      records.flush();
      try {
        extraction.read(child, in, this);
      } catch (EventFailure e) {
        throw e;
      } catch (IOException e) {
        error(child.name(), Problems.describe(e));
      }
    }

    @Override
    public void error(String name, String message) throws IOException {
      records.flush();
      guarded.error(name, message);
    }

    @Override
    public void skipped(String name, String reason) throws IOException {
      records.flush();
      guarded.skipped(name, reason);
    }

    @Override
    public SourceSettings settings() {
      return settings;
    }
  }

  /** Wraps the IOExceptions of the events so that readers do not take them for read errors. */
  private record Guarded(ScanEvents events) implements ScanEvents {
    private interface Call {
      void run() throws IOException;
    }

    private static void guard(Call call) throws IOException {
      try {
        call.run();
      } catch (EventFailure e) {
        throw e;
      } catch (IOException e) {
        throw new EventFailure(e);
      }
    }

    @Override
    public void finding(String source, Location where, LocatedFinding f) throws IOException {
      guard(() -> events.finding(source, where, f));
    }

    @Override
    public void error(String source, String message) throws IOException {
      guard(() -> events.error(source, message));
    }

    @Override
    public void skipped(String source, String reason) throws IOException {
      guard(() -> events.skipped(source, reason));
    }

    @Override
    public void columns(List<ColumnSummary> columns) throws IOException {
      guard(() -> events.columns(columns));
    }
  }
}
