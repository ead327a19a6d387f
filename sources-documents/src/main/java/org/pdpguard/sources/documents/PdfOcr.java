package org.pdpguard.sources.documents;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Reads the pages of a PDF that have no text layer (scans) with OCR: each page is rendered in grey
 * at {@link #DPI} dpi (less for a page so large that it would pass {@link #MAX_PIXELS}), written to
 * a temporary PGM file and handed to {@link Tesseract}; its text is a unit with the page number. A
 * page that fails is an error for that page and the others go on. Without OCR, the pages are
 * reported as skipped with a hint about {@code --ocr}.
 */
final class PdfOcr {
  static final int DPI = 300;
  static final long MAX_PIXELS = 40_000_000L;
  private static final int LISTED = 10;

  private final Tesseract tesseract;

  PdfOcr(Tesseract tesseract) {
    this.tesseract = tesseract;
  }

  /**
   * Reads or reports {@code pages} (1-based) of {@code pdf}: those that show a picture (an XObject)
   * are scans; a page with neither text nor picture is blank and left alone.
   */
  void read(Content content, Path pdf, List<Integer> pages, Units units) throws IOException {
    PDDocument loaded;
    try {
      loaded = Loader.loadPDF(pdf.toFile(), IOUtils.createTempFileOnlyStreamCache());
    } catch (IOException | RuntimeException e) {
      units.error(content.name(), "OCR: " + Failures.of(e).getMessage());
      return;
    }
    try (PDDocument doc = loaded) {
      List<Integer> scans = scans(doc, pages);
      if (scans.isEmpty()) {
        return;
      }
      if (!units.settings().ocr()) {
        units.skipped(content.name(), skippedReason(scans));
        return;
      }
      String languages = units.settings().ocrLanguages();
      String problem = tesseract.problem(languages);
      if (problem != null) {
        units.error(content.name(), problem);
        return;
      }
      PDFRenderer renderer = new PDFRenderer(doc);
      for (int page : scans) {
        read(content, doc, renderer, page, languages, units);
      }
    }
  }

  /** The pages among {@code pages} that show a picture. */
  private static List<Integer> scans(PDDocument doc, List<Integer> pages) {
    List<Integer> scans = new ArrayList<>();
    for (int page : pages) {
      try {
        PDResources resources = doc.getPage(page - 1).getResources();
        if (resources != null && resources.getXObjectNames().iterator().hasNext()) {
          scans.add(page);
        }
      } catch (RuntimeException e) {
        // a page Tika could read but PDFBox cannot walk: left alone
      }
    }
    return scans;
  }

  private void read(
      Content content,
      PDDocument doc,
      PDFRenderer renderer,
      int page,
      String languages,
      Units units)
      throws IOException {
    String text;
    try {
      text = ocr(doc, renderer, page, languages);
    } catch (IOException | RuntimeException e) {
      String why =
          e instanceof IOException && e.getMessage() != null ? e.getMessage() : Failures.CORRUPT;
      units.error(content.name(), "trang " + page + " / page " + page + ": " + why);
      return;
    }
    if (!text.isBlank()) {
      units.text(content.name(), Location.NONE.with(Location.PAGE, page), new StringReader(text));
    }
  }

  private String ocr(PDDocument doc, PDFRenderer renderer, int page, String languages)
      throws IOException {
    PDRectangle box = doc.getPage(page - 1).getCropBox();
    double inches = Math.max(1e-3, box.getWidth() / 72.0) * Math.max(1e-3, box.getHeight() / 72.0);
    float dpi = (float) Math.min(DPI, Math.sqrt(MAX_PIXELS / inches));
    BufferedImage image = renderer.renderImageWithDPI(page - 1, dpi, ImageType.GRAY);
    Path pgm = Files.createTempFile("pdpguard-page-", ".pgm");
    try {
      writePgm(image, pgm);
      image = null;
      return tesseract.read(pgm, languages);
    } finally {
      Files.deleteIfExists(pgm);
    }
  }

  /** Writes a grey image as binary PGM, which Tesseract reads without decoding work. */
  private static void writePgm(BufferedImage image, Path file) throws IOException {
    byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      String header = "P5\n" + image.getWidth() + " " + image.getHeight() + "\n255\n";
      out.write(header.getBytes(StandardCharsets.US_ASCII));
      out.write(pixels, 0, image.getWidth() * image.getHeight());
    }
  }

  private static String skippedReason(List<Integer> pages) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < Math.min(pages.size(), LISTED); i++) {
      list.append(i == 0 ? "" : ", ").append(pages.get(i));
    }
    if (pages.size() > LISTED) {
      list.append(", … (").append(pages.size()).append(")");
    }
    return "trang không có lớp chữ ("
        + list
        + "): bật --ocr để đọc / pages without a text layer ("
        + list
        + "): use --ocr to read them";
  }
}
