package org.pdpguard.webaudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.judge.Collected;
import org.pdpguard.judge.Declarations;
import org.pdpguard.judge.Evidence;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.PlaceFacts;
import org.pdpguard.judge.PlaceKind;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.protect.Mask;

/**
 * Turns what an inspection saw into facts for the judge, and judges them. Each page is one place
 * whose facts keep apart what it <em>shows</em> (personal data in its rendered text: public
 * exposure) and what it <em>collects</em> ({@link Collected}: the types its forms ask for), with
 * the practices observed (signals) and the countries the typed data reached. A form that asks for a
 * name and a phone number does not expose them; the form rules read {@code data: collected}.
 */
final class WebJudging {
  private WebJudging() {}

  /** The signals of each page (page number to signal counts). */
  static Map<Integer, Map<String, Long>> signals(Inspection in, int crawlRequests) {
    Map<Integer, Map<String, Long>> out = new LinkedHashMap<>();
    for (PageVisit p : in.pages) {
      Map<String, Long> s = new LinkedHashMap<>();
      boolean httpPage = p.source().toLowerCase(java.util.Locale.ROOT).startsWith("http:");
      for (WebForm f : p.forms) {
        if (!f.collectsPersonalData()) {
          continue;
        }
        add(s, "form_without_consent", f.hasConsent() ? 0 : 1);
        add(s, "form_without_notice", "none".equals(f.notice()) ? 1 : 0);
        add(s, "preticked_consent", f.preticked() ? 1 : 0);
        add(s, "insecure_transport", f.actionPlainHttp() || httpPage ? 1 : 0);
      }
      Set<Integer> before = new HashSet<>();
      Set<Integer> third = new HashSet<>();
      for (CanaryRun r : in.canaries) {
        if (r.page() == p.number) {
          for (CanaryHit h : r.hits()) {
            if (h.phase() == Exchange.Phase.TYPED) {
              before.add(h.request());
            }
            if (h.thirdParty()) {
              third.add(h.request());
            }
          }
        }
      }
      add(s, "sent_before_submit", before.size());
      add(s, "sent_to_third_party", third.size());
      long trackers = 0;
      for (int i = 0; i < Math.min(crawlRequests, in.exchanges.size()); i++) {
        Exchange x = in.exchanges.get(i);
        if (x.page == p.number && x.isNetwork() && thirdParty(in, x.host())) {
          trackers++;
        }
      }
      for (CookieRecord c : in.cookies) {
        if (c.page() == p.number && c.thirdParty()) {
          trackers++;
        }
      }
      add(s, "trackers_before_consent", trackers);
      out.put(p.number, s);
    }
    return out;
  }

  private static boolean thirdParty(Inspection in, String host) {
    return !host.isEmpty() && !Sites.firstParty(host, in.firstPartyHost);
  }

  private static void add(Map<String, Long> s, String name, long n) {
    if (n > 0) {
      s.merge(name, n, Long::sum);
    }
  }

  /** The violations of the inspection, page by page, then those of the organisation. */
  static List<Violation> judge(Inspection in, RulePack pack, LocalDate asOf) {
    FactsCollector shown = new FactsCollector(Inventory.EMPTY, asOf);
    for (PageVisit p : in.pages) {
      for (int i = 0; i < p.findings.size(); i++) {
        Finding f = p.findings.get(i);
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("page", p.number);
        where.put("line", p.findingLines.get(i));
        shown.finding(p.source(), where, f.type(), Mask.mask(f.type(), f.value()), f.value());
      }
    }
    Map<String, PlaceFacts> bySource = new LinkedHashMap<>();
    for (PlaceFacts f : shown.places()) {
      bySource.put(f.source(), f);
    }
    List<PlaceFacts> places = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (PageVisit p : in.pages) {
      if (done.add(p.source())) {
        places.add(page(in, p, bySource.get(p.source())));
      }
    }
    return new Judge(pack).judgeAll(places, Declarations.NONE, asOf);
  }

  /**
   * The facts of page {@code p}: what its text shows ({@code shown}, null when nothing), what its
   * forms collect, the practices observed and the countries the typed data reached.
   */
  private static PlaceFacts page(Inspection in, PageVisit p, PlaceFacts shown) {
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    List<Evidence> evidence = new ArrayList<>();
    Set<String> countries = new TreeSet<>();
    for (WebForm f : p.forms) {
      CanaryRun run = null;
      for (CanaryRun r : in.canaries) {
        if (r.page() == p.number && r.form() == f.index()) {
          run = r;
        }
      }
      for (FormField field : f.fields()) {
        EntityType t = field.personalData();
        if (t == null) {
          continue;
        }
        counts.merge(t, 1L, Long::sum);
        String typed = run == null ? null : run.values().get(field.index());
        Map<String, Object> where = new LinkedHashMap<>();
        where.put("page", p.number);
        where.put("form", f.index() + 1);
        where.put("field", field.display());
        evidence.add(
            new Evidence(
                p.source(),
                where,
                t,
                typed == null ? "(trường biểu mẫu / form field)" : Mask.mask(t, typed)));
      }
      if (run != null) {
        for (CanaryHit h : run.hits()) {
          if (h.country() != null) {
            countries.add(h.country());
          }
        }
      }
    }
    Map<String, Long> signals = in.signals.getOrDefault(p.number, Map.of());
    return new PlaceFacts(
        p.source(),
        PlaceKind.PUBLIC_WEB,
        Declarations.NONE,
        shown == null ? Map.of() : shown.counts(),
        shown == null ? 0 : shown.subjects(),
        shown == null ? 0 : shown.minors(),
        countries,
        shown == null ? List.of() : shown.evidence(),
        signals,
        new Collected(counts, evidence));
  }
}
