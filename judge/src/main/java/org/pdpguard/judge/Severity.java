package org.pdpguard.judge;

import java.util.Locale;

/** How serious a violation is, from the least to the most. */
public enum Severity {
  LOW,
  MEDIUM,
  HIGH,
  CRITICAL;

  /** The lower-case name used in rule files and reports. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named {@code label} (any case), or null when there is none. */
  public static Severity parse(String label) {
    for (Severity s : values()) {
      if (s.label().equalsIgnoreCase(label.trim())) {
        return s;
      }
    }
    return null;
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }
}
