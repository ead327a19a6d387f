package org.pdpguard.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.protect.ValueRedaction;

/**
 * The engine of each executor JVM: built on first use from the broadcast {@link Settings}, then
 * shared by every task of every job with the same settings, so that the lexicons and recognizers
 * load once per JVM, never per row or per partition (loading them takes about a second). The
 * detector and the redaction are thread-safe; tasks run them at the same time.
 */
final class Engines {
  private static final ConcurrentHashMap<String, Engine> BY_SETTINGS = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILT = new AtomicInteger();

  private Engines() {}

  /** The detector and the redaction of one set of settings. */
  record Engine(Detector detector, ValueRedaction redaction) {}

  /** The engine for {@code settings}, built on the first call in this JVM. */
  static Engine of(Settings settings) {
    return BY_SETTINGS.computeIfAbsent(
        settings.fingerprint(),
        f -> {
          BUILT.incrementAndGet();
          return new Engine(
              settings.detector(), new ValueRedaction(settings.policy(), settings.key()));
        });
  }

  /** Engines built in this JVM so far (tests check that it is one per setting, not per task). */
  static int built() {
    return BUILT.get();
  }
}
