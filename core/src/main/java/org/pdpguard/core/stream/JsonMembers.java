package org.pdpguard.core.stream;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;

/**
 * JSON members inside a text (a log line with a JSON payload, a pretty-printed export read as
 * text), shown to the detector as labels and values: {@code "maritalStatus": "Độc thân"} is read as
 * {@code marital status: Độc thân"}, {@code "age": 34} as {@code age: 34}, so that a member's name
 * is the context of its value as a form's label is ({@link FieldLabel}; a JSON file read as records
 * gets the same). Only the name, its quotes, the colon and the value's opening quote are rewritten;
 * every other char is the text's own, and findings map back to it. A name that is its own label
 * ({@code age}) keeps its offsets, so that a finding in it (a phone number used as a key) is still
 * reported; a finding on a rewritten name, or across one, is not.
 */
final class JsonMembers {
  /** The longest member name read as a label, in chars. */
  private static final int MAX_NAME = 41;

  /** The longest string value whose quotes are taken off, in chars. */
  private static final int MAX_VALUE = 2000;

  private JsonMembers() {}

  /** True when {@code text} holds at least one JSON member's name and colon. */
  static boolean present(String text) {
    return next(text, 0) != null;
  }

  /**
   * The next member at or after {@code from}: {@code [open quote, name end, end]} where {@code end}
   * is past the colon and the blanks after it; null when there is none. A name is 1 to {@value
   * #MAX_NAME} letters, digits, {@code _ . -} and blanks in double quotes, starting with a letter
   * or {@code _}, followed by a colon (blanks or tabs may stand between).
   */
  private static int[] next(String text, int from) {
    int n = text.length();
    for (int colon = text.indexOf(':', from); colon >= 0; colon = text.indexOf(':', colon + 1)) {
      int q = colon - 1;
      while (q >= from && (text.charAt(q) == ' ' || text.charAt(q) == '\t') && colon - q < 4) {
        q--;
      }
      if (q <= from || text.charAt(q) != '"') {
        continue;
      }
      int k = q - 1;
      while (k >= from && q - k <= MAX_NAME + 1 && nameChar(text.charAt(k))) {
        k--;
      }
      if (k < from || k == q - 1 || q - k > MAX_NAME + 1 || text.charAt(k) != '"') {
        continue;
      }
      char first = text.charAt(k + 1);
      if (first != '_' && !Character.isLetter(first)) {
        continue;
      }
      int end = colon + 1;
      while (end < n && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
        end++;
      }
      return new int[] {k, q, end};
    }
    return null;
  }

  /**
   * The closing quote of the string value that opens at {@code open}, on the same line and at most
   * {@value #MAX_VALUE} chars on, not escaped; -1 when there is none.
   */
  private static int closingQuote(String text, int open) {
    int limit = Math.min(text.length(), open + 1 + MAX_VALUE);
    for (int i = open + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++; // an escaped char, maybe a quote
      } else if (c == '"') {
        return i;
      } else if (c == '\n' || c == '\r') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean nameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-' || c == ' ';
  }

  /** Findings in {@code text}, whose JSON members are shown to the detector as labels. */
  static List<Finding> detect(Detector detector, String text) {
    StringBuilder form = new StringBuilder(text.length() + 64);
    int[] map = new int[text.length() + 64]; // form offset -> text offset, -1 for labels
    int n = 0;
    int copied = 0; // text before this offset is in the form
    for (int[] m = next(text, 0); m != null; m = next(text, copied)) {
      map = ensure(map, n + (m[2] - copied) + 4);
      n = copy(text, copied, m[0], form, map, n);
      String name = text.substring(m[0] + 1, m[1]);
      String label = FieldLabel.of(name);
      if (label.equals(name)) {
        n = copy(text, m[0] + 1, m[1], form, map, n);
      } else {
        n = append(form, map, n, label);
      }
      n = append(form, map, n, ": ");
      copied = m[2];
      int close =
          copied < text.length() && text.charAt(copied) == '"' ? closingQuote(text, copied) : -1;
      if (close > 0) {
        // A string value reads as a form's: without its quotes, ended as a clause is.
        map = ensure(map, n + (close - copied) + 1);
        n = copy(text, copied + 1, close, form, map, n);
        n = append(form, map, n, ";");
        copied = close + 1;
      }
    }
    map = ensure(map, n + text.length() - copied);
    n = copy(text, copied, text.length(), form, map, n);
    List<Finding> out = new ArrayList<>();
    for (Finding f : detector.detect(form.toString())) {
      int s = map[f.start()];
      int last = map[f.end() - 1];
      if (s < 0 || last < s) {
        continue; // starts or ends on a rewritten name
      }
      out.add(
          new Finding(
              f.type(), s, last + 1, f.score(), text.substring(s, last + 1), f.explanation()));
    }
    return out;
  }

  private static int copy(String text, int from, int to, StringBuilder form, int[] map, int n) {
    form.append(text, from, to);
    for (int c = from; c < to; c++) {
      map[n++] = c;
    }
    return n;
  }

  private static int append(StringBuilder form, int[] map, int n, String s) {
    form.append(s);
    for (int i = 0; i < s.length(); i++) {
      map[n++] = -1;
    }
    return n;
  }

  private static int[] ensure(int[] map, int size) {
    return size <= map.length ? map : Arrays.copyOf(map, Math.max(size, map.length * 2));
  }
}
