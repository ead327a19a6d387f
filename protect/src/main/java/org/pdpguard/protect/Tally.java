package org.pdpguard.protect;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.pdpguard.core.EntityType;

/**
 * How many values of each type were replaced, and how ({@code fpe}, {@code label}...). Holds no
 * value. Not thread-safe; {@link #add(Tally)} merges the tally of another file.
 */
public final class Tally {
  private final Map<EntityType, Map<String, Long>> counts = new EnumMap<>(EntityType.class);

  void add(EntityType type, Replacer.How how) {
    add(type, how.label, 1);
  }

  private void add(EntityType type, String how, long n) {
    counts.computeIfAbsent(type, t -> new TreeMap<>()).merge(how, n, Long::sum);
  }

  /** Adds the counts of {@code other} to this one. */
  public void add(Tally other) {
    other.counts.forEach((t, m) -> m.forEach((how, n) -> add(t, how, n)));
  }

  /** Values replaced in all. */
  public long total() {
    return counts.values().stream().flatMap(m -> m.values().stream()).mapToLong(n -> n).sum();
  }

  /** Counts by type, then by operator; a copy. */
  public Map<EntityType, Map<String, Long>> counts() {
    Map<EntityType, Map<String, Long>> copy = new EnumMap<>(EntityType.class);
    counts.forEach((t, m) -> copy.put(t, new TreeMap<>(m)));
    return copy;
  }

  /** {@code VN_CCCD 3 fpe, PERSON_NAME 5 pseudonym}; empty when nothing was replaced. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    counts.forEach(
        (t, m) ->
            m.forEach(
                (how, n) ->
                    out.append(out.length() == 0 ? "" : ", ")
                        .append(t)
                        .append(' ')
                        .append(n)
                        .append(' ')
                        .append(how)));
    return out.toString();
  }
}
