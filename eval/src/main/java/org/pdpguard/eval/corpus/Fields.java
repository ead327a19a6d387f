package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.ETHNICITY;
import static org.pdpguard.core.EntityType.GENDER;
import static org.pdpguard.core.EntityType.MARITAL_STATUS;
import static org.pdpguard.core.EntityType.NATIONALITY;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.RELIGION;

import org.pdpguard.core.EntityType;

/**
 * Writes labelled fields of a person ({@code Họ và tên: …}) the way forms lay them out: one per
 * line, or two on a line separated by spaces or a tab. Labels vary between forms and languages.
 */
final class Fields {
  private final Doc doc;
  private final Dice d;
  private final Person p;
  private final boolean twoColumns;
  private boolean secondColumn;

  Fields(Doc doc, Dice d, Person p) {
    this.doc = doc;
    this.d = d;
    this.p = p;
    this.twoColumns = d.chance(0.3);
  }

  /** {@code label: value}, then a line break or, in two-column layout, a gap. */
  Fields field(String label, EntityType type, String value) {
    doc.t(label).t(d.chance(0.9) ? ": " : ":  ").maybe(type, value);
    if (twoColumns && !secondColumn) {
      doc.t(d.chance(0.7) ? " ".repeat(d.between(4, 12)) : "\t");
      secondColumn = true;
    } else {
      doc.nl();
      secondColumn = false;
    }
    return this;
  }

  /** Ends a half-filled two-column line. */
  Fields end() {
    if (secondColumn) {
      doc.nl();
      secondColumn = false;
    }
    return this;
  }

  Fields name() {
    String label =
        d.pick(
            "Họ và tên",
            "Họ và tên",
            "Họ tên",
            "Họ và tên (chữ in hoa)",
            "Tên khách hàng",
            "Họ, chữ đệm và tên");
    Names.Form f =
        label.contains("in hoa") || d.chance(0.15)
            ? d.pick(Names.Form.CAPS, Names.Form.CAPS, Names.Form.CAPS_ASCII)
            : Names.Form.TITLE;
    return field(label, PERSON_NAME, p.name(f));
  }

  Fields dob() {
    return field(
        d.pick("Ngày sinh", "Ngày, tháng, năm sinh", "Sinh ngày", "Ngày tháng năm sinh"),
        DATE_OF_BIRTH,
        Values.dobDigits(d, p.birth()));
  }

  Fields gender() {
    return field(d.pick("Giới tính", "Giới tính", "Phái"), GENDER, Values.gender(d, p.female()));
  }

  Fields phone() {
    return field(
        d.pick("Số điện thoại", "Điện thoại", "SĐT", "Điện thoại di động", "Di động"),
        PHONE_NUMBER,
        Contacts.mobile(d, p.phoneNine()));
  }

  Fields email() {
    return field(
        d.pick("Email", "E-mail", "Thư điện tử", "Địa chỉ email"), EMAIL_ADDRESS, p.email());
  }

  Fields address() {
    String label =
        d.pick(
            "Địa chỉ",
            "Địa chỉ thường trú",
            "Nơi thường trú",
            "Chỗ ở hiện nay",
            "Địa chỉ liên hệ",
            "Nơi ở hiện tại");
    return field(label, ADDRESS, Addresses.full(d, p.home()));
  }

  Fields hometown() {
    Addresses.Extent e =
        d.pick(Addresses.Extent.WARD_UP, Addresses.Extent.DISTRICT_UP, Addresses.Extent.PROVINCE);
    return field(
        d.pick("Quê quán", "Nguyên quán", "Nơi sinh", "Nơi đăng ký khai sinh"),
        ADDRESS,
        Addresses.write(d, p.hometown(), e, false));
  }

  Fields ethnicity() {
    return field("Dân tộc", ETHNICITY, p.ethnicity());
  }

  Fields religion() {
    return field("Tôn giáo", RELIGION, p.religion());
  }

  Fields nationality() {
    String v = d.chance(0.8) ? "Việt Nam" : d.pick(Terms.NATIONALITIES);
    return field("Quốc tịch", NATIONALITY, v);
  }

  Fields marital() {
    return field(
        d.pick("Tình trạng hôn nhân", "Tình trạng hôn nhân", "Hôn nhân"),
        MARITAL_STATUS,
        p.marital());
  }

  Fields id(String label, EntityType type, String value) {
    return field(label, type, value);
  }

  Fields bankAccount() {
    Banks.Bank b = p.bank();
    doc.t(d.pick("Số tài khoản", "STK", "Tài khoản ngân hàng", "Số TK"))
        .t(": ")
        .v(BANK_ACCOUNT, p.account());
    if (d.chance(0.6)) {
      doc.t(d.pick(" tại ", " - ", " – Ngân hàng ")).t(b.shortName());
    } else {
      doc.t(d.pick(" tại ", " – ")).t(b.fullName());
    }
    secondColumn = true;
    return end();
  }

  /** Plain text on its own line (section headings, notes). */
  Fields text(String s) {
    end();
    doc.line(s);
    return this;
  }
}
