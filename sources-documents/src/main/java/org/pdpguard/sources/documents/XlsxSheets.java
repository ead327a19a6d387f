package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Units;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an XLSX workbook sheet by sheet with POI's event model: each sheet's XML is streamed
 * through a SAX parser, so a sheet of a million rows never sits in memory; only the shared strings
 * table (the distinct texts, {@link SharedStringList}) is held. Values are formatted as Excel shows
 * them ({@link DataFormatter}). A sheet that cannot be parsed is an error for that sheet; the
 * others go on.
 */
final class XlsxSheets {
  private XlsxSheets() {}

  static void read(Path file, Content content, Units units) throws IOException {
    OPCPackage pkg;
    try {
      pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (Exception e) {
      throw Failures.of(e);
    }
    try {
      XSSFReader reader;
      SharedStringList strings;
      StylesTable styles;
      XSSFReader.SheetIterator sheets;
      try {
        reader = new XSSFReader(pkg);
        strings = SharedStringList.read(reader.getSharedStringsData());
        styles = reader.getStylesTable();
        sheets = reader.getSheetIterator();
      } catch (Exception e) {
        throw Failures.of(e);
      }
      DataFormatter formatter = new DataFormatter();
      while (sheets.hasNext()) {
        InputStream sheet;
        try {
          sheet = sheets.next();
        } catch (RuntimeException e) {
          throw Failures.of(e);
        }
        try (sheet) {
          Rows rows = new Rows(new SheetRows(content.name(), sheets.getSheetName(), units));
          parse(
              sheet,
              new XSSFSheetXMLHandler(styles, strings, rows, formatter, false),
              rows,
              content,
              sheets.getSheetName(),
              units);
        }
      }
    } finally {
      pkg.revert();
    }
  }

  /** Parses one sheet; a broken sheet is an error of its own, a failure of the report is thrown. */
  private static void parse(
      InputStream sheet,
      XSSFSheetXMLHandler handler,
      Rows rows,
      Content content,
      String name,
      Units units)
      throws IOException {
    try {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(handler);
      xml.parse(new InputSource(sheet));
    } catch (IOException
        | SAXException
        | RuntimeException
        | javax.xml.parsers.ParserConfigurationException e) {
      if (rows.failure != null) {
        throw rows.failure;
      }
      units.error(
          content.name(), "trang tính / sheet '" + name + "': " + Failures.of(e).getMessage());
    }
  }

  /** Collects the cells of a row and hands the row on at its end. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final SheetRows out;
    private final List<SheetRows.Cell> cells = new ArrayList<>();
    private int row;
    private int next;
    IOException failure;

    Rows(SheetRows out) {
      this.out = out;
    }

    @Override
    public void startRow(int rowNum) {
      row = rowNum;
      next = 0;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      try {
        out.row(row + 1, cells);
      } catch (IOException e) {
        failure = e;
        throw new IllegalStateException("report failed", e);
      }
    }

    @Override
    public void cell(String ref, String value, XSSFComment comment) {
      int column = ref == null ? next : new CellReference(ref).getCol();
      next = column + 1;
      if (value != null && !value.isBlank()) {
        cells.add(new SheetRows.Cell(column, value));
      }
    }
  }
}
