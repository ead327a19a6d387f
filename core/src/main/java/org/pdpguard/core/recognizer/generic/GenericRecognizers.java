package org.pdpguard.core.recognizer.generic;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers for data that is not specific to Vietnam: e-mail, cards, IP, devices, credentials.
 */
public final class GenericRecognizers {
  private GenericRecognizers() {}

  public static List<Recognizer> all() {
    return List.of();
  }
}
