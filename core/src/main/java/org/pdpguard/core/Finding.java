package org.pdpguard.core;

import java.util.Objects;

/**
 * One piece of personal data found in a text.
 *
 * @param type the personal-data type
 * @param start offset of the first char in the original text (UTF-16 units)
 * @param end offset after the last char in the original text, exclusive
 * @param score confidence in [0, 1]
 * @param value the matched text, raw; writers mask it unless asked not to
 * @param explanation why this was reported
 */
public record Finding(
    EntityType type, int start, int end, double score, String value, Explanation explanation) {

  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(explanation, "explanation");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException("score outside [0,1]: " + score);
    }
  }

  public Category category() {
    return type.category();
  }

  /** Id of the recognizer that produced this finding, e.g. {@code vn.cccd}. */
  public String recognizer() {
    return explanation.recognizer();
  }

  /** The same finding moved by {@code delta} chars, for texts scanned in chunks. */
  public Finding shift(int delta) {
    return delta == 0
        ? this
        : new Finding(type, start + delta, end + delta, score, value, explanation);
  }
}
