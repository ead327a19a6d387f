package org.pdpguard.core.recognizer.vn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.text.Folding;

/**
 * Names of Vietnamese administrative units before and after the 1 July 2025 reform (reference B6):
 * the 63 old and 34 new provinces, the 696 old districts, and the old and new wards and communes,
 * from the bundled {@code vn_admin_units} lists (thanglequoc/vietnamese-provinces-database, MIT;
 * see its SOURCE.md), with the unit type word stripped. Addresses written before the reform keep
 * their old names, so both generations count.
 *
 * <p>The engine matches these lexicons folded; {@link #exact} then checks that a name written with
 * diacritics is spelled as listed (either tone-mark placement, {@code Hòa}/{@code Hoà}).
 */
final class AdminUnitNames {
  /** Common other names of provinces and cities. */
  private static final List<String> PROVINCE_ALIASES =
      List.of(
          "HCM",
          "TPHCM",
          "HCMC",
          "Sài Gòn",
          "Saigon",
          "Ho Chi Minh City",
          "Hanoi",
          "Thừa Thiên Huế",
          "Bà Rịa Vũng Tàu",
          "BR-VT");

  private static final String DATA = "/org/pdpguard/core/data/vn_admin_units/";

  private AdminUnitNames() {}

  /** Loaded on first use. */
  private static final class Holder {
    /** Per lexicon phrase (by identity): the spellings of the names that fold onto it. */
    static final Map<String, Set<String>> FORMS = new IdentityHashMap<>();

    static final Lexicon PROVINCES =
        load(
            "vn.address.provinces",
            false,
            PROVINCE_ALIASES,
            "provinces_pre2025.tsv",
            "provinces_post2025.tsv");
    // Thousands of names, many of them everyday words ("Hòa Bình", "Thành Công"): matched only
    // where an address needs them, not on every token.
    static final Lexicon DISTRICTS =
        load("vn.address.districts", true, List.of(), "districts_pre2025.tsv");
    static final Lexicon WARDS =
        load("vn.address.wards", true, List.of(), "wards_pre2025.tsv", "wards_post2025.tsv");

    private static Lexicon load(String id, boolean onDemand, List<String> extra, String... files) {
      List<String> names = new ArrayList<>(extra);
      for (String file : files) {
        for (String line : Lexicon.readLines(AdminUnitNames.class, DATA + file)) {
          names.add(line.substring(line.lastIndexOf('\t') + 1));
        }
      }
      // One phrase per folded key ("Tân Lập" and "Tấn Lập" share one), with all its spellings.
      Map<String, String> phraseByKey = new LinkedHashMap<>();
      for (String name : names) {
        if (Character.isLetter(name.charAt(0))) { // "Phường 1" is matched as a number
          String form = form(name);
          String phrase = phraseByKey.computeIfAbsent(Folding.fold(form), k -> name);
          FORMS.computeIfAbsent(phrase, k -> new HashSet<>()).add(form);
        }
      }
      return onDemand
          ? Lexicon.onDemand(id, phraseByKey.values())
          : Lexicon.of(id, phraseByKey.values());
    }
  }

  /** Province and centrally-run city names, old and new, with common other names. */
  static Lexicon provinces() {
    return Holder.PROVINCES;
  }

  /** District-level names before 2025 (quận, huyện, thị xã, provincial cities). */
  static Lexicon districts() {
    return Holder.DISTRICTS;
  }

  /** Ward, commune, town and special-zone names, old and new. */
  static Lexicon wards() {
    return Holder.WARDS;
  }

  /** All three lexicons. */
  static List<Lexicon> all() {
    return List.of(provinces(), districts(), wards());
  }

  /** True when hit {@code i} is written without diacritics or spelled like a listed name. */
  static boolean exact(TextView v, Hits hits, int i) {
    if (!NameAddressTokens.marked(v, hits, i)) {
      // typed without marks, or another word among marked ones ("Nguyễn Quang Nam" is no Quảng
      // Nam): a name listed with marks counts only where the text around has none
      return !hits.phraseMarked(i) || !NameAddressTokens.diacriticsNear(v, hits.firstToken(i));
    }
    String phrase = hits.phrase(i);
    int s = hits.start(i);
    if (hits.end(i) - s == phrase.length() && v.regionMatchesIgnoreCase(s, phrase)) {
      return true;
    }
    Set<String> forms = Holder.FORMS.get(phrase);
    return forms != null && forms.contains(form(hits.surface(i)));
  }

  /** The last token of the exactly spelled name of {@code hits} that starts at {@code t}, or -1. */
  static int at(TextView v, Hits hits, int t) {
    int i = NameAddressTokens.hitAt(hits, t);
    return i >= 0 && exact(v, hits, i) ? hits.lastToken(i) : -1;
  }

  /** Lower case, tone marks where the standard puts them, one space between words. */
  private static String form(String name) {
    return Hits.canonical(name).strip();
  }
}
