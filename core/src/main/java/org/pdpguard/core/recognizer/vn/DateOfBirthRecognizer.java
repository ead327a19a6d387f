package org.pdpguard.core.recognizer.vn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Date of birth (Decree 13/2023 Art. 2.3b): a valid date in a birth context. A document is full of
 * dates (contract, visit, issue dates) and only the label says which one is a birth date, so a date
 * counts only when a birth label ("ngày sinh", "sinh ngày", "NS", "DOB", "date of birth", "born")
 * ends at most 3 tokens before it on the same line with no other number between.
 *
 * <p>Forms: {@code dd/mm/yyyy}, {@code d-m-yyyy}, {@code dd.mm.yyyy}, {@code yyyy-mm-dd}, {@code 5
 * tháng 3 năm 1990} (the word "ngày" before it is part of the label), and a year alone after "sinh
 * năm", "năm sinh", "NS" ("sinh năm 1985"). The date must exist, the year lie between 1900 and
 * today, the date not be in the future. A label whose "sinh" ends another word ("học sinh", "phát
 * sinh", "vệ sinh") is no birth label.
 */
final class DateOfBirthRecognizer implements Recognizer {
  static final Lexicon LABELS =
      Lexicon.of(
          "vn.dob.labels",
          "ngày sinh",
          "sinh ngày",
          "ngày tháng năm sinh",
          "năm sinh",
          "sinh năm",
          "sinh",
          "NS",
          "DOB",
          "D.O.B",
          "date of birth",
          "birth date",
          "birthdate",
          "born",
          "born on",
          "born in",
          "year of birth",
          "YOB");

  /** Words that end in "sinh" without meaning birth: học sinh, phát sinh, vệ sinh … (folded). */
  private static final Set<String> NOT_BIRTH =
      Set.of("hoc", "thi", "phat", "ve", "hy", "tai", "hoi", "giang", "nu", "san", "ky");

  private static final int MAX_BETWEEN = 3;

  @Override
  public String id() {
    return "vn.dob";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.DATE_OF_BIRTH);
  }

  /** A password that holds the year ({@code mat khau la Sinh@1972}). */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.CREDENTIALS);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(LABELS);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    Hits labels = view.hits(LABELS);
    if (labels.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now();
    TextView.IntList numeric = view.numericTokens();
    int after = -1; // tokens up to here belong to a date already read
    for (int k = 0; k < numeric.size(); k++) {
      int t = numeric.get(k);
      if (t <= after || !view.tokenIs(t, TextView.DIGITS_ONLY)) {
        continue;
      }
      int l = label(view, labels, t);
      if (l < 0) {
        continue;
      }
      Dates.Parsed d = Dates.parse(view, t);
      if (d == null || !d.plausibleBirth(today) || !lowerNsMayName(view, labels, l, d)) {
        continue;
      }
      after = d.lastToken();
      out.emit(
          Candidate.of(
                  EntityType.DATE_OF_BIRTH, view.tokenStart(t), view.tokenEnd(d.lastToken()), 0.9)
              .pattern(d.pattern())
              .validated("valid calendar date in the past")
              .contextWord(labels.surface(l)));
    }
  }

  /** The birth label before token {@code t}, or -1. */
  private static int label(TextView view, Hits labels, int t) {
    int l = Keywords.labelBefore(view, labels, t, MAX_BETWEEN);
    if (l < 0 || labels.lastToken(l) >= t) {
      return -1;
    }
    for (int between = labels.lastToken(l) + 1; between < t; between++) {
      if (view.tokenIs(between, TextView.HAS_DIGIT)) {
        return -1; // the label belongs to another value
      }
    }
    int first = labels.firstToken(l);
    if (view.tokenEquals(first, "sinh")
        && first > 0
        && NOT_BIRTH.contains(view.tokenFolded(first - 1))
        && view.gapAfter(first - 1).equals(" ")) {
      return -1;
    }
    return l;
  }

  /**
   * A lower-case "ns" names a birth date only before a whole date (day, month and year: chat's "ns
   * 27/03/1974") and not after a number: "ns" is also the unit nanoseconds, which follows its
   * number ("latency 5 ns 2001") and never stands before a calendar date as its label.
   */
  private static boolean lowerNsMayName(TextView view, Hits labels, int l, Dates.Parsed d) {
    int first = labels.firstToken(l);
    if (!view.tokenEquals(first, "ns") || labels.surface(l).equals("NS")) {
      return true;
    }
    return d.month() != 0
        && (first == 0
            || !view.tokenIs(first - 1, TextView.HAS_DIGIT)
            || !Keywords.sameLine(view, view.tokenEnd(first - 1), view.tokenStart(first)));
  }
}
