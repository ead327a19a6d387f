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
 * no record. A record word followed by the offence ({@code có tiền án về tội trộm cắp tài sản},
 * {@code đi tù vì tội đánh bạc}, also typed without marks) is one span from the word to the
 * offence's end, so that the offence, the part that says what the person did, is reported with it.
 */
final class PrisonSentenceRecognizer implements Recognizer {
  static final Lexicon LABELS =
      Lexicon.of("vn.criminal_sentence.labels", "tiền án", "tiền sự", "án tích", "criminal record");

  /** Words that state a record and may be followed by "về tội …" / "vì tội …". */
  static final Lexicon RECORD_WORDS =
      Lexicon.of(
          "vn.criminal_sentence.record_words",
          "tiền án",
          "tiền sự",
          "án tích",
          "đi tù",
          "ngồi tù",
          "ở tù",
          "phạt tù",
          "bị kết án",
          "bị tuyên án",
          "bị bắt",
          "bị khởi tố",
          "bị truy tố",
          "bị xử phạt",
          "thụ án");

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
    return List.of(LABELS, RECORD_WORDS);
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
    Hits words = view.hits(RECORD_WORDS);
    for (int i = 0; i < words.size(); i++) {
      if (Spelling.surfaceMatches(words, i)) {
        offenceAfter(view, words, i, out);
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

  /**
   * "tiền án về tội …", "đi tù vì tội …": the record word and the offence after it, from hit {@code
   * i}. The offence needs at least two words ("ve toi roi" is no offence).
   */
  private static void offenceAfter(TextView view, Hits words, int i, Emitter out) {
    int k = words.lastToken(i);
    if (k + 3 >= view.tokenCount()
        || !(Spelling.wordIs(view, k + 1, "về") || Spelling.wordIs(view, k + 1, "vì"))
        || !Spelling.wordIs(view, k + 2, "tội")
        || !sameClause(view, k, k + 3)) {
      return;
    }
    int end = offenceEnd(view, view.tokenEnd(k + 2));
    int last = view.tokenAtOrAfter(end) - 1;
    if (last < k + 4 && !quoteAt(view, view.tokenEnd(k + 2))) {
      return;
    }
    out.emit(
        Candidate.of(EntityType.CRIMINAL_RECORD, words.start(i), end, 0.85)
            .pattern("record and offence")
            .detail("a criminal record with its offence"));
  }

  /**
   * True when tokens {@code a} to {@code b} are separated by spaces (and an opening quote) only.
   */
  private static boolean sameClause(TextView view, int a, int b) {
    for (int t = a; t < b; t++) {
      for (int c = view.tokenEnd(t); c < view.tokenStart(t + 1); c++) {
        char ch = view.charAt(c);
        if (ch != ' ' && ch != '“' && ch != '"') {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean quoteAt(TextView view, int from) {
    int i = from;
    while (i < view.length() && view.charAt(i) == ' ') {
      i++;
    }
    return i < view.length() && (view.charAt(i) == '“' || view.charAt(i) == '"');
  }

  private static boolean unit(TextView view, int u) {
    if (u >= view.tokenCount()) {
      return false;
    }
    int h = view.tokenHash(u); // most tokens after a number: left on the hash alone
    return (h == NAM && Spelling.wordIs(view, u, "năm"))
        || (h == THANG && Spelling.wordIs(view, u, "tháng"));
  }

  private static final int NAM = TextView.foldedHash("nam");
  private static final int THANG = TextView.foldedHash("thang");

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
    int[] v = FieldValue.after(view, labels.end(i), MAX_VALUE, false);
    if (v != null) {
      out.emit(
          Candidate.of(EntityType.CRIMINAL_RECORD, v[0], v[1], 0.85)
              .pattern("record field")
              .contextWord(labels.surface(i)));
    }
  }

  private static int trimEnd(String text, int from, int e) {
    while (e > from && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '.')) {
      e--;
    }
    return e;
  }
}
