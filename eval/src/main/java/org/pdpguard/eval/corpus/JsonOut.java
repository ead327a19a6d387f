package org.pdpguard.eval.corpus;

import java.util.ArrayDeque;
import java.util.Deque;
import org.pdpguard.core.EntityType;

/**
 * Writes JSON into a {@link Doc}, pretty-printed or on one line, labelling string values inside
 * their quotes and numbers as they are. Values are written as given (they hold no quote or
 * backslash).
 */
final class JsonOut {
  private final Doc doc;
  private final boolean pretty;
  private final Deque<Boolean> first = new ArrayDeque<>();

  JsonOut(Doc doc, boolean pretty) {
    this.doc = doc;
    this.pretty = pretty;
  }

  JsonOut object(String key) {
    return open(key, "{");
  }

  JsonOut array(String key) {
    return open(key, "[");
  }

  JsonOut end(char close) {
    first.pop();
    if (pretty) {
      doc.nl().t("  ".repeat(first.size()));
    }
    doc.t(String.valueOf(close));
    if (first.isEmpty()) {
      doc.nl();
    }
    return this;
  }

  JsonOut endObject() {
    return end('}');
  }

  JsonOut endArray() {
    return end(']');
  }

  /** {@code "key": "value"}; the span covers the value without quotes. */
  JsonOut str(String key, EntityType type, String value) {
    if (value.indexOf('"') >= 0 || value.indexOf('\\') >= 0) {
      throw new IllegalArgumentException("value needs escaping: " + value);
    }
    member(key);
    doc.t("\"").maybe(type, value).t("\"");
    return this;
  }

  JsonOut str(String key, String value) {
    return str(key, null, value);
  }

  /** {@code "key": 47} (a bare number or literal). */
  JsonOut num(String key, EntityType type, String number) {
    member(key);
    doc.maybe(type, number);
    return this;
  }

  JsonOut num(String key, String number) {
    return num(key, null, number);
  }

  private JsonOut open(String key, String bracket) {
    if (!first.isEmpty()) {
      member(key);
    }
    doc.t(bracket);
    first.push(true);
    return this;
  }

  private void member(String key) {
    boolean isFirst = first.pop();
    first.push(false);
    if (!isFirst) {
      doc.t(",");
    }
    if (pretty) {
      doc.nl().t("  ".repeat(first.size()));
    } else if (!isFirst) {
      doc.t(" ");
    }
    if (key != null) {
      doc.t("\"" + key + "\": ");
    }
  }
}
