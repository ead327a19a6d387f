package org.pdpguard.sources.records;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses the delimiter of a delimited text and whether its first row is a header, from its first
 * chars.
 *
 * <p>Delimiter: each of {@code , ; TAB |} splits the sample's records (quotes respected, so a
 * delimiter or line break inside a quoted field does not count); the one whose records most often
 * have the same number of fields, at least two, wins, and among consistent ones (80% of records or
 * more) the one giving most fields, so that {@code 1,5} decimals in a semicolon file do not make it
 * comma-separated. With no such delimiter, the extension's default is used.
 *
 * <p>Header: the first row is a header when all its non-blank cells look like names (some letters,
 * short, no e-mail, no long run of digits, no date). A first row of words only is ambiguous (a data
 * row of names and towns); it is taken as a header, since column names are the context that makes
 * the rest of the file readable, and losing them costs more than one row.
 *
 * <p>Public for {@code pdpguard redact}, which must split a file the way the scan does.
 */
public final class CsvSniffer {
  static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final int SAMPLE_RECORDS = 50;
  private static final int MAX_NAME = 64;

  private CsvSniffer() {}

  /** What the sample says. */
  public record Sniffed(char delimiter, boolean header) {}

  /**
   * @param sample the first chars of the text
   * @param complete whether the sample is the whole text (else its last record may be cut short)
   * @param preferred the delimiter the extension suggests, tried first and used when none fits
   */
  public static Sniffed sniff(String sample, boolean complete, char preferred) {
    char best = preferred;
    double bestShare = 0;
    int bestWidth = 1;
    List<List<String>> bestRecords = split(sample, complete, preferred);
    for (char d : order(preferred)) {
      List<List<String>> records = split(sample, complete, d);
      Map<Integer, Integer> widths = new HashMap<>();
      for (List<String> r : records) {
        widths.merge(r.size(), 1, Integer::sum);
      }
      int width = 1;
      int count = 0;
      for (Map.Entry<Integer, Integer> w : widths.entrySet()) {
        if (w.getValue() > count || w.getValue() == count && w.getKey() > width) {
          width = w.getKey();
          count = w.getValue();
        }
      }
      if (width < 2) {
        continue;
      }
      double share = (double) count / records.size();
      boolean better =
          share >= 0.8 && bestShare >= 0.8 ? width > bestWidth : share > bestShare + 1e-9;
      if (better) {
        best = d;
        bestShare = share;
        bestWidth = width;
        bestRecords = records;
      }
    }
    return new Sniffed(best, !bestRecords.isEmpty() && isHeader(bestRecords.get(0)));
  }

  private static char[] order(char preferred) {
    char[] out = new char[DELIMITERS.length];
    out[0] = preferred;
    int i = 1;
    for (char d : DELIMITERS) {
      if (d != preferred) {
        out[i++] = d;
      }
    }
    return out;
  }

  static boolean isHeader(List<String> row) {
    boolean any = false;
    for (String cell : row) {
      String c = cell.strip();
      if (c.isEmpty()) {
        continue;
      }
      if (!nameLike(c)) {
        return false;
      }
      any = true;
    }
    return any;
  }

  /** A cell that could be a column's name: short, with letters, not an e-mail, date or number. */
  static boolean nameLike(String c) {
    if (c.length() > MAX_NAME || c.indexOf('@') >= 0 || c.indexOf('\n') >= 0) {
      return false;
    }
    int letters = 0;
    int run = 0;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isLetter(ch)) {
        letters++;
      }
      run = Character.isDigit(ch) ? run + 1 : 0;
      if (run >= 4) {
        return false;
      }
    }
    return letters > 0;
  }

  /**
   * The sample's first records split on {@code d}, quotes respected; blank lines are left out, and
   * so is a last record that may be cut short.
   */
  static List<List<String>> split(String s, boolean complete, char d) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean startOfField = true;
    int i = 0;
    while (i < s.length() && records.size() < SAMPLE_RECORDS) {
      char c = s.charAt(i++);
      if (quoted) {
        if (c == '"' && i < s.length() && s.charAt(i) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && startOfField) {
        quoted = true;
        startOfField = false;
      } else if (c == d) {
        fields.add(field.toString());
        field.setLength(0);
        startOfField = true;
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i < s.length() && s.charAt(i) == '\n') {
          i++;
        }
        fields.add(field.toString());
        if (fields.size() > 1 || !fields.get(0).isBlank()) {
          records.add(fields);
        }
        fields = new ArrayList<>();
        field.setLength(0);
        startOfField = true;
      } else {
        field.append(c);
        startOfField = false;
      }
    }
    if (complete && i >= s.length() && (field.length() > 0 || !fields.isEmpty())) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
