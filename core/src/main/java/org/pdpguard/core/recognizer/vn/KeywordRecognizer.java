package org.pdpguard.core.recognizer.vn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * A recognizer for one sensitive or descriptive type whose values are words: a bundled lexicon of
 * terms, scored by what stands around each hit. The family members (health terms, religion,
 * criminal record, political opinion, genetic, biometric, sex life, marital status, nationality)
 * differ only in their {@link Builder} settings, see {@link KeywordRecognizers}.
 *
 * <p>Scoring, first rule that applies:
 *
 * <ol>
 *   <li>a generic word right before, or one word before ("cộng đồng LGBT", "quyền của người chuyển
 *       giới", "Luật Quốc tịch"): 0.3 at most, it names a group or a topic, not a person;
 *   <li>a label right before the term on the same line ("Tôn giáo: Phật giáo"): {@code labelled},
 *       0.1 less without a colon; terms marked {@code @} and recognizers with {@link
 *       Builder#labelRequired} count only here;
 *   <li>a negation in the 4 tokens before ("không có tiền án"): {@code negated};
 *   <li>the term is a form field, followed by ':' ("Đảng viên: Có"): {@code labelled};
 *   <li>a personal word near (honorific, pronoun, "bệnh nhân"), "là" right before, a word of the
 *       type's own context lexicon, or, for a weak term, a term not weak listed beside it ("vô
 *       sinh, buồn nôn"): {@code withContext};
 *   <li>else {@code alone}, or {@code weak} for terms marked {@code ?}; when the text lost the
 *       term's diacritics, 0.15 less for terms of one or two syllables, 0.05 less for longer ones
 *       and in the cases above. Scores under the 0.5 threshold are emitted all the same, so a lower
 *       threshold shows them.
 * </ol>
 *
 * <p>Longer than most recognizers because it is the engine of a family of nine; its {@link Builder}
 * keeps each member's settings readable in {@link KeywordRecognizers}.
 */
final class KeywordRecognizer implements Recognizer {
  /** How much a term of one or two syllables found alone loses when it has lost its diacritics. */
  static final double UNACCENTED_ALONE = 0.15;

  /** The longest exception phrase, in tokens, looked for before a term. */
  private static final int MAX_EXCEPTION_TOKENS = 8;

  private final Builder b;
  private volatile Terms terms; // loaded on first use: no I/O in constructors

  private KeywordRecognizer(Builder b) {
    this.b = b;
  }

  static Builder builder(String id, EntityType type, String termsResource) {
    return new Builder(id, type, termsResource);
  }

  @Override
  public String id() {
    return b.id;
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(b.type);
  }

  @Override
  public Set<EntityType> rivals() {
    return b.rivals;
  }

  @Override
  public List<Lexicon> lexicons() {
    List<Lexicon> all = new ArrayList<>(List.of(termLexicon(), Keywords.personal()));
    for (Lexicon l : new Lexicon[] {b.labels, b.context, b.exceptions, b.notAfter, b.generic}) {
      if (l != null) {
        all.add(l);
      }
    }
    return all;
  }

  private Terms terms() {
    Terms t = terms;
    if (t == null) {
      Lexicon lexicon = Lexicon.fromResource(b.id + ".terms", KeywordRecognizer.class, b.resource);
      t = new Terms(lexicon, Spelling.alternates(lexicon));
      terms = t;
    }
    return t;
  }

  /** The bundled terms and their spellings that fold alike. */
  private record Terms(Lexicon lexicon, Map<String, List<String>> alternates) {}

  /** The lexicon of this recognizer's terms (the diseases of the health terms, say). */
  Lexicon termLexicon() {
    return terms().lexicon();
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Terms t = terms();
    Hits hits = view.hits(t.lexicon());
    int[] labels = b.valueAfterField ? fieldLabels(view, hits) : null;
    for (int i = 0; i < hits.size(); i++) {
      if (Spelling.surfaceMatches(hits, i, t.alternates())
          && !isException(view, hits, i)
          && !afterNotWord(view, hits.firstToken(i))
          && !insideLabel(hits, i, labels)
          && !insideHyphenated(view, hits.start(i), hits.end(i))
          && !titleCasedAcronym(view, hits, i)) {
        Candidate c = candidate(view, hits, i);
        // Last, as it reads the term's line: most terms give no candidate.
        if (c != null
            && !Keywords.inHeading(
                view, view.hits(Keywords.personal()), hits.start(i), hits.end(i))) {
          out.emit(c);
        }
      }
    }
  }

  /**
   * True when hit {@code i} is a term listed as an acronym in capitals ("AIDS", "HIV") written in
   * title case, as an English word is: "Writing Aids" are a program's writing tools.
   */
  private static boolean titleCasedAcronym(TextView v, Hits hits, int i) {
    int t = hits.firstToken(i);
    if (t != hits.lastToken(i)
        || !v.tokenIs(t, TextView.UPPER_FIRST)
        || v.tokenIs(t, TextView.ALL_UPPER) // "AIDS", "BRCA2"
        || v.tokenEnd(t) - v.tokenStart(t) < 3) {
      return false;
    }
    String p = hits.phrase(i);
    return p.equals(p.toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * True when {@code [s, e)} is a middle syllable of a word written in syllables joined by hyphens,
   * as foreign names are transliterated ("Hi-li-gay-non", a language): no term of its own.
   */
  private static boolean insideHyphenated(TextView v, int s, int e) {
    return s >= 2
        && v.charAt(s - 1) == '-'
        && Character.isLetter(v.charAt(s - 2))
        && v.charAt(e) == '-'
        && Character.isLetter(v.charAt(e + 1));
  }

  /**
   * The tokens (first, last pairs) of the terms that label a field's value ({@link
   * Builder#valueAfterField}); null when there are none.
   */
  private int[] fieldLabels(TextView view, Hits hits) {
    int[] out = null;
    int n = 0;
    for (int i = 0; i < hits.size(); i++) {
      if (Keywords.followedByColon(view, hits.end(i)) && fieldValue(view, hits.end(i)) != null) {
        out =
            out == null ? new int[4] : n == out.length ? java.util.Arrays.copyOf(out, n * 2) : out;
        out[n++] = hits.firstToken(i);
        out[n++] = hits.lastToken(i);
      }
    }
    return out == null ? null : java.util.Arrays.copyOf(out, n);
  }

  /** True when hit {@code i} lies inside one of {@code labels} and is not that label itself. */
  private static boolean insideLabel(Hits hits, int i, int[] labels) {
    if (labels == null) {
      return false;
    }
    int a = hits.firstToken(i);
    int z = hits.lastToken(i);
    for (int k = 0; k < labels.length; k += 2) {
      if (a >= labels[k] && z <= labels[k + 1] && (a != labels[k] || z != labels[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The value of the field whose label ends at {@code e}, unless it only says yes or no or the
   * builder's value filter refuses it.
   */
  private int[] fieldValue(TextView view, int e) {
    int[] v = FieldValue.after(view, e, FieldValue.MAX_CHARS, true);
    return v == null
            || Keywords.yesOrNo(view, v[0], v[1])
            || !b.fieldValue.test(view.text().substring(v[0], v[1]))
        ? null
        : v;
  }

  /** True when a word of {@link Builder#notAfter} stands right before token {@code first}. */
  private boolean afterNotWord(TextView view, int first) {
    return b.notAfter != null && Keywords.labelBefore(view, view.hits(b.notAfter), first, 0) >= 0;
  }

  /**
   * True when an exception phrase overlaps the term and is not inside it: "bị bắt nạt" over "bị
   * bắt", or "kinh doanh" over the "động kinh" of "hoạt động kinh doanh". An exception on exactly
   * the term's words counts when the term is typed without marks, which cannot tell the two apart:
   * "phat tu" is "phạt tù" (a prison sentence) or "Phật tử" (a Buddhist).
   */
  private boolean isException(TextView view, Hits hits, int i) {
    if (b.exceptions == null) {
      return false;
    }
    Hits ex = view.hits(b.exceptions);
    int first = hits.firstToken(i);
    int last = hits.lastToken(i);
    for (int a = Math.max(0, first - MAX_EXCEPTION_TOKENS); a <= last; a++) {
      int j = ex.startingAt(a);
      if (j < 0) {
        continue;
      }
      int z = ex.lastToken(j);
      boolean overlaps = z >= first;
      boolean inside = a >= first && z <= last;
      boolean homograph = a == first && z == last && Spelling.unaccented(hits, i);
      if (overlaps && (!inside || homograph) && Spelling.surfaceMatches(ex, j)) {
        return true;
      }
    }
    return false;
  }

  private Candidate candidate(TextView view, Hits hits, int i) {
    String phrase = hits.phrase(i);
    int first = hits.firstToken(i);
    int last = hits.lastToken(i);
    int s = hits.start(i);
    int e = hits.end(i);
    double penalty = Spelling.unaccented(hits, i) ? 0.05 : 0;
    if ((b.skipLabels && Keywords.followedByColon(view, e))
        || ((b.skipLabels || b.skipQuestions)
            && (Keywords.followedByQuestion(view, e) || Keywords.inFormQuestion(view, e)))) {
      return null; // a label or a form's question: the value after it is the data
    }
    // Which term matched is the value itself (reports mask it), so the detail only says how.
    String detail = penalty > 0 ? "listed term, written without diacritics" : "listed term";
    int end = b.qualifier.end(view, e); // the term's span with what it qualifies
    if (b.generic != null && Keywords.labelBefore(view, view.hits(b.generic), first, 1) >= 0) {
      double score = Math.min(0.3, b.alone) - penalty;
      return b.labelRequired ? null : make(s, end, score, "generic mention", detail);
    }
    Hits labels = b.labels == null ? null : view.hits(b.labels);
    int l = Keywords.labelBefore(view, labels, first, b.maxBetween);
    if (l >= 0) {
      double score = b.labelled - (Keywords.colonIn(view, labels.end(l), s) ? 0 : 0.1);
      return make(s, end, score - penalty, "label", detail).contextWord(labels.surface(l));
    }
    if (b.labelRequired || Spelling.labelOnly(phrase)) {
      return null;
    }
    if (b.negated > 0 && negated(view, first)) {
      return make(s, end, b.negated - penalty, "negated", detail + ", negated");
    }
    if (b.fieldName && Keywords.followedByColon(view, e)) {
      int[] v = b.valueAfterField ? fieldValue(view, e) : null;
      if (v != null) {
        // "Xét nghiệm gen: đột biến gen BRCA1": the value is the data, the term its label
        return make(v[0], v[1], b.labelled - penalty, "form field value", detail)
            .contextWord(hits.surface(i));
      }
      return make(s, e, b.labelled - penalty, "form field", detail).contextWord(":");
    }
    String word = contextWord(view, first, last, s, e, penalty > 0);
    if (word == null && Spelling.weak(phrase)) {
      int j = listedBeside(view, hits, i, b.qualifier);
      word = j < 0 ? null : hits.surface(j);
    }
    if (word != null) {
      return make(s, end, b.withContext - penalty, "term in context", detail).contextWord(word);
    }
    // Alone and without diacritics a short term is too often other words ("cần thì" reads "can
    // thi", like "cận thị"): it needs context to pass the default threshold. Three syllables and
    // more rarely collide by chance.
    boolean shortUnaccented = penalty > 0 && last - first < 2;
    double alone =
        (Spelling.weak(phrase) ? b.weak : b.alone) - (shortUnaccented ? UNACCENTED_ALONE : penalty);
    return alone <= 0 ? null : make(s, end, alone, "term", detail);
  }

  /**
   * How many hits are looked at on each side for {@link #listedBeside}: overlapping ones skipped.
   */
  private static final int LIST_NEIGHBOURS = 3;

  /**
   * A term not marked weak listed right before or after hit {@code i}, or -1: in "Kết luận: vô
   * sinh, buồn nôn" the weak "buồn nôn" is a finding of the same record as "vô sinh". The two are
   * joined by a comma, a semicolon, "và" or "and", and nothing else.
   */
  private static int listedBeside(TextView view, Hits hits, int i, Qualifier qualifier) {
    for (int j = i - 1; j >= 0 && j >= i - LIST_NEIGHBOURS; j--) {
      if (hits.end(j) <= hits.start(i)) {
        // "viêm ruột thừa cấp, mệt mỏi": the list goes on after the disease's course
        int from = Math.min(qualifier.end(view, hits.end(j)), hits.start(i));
        if (listItem(view, hits, j, from, hits.start(i))) {
          return j;
        }
        break;
      }
    }
    for (int j = i + 1; j < hits.size() && j <= i + LIST_NEIGHBOURS; j++) {
      if (hits.start(j) >= hits.end(i)) {
        return listItem(view, hits, j, hits.end(i), hits.start(j)) ? j : -1;
      }
    }
    return -1;
  }

  private static boolean listItem(TextView view, Hits hits, int j, int from, int to) {
    return !Spelling.weak(hits.phrase(j))
        && listSeparator(view, from, to)
        && Spelling.surfaceMatches(hits, j);
  }

  /** True when {@code [from, to)} holds one list separator between blanks. */
  private static boolean listSeparator(TextView view, int from, int to) {
    int a = from;
    int z = to;
    while (a < z && view.charAt(a) == ' ') {
      a++;
    }
    while (z > a && view.charAt(z - 1) == ' ') {
      z--;
    }
    if (z - a == 1) {
      return view.charAt(a) == ',' || view.charAt(a) == ';';
    }
    if (a == from || z == to) {
      return false; // a word needs blanks around it
    }
    String word = view.text().substring(a, z);
    return word.equals("và") || word.equals("and");
  }

  private String contextWord(TextView view, int first, int last, int s, int e, boolean unmarked) {
    if (b.copula && Keywords.copulaBefore(view, first, unmarked)) {
      return "là";
    }
    if (b.context != null) {
      Hits ctx = view.hits(b.context);
      int c = Keywords.near(view, ctx, first, last, s, e);
      if (c >= 0) {
        return ctx.surface(c);
      }
    }
    if (b.personal) {
      Hits personal = view.hits(Keywords.personal());
      int c = Keywords.near(view, personal, first, last, s, e);
      if (c >= 0) {
        return personal.surface(c);
      }
    }
    return null;
  }

  /** "không", "chưa", "no", "never", "not", "without" in the 4 tokens before, on the same line. */
  private static boolean negated(TextView view, int first) {
    for (int t = first - 1; t >= 0 && t >= first - 4; t--) {
      if (!Keywords.sameLine(view, view.tokenEnd(t), view.tokenStart(first))) {
        return false;
      }
      if (Spelling.wordIs(view, t, "không")
          || Spelling.wordIs(view, t, "chưa")
          || view.tokenEquals(t, "no")
          || view.tokenEquals(t, "never")
          || view.tokenEquals(t, "not")
          || view.tokenEquals(t, "without")) {
        return true;
      }
    }
    return false;
  }

  private Candidate make(int s, int e, double score, String pattern, String detail) {
    return Candidate.of(b.type, s, e, Math.max(0, Math.min(1, score)))
        .pattern(pattern)
        .detail(detail);
  }

  /**
   * What may follow a term and belongs to it: a report that masks the term must mask it too, as it
   * says the same fact more precisely.
   */
  enum Qualifier {
    NONE {
      @Override
      int end(TextView view, int e) {
        return e;
      }
    },
    /** A quoted name on the term's line: the offence of "phạm tội “Trốn thuế”". */
    QUOTED_NAME {
      @Override
      int end(TextView view, int e) {
        String text = view.text();
        int q = e < text.length() && text.charAt(e) == ' ' ? e + 1 : e;
        if (q >= text.length() || (text.charAt(q) != '“' && text.charAt(q) != '"')) {
          return e;
        }
        char close = text.charAt(q) == '“' ? '”' : '"';
        int limit = Math.min(text.length(), q + 1 + MAX_QUOTED);
        for (int i = q + 1; i < limit; i++) {
          char c = text.charAt(i);
          if (c == close) {
            return i > q + 1 ? i + 1 : e;
          }
          if (c == '\n' || c == '\r' || c == '"' || c == '“') {
            return e;
          }
        }
        return e;
      }
    },
    /**
     * A gene's symbol after one blank: capitals first, then capitals, digits and {@code - * :}
     * ("đột biến gen CFTR", "kiểu gen HLA-B*5801", "BRCA1").
     */
    GENE_SYMBOL {
      @Override
      int end(TextView view, int e) {
        String text = view.text();
        int a = e + 1;
        if (a + 1 >= text.length()
            || text.charAt(e) != ' '
            || !capital(text.charAt(a))
            || !capital(text.charAt(a + 1))) {
          return e;
        }
        int z = a;
        while (z < text.length() && z - a < MAX_SYMBOL && symbolChar(text.charAt(z))) {
          z++;
        }
        while (z > a && !Character.isLetterOrDigit(text.charAt(z - 1))) {
          z--; // "BRCA1-" or "HLA-B*": the sign belongs to what follows
        }
        boolean ends = z >= text.length() || !Character.isLetterOrDigit(text.charAt(z));
        return ends && z - a >= 2 ? z : e;
      }

      private static boolean capital(char c) {
        return c >= 'A' && c <= 'Z';
      }

      private static boolean symbolChar(char c) {
        return capital(c) || (c >= '0' && c <= '9') || c == '-' || c == '*' || c == ':';
      }
    },
    /**
     * A disease's course after one blank: "cấp tính", "mạn tính", "kéo dài", "tái phát", or "cấp"
     * and "mạn" alone where no lower-case word goes on ("viêm ruột thừa cấp", "suy thận mạn 7 năm",
     * not the "cấp" of "cấp cứu").
     */
    COURSE {
      @Override
      int end(TextView view, int e) {
        if (e >= view.length() || view.charAt(e) != ' ') {
          return e;
        }
        int t = view.tokenAtOrAfter(e);
        if (t >= view.tokenCount() || view.tokenStart(t) != e + 1) {
          return e;
        }
        boolean joined = // the next word after one blank
            t + 1 < view.tokenCount()
                && view.tokenStart(t + 1) == view.tokenEnd(t) + 1
                && view.charAt(view.tokenEnd(t)) == ' ';
        if (joined
            && ((view.tokenEquals(t + 1, "tinh")
                    && (view.tokenEquals(t, "cap") || view.tokenEquals(t, "man")))
                || (view.tokenEquals(t, "keo") && view.tokenEquals(t + 1, "dai"))
                || (view.tokenEquals(t, "tai") && view.tokenEquals(t + 1, "phat")))) {
          return view.tokenEnd(t + 1);
        }
        if (!view.tokenEquals(t, "cap") && !view.tokenEquals(t, "man")) {
          return e;
        }
        boolean wordAfter =
            joined
                && view.tokenIs(t + 1, TextView.HAS_LETTER)
                && !view.tokenIs(t + 1, TextView.UPPER_FIRST);
        return wordAfter ? e : view.tokenEnd(t);
      }
    };

    /** The longest quoted name, in chars. */
    private static final int MAX_QUOTED = 120;

    /** The longest gene symbol, in chars ("HLA-DQB1*06:02"). */
    private static final int MAX_SYMBOL = 16;

    /** The end of the term ending at {@code e} with what follows it, or {@code e}. */
    abstract int end(TextView view, int e);
  }

  /** Settings of one family member; scores default to "needs context". */
  static final class Builder {
    private final String id;
    private final EntityType type;
    private final String resource;
    private Lexicon labels;
    private Lexicon context;
    private Lexicon exceptions;
    private Lexicon notAfter;
    private Lexicon generic;
    private int maxBetween = 1;
    private boolean labelRequired;
    private boolean fieldName;
    private boolean skipLabels;
    private boolean skipQuestions;
    private boolean valueAfterField;
    private java.util.function.Predicate<String> fieldValue = v -> true;
    private boolean copula;
    private boolean personal = true;
    private Qualifier qualifier = Qualifier.NONE;
    private double alone = 0.35;
    private double weak = 0.35;
    private double withContext = 0.8;
    private double labelled = 0.9;
    private double negated;
    private Set<EntityType> rivals = Set.of();

    private Builder(String id, EntityType type, String resource) {
      this.id = id;
      this.type = type;
      this.resource = resource;
    }

    /** Scores for a term alone, a weak ({@code ?}) term alone, and a term with context. */
    Builder scores(double alone, double weak, double withContext) {
      this.alone = alone;
      this.weak = weak;
      this.withContext = withContext;
      return this;
    }

    /** Labels that name the value after them, up to {@code maxBetween} tokens before it. */
    Builder labels(Lexicon labels, int maxBetween) {
      this.labels = labels;
      this.maxBetween = maxBetween;
      return this;
    }

    /** Only a term right after a label counts (nationality: "Việt Nam" alone is a country). */
    Builder labelRequired() {
      this.labelRequired = true;
      return this;
    }

    /** Words of this type's own context ("chẩn đoán", "xét nghiệm"), folded matching allowed. */
    Builder context(Lexicon context) {
      this.context = context;
      return this;
    }

    /** Whether honorifics, pronouns and person roles near a term count as context. */
    Builder personal(boolean personal) {
      this.personal = personal;
      return this;
    }

    /** Longer phrases that start with a term but mean something else ("bị bắt nạt"). */
    Builder exceptions(Lexicon exceptions) {
      // Looked up only around the few terms found, not matched on every token: "thiết bị",
      // "trang bị" and "kinh doanh" are everyday words.
      this.exceptions = Lexicon.onDemand(exceptions.id(), exceptions.phrases());
      return this;
    }

    /**
     * Words right before a term, on its line, that make it no fact of this type about the person
     * ("mang gen thalassemia": a carrier of the gene, which the genetic type reports).
     */
    Builder notAfter(Lexicon words) {
      this.notAfter = words;
      return this;
    }

    /** Words right before a term that make it about a group or a topic ("cộng đồng"). */
    Builder generic(Lexicon generic) {
      this.generic = generic;
      return this;
    }

    /** A term followed by ':' is a field of a personal record ("Đảng viên: Có"). */
    Builder fieldName() {
      this.fieldName = true;
      return this;
    }

    /**
     * With {@link #fieldName}: a field whose value is more than a yes or a no reports the value,
     * not the term ("Xét nghiệm gen: đột biến gen BRCA1"); "Bệnh di truyền: Có" still reports the
     * term.
     */
    Builder valueAfterField() {
      this.valueAfterField = true;
      return this;
    }

    /**
     * As {@link #valueAfterField}, for the values that {@code value} accepts only (it sees the
     * value's text): "face template: UO+Zd0uh…" reports the template, "Vân tay: Đã thu thập" still
     * the term.
     */
    Builder valueAfterField(java.util.function.Predicate<String> value) {
      this.valueAfterField = true;
      this.fieldValue = value;
      return this;
    }

    /**
     * A term followed by ':' or '?' is a label or a question whose answer is the data ("Tiền án:
     * …", "Kết quả xét nghiệm gen? Có: …"), reported by the lexicon's other terms or another
     * recognizer.
     */
    Builder skipLabels() {
      this.skipLabels = true;
      return this;
    }

    /**
     * A term followed by '?', or inside a form's question that an answer follows, is asked about
     * ("Kết quả xét nghiệm gen? Có: …", "Gia đình có bệnh di truyền, kết quả xét nghiệm gen?
     * Không.").
     */
    Builder skipQuestions() {
      this.skipQuestions = true;
      return this;
    }

    /** "là" right before the term ("anh A là đảng viên") counts as personal context. */
    Builder copula() {
      this.copula = true;
      return this;
    }

    /** What a found term's span reaches over after it (see {@link Qualifier}). */
    Builder qualifier(Qualifier q) {
      this.qualifier = q;
      return this;
    }

    /** A negation before the term ("không có tiền án") sets this score. */
    Builder negated(double score) {
      this.negated = score;
      return this;
    }

    /** Types whose candidates may take a term's text ({@link Recognizer#rivals}). */
    Builder rivals(EntityType... types) {
      this.rivals = Set.of(types);
      return this;
    }

    KeywordRecognizer build() {
      return new KeywordRecognizer(this);
    }
  }
}
