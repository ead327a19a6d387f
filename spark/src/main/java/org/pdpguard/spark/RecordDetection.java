package org.pdpguard.spark;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.FieldLabel;

/**
 * Detection for rows the way {@code pdpguard scan} does it for records (the sources module's
 * RecordScanner): each row is shown to the detector as a form, one {@code column words: value} line
 * per non-blank value ({@code so_cccd} reads {@code so cccd: 079...}) and a blank line after it, so
 * that the column's name is the value's context; many rows go to the detector at once, about {@link
 * #BATCH_CHARS} chars, and each finding is mapped back to its value. A value longer than {@link
 * #LONG_VALUE} chars is detected on its own. Not thread-safe: one per task.
 */
final class RecordDetection {
  /** Chars of rendered rows sent to the detector at once (as the scan's record batches). */
  static final int BATCH_CHARS = 64 * 1024;

  /** Values longer than this are detected on their own, as the scan does. */
  static final int LONG_VALUE = 16 * 1024;

  /** A finding in one value of a row: the value's index among the row's columns, offsets in it. */
  record Hit(int column, int start, int end, String value, Finding finding) {}

  private final Detector detector;
  private final String[] labels;
  private final StringBuilder batch = new StringBuilder(BATCH_CHARS + LONG_VALUE);
  private final List<int[]> placed = new ArrayList<>(); // {row in batch, column, start, length}
  private final List<List<Hit>> hits = new ArrayList<>();
  private final List<String[]> rows = new ArrayList<>();

  /** {@code columns}: the names of the columns the rows' values come from, in order. */
  RecordDetection(Detector detector, List<String> columns) {
    this.detector = detector;
    this.labels = columns.stream().map(FieldLabel::of).toArray(String[]::new);
  }

  /** Adds a row (null or blank values are skipped); returns its index in the current batch. */
  int add(String[] values) {
    int row = rows.size();
    rows.add(values);
    List<Hit> own = new ArrayList<>(0);
    hits.add(own);
    for (int c = 0; c < values.length; c++) {
      String value = values[c];
      if (value == null || value.isBlank()) {
        continue;
      }
      if (value.length() > LONG_VALUE) {
        for (Finding f : detector.detect(value)) {
          own.add(new Hit(c, f.start(), f.end(), f.value(), f));
        }
        continue;
      }
      batch.append(labels[c]).append(": ");
      int start = batch.length();
      batch.append(value);
      if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
        for (int i = 0; i < value.length(); i++) {
          char ch = value.charAt(i);
          if (ch == '\n' || ch == '\r') {
            batch.setCharAt(start + i, ' '); // one line per value
          }
        }
      }
      batch.append('\n');
      placed.add(new int[] {row, c, start, value.length()});
    }
    batch.append('\n');
    return row;
  }

  /** Whether the batch is big enough to detect. */
  boolean full() {
    return batch.length() >= BATCH_CHARS;
  }

  /** Rows added since the last {@link #detect()}. */
  int size() {
    return rows.size();
  }

  /**
   * Detects the batch and returns, per row in the order added, the hits in its values (ordered by
   * column, then offset); the batch is then empty.
   */
  List<List<Hit>> detect() {
    if (!placed.isEmpty()) {
      for (Finding f : detector.detect(batch.toString())) {
        int i = fieldAt(f.start(), f.end());
        if (i < 0) {
          continue;
        }
        int[] p = placed.get(i);
        int from = Math.max(0, f.start() - p[2]);
        int to = Math.min(p[3], f.end() - p[2]);
        if (to > from) {
          String value = rows.get(p[0])[p[1]].substring(from, to);
          hits.get(p[0]).add(new Hit(p[1], from, to, value, f));
        }
      }
    }
    List<List<Hit>> out = new ArrayList<>(hits);
    for (List<Hit> h : out) {
      h.sort((a, b) -> a.column != b.column ? a.column - b.column : a.start - b.start);
    }
    batch.setLength(0);
    placed.clear();
    hits.clear();
    rows.clear();
    return out;
  }

  /** The index of the placed value that a finding over [start, end) belongs to, or -1. */
  private int fieldAt(int start, int end) {
    int lo = 0;
    int hi = placed.size() - 1;
    int best = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (placed.get(mid)[2] <= start) {
        best = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    if (best >= 0 && start < placed.get(best)[2] + placed.get(best)[3]) {
      return best;
    }
    // A finding that starts in a label (before its value) belongs to the value it runs into.
    int next = best + 1;
    return next < placed.size() && end > placed.get(next)[2] ? next : -1;
  }
}
