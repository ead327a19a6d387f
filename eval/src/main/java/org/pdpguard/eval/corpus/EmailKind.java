package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.AGE;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.CREDENTIALS;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.IP_ADDRESS;
import static org.pdpguard.core.EntityType.MARITAL_STATUS;
import static org.pdpguard.core.EntityType.NATIONALITY;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.VN_CCCD;

/**
 * E-mail messages with headers: job applications, complaints to a bank, visa requests in English,
 * and internal mail that shares an account in clear. Signatures carry name, phone and profile link.
 */
final class EmailKind implements Kind {
  @Override
  public String name() {
    return "email";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    String display = p.name(d.chance(0.7) ? Names.Form.TITLE : Names.Form.WESTERN_ASCII);
    doc.t("From: ").v(PERSON_NAME, display).t(" <").v(EMAIL_ADDRESS, p.email()).line(">");
    Person to = Person.next(d);
    doc.t("To: ")
        .v(PERSON_NAME, to.name(Names.Form.TITLE))
        .t(" <")
        .v(EMAIL_ADDRESS, to.email())
        .line(">");
    if (d.chance(0.5)) {
      doc.t("Received: from [").v(IP_ADDRESS, Contacts.ip(d)).line("] by mx1.mailhost.vn");
    }
    doc.line("Date: " + Values.docDate(d) + " " + Values.time(d) + " +0700");
    switch (d.below(4)) {
      case 0 -> application(d, doc, p);
      case 1 -> complaint(d, doc, p);
      case 2 -> visa(d, doc, p);
      default -> account(d, doc, p);
    }
    doc.nl().line(d.pick("Trân trọng,", "Thanks & best regards,", "Thân mến,"));
    doc.v(PERSON_NAME, p.name(d.pick(Names.Form.TITLE, Names.Form.GIVEN, Names.Form.WESTERN_ASCII)))
        .nl();
    if (d.chance(0.6)) {
      doc.t("Mobile: ").v(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()));
      if (d.chance(0.7)) {
        doc.t(" | ").v(ONLINE_ACCOUNT, Accounts.profileUrl(d, p.handle()));
      }
      doc.nl();
    }
  }

  private static void application(Dice d, Doc doc, Person p) {
    doc.line(
            "Subject: [Ứng tuyển] "
                + d.pick("Chuyên viên kế toán", "Nhân viên kinh doanh", "Lập trình viên Java"))
        .nl();
    doc.line("Kính gửi Phòng Nhân sự,").nl();
    doc.t("Em tên là ")
        .v(PERSON_NAME, p.name(Names.Form.TITLE))
        .t(", ")
        .v(AGE, p.age() + " tuổi")
        .t(", ")
        .v(MARITAL_STATUS, Spelling.lower(p.marital()))
        .line(". Em xin gửi CV ứng tuyển vị trí trên.");
    doc.line(Filler.sentence(d, Filler.OFFICE));
    doc.t("Em có thể đi làm ngay. Số điện thoại của em là ")
        .v(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()))
        .line(".");
  }

  private static void complaint(Dice d, Doc doc, Person p) {
    doc.line("Subject: Khiếu nại giao dịch thẻ").nl();
    doc.line("Kính gửi Ngân hàng,").nl();
    doc.t("Tôi là ")
        .v(PERSON_NAME, p.name(Names.Form.TITLE))
        .t(", số CCCD ")
        .v(VN_CCCD, p.cccd())
        .t(", chủ thẻ số ")
        .v(PAYMENT_CARD, Banks.groupCard(d, p.card()))
        .line(".");
    doc.line(
        "Ngày "
            + Values.dmy(Values.docDate(d))
            + " tôi bị trừ "
            + Values.money(d)
            + " không rõ lý do.");
    doc.t("Đề nghị ngân hàng hoàn tiền về tài khoản ")
        .v(BANK_ACCOUNT, p.account())
        .line(" của tôi tại " + p.bank().shortName() + ".");
  }

  private static void visa(Dice d, Doc doc, Person p) {
    doc.t("Subject: Visa application – ").v(PERSON_NAME, Spelling.ascii(p.full())).nl().nl();
    doc.line("Dear Sir or Madam,").nl();
    doc.t("My name is ")
        .v(PERSON_NAME, p.name(Names.Form.CAPS_ASCII))
        .t(", date of birth ")
        .v(DATE_OF_BIRTH, Values.dmy(p.birth()))
        .t(", nationality: ")
        .v(NATIONALITY, d.pick(Terms.NATIONALITIES_EN))
        .line(".");
    doc.t("Passport number: ")
        .v(PASSPORT_NUMBER, p.passport())
        .line(", issued in " + Values.docDate(d).minusYears(3).getYear() + ".");
    doc.line("I would like to apply for a tourist visa for " + d.between(7, 30) + " days.");
  }

  private static void account(Dice d, Doc doc, Person p) {
    doc.line("Subject: Tài khoản hệ thống mới").nl();
    Names.Name to = Names.next(d, d.chance(0.5));
    doc.t("Chào " + Names.honorific(d, to.female(), false) + " ")
        .v(PERSON_NAME, to.given())
        .line(",");
    doc.t("Em gửi " + d.pick("anh", "chị") + " tài khoản đăng nhập: tên đăng nhập ")
        .v(CREDENTIALS, Accounts.username(d, p.name(), p.year()))
        .t(d.pick(", mật khẩu ", " / mật khẩu: ", ", pass: "))
        .v(CREDENTIALS, Accounts.password(d, p.name(), p.year()))
        .line(".");
    doc.line("Vui lòng đổi mật khẩu sau lần đăng nhập đầu tiên.");
  }
}
