package org.pdpguard.sources;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a piece of text sits inside a source, beyond its name: a PDF page, a sheet and cell, a
 * table, column and row key, a JSON pointer. An immutable, ordered set of named values (text or
 * whole numbers) that reports print as they are, in the order they were added.
 *
 * <p>Keys in use: {@link #PAGE}, {@link #SHEET}, {@link #CELL}, {@link #TABLE}, {@link #FIELD},
 * {@link #KEY}, {@link #ROW}, {@link #POINTER}, {@link #LINE}, {@link #COLUMN}. {@code line} and
 * {@code column} are the 1-based text position of the contract; a reader sets them on a {@link
 * Field} whose value sits at a known place in the decoded text (a CSV cell).
 */
public final class Location {
  public static final String PAGE = "page";
  public static final String SHEET = "sheet";
  public static final String CELL = "cell";
  public static final String TABLE = "table";
  public static final String FIELD = "field";
  public static final String KEY = "key";
  public static final String ROW = "row";
  public static final String POINTER = "pointer";
  public static final String LINE = "line";
  public static final String COLUMN = "column";

  /** No place beyond the source's name. */
  public static final Location NONE = new Location(new String[0], new Object[0]);

  private final String[] keys;
  private final Object[] values;

  private Location(String[] keys, Object[] values) {
    this.keys = keys;
    this.values = values;
  }

  /** This location with {@code key} set to {@code value} (replaced in place when present). */
  public Location with(String key, String value) {
    return put(key, Objects.requireNonNull(value, "value"));
  }

  /** This location with {@code key} set to a whole number. */
  public Location with(String key, long value) {
    return put(key, value);
  }

  /** This location with every value of {@code other} added, {@code other}'s winning on a clash. */
  public Location with(Location other) {
    Location out = this;
    for (int i = 0; i < other.keys.length; i++) {
      out = out.put(other.keys[i], other.values[i]);
    }
    return out;
  }

  /** This location without {@code key}. */
  public Location without(String key) {
    int i = indexOf(key);
    if (i < 0) {
      return this;
    }
    String[] k = new String[keys.length - 1];
    Object[] v = new Object[keys.length - 1];
    System.arraycopy(keys, 0, k, 0, i);
    System.arraycopy(values, 0, v, 0, i);
    System.arraycopy(keys, i + 1, k, i, keys.length - i - 1);
    System.arraycopy(values, i + 1, v, i, keys.length - i - 1);
    return new Location(k, v);
  }

  private Location put(String key, Object value) {
    Objects.requireNonNull(key, "key");
    int i = indexOf(key);
    if (i >= 0) {
      Object[] v = values.clone();
      v[i] = value;
      return new Location(keys, v);
    }
    String[] k = Arrays.copyOf(keys, keys.length + 1);
    Object[] v = Arrays.copyOf(values, values.length + 1);
    k[keys.length] = key;
    v[values.length] = value;
    return new Location(k, v);
  }

  private int indexOf(String key) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of {@code key} (a {@link String} or a {@link Long}), or null. */
  public Object get(String key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  /** The whole number under {@code key}, or {@code otherwise} when absent or not a number. */
  public long number(String key, long otherwise) {
    return get(key) instanceof Long n ? n : otherwise;
  }

  public boolean isEmpty() {
    return keys.length == 0;
  }

  /** The values in the order they were added. */
  public Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i++) {
      m.put(keys[i], values[i]);
    }
    return Collections.unmodifiableMap(m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Location l && fields().equals(l.fields());
  }

  @Override
  public int hashCode() {
    return fields().hashCode();
  }

  /** {@code page=3, sheet=Lương} style, for messages and tests. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      b.append(i == 0 ? "" : ", ").append(keys[i]).append('=').append(values[i]);
    }
    return b.toString();
  }
}
