package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * Gathers the facts of each place from findings as a scan reports them, or as a saved report lists
 * them, so that a scan judged live and its JSONL report judged later agree. Memory per place is
 * bounded: counts, a few evidence findings per type, and the last record key. Not thread-safe: feed
 * it from the thread that writes the report.
 */
public final class FactsCollector {
  /** Evidence findings kept per type and place. */
  static final int EVIDENCE_PER_TYPE = 5;

  /** Location keys that name a record: findings with the same values are about one record. */
  private static final List<String> RECORD_KEYS =
      List.of("table", "sheet", "page", "key", "row", "line");

  private final Inventory inventory;
  private final LocalDate asOf;
  private final Map<String, Place> places = new LinkedHashMap<>();

  /**
   * @param asOf the date of the facts: a date of birth less than {@link Ages#CHILD_UNDER} years
   *     before it is a child's
   */
  public FactsCollector(Inventory inventory, LocalDate asOf) {
    this.inventory = inventory;
    this.asOf = asOf;
  }

  /**
   * One finding.
   *
   * @param location the finding's place keys in report order ({@code line}, {@code row}, {@code
   *     pointer}...)
   * @param shown the value as the report shows it (masked unless raw values were asked for)
   * @param raw the raw value when the caller has it, else null; used only to tell a child's age (a
   *     masked value, with {@code *}, is ignored)
   */
  public void finding(
      String source, Map<String, Object> location, EntityType type, String shown, String raw) {
    Place p = places.computeIfAbsent(source, s -> new Place());
    p.counts.merge(type, 1L, Long::sum);
    String record = recordKey(location);
    if (!record.equals(p.lastRecord)) {
      p.subjects++;
      p.lastRecord = record;
    }
    if (raw != null && Ages.isChild(type, raw, asOf)) {
      p.minors++;
    }
    if (p.evidencePerType.merge(type, 1, Integer::sum) <= EVIDENCE_PER_TYPE) {
      p.evidence.add(new Evidence(source, location, type, shown));
    }
  }

  /** Countries that personal data from {@code source} was sent to (website inspection). */
  public void recipients(String source, Set<String> countries) {
    places.computeIfAbsent(source, s -> new Place()).countries.addAll(countries);
  }

  /** What the organisation declares (the inventory's {@code organisation}). */
  public Declarations organisation() {
    return inventory.organisation();
  }

  /** The places seen, in the order their first finding came. */
  public List<PlaceFacts> places() {
    List<PlaceFacts> out = new ArrayList<>(places.size());
    for (Map.Entry<String, Place> e : places.entrySet()) {
      String source = e.getKey();
      Place p = e.getValue();
      Declarations d = inventory.forSource(source);
      PlaceKind kind = d.kind() != null ? d.kind() : PlaceKind.infer(source);
      out.add(
          new PlaceFacts(source, kind, d, p.counts, p.subjects, p.minors, p.countries, p.evidence));
    }
    return out;
  }

  /**
   * The record a finding is in: its table, sheet, page, row or line, and for JSON the top-level
   * array index. Findings arrive in text order, so counting changes of this key counts records.
   */
  private static String recordKey(Map<String, Object> location) {
    StringBuilder key = new StringBuilder();
    for (String k : RECORD_KEYS) {
      Object v = location.get(k);
      if (v != null) {
        key.append(k).append('=').append(v).append('\u0001');
      }
    }
    Object pointer = location.get("pointer");
    if (pointer instanceof String s && s.startsWith("/")) {
      int next = s.indexOf('/', 1);
      key.append("item=").append(next < 0 ? s : s.substring(0, next));
    }
    return key.toString();
  }

  private static final class Place {
    final Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    final Map<EntityType, Integer> evidencePerType = new EnumMap<>(EntityType.class);
    final List<Evidence> evidence = new ArrayList<>();
    final java.util.Set<String> countries = new java.util.TreeSet<>();
    long subjects;
    long minors;
    String lastRecord;
  }
}
