package org.pdpguard.core.recognizer.vn;

import java.time.Year;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The 12-digit personal identification number on the citizen identity card (CCCD), structure {@code
 * PPP G YY NNNNNN}: birth-registration province from Circular 07/2016/TT-BCA Annex 1, a
 * century-and-sex digit and the last two digits of the birth year. There is no check digit, so a
 * number that passes the structure scores moderately and context ("CCCD", "căn cước", "số định
 * danh") makes it certain.
 *
 * <p>The same 12 digits may be a driving licence or, provisionally, a personal tax code (reference
 * B2). The label attached to the number decides ({@link IdLabels}): under "GPLX" or "MST" the
 * number keeps only its base score and the licence or tax recognizer, which scores higher there,
 * wins the overlap; under "Mã đơn hàng", "SĐT" or "STK" it is not reported.
 */
final class CccdRecognizer extends DigitRunRecognizer {
  static final Lexicon CONTEXT = IdLabels.CCCD;

  /** Birth-registration province codes, Circular 07/2016/TT-BCA Annex 1 (63 codes). */
  static final Set<Integer> PROVINCES =
      Set.of(
          1, 2, 4, 6, 8, 10, 11, 12, 14, 15, 17, 19, 20, 22, 24, 25, 26, 27, 30, 31, 33, 34, 35, 36,
          37, 38, 40, 42, 44, 45, 46, 48, 49, 51, 52, 54, 56, 58, 60, 62, 64, 66, 67, 68, 70, 72,
          74, 75, 77, 79, 80, 82, 83, 84, 86, 87, 89, 91, 92, 93, 94, 95, 96);

  private static final int CURRENT_YEAR = Year.now().getValue();

  CccdRecognizer() {
    super(12);
  }

  @Override
  public String id() {
    return "vn.cccd";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_CCCD);
  }

  /** An account number or a driving licence's number of twelve digits, under its label. */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.BANK_ACCOUNT, EntityType.VN_DRIVER_LICENSE);
  }

  @Override
  Candidate candidate(TextView view, int token, int s, int e) {
    String detail = validate(view.text(), s);
    if (detail == null) {
      return null;
    }
    Candidate c = Candidate.of(EntityType.VN_CCCD, s, e, 0.6).pattern("12-digit").validated(detail);
    return IdLabels.apply(c, IdLabels.attached(view, token, CONTEXT), CONTEXT, 0.35, false);
  }

  /** What the structure says, or null when it is impossible for a CCCD. */
  static String validate(String text, int s) {
    int province = DigitGroups.value(text, s, 3);
    if (!PROVINCES.contains(province)) {
      return null;
    }
    int g = text.charAt(s + 3) - '0';
    int year = 1900 + (g / 2) * 100 + DigitGroups.value(text, s + 4, 2);
    if (year > CURRENT_YEAR || year < CURRENT_YEAR - 120) {
      return null;
    }
    // The detail names the rules that passed, not the gender and birth year they read: reports
    // print it beside the masked value and must not give back what the mask hides.
    return "province "
        + DigitGroups.padded(province, 3)
        + ", gender-century digit and birth year plausible";
  }
}
