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
 * The tax code (MST), Circular 105/2020/TT-BTC Art. 5 (reference B2): {@code N1N2 N3…N9 N10} with
 * an optional branch {@code -N11N12N13}. N10 is a check digit, weights 31, 29, 23, 19, 17, 13, 7,
 * 5, 3 and {@code check = 10 - sum % 11}; a sum giving 10 is never issued. Like python-stdnum we
 * also reject N3–N9 = 0000000 and branch 000.
 *
 * <p>Scores: a 10-digit code whose check digit passes scores 0.6 alone and 0.95 with a tax word
 * ("MST", "mã số thuế", "tax code", "TIN"). One in eleven random numbers passes the check, so a
 * number that is also shaped like a mobile number (03/05/07/08/09 + 8 digits) stays below the
 * threshold without a tax word. The dashed branch form is more specific (0.65); 13 digits run
 * together may as well be a barcode and need the tax word.
 *
 * <p>A 12-digit number under a tax label is a personal tax code: the personal identification number
 * replaces the MST (Law 38/2019 Art. 35.7; in practice since 1 Jul 2025 — provisional, reference B2
 * UNCONFIRMED). It is emitted only with a tax word before it and the CCCD structure, scoring above
 * the CCCD recognizer there so that the overlap goes to the tax code.
 */
final class TaxCodeRecognizer implements Recognizer {
  static final Lexicon CONTEXT = IdLabels.TAX;

  private static final int[] WEIGHTS = {31, 29, 23, 19, 17, 13, 7, 5, 3};

  @Override
  public String id() {
    return "vn.mst";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_TAX_CODE);
  }

  /** Other numbers of ten digits under their labels: accounts, phones, BHXH and BHYT codes. */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(
        EntityType.BANK_ACCOUNT,
        EntityType.PHONE_NUMBER,
        EntityType.VN_SOCIAL_INSURANCE,
        EntityType.VN_HEALTH_INSURANCE);
  }

  @Override
  public List<Lexicon> lexicons() {
    return IdLabels.ALL;
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    // Each number gives one candidate at most, at its own start: the order of the lengths is free.
    for (int length : LENGTHS) {
      TextView.IntList runs = view.digitTokens(length);
      for (int k = 0; k < runs.size(); k++) {
        int t = runs.get(k);
        Candidate c =
            switch (length) {
              case 10 -> tenDigits(view, t);
              case 13 -> branch(view, t, view.tokenEnd(t), "13-digit");
              default -> personal(view, t);
            };
        if (c != null) {
          out.emit(c);
        }
      }
    }
  }

  /** The lengths of a tax code's first token: 10 (with its branch after a dash), 13, 12. */
  private static final int[] LENGTHS = {10, 13, 12};

  private static Candidate tenDigits(TextView view, int t) {
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    int next = t + 1;
    if (next < view.tokenCount()
        && view.tokenStart(next) == e + 1
        && view.charAt(e) == '-'
        && view.tokenIs(next, TextView.DIGITS_ONLY)
        && view.tokenEnd(next) - view.tokenStart(next) == 3) {
      return branch(view, t, view.tokenEnd(next), "10-digit-branch");
    }
    String text = view.text();
    if (!DigitGroups.standsAlone(view, s, e)
        || !checkDigitPasses(text, s)
        || IdLabels.followedByCurrency(view, t)) {
      return null;
    }
    boolean mobileShaped = text.charAt(s) == '0' && "35789".indexOf(text.charAt(s + 1)) >= 0;
    double base = mobileShaped ? 0.4 : 0.6;
    Candidate c =
        Candidate.of(EntityType.VN_TAX_CODE, s, e, base)
            .pattern("10-digit")
            .validated(detail(text, s, mobileShaped));
    // The end of a code joined by a dash ("check_error-2152398861", "HD-0312345678") is no tax
    // code of its own: one in eleven such numbers passes the check digit.
    return withLabel(view, t, c, 0.95 - base, DigitGroups.endsHyphenatedCode(view, s));
  }

  /** The 13-digit form, dashed ({@code 0314409058-002}) or run together. */
  private static Candidate branch(TextView view, int t, int end, String pattern) {
    int s = view.tokenStart(t);
    String text = view.text();
    int branchStart = end - 3;
    if (!DigitGroups.standsAlone(view, s, end)
        || !checkDigitPasses(text, s)
        || text.startsWith("000", branchStart)) {
      return null;
    }
    boolean dashed = end - s == 14;
    double base = dashed ? 0.65 : 0.45;
    String detail = detail(text, s, false) + ", branch " + text.substring(branchStart, end);
    Candidate c =
        Candidate.of(EntityType.VN_TAX_CODE, s, end, base).pattern(pattern).validated(detail);
    return withLabel(view, t, c, 0.95 - base, false);
  }

  /** A 12-digit personal identification number used as the tax code; tax word required. */
  private static Candidate personal(TextView view, int t) {
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    String cccd = CccdRecognizer.validate(view.text(), s);
    if (cccd == null || !DigitGroups.standsAlone(view, s, e)) {
      return null;
    }
    Candidate c =
        Candidate.of(EntityType.VN_TAX_CODE, s, e, 0.6)
            .pattern("12-digit-personal")
            .validated("personal identification number as tax code (provisional)")
            .window(Candidate.DEFAULT_WINDOW_BEFORE, 0);
    return withLabel(view, t, c, 0.37, true);
  }

  private static Candidate withLabel(
      TextView view, int t, Candidate c, double boost, boolean required) {
    IdLabels.Label label = IdLabels.attached(view, t, CONTEXT, IdLabels.TAX_ACRONYM);
    return IdLabels.apply(c, label, CONTEXT, boost, required);
  }

  /** True when N10 is the check digit of N1–N9 and N3–N9 is not all zeros. */
  static boolean checkDigitPasses(CharSequence digits, int s) {
    int sum = 0;
    boolean zeros = true;
    for (int i = 0; i < 9; i++) {
      int d = digits.charAt(s + i) - '0';
      sum += WEIGHTS[i] * d;
      zeros &= i < 2 || d == 0;
    }
    int check = 10 - sum % 11;
    return !zeros && check < 10 && digits.charAt(s + 9) - '0' == check;
  }

  private static String detail(String text, int s, boolean mobileShaped) {
    String d = "check digit " + text.charAt(s + 9) + " ok, range " + text.substring(s, s + 2);
    return mobileShaped ? d + ", also shaped like a mobile number" : d;
  }
}
