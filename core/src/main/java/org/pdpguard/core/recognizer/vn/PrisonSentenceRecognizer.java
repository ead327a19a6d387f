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
 * Criminal records as court documents, judicial-record certificates and HR files write them (Decree
 * 13/2023 Art. 2.4g): a prison term ({@code 03 năm tù}, {@code 05 năm 07 tháng tù}, with the
 * offence when it follows: {@code về tội “Trộm cắp tài sản”}), and the value of a record field
 * ({@code Tiền án: ngày 04/01/2022 bị Tòa án … xử phạt …}). The field's own label is left to the
 * keyword recognizer, which skips it; a value that says there is none ({@code Tiền sự: không}) is
 * no record.
 */
final class PrisonSentenceRecognizer implements Recognizer {
  static final Lexicon LABELS =
      Lexicon.of("vn.criminal_sentence.labels", "tiền án", "tiền sự", "án tích", "criminal record");

  private static final int MAX_VALUE = 200;
  private static final int MAX_OFFENCE = 90;

  @Override
  public String id() {
    return "vn.criminal_sentence";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.CRIMINAL_RECORD);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(LABELS);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.numericTokens();
    int done = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t > done) {
        done = term(view, t, out);
      }
    }
    Hits labels = view.hits(LABELS);
    for (int i = 0; i < labels.size(); i++) {
      if (Spelling.surfaceMatches(labels, i)) { // "Tiền sử:" (medical history) is not "tiền sự"
        value(view, labels, i, out);
      }
    }
  }

  /** "N năm [M tháng] tù [về tội …]" from number token {@code t}; the last token used. */
  private static int term(TextView view, int t, Emitter out) {
    if (!view.tokenIs(t, TextView.DIGITS_ONLY) || view.tokenEnd(t) - view.tokenStart(t) > 2) {
      return t;
    }
    int u = t + 1;
    if (!unit(view, u)) {
      return t;
    }
    if (u + 2 < view.tokenCount()
        && view.tokenIs(u + 1, TextView.DIGITS_ONLY)
        && Spelling.wordIs(view, u + 2, "tháng")) {
      u += 2; // "05 năm 07 tháng"
    }
    int prison = u + 1;
    if (prison >= view.tokenCount() || !Spelling.wordIs(view, prison, "tù")) {
      return t;
    }
    int end = view.tokenEnd(prison);
    if (prison + 2 < view.tokenCount()
        && Spelling.wordIs(view, prison + 1, "về")
        && Spelling.wordIs(view, prison + 2, "tội")) {
      end = offenceEnd(view, view.tokenEnd(prison + 2));
    }
    out.emit(
        Candidate.of(EntityType.CRIMINAL_RECORD, view.tokenStart(t), end, 0.85)
            .pattern("prison term")
            .detail("a prison sentence"));
    return prison;
  }

  private static boolean unit(TextView view, int u) {
    return u < view.tokenCount()
        && (Spelling.wordIs(view, u, "năm") || Spelling.wordIs(view, u, "tháng"));
  }

  /** The end of the offence's name after "về tội": a closing quote, or the clause's end. */
  private static int offenceEnd(TextView view, int from) {
    String text = view.text();
    int limit = Math.min(text.length(), from + MAX_OFFENCE);
    int i = from;
    while (i < limit && text.charAt(i) == ' ') {
      i++;
    }
    boolean quoted = i < limit && (text.charAt(i) == '“' || text.charAt(i) == '"');
    for (int j = quoted ? i + 1 : i; j < limit; j++) {
      char c = text.charAt(j);
      if (quoted && (c == '”' || c == '"')) {
        return j + 1;
      }
      if (!quoted && (c == ';' || c == '.' || c == ',' || c == '\n' || c == '\r')) {
        return trimEnd(text, i, j);
      }
    }
    return trimEnd(text, i, limit);
  }

  /** The value of a record field: from after its ':' to the clause's end, unless it says none. */
  private static void value(TextView view, Hits labels, int i, Emitter out) {
    String text = view.text();
    int colon = labels.end(i);
    while (colon < text.length() && text.charAt(colon) == ' ') {
      colon++;
    }
    if (colon >= text.length() || text.charAt(colon) != ':') {
      return;
    }
    int s = colon + 1;
    while (s < text.length() && text.charAt(s) == ' ') {
      s++;
    }
    int limit = Math.min(text.length(), s + MAX_VALUE);
    int e = s;
    while (e < limit && text.charAt(e) != ';' && text.charAt(e) != '\n' && text.charAt(e) != '\r') {
      e++;
    }
    e = trimEnd(text, s, e);
    if (e <= s || none(view, s)) {
      return;
    }
    out.emit(
        Candidate.of(EntityType.CRIMINAL_RECORD, s, e, 0.85)
            .pattern("record field")
            .contextWord(labels.surface(i)));
  }

  /** "không", "chưa", "none", "0": the field says there is no record. */
  private static boolean none(TextView view, int s) {
    int t = view.tokenAtOrAfter(s);
    return t < view.tokenCount()
        && (Spelling.wordIs(view, t, "không")
            || Spelling.wordIs(view, t, "chưa")
            || view.tokenEquals(t, "none")
            || view.tokenEquals(t, "no")
            || view.tokenEquals(t, "0"));
  }

  private static int trimEnd(String text, int from, int e) {
    while (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.')) {
      e--;
    }
    return e;
  }
}
