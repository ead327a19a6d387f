package org.pdpguard.core.stream;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A column or field name as words a reader (and the context scorer) understands: {@code
 * maritalStatus} becomes {@code marital status}, {@code ngay_sinh} becomes {@code ngay sinh},
 * {@code so-cccd} becomes {@code so cccd}. Used wherever a value's context is its column's name:
 * delimited text, JSON members, spreadsheet headers, database columns.
 */
public final class FieldLabel {
  private static final Pattern CAMEL = Pattern.compile("([\\p{Ll}0-9])(\\p{Lu})");
  private static final Pattern SEPARATORS = Pattern.compile("[_.\\-]+");

  private FieldLabel() {}

  /** The words of {@code name}, lower-case, separated by single spaces. */
  public static String of(String name) {
    String camel = CAMEL.matcher(name.strip()).replaceAll("$1 $2");
    String spaced = SEPARATORS.matcher(camel).replaceAll(" ");
    return spaced.toLowerCase(Locale.ROOT).strip();
  }
}
