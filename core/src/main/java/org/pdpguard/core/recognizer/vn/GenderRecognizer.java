package org.pdpguard.core.recognizer.vn;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * The sex of a person (Decree 13/2023 Art. 2.3c). "Nam" is also the south ("miền Nam", "Việt Nam",
 * "Nam Định") and a given name, so a sex word counts only where a record puts it:
 *
 * <ul>
 *   <li>right after a label on the same line: "Giới tính: Nữ", "Gender: F", "GT: Nam", "Phái: Nữ"
 *       (0.9; 0.75 without the colon; a one-letter "M"/"F", the short "GT" and "Phái" need it);
 *   <li>before an age, as case notes write it: "nam, 45 tuổi", "BN nữ 32 tuổi" (0.85), unless the
 *       word before it makes it a name ("anh Nam, 45 tuổi", "Văn Nam, 45 tuổi").
 * </ul>
 *
 * A blank form that lists the choices ("Giới tính: Nam/Nữ") holds no one's sex and is skipped.
 */
final class GenderRecognizer implements Recognizer {
  /** The hash of the folded "tuổi" (age) that follows a sex in "Nam, 34 tuổi". */
  private static final int TUOI = TextView.foldedHash("tuoi");

  static final Lexicon LABELS =
      Lexicon.of("vn.gender.labels", "giới tính", "phái tính", "phái", "gender", "sex", "GT");

  /** Words for a sex, as written in Vietnamese and English records. */
  private static final List<String> WORDS =
      List.of("nam", "nữ", "khác", "male", "female", "other", "m", "f");

  /** The words that may stand before an age without a label. */
  private static final List<String> BEFORE_AGE = List.of("nam", "nữ", "male", "female");

  /** Honorifics before a given name ("anh Nam" is a man called Nam) and words of direction. */
  private static final List<String> NOT_SEX_BEFORE =
      List.of(
          "anh", "chị", "em", "ông", "bà", "cô", "chú", "bác", "bé", "cháu", "bạn", "miền", "phía",
          "hướng", "phương", "vùng");

  @Override
  public String id() {
    return "vn.gender";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.GENDER);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(LABELS);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits labels = view.hits(LABELS);
    for (int i = 0; i < labels.size(); i++) {
      int t = labels.lastToken(i) + 1;
      if (t >= view.tokenCount() || !Spelling.surfaceMatches(labels, i)) {
        continue;
      }
      int s = view.tokenStart(t);
      boolean colon = Keywords.colonIn(view, labels.end(i), s);
      boolean single = view.tokenEnd(t) - s == 1;
      // "Phái: Nữ" on older forms; without its colon "phái nữ" is women in general (and "phai"
      // typed without marks is also "phải")
      boolean phai = labels.phrase(i).equals("phái");
      if (s - labels.end(i) > 4
          || !Keywords.sameLine(view, labels.end(i), s)
          || !isAny(view, t, WORDS)
          || ((single || phai || labels.surface(i).equalsIgnoreCase("gt")) && !colon)
          || (labels.surface(i).equalsIgnoreCase("gt") && !labels.surface(i).equals("GT"))
          || blankForm(view, t)) {
        continue;
      }
      out.emit(
          Candidate.of(EntityType.GENDER, s, view.tokenEnd(t), colon ? 0.9 : 0.75)
              .pattern("label")
              .contextWord(labels.surface(i)));
    }
    TextView.IntList numeric = view.numericTokens();
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t < 1
          || t + 1 >= view.tokenCount()
          || view.tokenHash(t + 1) != TUOI // most numbers: left on the hash alone
          || !Spelling.wordIs(view, t + 1, "tuổi")) {
        continue;
      }
      int w = t - 1;
      int gap = view.tokenStart(t) - view.tokenEnd(w);
      String between = view.gapAfter(w).strip();
      if (gap > 3
          || !(between.isEmpty() || between.equals(","))
          || !isAny(view, w, BEFORE_AGE)
          || nameBefore(view, w)) {
        continue;
      }
      out.emit(
          Candidate.of(EntityType.GENDER, view.tokenStart(w), view.tokenEnd(w), 0.85)
              .pattern("sex, age")
              .contextWord(view.text().substring(view.tokenStart(t), view.tokenEnd(t + 1))));
    }
  }

  private static boolean isAny(TextView view, int t, List<String> words) {
    for (String w : words) {
      if (Spelling.wordIs(view, t, w)) {
        return true;
      }
    }
    return false;
  }

  /** True when another sex word follows at once ("Nam/Nữ", "Male / Female"): a blank form. */
  private static boolean blankForm(TextView view, int t) {
    return t + 1 < view.tokenCount()
        && view.tokenStart(t + 1) - view.tokenEnd(t) <= 4
        && Keywords.sameLine(view, view.tokenEnd(t), view.tokenStart(t + 1))
        && isAny(view, t + 1, WORDS);
  }

  /** True when the word before {@code w} makes it part of a name: an honorific or a name part. */
  private static boolean nameBefore(TextView view, int w) {
    int p = w - 1;
    if (p < 0 || !view.gapAfter(p).equals(" ")) {
      return false;
    }
    if (view.tokenIs(p, TextView.HAS_LETTER)
        && view.tokenIs(p, TextView.UPPER_FIRST)
        && !view.tokenIs(p, TextView.ALL_UPPER)) {
      return true; // "Văn Nam", "Thị Nữ"
    }
    for (String h : NOT_SEX_BEFORE) {
      if (Spelling.wordIs(view, p, h)) {
        return true;
      }
    }
    return false;
  }
}
