package org.pdpguard.protect;

import java.util.EnumSet;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * Masks a matched value, by type, so that what is shown does not become a new copy of the personal
 * data it stands for. Reports use it for every value they print; {@code pdpguard redact} uses it
 * for the {@code mask} operator. Rules:
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
 * {@link #redact} is the stricter form used by {@code pdpguard redact}. Masking is idempotent:
 * {@code mask(t, mask(t, v)).equals(mask(t, v))}, which lets a scan cache store masked values only.
 */
public final class Mask {
  private static final String HIDDEN = "********";

  /** Types of digits whose report mask may stand in a redacted copy. */
  private static final Set<EntityType> KEEPS_ENDS =
      EnumSet.of(
          EntityType.VN_CCCD,
          EntityType.VN_CMND,
          EntityType.PHONE_NUMBER,
          EntityType.VN_DRIVER_LICENSE,
          EntityType.VN_TAX_CODE,
          EntityType.VN_SOCIAL_INSURANCE,
          EntityType.BANK_ACCOUNT,
          EntityType.PAYMENT_CARD,
          EntityType.DEVICE_ID,
          EntityType.DATE_OF_BIRTH);

  private Mask() {}

  /**
   * The masked form of {@code value} for a redacted copy: the report's rule where what it keeps
   * cannot be read as personal data again, else {@code ***}. The rule stays for e-mail addresses
   * and for identifiers of at least 6 digits and no letters ({@code 079*******34} is no citizen
   * ID). Report masks keep an initial or the first letters of short values, words and mixed codes,
   * which a scan of the copy would find again: {@code N* V* A*} after "bị cáo", {@code xã H***},
   * {@code 4*} before "tuổi", the {@code P3} ("Phường 3") of a passport number, the {@code F0} (a
   * COVID case) of a MAC address.
   */
  public static String redact(EntityType type, String value) {
    if (type == EntityType.EMAIL_ADDRESS || type == EntityType.CREDENTIALS) {
      return mask(type, value);
    }
    int digits = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetter(c)) {
        return "***";
      }
      digits += Character.isDigit(c) ? 1 : 0;
    }
    return KEEPS_ENDS.contains(type) && digits >= 6 ? mask(type, value) : "***";
  }

  /** The masked form of {@code value}, found as {@code type}. */
  public static String mask(EntityType type, String value) {
    return switch (type) {
      case PERSON_NAME -> initials(value);
      case EMAIL_ADDRESS -> email(value);
      case CREDENTIALS -> HIDDEN;
      default -> keepEnds(value);
    };
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
