package org.pdpguard.webaudit;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where in a request a canary went: its URL, a header, or its body; as is, percent-decoded, or
 * inside a base64 run (trackers often base64 their payloads). Requests are bounded ({@link
 * NetworkLog#MAX_POST_CHARS}), so the scans here are bounded too.
 */
final class CanarySearch {
  /** base64 or base64url runs long enough to hide a canary. */
  private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/_-]{12,}={0,2}");

  private CanarySearch() {}

  /** Where {@code core} appears in {@code x}, e.g. {@code url}, {@code body (base64)}, or null. */
  static String where(Exchange x, String core) {
    String needle = core.toLowerCase(Locale.ROOT);
    String in = in(x.url, needle);
    if (in != null) {
      return "url" + in;
    }
    for (Map.Entry<String, String> h : x.requestHeaders.entrySet()) {
      String k = h.getKey().toLowerCase(Locale.ROOT);
      if (k.equals("referer")) {
        continue; // the page's own URL, not something this request sends on its own
      }
      in = in(h.getValue(), needle);
      if (in != null) {
        return "header " + h.getKey() + in;
      }
    }
    if (x.postData != null) {
      in = in(x.postData, needle);
      if (in != null) {
        return "body" + in;
      }
    }
    return null;
  }

  /** "" when found as is, " (url-encoded)", " (base64)", or null. */
  private static String in(String haystack, String needle) {
    if (haystack == null || haystack.isEmpty()) {
      return null;
    }
    String lower = haystack.toLowerCase(Locale.ROOT);
    if (lower.contains(needle)) {
      return "";
    }
    if (haystack.indexOf('%') >= 0 || haystack.indexOf('+') >= 0) {
      try {
        if (URLDecoder.decode(haystack, StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT)
            .contains(needle)) {
          return " (url-encoded)";
        }
      } catch (IllegalArgumentException e) {
        // not percent-encoded after all
      }
    }
    Matcher m = BASE64.matcher(haystack);
    while (m.find()) {
      String run = m.group().replace('-', '+').replace('_', '/');
      run = run.replace("=", "");
      if (run.length() % 4 == 1) {
        run = run.substring(0, run.length() - 1); // a stray char can never be base64
      }
      try {
        String decoded =
            new String(Base64.getDecoder().decode(pad(run)), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (decoded.contains(needle)) {
          return " (base64)";
        }
        if (decoded.indexOf('%') >= 0
            && URLDecoder.decode(decoded, StandardCharsets.UTF_8).contains(needle)) {
          return " (base64)";
        }
      } catch (IllegalArgumentException e) {
        // not base64
      }
    }
    return null;
  }

  private static String pad(String s) {
    int r = s.length() % 4;
    return r == 0 ? s : s + "==".substring(0, 4 - r);
  }
}
