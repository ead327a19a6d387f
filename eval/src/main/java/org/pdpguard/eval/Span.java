package org.pdpguard.eval;

import java.util.Comparator;
import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * A labelled or predicted piece of personal data in one document of a corpus.
 *
 * @param doc the document's path relative to the corpus folder, with {@code /} separators, e.g.
 *     {@code docs/0001-form.txt}
 * @param start offset of the first char in the decoded text (UTF-16 units)
 * @param end offset after the last char, exclusive
 * @param type the personal-data type
 */
public record Span(String doc, int start, int end, EntityType type) {
  /** Document, then start, then end, then type: the order of {@code gold.jsonl}. */
  public static final Comparator<Span> ORDER =
      Comparator.comparing(Span::doc)
          .thenComparingInt(Span::start)
          .thenComparingInt(Span::end)
          .thenComparing(Span::type);

  public Span {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad offsets " + start + ".." + end);
    }
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** One line of {@code gold.jsonl} (no line break). */
  public String toJson() {
    return "{\"doc\":\""
        + doc.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\",\"start\":"
        + start
        + ",\"end\":"
        + end
        + ",\"type\":\""
        + type.name()
        + "\"}";
  }
}
