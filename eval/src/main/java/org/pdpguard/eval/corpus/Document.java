package org.pdpguard.eval.corpus;

import java.util.List;
import org.pdpguard.core.EntityType;

/**
 * One generated document: its kind (e.g. {@code form}, {@code chat}), its text (NFC, {@code \n}
 * line breaks) and the gold spans of the personal data in it, in text order. A hard-negative
 * document has no spans.
 */
public record Document(String kind, String text, List<Mark> marks) {
  public Document {
    marks = List.copyOf(marks);
  }

  /** A gold span within {@link #text()}: {@code [start, end)} in UTF-16 units. */
  public record Mark(int start, int end, EntityType type) {}

  /** Chars of the text covered by gold spans. */
  public int piiChars() {
    int n = 0;
    for (Mark m : marks) {
      n += m.end() - m.start();
    }
    return n;
  }
}
