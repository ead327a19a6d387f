package org.pdpguard.core.recognizer.vn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * Vehicle registration plates (reference B5): a 2-digit locality code, a series, then 5 digits
 * ({@code 123.45}) or 4 on older plates. Cars: {@code 29A-123.45}, {@code 51G-12345}, {@code
 * 51LD-123.45}, {@code 30A-1234}. Motorbikes: {@code 29-B1 123.45}, {@code 59-X2 345.67}, {@code
 * 29B1-12345}. Locality codes are the pre-2025 list of B5, 11–99 without 13, 42, 44–46, 87, 91 and
 * 96; the list and the circular behind it are UNCONFIRMED, so the check is provisional. Any series
 * letter A–Z is accepted, since the reference gives no list of unused ones.
 *
 * <p>Scores: the full dotted or 5-digit shape with a valid locality scores 0.7 or 0.65 alone, and a
 * plate word ("biển số", "BKS", "biển kiểm soát", "xe") raises it to 0.95. The old 4-digit car form
 * ({@code 30A-1234}) and a plate written without separators ({@code 51G12345}) look like room,
 * class and product codes, so they need the plate word. Product codes ({@code 12A-3456789}), times
 * ({@code 10-12345}), paper sizes, version strings and pieces of longer codes do not match.
 */
final class LicensePlateRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "vn.plate.context",
          "biển số",
          "biển số xe",
          "biển xe",
          "bks",
          "bsx",
          "biển kiểm soát",
          "xe",
          "ô tô",
          "license plate",
          "licence plate",
          "number plate",
          "plate");

  private static final boolean[] UNUSED_LOCALITIES = new boolean[100];

  static {
    for (int code : new int[] {13, 42, 44, 45, 46, 87, 91, 96}) {
      UNUSED_LOCALITIES[code] = true;
    }
  }

  private static final List<Lexicon> LEXICONS;

  static {
    List<Lexicon> all = new ArrayList<>(IdLabels.ALL);
    all.add(CONTEXT);
    LEXICONS = List.copyOf(all);
  }

  @Override
  public String id() {
    return "vn.plate";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.VN_LICENSE_PLATE);
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
      Candidate c = plateAt(view, t);
      if (c == null) {
        continue;
      }
      out.emit(c);
      while (k + 1 < numeric.size() && view.tokenStart(numeric.get(k + 1)) < c.end()) {
        k++; // the series and number tokens belong to this plate
      }
    }
  }

  /** The plate whose locality code starts token {@code t}, or null. */
  private static Candidate plateAt(TextView view, int t) {
    String text = view.text();
    int s = view.tokenStart(t);
    int len = view.tokenEnd(t) - s;
    if (view.tokenIs(t, TextView.DIGITS_ONLY) && (len != 2 || view.charAt(s + 2) != '-')) {
      return null; // a plate's first token holds its series letter, unless a dash parts them
    }
    if (len < 2 || !digit(text, s) || !digit(text, s + 1)) {
      return null;
    }
    int locality = DigitGroups.value(text, s, 2);
    if (locality < 11 || UNUSED_LOCALITIES[locality]) {
      return null;
    }
    int head = t; // last token of locality + series
    String series;
    if (len == 2 && view.charAt(s + 2) == '-' && t + 1 < view.tokenCount()) {
      head = t + 1; // 29-B1
      int hs = view.tokenStart(head);
      if (hs != s + 3 || view.tokenEnd(head) - hs != 2 || !motorbikeSeries(text, hs)) {
        return null;
      }
      series = view.tokenText(head);
    } else if ((len == 3 || len == 4) && upper(text, s + 2)) {
      boolean two = len == 4 && (upper(text, s + 3) || digit(text, s + 3)); // LD or B1
      if (len == 4 && !two) {
        return null;
      }
      series = text.substring(s + 2, s + len);
    } else if (len >= 7 && len <= 9) {
      return glued(view, t, locality);
    } else {
      return null;
    }
    int[] number = number(view, head);
    if (number == null || IdLabels.partOfLongerCode(view, s, number[0])) {
      return null;
    }
    int digits = number[1];
    double base = digits == 4 ? 0.45 : number[2] == 1 ? 0.7 : 0.65;
    boolean motorbike = head != t || digit(text, s + 3);
    String detail =
        "locality "
            + DigitGroups.padded(locality, 2)
            + ", series "
            + series
            + ", "
            + digits
            + " digits";
    Candidate c =
        Candidate.of(EntityType.VN_LICENSE_PLATE, s, number[0], base)
            .pattern(motorbike ? "motorbike" : "car")
            .detail(detail);
    return withLabel(view, t, c, digits == 4);
  }

  /**
   * The serial after the series token {@code head}: {@code 12345}, {@code 123.45} or {@code 1234}.
   * Returns {end offset, digit count, 1 when dotted}, or null.
   */
  private static int[] number(TextView view, int head) {
    int n = head + 1;
    if (n >= view.tokenCount()
        || !separator(view, view.tokenEnd(head), view.tokenStart(n))
        || !view.tokenIs(n, TextView.DIGITS_ONLY)) {
      return null;
    }
    int len = view.tokenEnd(n) - view.tokenStart(n);
    if (len == 4 || len == 5) {
      return new int[] {view.tokenEnd(n), len, 0};
    }
    int m = n + 1;
    if (len == 3
        && m < view.tokenCount()
        && view.tokenStart(m) == view.tokenEnd(n) + 1
        && view.charAt(view.tokenEnd(n)) == '.'
        && view.tokenIs(m, TextView.DIGITS_ONLY)
        && view.tokenEnd(m) - view.tokenStart(m) == 2) {
      return new int[] {view.tokenEnd(m), 5, 1};
    }
    return null;
  }

  /** A car plate written as one token, {@code 51G12345}: plate word required. */
  private static Candidate glued(TextView view, int t, int locality) {
    String text = view.text();
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    int letters = upper(text, s + 2) ? (upper(text, s + 3) ? 2 : 1) : 0;
    int digits = e - s - 2 - letters;
    if (letters == 0 || digits < 4 || digits > 5 || IdLabels.partOfLongerCode(view, s, e)) {
      return null;
    }
    for (int i = s + 2 + letters; i < e; i++) {
      if (!digit(text, i)) {
        return null;
      }
    }
    String detail =
        "locality "
            + DigitGroups.padded(locality, 2)
            + ", series "
            + text.substring(s + 2, s + 2 + letters)
            + ", "
            + digits
            + " digits, no separators";
    Candidate c =
        Candidate.of(EntityType.VN_LICENSE_PLATE, s, e, 0.4).pattern("glued").detail(detail);
    return withLabel(view, t, c, true);
  }

  /** Applies the attached label; the weak shapes need a plate word. */
  private static Candidate withLabel(TextView view, int t, Candidate c, boolean required) {
    IdLabels.Label label = IdLabels.attached(view, t, CONTEXT);
    return IdLabels.apply(c, label, CONTEXT, 0.95 - c.score(), required);
  }

  /** One to three chars of space, '-' or '.', with at most one '-' or '.', on one line. */
  private static boolean separator(TextView view, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    int marks = 0;
    for (int i = from; i < to; i++) {
      char c = view.charAt(i);
      if (c == '-' || c == '.' || c == '\u2013') {
        marks++;
      } else if (c != ' ') {
        return false;
      }
    }
    return marks <= 1;
  }

  /** {@code B1}, {@code X2} or two letters. */
  private static boolean motorbikeSeries(String text, int i) {
    return upper(text, i) && (upper(text, i + 1) || digit(text, i + 1));
  }

  private static boolean upper(String text, int i) {
    char c = i < text.length() ? text.charAt(i) : 0;
    return c >= 'A' && c <= 'Z';
  }

  private static boolean digit(String text, int i) {
    char c = i < text.length() ? text.charAt(i) : 0;
    return c >= '0' && c <= '9';
  }
}
