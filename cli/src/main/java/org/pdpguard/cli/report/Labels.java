package org.pdpguard.cli.report;

import java.util.Locale;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;

/** Bilingual labels and number formats shared by the human-readable writers. */
final class Labels {
  private Labels() {}

  /** {@code cơ bản} / {@code nhạy cảm}. */
  static String categoryVi(Category c) {
    return c == Category.SENSITIVE ? "nhạy cảm" : "cơ bản";
  }

  /** {@code cơ bản/basic}. */
  static String category(Category c) {
    return categoryVi(c) + "/" + c.label();
  }

  /** {@code Số CCCD / định danh cá nhân (Citizen ID (CCCD))}. */
  static String type(EntityType t) {
    return t.labelVi() + " (" + t.labelEn() + ")";
  }

  /** A score with 2 decimals, {@code 0.97}. */
  static String score(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  /** A score rounded to 2 decimals, for JSON numbers. */
  static double rounded(double score) {
    return Math.round(score * 100) / 100.0;
  }
}
