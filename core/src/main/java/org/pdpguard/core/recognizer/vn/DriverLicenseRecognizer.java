package org.pdpguard.core.recognizer.vn;

import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The 12-digit driving-licence number (PET card, reference B2). The first two digits are the
 * issuing province as a 2-digit GSO code, e.g. 75 Đồng Nai; we check them against the 63 codes of
 * the CCCD table without its leading zero (provisional: the reference could not confirm the rest of
 * the structure). No check digit is known and twelve digits are also a CCCD, so context is required
 * ("GPLX", "giấy phép lái xe", "bằng lái", "driving licence").
 *
 * <p>Under a licence label this recognizer scores 0.97, above the CCCD recognizer's 0.95 with its
 * own context, so the licence wins the overlap there; without a licence word it emits nothing and
 * the CCCD recognizer keeps the number.
 */
final class DriverLicenseRecognizer extends DigitRunRecognizer {
  static final Lexicon CONTEXT = IdLabels.DRIVER;

  DriverLicenseRecognizer() {
    super(12);
  }

  @Override
  public String id() {
    return "vn.gplx";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_DRIVER_LICENSE);
  }

  @Override
  Candidate candidate(TextView view, int token, int s, int e) {
    int province = DigitGroups.value(view.text(), s, 2);
    if (!CccdRecognizer.PROVINCES.contains(province)) {
      return null;
    }
    Candidate c =
        Candidate.of(EntityType.VN_DRIVER_LICENSE, s, e, 0.6)
            .pattern("12-digit")
            .detail("issuing province " + (province < 10 ? "0" : "") + province + " (provisional)");
    return IdLabels.apply(c, IdLabels.attached(view, token, CONTEXT), CONTEXT, 0.37, true);
  }
}
