package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an XLSX workbook as plain texts, read with SAX. POI's read-only table hands
 * out a rich text object built through XMLBeans for every cell, which costs more than the rest of
 * the cell's reading; values here are plain strings, phonetic runs left out. The table is held in
 * memory: it has one entry per distinct text of the workbook, not per cell.
 */
final class SharedStringList extends DefaultHandler implements SharedStrings {
  private final List<String> strings = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();
  private boolean inItem;
  private boolean inText;
  private int phonetic;

  /** Reads {@code in} ({@code xl/sharedStrings.xml}); none (null) is an empty table. */
  static SharedStringList read(InputStream in) throws IOException, SAXException {
    SharedStringList list = new SharedStringList();
    if (in == null) {
      return list;
    }
    try (in) {
      XMLReader xml = XMLHelper.newXMLReader();
      xml.setContentHandler(list);
      xml.parse(new InputSource(in));
    } catch (ParserConfigurationException e) {
      throw new SAXException(e);
    }
    return list;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    switch (local) {
      case "si" -> {
        inItem = true;
        text.setLength(0);
      }
      case "rPh" -> phonetic++;
      case "t" -> inText = inItem && phonetic == 0;
      default -> {}
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    switch (local) {
      case "si" -> {
        inItem = false;
        strings.add(text.toString());
      }
      case "rPh" -> phonetic--;
      case "t" -> inText = false;
      default -> {}
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inText) {
      text.append(ch, start, length);
    }
  }

  @Override
  public RichTextString getItemAt(int idx) {
    return new Plain(idx >= 0 && idx < strings.size() ? strings.get(idx) : "");
  }

  @Override
  public int getCount() {
    return strings.size();
  }

  @Override
  public int getUniqueCount() {
    return strings.size();
  }

  /** A text without formatting; POI's sheet handler reads it with {@link #toString}. */
  private record Plain(String getString) implements RichTextString {
    @Override
    public String toString() {
      return getString;
    }

    @Override
    public int length() {
      return getString.length();
    }

    @Override
    public int numFormattingRuns() {
      return 0;
    }

    @Override
    public int getIndexOfFormattingRun(int index) {
      return 0;
    }

    @Override
    public void applyFont(int startIndex, int endIndex, short fontIndex) {}

    @Override
    public void applyFont(int startIndex, int endIndex, Font font) {}

    @Override
    public void applyFont(Font font) {}

    @Override
    public void applyFont(short fontIndex) {}

    @Override
    public void clearFormatting() {}
  }
}
