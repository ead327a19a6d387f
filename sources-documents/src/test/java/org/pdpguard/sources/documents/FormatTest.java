package org.pdpguard.sources.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.testing.RecordingUnits;

class FormatTest {
  private static byte[] bytes(String spec) {
    return switch (spec) {
      case "pdf" -> "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
      case "ole2" ->
          new byte[] {
            (byte) 0xD0,
            (byte) 0xCF,
            0x11,
            (byte) 0xE0,
            (byte) 0xA1,
            (byte) 0xB1,
            0x1A,
            (byte) 0xE1,
            0
          };
      case "zip" -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0};
      case "ooxml" ->
          ("PK\u0003\u0004\u0014\u0000\u0000\u0000[Content_Types].xml")
              .getBytes(StandardCharsets.ISO_8859_1);
      case "odt" ->
          ("PK\u0003\u0004\u0014\u0000mimetypeapplication/vnd.oasis.opendocument.text")
              .getBytes(StandardCharsets.ISO_8859_1);
      case "png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};
      case "jpeg" -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
      case "mail" ->
          "From: a@example.vn\r\nTo: b@example.vn\r\nSubject: x\r\n\r\nbody"
              .getBytes(StandardCharsets.US_ASCII);
      case "html" ->
          "  <!DOCTYPE html><html><body>x</body></html>".getBytes(StandardCharsets.US_ASCII);
      case "rtf" -> "{\\rtf1\\ansi x}".getBytes(StandardCharsets.US_ASCII);
      case "csv" -> "ho_ten,so_cccd\nAn,079203001234\n".getBytes(StandardCharsets.US_ASCII);
      case "date" -> "Date: 2024-01-01\nGhi chú\n".getBytes(StandardCharsets.US_ASCII);
      default -> throw new IllegalArgumentException(spec);
    };
  }

  @ParameterizedTest(name = "{0} with {1} bytes is {2}")
  @CsvSource({
    "a.pdf, pdf, PDF",
    "renamed.doc, pdf, PDF",
    "a.doc, ole2, OLE2",
    "a.msg, ole2, OLE2",
    "a.xls, ole2, XLS",
    "a.docx, zip, OFFICE_ZIP",
    "a.xlsx, zip, XLSX",
    "a.pptx, zip, OFFICE_ZIP",
    "a.ods, zip, ODS",
    "noname, ooxml, OFFICE_ZIP",
    "noname, odt, OFFICE_ZIP",
    "a.epub, zip, OFFICE_ZIP",
    "a.png, png, IMAGE",
    "photo, jpeg, IMAGE",
    "a.eml, mail, MAIL",
    "noext, mail, MAIL",
    "a.htm, html, HTML",
    "page, html, HTML",
    "a.rtf, rtf, RTF",
  })
  void recognisesDocuments(String name, String head, Format expected) throws Exception {
    assertThat(Format.of(RecordingUnits.content(name, bytes(head)))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} with {1} bytes is left to other readers")
  @CsvSource({
    "a.zip, zip",
    "a.zip, ooxml",
    "a.csv, csv",
    "a.json, html",
    "a.txt, mail",
    "a.txt, pdf",
    "a.parquet, zip",
    "notes, date",
    "a.csv, ole2",
  })
  void leavesOtherFormatsAlone(String name, String head) throws Exception {
    Content c = RecordingUnits.content(name, bytes(head));
    assertThat(Format.of(c)).isNull();
    assertThat(DocumentReaders.all()).noneMatch(r -> r.accepts(c));
  }
}
