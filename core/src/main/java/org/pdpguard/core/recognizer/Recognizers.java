package org.pdpguard.core.recognizer;

import java.util.ArrayList;
import java.util.List;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.recognizer.generic.GenericRecognizers;
import org.pdpguard.core.recognizer.vn.VnIdentifierRecognizers;
import org.pdpguard.core.recognizer.vn.VnLanguageRecognizers;
import org.pdpguard.core.recognizer.vn.VnNameAddressRecognizers;

/** The built-in recognizers. */
public final class Recognizers {
  private static final Object LOCK = new Object();
  private static Thread preload; // guarded by LOCK

  private Recognizers() {}

  /**
   * Starts loading the built-in recognizers' word lists (place names, name syllables, terms) on a
   * daemon thread, about 0.2 s on a cold JVM, so that a command can read its options meanwhile.
   * {@link #defaults} waits for it to end: no two threads initialise these classes at once (two
   * class initialisers that need each other would wait on each other). Calls after the first do
   * nothing.
   */
  public static void preload() {
    synchronized (LOCK) {
      if (preload != null) {
        return;
      }
      preload =
          new Thread(
              () -> {
                for (Recognizer r : create()) {
                  r.lexicons();
                }
              },
              "pdpguard-preload");
      preload.setDaemon(true);
      preload.start();
    }
  }

  /** Every built-in recognizer, Vietnamese and generic. */
  public static List<Recognizer> defaults() {
    Thread loading;
    synchronized (LOCK) {
      loading = preload;
    }
    if (loading != null && loading != Thread.currentThread()) {
      boolean interrupted = false;
      while (loading.isAlive()) {
        try {
          loading.join();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
    return create();
  }

  private static List<Recognizer> create() {
    List<Recognizer> all = new ArrayList<>();
    all.addAll(VnIdentifierRecognizers.all());
    all.addAll(VnNameAddressRecognizers.all());
    all.addAll(VnLanguageRecognizers.all());
    all.addAll(GenericRecognizers.all());
    return List.copyOf(all);
  }

  /** A detector with every built-in recognizer and default settings. */
  public static Detector defaultDetector() {
    return Detector.builder().addAll(defaults()).build();
  }
}
