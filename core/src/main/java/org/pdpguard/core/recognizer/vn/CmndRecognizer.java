package org.pdpguard.core.recognizer.vn;

import java.util.Map;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The old 9-digit identity card number (CMND, valid until 31 Dec 2024; reference B2). It has no
 * check digit and nine digits are everywhere, so context is required ("CMND", "chứng minh nhân
 * dân", "CMT", "ID card").
 *
 * <p>The leading digits were number ranges allotted to the issuing provincial police: 01 Hà Nội, 02
 * TP HCM, 03 Hải Phòng, 27 Bà Rịa – Vũng Tàu, 280 Bình Dương, 285 Bình Phước, 095 Bắc Kạn
 * (reference B2). The full table is not in the reference; the ranges we know of run from 01 to 38,
 * so this plausibility check (provisional) accepts 01–38 and rejects 00 and 39–99, which also turns
 * away a mobile number written without its leading zero (91…, 98…).
 */
final class CmndRecognizer extends DigitRunRecognizer {
  static final Lexicon CONTEXT = IdLabels.CMND;

  private static final int LAST_RANGE = 38;

  /** Ranges named in reference B2. */
  private static final Map<Integer, String> TWO_DIGIT_RANGES =
      Map.of(1, "Hà Nội", 2, "TP Hồ Chí Minh", 3, "Hải Phòng", 27, "Bà Rịa – Vũng Tàu");

  private static final Map<Integer, String> THREE_DIGIT_RANGES =
      Map.of(280, "Bình Dương", 285, "Bình Phước", 95, "Bắc Kạn");

  CmndRecognizer() {
    super(9);
  }

  @Override
  public String id() {
    return "vn.cmnd";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_CMND);
  }

  @Override
  Candidate candidate(TextView view, int token, int s, int e) {
    String detail = issuingRange(view.text(), s);
    if (detail == null) {
      return null;
    }
    Candidate c = Candidate.of(EntityType.VN_CMND, s, e, 0.55).pattern("9-digit").detail(detail);
    return IdLabels.apply(c, IdLabels.attached(view, token, CONTEXT), CONTEXT, 0.4, true);
  }

  /** The issuing range the number falls in, or null when no police range starts that way. */
  static String issuingRange(String text, int s) {
    int two = DigitGroups.value(text, s, 2);
    if (two < 1 || two > LAST_RANGE) {
      return null;
    }
    int three = DigitGroups.value(text, s, 3);
    String where = THREE_DIGIT_RANGES.get(three);
    if (where != null) {
      return "issuing range " + DigitGroups.padded(three, 3) + " " + where;
    }
    where = TWO_DIGIT_RANGES.getOrDefault(two, "(01–38, provisional)");
    return "issuing range " + DigitGroups.padded(two, 2) + " " + where;
  }
}
