package org.pdpguard.webaudit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Writes the requests of an inspection as HAR 1.2: one page per loaded page, one entry per request
 * (a redirect is an entry of its own), with the post data as captured. Timings are not measured per
 * phase: {@code wait} holds the whole time and the others are -1 (not applicable), which HAR
 * allows. Each entry carries {@code _phase} (load, typed, submitted) and, for failed requests,
 * {@code _error}.
 */
final class Har {
  private Har() {}

  static void write(JsonGenerator g, Inspection in, String toolVersion) throws IOException {
    g.writeStartObject();
    g.writeObjectFieldStart("log");
    g.writeStringField("version", "1.2");
    g.writeObjectFieldStart("creator");
    g.writeStringField("name", "pdpguard inspect-site");
    g.writeStringField("version", toolVersion);
    g.writeEndObject();
    g.writeObjectFieldStart("browser");
    g.writeStringField("name", "Chromium");
    g.writeStringField("version", in.browserVersion);
    g.writeEndObject();
    g.writeArrayFieldStart("pages");
    for (PageVisit p : in.pages) {
      g.writeStartObject();
      g.writeStringField("startedDateTime", pageStart(in, p).toString());
      g.writeStringField("id", "page_" + p.number);
      g.writeStringField("title", p.title.isEmpty() ? p.source() : p.title);
      g.writeObjectFieldStart("pageTimings");
      g.writeNumberField("onLoad", p.loadMs);
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entries");
    for (Exchange x : in.exchanges) {
      entry(g, x);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static Instant pageStart(Inspection in, PageVisit p) {
    for (Exchange x : in.exchanges) {
      if (x.page == p.number) {
        return Instant.ofEpochMilli(x.startedEpochMs);
      }
    }
    return in.started;
  }

  private static void entry(JsonGenerator g, Exchange x) throws IOException {
    g.writeStartObject();
    if (x.page > 0) {
      g.writeStringField("pageref", "page_" + x.page);
    }
    g.writeStringField("startedDateTime", Instant.ofEpochMilli(x.startedEpochMs).toString());
    double time = Math.max(0, x.finishedMs);
    g.writeNumberField("time", time);
    g.writeObjectFieldStart("request");
    g.writeStringField("method", x.method);
    g.writeStringField("url", x.url);
    g.writeStringField("httpVersion", x.protocol.isEmpty() ? "unknown" : x.protocol);
    g.writeArrayFieldStart("cookies");
    g.writeEndArray();
    headers(g, x.requestHeaders);
    g.writeArrayFieldStart("queryString");
    query(g, x.url);
    g.writeEndArray();
    if (x.postData != null) {
      g.writeObjectFieldStart("postData");
      g.writeStringField(
          "mimeType",
          x.requestHeaders.entrySet().stream()
              .filter(e -> e.getKey().equalsIgnoreCase("content-type"))
              .map(Map.Entry::getValue)
              .findFirst()
              .orElse(""));
      g.writeStringField("text", x.postData);
      g.writeEndObject();
    }
    g.writeNumberField("headersSize", -1);
    g.writeNumberField("bodySize", x.postData == null ? 0 : x.postData.length());
    g.writeEndObject();
    g.writeObjectFieldStart("response");
    g.writeNumberField("status", x.status);
    g.writeStringField("statusText", x.statusText);
    g.writeStringField("httpVersion", x.protocol.isEmpty() ? "unknown" : x.protocol);
    g.writeArrayFieldStart("cookies");
    g.writeEndArray();
    headers(g, x.responseHeaders);
    g.writeObjectFieldStart("content");
    g.writeNumberField("size", Math.max(0, x.encodedLength));
    g.writeStringField("mimeType", x.mimeType);
    g.writeEndObject();
    g.writeStringField("redirectURL", x.redirectUrl);
    g.writeNumberField("headersSize", -1);
    g.writeNumberField("bodySize", x.encodedLength);
    g.writeEndObject();
    g.writeObjectFieldStart("cache");
    g.writeEndObject();
    g.writeObjectFieldStart("timings");
    g.writeNumberField("send", 0);
    g.writeNumberField("wait", time);
    g.writeNumberField("receive", 0);
    g.writeEndObject();
    if (x.remoteIp != null) {
      g.writeStringField("serverIPAddress", x.remoteIp);
    }
    g.writeStringField("_resourceType", x.resourceType);
    g.writeStringField("_phase", x.phase.label);
    if (x.error != null) {
      g.writeStringField("_error", x.error);
    }
    g.writeEndObject();
  }

  private static void headers(JsonGenerator g, Map<String, String> headers) throws IOException {
    g.writeArrayFieldStart("headers");
    for (Map.Entry<String, String> h : headers.entrySet()) {
      for (String v : h.getValue().split("\n")) {
        g.writeStartObject();
        g.writeStringField("name", h.getKey());
        g.writeStringField("value", v);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  private static void query(JsonGenerator g, String url) throws IOException {
    String q;
    try {
      q = URI.create(url).getRawQuery();
    } catch (IllegalArgumentException e) {
      return;
    }
    if (q == null) {
      return;
    }
    for (String pair : List.of(q.split("&"))) {
      int eq = pair.indexOf('=');
      g.writeStartObject();
      g.writeStringField("name", eq < 0 ? pair : pair.substring(0, eq));
      g.writeStringField("value", eq < 0 ? "" : pair.substring(eq + 1));
      g.writeEndObject();
    }
  }
}
