package org.pdpguard.webaudit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pdpguard.judge.Violation;

/**
 * Everything one inspection collected and concluded. Built by the {@link Inspector}; written by
 * {@link Bundle}. A run that failed or ran out of time still has what it collected.
 */
public final class Inspection {
  final String start;
  final String firstPartyHost;
  final InspectionOptions options;
  final Instant started;
  Instant ended;
  String browserVersion = "";
  String userAgent = "";
  final List<PageVisit> pages = new ArrayList<>();
  final List<Exchange> exchanges = new ArrayList<>();
  final List<CookieRecord> cookies = new ArrayList<>();
  final List<CanaryRun> canaries = new ArrayList<>();
  final Map<String, Host> hosts = new TreeMap<>();
  final Map<Integer, Map<String, Long>> signals = new TreeMap<>();
  final List<String> errors = new ArrayList<>();
  final List<Violation> violations = new ArrayList<>();
  boolean timedOut;
  int droppedRequests;

  Inspection(String start, String firstPartyHost, InspectionOptions options, Instant started) {
    this.start = start;
    this.firstPartyHost = firstPartyHost;
    this.options = options;
    this.started = started;
  }

  public String start() {
    return start;
  }

  public int pageCount() {
    return pages.size();
  }

  /** Pages that failed, with their errors, and errors of the run. */
  public List<String> errors() {
    List<String> out = new ArrayList<>();
    for (PageVisit p : pages) {
      if (p.error != null) {
        out.add(p.requested + ": " + p.error);
      }
    }
    out.addAll(errors);
    return out;
  }

  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  /** The rule ids that fired, in order, with repeats. */
  public List<String> ruleIds() {
    return violations.stream().map(Violation::ruleId).toList();
  }

  public boolean timedOut() {
    return timedOut;
  }

  public int requestCount() {
    return exchanges.size();
  }
}
