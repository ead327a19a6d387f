package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers for Vietnamese identifiers: CCCD, CMND, MST, BHXH, BHYT, passport, licence, plate.
 */
public final class VnIdentifierRecognizers {
  private VnIdentifierRecognizers() {}

  public static List<Recognizer> all() {
    return List.of(new CccdRecognizer());
  }
}
