package org.pdpguard.sources.documents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Units;

/**
 * Reads an XLS (BIFF8) workbook with POI's event model: the records of the workbook stream are read
 * in order and each row goes to {@link SheetRows} when the next one starts, so the workbook is
 * never built in memory. The compound file is opened from disk, read-only. Numbers and dates are
 * formatted as Excel shows them; formulas give their cached result.
 */
final class XlsSheets {
  private XlsSheets() {}

  static void read(Path file, Content content, Units units) throws IOException {
    Listener listener = new Listener(content.name(), units);
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo")) {
        throw new IOException(Failures.PASSWORD);
      }
      HSSFRequest request = new HSSFRequest();
      request.addListenerForAllRecords(listener);
      new HSSFEventFactory().processWorkbookEvents(request, fs);
      listener.endRow();
    } catch (IOException | RuntimeException e) {
      if (listener.failure != null) {
        throw listener.failure;
      }
      if (e instanceof IOException io && Failures.PASSWORD.equals(io.getMessage())) {
        throw io;
      }
      throw Failures.of(e);
    }
  }

  private static final class Listener implements HSSFListener {
    private final FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(r -> {});
    private final String source;
    private final Units units;
    private final List<String> names = new ArrayList<>();
    private final List<SheetRows.Cell> cells = new ArrayList<>();
    private SSTRecord strings;
    private SheetRows rows;
    private int sheet = -1;
    private int row = -1;
    private FormulaRecord pendingString;
    IOException failure;

    Listener(String source, Units units) {
      this.source = source;
      this.units = units;
    }

    @Override
    public void processRecord(Record r) {
      formats.processRecordInternally(r);
      if (r instanceof BoundSheetRecord b) {
        names.add(b.getSheetname());
      } else if (r instanceof BOFRecord bof && bof.getType() == BOFRecord.TYPE_WORKSHEET) {
        sheet++;
        String name = sheet < names.size() ? names.get(sheet) : "Sheet" + (sheet + 1);
        rows = new SheetRows(source, name, units);
        row = -1;
      } else if (r instanceof EOFRecord) {
        endRow();
        rows = null;
      } else if (r instanceof SSTRecord sst) {
        strings = sst;
      } else {
        cell(r);
      }
    }

    private void cell(Record r) {
      if (r instanceof LabelSSTRecord l && strings != null) {
        add(l.getRow(), l.getColumn(), strings.getString(l.getSSTIndex()).getString());
      } else if (r instanceof LabelRecord l) {
        add(l.getRow(), l.getColumn(), l.getValue());
      } else if (r instanceof NumberRecord n) {
        add(n.getRow(), n.getColumn(), formats.formatNumberDateCell(n));
      } else if (r instanceof FormulaRecord f) {
        formula(f);
      } else if (r instanceof StringRecord s && pendingString != null) {
        add(pendingString.getRow(), pendingString.getColumn(), s.getString());
        pendingString = null;
      } else if (r instanceof BoolErrRecord b && b.isBoolean()) {
        add(b.getRow(), b.getColumn(), b.getBooleanValue() ? "TRUE" : "FALSE");
      }
    }

    private void formula(FormulaRecord f) {
      int type = f.getCachedResultType();
      if (type == CellType.STRING.getCode()) {
        pendingString = f; // the text follows in a StringRecord
      } else if (type == CellType.NUMERIC.getCode()) {
        add(f.getRow(), f.getColumn(), formats.formatNumberDateCell(f));
      } else if (type == CellType.BOOLEAN.getCode()) {
        add(f.getRow(), f.getColumn(), f.getCachedBooleanValue() ? "TRUE" : "FALSE");
      }
    }

    private void add(int r, int column, String text) {
      if (rows == null || text == null || text.isBlank()) {
        return;
      }
      if (r != row) {
        endRow();
        row = r;
      }
      cells.add(new SheetRows.Cell(column, text));
    }

    void endRow() {
      if (rows != null && row >= 0 && !cells.isEmpty()) {
        cells.sort(Comparator.comparingInt(SheetRows.Cell::column));
        try {
          rows.row(row + 1, cells);
        } catch (IOException e) {
          failure = e;
          throw new IllegalStateException("report failed", e);
        }
      }
      cells.clear();
    }
  }
}
