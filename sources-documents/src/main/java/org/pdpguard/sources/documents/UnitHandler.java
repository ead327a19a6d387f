package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams the XHTML that Tika writes for a document to {@link Units#text} as bounded runs of text.
 * A page of a PDF ({@code <div class="page">}) or a slide ({@code <div class="slide-content">}) is
 * one unit with its page number; other documents are cut into units of about {@link #UNIT_CHARS}
 * chars, at a line break or a space, so that a 500-page document is never one giant string.
 *
 * <p>An {@link IOException} from {@link Units} (the report cannot be written) is kept and thrown as
 * a {@link SAXException}; since parsers may wrap or swallow it, the caller checks {@link
 * #failure()} after parsing and throws it as it is.
 */
final class UnitHandler extends DefaultHandler {
  /** Chars of text after which a unit is cut at the next good place. */
  static final int UNIT_CHARS = 256 * 1024;

  /** A page with fewer letters or digits than this has no text layer worth the name. */
  static final int BLANK_PAGE = 10;

  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "br",
          "li",
          "tr",
          "table",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "dt",
          "dd",
          "pre",
          "blockquote",
          "title");

  private final String source;
  private final Units units;
  private final StringBuilder text = new StringBuilder();
  private final List<Integer> blankPages = new ArrayList<>();
  private Location where = Location.NONE;
  private int pages;
  private int pageChars;
  private int divDepth;
  private int pageDivDepth = -1;
  private int headDepth;
  private IOException failure;

  UnitHandler(String source, Units units) {
    this.source = source;
    this.units = units;
  }

  /** The exception {@link Units} threw, or null. */
  IOException failure() {
    return failure;
  }

  /** Keeps an exception thrown by {@link Units} from outside this handler (nested content). */
  void fail(IOException e) {
    if (failure == null) {
      failure = e;
    }
  }

  /** Page numbers (1-based) whose text layer is blank: scanned pages, to OCR. */
  List<Integer> blankPages() {
    return blankPages;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts)
      throws SAXException {
    if (local.equals("head")) {
      headDepth++;
    }
    if (!local.equals("div")) {
      return;
    }
    divDepth++;
    String cls = atts.getValue("class");
    if (pageDivDepth < 0 && ("page".equals(cls) || "slide-content".equals(cls))) {
      flush();
      pages++;
      pageChars = 0;
      pageDivDepth = divDepth;
      where = Location.NONE.with(Location.PAGE, pages);
    }
  }

  @Override
  public void endElement(String uri, String local, String qName) throws SAXException {
    if (local.equals("head")) {
      headDepth--;
      return;
    }
    if (BLOCKS.contains(local)) {
      append("\n");
    } else if (local.equals("td") || local.equals("th")) {
      append("\t");
    }
    if (local.equals("div")) {
      if (divDepth == pageDivDepth) {
        pageDivDepth = -1;
        if (pageChars < BLANK_PAGE && blankPages.size() < 100_000) {
          blankPages.add(pages);
        }
        flush();
      }
      divDepth--;
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (headDepth > 0) {
      return;
    }
    for (int i = start; i < start + length; i++) {
      if (Character.isLetterOrDigit(ch[i])) {
        pageChars++;
      }
    }
    int at = start;
    int end = start + length;
    while (at < end) {
      int n = Math.min(end - at, UNIT_CHARS);
      text.append(ch, at, n);
      at += n;
      if (text.length() >= UNIT_CHARS) {
        cut();
      }
    }
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
    characters(ch, start, length);
  }

  @Override
  public void endDocument() throws SAXException {
    flush();
  }

  private void append(String s) throws SAXException {
    if (headDepth == 0) {
      text.append(s);
    }
  }

  /** Sends the text gathered so far as a unit, if there is any. */
  void flush() throws SAXException {
    if (!text.isEmpty() && !text.toString().isBlank()) {
      emit(text.toString());
    }
    text.setLength(0);
  }

  /** Sends the text up to the last line break (else space) of its second half, keeps the rest. */
  private void cut() throws SAXException {
    int half = text.length() / 2;
    int at = text.lastIndexOf("\n");
    if (at < half) {
      at = Math.max(text.lastIndexOf(" "), text.lastIndexOf("\t"));
    }
    if (at < half) {
      at = text.length();
      if (Character.isHighSurrogate(text.charAt(at - 1))) {
        at--;
      }
    } else {
      at++;
    }
    emit(text.substring(0, at));
    text.delete(0, at);
  }

  private void emit(String unit) throws SAXException {
    if (failure != null) {
      throw new SAXException(failure);
    }
    try {
      units.text(source, where, new StringReader(unit));
    } catch (IOException e) {
      failure = e;
      throw new SAXException(e);
    }
  }
}
