package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;
import org.xml.sax.SAXException;

/**
 * Reads documents through Apache Tika: PDF (one unit a page), Word, PowerPoint (one unit a slide),
 * OpenDocument text and slides, EPUB, RTF, HTML, and e-mails (EML, MSG) with their attachments,
 * which go to {@link Units#nested}. Pages of a PDF without a text layer are read with OCR when the
 * scan asks for it ({@link PdfOcr}), else reported as skipped. The parse runs in the calling
 * thread; a file that needs random access is read from disk (top-level files) or from a temporary
 * copy, deleted afterwards. The stream is not closed.
 */
final class TikaReader implements FormatReader {
  private static final Set<Format> FORMATS =
      EnumSet.of(Format.PDF, Format.OFFICE_ZIP, Format.OLE2, Format.RTF, Format.HTML, Format.MAIL);
  private static final List<String> MAIL_HEADERS =
      List.of("Message-From", "Message-To", "Message-Cc", "Message-Bcc", "dc:subject");

  private final Tesseract tesseract;

  TikaReader(Tesseract tesseract) {
    this.tesseract = tesseract;
  }

  @Override
  public String name() {
    return "document";
  }

  @Override
  public boolean accepts(Content content) {
    return FORMATS.contains(Format.of(content));
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    Format format = Format.of(content);
    boolean onDisk = format == Format.PDF || content.path().isPresent();
    try (Spool spool = onDisk ? Spool.of(content, in) : null;
        TikaInputStream tis =
            spool != null
                ? TikaInputStream.get(spool.path())
                : TikaInputStream.get(CloseShieldInputStream.wrap(in))) {
      Metadata metadata = new Metadata();
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, content.entry());
      UnitHandler handler = new UnitHandler(content.name(), units);
      parse(content, tis, metadata, handler, units, format);
      String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
      if (type.startsWith("message/rfc822")) {
        mailHeaders(content, metadata, units);
      }
      if (type.startsWith("application/pdf") && !handler.blankPages().isEmpty()) {
        new PdfOcr(tesseract).read(content, spool.path(), handler.blankPages(), units);
      }
    }
  }

  private static void parse(
      Content content,
      TikaInputStream tis,
      Metadata metadata,
      UnitHandler handler,
      Units units,
      Format format)
      throws IOException {
    ParseContext context = Tika.context();
    boolean mail = format == Format.MAIL || content.extension().equals("msg");
    context.set(
        EmbeddedDocumentExtractor.class,
        new Embedded(content, units, handler, Tika.parser(), context, mail));
    try {
      Tika.parser().parse(tis, handler, metadata, context);
    } catch (IOException | TikaException | SAXException | RuntimeException | StackOverflowError e) {
      if (handler.failure() != null) {
        throw handler.failure();
      }
      throw Failures.of(e);
    }
    if (handler.failure() != null) {
      throw handler.failure();
    }
  }

  /** The sender, recipients and subject of an RFC 822 mail, one unit each: they name people. */
  private static void mailHeaders(Content content, Metadata metadata, Units units)
      throws IOException {
    for (String key : MAIL_HEADERS) {
      String label = key.equals("dc:subject") ? "Subject" : key.substring("Message-".length());
      for (String value : metadata.getValues(key)) {
        if (value != null && !value.isBlank()) {
          units.text(
              content.name(),
              Location.NONE.with(Location.FIELD, label),
              new StringReader(label + ": " + value));
        }
      }
    }
  }
}
