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
 * The health-insurance card code (thẻ BHYT, reference B2). The old card (QĐ 1351/QĐ-BHXH, 2015) has
 * 15 chars in four boxes: two letters for the beneficiary category, a benefit level 1–5, a province
 * 01–99 and the 10-digit BHXH code, written {@code HS4010123456789} or boxed {@code HS 4 01
 * 0123456789}. That shape is specific, so with a known category code it scores 0.65 alone and 0.95
 * with context ("BHYT", "bảo hiểm y tế", "thẻ BHYT", "mã thẻ"); an unknown code needs context. The
 * category list below is provisional: the reference names only HS and DN.
 *
 * <p>Since QĐ 1666/QĐ-BHXH (2020) the card number is just the 10-digit BHXH code. Those ten digits
 * are reported as BHYT only with a BHYT word; under a BHXH label the BHXH recognizer takes them.
 */
final class HealthInsuranceRecognizer implements Recognizer {
  static final Lexicon CONTEXT = IdLabels.HEALTH;

  /** Beneficiary category codes (provisional, from general knowledge of QĐ 1351/QĐ-BHXH). */
  static final Set<String> CATEGORIES =
      Set.of(
          "DN", "HX", "CH", "NN", "TK", "HC", "XK", "CA", "HT", "TB", "NO", "CT", "XB", "TN", "CS",
          "XN", "MS", "CC", "CK", "CB", "KC", "HD", "BT", "HN", "DT", "DK", "XD", "TS", "TC", "TQ",
          "TA", "TY", "HG", "LS", "PV", "CN", "OK", "HS", "GD", "SV", "GB", "GK", "TE", "QN", "CY",
          "XV", "NK");

  private static final List<Lexicon> LEXICONS =
      List.of(
          IdLabels.CCCD,
          IdLabels.CMND,
          IdLabels.TAX,
          IdLabels.TAX_ACRONYM,
          IdLabels.SOCIAL,
          IdLabels.HEALTH,
          IdLabels.DRIVER,
          IdLabels.PASSPORT,
          IdLabels.OTHER,
          IdLabels.CARD);

  @Override
  public String id() {
    return "vn.bhyt";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_HEALTH_INSURANCE);
  }

  @Override
  public List<Lexicon> lexicons() {
    return LEXICONS;
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.numericTokens();
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      int length = view.tokenEnd(t) - view.tokenStart(t);
      Candidate c = null;
      if (length == 15) {
        c = compact(view, t);
      } else if (length == 1) {
        c = boxed(view, t);
        if (c != null) {
          k += 2; // the province and BHXH boxes are part of this card
        }
      } else if (length == 10) {
        c = newCard(view, t);
      }
      if (c != null) {
        out.emit(c);
      }
    }
  }

  /** {@code HS4010123456789}. */
  private static Candidate compact(TextView view, int t) {
    int s = view.tokenStart(t);
    String text = view.text();
    if (!upper(text.charAt(s)) || !upper(text.charAt(s + 1)) || !digits(text, s + 2, 13)) {
      return null;
    }
    return oldCard(view, t, view.tokenEnd(t), view.tokenText(t), "15-char");
  }

  /** {@code HS 4 01 0123456789}: the benefit digit is token {@code t}. */
  private static Candidate boxed(TextView view, int t) {
    if (t < 1 || t + 2 >= view.tokenCount() || !view.tokenIs(t, TextView.DIGITS_ONLY)) {
      return null;
    }
    int code = t - 1;
    String text = view.text();
    int cs = view.tokenStart(code);
    if (view.tokenEnd(code) - cs != 2
        || !upper(text.charAt(cs))
        || !upper(text.charAt(cs + 1))
        || !boxGap(view, code)
        || !boxGap(view, t)
        || !boxGap(view, t + 1)
        || view.tokenEnd(t + 1) - view.tokenStart(t + 1) != 2
        || view.tokenEnd(t + 2) - view.tokenStart(t + 2) != 10
        || !view.tokenIs(t + 1, TextView.DIGITS_ONLY)
        || !view.tokenIs(t + 2, TextView.DIGITS_ONLY)) {
      return null;
    }
    String card =
        view.tokenText(code) + view.tokenText(t) + view.tokenText(t + 1) + view.tokenText(t + 2);
    return oldCard(view, code, view.tokenEnd(t + 2), card, "boxed");
  }

  /**
   * Checks benefit level and province of an old card, {@code card} being its 15 chars without
   * separators from token {@code t} to offset {@code end}, and scores it.
   */
  private static Candidate oldCard(TextView view, int t, int end, String card, String pattern) {
    int s = view.tokenStart(t);
    char benefit = card.charAt(2);
    int province = DigitGroups.value(card, 3, 2);
    if (benefit < '1'
        || benefit > '5'
        || province == 0
        || IdLabels.partOfLongerCode(view, s, end)) {
      return null;
    }
    String category = card.substring(0, 2);
    boolean known = CATEGORIES.contains(category);
    double base = known ? 0.65 : 0.4;
    String detail =
        "category "
            + category
            + (known ? "" : " (unknown, provisional list)")
            + ", benefit "
            + benefit
            + ", province "
            + DigitGroups.padded(province, 2);
    Candidate c =
        Candidate.of(EntityType.VN_HEALTH_INSURANCE, s, end, base)
            .pattern(pattern)
            .validated(detail);
    IdLabels.Label label = IdLabels.attached(view, t, CONTEXT, IdLabels.CARD);
    return IdLabels.apply(c, label, CONTEXT, 0.95 - base, !known);
  }

  /** The new card: the 10-digit BHXH code, only under a BHYT word. */
  private static Candidate newCard(TextView view, int t) {
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    if (!view.tokenIs(t, TextView.DIGITS_ONLY)
        || !DigitGroups.standsAlone(view, s, e)
        || IdLabels.allSame(view.text(), s, e)
        || IdLabels.followedByCurrency(view, t)) {
      return null;
    }
    Candidate c =
        Candidate.of(EntityType.VN_HEALTH_INSURANCE, s, e, 0.5)
            .pattern("10-digit")
            .detail("new card number = BHXH code (QĐ 1666/QĐ-BHXH)");
    return IdLabels.apply(c, IdLabels.attached(view, t, CONTEXT), CONTEXT, 0.43, true);
  }

  private static boolean boxGap(TextView view, int before) {
    char c = view.charAt(view.tokenEnd(before));
    return view.tokenStart(before + 1) - view.tokenEnd(before) == 1 && (c == ' ' || c == '-');
  }

  private static boolean upper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digits(String text, int from, int n) {
    for (int i = from; i < from + n; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
