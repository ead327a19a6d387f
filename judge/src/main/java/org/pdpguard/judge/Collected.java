package org.pdpguard.judge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.core.EntityType;

/**
 * The personal data a place asks people for (the fields of a web form), as opposed to what it holds
 * or shows: a registration form that takes a name and a phone number collects them, it does not
 * expose them.
 *
 * @param counts fields per type
 * @param evidence the fields, with the values typed into them (masked) when a test typed some
 */
public record Collected(Map<EntityType, Long> counts, List<Evidence> evidence) {
  public static final Collected NONE = new Collected(Map.of(), List.of());

  public Collected {
    Map<EntityType, Long> copy = new EnumMap<>(EntityType.class);
    copy.putAll(counts);
    counts = Collections.unmodifiableMap(copy);
    evidence = List.copyOf(evidence);
  }
}
