package org.pdpguard.core.recognizer.vn;

import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;

/**
 * Local context checks shared by the keyword-and-context recognizers: whether a label stands right
 * before a value on the same line, whether a context word stands near, whether a form field or "là"
 * frames a term. Every method looks at a bounded neighbourhood of one hit.
 */
final class Keywords {
  /** A label and its value are at most this many chars apart. */
  static final int MAX_LABEL_GAP = 60;

  /** Context further away than this does not count (as in the engine's own context scoring). */
  static final int MAX_CONTEXT_DISTANCE = 120;

  /** Tokens before and after a span searched for a context word. */
  static final int WINDOW_BEFORE = 10;

  static final int WINDOW_AFTER = 3;

  /** Honorifics, pronouns, person roles and record labels, loaded on first use. */
  private static final class Personal {
    static final Lexicon LEXICON =
        Lexicon.fromResource(
            "vn.lang.personal",
            Keywords.class,
            "/org/pdpguard/core/data/vn_terms/personal_context.txt");
  }

  /**
   * Words that put a text about one person: honorifics, pronouns, person roles and the labels of
   * personal records. The words with diacritics are marked {@code =} in the list and count only as
   * written, since their folded forms are common words ("chỉ" for "chị", "có" for "cô").
   */
  static Lexicon personal() {
    return Personal.LEXICON;
  }

  private Keywords() {}

  /**
   * The label hit that ends right before token {@code first} (at most {@code maxBetween} tokens
   * between) on the same line, or that ends on {@code first} itself after starting earlier ("theo
   * đạo" before "đạo Phật"); -1 when none. The nearest label wins, the longest of those ending on
   * the same token ("ngày sinh" rather than "sinh").
   */
  static int labelBefore(TextView v, Hits labels, int first, int maxBetween) {
    if (labels == null || labels.isEmpty()) {
      return -1;
    }
    int best = -1;
    int bestLast = -1;
    int from = Math.max(0, first - maxBetween - 9);
    for (int i = labels.firstAtOrAfter(from); i < labels.size(); i++) {
      int ll = labels.lastToken(i);
      if (labels.firstToken(i) >= first) {
        break;
      }
      if (ll <= first
          && ll >= first - 1 - maxBetween
          && ll > bestLast
          && (ll == first || sameLine(v, labels.end(i), v.tokenStart(first)))
          && Spelling.surfaceMatches(labels, i)) {
        best = i;
        bestLast = ll;
      }
    }
    return best;
  }

  /** The longest line read as a heading, in chars. */
  private static final int MAX_HEADING = 160;

  /**
   * True when {@code [s, e)} lies on a heading: a line of three words or more, all its letters in
   * capitals, with no colon and no personal word ({@code PHÒNG TƯ VẤN XÉT NGHIỆM HIV TỰ NGUYỆN},
   * {@code KHOA TRUYỀN NHIỄM}). A heading names a room, a service or a form, not a fact about a
   * person; a record in capitals puts a colon after its labels ({@code CHẨN ĐOÁN: HIV}) or names
   * its person ({@code BỆNH NHÂN NHIỄM HIV}).
   */
  static boolean inHeading(TextView v, Hits personal, int s, int e) {
    int from = s;
    while (from > 0 && v.charAt(from - 1) != '\n' && v.charAt(from - 1) != '\r') {
      if (s - from > MAX_HEADING) {
        return false;
      }
      from--;
    }
    int to = e;
    while (to < v.length() && v.charAt(to) != '\n' && v.charAt(to) != '\r') {
      if (to - e > MAX_HEADING) {
        return false;
      }
      to++;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c == ':' || c == '\uff1a' || Character.isLowerCase(c)) {
        return false;
      }
      boolean letter = Character.isLetter(c);
      if (letter && !inWord) {
        words++;
      }
      inWord = letter || (inWord && Character.getType(c) == Character.NON_SPACING_MARK);
    }
    if (words < 3) {
      return false;
    }
    for (int i = personal.firstAtOrAfter(v.tokenAtOrAfter(from));
        i < personal.size() && personal.start(i) < to;
        i++) {
      if (Spelling.surfaceMatches(personal, i)) {
        return false;
      }
    }
    return true;
  }

  /** True when {@code [from, to)} is short and holds no line break. */
  static boolean sameLine(TextView v, int from, int to) {
    if (to - from > MAX_LABEL_GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c == '\n' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** True when a ':' (or a full-width one) stands in {@code [from, to)}, a short gap. */
  static boolean colonIn(TextView v, int from, int to) {
    for (int i = from; i < to && i - from <= MAX_LABEL_GAP; i++) {
      char c = v.charAt(i);
      if (c == ':' || c == '\uff1a') {
        return true;
      }
    }
    return false;
  }

  /** True when the span ending at {@code end} is a form field: a ':' follows on the same line. */
  static boolean followedByColon(TextView v, int end) {
    return followedByColon(v, end, 4);
  }

  /** True when a ':' follows offset {@code end} after fewer than {@code reach} blanks. */
  static boolean followedByColon(TextView v, int end, int reach) {
    for (int i = end; i - end < reach && i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ':' || c == '\uff1a') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return false;
  }

  /**
   * True when the clause from {@code end} ends in a '?' that an answer follows on the same line (
   * "có bệnh di truyền, kết quả xét nghiệm gen? Không."): a form's question, not a statement.
   */
  static boolean inFormQuestion(TextView v, int end) {
    int limit = Math.min(v.length(), end + 100);
    for (int i = end; i < limit; i++) {
      char c = v.charAt(i);
      if (c == '?') {
        int t = v.tokenAtOrAfter(i + 1);
        return t < v.tokenCount() && sameLine(v, i, v.tokenStart(t)) && yesOrNo(v, t);
      }
      if (c == '.' || c == '!' || c == ';' || c == ':' || c == '\n' || c == '\r') {
        return false;
      }
    }
    return false;
  }

  /** True when {@code [start, end)} is only a yes or a no ("Có", "Không", "x", "yes"). */
  static boolean yesOrNo(TextView v, int start, int end) {
    int t = v.tokenAtOrAfter(start);
    return t < v.tokenCount() && v.tokenEnd(t) >= end && yesOrNo(v, t);
  }

  private static boolean yesOrNo(TextView v, int t) {
    return Spelling.wordIs(v, t, "có")
        || Spelling.wordIs(v, t, "không")
        || Spelling.wordIs(v, t, "chưa")
        || v.tokenEquals(t, "x")
        || v.tokenEquals(t, "yes")
        || v.tokenEquals(t, "no");
  }

  /** True when a '?' follows on the same line: the span is asked about, as in a form's question. */
  static boolean followedByQuestion(TextView v, int end) {
    for (int i = end; i < end + 4 && i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == '?') {
        return true;
      }
      if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return false;
  }

  /**
   * The hit of {@code context} nearest to the span {@code [s, e)} of tokens {@code first..last},
   * within the usual window and not overlapping the span, whose text matches its phrase; -1 when
   * none.
   */
  static int near(TextView v, Hits context, int first, int last, int s, int e) {
    if (context == null || context.isEmpty()) {
      return -1;
    }
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    int to = last + WINDOW_AFTER;
    for (int i = context.firstAtOrAfter(Math.max(0, first - WINDOW_BEFORE));
        i < context.size() && context.firstToken(i) <= to;
        i++) {
      int hs = context.start(i);
      int he = context.end(i);
      if (hs < e && he > s) {
        continue;
      }
      int distance = he <= s ? s - he : hs - e;
      if (distance <= MAX_CONTEXT_DISTANCE
          && distance < bestDistance
          && Spelling.surfaceMatches(context, i)
          && !weOrUs(v, context, i)) {
        best = i;
        bestDistance = distance;
      }
    }
    return best;
  }

  /** "tôi" inside "chúng tôi" (we, the company writing a policy) is not a person's context. */
  private static boolean weOrUs(TextView v, Hits context, int i) {
    int t = context.firstToken(i);
    return t > 0 && v.tokenEquals(t, "toi") && v.tokenEquals(t - 1, "chung");
  }

  /**
   * True when "là" (is) or "là người" stands right before token {@code first}: "X là đảng viên". In
   * text typed without marks "la" counts too: for a term that lost its marks ({@code unmarked}:
   * "minh la song tinh"), or for one that has none to lose when the subject before "la" has none
   * either ("ong ay la gay", "no la les"; but not "bị la gay gắt", a scolding).
   */
  static boolean copulaBefore(TextView v, int first, boolean unmarked) {
    int t = first - 1;
    if (t >= 0 && Spelling.wordIs(v, t, "người")) {
      t--;
    }
    if (t < 0 || !sameLine(v, v.tokenEnd(t), v.tokenStart(first))) {
      return false;
    }
    String word = v.tokenText(t);
    if (word.equalsIgnoreCase("là")) {
      return true;
    }
    if (unmarked && word.equalsIgnoreCase("la")) {
      return true;
    }
    return word.equals("la")
        && !v.tokenIs(first, TextView.DIACRITIC)
        && t > 0
        && v.tokenIs(t - 1, TextView.HAS_LETTER)
        && !v.tokenIs(t - 1, TextView.DIACRITIC)
        && sameLine(v, v.tokenEnd(t - 1), v.tokenStart(t));
  }
}
