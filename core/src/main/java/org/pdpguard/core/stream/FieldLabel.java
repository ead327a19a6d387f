package org.pdpguard.core.stream;

import java.util.Locale;

/**
 * A column or field name as words a reader (and the context scorer) understands: {@code
 * maritalStatus} becomes {@code marital status}, {@code ngay_sinh} becomes {@code ngay sinh},
 * {@code so-cccd} becomes {@code so cccd}. Used wherever a value's context is its column's name:
 * delimited text, JSON members, spreadsheet headers, database columns.
 */
public final class FieldLabel {
  private FieldLabel() {}

  /** The words of {@code name}, lower-case, separated by single spaces. */
  public static String of(String name) {
    String spaced =
        name.strip().replaceAll("([\\p{Ll}0-9])(\\p{Lu})", "$1 $2").replaceAll("[_.\\-]+", " ");
    return spaced.toLowerCase(Locale.ROOT).strip();
  }
}
