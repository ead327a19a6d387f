package org.pdpguard.judge;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pdpguard.core.EntityType;

/**
 * Tells a child's age or date of birth. The personal-data texts do not define "trẻ em"; the Law on
 * Children 2016 (Art. 1) sets it under 16, which Decree 330/2026 Art. 63.2(b) echoes. The limit is
 * therefore provisional (the reference marks it unconfirmed for the PDP texts).
 */
final class Ages {
  /** A person younger than this many years is a child (provisional, see the class comment). */
  static final int CHILD_UNDER = 16;

  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})");
  private static final Pattern DMY =
      Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
  private static final Pattern YMD = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\D+?(\\d{1,2})\\D+?(\\d{4})");

  private Ages() {}

  static boolean isChild(EntityType type, String raw, LocalDate asOf) {
    if (raw.indexOf('*') >= 0) {
      return false; // a masked value (a saved report, the scan cache) tells no age
    }
    if (type == EntityType.AGE) {
      Matcher m = NUMBER.matcher(raw);
      return m.find() && Integer.parseInt(m.group(1)) < CHILD_UNDER;
    }
    if (type == EntityType.DATE_OF_BIRTH) {
      LocalDate born = birthDate(raw);
      return born != null
          && !born.isAfter(asOf)
          && Period.between(born, asOf).getYears() < CHILD_UNDER;
    }
    return false;
  }

  /** {@code 05/03/2012}, {@code 2012-03-05}, {@code ngày 5 tháng 3 năm 2012}; null otherwise. */
  static LocalDate birthDate(String raw) {
    try {
      Matcher m = YMD.matcher(raw);
      if (m.find()) {
        return LocalDate.of(num(m, 1), num(m, 2), num(m, 3));
      }
      m = DMY.matcher(raw);
      if (m.find()) {
        return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
      }
      m = WORDS.matcher(raw);
      if (m.find()) {
        return LocalDate.of(num(m, 3), num(m, 2), num(m, 1));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
