package org.pdpguard.core.recognizer.vn;

import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;

/**
 * The 10-digit social-insurance code (mã số BHXH, reference B2). Its internal structure and any
 * check digit are unknown (UNCONFIRMED), so ten digits alone say nothing and context is required
 * ("BHXH", "bảo hiểm xã hội", "mã số BHXH", "sổ BHXH", "social insurance").
 *
 * <p>The same ten digits are the new health-insurance card number and may pass the tax-code check.
 * The label attached to the number decides ({@link IdLabels}): under "thẻ BHYT" or "MST" this
 * recognizer stays silent, so one span gets one type.
 */
final class SocialInsuranceRecognizer extends DigitRunRecognizer {
  static final Lexicon CONTEXT = IdLabels.SOCIAL;

  SocialInsuranceRecognizer() {
    super(10);
  }

  @Override
  public String id() {
    return "vn.bhxh";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_SOCIAL_INSURANCE);
  }

  @Override
  Candidate candidate(TextView view, int token, int s, int e) {
    Candidate c =
        Candidate.of(EntityType.VN_SOCIAL_INSURANCE, s, e, 0.5)
            .pattern("10-digit")
            .detail("10 digits, no check digit known");
    return IdLabels.apply(c, IdLabels.attached(view, token, CONTEXT), CONTEXT, 0.42, true);
  }
}
