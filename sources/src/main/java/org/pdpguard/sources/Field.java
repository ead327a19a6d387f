package org.pdpguard.sources;

import java.util.Objects;

/**
 * One value of a record: a CSV cell, a spreadsheet cell, a JSON leaf, a database column.
 *
 * @param name the column's name as the data gives it ({@code so_cccd}, {@code email}, a JSON member
 *     name); it is the value's context and the key of the column summary
 * @param value the value as text; blank values are counted as empty and not scanned
 * @param where where the value sits ({@code cell=B3}, {@code pointer=/0/email}, {@code line} and
 *     {@code column} of its first char in the decoded text)
 * @param offset offset of the value's first char in the decoded text of the source (UTF-16 units),
 *     or -1 when the value has no place in a text (a database column, a spreadsheet cell): finding
 *     offsets are then counted from the start of the value
 */
public record Field(String name, String value, Location where, long offset) {
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(where, "where");
  }

  /** A value with no place in a text. */
  public static Field of(String name, String value, Location where) {
    return new Field(name, value, where, -1);
  }
}
