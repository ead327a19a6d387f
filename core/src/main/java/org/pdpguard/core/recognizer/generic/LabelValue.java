package org.pdpguard.core.recognizer.generic;

import org.pdpguard.core.detect.TextView;

/**
 * The value written after a label such as {@code password}: {@code password=x}, {@code mật khẩu:
 * x}, {@code "password": "x"}, {@code mật khẩu mới là x}, and, when the caller allows it, a value
 * written after a blank only ({@code mk Abc12345}, {@code tên đăng nhập han.dang}), which the
 * caller must then check for the shape of a secret or a login name. The span covers the value only,
 * without quotes: a quoted value runs to its closing quote on the same line, an unquoted one to the
 * next blank, quote, comma, semicolon, {@code &} or closing bracket; a final full stop belongs to
 * the sentence.
 *
 * @param start start of the value in the view's text
 * @param end end of the value, exclusive
 * @param quoted whether the value was in quotes
 * @param assignment whether {@code =} joined it to its label (configuration, not prose)
 * @param blankOnly whether only a blank separated it from its label (no {@code :}, {@code =}, "là")
 */
record LabelValue(int start, int end, boolean quoted, boolean assignment, boolean blankOnly) {
  private static final int MAX_VALUE = 64;

  String text(TextView view) {
    return view.text().substring(start, end);
  }

  /**
   * The value after a label ending at {@code labelEnd} and a separator, or null when none follows.
   */
  static LabelValue after(TextView view, int labelEnd) {
    return after(view, labelEnd, false);
  }

  /**
   * The value after a label ending at {@code labelEnd}, or null when none follows; with {@code
   * allowBlankOnly}, also one that only a blank separates from the label.
   */
  static LabelValue after(TextView view, int labelEnd, boolean allowBlankOnly) {
    int i = labelEnd;
    char c = view.charAt(i);
    if (c == '"' || c == '\'') {
      i++; // the closing quote of a key: "password": "..."
    }
    i = skipBlanks(view, i);
    int k = view.tokenAtOrAfter(i);
    if (k < view.tokenCount()
        && view.tokenStart(k) == i
        && Nearby.tokenIn(view, k, "moi", "cu", "new", "old", "tam")) {
      i = skipBlanks(view, view.tokenEnd(k)); // "mật khẩu mới: …"
    }
    c = view.charAt(i);
    boolean assignment = c == '=';
    boolean blankOnly = false;
    if (c == ':' || c == '=') {
      i++;
      char d = view.charAt(i);
      i += d == '=' || d == '>' ? 1 : 0;
    } else if (word(view, i, "la") || word(view, i, "is")) {
      i += 2;
    } else if (allowBlankOnly && i > labelEnd && view.charAt(i - 1) == ' ' && !stops(c, false, c)) {
      blankOnly = true;
    } else {
      return null;
    }
    i = skipBlanks(view, i);
    char q = view.charAt(i);
    boolean quoted = q == '"' || q == '\'' || q == '`';
    int vs = quoted ? i + 1 : i;
    int j = vs;
    while (j < view.length() && j - vs <= MAX_VALUE && !stops(view.charAt(j), quoted, q)) {
      j++;
    }
    if (j == vs || j - vs > MAX_VALUE || (quoted && view.charAt(j) != q)) {
      return null;
    }
    if (!quoted && view.charAt(j - 1) == '.' && j - vs > 1) {
      j--; // the full stop of the sentence
    }
    return new LabelValue(vs, j, quoted, assignment, blankOnly);
  }

  private static boolean stops(char c, boolean quoted, char q) {
    if (quoted) {
      return c == q || c == '\n' || c == '\r';
    }
    return Character.isWhitespace(c) || "\"'`,;&)]}>".indexOf(c) >= 0;
  }

  private static int skipBlanks(TextView view, int i) {
    int limit = i + 3;
    while (i < limit && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  /** True when the folded text at {@code i} is the two-letter word {@code w} and a blank. */
  private static boolean word(TextView view, int i, String w) {
    char[] f = view.folded();
    return i + 2 < view.length()
        && f[i] == w.charAt(0)
        && f[i + 1] == w.charAt(1)
        && f[i + 2] == ' ';
  }
}
