package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The leaf values (strings and numbers) of the JSON a parser reads, with where their literals are,
 * named as the scan names them: by their member path without array indices ({@code
 * customers.email}). A record ends with each object in an array and each top-level value, so that
 * the members of a record are shown to the detector together.
 */
final class JsonLeaves {
  private JsonLeaves() {}

  /** A leaf value: its literal at {@code [start, end)} and its text (a number's as written). */
  record Leaf(long start, long end, String value) {}

  /** Receives the leaves of a value in text order, and the ends of records. */
  interface Sink {
    void leaf(Leaf leaf, String name) throws IOException;

    void endRecord();
  }

  /** Called with the start of each token, after it was handled. */
  interface TokenHook {
    void after(long tokenStart) throws IOException;
  }

  private record Frame(boolean array, String name, boolean isRecord) {}

  /**
   * Sends the leaves of every value the parser reads, named by their member path without array
   * indices ({@code customers.email}); a record ends with each object in an array and each
   * top-level value.
   */
  static void walk(JsonParser p, JsonText.Chars chars, Sink sink, TokenHook hook)
      throws IOException {
    Deque<Frame> stack = new ArrayDeque<>();
    String member = null;
    for (JsonToken t; (t = p.nextToken()) != null; ) {
      Frame frame = stack.peek();
      switch (t) {
        case FIELD_NAME -> member = p.currentName();
        case START_OBJECT, START_ARRAY -> {
          String name =
              frame == null ? "" : frame.array() ? frame.name() : join(frame.name(), member);
          boolean record = frame != null && frame.array() && t == JsonToken.START_OBJECT;
          stack.push(new Frame(t == JsonToken.START_ARRAY, name, record));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame closed = stack.pop();
          if (closed.isRecord() || stack.isEmpty()) {
            sink.endRecord();
          }
        }
        case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          String name =
              frame == null ? "" : frame.array() ? frame.name() : join(frame.name(), member);
          long start = p.currentTokenLocation().getCharOffset();
          String text = t == JsonToken.VALUE_STRING ? p.getText() : null;
          long end = JsonText.literalEnd(chars, start);
          if (text == null) {
            StringBuilder raw = new StringBuilder();
            for (long i = start; i < end; i++) {
              raw.append(chars.charAt(i));
            }
            text = raw.toString(); // as written: 0912345678 keeps its 0
          }
          sink.leaf(new Leaf(start, end, text), name.isEmpty() ? "value" : name);
          if (stack.isEmpty()) {
            sink.endRecord();
          }
        }
        default -> {
          // true, false, null: nothing to redact
        }
      }
      hook.after(p.currentTokenLocation().getCharOffset());
    }
  }

  private static String join(String path, String member) {
    String m = member == null ? "" : member;
    return path.isEmpty() ? m : path + "." + m;
  }
}
