package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Recognizer;

/**
 * Recognizers for Vietnamese identifiers: CCCD, CMND, MST, BHXH, BHYT, passport, licence, plate.
 * The digit identifiers share their labels through {@link IdLabels}, which decides which type a
 * number of an ambiguous length belongs to.
 */
public final class VnIdentifierRecognizers {
  private VnIdentifierRecognizers() {}

  public static List<Recognizer> all() {
    return List.of(
        new CccdRecognizer(),
        new CmndRecognizer(),
        new TaxCodeRecognizer(),
        new SocialInsuranceRecognizer(),
        new HealthInsuranceRecognizer(),
        new PassportRecognizer(),
        new DriverLicenseRecognizer(),
        new LicensePlateRecognizer());
  }
}
