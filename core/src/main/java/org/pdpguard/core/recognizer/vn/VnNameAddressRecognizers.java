package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/** Recognizers for Vietnamese person names and addresses. */
public final class VnNameAddressRecognizers {
  private VnNameAddressRecognizers() {}

  public static List<Recognizer> all() {
    return List.of(new PersonNameRecognizer(), new AddressRecognizer());
  }
}
