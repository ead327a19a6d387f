package org.pdpguard.webaudit;

import java.util.List;
import org.pdpguard.core.text.Folding;

/**
 * Text folded for keyword tests: lower case, Vietnamese diacritics removed ({@code đ} → {@code d}),
 * camelCase and snake_case split, every run of other chars one space, padded with a space at each
 * end so that {@code contains(" so dien thoai ")} matches whole words only.
 */
final class Words {
  private Words() {}

  static String fold(String... parts) {
    StringBuilder raw = new StringBuilder();
    for (String p : parts) {
      if (p == null) {
        continue;
      }
      // fullName -> full Name, before lower-casing
      raw.append(' ').append(p.replaceAll("(?<=[a-z])(?=[A-Z])", " "));
    }
    String folded =
        Folding.fold(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC));
    StringBuilder out = new StringBuilder(folded.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out.append(c);
        space = false;
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    if (!space) {
      out.append(' ');
    }
    return out.toString();
  }

  /**
   * The first of {@code phrases} (folded, single-spaced) found as whole words in {@code folded}.
   */
  static String firstOf(String folded, List<String> phrases) {
    for (String p : phrases) {
      if (folded.contains(" " + p + " ")) {
        return p;
      }
    }
    return null;
  }

  static boolean any(String folded, List<String> phrases) {
    return firstOf(folded, phrases) != null;
  }
}
