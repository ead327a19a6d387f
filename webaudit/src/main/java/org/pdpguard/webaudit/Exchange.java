package org.pdpguard.webaudit;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One request the browser made and what came back, as the DevTools protocol reported it: one HAR
 * entry. A redirect ends one exchange and starts the next. Filled from the DevTools event thread
 * and read after the page settles, so every access goes through the owning {@link NetworkLog}'s
 * lock.
 */
final class Exchange {
  final int index;
  final String requestId;
  final int page;
  final Phase phase;
  final long startedEpochMs;
  final String method;
  final String url;
  final String resourceType;
  final Map<String, String> requestHeaders = new LinkedHashMap<>();
  String postData;
  int status;
  String statusText = "";
  final Map<String, String> responseHeaders = new LinkedHashMap<>();
  String mimeType = "";
  String remoteIp;
  String protocol = "";
  String error;
  long encodedLength = -1;
  String redirectUrl = "";
  double finishedMs = -1;

  Exchange(
      int index,
      String requestId,
      int page,
      Phase phase,
      long startedEpochMs,
      String method,
      String url,
      String resourceType) {
    this.index = index;
    this.requestId = requestId;
    this.page = page;
    this.phase = phase;
    this.startedEpochMs = startedEpochMs;
    this.method = method;
    this.url = url;
    this.resourceType = resourceType;
  }

  /** The host the request went to, lower case; empty for {@code data:} and the like. */
  String host() {
    return hostOf(url);
  }

  static String hostOf(String url) {
    try {
      String h = URI.create(url).getHost();
      return h == null ? "" : h.toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Whether the request went over the network (http or https), not a data: or blob: URL. */
  boolean isNetwork() {
    String u = url.toLowerCase(Locale.ROOT);
    return u.startsWith("http://") || u.startsWith("https://") || u.startsWith("ws");
  }

  /** When in the inspection a request was made. */
  enum Phase {
    /** Loading a page, before any interaction: what a visitor gets without consenting. */
    LOAD("load"),
    /** After canary values were typed into a form, before it was submitted. */
    TYPED("typed"),
    /** After the form was submitted. */
    SUBMITTED("submitted");

    final String label;

    Phase(String label) {
      this.label = label;
    }
  }
}
