package org.pdpguard.core.recognizer.vn;

import org.pdpguard.core.detect.TextView;

/**
 * The value of a form or record field written as a clause: from after the label's ':' to the next
 * ';' or line end ({@code Tiền án: ngày … bị xử phạt 9 tháng tù;}, {@code Điều trị: truyền máu kết
 * hợp Metformin.}), without a final full stop. A value that says there is none ({@code không},
 * {@code chưa}, {@code none}, {@code 0}) is no value.
 */
final class FieldValue {
  /** The longest value a medical or form field is read to, in chars. */
  static final int MAX_CHARS = 160;

  private FieldValue() {}

  /**
   * The value after a label ending at {@code labelEnd} as {@code [start, end)}, or null when no ':'
   * follows the label, the value is empty or it says there is none. It runs at most {@code
   * maxChars} chars; {@code stopAtFullStop} also ends it at a full stop followed by a blank.
   */
  static int[] after(TextView view, int labelEnd, int maxChars, boolean stopAtFullStop) {
    String text = view.text();
    int colon = labelEnd;
    while (colon < text.length() && text.charAt(colon) == ' ') {
      colon++;
    }
    if (colon >= text.length() || (text.charAt(colon) != ':' && text.charAt(colon) != '\uff1a')) {
      return null;
    }
    return clause(view, colon + 1, maxChars, stopAtFullStop);
  }

  /**
   * The clause that starts at {@code from} (after blanks) as {@code [start, end)}, as {@link
   * #after} reads a field's value, or null when it is empty or says there is none.
   */
  static int[] clause(TextView view, int from, int maxChars, boolean stopAtFullStop) {
    String text = view.text();
    int s = from;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    int limit = Math.min(text.length(), s + maxChars);
    int e = s;
    while (e < limit && !ends(text, e, stopAtFullStop)) {
      e++;
    }
    while (e > s && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.')) {
      e--;
    }
    return e <= s || saysNone(view, s) ? null : new int[] {s, e};
  }

  private static boolean ends(String text, int i, boolean stopAtFullStop) {
    char c = text.charAt(i);
    if (c == ';' || c == '\n' || c == '\r') {
      return true;
    }
    return stopAtFullStop
        && c == '.'
        && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)));
  }

  /** "không", "chưa", "none", "no", "0": the field says there is nothing. */
  static boolean saysNone(TextView view, int s) {
    int t = view.tokenAtOrAfter(s);
    return t < view.tokenCount()
        && (Spelling.wordIs(view, t, "không")
            || Spelling.wordIs(view, t, "chưa")
            || view.tokenEquals(t, "none")
            || view.tokenEquals(t, "no")
            || view.tokenEquals(t, "0"));
  }
}
