package org.pdpguard.protect;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.stream.FieldLabel;
import org.pdpguard.core.stream.Futures;
import org.pdpguard.core.stream.TextScanner;

/**
 * Detection for records (CSV rows, JSON values), the way the scan does it: each record is shown to
 * the detector as a form, one {@code column: value} line per field ({@code so cccd: 079...}), so
 * that the column's name is the value's context; records are batched into about {@link
 * #BATCH_CHARS} chars per detector call and detected on a pool when there is one. With the findings
 * of each of its values ({@link Hit}s, offsets in the value), a record is prepared where it was
 * detected (the replacements are made there, so that FF1 and HMACs are spread over the pool too),
 * then emitted on the calling thread in the order records came. A value longer than {@link
 * #LONG_VALUE} is scanned on its own as text. Memory: the batches in flight. Not thread-safe: one
 * per file.
 *
 * @param <R> what the caller needs to write a record back (a CSV row, a JSON span)
 * @param <P> a record prepared for writing (its values rewritten)
 */
final class FieldBatches<R, P> {
  static final int BATCH_CHARS = 64 * 1024;
  static final int LONG_VALUE = 16 * 1024;
  private static final int MAX_LABELS = 10_000;
  private static final Comparator<Hit> BY_START = Comparator.comparingInt(Hit::start);

  /** Prepares a record from the hits of each of its values, counting replacements in a tally. */
  @FunctionalInterface
  interface Preparer<R, P> {
    P prepare(R record, List<List<Hit>> hits, Tally tally);
  }

  /** Writes a prepared record; called in the order records were added. */
  @FunctionalInterface
  interface Emitter<R, P> {
    void emit(R record, P prepared) throws IOException;
  }

  private final Detector detector;
  private final TextScanner longValues;
  private final Executor pool; // null: detect on the calling thread
  private final int ahead;
  private final Preparer<R, P> preparer;
  private final Emitter<R, P> emitter;
  private final Tally tally;
  private final Map<String, String> labels = new HashMap<>();
  private final ArrayDeque<Pending<R, P>> pending = new ArrayDeque<>();
  private Batch<R> batch = new Batch<>();

  /**
   * @param tally where the counts of every record's replacements end up
   */
  FieldBatches(
      Detector detector,
      TextScanner longValues,
      Executor pool,
      int ahead,
      Preparer<R, P> preparer,
      Emitter<R, P> emitter,
      Tally tally) {
    this.detector = detector;
    this.longValues = longValues;
    this.pool = pool;
    this.ahead = Math.max(1, ahead);
    this.preparer = preparer;
    this.emitter = emitter;
    this.tally = tally;
  }

  /** What every file's record detection shares: the detector, the pool, how far ahead. */
  record Settings(Detector detector, TextScanner longValues, Executor pool, int ahead) {
    <R, P> FieldBatches<R, P> open(Preparer<R, P> preparer, Emitter<R, P> emitter, Tally tally) {
      return new FieldBatches<>(detector, longValues, pool, ahead, preparer, emitter, tally);
    }
  }

  /** A value placed in a batch's form. */
  private record Placed(int record, int slot, int start, int length) {}

  private static final class Batch<R> {
    final StringBuilder form = new StringBuilder(BATCH_CHARS + 1024);
    final List<R> records = new ArrayList<>();
    final List<Integer> slots = new ArrayList<>();
    final List<Placed> placed = new ArrayList<>();
  }

  /** The records of a batch, prepared, and the counts of their replacements. */
  private record Done<P>(List<P> prepared, Tally tally) {}

  private record Pending<R, P>(List<R> records, Future<Done<P>> done) {}

  /**
   * Adds a record: {@code names.get(i)} is the column or member name of {@code values.get(i)} (null
   * for none); null and blank values are not detected and get no hits.
   */
  void add(R record, List<String> names, List<String> values) throws IOException {
    for (String v : values) {
      if (v != null && v.length() > LONG_VALUE) {
        addLong(record, names, values);
        return;
      }
    }
    place(batch, record, names, values);
    if (batch.form.length() >= BATCH_CHARS) {
      submit();
    }
  }

  private void place(Batch<R> b, R record, List<String> names, List<String> values) {
    int index = b.records.size();
    b.records.add(record);
    b.slots.add(values.size());
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v == null || v.isBlank()) {
        continue;
      }
      String label = label(names.get(i));
      if (!label.isEmpty()) {
        b.form.append(label).append(": ");
      }
      int start = b.form.length();
      for (int k = 0; k < v.length(); k++) {
        char c = v.charAt(k);
        b.form.append(c == '\n' || c == '\r' ? ' ' : c);
      }
      b.form.append('\n');
      b.placed.add(new Placed(index, i, start, v.length()));
    }
  }

  /** Ends a group of records with a blank line, as the scan does between records. */
  void separate() {
    batch.form.append('\n');
  }

  /** Sends the batch to detection without waiting for it. */
  void submit() throws IOException {
    Batch<R> b = batch;
    if (b.records.isEmpty()) {
      b.form.setLength(0);
      return;
    }
    batch = new Batch<>();
    if (pool == null || b.placed.isEmpty()) {
      pending.add(new Pending<>(b.records, CompletableFuture.completedFuture(prepare(b))));
    } else {
      FutureTask<Done<P>> task = new FutureTask<>(() -> prepare(b));
      pool.execute(task);
      pending.add(new Pending<>(b.records, task));
    }
    drain(pool == null ? 0 : ahead);
  }

  /** Detects and emits everything added. */
  void finish() throws IOException {
    submit();
    drain(0);
  }

  private void drain(int keep) throws IOException {
    while (pending.size() > keep) {
      Pending<R, P> p = pending.remove();
      Done<P> done = Futures.await(p.done());
      tally.add(done.tally());
      for (int i = 0; i < p.records().size(); i++) {
        emitter.emit(p.records().get(i), done.prepared().get(i));
      }
    }
  }

  private Done<P> prepare(Batch<R> b) {
    return prepare(b.records, detect(b));
  }

  private Done<P> prepare(List<R> records, List<List<List<Hit>>> hits) {
    Tally counts = new Tally();
    List<P> prepared = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      prepared.add(preparer.prepare(records.get(i), hits.get(i), counts));
    }
    return new Done<>(prepared, counts);
  }

  private List<List<List<Hit>>> detect(Batch<R> b) {
    List<List<List<Hit>>> hits = new ArrayList<>(b.records.size());
    for (int n : b.slots) {
      List<List<Hit>> record = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        record.add(new ArrayList<>(0));
      }
      hits.add(record);
    }
    if (b.placed.isEmpty()) {
      return hits;
    }
    for (Finding f : detector.detect(b.form.toString())) {
      int i = placedAt(b.placed, f.start(), f.end());
      if (i < 0) {
        continue;
      }
      Placed p = b.placed.get(i);
      int from = Math.max(0, f.start() - p.start);
      int to = Math.min(p.length, f.end() - p.start);
      if (to > from) {
        hits.get(p.record).get(p.slot).add(new Hit(from, to, f.type()));
      }
    }
    hits.forEach(r -> r.forEach(l -> l.sort(BY_START)));
    return hits;
  }

  /** The value a finding over [start, end) belongs to (one that starts in a label runs into it). */
  private static int placedAt(List<Placed> placed, int start, int end) {
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
    if (best >= 0 && start < placed.get(best).start + placed.get(best).length) {
      return best;
    }
    int next = best + 1;
    return next < placed.size() && end > placed.get(next).start ? next : -1;
  }

  /** A record with a long value: the batch goes first, then the record is detected here. */
  private void addLong(R record, List<String> names, List<String> values) throws IOException {
    submit();
    List<String> shortValues = new ArrayList<>(values);
    for (int i = 0; i < shortValues.size(); i++) {
      if (shortValues.get(i) != null && shortValues.get(i).length() > LONG_VALUE) {
        shortValues.set(i, null);
      }
    }
    Batch<R> b = new Batch<>();
    place(b, record, names, shortValues);
    List<List<Hit>> hits = detect(b).get(0);
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      if (v != null && v.length() > LONG_VALUE) {
        List<Hit> found = hits.get(i);
        longValues.scan(
            new StringReader(v),
            lf -> found.add(new Hit((int) lf.start(), (int) lf.end(), lf.type())));
      }
    }
    List<R> one = List.of(record);
    pending.add(new Pending<>(one, CompletableFuture.completedFuture(prepare(one, List.of(hits)))));
    drain(pool == null ? 0 : ahead);
  }

  /** The words of a column name, remembered for the few names a file has. */
  private String label(String name) {
    if (name == null || name.isEmpty()) {
      return "";
    }
    String words = labels.get(name);
    if (words == null) {
      if (labels.size() >= MAX_LABELS) {
        labels.clear();
      }
      words = FieldLabel.of(name);
      labels.put(name, words);
    }
    return words;
  }
}
