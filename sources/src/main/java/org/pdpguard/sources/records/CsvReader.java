package org.pdpguard.sources.records;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.TextDecoder;
import org.pdpguard.sources.Units;

/**
 * Reads delimited text ({@code .csv}, {@code .tsv}, {@code .tab}, {@code .psv}) as records: one per
 * row, its cells named by the header (or {@code col1}, {@code col2}… when the first row holds data,
 * and for cells past the header's end), with the row's first line and its number among data rows.
 *
 * <p>The encoding is {@link TextDecoder}'s guess; the delimiter and the header come from the first
 * {@link #SAMPLE_CHARS} chars ({@link CsvSniffer}); rows are parsed by commons-csv as they stream.
 * A row longer than {@link RecordReaders#MAX_RECORD_CHARS} is reported and skipped up to the end of
 * its line, and reading starts again there. Only the first {@link #MAX_COLUMNS} cells of a row are
 * read.
 */
final class CsvReader implements FormatReader {
  static final int SAMPLE_CHARS = 64 * 1024;
  static final int MAX_COLUMNS = 4096;

  /** Header names are cut to this length: they are repeated as the label of every value. */
  static final int MAX_NAME = 256;

  private static final Map<String, Character> EXTENSIONS =
      Map.of("csv", ',', "tsv", '\t', "tab", '\t', "psv", '|');

  @Override
  public String name() {
    return "csv";
  }

  @Override
  public boolean accepts(Content content) {
    return EXTENSIONS.containsKey(content.extension());
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    TextDecoder.Decoded decoded = TextDecoder.open(in);
    if (decoded.skipped() != null) {
      units.skipped(content.name(), decoded.skipped());
      return;
    }
    BufferedReader text = new BufferedReader(decoded.reader(), SAMPLE_CHARS);
    text.mark(SAMPLE_CHARS);
    char[] sample = new char[SAMPLE_CHARS];
    int n = 0;
    for (int r; n < sample.length && (r = text.read(sample, n, sample.length - n)) > 0; ) {
      n += r;
    }
    text.reset();
    CsvSniffer.Sniffed sniffed =
        CsvSniffer.sniff(
            new String(sample, 0, n), n < SAMPLE_CHARS, EXTENSIONS.get(content.extension()));
    new Rows(content, units, sniffed).read(new RecordGuard(text, RecordReaders.MAX_RECORD_CHARS));
  }

  /** The rows of one file, read with one parser, or a new one after each row too long. */
  private static final class Rows {
    private final Content content;
    private final Units units;
    private final CSVFormat format;
    private List<String> header;
    private boolean headerPending;
    private long row;
    private boolean wideReported;

    Rows(Content content, Units units, CsvSniffer.Sniffed sniffed) {
      this.content = content;
      this.units = units;
      this.headerPending = sniffed.header();
      this.header = List.of();
      this.format =
          CSVFormat.DEFAULT
              .builder()
              .setDelimiter(sniffed.delimiter())
              .setIgnoreEmptyLines(true)
              .setLenientEof(true)
              .setTrailingData(true)
              .get();
    }

    void read(RecordGuard text) throws IOException {
      while (true) {
        long base = text.lines();
        long linesBefore = 0;
        CSVParser parser = format.parse(text);
        try {
          for (Iterator<CSVRecord> it = parser.iterator(); it.hasNext(); ) {
            CSVRecord record = it.next();
            long line = base + linesBefore + 1;
            linesBefore = parser.getCurrentLineNumber();
            text.recordRead();
            take(record, line);
          }
          return;
        } catch (UncheckedIOException e) {
          long line = base + linesBefore + 1;
          IOException cause = e.getCause();
          if (cause instanceof CSVException) {
            throw new IOException(
                "dòng " + line + ": CSV hỏng / line " + line + ": malformed CSV", cause);
          }
          if (!(cause instanceof RecordGuard.TooLong)) {
            throw cause;
          }
          units.error(
              content.name(),
              "dòng "
                  + line
                  + ": bản ghi dài quá "
                  + RecordReaders.MAX_RECORD_CHARS
                  + " ký tự, đã bỏ qua / line "
                  + line
                  + ": record longer than "
                  + RecordReaders.MAX_RECORD_CHARS
                  + " chars, skipped");
          if (!text.skipLine()) {
            return;
          }
        }
      }
    }

    private void take(CSVRecord record, long line) throws IOException {
      int width = Math.min(record.size(), MAX_COLUMNS);
      if (record.size() > MAX_COLUMNS && !wideReported) {
        wideReported = true;
        units.error(
            content.name(),
            "dòng "
                + line
                + ": hơn "
                + MAX_COLUMNS
                + " cột, các cột sau không được quét / line "
                + line
                + ": more than "
                + MAX_COLUMNS
                + " columns; the rest not scanned");
      }
      if (headerPending) {
        headerPending = false;
        List<String> names = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
          String cell = record.get(i).strip();
          names.add(cell.length() > MAX_NAME ? cell.substring(0, MAX_NAME) : cell);
        }
        header = names;
        return;
      }
      List<Field> fields = new ArrayList<>(width);
      for (int i = 0; i < width; i++) {
        String name =
            i < header.size() && !header.get(i).isEmpty() ? header.get(i) : "col" + (i + 1);
        fields.add(Field.of(name, record.get(i), Location.NONE));
      }
      row++;
      units.record(
          content.name(),
          null,
          Location.NONE.with(Location.LINE, line).with(Location.ROW, row),
          fields);
    }
  }
}
