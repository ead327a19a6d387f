package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * Base of the recognizers for identifiers written as one plain run of a fixed number of digits
 * (CCCD, CMND, driving licence, BHXH). It skips runs that cannot be an identifier whatever their
 * type: glued to more digits, one digit repeated (a filler), or followed by a currency word (an
 * amount). Subclasses judge the rest and settle the label with {@link IdLabels}.
 */
abstract class DigitRunRecognizer implements Recognizer {
  private final int digits;

  DigitRunRecognizer(int digits) {
    this.digits = digits;
  }

  @Override
  public List<Lexicon> lexicons() {
    return IdLabels.ALL;
  }

  @Override
  public final void recognize(TextView view, Emitter out) {
    TextView.IntList runs = view.digitTokens(digits);
    String text = view.text();
    for (int k = 0; k < runs.size(); k++) {
      int t = runs.get(k);
      int s = view.tokenStart(t);
      int e = view.tokenEnd(t);
      if (!DigitGroups.standsAlone(view, s, e)
          || IdLabels.allSame(text, s, e)
          || IdLabels.followedByCurrency(view, t)) {
        continue;
      }
      Candidate c = candidate(view, t, s, e);
      if (c != null) {
        out.emit(c);
      }
    }
  }

  /** The candidate for the digit run {@code [start, end)} of {@code token}, or null to skip it. */
  abstract Candidate candidate(TextView view, int token, int start, int end);
}
