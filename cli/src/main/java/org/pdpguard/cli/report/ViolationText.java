package org.pdpguard.cli.report;

import java.util.stream.Collectors;
import org.pdpguard.judge.Citation;
import org.pdpguard.judge.Sanction;
import org.pdpguard.judge.Violation;

/** A violation's legal basis and sanction as one line of text, for tables and messages. */
public final class ViolationText {
  private ViolationText() {}

  /** The articles it rests on, Vietnamese then English. */
  static String basis(Violation v) {
    String vi = v.basis().stream().map(c -> c.text().vi()).collect(Collectors.joining("; "));
    String en = v.basis().stream().map(c -> c.text().en()).collect(Collectors.joining("; "));
    return vi + " / " + en;
  }

  /** {@code 20.000.000–30.000.000 VND (Điều 47 ...)}, or a dash when the pack knows none. */
  static String sanction(Violation v) {
    Sanction s = v.sanction();
    if (s == null) {
      return "—";
    }
    Citation c = s.citation();
    String range = vnd(s.min()) + "–" + vnd(s.max()) + " VND";
    return range
        + " (tổ chức; cá nhân một nửa / organisation; individuals half; "
        + c.text().vi()
        + " / "
        + c.text().en()
        + ")";
  }

  /** Vietnamese digit grouping: {@code 3.000.000.000}. */
  public static String vnd(long amount) {
    return String.format(java.util.Locale.ROOT, "%,d", amount).replace(',', '.');
  }
}
