package org.pdpguard.cli;

import java.util.Locale;
import org.pdpguard.cli.report.Judgement;
import org.pdpguard.cli.report.Summary;
import org.pdpguard.core.Category;
import org.pdpguard.judge.Severity;

/**
 * When {@code --fail-on} turns a report into exit code 1: {@code none}, {@code any} finding, a
 * {@code sensitive} finding, any {@code violation}, or a violation of a severity or worse ({@code
 * low}, {@code medium}, {@code high}, {@code critical}).
 *
 * @param floor for violations, the least severity that fails; null for the finding kinds
 */
record FailOn(String name, Severity floor) {
  static final FailOn NONE = new FailOn("none", null);

  static final String CHOICES = "none, any, sensitive, violation, low, medium, high, critical";

  /** Whether this needs the findings judged. */
  boolean needsJudge() {
    return floor != null;
  }

  boolean matches(Summary s) {
    if (floor != null) {
      Judgement j = s.judgement();
      return j != null && j.atLeast(floor) > 0;
    }
    return switch (name) {
      case "any" -> s.findings() > 0;
      case "sensitive" -> s.count(Category.SENSITIVE) > 0;
      default -> false;
    };
  }

  static FailOn parse(String text) {
    String name = text.trim().toLowerCase(Locale.ROOT);
    switch (name) {
      case "none", "any", "sensitive":
        return new FailOn(name, null);
      case "violation":
        return new FailOn(name, Severity.LOW);
      default:
        Severity s = Severity.parse(name);
        if (s != null) {
          return new FailOn(name, s);
        }
        throw new IllegalArgumentException("expected " + CHOICES + ", got '" + text + "'");
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
