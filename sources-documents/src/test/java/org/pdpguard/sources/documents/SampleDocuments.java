package org.pdpguard.sources.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the office documents, PDF, e-mail and archive of the repository's {@code samples/} folder,
 * with synthetic personal data (valid-looking, nobody's). Run from the repository root:
 *
 * <pre>
 * mvn -q -o -pl sources-documents dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -Dfile.encoding=UTF-8 -cp "sources-documents/target/test-classes:sources-documents/target/classes:$(cat
 *   sources-documents/target/cp.txt)" org.pdpguard.sources.documents.SampleDocuments samples
 * </pre>
 */
public final class SampleDocuments {
  private SampleDocuments() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    Map<String, Object[][]> sheets = new LinkedHashMap<>();
    sheets.put(
        "Nhân viên",
        new Object[][] {
          {"Họ và tên", "Số CCCD", "Số điện thoại", "Email", "Số tài khoản", "Phòng ban"},
          {
            "Trần Thị Mai",
            "001189012345",
            "0912 345 678",
            "mai.tran@example.vn",
            "0071000123456",
            "Kế toán"
          },
          {
            "Lê Văn Hùng",
            "079090004321",
            "0987 654 321",
            "hung.le@example.vn",
            "19033456789012",
            "Kinh doanh"
          },
          {
            "Phạm Ngọc Lan",
            "048195007788",
            "0358 123 456",
            "lan.pham@example.vn",
            "0451000987654",
            "Nhân sự"
          },
        });
    sheets.put(
        "Doanh thu",
        new Object[][] {{"Tháng", "Doanh thu", "Chi phí"}, {"10/2026", 1250000000, 830000000}});
    Fixtures.xlsx(dir.resolve("ho_so_nhan_vien.xlsx"), sheets);

    Fixtures.docx(
        dir.resolve("don_xin_nghi_phep.docx"),
        List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "ĐƠN XIN NGHỈ PHÉP",
            "Tôi tên là: Nguyễn Thị Thu Hà, số CCCD: 031201003456, điện thoại 0903 112 233.",
            "Lý do: điều trị viêm phổi tại Bệnh viện Bạch Mai từ ngày 02/11/2026.",
            "Kính mong Ban Giám đốc xem xét."));

    Fixtures.pdf(
        dir.resolve("hop_dong_lao_dong.pdf"),
        List.of(
            "HỢP ĐỒNG LAO ĐỘNG số 15/2026/HĐLĐ giữa Công ty TNHH Sao Mai và người lao động.",
            "Người lao động: Đỗ Quang Huy. Ngày sinh: 17/05/1990. Số CCCD: 036090001122."
                + " Địa chỉ thường trú: số 12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh."
                + " Số tài khoản nhận lương: 0071000654321 tại Vietcombank."));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("crm/khach_hang.json"));
      zip.write(
          ("[{\"id\":1,\"hoTen\":\"Vũ Thị Ngọc Ánh\",\"soDienThoai\":\"0934567890\","
                  + "\"email\":\"anh.vu@example.vn\",\"diaChi\":{\"duong\":\"25 Hai Bà Trưng\","
                  + "\"tinh\":\"Hà Nội\"}},"
                  + "{\"id\":2,\"hoTen\":\"Bùi Minh Khoa\",\"soDienThoai\":\"0978123456\","
                  + "\"email\":\"khoa.bui@example.vn\",\"diaChi\":{\"duong\":\"8 Trần Phú\","
                  + "\"tinh\":\"Đà Nẵng\"}}]\n")
              .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("crm/readme.txt"));
      zip.write("Dữ liệu xuất từ CRM, chỉ dùng nội bộ.\n".getBytes(StandardCharsets.UTF_8));
    }
    Files.write(dir.resolve("xuat_crm.zip"), bytes.toByteArray());

    Fixtures.eml(
        dir.resolve("thu_ung_tuyen.eml"),
        Fixtures.encodedWord("Hoàng Gia Bảo") + " <bao.hoang@example.vn>",
        "Hồ sơ ứng tuyển",
        "Kính gửi phòng nhân sự, em gửi hồ sơ ứng tuyển. Số điện thoại: 0936 778 899.",
        Map.of(
            "so_yeu_ly_lich.txt",
            "Họ tên: Hoàng Gia Bảo\nNgày sinh: 03/09/1998\nSố CCCD: 001098006677\n"
                .getBytes(StandardCharsets.UTF_8)));
  }
}
