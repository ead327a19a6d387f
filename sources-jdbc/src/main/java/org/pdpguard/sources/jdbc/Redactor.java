package org.pdpguard.sources.jdbc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Cleans driver messages of credentials before they reach a report. Drivers sometimes echo the URL
 * they were given, or a value they could not parse: every URL form is replaced by the display name
 * and every secret (in its raw, decoded and encoded forms) by {@code ***}, longest first so that a
 * secret inside a URL goes with the URL.
 */
final class Redactor {
  static final String MASK = "***";

  private final String display;
  private final List<String> urls;
  private final List<String> secrets;

  Redactor(JdbcTarget target, String password) {
    this.display = target.display();
    Set<String> u = new LinkedHashSet<>(List.of(target.raw(), target.connectUrl()));
    u.remove(display);
    this.urls = sorted(u);
    Set<String> s = new LinkedHashSet<>(target.secrets());
    if (password != null) {
      s.add(password);
    }
    for (String secret : List.copyOf(s)) {
      s.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
    }
    s.removeIf(String::isEmpty);
    this.secrets = sorted(s);
  }

  private static List<String> sorted(Set<String> values) {
    List<String> out = new ArrayList<>(values);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  /** {@code text} without URLs or secrets; null stays null. */
  String clean(String text) {
    if (text == null) {
      return null;
    }
    String out = text;
    for (String url : urls) {
      out = out.replace(url, display);
    }
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  /**
   * A one-line description of a failure: the messages of the exception and its causes (drivers wrap
   * the useful one), cleaned, with the SQL state when there is one.
   */
  String describe(Throwable e) {
    StringBuilder b = new StringBuilder();
    Set<String> seen = new LinkedHashSet<>();
    for (Throwable t = e; t != null && seen.size() < 4; t = t.getCause()) {
      String raw = t.getMessage();
      String m =
          raw == null || raw.isBlank()
              ? t.getClass().getSimpleName()
              : raw.strip().replaceAll("\\s+", " ");
      if (seen.stream().anyMatch(x -> x.contains(m)) || !seen.add(m)) {
        continue;
      }
      b.append(b.length() == 0 ? "" : ": ").append(m);
    }
    if (e instanceof SQLException s && s.getSQLState() != null) {
      b.append(" [SQLState ").append(s.getSQLState()).append(']');
    }
    return clean(b.toString());
  }
}
