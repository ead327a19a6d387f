package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers that read Vietnamese words: health, religion, ethnicity, criminal records and the
 * other lexicon-and-context types.
 */
public final class VnLanguageRecognizers {
  private VnLanguageRecognizers() {}

  public static List<Recognizer> all() {
    return List.of();
  }
}
