package org.pdpguard.sources.documents;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.hslf.usermodel.HSLFSlide;
import org.apache.poi.hslf.usermodel.HSLFSlideShow;
import org.apache.poi.hslf.usermodel.HSLFTextBox;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xslf.usermodel.XSLFSlide;
import org.apache.poi.xslf.usermodel.XSLFTextBox;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes small documents for tests and the benchmark with the libraries that read them (PDFBox,
 * POI) or by hand for the simple formats (ODF, RTF, HTML, EML). Synthetic personal data only.
 */
final class Fixtures {
  /** A font with Vietnamese glyphs (Debian package fonts-dejavu-core). */
  static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private Fixtures() {}

  static Path pdf(Path file, List<String> pages) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font font = PDType0Font.load(doc, FONT.toFile());
      for (String text : pages) {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
          cs.beginText();
          cs.setFont(font, 11);
          cs.setLeading(14);
          cs.newLineAtOffset(50, 740);
          for (String line : text.split("\n")) {
            cs.showText(line);
            cs.newLine();
          }
          cs.endText();
        }
      }
      doc.save(file.toFile());
    }
    return file;
  }

  /** A PDF of one page that is only a picture: a scan without a text layer. */
  static Path scannedPdf(Path file, BufferedImage image) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        float w = page.getMediaBox().getWidth() - 40;
        cs.drawImage(x, 20, 400, w, w * image.getHeight() / image.getWidth());
      }
      doc.save(file.toFile());
    }
    return file;
  }

  static Path encryptedPdf(Path file, String text) throws IOException {
    pdf(file, List.of(text));
    try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
    }
    return file;
  }

  static Path docx(Path file, List<String> paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      for (String p : paragraphs) {
        doc.createParagraph().createRun().setText(p);
      }
      doc.write(out);
    }
    return file;
  }

  /** A DOCX with a paragraph and a PNG picture. */
  static Path docxWithPicture(Path file, String text, byte[] png, int width, int height)
      throws Exception {
    try (XWPFDocument doc = new XWPFDocument();
        OutputStream out = Files.newOutputStream(file)) {
      doc.createParagraph().createRun().setText(text);
      doc.createParagraph()
          .createRun()
          .addPicture(
              new java.io.ByteArrayInputStream(png),
              org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG,
              "cccd.png",
              org.apache.poi.util.Units.toEMU(width / 4.0),
              org.apache.poi.util.Units.toEMU(height / 4.0));
      doc.write(out);
    }
    return file;
  }

  static Path pptx(Path file, List<String> slides) throws IOException {
    try (XMLSlideShow show = new XMLSlideShow();
        OutputStream out = Files.newOutputStream(file)) {
      for (String text : slides) {
        XSLFSlide slide = show.createSlide();
        XSLFTextBox box = slide.createTextBox();
        box.setAnchor(new Rectangle(40, 40, 600, 300));
        box.setText(text);
      }
      show.write(out);
    }
    return file;
  }

  static Path ppt(Path file, List<String> slides) throws IOException {
    try (HSLFSlideShow show = new HSLFSlideShow();
        OutputStream out = Files.newOutputStream(file)) {
      for (String text : slides) {
        HSLFSlide slide = show.createSlide();
        HSLFTextBox box = slide.createTextBox();
        box.setText(text);
        box.setAnchor(new Rectangle(40, 40, 600, 300));
      }
      show.write(out);
    }
    return file;
  }

  /** A workbook with one sheet per entry; cells are Strings, Numbers or null. */
  static Path xlsx(Path file, Map<String, Object[][]> sheets) throws IOException {
    return workbook(new XSSFWorkbook(), file, sheets);
  }

  static Path xls(Path file, Map<String, Object[][]> sheets) throws IOException {
    return workbook(new HSSFWorkbook(), file, sheets);
  }

  private static Path workbook(Workbook wb, Path file, Map<String, Object[][]> sheets)
      throws IOException {
    try (wb;
        OutputStream out = Files.newOutputStream(file)) {
      for (Map.Entry<String, Object[][]> e : sheets.entrySet()) {
        Sheet sheet = wb.createSheet(e.getKey());
        Object[][] rows = e.getValue();
        for (int r = 0; r < rows.length; r++) {
          Row row = sheet.createRow(r);
          for (int c = 0; c < rows[r].length; c++) {
            Object v = rows[r][c];
            if (v instanceof Number n) {
              row.createCell(c).setCellValue(n.doubleValue());
            } else if (v != null) {
              row.createCell(c).setCellValue(v.toString());
            }
          }
        }
      }
      wb.write(out);
    }
    return file;
  }

  /** The XLSX {@code plain} encrypted with a password (agile encryption), as Excel saves it. */
  static Path encrypt(Path plain, Path file, String password) throws Exception {
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      enc.confirmPassword(password);
      try (OPCPackage opc = OPCPackage.open(plain.toFile(), PackageAccess.READ_WRITE);
          OutputStream os = enc.getDataStream(fs)) {
        opc.save(os);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        fs.writeFilesystem(out);
      }
    }
    return file;
  }

  static Path ods(Path file, String sheet, String[][] rows) throws IOException {
    StringBuilder x = new StringBuilder("<table:table table:name=\"" + sheet + "\">");
    for (String[] row : rows) {
      x.append("<table:table-row>");
      for (String cell : row) {
        x.append(
            cell == null
                ? "<table:table-cell/>"
                : "<table:table-cell office:value-type=\"string\"><text:p>"
                    + xml(cell)
                    + "</text:p></table:table-cell>");
      }
      x.append("</table:table-row>");
    }
    x.append("<table:table-row table:number-rows-repeated=\"1048000\">")
        .append("<table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row>")
        .append("</table:table>");
    return odf(file, "spreadsheet", "<office:spreadsheet>" + x + "</office:spreadsheet>");
  }

  static Path odt(Path file, List<String> paragraphs) throws IOException {
    StringBuilder x = new StringBuilder("<office:text>");
    for (String p : paragraphs) {
      x.append("<text:p>").append(xml(p)).append("</text:p>");
    }
    return odf(file, "text", x.append("</office:text>").toString());
  }

  private static Path odf(Path file, String kind, String body) throws IOException {
    String type = "application/vnd.oasis.opendocument." + kind;
    String content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
            + " office:version=\"1.2\"><office:body>"
            + body
            + "</office:body></office:document-content>";
    String manifest =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest"
            + " xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
            + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\""
            + type
            + "\"/><manifest:file-entry manifest:full-path=\"content.xml\""
            + " manifest:media-type=\"text/xml\"/></manifest:manifest>";
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      byte[] mime = type.getBytes(StandardCharsets.US_ASCII);
      ZipEntry m = new ZipEntry("mimetype");
      m.setMethod(ZipEntry.STORED);
      m.setSize(mime.length);
      CRC32 crc = new CRC32();
      crc.update(mime);
      m.setCrc(crc.getValue());
      zip.putNextEntry(m);
      zip.write(mime);
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
      zip.write(manifest.getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  static Path rtf(Path file, String text) throws IOException {
    StringBuilder b = new StringBuilder("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Arial;}}\\f0 ");
    for (char c : text.toCharArray()) {
      if (c == '\n') {
        b.append("\\par ");
      } else if (c > 127) {
        b.append("\\u").append((int) (short) c).append('?');
      } else if (c == '\\' || c == '{' || c == '}') {
        b.append('\\').append(c);
      } else {
        b.append(c);
      }
    }
    Files.writeString(file, b.append("\\par}").toString(), StandardCharsets.US_ASCII);
    return file;
  }

  static Path html(Path file, String title, String body) throws IOException {
    Files.writeString(
        file,
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>"
            + xml(title)
            + "</title></head><body><p>"
            + xml(body)
            + "</p></body></html>");
    return file;
  }

  /** An RFC 822 mail with a UTF-8 body and attachments (name to bytes). */
  static Path eml(Path file, String from, String subject, String body, Map<String, byte[]> files)
      throws IOException {
    StringBuilder m = new StringBuilder();
    m.append("From: ")
        .append(from)
        .append("\r\n")
        .append("To: hr@example.vn\r\n")
        .append("Subject: ")
        .append(encodedWord(subject))
        .append("\r\n")
        .append("Date: Mon, 5 Jan 2026 09:00:00 +0700\r\n")
        .append("Message-ID: <test-1@example.vn>\r\n")
        .append("MIME-Version: 1.0\r\n")
        .append("Content-Type: multipart/mixed; boundary=\"BOUNDARY\"\r\n\r\n")
        .append("--BOUNDARY\r\nContent-Type: text/plain; charset=UTF-8\r\n")
        .append("Content-Transfer-Encoding: base64\r\n\r\n")
        .append(base64(body.getBytes(StandardCharsets.UTF_8)))
        .append("\r\n");
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      m.append("--BOUNDARY\r\nContent-Type: application/octet-stream; name=\"")
          .append(f.getKey())
          .append("\"\r\n")
          .append("Content-Disposition: attachment; filename=\"")
          .append(f.getKey())
          .append("\"\r\n")
          .append("Content-Transfer-Encoding: base64\r\n\r\n")
          .append(base64(f.getValue()))
          .append("\r\n");
    }
    m.append("--BOUNDARY--\r\n");
    Files.writeString(file, m.toString(), StandardCharsets.US_ASCII);
    return file;
  }

  static String encodedWord(String s) {
    return "=?UTF-8?B?"
        + Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8))
        + "?=";
  }

  private static String base64(byte[] bytes) {
    return Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(bytes);
  }

  /** A zip holding one text entry. */
  static byte[] zip(String entry, String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return bytes.toByteArray();
  }

  /** Black lines of text, large, on white, in a font with Vietnamese glyphs. */
  static BufferedImage picture(List<String> lines) throws Exception {
    Font font = Font.createFont(Font.TRUETYPE_FONT, FONT.toFile()).deriveFont(Font.PLAIN, 56f);
    BufferedImage img =
        new BufferedImage(1800, 140 + 110 * lines.size(), BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, img.getWidth(), img.getHeight());
    g.setColor(Color.BLACK);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setFont(font);
    for (int i = 0; i < lines.size(); i++) {
      g.drawString(lines.get(i), 60, 120 + 110 * i);
    }
    g.dispose();
    return img;
  }

  static Path png(Path file, BufferedImage image) throws IOException {
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  static boolean hasFont() {
    return new File(FONT.toString()).isFile();
  }

  private static String xml(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
