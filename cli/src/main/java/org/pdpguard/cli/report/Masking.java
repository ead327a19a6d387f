package org.pdpguard.cli.report;

import org.pdpguard.core.EntityType;
import org.pdpguard.protect.Mask;
import org.pdpguard.sources.Location;

/**
 * Masks matched values for reports, so that a report does not become a new copy of the personal
 * data it describes. The rules by type live in {@link Mask} (module {@code protect}, beside
 * redaction), which {@code pdpguard redact} shares; this class adds what only reports need: row
 * keys of database places, and {@code --show-values}.
 */
public final class Masking {
  private Masking() {}

  /** The masked form of {@code value}, found as {@code type}. */
  public static String mask(EntityType type, String value) {
    return Mask.mask(type, value);
  }

  /**
   * A place with its row key masked: a database row named by an e-mail or a citizen ID must not
   * give it back ({@code key=email=an.nguyen@example.vn} becomes {@code key=email=a***@e***.vn}).
   * Keys of at most 9 digits (surrogate ids) stay, so that an inspector can find the row; longer
   * numbers may be a citizen ID or a phone number and are masked like one.
   */
  public static Location location(Location where) {
    if (!(where.get(Location.KEY) instanceof String key)) {
      return where;
    }
    StringBuilder out = new StringBuilder();
    for (String part : key.split(",", -1)) {
      int eq = part.indexOf('=');
      String value = part.substring(eq + 1);
      out.append(out.length() == 0 ? "" : ",").append(part, 0, eq + 1);
      boolean surrogate = value.length() <= 9 && value.chars().allMatch(Character::isDigit);
      EntityType like = value.indexOf('@') > 0 ? EntityType.EMAIL_ADDRESS : EntityType.VN_CCCD;
      out.append(surrogate ? value : mask(like, value));
    }
    return where.with(Location.KEY, out.toString());
  }

  /** {@code value} itself when {@code show}, else its masked form. */
  public static String display(EntityType type, String value, boolean show) {
    return show ? value : mask(type, value);
  }
}
