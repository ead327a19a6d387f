package org.pdpguard.core.stream;

import java.util.List;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.text.LineBreaks;

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
    return present(text.toCharArray(), text.length());
  }

  /** As {@link #present(String)}, for the text held by the first {@code length} chars. */
  static boolean present(char[] chars, int length) {
    return next(chars, length, 0) != null;
  }

  /**
   * The next member at or after {@code from}: {@code [open quote, name end, end]} where {@code end}
   * is past the colon and the blanks after it; null when there is none. A name is 1 to {@value
   * #MAX_NAME} letters, digits, {@code _ . -} and blanks in double quotes, starting with a letter
   * or {@code _}, followed by a colon (blanks or tabs may stand between).
   */
  private static int[] next(char[] chars, int n, int from) {
    // Read from the array: a String's chars cost the client compiler more.
    for (int colon = from; colon < n; colon++) {
      if (chars[colon] != ':') {
        continue;
      }
      int q = colon - 1;
      while (q >= from && (chars[q] == ' ' || chars[q] == '\t') && colon - q < 4) {
        q--;
      }
      if (q <= from || chars[q] != '"') {
        continue;
      }
      int k = q - 1;
      while (k >= from && q - k <= MAX_NAME + 1 && nameChar(chars[k])) {
        k--;
      }
      if (k < from || k == q - 1 || q - k > MAX_NAME + 1 || chars[k] != '"') {
        continue;
      }
      char first = chars[k + 1];
      if (first != '_' && !Character.isLetter(first)) {
        continue;
      }
      int end = colon + 1;
      while (end < n && (chars[end] == ' ' || chars[end] == '\t')) {
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
  private static int closingQuote(char[] chars, int n, int open) {
    int limit = Math.min(n, open + 1 + MAX_VALUE);
    for (int i = open + 1; i < limit; i++) {
      char c = chars[i];
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
    return detect(detector, text, null);
  }

  /**
   * As {@link #detect(Detector, String)}, recording the text's line breaks in {@code breaks} (null:
   * not recorded) as the detector passes them: the form drops no line break of the text (a name,
   * its quotes and the blanks after its colon hold none) and adds none.
   */
  static List<Finding> detect(Detector detector, String text, LineBreaks breaks) {
    return detect(detector, text.toCharArray(), text.length(), breaks);
  }

  /**
   * As {@link #detect(Detector, String, LineBreaks)}, for the text held by the first {@code length}
   * chars of {@code chars}, which are only read: no string of the whole text is made, only of the
   * form the detector reads and of the values found.
   */
  static List<Finding> detect(Detector detector, char[] chars, int length, LineBreaks breaks) {
    MappedForm form = new MappedForm(chars, length + 64);
    int copied = 0; // text before this offset is in the form
    for (int[] m = next(chars, length, 0); m != null; m = next(chars, length, copied)) {
      form.copy(copied, m[0]);
      String name = new String(chars, m[0] + 1, m[1] - m[0] - 1);
      String label = FieldLabel.of(name);
      if (label.equals(name)) {
        form.copy(m[0] + 1, m[1]);
      } else {
        form.add(label);
      }
      form.add(": ");
      copied = m[2];
      int close =
          copied < length && chars[copied] == '"' ? closingQuote(chars, length, copied) : -1;
      if (close > 0) {
        // A string value reads as a form's: without its quotes, ended as a clause is.
        form.copy(copied + 1, close).add(";");
        copied = close + 1;
      }
    }
    form.copy(copied, length);
    // A finding may join two values across a name ("lat": …, "lng": …, one position).
    return form.detect(detector, false, breaks);
  }
}
