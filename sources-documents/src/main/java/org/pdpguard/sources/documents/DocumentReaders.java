package org.pdpguard.sources.documents;

import java.util.List;
import org.pdpguard.sources.FormatReader;

/**
 * The readers of this module, for {@link org.pdpguard.sources.Extraction}: spreadsheets as records
 * (XLSX, XLS, ODS), documents as text through Apache Tika (PDF, Word, PowerPoint, OpenDocument,
 * RTF, HTML, EPUB, e-mails with their attachments), and pictures through Tesseract OCR when the
 * scan asks for it. None of them takes plain zip archives, CSV, JSON, plain text or Parquet, which
 * other readers read.
 *
 * <p>Tika, PDFBox and POI log through SLF4J, Commons Logging and the Log4j API; this module routes
 * all three to {@code slf4j-nop}, so that a scan prints its report and nothing else: what goes
 * wrong reaches the report as an error for the file or part.
 */
public final class DocumentReaders {
  private DocumentReaders() {}

  /** The readers, in the order they should be tried. */
  public static List<FormatReader> all() {
    Tesseract tesseract = new Tesseract();
    return List.of(new SpreadsheetReader(), new TikaReader(tesseract), new ImageReader(tesseract));
  }
}
