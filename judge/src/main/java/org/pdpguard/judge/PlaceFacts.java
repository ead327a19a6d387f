package org.pdpguard.judge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * What the judge knows about one place (a file, a table, a page): its kind, what its owner declared
 * about it, and what was found there. No raw text.
 *
 * @param source the source's name as reports give it
 * @param kind the kind of place (declared, else inferred from the name)
 * @param counts findings per type
 * @param subjects records (rows, lines, JSON array items) holding at least one finding: an estimate
 *     of how many people the place is about
 * @param minors findings whose age or date of birth makes the person a child
 * @param recipientCountries countries personal data from this place was sent to (website
 *     inspection), ISO 3166 alpha-2
 * @param evidence a sample of the findings, at most a few per type, in report order
 * @param signals counts of observed practices by name (see {@link #SIGNALS}), from website
 *     inspection: forms without a notice, pre-ticked consent, data sent before consent...
 * @param collected the personal data the place asks people for (web forms), apart from what it
 *     holds
 */
public record PlaceFacts(
    String source,
    PlaceKind kind,
    Declarations declarations,
    Map<EntityType, Long> counts,
    long subjects,
    long minors,
    Set<String> recipientCountries,
    List<Evidence> evidence,
    Map<String, Long> signals,
    Collected collected) {

  /**
   * The practices a place can show, beyond the data found in it. Each is a count of occurrences
   * (forms, requests, cookies) observed on a website.
   */
  public static final Set<String> SIGNALS =
      Set.of(
          "form_without_notice",
          "form_without_consent",
          "preticked_consent",
          "insecure_transport",
          "sent_to_third_party",
          "sent_before_submit",
          "trackers_before_consent");

  /** Facts with no signals: a file, a table, a page's text. */
  public PlaceFacts(
      String source,
      PlaceKind kind,
      Declarations declarations,
      Map<EntityType, Long> counts,
      long subjects,
      long minors,
      Set<String> recipientCountries,
      List<Evidence> evidence) {
    this(
        source,
        kind,
        declarations,
        counts,
        subjects,
        minors,
        recipientCountries,
        evidence,
        Map.<String, Long>of(),
        Collected.NONE);
  }

  public PlaceFacts {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(declarations, "declarations");
    Map<EntityType, Long> copy = new EnumMap<>(EntityType.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
    recipientCountries = Set.copyOf(recipientCountries);
    evidence = List.copyOf(evidence);
    for (String name : signals.keySet()) {
      if (!SIGNALS.contains(name)) {
        throw new IllegalArgumentException("unknown signal " + name);
      }
    }
    signals = Map.copyOf(signals);
    Objects.requireNonNull(collected, "collected");
  }

  /** How often {@code signal} was observed. */
  public long signal(String signal) {
    return signals.getOrDefault(signal, 0L);
  }

  public long count(EntityType type) {
    return counts.getOrDefault(type, 0L);
  }

  /** A public web page, or a store declared public. */
  public boolean isPublic() {
    return kind == PlaceKind.PUBLIC_WEB || declarations.holds("public");
  }

  /** Stored outside Vietnam, or sent to a recipient there. */
  public boolean crossBorder() {
    String c = declarations.country();
    return c != null && !c.equals("VN")
        || recipientCountries.stream().anyMatch(r -> !r.equals("VN"));
  }

  /** Holds data of children, found (ages, dates of birth) or declared. */
  public boolean children() {
    return minors > 0 || declarations.holds("children");
  }
}
