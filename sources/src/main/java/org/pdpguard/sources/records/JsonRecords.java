package org.pdpguard.sources.records;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Turns the tokens of JSON values into records, without recursion and holding only open objects.
 *
 * <p>The rule: a record is each top-level value and each object that is an element of an array (the
 * customers of {@code [{…}, {…}]} or of {@code {"customers": [{…}]}}); it holds the leaf values
 * (strings, numbers, booleans) beneath it that are not in a deeper record, so that nested objects
 * ({@code customer.email}) and arrays of values ({@code phones}) stay with their record. A field is
 * named by its member path without array indices, dot-joined ({@code customer.email}), which is
 * both the value's context and its column; its place is an RFC 6901 pointer ({@code
 * /3/customer/email}). A record is sent when its value ends, or in parts when the open records hold
 * more than {@link #HELD_FIELDS} fields or {@link #HELD_CHARS} chars, so memory stays bounded
 * whatever the shape of the document.
 */
final class JsonRecords {
  static final int MAX_DEPTH = 1000;

  /**
   * The longest member name, field name or pointer, so that open values hold at most {@code
   * MAX_DEPTH * MAX_PATH} chars of paths.
   */
  static final int MAX_PATH = 4096;

  static final int HELD_FIELDS = 1000;
  static final int HELD_CHARS = 1 << 20;
  private static final String ROOT_VALUE = "value";

  private final Units units;
  private final String source;
  private final Location where;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private int heldFields;
  private long heldChars;

  /**
   * Thrown when values nest deeper than {@link #MAX_DEPTH} or paths grow past {@link #MAX_PATH}.
   */
  static final class PastLimit extends IOException {
    private static final long serialVersionUID = 1L;

    final String vi;
    final String en;

    private PastLimit(String vi, String en) {
      super(vi + " / " + en);
      this.vi = vi;
      this.en = en;
    }

    static PastLimit depth() {
      return new PastLimit(
          "JSON lồng quá sâu (giới hạn " + MAX_DEPTH + ")", "JSON nested deeper than " + MAX_DEPTH);
    }

    static PastLimit path() {
      return new PastLimit(
          "đường dẫn JSON dài quá " + MAX_PATH + " ký tự",
          "JSON path longer than " + MAX_PATH + " chars");
    }
  }

  /**
   * @param where the place of every record, such as its line in JSON Lines
   */
  JsonRecords(Units units, String source, Location where) {
    this.units = units;
    this.source = source;
    this.where = where;
  }

  /** The leaf fields of one record, in document order. */
  private static final class Owner {
    final List<Field> fields = new ArrayList<>();
    long chars;
  }

  /** An open object or array. */
  private record Frame(boolean array, String name, String pointer, Owner owner, int[] index) {}

  /** Reads the value at the parser's current token, to its end, sending its records. */
  void value(JsonParser p) throws IOException {
    stack.clear();
    heldFields = 0;
    heldChars = 0;
    JsonToken t = p.currentToken();
    if (t.isScalarValue()) {
      Owner owner = new Owner();
      leaf(owner, ROOT_VALUE, "", p);
      flush(owner);
      return;
    }
    stack.push(new Frame(t == JsonToken.START_ARRAY, "", "", new Owner(), new int[1]));
    String member = null;
    while (!stack.isEmpty()) {
      t = p.nextToken();
      if (t == null) {
        return;
      }
      Frame frame = stack.peek();
      switch (t) {
        case FIELD_NAME -> member = p.currentName();
        case START_OBJECT, START_ARRAY -> {
          if (stack.size() >= MAX_DEPTH) {
            throw PastLimit.depth();
          }
          String name = frame.array ? frame.name : join(frame.name, member);
          String pointer = frame.pointer + "/" + step(frame, member);
          if (pointer.length() > MAX_PATH || name.length() > MAX_PATH) {
            throw PastLimit.path();
          }
          boolean record = frame.array && t == JsonToken.START_OBJECT;
          Owner owner = record ? new Owner() : frame.owner;
          stack.push(new Frame(t == JsonToken.START_ARRAY, name, pointer, owner, new int[1]));
        }
        case END_OBJECT, END_ARRAY -> {
          Frame closed = stack.pop();
          if (stack.isEmpty() || stack.peek().owner != closed.owner) {
            flush(closed.owner);
          }
        }
        default -> {
          if (t != JsonToken.VALUE_NULL) {
            String name = frame.array ? frame.name : join(frame.name, member);
            leaf(
                frame.owner,
                name.isEmpty() ? ROOT_VALUE : name,
                frame.pointer + "/" + step(frame, member),
                p);
          } else if (frame.array) {
            frame.index[0]++;
          }
        }
      }
    }
  }

  /** The pointer step to the next child of {@code frame}: its member name or its index. */
  private static String step(Frame frame, String member) {
    if (frame.array) {
      return Integer.toString(frame.index[0]++);
    }
    return member.replace("~", "~0").replace("/", "~1");
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private void leaf(Owner owner, String name, String pointer, JsonParser p) throws IOException {
    String value = p.getText();
    owner.fields.add(Field.of(name, value, Location.NONE.with(Location.POINTER, pointer)));
    long size = (long) value.length() + name.length() + pointer.length();
    owner.chars += size;
    heldFields++;
    heldChars += size;
    if (heldFields >= HELD_FIELDS || heldChars >= HELD_CHARS) {
      for (Frame f : stack) {
        flush(f.owner);
      }
      flush(owner);
    }
  }

  private void flush(Owner owner) throws IOException {
    if (owner.fields.isEmpty()) {
      return;
    }
    heldFields -= owner.fields.size();
    heldChars -= owner.chars;
    List<Field> fields = List.copyOf(owner.fields);
    owner.fields.clear();
    owner.chars = 0;
    units.record(source, null, where, fields);
  }
}
