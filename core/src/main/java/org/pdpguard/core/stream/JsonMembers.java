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
    return detect(detector, text, null);
  }

  /**
   * As {@link #detect(Detector, String)}, recording the text's line breaks in {@code breaks} (null:
   * not recorded) as the detector passes them: the form drops no line break of the text (a name,
   * its quotes and the blanks after its colon hold none) and adds none.
   */
  static List<Finding> detect(Detector detector, String text, LineBreaks breaks) {
    return detect(detector, text, null, breaks);
  }

  /**
   * As {@link #detect(Detector, String, LineBreaks)}, for a caller that holds the text's chars:
   * {@code chars} begins with them and is only read (null: read from the text).
   */
  static List<Finding> detect(Detector detector, String text, char[] chars, LineBreaks breaks) {
    MappedForm form = new MappedForm(text, chars, text.length() + 64);
    int copied = 0; // text before this offset is in the form
    for (int[] m = next(text, 0); m != null; m = next(text, copied)) {
      form.copy(copied, m[0]);
      String name = text.substring(m[0] + 1, m[1]);
      String label = FieldLabel.of(name);
      if (label.equals(name)) {
        form.copy(m[0] + 1, m[1]);
      } else {
        form.add(label);
      }
      form.add(": ");
      copied = m[2];
      int close =
          copied < text.length() && text.charAt(copied) == '"' ? closingQuote(text, copied) : -1;
      if (close > 0) {
        // A string value reads as a form's: without its quotes, ended as a clause is.
        form.copy(copied + 1, close).add(";");
        copied = close + 1;
      }
    }
    form.copy(copied, text.length());
    // A finding may join two values across a name ("lat": …, "lng": …, one position).
    return form.detect(detector, false, breaks);
  }
}
