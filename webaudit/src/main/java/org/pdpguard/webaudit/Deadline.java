package org.pdpguard.webaudit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** The end of the whole run, and what is left of it. */
final class Deadline {
  private final Clock clock;
  private final Instant at;

  Deadline(Clock clock, Duration budget) {
    this.clock = clock;
    this.at = clock.instant().plus(budget);
  }

  boolean passed() {
    return !clock.instant().isBefore(at);
  }

  /** What is left, at most {@code cap}, at least one second (a driver timeout of 0 means none). */
  Duration left(Duration cap) {
    Duration d = Duration.between(clock.instant(), at);
    if (d.compareTo(cap) > 0) {
      d = cap;
    }
    return d.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : d;
  }
}
