package org.pdpguard.sources.jdbc;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@code jdbc:} URL as typed, taken apart: the database kind, the name reports show, the URL to
 * connect with, and the credentials it carries.
 *
 * <p>Credentials are recognised in three places: parameters ({@code ?user=u&password=p}, {@code
 * ;PASSWORD=p}, {@code sslpassword}, any key naming a password, secret or token), the authority
 * ({@code //user:pass@host}) and Oracle's {@code user/pass@host}. The display name has none of
 * them, not even the user name. For the databases this module knows, user and password move from
 * the URL to the connection properties (drivers disagree on {@code user:pass@}); other secret
 * parameters stay in the URL the driver gets, and every secret is remembered so that driver
 * messages can be cleaned of it ({@link Redactor}).
 */
record JdbcTarget(
    Dialect dialect,
    String raw,
    String display,
    String connectUrl,
    String user,
    String password,
    List<String> secrets) {

  private static final String PREFIX = "jdbc:";

  /** Whether {@code target} is a JDBC URL. */
  static boolean isJdbc(String target) {
    return target != null && target.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
  }

  /** Takes {@code target} apart; {@code target} is a JDBC URL ({@link #isJdbc}). */
  static JdbcTarget parse(String target) {
    int colon = target.indexOf(':', PREFIX.length());
    String sub = colon < 0 ? target.substring(PREFIX.length()) : target.substring(5, colon);
    Dialect dialect = Dialect.of(sub.toLowerCase(Locale.ROOT));
    String head = colon < 0 ? target : target.substring(0, colon + 1);
    String rest = colon < 0 ? "" : target.substring(colon + 1);

    List<String> secrets = new ArrayList<>();
    String user = null;
    String password = null;

    // Authority or Oracle-style user information: //user:pass@host, thin:user/pass@host.
    String shownRest = rest;
    String connectRest = rest;
    int paramsAt = firstOf(rest, "?;");
    String beforeParams = rest.substring(0, paramsAt);
    if (beforeParams.startsWith("//")) {
      int slash = firstOf(beforeParams.substring(2), "/") + 2;
      int at = beforeParams.lastIndexOf('@', slash - 1);
      if (at >= 2) {
        String info = beforeParams.substring(2, at);
        int sep = info.indexOf(':');
        user = decode(sep < 0 ? info : info.substring(0, sep));
        if (sep >= 0) {
          password = decode(info.substring(sep + 1));
          secrets.add(info.substring(sep + 1));
          secrets.add(password);
        }
        shownRest = "//" + rest.substring(at + 1);
        connectRest = dialect.known() ? shownRest : rest;
      }
    } else if (dialect == Dialect.GENERIC && sub.equalsIgnoreCase("oracle")) {
      int at = beforeParams.lastIndexOf('@');
      int start = beforeParams.indexOf(':') + 1;
      if (at > start) {
        String info = beforeParams.substring(start, at);
        int sep = info.indexOf('/');
        if (sep >= 0) {
          secrets.add(info.substring(sep + 1));
        }
        shownRest = rest.substring(0, start) + rest.substring(at);
      }
    }

    // Parameters: ?a=1&b=2 and ;A=1;B=2 styles.
    Params shown = Params.split(shownRest);
    Params connect = Params.split(connectRest);
    for (Params.Param p : shown.params()) {
      if (p.value() == null || !isCredential(p.key())) {
        continue;
      }
      String value = decode(p.value());
      if (isUserKey(p.key())) {
        user = value;
      } else {
        secrets.add(p.value());
        secrets.add(value);
        if (isPasswordKey(p.key())) {
          password = value;
        }
      }
    }
    String display = head + shown.without(JdbcTarget::isCredential);
    String connectUrl = head + connectRest;
    if (dialect.known()) {
      connectUrl =
          dialect.connectUrl(
              head + connect.without(k -> isUserKey(k) || isPasswordKey(k) || dialect.drops(k)));
    }
    secrets.removeIf(String::isEmpty);
    return new JdbcTarget(
        dialect, target, display, connectUrl, user, password, List.copyOf(secrets));
  }

  /** A user name, a password or another secret. */
  static boolean isCredential(String key) {
    String k = normal(key);
    return isUserKey(key)
        || isPasswordKey(key)
        || k.contains("password")
        || k.contains("passwd")
        || k.contains("pwd")
        || k.contains("secret")
        || k.contains("token")
        || k.contains("apikey")
        || k.contains("accesskey")
        || k.contains("credential");
  }

  static boolean isUserKey(String key) {
    String k = normal(key);
    return k.equals("user") || k.equals("username") || k.equals("uid") || k.equals("userid");
  }

  static boolean isPasswordKey(String key) {
    String k = normal(key);
    return k.equals("password") || k.equals("pwd") || k.equals("pass") || k.equals("passwd");
  }

  private static String normal(String key) {
    return key.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "").replace(" ", "").trim();
  }

  private static int firstOf(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }
}
