package org.pdpguard.cli.report;

import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;

/**
 * Masks matched values for reports, so that a report does not become a new copy of the personal
 * data it describes. Rules, by type:
 *
 * <ul>
 *   <li>names: the initial of each word followed by {@code *} ({@code Nguyễn Văn An} → {@code N* V*
 *       A*}), which hides the length of each word;
 *   <li>e-mail: first char of the local part, {@code ***}, and the domain with every label but the
 *       last shortened the same way ({@code an.nguyen@gmail.com} → {@code a***@g***.com});
 *   <li>credentials: nothing of the secret, a fixed {@code ********};
 *   <li>everything else (identifiers, dates, addresses, terms): letters and digits beyond the first
 *       at most 3 and the last at most 2 become {@code *}, separators stay ({@code 079098012334} →
 *       {@code 079*******34}); at least half of them are always hidden, and values with fewer than
 *       6 letters and digits keep only the first.
 * </ul>
 *
 * Masking is idempotent: {@code mask(t, mask(t, v)).equals(mask(t, v))}. Later this moves to the
 * {@code protect} module beside redaction and pseudonymisation.
 */
public final class Masking {
  private static final String HIDDEN = "********";

  private Masking() {}

  /** The masked form of {@code value}, found as {@code type}. */
  public static String mask(EntityType type, String value) {
    return switch (type) {
      case PERSON_NAME -> initials(value);
      case EMAIL_ADDRESS -> email(value);
      case CREDENTIALS -> HIDDEN;
      default -> keepEnds(value);
    };
  }

  /**
   * A place with its row key masked: a database row named by an e-mail or a citizen ID must not
   * give it back ({@code key=email=an.nguyen@example.vn} becomes {@code key=email=a***@e***.vn}).
   * Keys of at most 9 digits (surrogate ids) stay, so that an inspector can find the row; longer
   * numbers may be a citizen ID or a phone number and are masked like one.
   */
  public static Location location(Location where) {
    if (!(where.get(Location.KEY) instanceof String key)) {
      return where;
    }
    StringBuilder out = new StringBuilder();
    for (String part : key.split(",", -1)) {
      int eq = part.indexOf('=');
      String value = part.substring(eq + 1);
      out.append(out.length() == 0 ? "" : ",").append(part, 0, eq + 1);
      boolean surrogate = value.length() <= 9 && value.chars().allMatch(Character::isDigit);
      EntityType like = value.indexOf('@') > 0 ? EntityType.EMAIL_ADDRESS : EntityType.VN_CCCD;
      out.append(surrogate ? value : mask(like, value));
    }
    return where.with(Location.KEY, out.toString());
  }

  /** {@code value} itself when {@code show}, else its masked form. */
  public static String display(EntityType type, String value, boolean show) {
    return show ? value : mask(type, value);
  }

  static String initials(String value) {
    StringBuilder out = new StringBuilder();
    for (String word : value.trim().split("\\s+")) {
      int i = 0;
      while (i < word.length() && !Character.isLetterOrDigit(word.codePointAt(i))) {
        i += Character.charCount(word.codePointAt(i));
      }
      if (i == word.length()) {
        continue;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      int end = i + Character.charCount(word.codePointAt(i));
      while (end < word.length() && isMark(word.codePointAt(end))) {
        end += Character.charCount(word.codePointAt(end));
      }
      out.append(word, i, end).append('*');
    }
    return out.length() == 0 ? HIDDEN : out.toString();
  }

  static String email(String value) {
    int at = value.lastIndexOf('@');
    if (at <= 0 || at == value.length() - 1) {
      return keepEnds(value);
    }
    StringBuilder out = new StringBuilder();
    out.appendCodePoint(value.codePointAt(0)).append("***@");
    String[] labels = value.substring(at + 1).split("\\.", -1);
    for (int i = 0; i < labels.length; i++) {
      if (i > 0) {
        out.append('.');
      }
      String label = labels[i];
      if (i == labels.length - 1 && labels.length > 1 || label.isEmpty()) {
        out.append(label);
      } else {
        out.appendCodePoint(label.codePointAt(0)).append("***");
      }
    }
    return out.toString();
  }

  static String keepEnds(String value) {
    int n = 0;
    for (int i = 0; i < value.length(); i += Character.charCount(value.codePointAt(i))) {
      if (isPosition(value.codePointAt(i))) {
        n++;
      }
    }
    if (n == 0) {
      return HIDDEN;
    }
    int head = n < 6 ? 1 : Math.min(3, n / 4);
    int tail = n < 6 ? 0 : Math.min(2, n / 5);
    StringBuilder out = new StringBuilder(value.length());
    int k = 0; // letters and digits seen
    boolean keptLast = false;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      if (isPosition(cp)) {
        keptLast = k < head || k >= n - tail;
        k++;
        if (keptLast) {
          out.appendCodePoint(cp);
        } else {
          out.append('*');
        }
      } else if (isMark(cp)) {
        if (keptLast) {
          out.appendCodePoint(cp); // a diacritic belongs to the letter before it
        }
      } else {
        keptLast = false;
        out.appendCodePoint(cp);
      }
    }
    return out.toString();
  }

  /**
   * A letter, a digit, or a {@code *} that stands for one: counting the stars makes masking
   * idempotent (a masked value masks to itself), which lets a cache store masked values only.
   */
  private static boolean isPosition(int cp) {
    return cp == '*' || Character.isLetterOrDigit(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }
}
