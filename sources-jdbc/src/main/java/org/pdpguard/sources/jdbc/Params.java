package org.pdpguard.sources.jdbc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The parameters of the part of a JDBC URL after its subprotocol, in both styles drivers use: a
 * query ({@code //h/db?a=1&b=2}) and semicolon-separated settings ({@code mem:x;A=1;B=2}).
 *
 * @param base what comes before the first parameter
 * @param params the parameters in order, with the separator that preceded each
 */
record Params(String base, List<Param> params) {

  /** One parameter: {@code sep key=value}, or {@code sep key} with a null value. */
  record Param(char sep, String key, String value) {}

  static Params split(String rest) {
    int start = -1;
    for (int i = 0; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '?' || c == ';') {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return new Params(rest, List.of());
    }
    List<Param> params = new ArrayList<>();
    boolean query = false;
    int i = start;
    while (i < rest.length()) {
      char sep = rest.charAt(i);
      query |= sep == '?';
      int end = i + 1;
      boolean braced = false;
      while (end < rest.length() && (braced || !isSeparator(rest.charAt(end), query))) {
        // SQL Server quotes values holding separators in braces: password={a;b}
        char c = rest.charAt(end);
        braced = !query && (braced ? c != '}' : c == '{');
        end++;
      }
      String token = rest.substring(i + 1, end);
      int eq = token.indexOf('=');
      if (!token.isEmpty()) {
        params.add(
            eq < 0
                ? new Param(sep, token, null)
                : new Param(sep, token.substring(0, eq), token.substring(eq + 1)));
      }
      i = end;
    }
    return new Params(rest.substring(0, start), List.copyOf(params));
  }

  /** In a query only {@code &} separates; before one, {@code ;} does and {@code ?} starts it. */
  private static boolean isSeparator(char c, boolean query) {
    return query ? c == '&' : c == ';' || c == '?';
  }

  /** The value of the first parameter named {@code key} (case-insensitive), or null. */
  String get(String key) {
    for (Param p : params) {
      if (p.key().equalsIgnoreCase(key)) {
        return p.value() == null ? "" : p.value();
      }
    }
    return null;
  }

  /** The text again without the parameters whose key {@code drop} accepts. */
  String without(Predicate<String> drop) {
    StringBuilder b = new StringBuilder(base);
    boolean hadQuery = false;
    boolean wroteQuery = false;
    for (Param p : params) {
      hadQuery |= p.sep() == '?';
      if (drop.test(p.key())) {
        continue;
      }
      char sep = p.sep();
      if (sep == '&' && hadQuery && !wroteQuery) {
        sep = '?';
      }
      wroteQuery |= sep == '?';
      b.append(sep).append(p.key());
      if (p.value() != null) {
        b.append('=').append(p.value());
      }
    }
    return b.toString();
  }
}
