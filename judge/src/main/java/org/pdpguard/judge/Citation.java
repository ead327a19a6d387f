package org.pdpguard.judge;

import java.util.Objects;

/**
 * A place in a legal instrument: article, and optionally clause and point ({@code Điều 21 khoản 1
 * điểm a}). {@code provisional} marks a citation that the project's legal reference could not
 * confirm against the official text; reports say so instead of presenting it as law.
 */
public record Citation(
    Instrument instrument, int article, Integer clause, String point, boolean provisional) {

  public Citation {
    Objects.requireNonNull(instrument, "instrument");
    if (article < 1 || clause != null && clause < 1) {
      throw new IllegalArgumentException("article and clause count from 1");
    }
  }

  /** {@code Điều 21 khoản 1 điểm a Luật 91/2025/QH15} / {@code Law 91/2025/QH15, Art. 21.1(a)}. */
  public Text text() {
    StringBuilder vi = new StringBuilder("Điều ").append(article);
    StringBuilder en = new StringBuilder(instrument.title().en()).append(", Art. ").append(article);
    if (clause != null) {
      vi.append(" khoản ").append(clause);
      en.append('.').append(clause);
    }
    if (point != null) {
      vi.append(" điểm ").append(point);
      en.append('(').append(point).append(')');
    }
    vi.append(' ').append(instrument.title().vi());
    if (provisional) {
      vi.append(" (tạm thời, chưa đối chiếu văn bản chính thức)");
      en.append(" (provisional, not checked against the official text)");
    }
    return new Text(vi.toString(), en.toString());
  }
}
