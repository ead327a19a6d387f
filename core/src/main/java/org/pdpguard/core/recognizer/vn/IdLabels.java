package org.pdpguard.core.recognizer.vn;

import java.util.List;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * The labels people write before identifier numbers ("Số CCCD:", "MST", "Mã số BHXH") and before
 * numbers that are no identifier of ours ("Mã đơn hàng", "Số hóa đơn", "Mã OTP", "SĐT", "STK"), and
 * the rule that decides which label a value belongs to.
 *
 * <p>Several identifiers share one shape (reference Part B): 12 digits are a CCCD, a driving
 * licence or a personal tax code; 10 digits are a tax code, a BHXH code or a new BHYT card. The
 * engine's context search counts any context word in a window, so in a form such as {@code CCCD: …,
 * GPLX: …} both numbers see both words. The label <em>attached</em> to a value settles it: the
 * nearest label before it, on the same line, within {@value #MAX_TOKENS} tokens and {@value
 * #MAX_CHARS} chars, with no other number between them. Labels after a value are left to the
 * engine's window, since they as often introduce the next value.
 *
 * <p>The class is longer than most because it holds every label list, one phrase a line.
 */
final class IdLabels {
  static final int MAX_TOKENS = 10;
  static final int MAX_CHARS = 120;

  static final Lexicon CCCD =
      Lexicon.of(
          "vn.cccd.context",
          "cccd",
          "căn cước",
          "căn cước công dân",
          "thẻ căn cước",
          "số định danh",
          "định danh cá nhân",
          "mã định danh",
          "số cmnd",
          "cmnd",
          "cmt",
          "chứng minh nhân dân",
          "citizen id",
          "national id",
          "id card",
          "identity card",
          "personal id",
          "id number");

  static final Lexicon CMND =
      Lexicon.of(
          "vn.cmnd.context",
          "cmnd",
          "số cmnd",
          "cmt",
          "cmtnd",
          "chứng minh nhân dân",
          "chứng minh thư",
          "giấy chứng minh",
          "id card",
          "identity card",
          "id number");

  static final Lexicon TAX =
      Lexicon.of(
          "vn.mst.context",
          "mst",
          "mã số thuế",
          "mã số thuế cá nhân",
          "mst cá nhân",
          "mã số doanh nghiệp",
          "msdn",
          "mã số người nộp thuế",
          "người nộp thuế",
          "tax code",
          "tax id",
          "tax number",
          "taxpayer id",
          "tax identification number");

  /** "TIN" counts only when written in capitals: folded, it is also the word in "thông tin". */
  static final Lexicon TAX_ACRONYM = Lexicon.of("vn.mst.acronym", "tin");

  static final Lexicon SOCIAL =
      Lexicon.of(
          "vn.bhxh.context",
          "bhxh",
          "mã số bhxh",
          "sổ bhxh",
          "số sổ bhxh",
          "mã bhxh",
          "bảo hiểm xã hội",
          "sổ bảo hiểm xã hội",
          "social insurance",
          "social insurance number");

  static final Lexicon HEALTH =
      Lexicon.of(
          "vn.bhyt.context",
          "bhyt",
          "thẻ bhyt",
          "mã thẻ bhyt",
          "số thẻ bhyt",
          "mã bhyt",
          "bảo hiểm y tế",
          "thẻ bảo hiểm y tế",
          "health insurance",
          "health insurance card",
          // A bare "insurance" code on a person's record names the card shown at a clinic; its
          // number is the 10-digit BHXH code either way (QĐ 1666/QĐ-BHXH).
          "insurance code",
          "insurance number",
          "insurance card");

  static final Lexicon DRIVER =
      Lexicon.of(
          "vn.gplx.context",
          "gplx",
          "số gplx",
          "giấy phép lái xe",
          "bằng lái",
          "bằng lái xe",
          "driving licence",
          "driving license",
          "driver license",
          "driver licence",
          "driver's license",
          "driver's licence");

  static final Lexicon PASSPORT =
      Lexicon.of(
          "vn.passport.context",
          "hộ chiếu",
          "số hộ chiếu",
          "passport",
          "passport no",
          "passport number",
          "pp no",
          "số hc");

  /** Generic card labels; they count for the structured 15-char BHYT code only. */
  static final Lexicon CARD = Lexicon.of("vn.bhyt.card-labels", "mã thẻ", "số thẻ", "thẻ số");

  /** Labels of numbers that are not these identifiers; a value under one is not reported. */
  static final Lexicon OTHER =
      Lexicon.of(
          "vn.id.other-labels",
          "đơn hàng",
          "mã đơn hàng",
          "mã đơn",
          "order",
          "order id",
          "order no",
          "order number",
          "vận đơn",
          "mã vận đơn",
          "tracking",
          "hóa đơn",
          "số hóa đơn",
          "invoice",
          "otp",
          "mã otp",
          "mã xác nhận",
          "mã xác thực",
          "mã giao dịch",
          "transaction",
          "mã tra cứu",
          "số seri",
          "serial",
          "mã sản phẩm",
          "sku",
          "mã vạch",
          "barcode",
          "isbn",
          "imei",
          "stk",
          "số tk",
          "số tài khoản",
          "tài khoản ngân hàng",
          "account number",
          "sđt",
          "số điện thoại",
          "điện thoại",
          "phone",
          "hotline",
          "fax",
          "số tiền",
          "tổng tiền",
          "amount",
          "phiên bản",
          "version");

  /** The labels that compete for digits; every digit recognizer of this package reads them all. */
  static final List<Lexicon> ALL =
      List.of(CCCD, CMND, TAX, TAX_ACRONYM, SOCIAL, HEALTH, DRIVER, PASSPORT, OTHER);

  /** What the attached label says about a value. */
  enum Kind {
    /** No label is attached; the engine's context window decides. */
    NONE,
    /** The recognizer's own label. */
    OWN,
    /** The label of another identifier of this package. */
    IDENTIFIER,
    /** The label of a number that is no identifier (order, invoice, OTP, phone, account). */
    OTHER
  }

  /** The label attached to a value and its text as written. */
  record Label(Kind kind, String surface) {
    static final Label NONE = new Label(Kind.NONE, "");
  }

  private IdLabels() {}

  /** The label attached to the value starting at {@code token}; {@code own} are the caller's. */
  static Label attached(TextView view, int token, Lexicon... own) {
    int lo = firstLabelToken(view, token);
    if (lo == token) {
      return Label.NONE;
    }
    int bestLast = -1;
    int bestFirst = Integer.MAX_VALUE;
    Lexicon bestLexicon = null;
    Hits bestHits = null;
    int bestHit = -1;
    for (int pass = 0; pass < 2; pass++) {
      List<Lexicon> lexicons = pass == 0 ? List.of(own) : ALL;
      for (Lexicon lexicon : lexicons) {
        if (pass == 1 && isOwn(lexicon, own)) {
          continue;
        }
        Hits hits = view.hits(lexicon);
        for (int i = hits.firstAtOrAfter(Math.max(0, lo - 8));
            i < hits.size() && hits.firstToken(i) < token;
            i++) {
          int last = hits.lastToken(i);
          int first = hits.firstToken(i);
          boolean nearer = last > bestLast || (last == bestLast && first < bestFirst);
          if (last < lo || last >= token || !nearer) {
            continue;
          }
          if (lexicon == TAX_ACRONYM && !view.tokenIs(first, TextView.ALL_UPPER)) {
            continue;
          }
          bestLast = last;
          bestFirst = first;
          bestLexicon = lexicon;
          bestHits = hits;
          bestHit = i;
        }
      }
    }
    if (bestLexicon == null) {
      return Label.NONE;
    }
    Kind kind =
        isOwn(bestLexicon, own) ? Kind.OWN : bestLexicon == OTHER ? Kind.OTHER : Kind.IDENTIFIER;
    return new Label(kind, bestHits.surface(bestHit));
  }

  /**
   * Applies an attached label to a candidate: its own label raises it now, another identifier's
   * label leaves the base score (or drops it when context is required), a label of something else
   * drops it, and with no label the engine searches its window. Returns null when dropped.
   */
  static Candidate apply(
      Candidate c, Label label, Lexicon context, double boost, boolean contextRequired) {
    return switch (label.kind()) {
      case OWN -> c.context(context, boost).contextWord(label.surface());
      case IDENTIFIER -> contextRequired ? null : c;
      case OTHER -> null;
      case NONE -> contextRequired ? c.requireContext(context, boost) : c.context(context, boost);
    };
  }

  /** See {@link DigitGroups#followedByCurrency}. */
  static boolean followedByCurrency(TextView view, int last) {
    return DigitGroups.followedByCurrency(view, last);
  }

  /** True when every digit of the span is the same: a filler, not a number anybody was given. */
  static boolean allSame(String text, int start, int end) {
    for (int i = start + 1; i < end; i++) {
      if (text.charAt(i) != text.charAt(start)) {
        return false;
      }
    }
    return true;
  }

  /**
   * True when {@code [start, end)} is glued to more code by a joiner ({@code ABC-C1234567}, {@code
   * C1234567/01}, {@code X_HS4010123456789}, an e-mail's {@code @}): then it is a piece of a longer
   * code.
   */
  static boolean partOfLongerCode(TextView view, int start, int end) {
    return joined(view.charAt(start - 1), view.charAt(start - 2))
        || joined(view.charAt(end), view.charAt(end + 1));
  }

  private static boolean joined(char joiner, char beyond) {
    if (joiner == '_' || joiner == '@') {
      return true;
    }
    return (joiner == '-' || joiner == '/' || joiner == '.' || joiner == '+')
        && Character.isLetterOrDigit(beyond);
  }

  /** The first token a label attached to {@code token} may end at; {@code token} when none. */
  private static int firstLabelToken(TextView view, int token) {
    int spanStart = view.tokenStart(token);
    int lo = token;
    for (int k = token - 1; k >= 0 && k >= token - MAX_TOKENS; k--) {
      if (view.tokenIs(k, TextView.HAS_DIGIT)
          || spanStart - view.tokenEnd(k) > MAX_CHARS
          || hasLineBreak(view, view.tokenEnd(k), view.tokenStart(k + 1))) {
        break;
      }
      lo = k;
    }
    return lo;
  }

  private static boolean hasLineBreak(TextView view, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = view.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028') {
        return true;
      }
    }
    return false;
  }

  private static boolean isOwn(Lexicon lexicon, Lexicon[] own) {
    for (Lexicon o : own) {
      if (o.equals(lexicon)) {
        return true;
      }
    }
    return false;
  }
}
