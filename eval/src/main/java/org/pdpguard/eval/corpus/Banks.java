package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Banks with their NAPAS BINs (reference B4, values of the vietqr.io list), account numbers in the
 * lengths each bank uses in practice (not standardised, B4), NAPAS cards ({@code 9704} + bank code)
 * and Visa/Mastercard/JCB numbers, all with a valid Luhn digit.
 */
final class Banks {
  /** A bank: short name, full name, NAPAS BIN, account length, account prefix. */
  record Bank(String shortName, String fullName, String bin, int accountLength, String prefix) {}

  static final List<Bank> BANKS =
      List.of(
          new Bank("Vietcombank", "Ngân hàng TMCP Ngoại thương Việt Nam", "970436", 13, "0"),
          new Bank("VietinBank", "Ngân hàng TMCP Công Thương Việt Nam", "970415", 12, "10"),
          new Bank("BIDV", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", "970418", 14, "12"),
          new Bank(
              "Agribank",
              "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam",
              "970405",
              13,
              "1"),
          new Bank("Techcombank", "Ngân hàng TMCP Kỹ Thương Việt Nam", "970407", 14, "190"),
          new Bank("MB", "Ngân hàng TMCP Quân đội", "970422", 13, "0"),
          new Bank("ACB", "Ngân hàng TMCP Á Châu", "970416", 8, ""),
          new Bank("Sacombank", "Ngân hàng TMCP Sài Gòn Thương Tín", "970403", 12, "06"),
          new Bank("VPBank", "Ngân hàng TMCP Việt Nam Thịnh Vượng", "970432", 9, ""),
          new Bank("TPBank", "Ngân hàng TMCP Tiên Phong", "970423", 11, "0"),
          new Bank("HDBank", "Ngân hàng TMCP Phát triển TP.HCM", "970437", 12, "0"),
          new Bank("SHB", "Ngân hàng TMCP Sài Gòn – Hà Nội", "970443", 10, "10"),
          new Bank("OCB", "Ngân hàng TMCP Phương Đông", "970448", 13, "00"),
          new Bank("MSB", "Ngân hàng TMCP Hàng Hải Việt Nam", "970426", 14, "0"),
          new Bank("Eximbank", "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam", "970431", 12, "1"),
          new Bank("SeABank", "Ngân hàng TMCP Đông Nam Á", "970440", 13, "0"),
          new Bank("LPBank", "Ngân hàng TMCP Lộc Phát Việt Nam", "970449", 12, "0"),
          new Bank("Nam A Bank", "Ngân hàng TMCP Nam Á", "970428", 13, "0"));

  private Banks() {}

  static Bank bank(Dice d) {
    return d.chance(0.5) ? BANKS.get(d.below(6)) : d.pick(BANKS);
  }

  /** An account number; some people use their phone number as a vanity account (B4). */
  static String account(Dice d, Bank b, String phoneNine) {
    if (b.shortName().equals("MB") && d.chance(0.3)) {
      return "0" + phoneNine;
    }
    return b.prefix() + d.digits(b.accountLength() - b.prefix().length());
  }

  /** A 16-digit (sometimes 19-digit) NAPAS card of the bank, Luhn-valid. */
  static String napasCard(Dice d, Bank b) {
    String body = b.bin() + d.digits(d.chance(0.85) ? 9 : 12);
    return body + Contacts.luhnDigit(body);
  }

  /** A Visa, Mastercard or JCB number, Luhn-valid. */
  static String internationalCard(Dice d) {
    String prefix =
        switch (d.below(5)) {
          case 0, 1 -> "4" + d.pick("22150", "05436", "19764", "86570", "11111");
          case 2 -> "5" + d.between(1, 5) + d.digits(4);
          case 3 -> "2" + d.between(221, 720) + d.digits(2);
          default -> "35" + d.between(28, 89) + d.digits(2);
        };
    String body = prefix + d.digits(15 - prefix.length());
    return body + Contacts.luhnDigit(body);
  }

  /** A card number grouped the way it is printed or typed. */
  static String groupCard(Dice d, String card) {
    if (card.length() != 16 || d.chance(0.4)) {
      return card;
    }
    String sep = d.pick(" ", " ", "-");
    return card.substring(0, 4)
        + sep
        + card.substring(4, 8)
        + sep
        + card.substring(8, 12)
        + sep
        + card.substring(12);
  }
}
