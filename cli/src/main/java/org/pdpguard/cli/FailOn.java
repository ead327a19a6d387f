package org.pdpguard.cli;

import org.pdpguard.cli.report.Summary;
import org.pdpguard.core.Category;

/** When {@code --fail-on} turns findings into exit code 1. */
enum FailOn {
  NONE,
  ANY,
  SENSITIVE;

  boolean matches(Summary s) {
    return switch (this) {
      case NONE -> false;
      case ANY -> s.findings() > 0;
      case SENSITIVE -> s.count(Category.SENSITIVE) > 0;
    };
  }

  static FailOn parse(String name) {
    for (FailOn f : values()) {
      if (f.name().equalsIgnoreCase(name.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException("expected none, any or sensitive, got '" + name + "'");
  }
}
