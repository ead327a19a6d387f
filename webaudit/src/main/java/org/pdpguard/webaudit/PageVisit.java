package org.pdpguard.webaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.Finding;

/**
 * What one page showed on load, before any interaction. Filled by the {@link Inspector} as it goes,
 * so that a page that fails half-way still reports what was collected.
 */
final class PageVisit {
  final int number;
  final String requested;
  final String origin;
  String url;
  String title = "";

  /** The rendered text (bounded by the page script), for the policy coverage. */
  String text = "";

  int status;
  String error;
  long loadMs;
  String sourceFile;
  String screenshotFile;
  boolean policy;
  Map<String, String> policyCoverage;
  final List<WebForm> forms = new ArrayList<>();
  final List<Link> privacyLinks = new ArrayList<>();
  final List<Link> pageLinks = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  final List<Integer> findingLines = new ArrayList<>();
  final List<Map<String, String>> localStorage = new ArrayList<>();
  final List<String> popups = new ArrayList<>();

  PageVisit(int number, String requested, String origin) {
    this.number = number;
    this.requested = requested;
    this.origin = origin;
    this.url = requested;
  }

  /** The address the page ended on, for reports and judging. */
  String source() {
    return url == null ? requested : url;
  }
}
