package org.pdpguard.judge;

import java.util.Objects;

/**
 * A text for people in Vietnamese and English: every title, explanation and remedy of a rule has
 * both, Vietnamese first.
 */
public record Text(String vi, String en) {
  public Text {
    Objects.requireNonNull(vi, "vi");
    Objects.requireNonNull(en, "en");
  }

  /** Both languages on one line, Vietnamese first: {@code "vi / en"}. */
  public String both() {
    return vi.equals(en) ? vi : vi + " / " + en;
  }
}
