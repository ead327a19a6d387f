package org.pdpguard.sources;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.pdpguard.core.EntityType;

/**
 * What one column of structured data holds: the personal-data type most of its values match, the
 * share of the sampled values that match it, and the counts.
 *
 * @param source the source name ({@code export.csv}, {@code jdbc:postgresql://db/crm})
 * @param table the table or sheet, or null for a file holding one table
 * @param column the column's name as the data gives it
 * @param values non-blank values sampled
 * @param matches per type, the number of values holding at least one finding of that type
 */
public record ColumnSummary(
    String source, String table, String column, long values, Map<EntityType, Long> matches) {
  public ColumnSummary {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(column, "column");
    EnumMap<EntityType, Long> copy = new EnumMap<>(EntityType.class);
    copy.putAll(matches);
    matches = Collections.unmodifiableMap(copy);
  }

  /** The type matched by the most values (the first in catalogue order on a tie), or null. */
  public EntityType type() {
    EntityType best = null;
    long most = 0;
    for (Map.Entry<EntityType, Long> e : matches.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /** Values matching {@link #type()}. */
  public long matched() {
    EntityType t = type();
    return t == null ? 0 : matches.get(t);
  }

  /** {@link #matched()} over {@link #values()}, 0 when nothing was sampled. */
  public double share() {
    return values == 0 ? 0 : (double) matched() / values;
  }

  /** {@code table.column}, or the column alone. */
  public String qualifiedName() {
    return table == null ? column : table + "." + column;
  }
}
