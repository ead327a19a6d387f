package org.pdpguard.webaudit;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.pdpguard.core.EntityType;
import org.pdpguard.judge.Citation;
import org.pdpguard.judge.Violation;

/**
 * {@code report.html}: the inspection for people, Vietnamese first with English beside it, in one
 * file with no external resource (styles inline, screenshots as data URIs), so that it opens the
 * same offline years later. The template is {@code report.html.mustache}.
 */
final class Report {
  private static final Mustache TEMPLATE = compile();

  /** Screenshots larger than this are linked, not embedded. */
  private static final long EMBED_MAX = 2_000_000;

  private Report() {}

  private static Mustache compile() {
    try (Reader r =
        new InputStreamReader(
            Report.class.getResourceAsStream("report.html.mustache"), StandardCharsets.UTF_8)) {
      return new DefaultMustacheFactory().compile(r, "report.html");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void write(Path dir, Inspection in) throws IOException {
    Map<String, Object> scope = scope(dir, in);
    try (Writer w = Files.newBufferedWriter(dir.resolve("report.html"), StandardCharsets.UTF_8)) {
      TEMPLATE.execute(w, scope);
    }
  }

  static Map<String, Object> scope(Path dir, Inspection in) throws IOException {
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("start", in.start);
    s.put("started", in.started.toString());
    s.put("ended", in.ended == null ? "" : in.ended.toString());
    s.put("asOf", in.options.asOf().toString());
    s.put("browser", in.browserVersion);
    s.put("tool", in.options.toolVersion());
    s.put("pageCount", in.pages.size());
    s.put("requestCount", in.exchanges.size());
    s.put("thirdPartyHosts", in.hosts.values().stream().filter(Host::thirdParty).count());
    s.put("violationCount", in.violations.size());
    s.put("timedOut", in.timedOut);
    s.put("errors", in.errors());
    s.put("hasErrors", !in.errors().isEmpty());
    s.put("hasForms", in.pages.stream().anyMatch(p -> !p.forms.isEmpty()));
    s.put("violations", violations(in));
    s.put("pages", pages(dir, in));
    s.put("forms", forms(in));
    s.put("canary", canaries(in));
    s.put("hosts", new ArrayList<>(in.hosts.values()));
    s.put("cookies", in.cookies);
    s.put("hasCookies", !in.cookies.isEmpty());
    s.put("hasCanary", !in.canaries.isEmpty());
    return s;
  }

  private static List<Map<String, Object>> violations(Inspection in) {
    List<Map<String, Object>> out = new ArrayList<>();
    NumberFormat vnd = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
    for (Violation v : in.violations) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rule", v.ruleId());
      m.put("severity", v.severity().label());
      m.put("titleVi", v.rule().title().vi());
      m.put("titleEn", v.rule().title().en());
      m.put("explanationVi", v.rule().explanation().vi());
      m.put("explanationEn", v.rule().explanation().en());
      m.put("source", v.source());
      m.put(
          "basisVi", v.basis().stream().map(c -> c.text().vi()).collect(Collectors.joining("; ")));
      m.put(
          "basisEn", v.basis().stream().map(c -> c.text().en()).collect(Collectors.joining("; ")));
      if (v.sanction() != null) {
        Citation c = v.sanction().citation();
        m.put(
            "sanction",
            vnd.format(v.sanction().min())
                + " – "
                + vnd.format(v.sanction().max())
                + " VND ("
                + c.text().vi()
                + " / "
                + c.text().en()
                + ")");
      }
      m.put("remedyVi", v.rule().remedy().vi());
      m.put("remedyEn", v.rule().remedy().en());
      m.put(
          "types",
          v.types().stream().sorted().map(EntityType::labelVi).collect(Collectors.joining(", ")));
      m.put("hasEvidence", !v.evidence().isEmpty());
      m.put(
          "evidence",
          v.evidence().stream()
              .map(e -> e.type().labelVi() + ": " + e.value() + " " + e.location())
              .toList());
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> pages(Path dir, Inspection in) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PageVisit p : in.pages) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("number", p.number);
      m.put("url", p.source());
      m.put("title", p.title);
      m.put("status", p.status);
      m.put("error", p.error);
      m.put("findings", p.findings.size());
      m.put(
          "findingTypes",
          p.findings.stream()
              .map(f -> f.type().labelVi())
              .distinct()
              .collect(Collectors.joining(", ")));
      m.put("policy", p.policy);
      if (p.policyCoverage != null) {
        List<Map<String, Object>> items = new ArrayList<>();
        p.policyCoverage.forEach(
            (k, v) ->
                items.add(Map.of("item", k, "covered", v != null, "matched", v == null ? "" : v)));
        m.put("coverage", items);
        m.put("hasCoverage", true);
      }
      m.put("signals", in.signals.getOrDefault(p.number, Map.of()).toString());
      m.put("screenshotFile", p.screenshotFile);
      if (p.screenshotFile != null) {
        Path png = dir.resolve(p.screenshotFile);
        if (Files.isRegularFile(png) && Files.size(png) <= EMBED_MAX) {
          m.put(
              "screenshot",
              "data:image/png;base64,"
                  + Base64.getEncoder().encodeToString(Files.readAllBytes(png)));
        }
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> forms(Inspection in) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (PageVisit p : in.pages) {
      for (WebForm f : p.forms) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", p.number);
        m.put("form", f.index() + 1);
        m.put("action", f.action());
        m.put("https", f.actionHttps());
        m.put(
            "types",
            f.personalTypes().stream().map(EntityType::labelVi).collect(Collectors.joining(", ")));
        m.put("consent", f.hasConsent());
        m.put("preticked", f.preticked());
        m.put("notice", f.notice());
        out.add(m);
      }
    }
    return out;
  }

  private static List<Map<String, Object>> canaries(Inspection in) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (CanaryRun r : in.canaries) {
      for (CanaryHit h : r.hits()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("page", r.page());
        m.put("form", r.form() + 1);
        m.put("type", h.type().labelVi());
        m.put("value", h.value());
        m.put(
            "phase",
            h.phase() == Exchange.Phase.TYPED
                ? "trước khi gửi / before submit"
                : "khi gửi / on submit");
        m.put("host", h.host());
        m.put("third", h.thirdParty());
        m.put("country", h.country() == null ? "?" : h.country());
        m.put("where", h.where());
        m.put("entry", h.request());
        out.add(m);
      }
      if (r.error() != null) {
        out.add(Map.of("page", r.page(), "form", r.form() + 1, "error", r.error()));
      }
    }
    return out;
  }
}
