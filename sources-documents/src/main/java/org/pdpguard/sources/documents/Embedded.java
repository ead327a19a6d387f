package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Units;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What Tika finds inside a document: e-mail attachments, embedded files and pictures. A named part
 * goes to {@link Units#nested} as {@code parent!/name}, so that whichever reader accepts it (a zip
 * attachment to the archive reader, a PDF to this module) reads it, with the nesting limits of the
 * scan. An unnamed text part (the body of an e-mail) is parsed in line, into the parent's text.
 * Pictures inside office documents are read only when OCR is on and Tesseract can read them (not
 * drawings such as EMF), where they are worth the time; pictures attached to a mail are always
 * handed on, so that a skipped scan of an ID card shows.
 */
final class Embedded implements EmbeddedDocumentExtractor {
  private static final int MAX_NAME = 200;
  private static final List<String> READABLE =
      List.of(".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp");
  private static final List<String> PICTURES =
      List.of(
          ".png", ".jpg", ".jpeg", ".bmp", ".tif", ".tiff", ".webp", ".gif", ".emf", ".wmf",
          ".svg");

  private final Content parent;
  private final Units units;
  private final UnitHandler handler;
  private final Parser parser;
  private final ParseContext context;
  private final boolean mail;
  private int count;

  Embedded(
      Content parent,
      Units units,
      UnitHandler handler,
      Parser parser,
      ParseContext context,
      boolean mail) {
    this.parent = parent;
    this.units = units;
    this.handler = handler;
    this.parser = parser;
    this.context = context;
    this.mail = mail;
  }

  @Override
  public boolean shouldParseEmbedded(Metadata metadata) {
    return true;
  }

  @Override
  public void parseEmbedded(
      InputStream stream, ContentHandler ignored, Metadata metadata, boolean outputHtml)
      throws SAXException, IOException {
    count++;
    String name = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY);
    String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
    if (blank(name) && (type.startsWith("text/plain") || type.startsWith("text/html"))) {
      inline(stream, metadata);
      return;
    }
    if (!mail && isPicture(name, type) && !(units.settings().ocr() && readable(name, type))) {
      return;
    }
    handler.flush();
    Content child = parent.child(clean(name, type), size(metadata));
    try {
      units.nested(child, stream);
    } catch (IOException e) {
      // Units.nested reports read errors itself: what comes out is a failure of the report.
      handler.fail(e);
      throw e;
    }
  }

  private void inline(InputStream stream, Metadata metadata) throws SAXException, IOException {
    try {
      parser.parse(stream, new EmbeddedContentHandler(handler), metadata, context);
    } catch (org.apache.tika.exception.TikaException e) {
      if (handler.failure() != null) {
        throw handler.failure();
      }
      units.error(parent.name(), Failures.of(e).getMessage());
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static boolean isPicture(String name, String type) {
    return type.startsWith("image/") || endsWith(name, PICTURES);
  }

  /** A picture Tesseract reads (not a drawing such as EMF or WMF). */
  private static boolean readable(String name, String type) {
    return type.startsWith("image/png")
        || type.startsWith("image/jpeg")
        || type.startsWith("image/tiff")
        || type.startsWith("image/bmp")
        || type.startsWith("image/webp")
        || endsWith(name, READABLE);
  }

  private static boolean endsWith(String name, List<String> extensions) {
    if (name == null) {
      return false;
    }
    String n = name.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(n::endsWith);
  }

  /** The last path segment of the part's name without control chars, or {@code part-N.ext}. */
  private String clean(String name, String type) {
    String n = name == null ? "" : name;
    n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
    n = n.replaceAll("\\p{Cntrl}", "").strip();
    if (n.length() > MAX_NAME) {
      n = n.substring(0, MAX_NAME);
    }
    if (n.isEmpty() || n.equals(".") || n.equals("..")) {
      n = "part-" + count + extension(type);
    }
    return n;
  }

  private static String extension(String type) {
    try {
      return Tika.config().getMimeRepository().forName(type.split(";")[0].strip()).getExtension();
    } catch (MimeTypeException | RuntimeException e) {
      return "";
    }
  }

  private static long size(Metadata metadata) {
    try {
      String s = metadata.get(Metadata.CONTENT_LENGTH);
      return s == null ? -1 : Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
