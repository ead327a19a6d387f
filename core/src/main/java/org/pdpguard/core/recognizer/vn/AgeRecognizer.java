package org.pdpguard.core.recognizer.vn;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * A person's age (Decree 13/2023 Art. 2.3b, derived from the date of birth): "47 tuổi", "(47
 * tuổi)", "47 years old", "47-year-old" (0.7), and a number after an age label, "Tuổi: 47", "age
 * 47", "aged 47" (0.85). Ages run from 0 to 120.
 *
 * <p>Rules and policies speak of age limits, not of a person: a number after "dưới", "trên", "từ",
 * "đến", "đủ", "under", "over" … or in a range ("18-25 tuổi") is skipped, as are "tuổi nghề", "tuổi
 * Đảng", "tuổi quân" (years of service) and "tuổi trở lên".
 */
final class AgeRecognizer implements Recognizer {
  /** Words before a number that make it a limit or a bound. */
  private static final List<String> BOUNDS =
      List.of(
          "dưới", "trên", "từ", "đến", "tới", "đủ", "ngoài", "quá", "hơn", "under", "over", "above",
          "below", "least", "than");

  /** Words after "tuổi" that make it years of something else, or a bound. */
  private static final List<String> NOT_AGE = List.of("nghề", "Đảng", "quân", "đoàn", "trở");

  @Override
  public String id() {
    return "vn.age";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.AGE);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    // An age is a number of one to three digits; each gives one candidate at most, at its own
    // start, so the order of the lengths is free.
    for (int length = 1; length <= 3; length++) {
      TextView.IntList numbers = view.digitTokens(length);
      for (int k = 0; k < numbers.size(); k++) {
        emitAt(view, numbers.get(k), out);
      }
    }
  }

  /** The folded words an age's number stands before ("34 tuổi", "34 years old"). */
  private static final int[] WORD_AFTER = hashes("tuoi", "years", "year", "yrs");

  /** The folded words of an age's label right before its number ("Tuổi: 34", "age 34"). */
  private static final int[] LABEL_BEFORE = hashes("tuoi", "age", "aged");

  private static int[] hashes(String... folded) {
    int[] out = new int[folded.length];
    for (int i = 0; i < folded.length; i++) {
      out[i] = TextView.foldedHash(folded[i]);
    }
    return out;
  }

  private static boolean anyOf(int hash, int[] hashes) {
    for (int h : hashes) {
      if (h == hash) {
        return true;
      }
    }
    return false;
  }

  /** Emits the age that number {@code t} gives, if any. */
  private static void emitAt(TextView view, int t, Emitter out) {
    // Every rule below needs one of its words right after or right before the number: most
    // numbers have none, and are left on the tokens' hashes alone.
    if (!(t + 1 < view.tokenCount() && anyOf(view.tokenHash(t + 1), WORD_AFTER))
        && !(t > 0 && anyOf(view.tokenHash(t - 1), LABEL_BEFORE))) {
      return;
    }
    if (age(view, t) < 0) {
      return;
    }
    // The cheap signs first; "dưới 16 tuổi" (a bound, not an age) is checked only then.
    int s = view.tokenStart(t);
    Candidate c = null;
    if (next(view, t) && Spelling.wordIs(view, t + 1, "tuổi")) {
      if (!next(view, t + 1) || !isAny(view, t + 2, NOT_AGE)) {
        c = make(s, view.tokenEnd(t + 1), 0.7, "N tuổi");
      }
    } else if (next(view, t) && yearsOld(view, t + 1)) {
      c = make(s, view.tokenEnd(t + 2), 0.7, "N years old");
    } else if (t > 0 && label(view, t - 1)) {
      c = make(s, view.tokenEnd(t), 0.85, "age label").contextWord(view.tokenText(t - 1));
    }
    if (c != null && !bounded(view, t)) {
      out.emit(c);
    }
  }

  /** The age held by token {@code t}, or -1 when it is no whole number from 0 to 120. */
  private static int age(TextView view, int t) {
    int s = view.tokenStart(t);
    int len = view.tokenEnd(t) - s;
    if (!view.tokenIs(t, TextView.DIGITS_ONLY) || len > 3) {
      return -1;
    }
    char before = view.charAt(s - 1);
    char after = view.charAt(s + len);
    if (((before == '.' || before == ',') && Character.isDigit(view.charAt(s - 2)))
        || ((after == '.' || after == ',' || after == '/' || after == '-' || after == '\u2013')
            && Character.isDigit(view.charAt(s + len + 1)))) {
      return -1; // a decimal, a date, an amount or a range
    }
    int n = 0;
    for (int i = s; i < s + len; i++) {
      n = n * 10 + Character.digit(view.charAt(i), 10); // any script's digits, as the token's
    }
    return n <= 120 ? n : -1;
  }

  /** True when a bound word or another number and a dash stand right before token {@code t}. */
  private static boolean bounded(TextView view, int t) {
    if (t == 0 || !Keywords.sameLine(view, view.tokenEnd(t - 1), view.tokenStart(t))) {
      return false;
    }
    if (view.tokenIs(t - 1, TextView.HAS_DIGIT)) {
      String gap = view.gapAfter(t - 1).strip();
      return gap.equals("-") || gap.equals("\u2013") || gap.equals("~");
    }
    return isAny(view, t - 1, BOUNDS);
  }

  private static boolean isAny(TextView view, int t, List<String> words) {
    for (String w : words) {
      if (Spelling.wordIs(view, t, w)) {
        return true;
      }
    }
    return false;
  }

  /** "years old", "year-old", "yrs old" right after a number. */
  private static boolean yearsOld(TextView view, int t) {
    return (view.tokenEquals(t, "years")
            || view.tokenEquals(t, "year")
            || view.tokenEquals(t, "yrs"))
        && next(view, t)
        && view.tokenEquals(t + 1, "old");
  }

  /** An age label right before the number: "Tuổi:", "age", "aged", with only ':' between. */
  private static boolean label(TextView view, int t) {
    if (!Spelling.wordIs(view, t, "tuổi")
        && !view.tokenEquals(t, "age")
        && !view.tokenEquals(t, "aged")) {
      return false;
    }
    String gap = view.gapAfter(t);
    return gap.length() <= 3 && gap.strip().replace(":", "").isEmpty();
  }

  /** True when token {@code t + 1} follows {@code t} after a short space or hyphen, same line. */
  private static boolean next(TextView view, int t) {
    if (t + 1 >= view.tokenCount()) {
      return false;
    }
    int gap = view.tokenStart(t + 1) - view.tokenEnd(t);
    if (gap < 1 || gap > 2) {
      return false;
    }
    for (int i = view.tokenEnd(t); i < view.tokenStart(t + 1); i++) {
      char c = view.charAt(i);
      if (c != ' ' && c != '-' && c != '\u00a0') {
        return false;
      }
    }
    return true;
  }

  private static Candidate make(int s, int e, double score, String pattern) {
    return Candidate.of(EntityType.AGE, s, e, score).pattern(pattern);
  }
}
