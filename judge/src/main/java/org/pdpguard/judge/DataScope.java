package org.pdpguard.judge;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.pdpguard.core.EntityType;

/** Which personal data of a place a rule looks at: what it holds, what it collects, or both. */
public enum DataScope {
  HELD,
  COLLECTED,
  ANY;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scope named {@code label}, or null. */
  public static DataScope parse(String label) {
    for (DataScope d : values()) {
      if (d.label().equals(label.trim().toLowerCase(Locale.ROOT))) {
        return d;
      }
    }
    return null;
  }

  /** Counts per type of the data in scope. */
  Map<EntityType, Long> counts(PlaceFacts place) {
    return switch (this) {
      case HELD -> place.counts();
      case COLLECTED -> place.collected().counts();
      case ANY -> {
        Map<EntityType, Long> sum = new EnumMap<>(EntityType.class);
        sum.putAll(place.counts());
        place.collected().counts().forEach((t, n) -> sum.merge(t, n, Long::sum));
        yield sum;
      }
    };
  }

  /** The evidence of the data in scope. */
  List<Evidence> evidence(PlaceFacts place) {
    return switch (this) {
      case HELD -> place.evidence();
      case COLLECTED -> place.collected().evidence();
      case ANY ->
          Stream.concat(place.evidence().stream(), place.collected().evidence().stream()).toList();
    };
  }
}
