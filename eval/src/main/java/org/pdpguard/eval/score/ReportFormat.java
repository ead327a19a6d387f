package org.pdpguard.eval.score;

import java.util.Locale;

/** How {@code pdpguard eval} prints its scores. */
public enum ReportFormat {
  TABLE,
  MARKDOWN,
  JSON;

  /** Parses {@code table}, {@code markdown} or {@code json}, case-insensitively. */
  public static ReportFormat parse(String s) {
    for (ReportFormat f : values()) {
      if (f.name().equalsIgnoreCase(s.trim())
          || (f == MARKDOWN && s.trim().equalsIgnoreCase("md"))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "định dạng không có / unknown format '" + s + "' (table, markdown, json)");
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
