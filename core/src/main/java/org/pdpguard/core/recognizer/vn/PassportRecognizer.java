package org.pdpguard.core.recognizer.vn;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * The Vietnamese passport number: one upper-case letter and seven digits, such as {@code C1234567}
 * (reference B2; what the letter means is UNCONFIRMED, so every letter is accepted). Product and
 * part codes share that shape, so the number alone scores 0.4, under the threshold, and a passport
 * word ("hộ chiếu", "passport", "số hộ chiếu", "PP No") raises it to 0.9. A lower-case letter, a
 * piece of a longer code ({@code SKU-C1234567}, {@code C1234567/01}) and a value under a product or
 * order label are not passports.
 */
final class PassportRecognizer implements Recognizer {
  static final Lexicon CONTEXT = IdLabels.PASSPORT;

  @Override
  public String id() {
    return "vn.passport";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PASSPORT_NUMBER);
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
      if (e - s != 8 || !shaped(text, s) || IdLabels.partOfLongerCode(view, s, e)) {
        continue;
      }
      Candidate c =
          Candidate.of(EntityType.PASSPORT_NUMBER, s, e, 0.4)
              .pattern("letter+7-digit")
              .detail("series letter " + text.charAt(s));
      c = IdLabels.apply(c, IdLabels.attached(view, t, CONTEXT), CONTEXT, 0.5, false);
      if (c != null) {
        out.emit(c);
      }
    }
  }

  /** An ASCII capital and seven ASCII digits, not all the same (a filler such as B0000000). */
  private static boolean shaped(String text, int s) {
    char letter = text.charAt(s);
    if (letter < 'A' || letter > 'Z') {
      return false;
    }
    for (int i = s + 1; i < s + 8; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return !IdLabels.allSame(text, s + 1, s + 8);
  }
}
