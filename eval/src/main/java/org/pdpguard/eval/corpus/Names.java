package org.pdpguard.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Vietnamese full names in the order family + middle + given (reference B6), drawn from the bundled
 * name counts with our own weights, and written the ways documents write them: title case with
 * diacritics, capitals with and without diacritics, without diacritics, lower case, initials, given
 * name only (after an honorific), and western order in English mail.
 *
 * <p>The bundled counts come from one forum of mostly male students, so female middle and given
 * names get a list of common ones of our own (Thị is the usual female middle name, Văn the male
 * one).
 */
final class Names {
  private static final List<String> FEMALE_GIVEN =
      List.of(
          "Hương", "Lan", "Linh", "Trang", "Hà", "Mai", "Thảo", "Ngọc", "Huyền", "Nhung", "Phương",
          "Hằng", "Thủy", "Yến", "Vy", "Nhi", "Trâm", "Quỳnh", "Hạnh", "Dung", "Nga", "Oanh",
          "Loan", "Hoa", "Thu", "Hiền", "Giang", "Châu", "My", "Ngân", "Tuyết", "Uyên", "Liên",
          "Thúy", "Vân", "Hồng", "Như", "Xuân", "Ly", "Tâm", "Anh", "Trinh", "Duyên", "Nhàn", "Lệ",
          "Thắm", "Ánh", "Kiều", "Hân", "Thư", "Chi", "Cúc", "Huệ", "Nguyệt", "Diễm", "Hoài");
  private static final List<String> FEMALE_MIDDLE =
      List.of(
          "Ngọc", "Thu", "Thanh", "Thùy", "Kim", "Mỹ", "Phương", "Bảo", "Hoài", "Minh", "Khánh",
          "Diệu", "Hồng", "Bích", "Thúy", "Lan", "Hải", "Quỳnh", "Như", "Tuyết", "Cẩm", "Ánh");
  private static final Set<String> NOT_MALE_MIDDLE = Set.of("Thị", "Bích", "Thùy", "Mỹ", "Diệu");
  private static final Set<String> NOT_FEMALE_MIDDLE =
      Set.of(
          "Văn", "Đức", "Hữu", "Công", "Bá", "Mạnh", "Trọng", "Quốc", "Tấn", "Đình", "Viết", "Khắc",
          "Thế", "Tiến", "Duy", "Tuấn", "Trung", "Huy", "Chí", "Đăng", "Đại");

  /** Second middle syllables of four-word names ("Nguyễn Thị Thu Hà", "Trần Đức Minh Quân"). */
  private static final List<String> MALE_SECOND =
      List.of(
          "Minh", "Đức", "Quang", "Hoàng", "Anh", "Tuấn", "Thanh", "Hữu", "Gia", "Bảo", "Nhật",
          "Duy", "Trọng", "Thế", "Công", "Quốc", "Xuân", "Hải");

  private Names() {}

  /** A name: family name, zero to two middle syllables, given name. */
  record Name(String family, List<String> middles, String given, boolean female) {
    String full() {
      StringBuilder b = new StringBuilder(family);
      for (String m : middles) {
        b.append(' ').append(m);
      }
      return b.append(' ').append(given).toString();
    }

    /** {@code N.V.A}: what court records and news use to shield a person. */
    String initials() {
      StringBuilder b = new StringBuilder();
      for (String w : full().split(" ")) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(Spelling.upper(w.substring(0, 1)));
      }
      return b.toString();
    }
  }

  static Name next(Dice d, boolean female) {
    String family = Data.FAMILY.sample(d);
    int middles = d.chance(0.03) ? 0 : d.chance(0.2) ? 2 : 1;
    List<String> m = new ArrayList<>(middles);
    for (int i = 0; i < middles; i++) {
      m.add(middle(d, female, i == 0));
    }
    String given;
    do {
      given = female && d.chance(0.85) ? d.pick(FEMALE_GIVEN) : Data.GIVEN.sample(d);
    } while (!female && FEMALE_GIVEN.contains(given) && !given.equals("Anh"));
    return new Name(family, List.copyOf(m), given, female);
  }

  private static String middle(Dice d, boolean female, boolean first) {
    if (!first) {
      return female ? d.pick(FEMALE_MIDDLE) : d.pick(MALE_SECOND);
    }
    if (female) {
      if (first && d.chance(0.45)) {
        return "Thị";
      }
      String s;
      do {
        s = d.chance(0.6) ? d.pick(FEMALE_MIDDLE) : Data.MIDDLE.sample(d);
      } while (NOT_FEMALE_MIDDLE.contains(s));
      return s;
    }
    if (first && d.chance(0.3)) {
      return "Văn";
    }
    String s;
    do {
      s = Data.MIDDLE.sample(d);
    } while (NOT_MALE_MIDDLE.contains(s));
    return s;
  }

  /** The ways a full name is written. */
  enum Form {
    TITLE,
    CAPS,
    CAPS_ASCII,
    ASCII,
    LOWER_ASCII,
    INITIALS,
    GIVEN,
    WESTERN_ASCII
  }

  static String write(Name n, Form f) {
    return switch (f) {
      case TITLE -> n.full();
      case CAPS -> Spelling.upper(n.full());
      case CAPS_ASCII -> Spelling.upper(Spelling.ascii(n.full()));
      case ASCII -> Spelling.ascii(n.full());
      case LOWER_ASCII -> Spelling.lower(Spelling.ascii(n.full()));
      case INITIALS -> n.initials();
      case GIVEN -> n.given();
      case WESTERN_ASCII -> Spelling.ascii(n.given() + " " + n.family());
    };
  }

  /** An honorific for a person of this sex, as people address or mention each other. */
  static String honorific(Dice d, boolean female, boolean formal) {
    if (formal) {
      return female ? d.pick("bà", "Bà", "chị", "bà") : d.pick("ông", "Ông", "anh", "ông");
    }
    return female
        ? d.pick("chị", "chị", "em", "cô", "bà", "bạn")
        : d.pick("anh", "anh", "em", "chú", "ông", "bác", "bạn");
  }

  /** Lazily loaded name counts (reference B6). */
  private static final class Data {
    static final Weighted<String> FAMILY = load("family_names.tsv", 0.2);
    static final Weighted<String> MIDDLE = load("middle_names.tsv", 0.5);
    static final Weighted<String> GIVEN = load("given_names.tsv", 0.5);

    /**
     * Weight = count + floor: names only in the name lists (count 0) still come up now and then.
     */
    private static Weighted<String> load(String file, double floor) {
      Weighted.Builder<String> b = Weighted.builder();
      for (String[] row : BundledData.rows("vn_names", file)) {
        b.add(row[0], Double.parseDouble(row[1]) + floor);
      }
      return b.build();
    }
  }
}
