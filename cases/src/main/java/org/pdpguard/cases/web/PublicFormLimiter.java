package org.pdpguard.cases.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import org.pdpguard.cases.workflow.CaseProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Rate limit of the public forms: at most {@value #PER_HOUR} submissions per client address per
 * hour (a fixed window, in memory). Enough to stop a script filling the queue from one address.
 */
@Component
public class PublicFormLimiter {
  static final int PER_HOUR = 20;

  private record Window(Instant start, int count) {}

  private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;

  public PublicFormLimiter(Clock clock) {
    this.clock = clock;
  }

  public void check(String address) {
    Instant now = clock.instant();
    Window w =
        windows.compute(
            address,
            (k, old) ->
                old == null || old.start().plus(Duration.ofHours(1)).isBefore(now)
                    ? new Window(now, 1)
                    : new Window(old.start(), old.count() + 1));
    if (w.count() > PER_HOUR) {
      throw new CaseProblem(
          HttpStatus.TOO_MANY_REQUESTS, "quá nhiều yêu cầu / too many submissions, try later");
    }
  }
}
