package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.BIOMETRIC_DATA;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.GENETIC_DATA;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.POLITICAL_OPINION;
import static org.pdpguard.core.EntityType.SEX_LIFE;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_CMND;
import static org.pdpguard.core.EntityType.VN_DRIVER_LICENSE;
import static org.pdpguard.core.EntityType.VN_HEALTH_INSURANCE;
import static org.pdpguard.core.EntityType.VN_LICENSE_PLATE;
import static org.pdpguard.core.EntityType.VN_SOCIAL_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;

/**
 * Filled-in forms: customer information (KYC), tax registration with dependants, parking, job
 * application, warranty, passport application, life-insurance health declaration, sickness claim.
 * Labels and layout vary. Longer than most classes: one short method per form, read top to bottom
 * like the forms themselves.
 */
final class FormKind implements Kind {
  @Override
  public String name() {
    return "form";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    switch (d.below(8)) {
      case 0 -> kyc(d, doc, p);
      case 1 -> tax(d, doc, p);
      case 2 -> parking(d, doc, p);
      case 3 -> application(d, doc, p);
      case 4 -> warranty(d, doc, p);
      case 5 -> passport(d, doc, p);
      case 6 -> declaration(d, doc, p);
      default -> insurance(d, doc, p);
    }
    doc.nl().line(Filler.sentence(d, Filler.OFFICE));
    doc.line("Ngày " + Values.dmy(Values.docDate(d)));
  }

  private static void kyc(Dice d, Doc doc, Person p) {
    doc.line(
            d.pick(
                "PHIẾU THÔNG TIN KHÁCH HÀNG CÁ NHÂN",
                "ĐĂNG KÝ MỞ TÀI KHOẢN THANH TOÁN",
                "PHIẾU YÊU CẦU DỊCH VỤ"))
        .nl();
    Fields f = new Fields(doc, d, p);
    f.name().dob().gender().nationality();
    if (d.chance(0.8)) {
      f.id(
          d.pick("Số CCCD", "Số căn cước công dân", "Số định danh cá nhân", "Số CCCD/CC"),
          VN_CCCD,
          p.cccd());
      f.field("Ngày cấp", null, Values.dmy(Values.docDate(d).minusYears(3)));
    } else {
      f.id(d.pick("Số CMND", "CMND số"), VN_CMND, p.cmnd());
    }
    f.phone().email().address().end();
    if (d.chance(0.5)) {
      f.bankAccount();
    }
    if (d.chance(0.4)) {
      doc.t("Số thẻ ghi nợ nội địa: ").v(PAYMENT_CARD, Banks.groupCard(d, p.card())).nl();
    }
    if (d.chance(0.5)) {
      doc.t("Khách hàng đồng ý để ngân hàng thu thập ")
          .v(BIOMETRIC_DATA, d.pick(Terms.BIOMETRIC))
          .line(" nhằm xác thực giao dịch theo quy định.");
    }
  }

  private static void tax(Dice d, Doc doc, Person p) {
    doc.line("TỜ KHAI ĐĂNG KÝ THUẾ")
        .line("(Dùng cho cá nhân nhận thu nhập từ tiền lương, tiền công)")
        .nl();
    Fields f = new Fields(doc, d, p);
    f.name().id(d.pick("Mã số thuế", "MST", "Mã số thuế cá nhân"), VN_TAX_CODE, p.mst());
    f.dob().id("Số CCCD", VN_CCCD, p.cccd()).address().phone().end();
    if (d.chance(0.7)) {
      doc.nl().line("THÔNG TIN NGƯỜI PHỤ THUỘC");
      int n = d.between(1, 3);
      for (int i = 1; i <= n; i++) {
        Person c = Person.next(d);
        doc.t(i + ". Họ tên: ")
            .v(PERSON_NAME, c.name(Names.Form.TITLE))
            .t(d.pick("; ngày sinh: ", " – sinh ngày "))
            .v(DATE_OF_BIRTH, Values.dobDigits(d, c.birth()));
        doc.t("; MST: ")
            .v(VN_TAX_CODE, d.chance(0.5) ? Ids.mst13(d) : Ids.mst(d))
            .t("; quan hệ: ")
            .line(d.pick("con", "con", "vợ", "chồng", "mẹ", "bố"));
      }
    }
  }

  private static void parking(Dice d, Doc doc, Person p) {
    doc.line("ĐƠN ĐĂNG KÝ GỬI XE THÁNG").line("Ban quản lý tòa nhà").nl();
    Fields f = new Fields(doc, d, p);
    f.name()
        .phone()
        .field(
            d.pick("Căn hộ", "Số căn hộ"),
            null,
            d.pick("A", "B", "C") + "-" + d.between(2, 30) + Values.pad(d.between(1, 18), 2));
    f.field(d.pick("Biển số xe", "Biển kiểm soát", "BKS"), VN_LICENSE_PLATE, p.plate());
    f.field("Loại xe", null, d.pick("Ô tô 5 chỗ", "Xe máy", "Xe tay ga", "Ô tô 7 chỗ"));
    if (d.chance(0.6)) {
      f.field(
          d.pick("Số GPLX", "Giấy phép lái xe số", "Số giấy phép lái xe"),
          VN_DRIVER_LICENSE,
          p.licence());
    }
    f.end();
    doc.line("Phí gửi xe: " + Values.money(d) + "/tháng.");
  }

  private static void application(Dice d, Doc doc, Person p) {
    doc.line(d.pick("PHIẾU ĐĂNG KÝ DỰ TUYỂN", "SƠ YẾU LÝ LỊCH ỨNG VIÊN")).nl();
    Fields f = new Fields(doc, d, p);
    f.name().dob().gender().hometown().ethnicity().religion().marital().address().phone().email();
    if (d.chance(0.8)) {
      f.field(
          d.pick("Facebook", "Link Facebook", "LinkedIn", "Trang cá nhân"),
          ONLINE_ACCOUNT,
          Accounts.profileUrl(d, p.handle()));
    }
    f.id("Số CCCD", VN_CCCD, p.cccd()).end();
    if (d.chance(0.5)) {
      doc.t(d.pick("Đoàn thể: ", "Là ")).v(POLITICAL_OPINION, d.pick(Terms.PARTY)).nl();
    }
    if (d.chance(0.6)) {
      doc.t(d.pick("Tình trạng sức khỏe: ", "Tiền sử bệnh: "))
          .v(HEALTH, d.pick(Terms.DISEASES))
          .line(d.pick(", đang điều trị ổn định.", ".", ", đã khỏi."));
    }
    doc.line(
        "Trình độ: "
            + d.pick("Đại học", "Cao đẳng", "Thạc sĩ", "Trung cấp")
            + ", chuyên ngành "
            + d.pick("Kế toán", "Công nghệ thông tin", "Quản trị kinh doanh", "Điện tử")
            + ".");
  }

  private static void warranty(Dice d, Doc doc, Person p) {
    doc.line("PHIẾU TIẾP NHẬN BẢO HÀNH").line("Mã phiếu: BH" + d.digits(8)).nl();
    Fields f = new Fields(doc, d, p);
    f.field(d.pick("Khách hàng", "Tên khách hàng"), PERSON_NAME, p.name(Names.Form.TITLE));
    f.phone()
        .field(
            "Sản phẩm",
            null,
            d.pick(
                "Điện thoại iPhone 13",
                "Samsung Galaxy A54",
                "Router Wi-Fi",
                "Máy tính bảng",
                "Xiaomi Redmi Note 12"));
    f.field(d.pick("IMEI", "Số IMEI", "IMEI 1"), DEVICE_ID, Contacts.imei(d));
    if (d.chance(0.4)) {
      f.field(d.pick("MAC", "Địa chỉ MAC"), DEVICE_ID, Contacts.mac(d));
    }
    f.field(
            "Tình trạng",
            null,
            d.pick("Không lên nguồn", "Màn hình sọc", "Sạc không vào", "Mất sóng Wi-Fi"))
        .end();
    doc.line("Thời gian hẹn trả: " + Values.dmy(Values.docDate(d)) + " lúc " + Values.time(d));
  }

  private static void passport(Dice d, Doc doc, Person p) {
    doc.line("TỜ KHAI ĐỀ NGHỊ CẤP HỘ CHIẾU PHỔ THÔNG").nl();
    Fields f = new Fields(doc, d, p);
    f.field("Họ, chữ đệm và tên (viết chữ in hoa)", PERSON_NAME, p.name(Names.Form.CAPS));
    f.gender()
        .dob()
        .hometown()
        .id("Số định danh cá nhân", VN_CCCD, p.cccd())
        .ethnicity()
        .religion()
        .nationality()
        .phone()
        .address();
    if (d.chance(0.6)) {
      f.id(d.pick("Số hộ chiếu gần nhất", "Hộ chiếu cũ số"), PASSPORT_NUMBER, p.passport());
    }
    f.end();
    Person parent = Person.next(d);
    doc.t(d.pick("Họ tên cha: ", "Họ và tên mẹ: "))
        .v(PERSON_NAME, parent.name(Names.Form.TITLE))
        .t(", sinh năm ")
        .v(DATE_OF_BIRTH, String.valueOf(parent.year() - 25))
        .nl();
  }

  private static void declaration(Dice d, Doc doc, Person p) {
    doc.line("TỜ KHAI SỨC KHỎE").line("(Kèm hồ sơ yêu cầu bảo hiểm nhân thọ)").nl();
    Fields f = new Fields(doc, d, p);
    f.field("Người được bảo hiểm", PERSON_NAME, p.name(Names.Form.TITLE))
        .dob()
        .gender()
        .id("Số CCCD", VN_CCCD, p.cccd())
        .end();
    doc.t("1. Trong 5 năm qua Quý khách có được chẩn đoán, điều trị bệnh nào không? ");
    if (d.chance(0.7)) {
      doc.t("Có: ")
          .v(HEALTH, d.pick(Terms.DISEASES))
          .t(", điều trị bằng ")
          .v(HEALTH, d.pick(d.chance(0.5) ? Terms.TREATMENTS : Terms.DRUGS))
          .line(".");
    } else {
      doc.line("Không.");
    }
    doc.t("2. Gia đình hoặc bản thân có bệnh di truyền, kết quả xét nghiệm gen? ");
    if (d.chance(0.7)) {
      doc.t("Có: ").v(GENETIC_DATA, d.pick(Terms.GENETIC)).line(".");
    } else {
      doc.line("Không.");
    }
    doc.t("3. Quý khách có hành vi nguy cơ lây nhiễm HIV? ");
    if (d.chance(0.5)) {
      doc.t("Có: ").v(SEX_LIFE, d.pick(Terms.SEX_LIFE)).line(".");
    } else {
      doc.line("Không.");
    }
    doc.line("Tôi cam kết những thông tin kê khai trên là đúng sự thật.");
  }

  private static void insurance(Dice d, Doc doc, Person p) {
    doc.line("GIẤY ĐỀ NGHỊ THANH TOÁN CHẾ ĐỘ ỐM ĐAU").nl();
    Fields f = new Fields(doc, d, p);
    f.name().id(d.pick("Mã số BHXH", "Số sổ BHXH", "Mã BHXH"), VN_SOCIAL_INSURANCE, p.bhxh());
    f.id(d.pick("Mã thẻ BHYT", "Số thẻ BHYT"), VN_HEALTH_INSURANCE, p.bhyt()).dob();
    f.field("Chẩn đoán", HEALTH, d.pick(Terms.DISEASES)).end();
    doc.t("Nơi khám chữa bệnh ban đầu: ")
        .line(
            d.pick(
                "Trạm y tế phường", "Bệnh viện Đa khoa Hồng Ngọc", "Phòng khám Đa khoa An Phúc"));
    f.bankAccount();
    doc.t("Người liên hệ: ")
        .v(PERSON_NAME, Person.next(d).name(Names.Form.TITLE))
        .t(" – ")
        .v(PHONE_NUMBER, Contacts.mobile(d, Contacts.mobileDigits(d)))
        .nl();
    doc.t("Địa chỉ nhận hồ sơ: ").v(ADDRESS, Addresses.full(d, p.home())).nl();
  }
}
