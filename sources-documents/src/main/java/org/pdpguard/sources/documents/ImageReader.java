package org.pdpguard.sources.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Reads pictures (PNG, JPEG, TIFF, BMP, WebP) with Tesseract OCR when the scan asks for it; without
 * OCR a picture is reported as skipped with a hint about {@code --ocr}. The text of each page of a
 * multi-page TIFF is a unit with its page number. Pictures larger than {@link #MAX_PIXELS} are
 * refused rather than handed to Tesseract (a small file can declare a huge canvas). The picture is
 * read from disk, or from a temporary copy of the stream that is deleted afterwards.
 */
final class ImageReader implements FormatReader {
  static final String OCR_OFF = "ảnh: bật --ocr để đọc / image: use --ocr to read it";

  /** 150 megapixels: an A3 page at 600 dpi is 70. */
  static final long MAX_PIXELS = 150_000_000L;

  private final Tesseract tesseract;

  ImageReader(Tesseract tesseract) {
    this.tesseract = tesseract;
  }

  @Override
  public String name() {
    return "image";
  }

  @Override
  public boolean accepts(Content content) {
    return Format.of(content) == Format.IMAGE;
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    if (!units.settings().ocr()) {
      units.skipped(content.name(), OCR_OFF);
      return;
    }
    String languages = units.settings().ocrLanguages();
    String problem = tesseract.problem(languages);
    if (problem != null) {
      throw new IOException(problem);
    }
    try (Spool spool = Spool.of(content, in)) {
      checkSize(spool.path());
      String[] pages = tesseract.read(spool.path(), languages).split("\f");
      int nonBlank = 0;
      for (String page : pages) {
        nonBlank += page.isBlank() ? 0 : 1;
      }
      for (int i = 0; i < pages.length; i++) {
        if (!pages[i].isBlank()) {
          Location where = nonBlank > 1 ? Location.NONE.with(Location.PAGE, i + 1) : Location.NONE;
          units.text(content.name(), where, new StringReader(pages[i]));
        }
      }
    }
  }

  /** Refuses a picture whose header declares more than {@link #MAX_PIXELS}, when Java can tell. */
  private static void checkSize(Path image) throws IOException {
    int[] size = declaredSize(image);
    if (size != null && (long) size[0] * size[1] > MAX_PIXELS) {
      throw new IOException(
          "ảnh quá lớn để OCR / image too large for OCR (" + size[0] + "×" + size[1] + ")");
    }
  }

  /** Width and height from the picture's header, or null when Java cannot read it. */
  private static int[] declaredSize(Path image) {
    try (ImageInputStream iis = ImageIO.createImageInputStream(image.toFile())) {
      Iterator<javax.imageio.ImageReader> readers =
          iis == null ? null : ImageIO.getImageReaders(iis);
      if (readers == null || !readers.hasNext()) {
        return null;
      }
      javax.imageio.ImageReader r = readers.next();
      try {
        r.setInput(iis, true, true);
        return new int[] {r.getWidth(0), r.getHeight(0)};
      } finally {
        r.dispose();
      }
    } catch (IOException | RuntimeException e) {
      return null; // Tesseract will say whether it can read it
    }
  }
}
