package org.pdpguard.eval.corpus;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.EntityType;

/**
 * Writes a document and its gold spans together: {@link #t} appends ordinary text, {@link #v}
 * appends a value and labels exactly its chars. A label never covers the field label or quotes
 * around the value.
 */
final class Doc {
  private final StringBuilder text = new StringBuilder(2048);
  private final List<Document.Mark> marks = new ArrayList<>();

  /** Ordinary text (not personal data). */
  Doc t(String s) {
    text.append(Spelling.nfc(s));
    return this;
  }

  /** A personal-data value of {@code type}, labelled. */
  Doc v(EntityType type, String value) {
    String s = Spelling.nfc(value);
    if (s.isEmpty() || s.strip().length() != s.length()) {
      throw new IllegalArgumentException("a value must be trimmed and not empty: '" + s + "'");
    }
    int start = text.length();
    text.append(s);
    marks.add(new Document.Mark(start, text.length(), type));
    return this;
  }

  /** A value, or ordinary text when {@code type} is null (for mixed cells). */
  Doc maybe(EntityType type, String value) {
    return type == null ? t(value) : v(type, value);
  }

  Doc nl() {
    text.append('\n');
    return this;
  }

  /** Text then a line break. */
  Doc line(String s) {
    return t(s).nl();
  }

  int length() {
    return text.length();
  }

  boolean endsWithNewline() {
    return text.length() > 0 && text.charAt(text.length() - 1) == '\n';
  }

  Document build(String kind) {
    if (!endsWithNewline()) {
      text.append('\n');
    }
    return new Document(kind, text.toString(), marks);
  }
}
