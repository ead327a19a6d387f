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
 * Bank account numbers: 6–19 digits (plain, or groups of three or more joined by spaces or dashes)
 * near an account label ("STK", "số tài khoản", "account number") or a bank's name. Account lengths
 * are not standardised (reference B4, UNCONFIRMED: roughly 6–19; some banks take the holder's phone
 * number as an alias), so the digits alone say nothing and context is required.
 *
 * <p>The nearest label before the number decides: when a phone word ("SĐT", "Zalo"), an amount ("số
 * tiền"), a one-time code ("OTP") or another identifier's word stands between the account label and
 * the number, the number belongs to that word. Card numbers (brand and Luhn, or a NAPAS BIN) are
 * left to the card recognizer, and numbers followed by a currency are amounts.
 */
final class BankAccountRecognizer implements Recognizer {
  /** Account labels; the weak ones (in {@link #WEAK}) also name other kinds of accounts. */
  static final Lexicon LABELS =
      Lexicon.of(
          "vn.bank_account.labels",
          "stk",
          "số tk",
          "số tài khoản",
          "tài khoản ngân hàng",
          "tài khoản thụ hưởng",
          "tài khoản nhận",
          // a salary account: the salary word belongs to the label, not to an amount after it
          "tài khoản nhận lương",
          "tài khoản lương",
          "tk lương",
          "tk nhận lương",
          "salary account",
          "payroll account",
          "account number",
          "account no",
          "acc no",
          "acct no",
          "bank account",
          "beneficiary account",
          "tài khoản",
          "tk",
          "account",
          "chuyển khoản");

  private static final Set<String> WEAK = Set.of("tài khoản", "tk", "account", "chuyển khoản");

  /** True for a label that also names other kinds of accounts ("tài khoản Zalo"). */
  static boolean isWeak(String phrase) {
    return WEAK.contains(phrase);
  }

  /** Bank names and short names (reference B4 list). */
  static final Lexicon BANKS =
      Lexicon.of(
          "vn.bank_account.banks",
          "ngân hàng",
          "bank",
          "vietcombank",
          "vcb",
          "techcombank",
          "tcb",
          "bidv",
          "agribank",
          "vietinbank",
          "mb",
          "mbbank",
          "mb bank",
          "acb",
          "sacombank",
          "vpbank",
          "tpbank",
          "hdbank",
          "shb",
          "ocb",
          "msb",
          "eximbank",
          "seabank",
          "lpbank",
          "lienvietpostbank",
          "ncb",
          "nam a bank",
          "namabank",
          "bac a bank",
          "bacabank",
          "baoviet bank",
          "baovietbank",
          "vib",
          "scb",
          "abbank",
          "pvcombank",
          "kienlongbank",
          "shinhan bank");

  /** Words after which a number is something other than an account. */
  static final Lexicon NOT_ACCOUNT =
      Lexicon.of(
          "vn.bank_account.not",
          "otp",
          "mã otp",
          "mã xác thực",
          "mã xác nhận",
          "verification code",
          "code",
          "số tiền",
          "amount",
          // a salary, a price or a fee on the same form as an account is an amount too
          "lương",
          "tiền lương",
          "mức lương",
          "salary",
          "thu nhập",
          "income",
          "đơn giá",
          "price",
          "phí",
          "fee",
          "tổng tiền",
          "thành tiền",
          "số dư",
          "balance",
          "mã giao dịch",
          "mã gd",
          "transaction",
          "mã",
          "mã đơn",
          "đơn",
          "đơn hàng",
          "nội dung",
          "ref",
          "reference",
          "order",
          "hóa đơn",
          "invoice",
          "mã số thuế",
          "mst",
          "cccd",
          "cmnd",
          "căn cước");

  private static final Lexicon PHONE = PhoneRecognizer.CONTEXT;

  @Override
  public String id() {
    return "vn.bank_account";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.BANK_ACCOUNT);
  }

  /** A mobile-looking number, whose phone candidate may outscore the account's. */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.PHONE_NUMBER);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(LABELS, BANKS, NOT_ACCOUNT, PHONE);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits labels = view.hits(LABELS);
    Hits banks = view.hits(BANKS);
    if (labels.isEmpty() && banks.isEmpty()) {
      return;
    }
    TextView.IntList numeric = view.digitRunTokens(6); // an account has 6 to 19 digits
    int done = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t <= done || !view.tokenIs(t, TextView.DIGITS_ONLY)) {
        continue;
      }
      int len = view.tokenEnd(t) - view.tokenStart(t);
      char next = view.charAt(view.tokenEnd(t));
      if (len < 3 || (len < 6 && next != ' ' && next != '-')) {
        continue; // too short for an account, and no group of three or more follows
      }
      DigitGroups.Group g = group(view, t);
      done = g.lastToken();
      int count = g.digitCount();
      if (count < 6
          || count > 19
          || !mayHaveContext(view, g, labels, banks) // most numbers: before building digits
          || !DigitGroups.standsAlone(view, g.start(), g.end())
          || DigitGroups.followedByCurrency(view, g.lastToken())
          || PaymentCardRecognizer.classify(g.digits()) != null) {
        continue;
      }
      Candidate c = withContext(view, g, labels, banks);
      if (c != null) {
        out.emit(c);
      }
    }
  }

  /** Digit groups of three or more joined by one space or dash, else the single token. */
  private static DigitGroups.Group group(TextView view, int t) {
    char sep = view.charAt(view.tokenEnd(t));
    DigitGroups.Group g = DigitGroups.join(view, t, sep == '-' ? "-" : " ", 19);
    for (int i = g.firstToken(); i <= g.lastToken(); i++) {
      if (view.tokenEnd(i) - view.tokenStart(i) < 3) {
        return DigitGroups.single(view, t);
      }
    }
    return g;
  }

  /** The token right after {@code t} on the same line, or -1. */
  /** The last token of the nearest hit of {@code lexicon} before {@code token}, or -1. */
  private static int lastBefore(TextView view, Lexicon lexicon, int token) {
    Hits hits = view.hits(lexicon);
    return Nearby.lastTokenOf(hits, Nearby.hitBefore(view, hits, token, 8, 80));
  }

  /**
   * False when {@link #withContext} finds neither a label or bank before the group nor a bank after
   * it, the only ways it gives a candidate.
   */
  private static boolean mayHaveContext(
      TextView view, DigitGroups.Group g, Hits labels, Hits banks) {
    return Nearby.hitBefore(view, labels, g.firstToken(), 8, 80) >= 0
        || Nearby.hitBefore(view, banks, g.firstToken(), 10, 100) >= 0
        || Nearby.hitAfter(view, banks, g.lastToken(), 4, 40) >= 0;
  }

  private static Candidate withContext(
      TextView view, DigitGroups.Group g, Hits labels, Hits banks) {
    int first = g.firstToken();
    int label = Nearby.hitBefore(view, labels, first, 8, 80);
    int bank = Nearby.hitBefore(view, banks, first, 10, 100);
    int nearest = Math.max(Nearby.lastTokenOf(labels, label), Nearby.lastTokenOf(banks, bank));
    int other = Math.max(lastBefore(view, NOT_ACCOUNT, first), lastBefore(view, PHONE, first));
    String word;
    double score;
    if (nearest < 0) {
      int after = Nearby.hitAfter(view, banks, g.lastToken(), 4, 40);
      if (after < 0 || banks.phrase(after).equals("mb") || other >= 0) {
        return null; // "512 MB" is a size
      }
      word = banks.surface(after);
      score = 0.75;
    } else if (other > nearest) {
      return null;
    } else if (label >= 0 && labels.lastToken(label) == nearest) {
      word = labels.surface(label);
      score = WEAK.contains(labels.phrase(label)) ? 0.8 : 0.9;
    } else {
      word = banks.surface(bank);
      score = 0.75;
    }
    return Candidate.of(EntityType.BANK_ACCOUNT, g.start(), g.end(), score)
        .pattern(g.digits().length() + "-digit")
        .contextWord(word);
  }
}
