package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Identifier values with the structure of reference Part B: CCCD (B1: birth-registration province
 * of Circular 07/2016, century/sex digit, year), CMND, MST with its check digit (B2), BHXH, BHYT
 * old and new, passport, driving licence and number plates (B5). The values are random, so any
 * match with a real person's number is chance.
 */
final class Ids {
  /** Circular 07/2016/TT-BCA Annex 1 (reference B1): the 63 birth-registration codes. */
  static final List<String> CCCD_PROVINCES =
      List.of(
          "001", "002", "004", "006", "008", "010", "011", "012", "014", "015", "017", "019", "020",
          "022", "024", "025", "026", "027", "030", "031", "033", "034", "035", "036", "037", "038",
          "040", "042", "044", "045", "046", "048", "049", "051", "052", "054", "056", "058", "060",
          "062", "064", "066", "067", "068", "070", "072", "074", "075", "077", "079", "080", "082",
          "083", "084", "086", "087", "089", "091", "092", "093", "094", "095", "096");

  /** Plate locality codes (reference B5). */
  private static final List<String> PLATE_CODES =
      List.of(
          "11", "12", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26",
          "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "40", "43", "47",
          "48", "49", "50", "51", "59", "60", "61", "62", "63", "64", "65", "66", "67", "68", "69",
          "70", "71", "72", "73", "74", "75", "76", "77", "78", "79", "81", "82", "83", "84", "85",
          "86", "88", "89", "90", "92", "93", "94", "95", "97", "98", "99");

  private static final String PLATE_SERIES = "ABCDEFGHKLMNPSTUVXYZ";
  private static final List<String> BHYT_GROUPS =
      List.of(
          "DN", "DN", "HC", "HS", "HS", "SV", "GD", "GD", "HT", "TE", "CN", "HN", "CB", "XK", "NO",
          "TS", "BT", "CK", "KC", "TC");
  private static final int[] MST_WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  private Ids() {}

  /** A 12-digit CCCD of a person born in {@code year} (1900–2099). */
  static String cccd(Dice d, boolean female, int year) {
    String province =
        d.chance(0.3) ? d.pick("001", "079", "001", "079", "031", "048") : d.pick(CCCD_PROVINCES);
    int century = year < 2000 ? 0 : 2;
    return province + (century + (female ? 1 : 0)) + Values.pad(year % 100, 2) + d.digits(6);
  }

  /** A 9-digit CMND: the first two digits were the issuing police's range (reference B2). */
  static String cmnd(Dice d) {
    return Values.pad(d.between(1, 38), 2) + d.digits(7);
  }

  /** A personal 10-digit MST (they mostly start with 8) with a valid check digit. */
  static String mst(Dice d) {
    while (true) {
      String body =
          d.chance(0.75) ? "8" + d.digits(8) : Values.pad(d.between(1, 96), 2) + d.digits(7);
      int check = mstCheck(body);
      if (check < 10 && !body.substring(2).equals("0000000")) {
        return body + check;
      }
    }
  }

  /** A 13-digit MST of a dependant or branch: a valid 10-digit code, dash, 001–999. */
  static String mst13(Dice d) {
    return mst(d) + (d.chance(0.8) ? "-" : "") + Values.pad(d.between(1, 999), 3);
  }

  /** The MST check digit of nine digits (reference B2); 10 means no valid code exists. */
  static int mstCheck(String nineDigits) {
    int s = 0;
    for (int i = 0; i < 9; i++) {
      s += MST_WEIGHTS[i] * (nineDigits.charAt(i) - '0');
    }
    return 10 - (s % 11);
  }

  /** A 10-digit BHXH code: 2-digit province then 8 digits. */
  static String bhxh(Dice d) {
    return Values.pad(d.between(1, 96), 2) + d.digits(8);
  }

  /** The old 15-character BHYT card code: group, benefit level 1–5, province, BHXH code. */
  static String bhytOld(Dice d, String bhxh) {
    return d.pick(BHYT_GROUPS) + d.between(1, 5) + Values.pad(d.between(1, 99), 2) + bhxh;
  }

  static String passport(Dice d) {
    return d.pick("C", "C", "C", "B", "N", "P") + d.digits(7);
  }

  /** A 12-digit PET licence: 2-digit province code then 10 digits (reference B2). */
  static String driverLicense(Dice d) {
    return Values.pad(d.pick(1, 79, 79, 1, 31, 48, 75, 74, 38, 40, 92, 36, 26), 2) + d.digits(10);
  }

  /** A car or motorbike plate in one of the ways people write it. */
  static String plate(Dice d) {
    String code = d.pick(PLATE_CODES);
    char s = PLATE_SERIES.charAt(d.below(PLATE_SERIES.length()));
    String five = d.digits(3) + (d.chance(0.7) ? "." : "") + d.digits(2);
    if (d.chance(0.45)) {
      String series = d.chance(0.1) ? "LD" : String.valueOf(s);
      return switch (d.below(4)) {
        case 0 -> code + series + "-" + d.digits(4);
        case 1 -> code + series + " " + five;
        default -> code + series + "-" + five;
      };
    }
    String bike = String.valueOf(s) + d.between(1, 9);
    return switch (d.below(4)) {
      case 0 -> code + bike + "-" + five;
      case 1 -> code + bike + " " + d.digits(5);
      default -> code + "-" + bike + " " + five;
    };
  }
}
