package org.pdpguard.judge;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fine range an instrument sets for the act a rule describes, for an organisation, in VND.
 * Under Decree 330/2026 (Art. 7.1) an individual pays half; {@code note} says what else decides the
 * amount (number of data subjects, revenue).
 *
 * @param from the first day the instrument applies (a sanction decree may start later than the law
 *     whose duties it sanctions)
 */
public record Sanction(Citation citation, long min, long max, LocalDate from, Text note) {
  public Sanction {
    Objects.requireNonNull(citation, "citation");
    Objects.requireNonNull(from, "from");
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad fine range " + min + ".." + max);
    }
  }

  public boolean provisional() {
    return citation.provisional();
  }
}
