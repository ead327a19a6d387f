package org.pdpguard.core.recognizer.generic;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.DigitGroups;

/**
 * Payment card numbers: 13–19 digits, plain or in groups of four joined by spaces or dashes (Amex
 * {@code 4-6-5}).
 *
 * <p>International brands must pass Luhn (reference B4): Visa {@code 4}, Mastercard {@code 51–55}
 * and {@code 2221–2720}, JCB {@code 3528–3589}, Amex {@code 34}/{@code 37} (15 digits), UnionPay
 * {@code 62}. Domestic NAPAS cards are {@code 9704} + a bank's two digits, 16 or 19 digits; the
 * bank BIN must be one of the list below (reference B4 and the NAPAS list it cites). Whether every
 * NAPAS card passes Luhn is UNCONFIRMED, so for NAPAS Luhn only raises the score: a NAPAS number
 * that fails it is provisional and needs a card word nearby, as does a 13-digit Visa number (a
 * length no longer issued). Any other prefix is not a card.
 */
final class PaymentCardRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "generic.card.context",
          "số thẻ",
          "thẻ atm",
          "thẻ ngân hàng",
          "thẻ tín dụng",
          "thẻ ghi nợ",
          "thẻ visa",
          "thẻ napas",
          "card number",
          "card no",
          "credit card",
          "debit card",
          "card",
          "visa",
          "mastercard",
          "master card",
          "jcb",
          "amex",
          "american express",
          "unionpay",
          "napas",
          "cvv",
          "hạn thẻ",
          "so the");

  /** NAPAS bank BINs (reference B4; vietqr-parser {@code bankbin.go}, NAPAS list of 2022). */
  static final Map<String, String> NAPAS_BINS =
      Map.ofEntries(
          Map.entry("970400", "Saigonbank"),
          Map.entry("970403", "Sacombank"),
          Map.entry("970405", "Agribank"),
          Map.entry("970406", "DongA Bank"),
          Map.entry("970407", "Techcombank"),
          Map.entry("970408", "GPBank"),
          Map.entry("970409", "Bac A Bank"),
          Map.entry("970412", "PVcomBank"),
          Map.entry("970414", "OceanBank"),
          Map.entry("970415", "VietinBank"),
          Map.entry("970416", "ACB"),
          Map.entry("970418", "BIDV"),
          Map.entry("970419", "NCB"),
          Map.entry("970421", "VRB"),
          Map.entry("970422", "MB"),
          Map.entry("970423", "TPBank"),
          Map.entry("970424", "Shinhan Bank"),
          Map.entry("970425", "ABBANK"),
          Map.entry("970426", "MSB"),
          Map.entry("970427", "VietABank"),
          Map.entry("970428", "Nam A Bank"),
          Map.entry("970429", "SCB"),
          Map.entry("970430", "PGBank"),
          Map.entry("970431", "Eximbank"),
          Map.entry("970432", "VPBank"),
          Map.entry("970434", "Indovina Bank"),
          Map.entry("970436", "Vietcombank"),
          Map.entry("970437", "HDBank"),
          Map.entry("970438", "BaoViet Bank"),
          Map.entry("970439", "Public Bank"),
          Map.entry("970440", "SeABank"),
          Map.entry("970441", "VIB"),
          Map.entry("970442", "Hong Leong Bank"),
          Map.entry("970443", "SHB"),
          Map.entry("970446", "Co-opBank"),
          Map.entry("970448", "OCB"),
          Map.entry("970449", "LPBank"),
          Map.entry("970452", "KienlongBank"),
          Map.entry("970454", "Viet Capital Bank"),
          Map.entry("970457", "Woori Bank"),
          Map.entry("970458", "UOB"),
          Map.entry("970462", "Kookmin Hanoi"),
          Map.entry("970463", "Kookmin HCMC"));

  private static final int MAX_GROUPS = 6;

  /** A card's brand and whether it passed Luhn. */
  record Brand(String name, boolean luhn) {}

  @Override
  public String id() {
    return "generic.card";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PAYMENT_CARD);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(CONTEXT);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    TextView.IntList numeric = view.digitRunTokens(13); // a card has 13 to 19 digits
    int[] sizes = new int[MAX_GROUPS];
    int done = -1;
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t <= done || !view.tokenIs(t, TextView.DIGITS_ONLY)) {
        continue;
      }
      char next = view.charAt(view.tokenEnd(t));
      if (view.tokenEnd(t) - view.tokenStart(t) < 13 && next != ' ' && next != '-') {
        continue; // too short for a card, and no group follows
      }
      DigitGroups.Group g = group(view, t, sizes);
      done = g.lastToken();
      int n = g.lastToken() - g.firstToken() + 1;
      char sep = n > 1 ? view.charAt(view.tokenEnd(t)) : ' ';
      if (Nearby.gluedAt(view, g.start() - 1, g.start() - 2)) {
        continue;
      }
      // the whole run, then (spaces only) shorter runs: "4111 1111 1111 1111 12/28"
      for (int m = n; m >= 1; m--) {
        int end = view.tokenEnd(g.firstToken() + m - 1);
        if ((m < n && sep != ' ') || (m == n && Nearby.gluedAt(view, end, end + 1))) {
          continue;
        }
        String digits = prefix(sizes, m, g);
        if (digits == null || !layout(sizes, m)) {
          continue;
        }
        Brand b = classify(digits);
        if (b != null) {
          emit(g.start(), end, m > 1, digits, b, out);
          break;
        }
      }
    }
  }

  /** Groups joined to {@code t} by one repeated space or dash; fills {@code sizes}. */
  private static DigitGroups.Group group(TextView view, int t, int[] sizes) {
    char sep = view.charAt(view.tokenEnd(t));
    DigitGroups.Group g = DigitGroups.join(view, t, sep == '-' ? "-" : " ", MAX_GROUPS * 4 + 4);
    int n = Math.min(MAX_GROUPS, g.lastToken() - g.firstToken() + 1);
    for (int i = 0; i < n; i++) {
      int tok = g.firstToken() + i;
      sizes[i] = view.tokenEnd(tok) - view.tokenStart(tok);
    }
    if (n < g.lastToken() - g.firstToken() + 1) {
      int last = g.firstToken() + n - 1;
      return new DigitGroups.Group(
          g.firstToken(), last, g.start(), view.tokenEnd(last), g.digits());
    }
    return g;
  }

  /** The digits of the first {@code m} groups when they are 13 to 19, else null. */
  private static String prefix(int[] sizes, int m, DigitGroups.Group g) {
    int len = 0;
    for (int i = 0; i < m; i++) {
      len += sizes[i];
    }
    if (len < 13 || len > 19 || len > g.digitCount()) {
      return null;
    }
    String digits = g.digits();
    return len == digits.length() ? digits : digits.substring(0, len);
  }

  /** One block of digits, groups of four with a shorter last one, or Amex/Diners 4-6-5 / 4-6-4. */
  private static boolean layout(int[] sizes, int m) {
    if (m == 1) {
      return true;
    }
    if (m == 3 && sizes[0] == 4 && sizes[1] == 6 && (sizes[2] == 5 || sizes[2] == 4)) {
      return true;
    }
    for (int i = 0; i < m - 1; i++) {
      if (sizes[i] != 4) {
        return false;
      }
    }
    return sizes[m - 1] >= 1 && sizes[m - 1] <= 4;
  }

  private void emit(int start, int end, boolean grouped, String digits, Brand b, Emitter out) {
    boolean napas = b.name().startsWith("NAPAS");
    double score = napas && !b.luhn() ? 0.45 : grouped ? 0.65 : 0.6;
    String detail = b.name() + (b.luhn() ? ", Luhn ok" : ", Luhn failed (provisional)");
    Candidate c =
        Candidate.of(EntityType.PAYMENT_CARD, start, end, score)
            .pattern(napas ? "napas" : "international")
            .validated(detail);
    if (napas && !b.luhn()) {
      out.emit(c.requireContext(CONTEXT, 0.4));
    } else if (digits.length() == 13) {
      // Only Visa once issued 13 digits, long retired: one in ten 13-digit order or invoice
      // numbers starting with a 4 passes Luhn, so such a number needs a card word.
      out.emit(c.requireContext(CONTEXT, 0.3));
    } else {
      out.emit(c.context(CONTEXT, 0.3));
    }
  }

  /** The brand of a 13–19 digit number, or null when it cannot be a card. */
  static Brand classify(String d) {
    int len = d.length();
    if (len < 13 || len > 19) {
      return null;
    }
    boolean luhn = DigitGroups.luhn(d);
    if (d.startsWith("9704")) {
      String bank = NAPAS_BINS.get(d.substring(0, 6));
      return bank != null && (len == 16 || len == 19)
          ? new Brand("NAPAS " + d.substring(0, 6) + " (" + bank + ")", luhn)
          : null;
    }
    if (!luhn) {
      return null;
    }
    int two = DigitGroups.value(d, 0, 2);
    int four = DigitGroups.value(d, 0, 4);
    if (d.charAt(0) == '4' && (len == 13 || len == 16 || len == 19)) {
      return new Brand("Visa", true);
    }
    if (len == 16 && ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720))) {
      return new Brand("Mastercard", true);
    }
    if (len == 15 && (two == 34 || two == 37)) {
      return new Brand("American Express", true);
    }
    if (len >= 16 && four >= 3528 && four <= 3589) {
      return new Brand("JCB", true);
    }
    if (len >= 16 && two == 62) {
      return new Brand("UnionPay", true);
    }
    return null;
  }
}
