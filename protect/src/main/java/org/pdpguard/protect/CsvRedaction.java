package org.pdpguard.protect;

import java.io.BufferedReader;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pdpguard.sources.records.CsvSniffer;

/**
 * Redacts delimited text (CSV, TSV...) cell by cell. The delimiter and the header are guessed as
 * the scan guesses them ({@link CsvSniffer}); rows are parsed and printed again by commons-csv with
 * the same delimiter and the input's line separator, so every row keeps its cells and the header
 * its names; blank lines stay blank. A cell's context is its column's name, as in the scan; header
 * cells are detected too (a first row of names taken for a header must not slip through). Quoting
 * is commons-csv's minimal quoting: cells that need quotes get them, others are written bare, so a
 * quoted cell of the input that did not need quotes comes out unquoted.
 *
 * <p>A row longer than {@link #MAX_RECORD_CHARS} fails the file (a redaction cannot skip a row).
 */
final class CsvRedaction {
  static final int SAMPLE_CHARS = 64 * 1024;
  static final int MAX_RECORD_CHARS = 8 << 20;
  private static final int MAX_NAME = 256;

  private final RedactedOutput out;
  private final Replacer replacer;
  private final CSVFormat print;
  private final StringBuilder cell = new StringBuilder();

  private CsvRedaction(RedactedOutput out, Replacer replacer, CSVFormat print) {
    this.out = out;
    this.replacer = replacer;
    this.print = print;
  }

  /** A row as read, and whether it is the header. */
  private record Row(List<String> cells, boolean header) {}

  /**
   * Redacts {@code text} into {@code out}.
   *
   * @param batches how rows are detected
   * @return the chars read
   */
  static long redact(
      BufferedReader text,
      char preferred,
      FieldBatches.Settings batches,
      RedactedOutput out,
      Replacer replacer,
      Tally tally)
      throws IOException {
    text.mark(SAMPLE_CHARS);
    char[] sample = new char[SAMPLE_CHARS];
    int n = 0;
    for (int r; n < sample.length && (r = text.read(sample, n, sample.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    String head = new String(sample, 0, n);
    CsvSniffer.Sniffed sniffed = CsvSniffer.sniff(head, n < SAMPLE_CHARS, preferred);
    int lf = head.indexOf('\n');
    String separator = lf > 0 && head.charAt(lf - 1) == '\r' ? "\r\n" : "\n";
    CSVFormat parse =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(sniffed.delimiter())
            .setIgnoreEmptyLines(false)
            .setLenientEof(true)
            .setTrailingData(true)
            .get();
    CSVFormat print =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(sniffed.delimiter())
            .setRecordSeparator(separator)
            .get();
    CsvRedaction csv = new CsvRedaction(out, replacer, print);
    Guard guarded = new Guard(text);
    FieldBatches<Row, List<Rewrite>> fields = batches.open(csv::prepare, csv::write, tally);
    List<String> names = List.of();
    boolean headerPending = sniffed.header();
    long line = 1;
    try (CSVParser parser = parse.parse(guarded)) {
      for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext(); ) {
        CSVRecord record = it.next();
        guarded.recordRead();
        List<String> cells = record.toList();
        boolean header = headerPending && !(cells.size() == 1 && cells.get(0).isEmpty());
        if (header) {
          headerPending = false;
          List<String> cut = new ArrayList<>(cells.size());
          for (String c : cells) {
            String s = c.strip();
            cut.add(s.length() > MAX_NAME ? s.substring(0, MAX_NAME) : s);
          }
          names = cut;
          fields.add(new Row(cells, true), nulls(cells.size()), cells);
        } else {
          fields.add(new Row(cells, false), namesFor(names, cells.size()), cells);
        }
        fields.separate();
        line = parser.getCurrentLineNumber() + 1;
      }
    } catch (UncheckedIOException e) {
      throw new IOException(
          "dòng "
              + line
              + ": CSV hỏng / line "
              + line
              + ": malformed CSV: "
              + e.getCause().getMessage(),
          e.getCause());
    }
    fields.finish();
    return guarded.chars;
  }

  private static List<String> nulls(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(null);
    }
    return out;
  }

  /** Column names for a row of {@code n} cells: the header's, or {@code colN} past it. */
  private static List<String> namesFor(List<String> header, int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(i < header.size() && !header.get(i).isEmpty() ? header.get(i) : "col" + (i + 1));
    }
    return out;
  }

  /** The cells of a row with their findings replaced; runs where the row was detected. */
  private List<Rewrite> prepare(Row row, List<List<Hit>> hits, Tally counts) {
    List<Rewrite> cells = new ArrayList<>(hits.size());
    for (int i = 0; i < hits.size(); i++) {
      cells.add(Rewrite.of(row.cells().get(i), hits.get(i), replacer, counts));
    }
    return cells;
  }

  private void write(Row row, List<Rewrite> rewrites) throws IOException {
    List<String> cells = row.cells();
    if (cells.size() == 1 && cells.get(0).isEmpty()) {
      out.write(print.getRecordSeparator()); // a blank line stays blank
      return;
    }
    for (int i = 0; i < cells.size(); i++) {
      Rewrite w = rewrites.get(i);
      cell.setLength(0);
      print.print(w.text(), cell, i == 0);
      int body = i == 0 ? 0 : 1; // print() writes the delimiter before every cell but the first
      long at = out.position() + body;
      out.write(cell, 0, cell.length());
      for (Hit h : w.encrypted()) {
        out.encrypted(
            at + printed(cell, body, w.text(), h.start()),
            at + printed(cell, body, w.text(), h.end()),
            h.type());
      }
    }
    out.write(print.getRecordSeparator());
  }

  /**
   * Where char {@code k} of {@code value} sits in its printed cell {@code cell[body..]}: the same
   * place when printed bare, one on (the opening quote) plus one per doubled quote before it when
   * quoted.
   */
  private static int printed(CharSequence cell, int body, String value, int k) throws IOException {
    int length = cell.length() - body;
    if (length == value.length()) {
      return k;
    }
    int quotesBefore = 0;
    int quotes = 0;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == '"') {
        quotes++;
        if (i < k) {
          quotesBefore++;
        }
      }
    }
    if (length != value.length() + quotes + 2 || cell.charAt(body) != '"') {
      throw new IOException(
          "ô CSV được đặt trong ngoặc kép theo cách lạ / unexpected quoting of a CSV cell");
    }
    return 1 + k + quotesBefore;
  }

  /** Counts chars and fails a row longer than {@link #MAX_RECORD_CHARS}. */
  private static final class Guard extends FilterReader {
    long chars;
    private long sinceRecord;

    Guard(Reader in) {
      super(in);
    }

    void recordRead() {
      sinceRecord = 0;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
      int n = super.read(buf, off, len);
      if (n > 0) {
        chars += n;
        sinceRecord += n;
        if (sinceRecord > MAX_RECORD_CHARS + (long) len) {
          throw new IOException(
              "một dòng CSV dài quá "
                  + MAX_RECORD_CHARS
                  + " ký tự / a CSV row longer than "
                  + MAX_RECORD_CHARS
                  + " chars");
        }
      }
      return n;
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        chars++;
        sinceRecord++;
      }
      return c;
    }
  }
}
