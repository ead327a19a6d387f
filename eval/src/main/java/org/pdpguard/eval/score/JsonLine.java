package org.pdpguard.eval.score;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one JSON object per line, as in {@code gold.jsonl} and prediction files, and keeps its
 * top-level string and number members; nested values are skipped. Small on purpose: the eval module
 * depends on pdpguard-core only.
 */
final class JsonLine {
  private final String s;
  private int i;

  private JsonLine(String s) {
    this.s = s;
  }

  /** The top-level members, strings as strings and numbers as their text. */
  static Map<String, String> parse(String line) {
    JsonLine p = new JsonLine(line);
    Map<String, String> out = new LinkedHashMap<>();
    p.ws();
    p.expect('{');
    p.ws();
    if (p.peek() == '}') {
      p.i++;
      return p.done(out);
    }
    while (true) {
      p.ws();
      String key = p.string();
      p.ws();
      p.expect(':');
      p.ws();
      String value = p.value();
      if (value != null) {
        out.put(key, value);
      }
      p.ws();
      char c = p.next();
      if (c == '}') {
        return p.done(out);
      }
      if (c != ',') {
        throw p.error("expected , or }");
      }
    }
  }

  private Map<String, String> done(Map<String, String> out) {
    ws();
    if (i != s.length()) {
      throw error("text after the object");
    }
    return out;
  }

  /** A string or number as text; null for objects, arrays, booleans and null (skipped). */
  private String value() {
    char c = peek();
    if (c == '"') {
      return string();
    }
    if (c == '{' || c == '[') {
      skipNested();
      return null;
    }
    int start = i;
    while (i < s.length() && ",}] \t".indexOf(s.charAt(i)) < 0) {
      i++;
    }
    String word = s.substring(start, i);
    if (word.equals("true") || word.equals("false") || word.equals("null")) {
      return null;
    }
    if (!word.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      throw error("bad value '" + word + "'");
    }
    return word;
  }

  private void skipNested() {
    int depth = 0;
    do {
      char c = next();
      if (c == '"') {
        i--;
        string();
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
      }
    } while (depth > 0);
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          if (i + 4 > s.length()) {
            throw error("short \\u escape");
          }
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> b.append(e);
      }
    }
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw error("unexpected end");
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw error("expected " + c);
    }
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(what + " at column " + (i + 1));
  }
}
