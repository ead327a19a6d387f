package org.pdpguard.cli.report;

import java.util.Locale;
import java.util.Map;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.Location;

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

  /**
   * Where a finding is, in one short cell: {@code 12:31}, {@code page=3 12:5}, {@code sheet=Lương
   * cell=B7 field=so_cccd}, {@code table=public.kh key=id=42 field=cccd}.
   */
  static String place(Location where, LocatedFinding f) {
    StringBuilder b = new StringBuilder(where(where));
    if (f.line() > 0) {
      b.append(b.length() == 0 ? "" : " ").append(lineColumn(f));
    }
    return b.toString();
  }

  /** {@code 12:31}, {@code 12} when the column is unknown, "" when the line is. */
  static String lineColumn(LocatedFinding f) {
    if (f.line() <= 0) {
      return "";
    }
    return f.column() > 0 ? f.line() + ":" + f.column() : String.valueOf(f.line());
  }

  /** The place beyond line and column, {@code sheet=Lương cell=B7}; empty for none. */
  static String where(Location where) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, Object> e : where.fields().entrySet()) {
      b.append(b.length() == 0 ? "" : " ").append(e.getKey()).append('=').append(e.getValue());
    }
    return b.toString();
  }

  /** A share as a percentage with one decimal, {@code 98.5%}. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
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
