package org.pdpguard.webaudit;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.pdpguard.core.EntityType;

/**
 * Synthetic values typed into form fields, unique to one inspection, so that a request carrying one
 * proves that this inspection's typing produced it (Blacklight's form-canary method, with values
 * unique per run). Each value has a {@link Canary#core}: an ASCII letters-and-digits part that
 * survives URL, form and JSON encoding unchanged, and is what requests are searched for.
 */
final class Canaries {
  private static final String LETTERS = "bcdfghjkmnpqrstvwxz";
  private final Random random;
  private final Set<String> used = new HashSet<>();

  /** A canary: the value typed, and the part of it that requests are searched for. */
  record Canary(EntityType type, String value, String core) {}

  Canaries() {
    this(new SecureRandom());
  }

  Canaries(Random random) {
    this.random = random;
  }

  /** A fresh canary for a field of {@code type} (null: a field that asks for no personal data). */
  Canary next(EntityType type, String inputType) {
    while (true) {
      Canary c = make(type, inputType);
      if (used.add(c.core().toLowerCase(java.util.Locale.ROOT))) {
        return c;
      }
    }
  }

  private Canary make(EntityType type, String inputType) {
    if (type == null) {
      String w = letters(7);
      return new Canary(null, "Canary " + w, w);
    }
    switch (type) {
      case PHONE_NUMBER:
        {
          String d = "09" + digits(8);
          return new Canary(type, d, d);
        }
      case EMAIL_ADDRESS:
        {
          String w = "canary" + letters(6);
          return new Canary(type, w + "@example.invalid", w);
        }
      case PERSON_NAME:
        {
          String w = capital(letters(7));
          return new Canary(type, "Canary Nguyễn " + w, w);
        }
      case VN_CCCD:
        {
          // Hà Nội (001), a man born in the 1990s: a structure the engine accepts as a CCCD.
          String d = "0010" + "9" + digits(7);
          return new Canary(type, d, d);
        }
      case VN_CMND:
        {
          String d = "0" + digits(8);
          return new Canary(type, d, d);
        }
      case PAYMENT_CARD:
        {
          String d = luhn("4000" + digits(11));
          return new Canary(type, d, d);
        }
      case BANK_ACCOUNT:
      case VN_TAX_CODE:
      case VN_SOCIAL_INSURANCE:
        {
          String d = "8" + digits(9);
          return new Canary(type, d, d);
        }
      case DATE_OF_BIRTH:
        {
          int day = 10 + random.nextInt(18);
          int month = 1 + random.nextInt(9);
          int year = 1970 + random.nextInt(30);
          String iso = String.format("%04d-%02d-%02d", year, month, day);
          String vn = String.format("%02d/%02d/%04d", day, month, year);
          return "date".equals(inputType) ? new Canary(type, iso, iso) : new Canary(type, vn, vn);
        }
      case CREDENTIALS:
        {
          String w = "Cnr" + letters(6);
          return new Canary(type, w + "!" + digits(2), w);
        }
      case ADDRESS:
        {
          String w = capital(letters(7));
          return new Canary(type, "Số " + (1 + random.nextInt(200)) + " ngõ " + w + ", Hà Nội", w);
        }
      default:
        {
          String w = "cnr" + letters(7);
          return new Canary(type, w, w);
        }
    }
  }

  private String digits(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append((char) ('0' + random.nextInt(10)));
    }
    return b.toString();
  }

  private String letters(int n) {
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    return b.toString();
  }

  private static String capital(String w) {
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** {@code body} with its Luhn check digit appended. */
  static String luhn(String body) {
    int sum = 0;
    boolean dbl = true;
    for (int i = body.length() - 1; i >= 0; i--) {
      int d = body.charAt(i) - '0';
      if (dbl) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      dbl = !dbl;
    }
    return body + (char) ('0' + (10 - sum % 10) % 10);
  }
}
