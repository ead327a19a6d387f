package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * The shared Tika parser, configured once: the standard parsers less Tika's own OCR (this module
 * runs Tesseract itself), PDF pages without inline images, Office files through the streaming SAX
 * extractors. Thread-safe; each parse gets a fresh {@link ParseContext}.
 */
final class Tika {
  private Tika() {}

  private static final class Holder {
    static final TikaConfig CONFIG = load();
    static final Parser PARSER = new AutoDetectParser(CONFIG);

    private static TikaConfig load() {
      try (InputStream in = Tika.class.getResourceAsStream("tika-config.xml")) {
        return new TikaConfig(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (TikaException | SAXException e) {
        throw new IllegalStateException("bad bundled tika-config.xml", e);
      }
    }
  }

  static TikaConfig config() {
    return Holder.CONFIG;
  }

  static Parser parser() {
    return Holder.PARSER;
  }

  /** A context for one parse; the caller adds its embedded-document extractor. */
  static ParseContext context() {
    ParseContext context = new ParseContext();
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setExtractInlineImages(false);
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractAnnotationText(true);
    pdf.setExtractAcroFormContent(true);
    pdf.setExtractBookmarksText(false);
    // PDFBox's scratch memory per document; past it, scratch data goes to a temporary file.
    pdf.setMaxMainMemoryBytes(64L << 20);
    context.set(PDFParserConfig.class, pdf);
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    office.setUseSAXPptxExtractor(true);
    office.setIncludeHeadersAndFooters(true);
    office.setExtractMacros(false);
    context.set(OfficeParserConfig.class, office);
    return context;
  }
}
