package org.pdpguard.eval.corpus;

/**
 * Numbers that look like identifiers and are not: 12-digit numbers whose first three digits are no
 * CCCD province code (reference B1), 10-digit numbers whose MST check digit is wrong (B2), 16-digit
 * numbers that fail Luhn (B4), EAN-13 barcodes, transfer references.
 */
final class HardNumbers {
  private HardNumbers() {}

  /** 12 digits starting with a 0xx that is not in the Circular 07/2016 list. */
  static String impossibleCccd(Dice d) {
    String prefix;
    do {
      prefix = "0" + d.digits(2);
    } while (Ids.CCCD_PROVINCES.contains(prefix));
    return prefix + d.digits(9);
  }

  /**
   * 10 digits whose last digit is not the MST check digit of the first nine. The ranges are those
   * of enterprise codes (Hà Nội 01, Hải Phòng 02, TP HCM 03, …) and never a mobile prefix: a {@code
   * 09…} number in a tax field is more likely a phone typed in the wrong box.
   */
  static String wrongMst(Dice d) {
    String body =
        d.pick("010", "011", "020", "030", "031", "040", "060", "250", "360", "370") + d.digits(6);
    int check = Ids.mstCheck(body);
    int wrong = (check % 10 + d.between(1, 9)) % 10;
    return body + wrong;
  }

  /** 16 digits with a Visa/Mastercard-like start that fail the Luhn check. */
  static String luhnFailing(Dice d) {
    String body = d.pick("4", "5" + d.between(1, 5), "3") + d.digits(14);
    body = body.substring(0, 15);
    int good = Contacts.luhnDigit(body);
    return body + (good + d.between(1, 9)) % 10;
  }

  /** An order number of 12 to 15 digits. */
  static String orderNumber(Dice d) {
    return d.number(d.between(12, 15));
  }

  /** A Vietnamese EAN-13 barcode (prefix 893). */
  static String ean13(Dice d) {
    String body = "893" + d.digits(9);
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
    }
    return body + (10 - sum % 10) % 10;
  }

  static String transferRef(Dice d) {
    return d.pick("FT", "TT", "MBVCB.") + d.digits(d.between(11, 14));
  }

  static String tracking(Dice d) {
    return d.pick("SPXVN0", "GHN", "VTP", "JNT8") + d.digits(d.between(9, 12));
  }

  /**
   * A multicast group's MAC address (IPv4 {@code 01:00:5e:…}, IPv6 {@code 33:33:…}): it names a
   * group of receivers, not a device.
   */
  static String multicastMac(Dice d) {
    String prefix =
        d.chance(0.5)
            ? "01:00:5e:" + Values.pad(d.below(8), 2)
            : "33:33:" + d.hex(2) + ":" + d.hex(2);
    String h = d.hex(4);
    return prefix + ":" + h.substring(0, 2) + ":" + h.substring(2);
  }

  static String otp(Dice d) {
    return d.digits(d.pick(4, 6, 6, 6, 8));
  }

  static String version(Dice d) {
    return switch (d.below(4)) {
      case 0 -> "v" + d.between(1, 12) + "." + d.between(0, 30) + "." + d.between(0, 20);
      case 1 -> "10.0." + d.between(17000, 26100) + "." + d.between(1, 4000);
      case 2 ->
          d.between(1, 5)
              + "."
              + d.between(0, 20)
              + "."
              + d.between(0, 99)
              + "-"
              + d.between(1, 200)
              + "-generic";
      default ->
          d.between(2, 9)
              + "."
              + d.between(0, 9)
              + "."
              + d.between(0, 9)
              + " (build "
              + d.between(2024, 2026)
              + Values.pad(d.between(1, 12), 2)
              + Values.pad(d.between(1, 28), 2)
              + "."
              + d.between(1, 9)
              + ")";
    };
  }

  static String hotline(Dice d) {
    return switch (d.below(4)) {
      case 0 -> "1900 " + d.digits(4);
      case 1 -> "1900" + d.digits(4);
      case 2 -> "1800 " + d.digits(4);
      default -> "1900 " + d.digits(2) + " " + d.digits(2) + " " + d.digits(2);
    };
  }

  static String sku(Dice d) {
    return d.letters(2)
        + "-"
        + d.between(100, 9999)
        + "-"
        + d.pick("BLK", "WHT", "RED", "XL", "M", "42");
  }
}
