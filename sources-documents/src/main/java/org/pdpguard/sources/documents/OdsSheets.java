package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.io.input.BoundedInputStream;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Units;

/**
 * Reads an OpenDocument spreadsheet (ODS) by streaming its {@code content.xml} with StAX: tables
 * are sheets, rows and cells are counted with their {@code number-*-repeated} attributes, and a
 * cell's text is its paragraphs as shown. Repeats of an empty row or cell cost nothing; a repeated
 * non-empty row or cell is emitted at most {@link #MAX_REPEAT} times, so a few bytes cannot ask for
 * a billion records. The zip is read as a stream, with {@code content.xml} bounded by the scan's
 * entry limit.
 */
final class OdsSheets {
  static final int MAX_REPEAT = 1000;
  private static final int MAX_CELL_CHARS = 1 << 20;
  private static final int LAST = Integer.MAX_VALUE / 2;
  private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

  private OdsSheets() {}

  static void read(Content content, InputStream in, Units units) throws IOException {
    ZipInputStream zip = new ZipInputStream(in);
    try {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        if (e.getName().equals("content.xml")) {
          long limit = units.settings().maxEntryBytes();
          parse(
              content,
              BoundedInputStream.builder().setInputStream(zip).setMaxCount(limit).get(),
              units);
          return;
        }
      }
    } catch (XMLStreamException
        | java.util.zip.ZipException
        | java.io.EOFException
        | RuntimeException e) {
      throw Failures.of(e);
    }
    throw new IOException(Failures.CORRUPT + " (no content.xml)");
  }

  private static void parse(Content content, InputStream xml, Units units)
      throws IOException, XMLStreamException {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader r = f.createXMLStreamReader(xml);
    SheetRows rows = null;
    List<SheetRows.Cell> cells = new ArrayList<>();
    StringBuilder cell = null;
    int row = 0;
    int column = 0;
    int rowRepeat = 1;
    int cellRepeat = 1;
    while (r.hasNext()) {
      int event = r.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String ns = r.getNamespaceURI();
        String name = r.getLocalName();
        if (TABLE.equals(ns) && name.equals("table")) {
          rows = new SheetRows(content.name(), attr(r, "name", "Sheet"), units);
          row = 0;
        } else if (TABLE.equals(ns) && name.equals("table-row")) {
          rowRepeat = repeat(r, "number-rows-repeated");
          cells.clear();
          column = 0;
        } else if (TABLE.equals(ns)
            && (name.equals("table-cell") || name.equals("covered-table-cell"))) {
          cellRepeat = repeat(r, "number-columns-repeated");
          cell = new StringBuilder();
        } else if (cell != null && TEXT.equals(ns)) {
          switch (name) {
            case "p" -> cell.append(cell.isEmpty() ? "" : "\n");
            case "s" -> cell.append(" ".repeat(Math.min(repeat(r, "c"), 100)));
            case "tab" -> cell.append('\t');
            case "line-break" -> cell.append('\n');
            default -> {}
          }
        }
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        if (cell != null && cell.length() < MAX_CELL_CHARS) {
          cell.append(
              r.getTextCharacters(),
              r.getTextStart(),
              Math.min(r.getTextLength(), MAX_CELL_CHARS - cell.length()));
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && TABLE.equals(r.getNamespaceURI())) {
        String name = r.getLocalName();
        if ((name.equals("table-cell") || name.equals("covered-table-cell")) && cell != null) {
          if (!cell.toString().isBlank()) {
            for (int k = 0; k < Math.min(cellRepeat, MAX_REPEAT); k++) {
              cells.add(new SheetRows.Cell(column + k, cell.toString()));
            }
          }
          column = (int) Math.min((long) column + cellRepeat, LAST);
          cell = null;
        } else if (name.equals("table-row") && rows != null) {
          if (!cells.isEmpty()) {
            for (int k = 0; k < Math.min(rowRepeat, MAX_REPEAT); k++) {
              rows.row(row + k + 1, cells);
            }
          }
          row = (int) Math.min((long) row + rowRepeat, LAST);
        } else if (name.equals("table")) {
          rows = null;
        }
      }
    }
  }

  private static String attr(XMLStreamReader r, String name, String otherwise) {
    String v = r.getAttributeValue(TABLE, name);
    return v == null || v.isBlank() ? otherwise : v;
  }

  /** A repeat count: 1 when absent or bad; counts are not trusted beyond an int. */
  private static int repeat(XMLStreamReader r, String name) {
    String v = r.getAttributeValue(name.equals("c") ? TEXT : TABLE, name);
    try {
      return v == null ? 1 : Math.max(1, Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
