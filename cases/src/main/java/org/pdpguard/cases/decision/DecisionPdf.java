package org.pdpguard.cases.decision;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.web.util.HtmlUtils;

/**
 * The printable decision document, in Vietnamese, as PDF (openhtmltopdf). The font must have
 * Vietnamese glyphs: DejaVu Sans from Debian's fonts-dejavu-core, read at run time from {@code
 * pdpguard.pdf-font} (not bundled).
 */
public final class DecisionPdf {
  private final File font;
  private final ZoneId zone;

  public DecisionPdf(File font, ZoneId zone) {
    this.font = font;
    this.zone = zone;
  }

  public byte[] render(Decisions.Decision d, String caseRef, String caseTitle, String organisation)
      throws IOException {
    if (!font.canRead()) {
      throw new IOException(
          "không đọc được phông chữ / cannot read the font "
              + font
              + " (install fonts-dejavu-core)");
    }
    DateTimeFormatter day = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(zone);
    NumberFormat vnd = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html><html><head><meta charset=\"UTF-8\"/><style>")
        .append("body{font-family:'DejaVu Sans';font-size:11pt;line-height:1.45}")
        .append(
            "h1{font-size:15pt;text-align:center}.c{text-align:center}td{padding:3px 8px;vertical-align:top}")
        .append("</style></head><body>")
        .append(
            "<p class=\"c\"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>Độc lập – Tự do – Hạnh phúc</p>")
        .append("<h1>QUYẾT ĐỊNH XỬ LÝ HỒ SƠ VI PHẠM<br/>VỀ BẢO VỆ DỮ LIỆU CÁ NHÂN</h1>")
        .append("<p class=\"c\">Số hồ sơ: ")
        .append(e(caseRef))
        .append("</p><table>");
    row(h, "Hồ sơ", caseTitle);
    row(h, "Tổ chức, cá nhân", organisation == null ? "—" : organisation);
    row(
        h,
        "Kết luận",
        d.outcome().equals("CONFIRMED") ? "Xác nhận có vi phạm" : "Không có vi phạm – đình chỉ");
    row(h, "Lý do", d.reason());
    if (d.ruleId() != null) {
      row(h, "Căn cứ pháp lý", d.ruleId() + ": " + d.citationText());
    }
    if (d.proposedFine() != null) {
      row(
          h,
          "Mức phạt đề xuất",
          vnd.format(d.proposedFine())
              + " đồng ("
              + (d.offender().equals("INDIVIDUAL") ? "cá nhân" : "tổ chức")
              + ")");
    }
    row(h, "Người đề xuất", d.proposedBy());
    row(
        h,
        "Người phê duyệt",
        d.approvedBy() == null ? "Chưa phê duyệt (bản dự thảo)" : d.approvedBy());
    row(h, "Ngày", day.format(d.approvedAt() != null ? d.approvedAt() : d.createdAt()));
    h.append(
        "</table><p><i>Văn bản được tạo bởi pdpguard; giá trị pháp lý theo chữ ký của người có thẩm quyền.</i></p></body></html>");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.useFont(font, "DejaVu Sans");
    b.withHtmlContent(h.toString(), null);
    b.toStream(out);
    b.run();
    return out.toByteArray();
  }

  private static void row(StringBuilder h, String label, String value) {
    h.append("<tr><td><b>")
        .append(e(label))
        .append("</b></td><td>")
        .append(e(value))
        .append("</td></tr>");
  }

  private static String e(String s) {
    return HtmlUtils.htmlEscape(s == null ? "" : s, "UTF-8");
  }
}
