package org.pdpguard.eval.corpus;

import java.time.LocalDate;

/** Common values written the ways documents write them: dates, amounts, codes that are not PII. */
final class Values {
  private Values() {}

  /** {@code v} with leading zeros to {@code width} digits (String.format is slow in loops). */
  static String pad(long v, int width) {
    String s = Long.toString(v);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }

  /** {@code 1250000} → {@code 1.250.000} with {@code sep} = '.'. */
  static String grouped(long v, char sep) {
    String s = Long.toString(v);
    StringBuilder b = new StringBuilder(s.length() + s.length() / 3);
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append(sep);
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }

  /** {@code v} with exactly {@code decimals} decimals, a dot as separator. */
  static String decimal(double v, int decimals) {
    return java.math.BigDecimal.valueOf(v)
        .setScale(decimals, java.math.RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** A date of birth in one of the usual forms (spec: dd/mm/yyyy, d-m-yyyy, words). */
  static String dob(Dice d, LocalDate b) {
    int day = b.getDayOfMonth();
    int m = b.getMonthValue();
    int y = b.getYear();
    return switch (d.below(9)) {
      case 0, 1, 2 -> pad(day, 2) + "/" + pad(m, 2) + "/" + y;
      case 3 -> day + "/" + m + "/" + y;
      case 4 -> pad(day, 2) + "-" + pad(m, 2) + "-" + y;
      case 5 -> b.toString();
      case 6 -> pad(day, 2) + "." + pad(m, 2) + "." + y;
      default -> "ngày " + day + " tháng " + m + " năm " + y;
    };
  }

  /** A date of birth written with digits only (for tables and chats). */
  static String dobDigits(Dice d, LocalDate b) {
    String s = dob(d, b);
    return s.startsWith("ngày") ? dmy(b) : s;
  }

  static String gender(Dice d, boolean female) {
    return female ? d.pick("Nữ", "Nữ", "nữ") : d.pick("Nam", "Nam", "nam");
  }

  /** A date of the document itself (2024–2026): not personal data. */
  static LocalDate docDate(Dice d) {
    return LocalDate.of(2024, 1, 1).plusDays(d.below(900));
  }

  static String dmy(LocalDate x) {
    return pad(x.getDayOfMonth(), 2) + "/" + pad(x.getMonthValue(), 2) + "/" + x.getYear();
  }

  /**
   * An amount of money in one of the usual forms: {@code 1.250.000 đồng}, {@code 12,500,000 VND}.
   */
  static String money(Dice d) {
    long v = Math.round(Math.pow(10, 4 + 3.6 * d.unit()) / 1000) * 1000;
    String dots = grouped(v, '.');
    return switch (d.below(6)) {
      case 0 -> dots + " đồng";
      case 1 -> dots + "đ";
      case 2 -> grouped(v, ',') + " VND";
      case 3 -> dots + " VNĐ";
      case 4 -> v + " đ";
      default -> dots + " ₫";
    };
  }

  static String time(Dice d) {
    return pad(d.between(6, 22), 2) + ":" + pad(d.below(60), 2);
  }

  /** An order code as shops print them. */
  static String orderCode(Dice d) {
    return switch (d.below(4)) {
      case 0 -> "DH" + d.digits(8);
      case 1 -> d.number(d.between(12, 15));
      case 2 -> "#" + d.number(9);
      default -> d.letters(2) + d.digits(6) + d.letters(2);
    };
  }
}
