package org.pdpguard.core.recognizer.vn;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Health data (Decree 13/2023 Art. 2.4b: health status recorded in medical records, <em>excluding
 * blood type</em>): diseases, symptoms, diagnoses and treatments from a bundled Vietnamese and
 * English lexicon, and ICD-10 codes.
 *
 * <p>A disease term alone scores 0.6 (0.45, under the threshold, when the text lost its
 * diacritics): in the documents pdpguard scans, a disease named is nearly always someone's. A
 * medical or personal context ("bệnh nhân", "chẩn đoán", "bị", "tiền sử", "diagnosed", an
 * honorific) raises it to 0.85. General words ("sức khỏe", "đường") and blood types are not in the
 * lexicon. Campaign text ("phòng chống ung thư") is reported too: telling it apart would need more
 * than local context.
 *
 * <p>An ICD-10 code ({@code [A-Z][0-9]{2}(.[0-9]{1,2})?}; WHO assigns chapter U's codes to new
 * diseases, {@code U07.1} COVID-19) looks like many product and room codes, so it is reported only
 * with a context word such as "ICD", "mã bệnh" or "chẩn đoán", or beside a listed disease.
 *
 * <p>The value of a medical record's field ({@code Điều trị: truyền máu kết hợp Metformin}, {@code
 * Tiền sử: …}, {@code Triệu chứng: …}) is health data whatever words it holds (a drug's name, a
 * procedure), so it is reported from after the ':' to the end of its clause at 0.9, over the terms
 * inside it, unless it says there is none; so is the reason for a visit written in prose ({@code
 * vào viện vì đau thượng vị}). The labels must keep their diacritics: typed without them "tien su"
 * is also "tiền sự", a criminal record's field.
 */
final class HealthRecognizer implements Recognizer {
  static final Lexicon ICD_CONTEXT =
      Lexicon.of(
          "vn.health.icd.context",
          "ICD",
          "ICD-10",
          "ICD10",
          "mã ICD",
          "mã bệnh",
          "mã chẩn đoán",
          "chẩn đoán",
          "bệnh chính",
          "bệnh kèm theo",
          "bệnh phụ",
          "diagnosis",
          "diagnosis code",
          "Dx");

  static final Lexicon FIELDS =
      Lexicon.of(
          "vn.health.fields",
          "điều trị",
          "hướng điều trị",
          "phương pháp điều trị",
          "thuốc điều trị",
          "xử trí",
          "triệu chứng",
          "lý do khám",
          "lý do vào viện",
          "lý do nhập viện",
          "đơn thuốc",
          "toa thuốc",
          "thuốc đang dùng",
          "tiền sử",
          "tiền sử bệnh",
          "tiền sử bản thân",
          "bệnh sử",
          "chẩn đoán",
          "chẩn đoán sơ bộ",
          "chẩn đoán xác định",
          "diagnosis",
          "treatment",
          "medication",
          "medications",
          "symptoms",
          "medical history");

  /** Why a person came to a doctor, written in prose: what follows is health data. */
  static final Lexicon REASONS =
      Lexicon.of(
          "vn.health.reasons",
          "vào viện vì",
          "vào viện do",
          "nhập viện vì",
          "nhập viện do",
          "đến khám vì",
          "đi khám vì",
          "khám vì",
          "admitted for",
          "admitted with",
          "presented with");

  /**
   * How a disease named just before is treated ({@code tăng huyết áp, điều trị bằng Losartan}):
   * what follows is the person's treatment, a drug's or a procedure's name the lexicon cannot list.
   */
  static final Lexicon TREATMENTS =
      Lexicon.of(
          "vn.health.treatments",
          "điều trị bằng",
          "chữa bằng",
          "điều trị với",
          "treated with",
          "treated by");

  /** The longest gap between a disease and the treatment phrase after it, in chars. */
  private static final int DISEASE_TO_TREATMENT = 40;

  /**
   * Above a term in context (0.85): the whole value wins over the terms inside it, so that a
   * redaction removes the drugs and procedures between the diseases too.
   */
  private static final double FIELD_VALUE_SCORE = 0.9;

  private final KeywordRecognizer terms = KeywordRecognizers.healthTerms();

  @Override
  public String id() {
    return "vn.health";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.HEALTH);
  }

  @Override
  public List<Lexicon> lexicons() {
    List<Lexicon> all = new ArrayList<>(terms.lexicons());
    all.add(ICD_CONTEXT);
    all.add(FIELDS);
    all.add(REASONS);
    all.add(TREATMENTS);
    return all;
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    terms.recognize(view, out);
    values(view, view.hits(FIELDS), Value.FIELD, null, out);
    values(view, view.hits(REASONS), Value.REASON, null, out);
    Hits context = view.hits(ICD_CONTEXT);
    Hits diseases = view.hits(terms.termLexicon());
    if (context.isEmpty() && diseases.isEmpty()) {
      return;
    }
    values(view, view.hits(TREATMENTS), Value.TREATMENT, diseases, out);
    TextView.IntList numeric = view.numericTokens();
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      int end = icdEnd(view, t);
      if (end < 0) {
        continue;
      }
      int s = view.tokenStart(t);
      int last = end == view.tokenEnd(t) ? t : t + 1;
      int c = Keywords.near(view, context, t, last, s, end);
      String word = c >= 0 ? context.surface(c) : diseaseBeside(view, diseases, t, last, s, end);
      if (word != null) {
        out.emit(
            Candidate.of(EntityType.HEALTH, s, end, 0.9)
                .pattern("ICD-10")
                .detail("ICD-10 code")
                .contextWord(word));
      }
    }
  }

  /** The longest gap between an ICD-10 code and the disease it is written beside, in chars. */
  private static final int CODE_TO_NAME = 40;

  /**
   * The listed disease written beside the ICD-10 code {@code [s, e)} on its line, within {@value
   * #CODE_TO_NAME} chars before or after it ({@code E11.9 - Đái tháo đường}, {@code "code":
   * "K21.0", "display": "Trào ngược dạ dày thực quản"}), or null: a code named by its disease is
   * one, whatever label it has.
   */
  private static String diseaseBeside(TextView view, Hits diseases, int t, int last, int s, int e) {
    for (int i = diseases.firstAtOrAfter(Math.max(0, t - 12));
        i < diseases.size() && diseases.firstToken(i) <= last + 12;
        i++) {
      int hs = diseases.start(i);
      int he = diseases.end(i);
      int from = he <= s ? he : e;
      int to = he <= s ? s : hs;
      if (!(hs < e && he > s)
          && to - from <= CODE_TO_NAME
          && (Keywords.sameLine(view, from, to) || (hs >= e && nextMember(view, from, to)))
          && Spelling.surfaceMatches(diseases, i)) {
        return diseases.surface(i);
      }
    }
    return null;
  }

  /**
   * True when {@code [from, to)} leads from a member's value into the value of the next member on
   * the next line, as pretty-printed JSON writes an object ({@code ",⏎ "display": "}, or, as the
   * detector sees JSON members inside text, {@code ;,⏎ display: }): the closing of the value, a
   * comma, one line break, blanks, the member's name and its colon, then the start of its value.
   */
  static boolean nextMember(TextView view, int from, int to) {
    int i = from;
    while (i < to && (view.charAt(i) == '"' || view.charAt(i) == ';')) {
      i++;
    }
    if (i >= to || view.charAt(i++) != ',') {
      return false;
    }
    while (i < to && (view.charAt(i) == ' ' || view.charAt(i) == '\t' || view.charAt(i) == '\r')) {
      i++;
    }
    if (i >= to || view.charAt(i++) != '\n') {
      return false;
    }
    while (i < to && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
      i++;
    }
    boolean quoted = i < to && view.charAt(i) == '"';
    if (quoted) {
      i++;
    }
    int name = i;
    while (i < to && (Character.isLetterOrDigit(view.charAt(i)) || view.charAt(i) == '_')) {
      i++;
    }
    if (i == name || (quoted && (i >= to || view.charAt(i++) != '"'))) {
      return false;
    }
    if (i >= to || view.charAt(i++) != ':') {
      return false;
    }
    while (i < to && (view.charAt(i) == ' ' || view.charAt(i) == '\t' || view.charAt(i) == '"')) {
      i++;
    }
    // The disease may follow other words of that value ("display": "Giai đoạn trầm cảm").
    while (i < to && view.charAt(i) != '"' && view.charAt(i) != ';' && view.charAt(i) != '\n') {
      i++;
    }
    return i == to;
  }

  /** The kinds of value a phrase of this recognizer introduces, and how a finding names them. */
  private enum Value {
    /** A medical record field's value, after its label and colon. */
    FIELD("field value", "the value of a medical record's field"),
    /** The clause after a reason for a visit written in prose. */
    REASON("reason for a visit", "why the person saw a doctor"),
    /** The clause after a treatment phrase that follows a listed disease. */
    TREATMENT("treatment", "how the person's disease is treated");

    final String pattern;
    final String detail;

    Value(String pattern, String detail) {
      this.pattern = pattern;
      this.detail = detail;
    }
  }

  /**
   * Emits what follows each hit of {@code words} with its diacritics: a field's value after its ':'
   * (the label at a field's start), else the clause after the phrase, unless it asks ("khám vì lý
   * do gì?"); after a treatment phrase only when a listed disease comes right before it ("Có: tăng
   * huyết áp, điều trị bằng Losartan."): without one the phrase may be general advice ("bệnh này có
   * thể điều trị bằng kháng sinh"). {@code diseases}: the disease hits, for {@link
   * Value#TREATMENT}.
   */
  private static void values(TextView view, Hits words, Value kind, Hits diseases, Emitter out) {
    boolean field = kind == Value.FIELD;
    for (int i = 0; i < words.size(); i++) {
      if (!Spelling.surfaceMatches(words, i)
          || Spelling.unaccented(words, i)
          || (field && !startsField(view, words.start(i)))
          || (kind == Value.TREATMENT
              && !diseaseBefore(view, diseases, words.firstToken(i), words.start(i)))) {
        continue;
      }
      int e = words.end(i);
      int[] v =
          field
              ? FieldValue.after(view, e, FieldValue.MAX_CHARS, true)
              : FieldValue.clause(view, e, FieldValue.MAX_CHARS, true);
      if (v == null || (!field && view.text().lastIndexOf('?', v[1]) >= v[0])) {
        continue;
      }
      out.emit(
          Candidate.of(EntityType.HEALTH, v[0], v[1], FIELD_VALUE_SCORE)
              .pattern(kind.pattern)
              .detail(kind.detail)
              .contextWord(words.surface(i)));
    }
  }

  /**
   * True when a listed, not weak disease ends at most {@value #DISEASE_TO_TREATMENT} chars before
   * {@code start} with no clause end between.
   */
  private static boolean diseaseBefore(TextView view, Hits diseases, int first, int start) {
    for (int j = diseases.firstAtOrAfter(Math.max(0, first - 12));
        j < diseases.size() && diseases.firstToken(j) < first;
        j++) {
      int e = diseases.end(j);
      if (e <= start
          && start - e <= DISEASE_TO_TREATMENT
          && !Spelling.weak(diseases.phrase(j))
          && noClauseEnd(view, e, start)
          && Spelling.surfaceMatches(diseases, j)) {
        return true;
      }
    }
    return false;
  }

  private static boolean noClauseEnd(TextView view, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = view.charAt(k);
      if (c == '.' || c == ';' || c == '\n' || c == '\r' || c == '?') {
        return false;
      }
    }
    return true;
  }

  /**
   * True when a field label starts at {@code start}: at a line's start or after a clause's end, not
   * after another word ("Bác sĩ điều trị:" is the doctor, not the treatment).
   */
  private static boolean startsField(TextView view, int start) {
    int i = start - 1;
    while (i >= 0 && (view.charAt(i) == ' ' || view.charAt(i) == '\t')) {
      i--;
    }
    return i < 0 || ".;,:\n\r-–•*|()\"".indexOf(view.charAt(i)) >= 0;
  }

  /** End of the ICD-10 code starting at token {@code t}, or -1 when it is not one. */
  private static int icdEnd(TextView view, int t) {
    int s = view.tokenStart(t);
    int e = view.tokenEnd(t);
    char letter = view.charAt(s);
    if (e - s != 3 || letter < 'A' || letter > 'Z') {
      return -1;
    }
    if (!digit(view.charAt(s + 1)) || !digit(view.charAt(s + 2))) {
      return -1;
    }
    char before = view.charAt(s - 1);
    if ((before == '.' || before == '-' || before == '/' || before == '_')
        && Character.isLetterOrDigit(view.charAt(s - 2))) {
      return -1; // part of a longer code: "AB-C12", "v1.E11"
    }
    if (view.charAt(e) != '.' || !digit(view.charAt(e + 1))) {
      return joinedToMore(view, e) ? -1 : e;
    }
    int next = t + 1;
    if (next >= view.tokenCount() || view.tokenStart(next) != e + 1) {
      return -1;
    }
    int end = view.tokenEnd(next);
    if (!view.tokenIs(next, TextView.DIGITS_ONLY) || end - e - 1 > 2 || joinedToMore(view, end)) {
      return -1;
    }
    return end;
  }

  /** True when a '.' or '-' and another letter or digit follow: a version or a longer code. */
  private static boolean joinedToMore(TextView view, int e) {
    char c = view.charAt(e);
    return (c == '.' || c == '-') && Character.isLetterOrDigit(view.charAt(e + 1));
  }

  private static boolean digit(char c) {
    return c >= '0' && c <= '9';
  }
}
