package org.pdpguard.eval.corpus;

import java.util.List;

/**
 * Residence addresses and places (reference B6), built from the bundled administrative units in the
 * 4-level style used before 1 July 2025 (house – ward – district – province) and the 3-level style
 * after (house – ward – province), urban (số nhà, ngõ/ngách in the north, kiệt in the centre, hẻm
 * and {@code 12/5} in the south) and rural (thôn, xóm, ấp, bản), with the usual abbreviations
 * ({@code P.}, {@code Q.}, {@code TP.}, {@code tp.HCM}, {@code H.}, {@code TT.}). Wards of the
 * pre-2025 list carry only their province, so ward and district may not match.
 */
final class Addresses {
  private Addresses() {}

  /** A place: province, district (null after 2025) and ward/commune. */
  record Place(
      boolean pre2025, AdminUnits.Unit province, AdminUnits.Unit district, AdminUnits.Unit ward) {}

  /** How much of the address is written. */
  enum Extent {
    FULL,
    WARD_UP,
    DISTRICT_UP,
    PROVINCE
  }

  static Place place(Dice d) {
    boolean pre = d.chance(0.5);
    List<AdminUnits.Unit> provinces = pre ? AdminUnits.provincesPre() : AdminUnits.provincesPost();
    AdminUnits.Unit province;
    double r = d.unit();
    String big = r < 0.22 ? "01" : r < 0.46 ? "79" : r < 0.52 ? "48" : r < 0.56 ? "31" : null;
    if (big != null) {
      province = AdminUnits.province(pre, big);
    } else {
      province = d.pick(provinces);
    }
    String code = province.province();
    List<AdminUnits.Unit> wards = pre ? AdminUnits.wardsPre(code) : AdminUnits.wardsPost(code);
    AdminUnits.Unit district = pre ? d.pick(AdminUnits.districtsPre(code)) : null;
    return new Place(pre, province, district, d.pick(wards));
  }

  /** A full residence address in a document written with diacritics. */
  static String full(Dice d, Place p) {
    return write(d, p, Extent.FULL, false);
  }

  /** The address of {@code p} to the given extent; {@code ascii} for chat-style text. */
  static String write(Dice d, Place p, Extent extent, boolean ascii) {
    boolean abbr = d.chance(ascii ? 0.5 : 0.3);
    String sep = d.chance(0.9) ? ", " : " - ";
    StringBuilder b = new StringBuilder();
    if (extent == Extent.FULL) {
      boolean rural = "Xã".equals(p.ward().type()) && d.chance(0.8);
      b.append(rural ? village(d, p) : house(d, p)).append(sep);
    }
    boolean skipWard = extent == Extent.FULL && p.pre2025() && d.chance(0.15);
    if ((extent == Extent.FULL || extent == Extent.WARD_UP) && !skipWard) {
      b.append(ward(d, p.ward(), abbr, ascii)).append(sep);
    }
    if (p.district() != null && extent != Extent.PROVINCE) {
      b.append(district(d, p.district(), abbr)).append(sep);
    }
    b.append(province(d, p.province(), abbr, ascii));
    String s = b.toString();
    if (!ascii) {
      return s;
    }
    s = Spelling.ascii(s);
    return d.chance(0.4) ? Spelling.lower(s) : s;
  }

  private static String house(Dice d, Place p) {
    int region = region(p.province().province());
    String street = street(d, region);
    int n = d.between(1, 320);
    String no = n + (d.chance(0.12) ? d.pick("A", "B", "C") : "");
    double r = d.unit();
    if (r < 0.08) {
      return "Phòng "
          + d.between(2, 35)
          + Values.pad(d.between(1, 20), 2)
          + ", tòa "
          + d.pick("CT", "HH", "A", "B", "N0")
          + d.between(1, 9)
          + sep2(d)
          + street;
    }
    if (region == 0 && r < 0.5) {
      String ngo = d.pick("ngõ ", "Ngõ ", "ngõ ") + d.between(2, 500);
      if (d.chance(0.35)) {
        ngo = d.pick("ngách ", "Ngách ") + d.between(2, 90) + "/" + d.between(2, 300) + ", " + ngo;
      }
      return d.pick("Số ", "số ", "", "Số nhà ")
          + no
          + (d.chance(0.6) ? ", " : " ")
          + ngo
          + " "
          + street;
    }
    if (region == 1 && r < 0.4) {
      return d.pick("", "số ", "Số ")
          + no
          + " "
          + d.pick("kiệt ", "Kiệt ", "K")
          + d.between(2, 400)
          + " "
          + street;
    }
    if (region == 2 && r < 0.55) {
      String slash = no + "/" + d.between(1, 120) + (d.chance(0.3) ? "/" + d.between(1, 30) : "");
      return d.chance(0.7)
          ? slash + " " + street
          : d.pick("Số ", "số ", "")
              + no
              + " "
              + d.pick("hẻm ", "Hẻm ", "hẻm số ")
              + d.between(2, 900)
              + " "
              + street;
    }
    return d.pick("Số ", "số ", "", "", "Số nhà ") + no + d.pick(" ", ", ", " ") + street;
  }

  private static String sep2(Dice d) {
    return d.chance(0.5) ? ", " : " ";
  }

  private static String street(Dice d, int region) {
    if (region == 2 && d.chance(0.1)) {
      return d.pick("Đường số ", "đường số ", "Đường ") + d.between(1, 40);
    }
    if (d.chance(0.04)) {
      return d.pick("Quốc lộ ", "QL", "Tỉnh lộ ") + d.between(1, 60) + d.pick("", "", "A");
    }
    String prefix =
        region == 0
            ? d.pick("phố ", "Phố ", "đường ", "", "")
            : d.pick("đường ", "Đường ", "", "", "Đ. ");
    return prefix + d.pick(Streets.NAMES);
  }

  private static String village(Dice d, Place p) {
    int region = region(p.province().province());
    String name = d.pick(AdminUnits.wardsPre(p.province().province())).name();
    if (region == 2) {
      return d.chance(0.5) ? "ấp " + name : d.pick("Ấp ", "ấp ") + d.between(1, 9);
    }
    return switch (d.below(5)) {
      case 0 -> "xóm " + d.between(1, 15);
      case 1 -> d.pick("tổ dân phố ", "Tổ dân phố số ", "tổ ") + d.between(1, 30);
      case 2 -> d.pick("bản ", "khu ") + name;
      default -> d.pick("thôn ", "Thôn ") + name;
    };
  }

  private static String ward(Dice d, AdminUnits.Unit w, boolean abbr, boolean ascii) {
    boolean numeric = Character.isDigit(w.name().charAt(0));
    String word =
        switch (w.type()) {
          case "Phường" ->
              abbr
                  ? (numeric ? d.pick("P.", "P", "P. ") : d.pick("P. ", "P."))
                  : d.pick("Phường ", "phường ");
          case "Xã" -> abbr && d.chance(0.3) ? "X. " : d.pick("Xã ", "xã ");
          case "Thị trấn" -> abbr ? "TT. " : d.pick("Thị trấn ", "thị trấn ");
          case "Đặc khu" -> d.pick("Đặc khu ", "đặc khu ");
          default -> "";
        };
    if (ascii && !numeric && d.chance(0.3)) {
      word = "";
    }
    return word + w.name();
  }

  private static String district(Dice d, AdminUnits.Unit u, boolean abbr) {
    boolean numeric = Character.isDigit(u.name().charAt(0));
    String word =
        switch (u.type()) {
          case "Quận" ->
              abbr
                  ? (numeric ? d.pick("Q.", "Q", "Q. ") : d.pick("Q. ", "Q."))
                  : d.pick("Quận ", "quận ");
          case "Huyện" -> abbr ? "H. " : d.pick("Huyện ", "huyện ");
          case "Thị xã" -> abbr ? "TX. " : d.pick("Thị xã ", "thị xã ");
          case "Thành phố" ->
              abbr ? d.pick("TP. ", "TP ", "Tp. ") : d.pick("Thành phố ", "thành phố ");
          default -> "";
        };
    return word + u.name();
  }

  private static String province(Dice d, AdminUnits.Unit u, boolean abbr, boolean ascii) {
    String name = u.name();
    if (name.equals("Hồ Chí Minh")) {
      return abbr || ascii
          ? d.pick("TP.HCM", "tp.HCM", "TP HCM", "TPHCM", "TP. HCM", "HCM")
          : d.pick("TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "Tp. Hồ Chí Minh");
    }
    if (name.equals("Hà Nội") && ascii && d.chance(0.5)) {
      return d.pick("HN", "Ha Noi", "Hà Nội");
    }
    if (u.type().equals("Thành phố")) {
      return d.chance(0.45)
          ? name
          : (abbr ? d.pick("TP. ", "TP ", "Tp. ") : d.pick("Thành phố ", "thành phố ", "TP. "))
              + name;
    }
    return d.chance(0.4) ? name : d.pick("tỉnh ", "Tỉnh ", "tỉnh ") + name;
  }

  /** 0 north, 1 centre, 2 south, by the province code order of the GSO list. */
  private static int region(String code) {
    int c = Integer.parseInt(code);
    return c < 40 ? 0 : c < 67 ? 1 : 2;
  }
}
