package org.pdpguard.spark;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.Finding;
import org.pdpguard.protect.Mask;

/**
 * Scans one partition: its rows go to the detector in batches ({@link RecordDetection}) and come
 * out as events of {@link ScanJob#EVENTS}: one {@code finding} per finding, lazily, batch by batch,
 * then at the end of the partition the counts of the column summary ({@code values} per column,
 * {@code matched} values and {@code findings} per column and type), which the driver adds up. The
 * engine is the executor's ({@link Engines}), built once per JVM.
 */
final class ScanPartition implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  /** How rows are named when the data gives no row number and no key column. */
  enum Numbering {
    /** Parquet: Spark's row index; or a key column. */
    GIVEN,
    /** CSV: counted file by file (a CSV file is read whole by one task). */
    PER_FILE,
    /** JSON, text: the task and the position in it ({@code part-3#1207}). */
    PER_TASK
  }

  private final Broadcast<Settings> settings;
  private final List<String> columns; // the scanned columns, first in each row
  private final boolean hasKey; // a key column after the file and the row number
  private final Numbering numbering;

  ScanPartition(
      Broadcast<Settings> settings, List<String> columns, boolean hasKey, Numbering numbering) {
    this.settings = settings;
    this.columns = new ArrayList<>(columns);
    this.hasKey = hasKey;
    this.numbering = numbering;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Engines.Engine engine = Engines.of(settings.value());
    return new Events(rows, new RecordDetection(engine.detector(), columns));
  }

  /** The events of one partition, made a batch at a time as they are asked for. */
  private final class Events implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final RecordDetection detection;
    private final ArrayDeque<Row> out = new ArrayDeque<>();
    private final List<Object[]> places = new ArrayList<>(); // {source, row, key} per batch row
    private final long[] values = new long[columns.size()];
    private final Map<String, long[]> matched =
        new HashMap<>(); // "column\0type" -> {matched, found}
    private final int n = columns.size();
    private String file;
    private long counted;
    private boolean ended;

    Events(Iterator<Row> rows, RecordDetection detection) {
      this.rows = rows;
      this.detection = detection;
    }

    @Override
    public boolean hasNext() {
      while (out.isEmpty() && !ended) {
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
        String[] vals = new String[n];
        for (int i = 0; i < n; i++) {
          if (!r.isNullAt(i)) {
            vals[i] = r.get(i).toString();
            if (!vals[i].isBlank()) {
              values[i]++;
            }
          }
        }
        places.add(place(r));
        detection.add(vals);
      }
      if (detection.size() > 0) {
        report(detection.detect());
        places.clear();
      }
      if (!rows.hasNext() && detection.size() == 0) {
        summary();
        ended = true;
      }
    }

    private Object[] place(Row r) {
      String source = r.getString(n);
      Long row = r.isNullAt(n + 1) ? null : r.getLong(n + 1);
      String key = hasKey && !r.isNullAt(n + 2) ? r.get(n + 2).toString() : null;
      if (numbering == Numbering.PER_FILE && row == null) {
        if (!source.equals(file)) {
          file = source;
          counted = 0;
        }
        row = ++counted;
      } else if (numbering == Numbering.PER_TASK && key == null) {
        key = "part-" + TaskContext.getPartitionId() + "#" + ++counted;
      }
      return new Object[] {source, row, key};
    }

    private void report(List<List<RecordDetection.Hit>> hits) {
      for (int i = 0; i < hits.size(); i++) {
        Object[] p = places.get(i);
        EnumSet<EntityType> seen = EnumSet.noneOf(EntityType.class);
        int column = -1;
        for (RecordDetection.Hit h : hits.get(i)) {
          if (h.column() != column) {
            column = h.column();
            seen.clear();
          }
          Finding f = h.finding();
          long[] c =
              matched.computeIfAbsent(columns.get(column) + "\0" + f.type(), k -> new long[2]);
          c[1]++;
          if (seen.add(f.type())) {
            c[0]++;
          }
          out.add(finding(p, columns.get(column), h));
        }
      }
    }

    private Row finding(Object[] p, String column, RecordDetection.Hit h) {
      Finding f = h.finding();
      Explanation why = f.explanation();
      return RowFactory.create(
          "finding",
          p[0],
          p[1],
          p[2],
          column,
          h.start(),
          h.end(),
          f.type().name(),
          f.category().label(),
          Math.round(f.score() * 100) / 100.0,
          Mask.mask(f.type(), h.value()),
          f.recognizer(),
          why.validated(),
          why.context(),
          why.pattern().isEmpty() ? null : why.pattern(),
          why.detail().isEmpty() ? null : why.detail(),
          1L);
    }

    private void summary() {
      for (int i = 0; i < n; i++) {
        if (values[i] > 0) {
          out.add(stat("values", columns.get(i), null, values[i]));
        }
      }
      matched.forEach(
          (k, c) -> {
            int cut = k.indexOf('\0');
            String column = k.substring(0, cut);
            String type = k.substring(cut + 1);
            out.add(stat("matched", column, type, c[0]));
            out.add(stat("findings", column, type, c[1]));
          });
    }

    private Row stat(String kind, String column, String type, long count) {
      return RowFactory.create(
          kind, null, null, null, column, null, null, type, null, null, null, null, null, null,
          null, null, count);
    }
  }
}
