package org.pdpguard.cli.report;

import java.util.Locale;

/** Report formats of {@code --format}. */
public enum Format {
  TABLE,
  JSONL,
  JSON,
  SARIF,
  CSV,
  HTML;

  /** The name on the command line, lower case. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a format name case-insensitively; throws {@link IllegalArgumentException} naming it. */
  public static Format parse(String name) {
    for (Format f : values()) {
      if (f.label().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (table, jsonl, json, sarif, csv, html)");
  }
}
