package org.pdpguard.sources;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.FieldLabel;
import org.pdpguard.core.stream.Futures;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.core.stream.TextScanner;

/**
 * Scans records of structured data and keeps their column summary. Records are shown to the
 * detector as a form, one {@code column: value} line per non-blank field, so that the column's name
 * is the value's context ({@code so cccd: 079...}); many records go to the detector at once, and
 * each finding is mapped back to its field. A value longer than {@link #LONG_VALUE} chars is
 * scanned on its own as text. Not thread-safe: one per scan of a top-level source.
 */
final class RecordScanner {
  /** Chars of rendered records sent to the detector at once. */
  static final int BATCH_CHARS = 64 * 1024;

  /** Column names whose words are remembered at most. */
  private static final int MAX_LABELS = 10_000;

  /** Values longer than this are scanned as text of their own. */
  static final int LONG_VALUE = 16 * 1024;

  private final Detector detector;
  private final TextScanner textScanner;
  private final ScanEvents events;

  private final StringBuilder batch = new StringBuilder(BATCH_CHARS + LONG_VALUE);
  private final List<Placed> placed = new ArrayList<>();
  private final Map<ColumnKey, Counts> columns = new LinkedHashMap<>();
  private final Map<String, String> labels = new HashMap<>(); // column name -> its words
  private long chars;

  private final Executor pool; // detects batches on other threads; null: on this one
  private final int ahead;
  private final ArrayDeque<Pending> pending = new ArrayDeque<>();

  RecordScanner(
      Detector detector, TextScanner textScanner, ScanEvents events, Executor pool, int ahead) {
    this.detector = detector;
    this.textScanner = textScanner;
    this.events = events;
    this.pool = pool;
    this.ahead = ahead;
  }

  /** A field placed in the batch: its value spans {@code [start, start + length)}. */
  private record Placed(
      String source,
      Location where,
      Field field,
      int start,
      Counts counts,
      EnumSet<EntityType> seen) {}

  private record ColumnKey(String source, String table, String column) {}

  private static final class Counts {
    long values;
    final Map<EntityType, Long> matches = new java.util.EnumMap<>(EntityType.class);
  }

  void record(String source, String table, Location where, List<Field> fields) throws IOException {
    for (Field f : fields) {
      String value = f.value();
      if (value.isBlank()) {
        continue;
      }
      Counts counts =
          columns.computeIfAbsent(new ColumnKey(source, table, f.name()), k -> new Counts());
      counts.values++;
      chars += value.length();
      if (value.length() > LONG_VALUE) {
        longValue(source, where, f, counts);
        continue;
      }
      batch.append(label(f.name())).append(": ");
      int start = batch.length();
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        batch.append(c == '\n' || c == '\r' ? ' ' : c);
      }
      batch.append('\n');
      placed.add(new Placed(source, where, f, start, counts, EnumSet.noneOf(EntityType.class)));
    }
    batch.append('\n');
    if (batch.length() >= BATCH_CHARS) {
      submit();
    }
  }

  /** The words of a column name, remembered for the few names a table has. */
  private String label(String name) {
    String words = labels.get(name);
    if (words == null) {
      if (labels.size() >= MAX_LABELS) {
        labels.clear(); // data whose keys are values (ids as JSON members): do not keep them all
      }
      words = FieldLabel.of(name);
      labels.put(name, words);
    }
    return words;
  }

  /** Chars of values scanned so far. */
  long chars() {
    return chars;
  }

  /** Scans what is batched and reports all of it, so that later events follow in order. */
  void flush() throws IOException {
    submit();
    drain(0);
  }

  /** Hands what is batched to the detector: on the pool when there is one, else right here. */
  private void submit() throws IOException {
    if (placed.isEmpty()) {
      batch.setLength(0);
      return;
    }
    String text = batch.toString();
    List<Placed> fields = new ArrayList<>(placed);
    batch.setLength(0);
    placed.clear();
    if (pool == null) {
      report(fields, detector.detect(text));
      return;
    }
    FutureTask<List<Finding>> task = new FutureTask<>(() -> detector.detect(text));
    pool.execute(task);
    pending.add(new Pending(fields, task));
    drain(ahead);
  }

  /** Reports detected batches in order until at most {@code keep} are in flight. */
  private void drain(int keep) throws IOException {
    while (pending.size() > keep) {
      Pending p = pending.remove();
      report(p.fields(), Futures.await(p.found()));
    }
  }

  /** A batch on the pool: its fields and what the detector will find in it. */
  private record Pending(List<Placed> fields, Future<List<Finding>> found) {}

  /** Maps each finding of a batch to its field, reports it and counts it for the summary. */
  private void report(List<Placed> fields, List<Finding> found) throws IOException {
    for (Finding f : found) {
      int i = fieldAt(fields, f.start(), f.end());
      if (i < 0) {
        continue;
      }
      Placed p = fields.get(i);
      int from = Math.max(0, f.start() - p.start);
      int to = Math.min(p.field.value().length(), f.end() - p.start);
      if (to <= from) {
        continue;
      }
      String value = p.field.value().substring(from, to);
      report(p.source, p.where, p.field, from, to, value, f);
      if (p.seen.add(f.type())) {
        p.counts.matches.merge(f.type(), 1L, Long::sum);
      }
    }
  }

  /** The index of the placed field that a finding over [start, end) belongs to, or -1. */
  private static int fieldAt(List<Placed> placed, int start, int end) {
    int lo = 0;
    int hi = placed.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (placed.get(mid).start <= start) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best >= 0) {
      Placed p = placed.get(best);
      if (start < p.start + p.field.value().length()) {
        return best;
      }
    }
    // A finding that starts in a label (before its value) belongs to the value it runs into.
    int next = best + 1;
    if (next < placed.size() && end > placed.get(next).start) {
      return next;
    }
    return -1;
  }

  private void report(
      String source, Location where, Field field, int from, int to, String value, Finding f)
      throws IOException {
    Location at = where.with(field.where()).with(Location.FIELD, field.name());
    long line = at.number(Location.LINE, 0);
    long column = at.number(Location.COLUMN, 0);
    boolean oneLine = field.value().indexOf('\n') < 0 && field.value().indexOf('\r') < 0;
    if (column > 0 && oneLine) {
      column += from; // the value's own column, moved to where the finding starts in it
    } else {
      column = 0; // a value over several lines: its line is known, not the finding's column
    }
    long base = field.offset() >= 0 ? field.offset() : 0;
    LocatedFinding lf =
        new LocatedFinding(
            f.type(), base + from, base + to, line, column, f.score(), value, f.explanation());
    events.finding(source, at.without(Location.LINE).without(Location.COLUMN), lf);
  }

  private void longValue(String source, Location where, Field f, Counts counts) throws IOException {
    flush();
    Location at = where.with(f.where()).with(Location.FIELD, f.name());
    Location shown = at.without(Location.LINE).without(Location.COLUMN);
    EnumSet<EntityType> seen = EnumSet.noneOf(EntityType.class);
    long base = f.offset() >= 0 ? f.offset() : 0;
    textScanner.scan(
        new StringReader(f.value()),
        lf -> {
          seen.add(lf.type());
          events.finding(
              source,
              shown,
              new LocatedFinding(
                  lf.type(),
                  base + lf.start(),
                  base + lf.end(),
                  0,
                  0,
                  lf.score(),
                  lf.value(),
                  lf.explanation()));
        });
    for (EntityType t : seen) {
      counts.matches.merge(t, 1L, Long::sum);
    }
  }

  /** Scans what is left and reports the column summary of every column with a match. */
  void finish() throws IOException {
    flush();
    List<ColumnSummary> out = new ArrayList<>();
    columns.forEach(
        (k, c) -> {
          if (!c.matches.isEmpty()) {
            out.add(new ColumnSummary(k.source, k.table, k.column, c.values, c.matches));
          }
        });
    columns.clear();
    if (!out.isEmpty()) {
      events.columns(out);
    }
  }
}
