package org.pdpguard.core.recognizer.vn;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The 10-digit social-insurance code (mã số BHXH, reference B2). Its internal structure and any
 * check digit are unknown (UNCONFIRMED), so ten digits alone say nothing and context is required
 * ("BHXH", "bảo hiểm xã hội", "mã số BHXH", "sổ BHXH", "social insurance").
 *
 * <p>The same ten digits are the new health-insurance card number and may pass the tax-code check.
 * The label attached to the number decides ({@link IdLabels}): under "thẻ BHYT" or "MST" this
 * recognizer stays silent, so one span gets one type.
 */
final class SocialInsuranceRecognizer implements Recognizer {
  static final Lexicon CONTEXT = IdLabels.SOCIAL;

  @Override
  public String id() {
    return "vn.bhxh";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_SOCIAL_INSURANCE);
  }

  @Override
  public List<Lexicon> lexicons() {
    return IdLabels.ALL;
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.numericTokens();
    String text = view.text();
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      int s = view.tokenStart(t);
      int e = view.tokenEnd(t);
      if (e - s != 10
          || !view.tokenIs(t, TextView.DIGITS_ONLY)
          || !DigitGroups.standsAlone(view, s, e)
          || IdLabels.allSame(text, s, e)
          || IdLabels.followedByCurrency(view, t)) {
        continue;
      }
      Candidate c =
          Candidate.of(EntityType.VN_SOCIAL_INSURANCE, s, e, 0.5)
              .pattern("10-digit")
              .detail("10 digits, no check digit known");
      c = IdLabels.apply(c, IdLabels.attached(view, t, CONTEXT), CONTEXT, 0.42, true);
      if (c != null) {
        out.emit(c);
      }
    }
  }
}
