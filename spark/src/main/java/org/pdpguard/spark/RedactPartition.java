package org.pdpguard.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.pdpguard.protect.ValueRedaction;

/**
 * Redacts one partition: the chosen text columns of its rows go to the detector in batches ({@link
 * RecordDetection}, as the scan shows them), and every finding in a value is replaced as the policy
 * says ({@link ValueRedaction}: the operators and keys of {@code pdpguard redact}); the other
 * columns are copied. Rows keep their order and their schema.
 */
final class RedactPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final Broadcast<Settings> settings;
  private final List<String> names;
  private final int[] indices; // of the redacted columns in the row

  RedactPartition(Broadcast<Settings> settings, List<String> names, int[] indices) {
    this.settings = settings;
    this.names = new ArrayList<>(names);
    this.indices = indices.clone();
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Engines.Engine engine = Engines.of(settings.value());
    RecordDetection detection = new RecordDetection(engine.detector(), names);
    ValueRedaction redaction = engine.redaction();
    return new Iterator<>() {
      private final ArrayDeque<Row> out = new ArrayDeque<>();
      private final List<Row> held = new ArrayList<>();

      @Override
      public boolean hasNext() {
        while (out.isEmpty() && rows.hasNext()) {
          fill();
        }
        return !out.isEmpty();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return out.poll();
      }

      private void fill() {
        while (rows.hasNext() && !detection.full()) {
          Row r = rows.next();
          String[] values = new String[indices.length];
          for (int i = 0; i < indices.length; i++) {
            values[i] = r.isNullAt(indices[i]) ? null : r.getString(indices[i]);
          }
          held.add(r);
          detection.add(values);
        }
        List<List<RecordDetection.Hit>> hits = detection.detect();
        for (int i = 0; i < held.size(); i++) {
          out.add(redacted(held.get(i), hits.get(i)));
        }
        held.clear();
      }

      private Row redacted(Row r, List<RecordDetection.Hit> hits) {
        if (hits.isEmpty()) {
          return r;
        }
        Object[] cells = new Object[r.length()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = r.get(i);
        }
        int from = 0;
        while (from < hits.size()) {
          int column = hits.get(from).column();
          int to = from;
          while (to < hits.size() && hits.get(to).column() == column) {
            to++;
          }
          String value = r.getString(indices[column]);
          StringBuilder b = new StringBuilder(value.length());
          int at = 0;
          for (RecordDetection.Hit h : hits.subList(from, to)) {
            if (h.start() < at) {
              continue; // overlaps what was replaced (a long value's findings are resolved too)
            }
            b.append(value, at, h.start());
            b.append(redaction.replace(h.finding().type(), h.value()));
            at = h.end();
          }
          b.append(value, at, value.length());
          cells[indices[column]] = b.toString();
          from = to;
        }
        return RowFactory.create(cells);
      }
    };
  }
}
