package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * Vietnamese mobile and landline numbers, and international numbers written with {@code +}.
 *
 * <p>Mobile: 10 digits {@code 0} + carrier prefix {@code 3[2-9] 5[25689] 7[06-9] 8[1-9] 9[0-46-9]}
 * + 7 digits, or the same after {@code 84}/{@code +84} (reference B3; prefixes 052, 055 and 087 are
 * provisional there). Landline: 11 digits, {@code 024}/{@code 028} + 8 digits or {@code 02xx} + 7
 * digits with an area code from the 2017 plan; the phase-3 codes are confirmed, the others are
 * provisional and score a little lower. International: {@code +} and 8–15 digits (E.164), reported
 * only near a phone word because a bare {@code +} number is as likely a sum or a code.
 *
 * <p>People write groups joined by one space, dot or dash ({@code 0912 345 678}, {@code
 * 091.234.5678}) and put area or country codes in brackets ({@code (024) 3825 1234}, {@code (+84)
 * 912345678}). A run of groups is one number except where a space separates two whole numbers
 * ({@code 0912345678 0987654321}); a dot or dash never splits a number, so amounts ({@code
 * 1.234.567.890}) and longer codes stay whole and fail.
 */
final class PhoneRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "vn.phone.context",
          "sđt",
          "số điện thoại",
          "điện thoại",
          "đt",
          "đtdđ",
          "dđ",
          "di động",
          "số di động",
          "tel",
          "phone",
          "telephone",
          "mobile",
          "cell",
          "hotline",
          "liên hệ",
          "lh",
          "liên lạc",
          "zalo",
          "viber",
          "whatsapp",
          "fax",
          "gọi",
          "nhắn tin",
          "contact");

  private static final int MAX_GROUPS = 8;
  private static final int MAX_DIGITS = 24;

  /** No number shorter than this is a phone number (the shortest: 8 digits after a '+'). */
  private static final int MIN_DIGITS = 8;

  @Override
  public String id() {
    return "vn.phone";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PHONE_NUMBER);
  }

  /** An account number, a tax code or a BHYT card's code where its label or shape wins. */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.VN_TAX_CODE, EntityType.BANK_ACCOUNT, EntityType.VN_HEALTH_INSURANCE);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(CONTEXT, BankAccountRecognizer.LABELS, OTHER_IDENTIFIERS);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.digitRunTokens(MIN_DIGITS);
    int[] groups = new int[MAX_GROUPS];
    StringBuilder digits = new StringBuilder(MAX_DIGITS); // reused by every scan of this view
    int done = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t <= done || !view.tokenIs(t, TextView.DIGITS_ONLY)) {
        continue;
      }
      int n = collect(view, t, groups);
      done = groups[n - 1];
      scan(view, groups, n, digits, out);
    }
  }

  /** Collects the digit groups joined to {@code t}; returns how many. */
  private static int collect(TextView view, int t, int[] groups) {
    boolean paren = view.charAt(view.tokenStart(t) - 1) == '(' || plusInParen(view, t);
    groups[0] = t;
    int n = 1;
    int digits = view.tokenEnd(t) - view.tokenStart(t);
    while (n < MAX_GROUPS && groups[n - 1] + 1 < view.tokenCount()) {
      int next = groups[n - 1] + 1;
      int gs = view.tokenEnd(next - 1);
      int gap = view.tokenStart(next) - gs;
      char c = view.charAt(gs);
      boolean joined =
          (gap == 1 && (c == ' ' || c == '.' || c == '-'))
              || (n == 1
                  && paren
                  && c == ')'
                  && (gap == 1 || (gap == 2 && view.charAt(gs + 1) == ' ')));
      digits += view.tokenEnd(next) - view.tokenStart(next);
      if (!joined || !view.tokenIs(next, TextView.DIGITS_ONLY) || digits > MAX_DIGITS) {
        break;
      }
      int ne = view.tokenEnd(next);
      if (c == ' ' && view.charAt(ne) == ':' && Nearby.isDigit(view.charAt(ne + 1))) {
        break; // the hour of a time after a date: "09.26.1902 06:00:00"
      }
      groups[n++] = next;
    }
    return n;
  }

  private static boolean plusInParen(TextView view, int t) {
    int s = view.tokenStart(t);
    return view.charAt(s - 1) == '+' && view.charAt(s - 2) == '(';
  }

  /**
   * True when digits from token {@code t} on may start a number that {@link PhoneNumbers#classify}
   * takes without a '+': with 0, or with 84 (its 4 may be the next group's).
   */
  private static boolean nationalStart(TextView view, int t) {
    int s = view.tokenStart(t);
    char c = view.charAt(s);
    return c == '0' || (c == '8' && (len(view, t) == 1 || view.charAt(s + 1) == '4'));
  }

  /** A space between two groups may separate two numbers; dots, dashes and brackets never do. */
  private static boolean cuttable(TextView view, int[] groups, int i) {
    int gs = view.tokenEnd(groups[i - 1]);
    return view.tokenStart(groups[i]) - gs == 1 && view.charAt(gs) == ' ';
  }

  private static int len(TextView view, int token) {
    return view.tokenEnd(token) - view.tokenStart(token);
  }

  private void scan(TextView view, int[] g, int n, StringBuilder digits, Emitter out) {
    int total = 0;
    for (int i = 0; i < n; i++) {
      total += view.tokenEnd(g[i]) - view.tokenStart(g[i]);
    }
    if (total < MIN_DIGITS) {
      return; // most numbers in text: amounts, times, dates
    }
    String text = view.text();
    int s0 = view.tokenStart(g[0]);
    boolean plus = view.charAt(s0 - 1) == '+' && !Nearby.isDigit(view.charAt(s0 - 2));
    boolean leftGlued = Nearby.gluedAt(view, s0 - 1, s0 - 2);
    int runEnd = view.tokenEnd(g[n - 1]);
    boolean rightGlued = Nearby.gluedAt(view, runEnd, runEnd + 1);
    for (int i = 0; i < n; i++) {
      if ((i == 0 && (leftGlued || decimalFraction(view, g, n)))
          || (i > 0 && !cuttable(view, g, i))) {
        continue;
      }
      if (!(i == 0 && plus) && !nationalStart(view, g[i])) {
        continue; // without a '+' a number starts 0 or 84: "2024-07-04 17" is none
      }
      boolean intl = i == 0 && plus && !text.startsWith("84", s0);
      digits.setLength(0);
      for (int j = i; j < n; j++) {
        digits.append(text, view.tokenStart(g[j]), view.tokenEnd(g[j]));
        boolean last = j == n - 1;
        if ((!last && !cuttable(view, g, j + 1)) || (intl && !last)) {
          continue;
        }
        if ((last && rightGlued) || digits.length() > 15) {
          break;
        }
        PhoneNumbers.Match m =
            PhoneNumbers.classify(
                digits, i == 0 && plus, j > i || (i == 0 && (plus || paren(view, g))));
        if (m == null
            || (i > 0 && !leftCutOk(view, g, i, digits))
            || (!last && !rightCutOk(view, g, j))) {
          continue;
        }
        emit(view, g, i, j, plus, m, out);
        i = j;
        break;
      }
    }
  }

  /**
   * True when the run is a decimal fraction: a lone 0, a dot and one long group ("0.2329985562",
   * "-0.2107642836"); a phone number is never written so.
   */
  private static boolean decimalFraction(TextView view, int[] g, int n) {
    return n >= 2
        && len(view, g[0]) == 1
        && view.charAt(view.tokenStart(g[0])) == '0'
        && view.charAt(view.tokenEnd(g[0])) == '.'
        && len(view, g[1]) >= 6;
  }

  private static boolean paren(TextView view, int[] g) {
    return view.charAt(view.tokenStart(g[0]) - 1) == '(' || plusInParen(view, g[0]);
  }

  /** A number may start inside a run only when it clearly begins a new number. */
  private static boolean leftCutOk(TextView view, int[] g, int i, CharSequence digits) {
    return len(view, g[i - 1]) >= 7 || len(view, g[i]) >= 7 || digits.charAt(0) == '0';
  }

  /**
   * Labels of identifiers that are written as ten digits and may read as a mobile number: a number
   * right after one is that identifier ("Mã số thuế: 0312345678", "insuranceCode": "0523870723").
   */
  static final Lexicon OTHER_IDENTIFIERS =
      Lexicon.of(
          "generic.phone.other-identifiers",
          "mã số thuế",
          "mst",
          "mã bhxh",
          "mã số bhxh",
          "số bhxh",
          "mã thẻ bhyt",
          "số thẻ bhyt",
          "insurance code",
          "insurance number",
          "cccd",
          "số cccd",
          "cmnd",
          "số cmnd",
          "tax code");

  /** The most chars between a label and its number: "\": \"" and a blank. */
  private static final int LABEL_GAP = 5;

  /**
   * True when a label of {@code labels} ends right before the number starting at token {@code t},
   * with only blanks, a colon and quotes between ({@code "insuranceCode": "…"}); for account labels
   * ({@code accounts}) not a weak one such as "tài khoản", which also names a Zalo account: banks
   * give accounts that read as phone numbers.
   */
  private static boolean labelBefore(
      TextView view, Hits labels, int t, int start, boolean accounts) {
    if (labels.isEmpty() || t == 0) {
      return false;
    }
    int i = labels.firstAtOrAfter(Math.max(0, t - 4));
    for (; i < labels.size() && labels.firstToken(i) < t; i++) {
      int e = labels.end(i);
      if (labels.lastToken(i) == t - 1
          && start - e <= LABEL_GAP
          && !(accounts && BankAccountRecognizer.isWeak(labels.phrase(i)))
          && blanksOrColon(view, e, start)) {
        return true;
      }
    }
    return false;
  }

  private static boolean blanksOrColon(TextView view, int from, int to) {
    for (int c = from; c < to; c++) {
      char ch = view.charAt(c);
      if (ch != ' ' && ch != ':' && ch != '\t' && ch != '\u00a0' && ch != '"') {
        return false;
      }
    }
    return true;
  }

  /** A number may end inside a run only when what follows clearly is another number. */
  private static boolean rightCutOk(TextView view, int[] g, int j) {
    return len(view, g[j]) >= 7
        || len(view, g[j + 1]) >= 7
        || view.charAt(view.tokenStart(g[j + 1])) == '0';
  }

  private void emit(
      TextView view, int[] g, int i, int j, boolean plus, PhoneNumbers.Match m, Emitter out) {
    if (DigitGroups.followedByCurrency(view, g[j])) {
      return; // "84.891.000.000 đồng" is an amount
    }
    int start = view.tokenStart(g[i]);
    if (labelBefore(view, view.hits(BankAccountRecognizer.LABELS), g[i], start, true)
        || labelBefore(view, view.hits(OTHER_IDENTIFIERS), g[i], start, false)) {
      return; // "Số tài khoản: 0967276815": an account, whatever number a bank gave it
    }
    if (i == 0) {
      boolean closedParen = j > 0 && view.charAt(view.tokenEnd(g[0])) == ')';
      if (plus) {
        start--;
      }
      if (closedParen && view.charAt(start - 1) == '(') {
        start--;
      }
    }
    Candidate c =
        Candidate.of(EntityType.PHONE_NUMBER, start, view.tokenEnd(g[j]), m.score())
            .pattern(m.pattern())
            .validated(m.detail());
    out.emit(
        m.needsContext() ? c.requireContext(CONTEXT, m.boost()) : c.context(CONTEXT, m.boost()));
  }
}
