package org.pdpguard.judge;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * A finding that a violation rests on, as the report showed it: where it is and its value already
 * masked (or raw, when the user asked for raw values). The judge never sees more than this.
 *
 * @param location place keys in report order ({@code line}, {@code column}, {@code row}, {@code
 *     field}, ...)
 */
public record Evidence(String source, Map<String, Object> location, EntityType type, String value) {
  public Evidence {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    location = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(location));
  }
}
