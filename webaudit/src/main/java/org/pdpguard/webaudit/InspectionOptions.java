package org.pdpguard.webaudit;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How to inspect a site.
 *
 * @param maxPages pages loaded at most, the start page and same-site pages it links to (a privacy
 *     policy first)
 * @param pageTimeout how long one page may take to load
 * @param runTimeout how long the whole inspection may take; what was collected by then is kept
 * @param asOf the date of the facts, which chooses the law
 * @param canary whether canary values are typed into forms and the forms submitted
 * @param tsa an RFC 3161 timestamp authority for the manifest, or null
 * @param toolVersion the version of pdpguard, for the manifest
 * @param settle how long the network must be quiet before a page counts as settled
 */
public record InspectionOptions(
    int maxPages,
    Duration pageTimeout,
    Duration runTimeout,
    LocalDate asOf,
    boolean canary,
    URI tsa,
    String toolVersion,
    Duration settle) {

  public InspectionOptions {
    if (maxPages < 1) {
      throw new IllegalArgumentException("max pages must be at least 1");
    }
    Objects.requireNonNull(pageTimeout, "pageTimeout");
    Objects.requireNonNull(runTimeout, "runTimeout");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(toolVersion, "toolVersion");
    Objects.requireNonNull(settle, "settle");
  }

  /** The options as the manifest records them. */
  Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("max_pages", maxPages);
    m.put("page_timeout_s", pageTimeout.toSeconds());
    m.put("run_timeout_s", runTimeout.toSeconds());
    m.put("as_of", asOf.toString());
    m.put("canary", canary);
    m.put("tsa", tsa == null ? null : tsa.toString());
    return m;
  }
}
