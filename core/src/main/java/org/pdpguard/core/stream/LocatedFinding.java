package org.pdpguard.core.stream;

import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Explanation;
import org.pdpguard.core.Finding;

/**
 * A finding placed in a whole stream of text: offsets and line/column count from the start of the
 * decoded text, so they may exceed {@code int} range for very large sources.
 *
 * @param type the personal-data type
 * @param start offset of the first char in the stream (UTF-16 units), 0-based
 * @param end offset after the last char, exclusive
 * @param line 1-based line of {@code start}; {@code \n}, {@code \r\n} and {@code \r} end a line
 * @param column 1-based column of {@code start} in UTF-16 units
 * @param score confidence in [0, 1]
 * @param value the matched text, raw; writers mask it unless asked not to
 * @param explanation why this was reported
 */
public record LocatedFinding(
    EntityType type,
    long start,
    long end,
    long line,
    long column,
    double score,
    String value,
    Explanation explanation) {

  /** Places {@code f}, whose offsets are relative to a unit starting at {@code unitStart}. */
  static LocatedFinding of(Finding f, long unitStart, long line, long column) {
    return new LocatedFinding(
        f.type(),
        unitStart + f.start(),
        unitStart + f.end(),
        line,
        column,
        f.score(),
        f.value(),
        f.explanation());
  }

  public Category category() {
    return type.category();
  }

  /** Id of the recognizer that produced this finding, e.g. {@code vn.cccd}. */
  public String recognizer() {
    return explanation.recognizer();
  }
}
