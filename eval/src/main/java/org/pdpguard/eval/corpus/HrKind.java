package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.BIOMETRIC_DATA;
import static org.pdpguard.core.EntityType.CRIMINAL_RECORD;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.GENETIC_DATA;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.POLITICAL_OPINION;
import static org.pdpguard.core.EntityType.SEX_LIFE;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_CMND;
import static org.pdpguard.core.EntityType.VN_SOCIAL_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;

/**
 * HR documents: offer letters, the official "sơ yếu lý lịch" (ethnicity, religion, party
 * membership, health), payroll notices (MST, BHXH, account), biometric time-clock enrolment,
 * background checks and periodic health checks.
 */
final class HrKind implements Kind {
  @Override
  public String name() {
    return "hr";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    switch (d.below(5)) {
      case 0 -> offer(d, doc, p);
      case 1 -> resume(d, doc, p);
      case 2 -> payroll(d, doc, p);
      case 3 -> enrolment(d, doc, p);
      default -> check(d, doc, p);
    }
    doc.nl().line(Filler.paragraph(d, Filler.OFFICE));
    signature(d, doc);
  }

  private static void offer(Dice d, Doc doc, Person p) {
    doc.line("THƯ MỜI NHẬN VIỆC").nl();
    doc.t("Kính gửi: " + Names.honorific(d, p.female(), true) + " ")
        .v(PERSON_NAME, p.name(Names.Form.TITLE))
        .nl();
    Fields f = new Fields(doc, d, p);
    f.dob().id(d.pick("Số CCCD", "CCCD số"), VN_CCCD, p.cccd()).address().phone().email().end();
    doc.nl()
        .line(
            "Công ty trân trọng mời "
                + d.pick("anh", "chị", "bạn")
                + " vào làm việc ở vị trí "
                + d.pick(
                    "Chuyên viên kế toán",
                    "Lập trình viên",
                    "Nhân viên kinh doanh",
                    "Trưởng nhóm kho")
                + " từ ngày "
                + Values.dmy(Values.docDate(d))
                + ".");
    doc.line("Mức lương gộp: " + Values.money(d) + "/tháng.");
    if (d.chance(0.3)) {
      doc.t("Do " + d.pick("anh", "chị") + " có tiền sử ")
          .v(HEALTH, d.pick(Terms.DISEASES))
          .line(", công ty sẽ bố trí lịch khám định kỳ phù hợp.");
    }
  }

  private static void resume(Dice d, Doc doc, Person p) {
    doc.line("SƠ YẾU LÝ LỊCH").line("(Tự thuật)").nl();
    Fields f = new Fields(doc, d, p);
    f.name().gender().dob().hometown().address().ethnicity().religion().nationality().marital();
    if (d.chance(0.7)) {
      f.id("Số CCCD", VN_CCCD, p.cccd());
    } else {
      f.id("Số CMND", VN_CMND, p.cmnd());
    }
    f.phone().end();
    if (d.chance(0.9)) {
      doc.t(d.pick("Thành phần chính trị: ", "Đoàn thể, đảng phái: "))
          .v(POLITICAL_OPINION, d.pick(Terms.PARTY))
          .nl();
    }
    doc.t("Tình trạng sức khỏe: ");
    if (d.chance(0.6)) {
      doc.t(d.pick("Có tiền sử ", "Đang điều trị ")).v(HEALTH, d.pick(Terms.DISEASES)).nl();
    } else {
      doc.line(d.pick("Tốt", "Bình thường", "Loại II"));
    }
    doc.nl().line("QUAN HỆ GIA ĐÌNH");
    for (String rel : new String[] {"Bố", "Mẹ"}) {
      Names.Name r = Names.next(d, rel.equals("Mẹ"));
      doc.t(rel + ": ")
          .v(PERSON_NAME, Names.write(r, Names.Form.TITLE))
          .t(", sinh năm ")
          .v(
              org.pdpguard.core.EntityType.DATE_OF_BIRTH,
              String.valueOf(p.year() - d.between(22, 35)))
          .line(", nghề nghiệp: " + d.pick("làm ruộng", "hưu trí", "buôn bán", "giáo viên") + ".");
    }
    if (d.chance(0.3)) {
      doc.t("Tôi cam đoan bản thân không ")
          .t("che giấu thông tin. Ghi chú: đã từng bị xử phạt ")
          .v(
              CRIMINAL_RECORD,
              d.pick("02 năm tù", "18 tháng tù", "cải tạo không giam giữ 1 năm")
                  + " về tội "
                  + d.pick(Terms.CRIMES))
          .t(", ")
          .v(CRIMINAL_RECORD, "đã được xóa án tích") // the record's status: also about the record
          .line(".");
    }
  }

  private static void payroll(Dice d, Doc doc, Person p) {
    doc.line("THÔNG BÁO ĐIỀU CHỈNH THÔNG TIN TIỀN LƯƠNG").nl();
    doc.t("Nhân viên: ")
        .v(PERSON_NAME, p.name(Names.Form.TITLE))
        .t(" – mã NV ")
        .line("NV" + d.digits(5));
    Fields f = new Fields(doc, d, p);
    f.id(d.pick("Mã số thuế TNCN", "MST cá nhân", "Mã số thuế"), VN_TAX_CODE, p.mst());
    f.id(d.pick("Số sổ BHXH", "Mã số BHXH"), VN_SOCIAL_INSURANCE, p.bhxh()).end();
    f.bankAccount();
    doc.line(
        "Lương tháng "
            + d.between(1, 12)
            + ": "
            + Values.money(d)
            + ", khấu trừ BHXH 8%, BHYT"
            + " 1.5%, BHTN 1%.");
    if (d.chance(0.3)) {
      doc.t("Hộ chiếu (công tác nước ngoài): ").v(PASSPORT_NUMBER, p.passport()).nl();
    }
  }

  private static void enrolment(Dice d, Doc doc, Person p) {
    doc.line("BIÊN BẢN ĐĂNG KÝ CHẤM CÔNG SINH TRẮC HỌC").nl();
    doc.t("Hôm nay, " + Values.dmy(Values.docDate(d)) + ", phòng Nhân sự đã thu thập ")
        .v(BIOMETRIC_DATA, d.pick(Terms.BIOMETRIC))
        .t(" của nhân viên ")
        .v(PERSON_NAME, p.name(Names.Form.TITLE))
        .line(" để phục vụ chấm công.");
    if (d.chance(0.5)) {
      doc.t("Dữ liệu được lưu dưới dạng ")
          .v(BIOMETRIC_DATA, d.pick(Terms.BIOMETRIC_EN))
          .line(" đã mã hóa trên máy chấm công.");
    }
    doc.t("Số điện thoại liên hệ: ").v(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine())).nl();
  }

  private static void check(Dice d, Doc doc, Person p) {
    doc.line("KẾT QUẢ KHÁM SỨC KHỎE ĐỊNH KỲ").nl();
    Fields f = new Fields(doc, d, p);
    f.name().dob().gender().end();
    doc.t("Kết luận: ")
        .v(HEALTH, d.pick(Terms.DISEASES))
        .t(", ")
        .v(HEALTH, d.pick(Terms.SYMPTOMS))
        .line(".");
    if (d.chance(0.5)) {
      doc.t("Xét nghiệm bổ sung: ").v(GENETIC_DATA, d.pick(Terms.GENETIC)).line(".");
    }
    if (d.chance(0.15)) {
      doc.t("Nhân viên tự khai: ")
          .v(SEX_LIFE, d.pick(Terms.SEX_LIFE))
          .line("; thông tin được bảo mật.");
    }
    doc.line("Xếp loại sức khỏe: " + d.pick("I", "II", "III") + ".");
  }

  private static void signature(Dice d, Doc doc) {
    Person hr = Person.next(d);
    doc.nl().line(d.pick("TRƯỞNG PHÒNG NHÂN SỰ", "Người lập phiếu", "TM. BAN GIÁM ĐỐC"));
    doc.v(PERSON_NAME, hr.name(Names.Form.TITLE)).nl();
    if (d.chance(0.6)) {
      doc.t("ĐT: ")
          .v(PHONE_NUMBER, Contacts.landline(d))
          .t(d.pick(" – máy lẻ ", " ext. "))
          .t(String.valueOf(d.between(100, 999)))
          .t(" | Email: ")
          .v(EMAIL_ADDRESS, hr.email())
          .nl();
    }
  }
}
