package org.pdpguard.eval.corpus;

import static org.pdpguard.core.EntityType.ADDRESS;
import static org.pdpguard.core.EntityType.AGE;
import static org.pdpguard.core.EntityType.BANK_ACCOUNT;
import static org.pdpguard.core.EntityType.CREDENTIALS;
import static org.pdpguard.core.EntityType.CRIMINAL_RECORD;
import static org.pdpguard.core.EntityType.DATE_OF_BIRTH;
import static org.pdpguard.core.EntityType.DEVICE_ID;
import static org.pdpguard.core.EntityType.EMAIL_ADDRESS;
import static org.pdpguard.core.EntityType.HEALTH;
import static org.pdpguard.core.EntityType.LOCATION_DATA;
import static org.pdpguard.core.EntityType.ONLINE_ACCOUNT;
import static org.pdpguard.core.EntityType.PASSPORT_NUMBER;
import static org.pdpguard.core.EntityType.PAYMENT_CARD;
import static org.pdpguard.core.EntityType.PERSON_NAME;
import static org.pdpguard.core.EntityType.PHONE_NUMBER;
import static org.pdpguard.core.EntityType.RELIGION;
import static org.pdpguard.core.EntityType.SEX_LIFE;
import static org.pdpguard.core.EntityType.VN_CCCD;
import static org.pdpguard.core.EntityType.VN_CMND;
import static org.pdpguard.core.EntityType.VN_LICENSE_PLATE;
import static org.pdpguard.core.EntityType.VN_SOCIAL_INSURANCE;
import static org.pdpguard.core.EntityType.VN_TAX_CODE;
import static org.pdpguard.eval.corpus.Spelling.ascii;

/**
 * Zalo/Messenger-style chats: the customer types without diacritics and with abbreviations ({@code
 * sdt}, {@code stk}, {@code cccd}, {@code dc}, {@code ns}, {@code mk}), the shop or the friend
 * answers with diacritics. Mostly small talk; personal data comes in passing.
 */
final class ChatKind implements Kind {
  @Override
  public String name() {
    return "chat";
  }

  @Override
  public void write(Dice d, Doc doc) {
    Person p = Person.next(d);
    boolean shop = d.chance(0.6);
    String me =
        shop
            ? d.pick("Khach hang", "KH", "Khách")
            : p.name(d.pick(Names.Form.TITLE, Names.Form.WESTERN_ASCII, Names.Form.ASCII));
    String other =
        shop
            ? d.pick("CSKH", "Shop", "Admin", "Tư vấn viên")
            : Person.next(d).name(Names.Form.TITLE);
    int h = d.between(7, 21);
    int m = d.below(50);
    int turns = d.between(6, 14);
    for (int i = 0; i < turns; i++) {
      boolean mine = i % 2 == 0 || d.chance(0.3);
      doc.t(d.chance(0.7) ? "[" + Values.pad(h, 2) + ":" + Values.pad((m + i) % 60, 2) + "] " : "");
      doc.maybe(shop ? null : PERSON_NAME, mine ? me : other);
      doc.t(": ");
      if (mine && d.chance(0.6)) {
        message(d, doc, p);
      } else if (mine) {
        doc.t(Filler.sentence(d, Filler.CHAT));
      } else {
        doc.t(shop ? Filler.sentence(d, Filler.SERVICE) : Filler.sentence(d, Filler.CHAT));
      }
      doc.nl();
    }
  }

  /** One message that carries personal data. */
  private static void message(Dice d, Doc doc, Person p) {
    switch (d.below(20)) {
      case 0, 1 ->
          doc.t(d.pick("sdt ", "sdt cua minh la ", "so dt: ", "lh ", "zalo "))
              .v(PHONE_NUMBER, Contacts.mobile(d, p.phoneNine()));
      case 2 ->
          doc.t(d.pick("stk ", "stk: ", "ck vao stk "))
              .v(BANK_ACCOUNT, p.account())
              .t(" " + Spelling.lower(p.bank().shortName()) + d.pick(" chu tk ", " - ", ", ten "))
              .v(PERSON_NAME, p.name(Names.Form.CAPS_ASCII));
      case 3 ->
          doc.t(d.pick("cccd ", "so cccd cua e la ", "can cuoc: ", "cccd minh "))
              .v(VN_CCCD, p.cccd());
      case 4 -> doc.t(d.pick("cmnd cu ", "so cmnd ")).v(VN_CMND, p.cmnd());
      case 5, 6 ->
          doc.t(d.pick("dc ", "dia chi: ", "giao ve ", "dc nhan hang "))
              .v(ADDRESS, Addresses.write(d, p.home(), Addresses.Extent.FULL, true));
      case 7 ->
          doc.t(d.pick("ten nguoi nhan ", "nguoi nhan: ", "ten e la "))
              .v(
                  PERSON_NAME,
                  p.name(d.pick(Names.Form.ASCII, Names.Form.LOWER_ASCII, Names.Form.CAPS_ASCII)));
      case 8 ->
          doc.t(d.pick("ns ", "ngay sinh ", "sinh ngay "))
              .v(DATE_OF_BIRTH, Values.dobDigits(d, p.birth()));
      case 9 ->
          doc.t(d.pick("mk ", "mat khau la ", "pass: ", "mk moi: "))
              .v(CREDENTIALS, Accounts.password(d, p.name(), p.year()))
              .t(d.pick("", " nhe", " nha"));
      case 10 ->
          doc.t(d.pick("so the ", "the ", "the visa "))
              .v(PAYMENT_CARD, Banks.groupCard(d, p.card()));
      case 11 ->
          doc.t(d.pick("link trang ca nhan ", "profile minh ", "ib qua "))
              .v(ONLINE_ACCOUNT, Accounts.profileUrl(d, p.handle()));
      case 12 -> doc.t(d.pick("email ", "mail: ", "gui qua mail ")).v(EMAIL_ADDRESS, p.email());
      case 13 ->
          doc.t(d.pick("e ", "minh ", "nam nay "))
              .v(AGE, p.age() + " tuoi")
              .t(d.pick(" roi", "", " a"));
      case 14 -> doc.t(d.pick("bien so ", "xe ", "bs xe ")).v(VN_LICENSE_PLATE, p.plate());
      case 15 -> location(d, doc);
      case 16 -> health(d, doc, p);
      case 17 -> private_(d, doc);
      case 18 -> mention(d, doc);
      default -> ids(d, doc, p);
    }
  }

  /** Someone else by honorific and given name: {@code nho chi Lan nhan giup}. */
  private static void mention(Dice d, Doc doc) {
    Names.Name n = Names.next(d, d.chance(0.5));
    doc.t(d.pick("nho ", "hoi ", "gui cho ", ""))
        .t(ascii(Names.honorific(d, n.female(), false)))
        .t(" ")
        .v(PERSON_NAME, ascii(n.given()))
        .t(d.pick(" nhan giup", " roi", " nhe", " oi"));
  }

  private static void ids(Dice d, Doc doc, Person p) {
    switch (d.below(4)) {
      case 0 -> doc.t(d.pick("mst ", "ma so thue ca nhan ")).v(VN_TAX_CODE, p.mst());
      case 1 -> doc.t(d.pick("so bhxh ", "ma bhxh ")).v(VN_SOCIAL_INSURANCE, p.bhxh());
      case 2 -> doc.t(d.pick("ho chieu ", "so ho chieu ")).v(PASSPORT_NUMBER, p.passport());
      default -> doc.t(d.pick("imei ", "imei may ")).v(DEVICE_ID, Contacts.imei(d));
    }
  }

  private static void location(Dice d, Doc doc) {
    if (d.chance(0.5)) {
      doc.t(d.pick("vi tri cua minh ", "gui vi tri: ", "minh dang o "))
          .v(LOCATION_DATA, Contacts.lat(d) + ", " + Contacts.lon(d));
    } else {
      doc.t("https://maps.google.com/?q=")
          .v(LOCATION_DATA, Contacts.lat(d) + "," + Contacts.lon(d));
    }
  }

  private static void health(Dice d, Doc doc, Person p) {
    String who = d.pick("me minh ", "bo minh ", "minh ", "vo minh ", "con minh ");
    if (d.chance(0.6)) {
      doc.t(who + d.pick("bi ", "dang bi ", "moi phat hien "))
          .v(HEALTH, ascii(d.pick(Terms.DISEASES)))
          .t(d.pick(" roi", " nen nghi vai hom", ", lo qua"));
    } else {
      doc.t(who + d.pick("dang ", "phai "))
          .v(HEALTH, ascii(d.pick(Terms.TREATMENTS)))
          .t(" " + d.pick("o vien", "moi tuan", "thang nay"));
    }
  }

  private static void private_(Dice d, Doc doc) {
    switch (d.below(3)) {
      case 0 ->
          doc.t(d.pick("no la ", "nghe noi ong ay la ", "minh la "))
              .v(SEX_LIFE, d.pick(Terms.SEX_LIFE_CHAT))
              .t(d.pick(" do", "", " ma"))
              .t(d.pick("", " dung noi ai"));
      case 1 ->
          doc.t(d.pick("nha minh theo dao ", "minh theo dao "))
              .v(RELIGION, ascii(d.pick(Terms.FAITHS)))
              .t(d.pick("", " nen chu nhat di le", " tu nho"));
      default ->
          doc.t(d.pick("hoi truoc no di tu vi toi ", "ong ay co tien an ve toi "))
              .v(CRIMINAL_RECORD, Spelling.lower(ascii(d.pick(Terms.CRIMES))));
    }
  }
}
