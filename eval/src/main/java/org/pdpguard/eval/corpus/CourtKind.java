package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.CRIMINAL_RECORD;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.ETHNICITY;
import static org.pdpguard.core.EntityType.GENDER;
import static org.pdpguard.core.EntityType.NATIONALITY;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.POLITICAL_OPINION;
import static org.pdpguard.core.EntityType.RELIGION;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_DRIVER_LICENSE;
import static org.pdpguard.core.EntityType.VN_LICENSE_PLATE;

/**
 * Court-style prose in the layout of a first-instance criminal judgment ("bản án"): the defendant's
 * particulars in one long sentence (name, birth year and place, residence, ethnicity, sex,
 * religion, nationality, parents, spouse, prior convictions), the victim shielded by initials, the
 * facts (plates, licences, phones, accounts, devices) and the decision.
 */
final class CourtKind implements Kind {
  @Override
  public String name() {
    return "court";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    String crime = d.pick(Terms.CRIMES);
    int no = d.between(12, 480);
    int year = d.between(2024, 2026);
    doc.line("TÒA ÁN NHÂN DÂN KHU VỰC " + d.between(1, 12))
        .line("BẢN ÁN " + no + "/" + year + "/HS-ST")
        .nl();
    doc.line(
            "Ngày "
                + Values.dmy(Values.docDate(d))
                + ", tại trụ sở Tòa án xét xử sơ thẩm công khai"
                + " vụ án hình sự thụ lý số "
                + d.between(10, 400)
                + "/"
                + year
                + "/TLST-HS đối với bị cáo:")
        .nl();
    String name = p.name(Names.Form.TITLE);
    doc.v(PERSON_NAME, name);
    if (d.chance(0.3)) {
      doc.t(" (tên gọi khác: " + d.pick("Tý", "Bin", "Tèo", "Cu") + ")");
    }
    if (d.chance(0.6)) {
      doc.t(", sinh năm ").v(DATE_OF_BIRTH, String.valueOf(p.year()));
    } else {
      doc.t(", sinh ngày ").v(DATE_OF_BIRTH, Values.dmy(p.birth()));
    }
    doc.t(" tại ").v(ADDRESS, Addresses.write(d, p.hometown(), Addresses.Extent.PROVINCE, false));
    doc.t("; nơi cư trú: ").v(ADDRESS, Addresses.full(d, p.home()));
    doc.t("; nghề nghiệp: " + d.pick("lao động tự do", "lái xe", "kinh doanh", "không"));
    doc.t("; trình độ văn hóa: " + d.between(5, 12) + "/12; dân tộc: ").v(ETHNICITY, p.ethnicity());
    doc.t("; giới tính: ").v(GENDER, p.female() ? "Nữ" : "Nam");
    doc.t("; tôn giáo: ").v(RELIGION, p.religion()).t("; quốc tịch: ").v(NATIONALITY, "Việt Nam");
    if (d.chance(0.4)) {
      doc.t("; số CCCD: ").v(VN_CCCD, p.cccd());
    }
    if (d.chance(0.3)) {
      doc.t("; là ")
          .v(POLITICAL_OPINION, d.pick("đảng viên Đảng Cộng sản Việt Nam", "đảng viên"))
          .t(" (" + d.pick("đã bị khai trừ khỏi Đảng", "đã bị đình chỉ sinh hoạt Đảng") + ")");
    }
    Names.Name father = Names.next(d, false);
    doc.t("; con ông ")
        .v(PERSON_NAME, Names.write(father, Names.Form.TITLE))
        .t(" và bà ")
        .v(PERSON_NAME, Names.write(Names.next(d, true), Names.Form.TITLE));
    if (d.chance(0.6)) {
      doc.t(p.female() ? "; có chồng là " : "; có vợ là ")
          .v(PERSON_NAME, Names.write(Names.next(d, !p.female()), Names.Form.TITLE))
          .t(" và 0" + d.between(1, 3) + " con");
    }
    doc.t("; tiền án: ");
    if (d.chance(0.5)) {
      doc.t(
              "ngày "
                  + Values.dmy(Values.docDate(d).minusYears(d.between(4, 9)))
                  + " bị Tòa án nhân dân xử phạt ")
          .v(
              CRIMINAL_RECORD,
              d.pick("02 năm tù", "18 tháng tù", "09 tháng tù", "03 năm tù")
                  + " về tội “"
                  + d.pick(Terms.CRIMES)
                  + "”");
    } else {
      doc.t("không");
    }
    doc.t("; tiền sự: ");
    if (d.chance(0.3)) {
      doc.v(
          CRIMINAL_RECORD,
          "bị xử phạt hành chính về hành vi "
              + d.pick("đánh bạc", "gây rối trật tự công cộng", "trộm cắp tài sản"));
    } else {
      doc.t("không");
    }
    // Pre-trial detention is data on a crime collected by law enforcement (Decree 356 Art. 4.1g),
    // as much as the administrative sanction under "tiền sự" is.
    doc.t("; ")
        .v(CRIMINAL_RECORD, "bị bắt tạm giam")
        .line(" từ ngày " + Values.dmy(Values.docDate(d)) + ", có mặt.")
        .nl();
    victim(d, doc);
    doc.nl().line("NỘI DUNG VỤ ÁN:");
    facts(d, doc, p, name);
    doc.line(Filler.paragraph(d, Filler.LEGAL)).nl().line("QUYẾT ĐỊNH:");
    doc.t("Tuyên bố bị cáo ")
        .v(PERSON_NAME, name)
        .t(" phạm ")
        .v(CRIMINAL_RECORD, "tội “" + crime + "”")
        .line(".");
    doc.t("Xử phạt bị cáo ")
        .v(PERSON_NAME, name)
        .t(" ")
        .v(
            CRIMINAL_RECORD,
            "0" + d.between(1, 7) + " năm " + Values.pad(d.between(0, 11), 2) + " tháng tù")
        .line(".");
  }

  private static void victim(Dice d, Doc doc) {
    Names.Name v = Names.next(d, d.chance(0.6));
    doc.t("- Bị hại: " + (v.female() ? "chị " : "anh "))
        .v(PERSON_NAME, d.chance(0.6) ? v.initials() : Names.write(v, Names.Form.TITLE));
    Person vp = Person.next(d);
    doc.t(", sinh năm ")
        .v(DATE_OF_BIRTH, String.valueOf(vp.year()))
        .t("; trú tại: ")
        .v(ADDRESS, Addresses.full(d, vp.home()))
        .line("; vắng mặt.");
    if (d.chance(0.5)) {
      Names.Name w = Names.next(d, d.chance(0.5));
      doc.t("- Người làm chứng: " + (w.female() ? "bà " : "ông "))
          .v(PERSON_NAME, Names.write(w, Names.Form.TITLE))
          .line(".");
    }
  }

  private static void facts(Dice d, Doc doc, Person p, String name) {
    doc.t("Khoảng " + d.between(6, 23) + " giờ ngày " + Values.dmy(Values.docDate(d)) + ", ");
    switch (d.below(4)) {
      case 0 ->
          doc.t("bị cáo điều khiển xe mô tô biển số ")
              .v(VN_LICENSE_PLATE, p.plate())
              .t(" lấy trộm 01 điện thoại di động (IMEI ")
              .v(DEVICE_ID, Contacts.imei(d))
              .line(") rồi bán lấy tiền tiêu xài.");
      case 1 ->
          doc.t("bị cáo điều khiển xe ô tô biển kiểm soát ")
              .v(VN_LICENSE_PLATE, p.plate())
              .t(", giấy phép lái xe số ")
              .v(VN_DRIVER_LICENSE, p.licence())
              .line(", gây tai nạn giao thông làm 01 người bị thương.");
      case 2 -> {
        doc.t("bị cáo dùng số điện thoại ")
            .v(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()))
            .t(" và tài khoản Facebook ")
            .v(ONLINE_ACCOUNT, Accounts.profileUrl(d, p.handle()))
            .t(" để liên lạc, yêu cầu bị hại chuyển tiền vào tài khoản số ")
            .v(BANK_ACCOUNT, p.account())
            .t(" mở tại " + p.bank().shortName() + " mang tên ")
            .v(PERSON_NAME, p.name(Names.Form.CAPS_ASCII))
            .line(".");
      }
      default -> {
        boolean party = d.chance(0.5);
        doc.t("bị cáo ")
            .v(PERSON_NAME, name)
            .t(party ? ", là " : ", người có quan điểm ")
            .v(POLITICAL_OPINION, d.pick(party ? Terms.PARTY : Terms.VIEWS))
            .line(", đã đăng tải nhiều bài viết trên mạng xã hội.");
      }
    }
  }
}
