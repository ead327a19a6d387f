package org.pdpguard.webaudit;

import java.util.Locale;
import java.util.Set;

/**
 * First or third party: two hosts are one party when they share a registrable domain ({@code
 * www.shop.vn} and {@code img.shop.vn}). Without the Public Suffix List this knows the common
 * second-level suffixes of Vietnam and a few others ({@code com.vn}, {@code gov.vn}, {@code
 * co.uk}), so {@code a.com.vn} and {@code b.com.vn} are different parties; a suffix it does not
 * know makes two unrelated sites under it look like one party (it errs towards first party, never
 * inventing a third party). IP addresses and single-label names are their own site.
 */
final class Sites {
  private static final Set<String> SECOND_LEVEL =
      Set.of(
          "com.vn",
          "net.vn",
          "org.vn",
          "edu.vn",
          "gov.vn",
          "int.vn",
          "ac.vn",
          "biz.vn",
          "info.vn",
          "name.vn",
          "pro.vn",
          "health.vn",
          "io.vn",
          "id.vn",
          "co.uk",
          "org.uk",
          "ac.uk",
          "gov.uk",
          "com.au",
          "net.au",
          "org.au",
          "co.jp",
          "ne.jp",
          "or.jp",
          "co.kr",
          "or.kr",
          "com.cn",
          "net.cn",
          "org.cn",
          "com.sg",
          "com.my",
          "co.th",
          "in.th",
          "com.tw",
          "com.hk",
          "co.id",
          "com.br",
          "co.in",
          "co.nz",
          "com.ph");

  private Sites() {}

  /** The registrable domain of {@code host}, lower case. */
  static String site(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty() || h.indexOf(':') >= 0 || h.startsWith("[") || isIpv4(h)) {
      return h;
    }
    String[] labels = h.split("\\.");
    if (labels.length <= 2) {
      return h;
    }
    String lastTwo = labels[labels.length - 2] + "." + labels[labels.length - 1];
    int keep = SECOND_LEVEL.contains(lastTwo) ? 3 : 2;
    StringBuilder out = new StringBuilder();
    for (int i = labels.length - keep; i < labels.length; i++) {
      out.append(out.length() == 0 ? "" : ".").append(labels[i]);
    }
    return out.toString();
  }

  /** Whether {@code host} belongs to the same party as {@code firstPartyHost}. */
  static boolean firstParty(String host, String firstPartyHost) {
    return site(host).equals(site(firstPartyHost));
  }

  private static boolean isIpv4(String h) {
    return h.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }
}
