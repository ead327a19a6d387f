package org.pdpguard.eval.corpus;

import java.time.LocalDate;
import java.util.List;

/**
 * Hard-negative documents: no personal data at all, but the numbers and words that look like it.
 * Order confirmations (12–15 digit order numbers, EAN-13 codes, tracking codes, 1900 hotlines),
 * e-invoices (series, numbers, amounts), routine logs (versions, OTP sends, checksum failures),
 * release notes, SMS codes, reports with capitalised headings, transfer receipts, catalogues and
 * maintenance schedules (dates outside a birth context). No names, addresses or companies. Longer
 * than most classes: one short method per kind, kept together so that what the negatives contain
 * can be checked in one place.
 */
final class NegativeKinds {
  private NegativeKinds() {}

  static final List<Kind> ALL =
      List.of(
          kind("order", NegativeKinds::order),
          kind("invoice", NegativeKinds::invoice),
          kind("log", NegativeKinds::log),
          kind("release", NegativeKinds::release),
          kind("sms", NegativeKinds::sms),
          kind("report", NegativeKinds::report),
          kind("transfer", NegativeKinds::transfer),
          kind("catalog", NegativeKinds::catalog));

  private interface Body {
    void write(Dice d, Doc doc);
  }

  private static Kind kind(String name, Body body) {
    return new Kind() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void write(Dice d, Doc doc) {
        body.write(d, doc);
      }
    };
  }

  private static String when(Dice d) {
    return Values.dmy(Values.docDate(d)) + " " + Values.time(d);
  }

  private static void order(Dice d, Doc doc) {
    doc.line("XÁC NHẬN ĐƠN HÀNG").nl();
    doc.line("Mã đơn hàng: " + HardNumbers.orderNumber(d));
    doc.line("Ngày đặt: " + when(d));
    int n = d.between(1, 5);
    for (int i = 1; i <= n; i++) {
      doc.line(
          i
              + ". "
              + d.pick(
                  "Áo thun cotton",
                  "Tai nghe không dây",
                  "Nồi chiên không dầu 5L",
                  "Sữa tắm 900ml",
                  "Ốp lưng điện thoại")
              + " – SKU "
              + HardNumbers.sku(d)
              + " – mã vạch "
              + HardNumbers.ean13(d)
              + " – SL "
              + d.between(1, 3)
              + " x "
              + Values.money(d));
    }
    doc.line(
        "Mã giảm giá: " + d.pick("SALE50K", "FREESHIP", "GIAM10") + " (-" + Values.money(d) + ")");
    doc.line("Tổng thanh toán: " + Values.money(d));
    doc.line(
        "Mã vận đơn: "
            + HardNumbers.tracking(d)
            + ", dự kiến giao "
            + Values.dmy(Values.docDate(d)));
    doc.line("Mã tham chiếu kho: " + HardNumbers.impossibleCccd(d));
    doc.line(Filler.paragraph(d, Filler.SERVICE));
    doc.line("Hotline hỗ trợ: " + HardNumbers.hotline(d) + " (8h–22h, kể cả Chủ nhật).");
  }

  private static void invoice(Dice d, Doc doc) {
    doc.line("HÓA ĐƠN GIÁ TRỊ GIA TĂNG").line("(Bản thể hiện của hóa đơn điện tử)").nl();
    doc.line(
        "Ký hiệu: 1C"
            + d.between(24, 26)
            + "T"
            + d.letters(2)
            + "    Số: "
            + Values.pad(d.between(1, 99_999), 8));
    doc.line(
        "Ngày "
            + d.between(1, 28)
            + " tháng "
            + d.between(1, 12)
            + " năm "
            + d.between(2024, 2026));
    doc.line(
        "Mã của cơ quan thuế: 00" + d.letters(1) + d.hex(30).toUpperCase(java.util.Locale.ROOT));
    doc.line("Hình thức thanh toán: TM/CK");
    int n = d.between(2, 6);
    for (int i = 1; i <= n; i++) {
      doc.line(
          i
              + " | "
              + d.pick(
                  "Dịch vụ tư vấn", "Phí bảo trì", "Giấy in A4", "Mực in", "Bản quyền phần mềm")
              + " | "
              + d.pick("Gói", "Ram", "Hộp", "Tháng")
              + " | "
              + d.between(1, 20)
              + " | "
              + Values.money(d));
    }
    doc.line("Thuế suất GTGT: " + d.pick("8%", "10%", "5%"));
    doc.line("Tổng cộng tiền thanh toán: " + Values.money(d));
    doc.line(
        "Số tiền viết bằng chữ: "
            + d.pick(
                "Mười hai triệu năm trăm nghìn đồng",
                "Một triệu hai trăm năm mươi nghìn đồng chẵn",
                "Ba trăm bốn mươi nghìn đồng"));
    doc.line("Mã tra cứu: " + d.letters(4) + d.digits(6) + " tại trang tra cứu hóa đơn.");
  }

  private static void log(Dice d, Doc doc) {
    LocalDate day = Values.docDate(d);
    int lines = d.between(12, 30);
    for (int i = 0; i < lines; i++) {
      doc.t(day + " " + Values.time(d) + ":" + Values.pad(d.below(60), 2) + " ");
      doc.line(
          switch (d.below(9)) {
            case 0 ->
                "INFO  otp sent session=" + d.hex(16) + " code=" + HardNumbers.otp(d) + " ttl=300s";
            case 1 ->
                "WARN  tax code check failed mst=" + HardNumbers.wrongMst(d) + " reason=checksum";
            case 2 -> "WARN  card check failed ref=" + HardNumbers.luhnFailing(d) + " reason=luhn";
            case 3 ->
                "INFO  order created id="
                    + HardNumbers.orderNumber(d)
                    + " total="
                    + d.between(10, 9000) * 1000;
            case 4 -> "INFO  agent version " + HardNumbers.version(d) + " started";
            case 5 ->
                "DEBUG request id="
                    + d.hex(8)
                    + "-"
                    + d.hex(4)
                    + "-"
                    + d.hex(4)
                    + "-"
                    + d.hex(12)
                    + " took "
                    + d.between(2, 900)
                    + "ms";
            case 6 ->
                "INFO  batch "
                    + HardNumbers.impossibleCccd(d)
                    + " processed "
                    + d.between(10, 900)
                    + " rows";
            case 7 ->
                "DEBUG multicast join group="
                    + HardNumbers.multicastMac(d)
                    + " iface=eth"
                    + d.below(4);
            default -> "INFO  " + Filler.sentence(d, Filler.TECH);
          });
    }
  }

  private static void release(Dice d, Doc doc) {
    doc.line("GHI CHÚ PHÁT HÀNH " + HardNumbers.version(d)).nl();
    doc.line("- Hỗ trợ Android 14 (API 34) và iOS 17.4.");
    doc.line("- Cập nhật thư viện OpenSSL 3.0.13, sửa lỗi CVE-2024-" + d.between(1000, 9999) + ".");
    doc.line("- Yêu cầu Windows " + HardNumbers.version(d) + " trở lên.");
    doc.line("- Sửa lỗi hiển thị số tiền " + Values.money(d) + " khi đổi ngôn ngữ.");
    doc.line(
        "- Tăng tốc đồng bộ dữ liệu "
            + d.between(20, 60)
            + "% so với "
            + HardNumbers.version(d)
            + ".");
    doc.line("Ngày phát hành: " + Values.dmy(Values.docDate(d)) + ".");
  }

  private static void sms(Dice d, Doc doc) {
    int n = d.between(3, 8);
    for (int i = 0; i < n; i++) {
      doc.line(
          switch (d.below(5)) {
            case 0 ->
                "Ma OTP cua ban la "
                    + HardNumbers.otp(d)
                    + ". Hieu luc 5 phut. Khong chia se ma"
                    + " nay voi bat ky ai.";
            case 1 ->
                "[Shopee] Ma xac minh: "
                    + HardNumbers.otp(d)
                    + ". Khong cung cap ma cho nguoi"
                    + " khac.";
            case 2 ->
                "Giam 50% cuoc goi noi mang den "
                    + Values.dmy(Values.docDate(d))
                    + ". Chi tiet"
                    + " goi "
                    + HardNumbers.hotline(d)
                    + ".";
            case 3 ->
                "Don hang "
                    + HardNumbers.orderNumber(d)
                    + " da duoc giao thanh cong luc "
                    + Values.time(d)
                    + ".";
            default ->
                "Ma giao dich "
                    + HardNumbers.transferRef(d)
                    + " so tien "
                    + Values.money(d)
                    + " thanh cong.";
          });
    }
  }

  private static void report(Dice d, Doc doc) {
    doc.line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").line("Độc lập - Tự do - Hạnh phúc").nl();
    int form = d.below(3);
    String title =
        new String[] {
              "BÁO CÁO TÌNH HÌNH TÀI CHÍNH",
              "BÁO CÁO KẾT QUẢ HOẠT ĐỘNG KINH DOANH",
              "BÁO CÁO LƯU CHUYỂN TIỀN TỆ"
            }
            [form];
    doc.line(title + " QUÝ " + d.pick("I", "II", "III", "IV") + "/" + d.between(2024, 2026))
        .line("Mẫu số B0" + (form + 1) + "-DN")
        .nl();
    doc.line("I. DOANH THU BÁN HÀNG VÀ CUNG CẤP DỊCH VỤ");
    for (String row :
        new String[] {
          "Doanh thu thuần", "Giá vốn hàng bán", "Lợi nhuận gộp", "Chi phí quản lý doanh nghiệp"
        }) {
      doc.line(
          row
              + ": "
              + Values.grouped((long) d.between(100, 99_999) * 1_000_000L, '.')
              + " đồng ("
              + d.between(-20, 40)
              + "%)");
    }
    doc.line("II. KẾ HOẠCH QUÝ TIẾP THEO");
    doc.line(Filler.paragraph(d, Filler.OFFICE));
  }

  private static void transfer(Dice d, Doc doc) {
    doc.line("BIÊN LAI CHUYỂN TIỀN").nl();
    doc.line("Mã giao dịch: " + HardNumbers.transferRef(d));
    doc.line("Số tham chiếu: " + HardNumbers.orderNumber(d));
    doc.line("Thời gian: " + when(d) + ":" + Values.pad(d.below(60), 2));
    doc.line("Số tiền: " + Values.money(d));
    doc.line("Phí: 0 VND");
    doc.line("Nội dung: Thanh toan hoa don " + Values.pad(d.between(1, 99_999), 8));
    doc.line("Trạng thái: Thành công");
  }

  private static void catalog(Dice d, Doc doc) {
    int n = d.between(3, 7);
    for (int i = 0; i < n; i++) {
      doc.line(
          d.pick(
                  "Bàn làm việc gỗ sồi",
                  "Ghế công thái học",
                  "Tủ lạnh 2 cánh 320L",
                  "Máy lọc không khí",
                  "Đèn bàn LED")
              + " – mã SP "
              + HardNumbers.sku(d));
      doc.line(
          "  Kích thước "
              + d.between(40, 200)
              + " x "
              + d.between(30, 90)
              + " x "
              + d.between(40, 180)
              + " cm, trọng lượng "
              + d.between(2, 80)
              + ","
              + d.between(0, 9)
              + " kg, model "
              + d.letters(2)
              + "-"
              + d.digits(4)
              + d.letters(1)
              + ", serial "
              + d.letters(3)
              + d.digits(8));
      doc.line(
          "  Giá: "
              + Values.money(d)
              + ", bảo hành "
              + d.pick(12, 24, 36)
              + " tháng, mã"
              + " vạch "
              + HardNumbers.ean13(d));
    }
    doc.line(
        "Lịch bảo trì hệ thống từ 22:00 ngày "
            + Values.dmy(Values.docDate(d))
            + " đến 02:00 ngày hôm sau. Hạn áp dụng giá: "
            + Values.dmy(Values.docDate(d))
            + ".");
  }
}
