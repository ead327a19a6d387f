package org.pdpguard.eval.corpus;

import java.util.List;
import java.util.Locale;

/**
 * Contact and device values: mobile numbers with carrier prefixes after the 2018 conversion and
 * landlines with 2017 area codes (reference B3) in every written form, e-mail addresses, IP
 * addresses of Vietnamese ISPs, IMEI (Luhn), MAC addresses, GPS coordinates inside Vietnam.
 */
final class Contacts {
  /** Reference B3: Viettel, VinaPhone, MobiFone, Vietnamobile, Gmobile, iTel, Reddi. */
  private static final List<String> MOBILE =
      List.of(
          "32", "33", "34", "35", "36", "37", "38", "39", "96", "97", "98", "86", "83", "84", "85",
          "81", "82", "91", "94", "88", "70", "79", "77", "76", "78", "90", "93", "89", "56", "58",
          "92", "52", "59", "99", "87", "55");

  private static final List<String> AREA3 =
      List.of(
          "203", "204", "205", "206", "208", "210", "211", "212", "220", "221", "222", "225", "226",
          "227", "228", "229", "232", "233", "234", "235", "236", "237", "238", "239", "251", "252",
          "254", "255", "256", "258", "262", "263", "269", "270", "272", "273", "274", "275", "277",
          "290", "292", "296", "297", "299");

  private static final List<String> MAIL_DOMAINS =
      List.of(
          "gmail.com",
          "gmail.com",
          "gmail.com",
          "gmail.com",
          "yahoo.com",
          "yahoo.com.vn",
          "outlook.com",
          "hotmail.com",
          "icloud.com",
          "fpt.com.vn",
          "vnpt.vn",
          "viettel.com.vn",
          "tanphat.com.vn",
          "minhlong.vn",
          "sis.hust.edu.vn",
          "st.ueh.edu.vn",
          "hcmut.edu.vn");

  private Contacts() {}

  /** The 9 digits after the trunk 0 of a mobile number. */
  static String mobileDigits(Dice d) {
    return d.pick(MOBILE) + d.digits(7);
  }

  /** A mobile number in one of its written forms (B3). */
  static String mobile(Dice d, String nine) {
    String a = nine.substring(0, 2);
    String b = nine.substring(2, 5);
    String c = nine.substring(5);
    String tail4 = nine.substring(5, 9);
    return switch (d.below(12)) {
      case 0, 1, 2 -> "0" + nine;
      case 3, 4 ->
          "0" + a + b.charAt(0) + " " + b.substring(1) + c.charAt(0) + " " + c.substring(1);
      case 5 -> "0" + a + b.charAt(0) + "." + b.substring(1) + c.charAt(0) + "." + c.substring(1);
      case 6 -> "0" + a + "." + b + "." + tail4;
      case 7 -> "0" + a + " " + b + " " + tail4;
      case 8 ->
          "+84 " + a + b.charAt(0) + " " + b.substring(1) + c.charAt(0) + " " + c.substring(1);
      case 9 -> "+84" + nine;
      case 10 -> "84" + nine;
      default ->
          "(+84) " + a + b.charAt(0) + " " + b.substring(1) + c.charAt(0) + " " + c.substring(1);
    };
  }

  /** A landline: 0 + area code + subscriber number, 11 digits in all (B3). */
  static String landline(Dice d) {
    String area = d.chance(0.55) ? d.pick("24", "28") : d.pick(AREA3);
    String sub = d.digits(11 - 1 - area.length());
    sub = (char) ('2' + d.below(7)) + sub.substring(1);
    String split =
        sub.length() == 8
            ? sub.substring(0, 4) + " " + sub.substring(4)
            : sub.substring(0, 3) + " " + sub.substring(3);
    return switch (d.below(5)) {
      case 0 -> "(0" + area + ") " + split;
      case 1 -> "0" + area + "." + split.replace(' ', '.');
      case 2 -> "0" + area + sub;
      default -> "0" + area + " " + split;
    };
  }

  /** An e-mail address made from a name, the way people pick them. */
  static String email(Dice d, Names.Name n, int birthYear) {
    String given = Spelling.lower(Spelling.ascii(n.given()));
    String family = Spelling.lower(Spelling.ascii(n.family()));
    String middle = n.middles().isEmpty() ? "" : Spelling.lower(Spelling.ascii(n.middles().get(0)));
    String yy = Values.pad(birthYear % 100, 2);
    String local =
        switch (d.below(8)) {
          case 0 -> given + "." + family + yy;
          case 1 -> family + middle + given;
          case 2 -> given + family + birthYear;
          case 3 ->
              given + "." + family.charAt(0) + (middle.isEmpty() ? "" : middle.substring(0, 1));
          case 4 -> family + "_" + given + yy;
          case 5 -> given + d.between(1, 999);
          case 6 -> family.charAt(0) + (middle.isEmpty() ? "" : middle.substring(0, 1)) + given;
          default -> given + "." + middle + "." + family;
        };
    return local.replace("..", ".") + "@" + d.pick(MAIL_DOMAINS);
  }

  /** A public IPv4 address of a Vietnamese ISP, or now and then an IPv6 one. */
  static String ip(Dice d) {
    if (d.chance(0.15)) {
      return d.pick("2001:ee0:", "2402:800:", "2405:4802:")
          + d.hex(4).replaceFirst("^0+(?=.)", "")
          + ":"
          + d.hex(4).replaceFirst("^0+(?=.)", "")
          + "::"
          + d.hex(2).replaceFirst("^0", "");
    }
    int a = d.pick(113, 14, 27, 42, 58, 116, 171, 183, 1, 115, 117, 118, 123, 125);
    return a + "." + d.between(0, 255) + "." + d.between(0, 255) + "." + d.between(1, 254);
  }

  /** A 15-digit IMEI: 8-digit type allocation code, 6-digit serial, Luhn check digit. */
  static String imei(Dice d) {
    String body = d.pick("35", "86", "35", "49", "01") + d.digits(12);
    return body + luhnDigit(body);
  }

  /**
   * A device's own MAC address: unicast (the low bit of the first octet clear; a group address
   * names a multicast group, not a device), in one of the usual layouts.
   */
  static String mac(Dice d) {
    String drawn = d.hex(12);
    int first = Integer.parseInt(drawn.substring(0, 2), 16) & 0xfe;
    String h = String.format("%02x", first) + drawn.substring(2);
    if (d.chance(0.6)) {
      h = h.toUpperCase(Locale.ROOT);
    }
    String sep = d.pick(":", ":", "-");
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 12; i += 2) {
      b.append(i == 0 ? "" : sep).append(h, i, i + 2);
    }
    return b.toString();
  }

  /** A latitude inside Vietnam, e.g. {@code 21.028511}. */
  static String lat(Dice d) {
    return Values.decimal(8.6 + d.unit() * 14.7, d.between(4, 6));
  }

  static String lon(Dice d) {
    return Values.decimal(102.2 + d.unit() * 7.2, d.between(4, 6));
  }

  /** The Luhn check digit of {@code body}. */
  static int luhnDigit(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int v = body.charAt(i) - '0';
      if (dbl) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      dbl = !dbl;
    }
    return (10 - sum % 10) % 10;
  }
}
