package org.pdpguard.eval.corpus;

import java.text.Normalizer;
import java.util.Locale;

/** Spelling variants of Vietnamese text: without diacritics, capitals, lower case. */
final class Spelling {
  private Spelling() {}

  /** {@code Nguyễn Đức} → {@code Nguyen Duc}: what people type without a Vietnamese keyboard. */
  static String ascii(String s) {
    String d = Normalizer.normalize(s, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      b.append(c == 'đ' ? 'd' : c == 'Đ' ? 'D' : c);
    }
    return b.toString();
  }

  static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** The first letter in capitals, the rest unchanged. */
  static String capitalize(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  static String nfc(String s) {
    return Normalizer.isNormalized(s, Normalizer.Form.NFC)
        ? s
        : Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
