package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.AGE;
import static org.pdpguard.core.EntityType.ETHNICITY;
import static org.pdpguard.core.EntityType.GENDER;
import static org.pdpguard.core.EntityType.GENETIC_DATA;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.RELIGION;
import static org.pdpguard.core.EntityType.SEX_LIFE;
import static org.pdpguard.core.EntityType.VN_HEALTH_INSURANCE;

/**
 * Medical notes: discharge papers, case summaries, outpatient records. An administrative block
 * (name, age, sex, ethnicity, BHYT card, address), then clinical prose with symptoms, history,
 * diagnoses with ICD-10 codes, treatment, and now and then genetic results and sexual risk factors.
 * Blood group is written but not labelled: Decree 13 does not count it as health data.
 */
final class MedicalKind implements Kind {
  @Override
  public String name() {
    return "medical";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    if (d.chance(0.2)) {
      counselling(d, doc, p);
      return;
    }
    doc.line(
        d.pick(
            "BỆNH VIỆN ĐA KHOA QUỐC TẾ",
            "PHÒNG KHÁM ĐA KHOA AN PHÚC",
            "BỆNH VIỆN ĐA KHOA HỒNG ĐỨC",
            "TRUNG TÂM Y TẾ KHU VỰC"));
    doc.line(d.pick("GIẤY RA VIỆN", "TÓM TẮT HỒ SƠ BỆNH ÁN", "PHIẾU KHÁM BỆNH NGOẠI TRÚ")).nl();
    doc.t(d.pick("Họ và tên người bệnh: ", "Họ tên: ", "Người bệnh: "))
        .v(PERSON_NAME, p.name(d.chance(0.3) ? Names.Form.CAPS : Names.Form.TITLE))
        .nl();
    doc.t("Tuổi: ")
        .v(AGE, String.valueOf(p.age()))
        .t(d.pick("     ", "\t", "    "))
        .t("Giới tính: ")
        .v(GENDER, Values.gender(d, p.female()))
        .nl();
    if (d.chance(0.7)) {
      doc.t("Dân tộc: ").v(ETHNICITY, p.ethnicity());
      if (d.chance(0.5)) {
        doc.t("     Tôn giáo: ").v(RELIGION, p.religion());
      }
      doc.nl();
    }
    doc.t(d.pick("Mã thẻ BHYT: ", "Số thẻ BHYT: ", "BHYT: ")).v(VN_HEALTH_INSURANCE, p.bhyt()).nl();
    doc.t("Địa chỉ: ").v(ADDRESS, Addresses.full(d, p.home())).nl();
    if (d.chance(0.5)) {
      doc.line("Nhóm máu: " + d.pick("O", "A", "B", "AB") + d.pick(" Rh+", "", " Rh-"));
    }
    doc.nl();
    clinical(d, doc, p);
    doc.line(Filler.paragraph(d, Filler.MEDICAL));
    if (d.chance(0.6)) {
      String rel =
          p.female()
              ? d.pick("chồng", "con trai", "con gái", "mẹ")
              : d.pick("vợ", "con trai", "con gái", "mẹ");
      Names.Name kin = Names.next(d, rel.equals("vợ") || rel.equals("mẹ") || rel.equals("con gái"));
      doc.t("Người nhà liên hệ: ")
          .v(PERSON_NAME, Names.write(kin, Names.Form.TITLE))
          .t(" (" + rel + ") – SĐT ")
          .v(PHONE_NUMBER, Contacts.mobile(d, Contacts.mobileDigits(d)))
          .nl();
    }
    doc.nl()
        .t(d.pick("Bác sĩ điều trị: ", "Bác sĩ khám: "))
        .t(d.pick("BS.CKI ", "ThS.BS ", "BS. ", ""))
        .v(PERSON_NAME, Person.next(d).name(Names.Form.TITLE))
        .nl();
    doc.line("Ngày " + Values.dmy(Values.docDate(d)));
  }

  /** Voluntary HIV counselling and testing: risk behaviour is the point of the record. */
  private static void counselling(Dice d, Doc doc, Person p) {
    doc.line("PHÒNG TƯ VẤN XÉT NGHIỆM HIV TỰ NGUYỆN").line("PHIẾU TƯ VẤN TRƯỚC XÉT NGHIỆM").nl();
    doc.line("Mã khách hàng: VCT-" + d.digits(6));
    if (d.chance(0.6)) {
      doc.t("Họ tên: ").v(PERSON_NAME, p.name(Names.Form.TITLE)).nl();
    }
    doc.t("Tuổi: ")
        .v(AGE, String.valueOf(p.age()))
        .t("    Giới tính: ")
        .v(GENDER, Values.gender(d, p.female()))
        .nl();
    doc.t("Đường lây nhiễm nguy cơ: ").v(SEX_LIFE, d.pick(Terms.SEX_LIFE)).nl();
    if (d.chance(0.5)) {
      doc.t("Hành vi khác: ").v(SEX_LIFE, d.pick(Terms.SEX_LIFE)).nl();
    }
    doc.t("Tiền sử: ").v(HEALTH, d.pick(Terms.DISEASES)).nl();
    doc.t("Xử trí: ")
        .v(HEALTH, d.pick("điều trị ARV", "điều trị dự phòng PrEP", "điều trị methadone"))
        .t(", hẹn tái khám sau " + d.between(1, 3) + " tháng.")
        .nl();
    doc.line(Filler.sentence(d, Filler.MEDICAL));
    doc.line("Ngày " + Values.dmy(Values.docDate(d)));
  }

  private static void clinical(Dice d, Doc doc, Person p) {
    doc.t(d.pick("Bệnh nhân ", "Người bệnh "))
        .v(GENDER, p.female() ? "nữ" : "nam")
        .t(", ")
        .v(AGE, p.age() + " tuổi")
        .t(", vào viện vì ")
        .v(HEALTH, d.pick(Terms.SYMPTOMS))
        .t(d.pick(" và ", ", "))
        .v(HEALTH, d.pick(Terms.SYMPTOMS))
        .line(".");
    doc.t("Tiền sử: ").v(HEALTH, d.pick(Terms.DISEASES)).t(" " + d.between(2, 15) + " năm");
    if (d.chance(0.5)) {
      doc.t(", đang dùng ").v(HEALTH, d.pick(Terms.DRUGS));
    }
    doc.line(".");
    var diagnosis = d.pick(Terms.DIAGNOSES);
    doc.t("Chẩn đoán: ").v(HEALTH, diagnosis.get(0));
    if (d.chance(0.7)) {
      String open = d.pick(" (", "; mã ICD-10: ", " – ICD ");
      doc.t(open).v(HEALTH, diagnosis.get(1)).t(open.equals(" (") ? ")" : "");
    }
    doc.line(".");
    doc.t("Điều trị: ")
        .v(HEALTH, d.pick(d.chance(0.5) ? Terms.TREATMENTS : Terms.DRUGS))
        .t(d.pick(", ", " kết hợp "))
        .v(HEALTH, d.pick(d.chance(0.5) ? Terms.TREATMENTS : Terms.DRUGS))
        .line(".");
    if (d.chance(0.6)) {
      doc.t(d.pick("Kết quả xét nghiệm di truyền: ", "Xét nghiệm gen: ", "Tiền sử gia đình: "))
          .v(GENETIC_DATA, d.pick(Terms.GENETIC))
          .line(".");
    }
    if (d.chance(0.4)) {
      doc.t(d.pick("Yếu tố nguy cơ: ", "Hành vi nguy cơ: "))
          .v(SEX_LIFE, d.pick(Terms.SEX_LIFE))
          .line(".");
    }
  }
}
