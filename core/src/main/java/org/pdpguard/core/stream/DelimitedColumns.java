package org.pdpguard.core.stream;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;

/**
 * The columns of a delimited text (CSV, TSV, semicolon-separated exports) whose first line is a
 * header. In such a file the context of a value is its column's name, far away on the first line;
 * so each row is shown to the detector as a form, one {@code column: value} line per field ({@code
 * ngay sinh: 14/02/1991}, {@code so cccd: 001191004512}), and findings are mapped back to the row.
 * Lines that do not split into the header's number of fields are scanned as they are.
 *
 * <p>Quoted fields may hold the delimiter and doubled quotes; a quoted field that runs over a line
 * break makes both lines unsplittable, and they are scanned as plain text.
 */
final class DelimitedColumns {
  private static final char[] DELIMITERS = {',', ';', '\t', '|'};
  private static final int SAMPLE_LINES = 20;
  private static final int MAX_LABEL = 40;

  private final char delimiter;
  private final String header;
  private final String[] labels;

  private DelimitedColumns(char delimiter, String header, String[] labels) {
    this.delimiter = delimiter;
    this.header = header;
    this.labels = labels;
  }

  /**
   * The columns when {@code text} (the start of a stream) is delimited with a header: the first
   * line splits into at least three label-like names, and most of the next lines split into as many
   * fields. Null otherwise.
   */
  static DelimitedColumns sniff(String text) {
    List<String> lines = text.lines().limit(SAMPLE_LINES + 1L).toList();
    if (lines.size() < 2 || !text.contains("\n")) {
      return null;
    }
    String first = lines.get(0);
    for (char d : DELIMITERS) {
      List<int[]> names = split(first, 0, first.length(), d);
      if (names == null || names.size() < 3 || !labelLike(first, names)) {
        continue;
      }
      int rows = 0;
      int matching = 0;
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        rows++;
        List<int[]> fields = split(line, 0, line.length(), d);
        matching += fields != null && fields.size() == names.size() ? 1 : 0;
      }
      if (rows > 0 && matching * 5 >= rows * 4) {
        String[] labels = names.stream().map(f -> label(first, f)).toArray(String[]::new);
        return new DelimitedColumns(d, first, labels);
      }
    }
    return null;
  }

  private static boolean labelLike(String line, List<int[]> names) {
    for (int[] f : names) {
      String name = line.substring(f[0], f[1]).strip();
      if (name.isEmpty()
          || name.length() > MAX_LABEL
          || !name.chars().anyMatch(Character::isLetter)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A column name as words: {@code ngay_sinh} → {@code ngay sinh}, {@code maritalStatus} → {@code
   * marital status}.
   */
  static String label(String line, int[] field) {
    return FieldLabel.of(line.substring(field[0], field[1]));
  }

  /**
   * The fields of {@code text[from, to)} as {start, end} pairs of their content (inside quotes when
   * quoted), or null when a quote is left open.
   */
  static List<int[]> split(String text, int from, int to, char delimiter) {
    List<int[]> fields = new ArrayList<>();
    int i = from;
    while (true) {
      if (i < to && text.charAt(i) == '"') {
        int j = i + 1;
        while (true) {
          j = text.indexOf('"', j);
          if (j < 0 || j >= to) {
            return null; // open quote: the field runs over the line break
          }
          if (j + 1 < to && text.charAt(j + 1) == '"') {
            j += 2; // a doubled quote inside the field
            continue;
          }
          break;
        }
        fields.add(new int[] {i + 1, j});
        i = j + 1;
        if (i < to && text.charAt(i) != delimiter) {
          return null;
        }
      } else {
        int j = i;
        while (j < to && text.charAt(j) != delimiter) {
          j++;
        }
        fields.add(new int[] {i, j});
        i = j;
      }
      if (i >= to) {
        return fields;
      }
      i++; // past the delimiter
    }
  }

  /** Findings in {@code text}, whose rows are shown to the detector field by field. */
  List<Finding> detect(Detector detector, String text) {
    MappedForm form = new MappedForm(text, text.length() * 2 + 64);
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      int next = lineEnd < 0 ? text.length() : lineEnd + 1;
      int contentEnd = lineEnd < 0 ? text.length() : lineEnd;
      if (contentEnd > lineStart && text.charAt(contentEnd - 1) == '\r') {
        contentEnd--;
      }
      List<int[]> fields = split(text, lineStart, contentEnd, delimiter);
      boolean row =
          fields != null
              && fields.size() == labels.length
              && !text.regionMatches(lineStart, header, 0, header.length());
      if (row) {
        for (int k = 0; k < fields.size(); k++) {
          int[] f = fields.get(k);
          if (f[1] > f[0]) {
            form.add(labels[k] + ": ").copy(f[0], f[1]).add("\n");
          }
        }
      } else {
        form.copy(lineStart, next);
      }
      lineStart = next;
    }
    return form.detect(detector, true); // a finding stays in its field
  }
}
