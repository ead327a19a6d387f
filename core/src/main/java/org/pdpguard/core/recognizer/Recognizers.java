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
  private Recognizers() {}

  /** Every built-in recognizer, Vietnamese and generic. */
  public static List<Recognizer> defaults() {
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
