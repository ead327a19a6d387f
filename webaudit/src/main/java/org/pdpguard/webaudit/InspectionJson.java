package org.pdpguard.webaudit;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.judge.Violation;
import org.pdpguard.judge.ViolationJson;
import org.pdpguard.protect.Mask;

/**
 * {@code inspection.json}: what the inspection saw and concluded. Personal data found in pages is
 * masked; canary values are synthetic and written as typed, so that they can be found again in
 * {@code requests.har}. The shape is described in {@code docs/WEBSITE.md}.
 */
final class InspectionJson {
  private InspectionJson() {}

  static void write(JsonGenerator g, Inspection in) throws IOException {
    g.writeStartObject();
    g.writeStringField("start", in.start);
    g.writeStringField("first_party_host", in.firstPartyHost);
    g.writeStringField("started", in.started.toString());
    g.writeStringField("ended", in.ended == null ? null : in.ended.toString());
    g.writeStringField("as_of", in.options.asOf().toString());
    g.writeStringField("browser", in.browserVersion);
    g.writeBooleanField("timed_out", in.timedOut);
    g.writeNumberField("requests", in.exchanges.size());
    g.writeNumberField("requests_dropped", in.droppedRequests);
    g.writeArrayFieldStart("errors");
    for (String e : in.errors()) {
      g.writeString(e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("pages");
    for (PageVisit p : in.pages) {
      page(g, p, in);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("hosts");
    for (Host h : in.hosts.values()) {
      g.writeStartObject();
      g.writeStringField("host", h.name());
      g.writeStringField("party", h.thirdParty() ? "third" : "first");
      g.writeStringField("country", h.country());
      g.writeStringField("address", h.address());
      g.writeNumberField("requests", h.requests());
      g.writeNumberField("requests_before_interaction", h.beforeInteraction());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("cookies_before_interaction");
    for (CookieRecord c : in.cookies) {
      cookie(g, c);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("canary");
    for (CanaryRun r : in.canaries) {
      canary(g, r);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("violations");
    for (Violation v : in.violations) {
      g.writeStartObject();
      ViolationJson.fields(g, v);
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void page(JsonGenerator g, PageVisit p, Inspection in) throws IOException {
    g.writeStartObject();
    g.writeNumberField("page", p.number);
    g.writeStringField("requested", p.requested);
    g.writeStringField("url", p.source());
    g.writeStringField("title", p.title);
    g.writeNumberField("status", p.status);
    g.writeStringField("error", p.error);
    g.writeNumberField("load_ms", p.loadMs);
    g.writeStringField("source", p.sourceFile);
    g.writeStringField("screenshot", p.screenshotFile);
    g.writeBooleanField("privacy_policy", p.policy);
    if (p.policyCoverage != null) {
      g.writeObjectFieldStart("policy_coverage");
      for (Map.Entry<String, String> e : p.policyCoverage.entrySet()) {
        g.writeObjectFieldStart(e.getKey());
        g.writeBooleanField("covered", e.getValue() != null);
        g.writeStringField("matched", e.getValue());
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeArrayFieldStart("privacy_links");
    for (Link l : p.privacyLinks) {
      link(g, l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("popups");
    for (String u : p.popups) {
      g.writeString(u);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("local_storage_before_interaction");
    for (Map<String, String> s : p.localStorage) {
      g.writeStartObject();
      for (Map.Entry<String, String> e : s.entrySet()) {
        g.writeStringField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("forms");
    for (WebForm f : p.forms) {
      form(g, f);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
    for (int i = 0; i < p.findings.size(); i++) {
      Finding f = p.findings.get(i);
      g.writeStartObject();
      g.writeStringField("type", f.type().name());
      g.writeStringField("category", f.category().name().toLowerCase(java.util.Locale.ROOT));
      g.writeNumberField("line", p.findingLines.get(i));
      g.writeStringField("value", Mask.mask(f.type(), f.value()));
      g.writeNumberField("score", Math.round(f.score() * 100) / 100.0);
      g.writeStringField("recognizer", f.recognizer());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("signals");
    for (Map.Entry<String, Long> s : in.signals.getOrDefault(p.number, Map.of()).entrySet()) {
      g.writeNumberField(s.getKey(), s.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void form(JsonGenerator g, WebForm f) throws IOException {
    g.writeStartObject();
    g.writeNumberField("form", f.index() + 1);
    g.writeStringField("id", f.id());
    g.writeStringField("action", f.action());
    g.writeStringField("method", f.method());
    g.writeBooleanField("https", f.actionHttps());
    g.writeArrayFieldStart("personal_data");
    for (EntityType t : f.personalTypes()) {
      g.writeString(t.name());
    }
    g.writeEndArray();
    g.writeBooleanField("consent_checkbox", f.hasConsent());
    g.writeBooleanField("consent_preticked", f.preticked());
    g.writeStringField("notice", f.notice());
    g.writeArrayFieldStart("notice_links");
    for (Link l : f.noticeLinks()) {
      link(g, l);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("fields");
    for (FormField x : f.fields()) {
      g.writeStartObject();
      g.writeNumberField("index", x.index());
      g.writeStringField("label", x.label());
      g.writeStringField("name", x.name());
      g.writeStringField("id", x.id());
      g.writeStringField("type", x.type());
      g.writeStringField("autocomplete", x.autocomplete());
      g.writeStringField("placeholder", x.placeholder());
      g.writeStringField(
          "personal_data", x.personalData() == null ? null : x.personalData().name());
      g.writeBooleanField("consent", x.consent());
      g.writeBooleanField("checked_at_load", x.checkedAtLoad());
      g.writeBooleanField("required", x.required());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void cookie(JsonGenerator g, CookieRecord c) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", c.name());
    g.writeStringField("value", c.value());
    g.writeStringField("domain", c.domain());
    g.writeStringField("path", c.path());
    if (c.expires() == null) {
      g.writeNullField("expires");
    } else {
      g.writeStringField(
          "expires", java.time.Instant.ofEpochMilli((long) (c.expires() * 1000)).toString());
    }
    g.writeBooleanField("session", c.expires() == null);
    g.writeBooleanField("http_only", c.httpOnly());
    g.writeBooleanField("secure", c.secure());
    g.writeStringField("same_site", c.sameSite());
    g.writeStringField("party", c.thirdParty() ? "third" : "first");
    g.writeNumberField("first_seen_page", c.page());
    g.writeEndObject();
  }

  private static void canary(JsonGenerator g, CanaryRun r) throws IOException {
    g.writeStartObject();
    g.writeNumberField("page", r.page());
    g.writeNumberField("form", r.form() + 1);
    g.writeBooleanField("submitted", r.submitted());
    g.writeStringField("error", r.error());
    g.writeObjectFieldStart("values");
    for (Map.Entry<Integer, String> v : new java.util.TreeMap<>(r.values()).entrySet()) {
      g.writeStringField(String.valueOf(v.getKey()), v.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("hits");
    for (CanaryHit h : r.hits()) {
      g.writeStartObject();
      g.writeNumberField("field", h.field());
      g.writeStringField("type", h.type().name());
      g.writeStringField("value", h.value());
      g.writeStringField(
          "phase", h.phase() == Exchange.Phase.TYPED ? "before_submit" : "on_submit");
      g.writeNumberField("har_entry", h.request());
      g.writeStringField("url", h.url());
      g.writeStringField("host", h.host());
      g.writeStringField("party", h.thirdParty() ? "third" : "first");
      g.writeStringField("country", h.country());
      g.writeStringField("where", h.where());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void link(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    g.writeStringField("text", l.text());
    g.writeStringField("href", l.href());
    g.writeEndObject();
  }
}
