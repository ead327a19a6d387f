package org.pdpguard.protect;

import java.util.ArrayList;
import java.util.List;

/**
 * A value with its findings replaced.
 *
 * @param text the new value
 * @param encrypted spans of {@code text} that hold FPE ciphertext, as {@link Hit}s, for the
 *     manifest
 * @param dropped whether the value was dropped to nothing (all that is left is blank): a JSON value
 *     then becomes {@code null}
 */
record Rewrite(String text, List<Hit> encrypted, boolean dropped) {
  /**
   * Replaces {@code hits} (sorted by start; a hit overlapping the one before is left out) in {@code
   * value}, counting each in {@code tally}.
   */
  static Rewrite of(String value, List<Hit> hits, Replacer replacer, Tally tally) {
    if (hits.isEmpty()) {
      return new Rewrite(value, List.of(), false);
    }
    StringBuilder out = new StringBuilder(value.length() + 16);
    List<Hit> encrypted = new ArrayList<>(0);
    boolean allDropped = true;
    int at = 0;
    for (Hit h : hits) {
      if (h.start() < at || h.end() > value.length()) {
        continue;
      }
      out.append(value, at, h.start());
      Replacer.Replacement r = replacer.replace(h.type(), value.substring(h.start(), h.end()));
      tally.add(h.type(), r.how());
      if (r.encrypted()) {
        encrypted.add(new Hit(out.length(), out.length() + r.text().length(), h.type()));
      }
      allDropped &= r.how() == Replacer.How.DROP;
      out.append(r.text());
      at = h.end();
    }
    out.append(value, at, value.length());
    String text = out.toString();
    return new Rewrite(text, encrypted, allDropped && text.isBlank());
  }
}
