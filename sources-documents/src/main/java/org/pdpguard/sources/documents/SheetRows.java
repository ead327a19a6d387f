package org.pdpguard.sources.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Turns the rows of one sheet into records. The first row that holds anything is the header when it
 * looks like column names (short texts, none a number, a date or an e-mail address): its texts name
 * the fields of the rows below, which makes them context for the values ({@code So CCCD}) and keys
 * of the column summary. Otherwise every row is data and fields are named by their column letter.
 * Each record has the sheet and row number, each field its cell ({@code B7}).
 */
final class SheetRows {
  /** A cell with its 0-based column index and its text as shown. */
  record Cell(int column, String text) {}

  private static final int MAX_NAME = 80;
  private static final Pattern NUMERIC =
      Pattern.compile("[\\d\\s.,:/+\\-()%]*\\d[\\d\\s.,:/+\\-()%]*");

  private final String source;
  private final String sheet;
  private final Units units;
  private final Location base;
  private Map<Integer, String> header;
  private boolean decided;

  SheetRows(String source, String sheet, Units units) {
    this.source = source;
    this.sheet = sheet;
    this.units = units;
    this.base = Location.NONE.with(Location.SHEET, sheet);
  }

  /**
   * Takes row {@code row} (1-based) with its cells in column order; blank cells may be left out.
   */
  void row(int row, List<Cell> cells) throws IOException {
    if (cells.stream().allMatch(c -> c.text().isBlank())) {
      return;
    }
    if (!decided) {
      decided = true;
      if (looksLikeHeader(cells)) {
        header = names(cells);
        return;
      }
    }
    List<Field> fields = new ArrayList<>(cells.size());
    for (Cell c : cells) {
      if (!c.text().isBlank()) {
        String ref = column(c.column()) + row;
        fields.add(Field.of(name(c.column()), c.text(), Location.NONE.with(Location.CELL, ref)));
      }
    }
    units.record(source, sheet, base.with(Location.ROW, row), fields);
  }

  private String name(int column) {
    String name = header == null ? null : header.get(column);
    return name == null ? column(column) : name;
  }

  static boolean looksLikeHeader(List<Cell> cells) {
    Set<String> seen = new HashSet<>();
    for (Cell c : cells) {
      String t = c.text().strip();
      if (t.isEmpty()) {
        continue;
      }
      if (t.length() > MAX_NAME || NUMERIC.matcher(t).matches() || t.contains("@")) {
        return false;
      }
      seen.add(t);
    }
    return !seen.isEmpty();
  }

  /** Header texts by column; a name used twice gets its column letter added. */
  private static Map<Integer, String> names(List<Cell> cells) {
    Map<Integer, String> names = new HashMap<>();
    Set<String> used = new HashSet<>();
    for (Cell c : cells) {
      String t = c.text().strip().replaceAll("\\s+", " ");
      if (!t.isEmpty()) {
        names.put(c.column(), used.add(t) ? t : t + " (" + column(c.column()) + ")");
      }
    }
    return names;
  }

  /** The column letters of a 0-based column index: 0 is A, 26 is AA. */
  static String column(int index) {
    StringBuilder b = new StringBuilder();
    for (int n = index + 1; n > 0; n = (n - 1) / 26) {
      b.append((char) ('A' + (n - 1) % 26));
    }
    return b.reverse().toString();
  }
}
