package org.pdpguard.core.recognizer.vn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.detect.TokenTable;
import org.pdpguard.core.text.Folding;
import org.pdpguard.core.text.ToneMarks;

/**
 * Vietnamese family names and middle/given-name syllables, from the bundled {@code vn_names} lists
 * (derived from duyet/vietnamese-namedb, MIT; see its SOURCE.md), looked up by folded syllable.
 *
 * <p>A family name carries its count among 8,757 people of one university forum (2016); names
 * counted at least {@value #COMMON_FAMILY} times are "common" (they include the reference's top 14,
 * B6, which cover about 90% of people). A token written with diacritics must match a listed
 * spelling (tone-mark placement aside: {@code Hoà}/{@code Hòa}); one written without matches
 * folded, since names are often typed without marks ({@code NGUYEN VAN AN}).
 */
final class NameSyllables {
  static final int COMMON_FAMILY = 10;

  private static final String DATA = "/org/pdpguard/core/data/vn_names/";

  private NameSyllables() {}

  /**
   * What the lists say of one folded syllable: its count as a family name (-1: none) and the
   * spellings it has as a family name and as a middle or given name (empty: none), as arrays that a
   * lookup reads without an iterator.
   */
  private record Syllable(int familyCount, String[] familyForms, String[] nameForms) {}

  private static final String[] NONE = new String[0];

  /** Loaded on first use. */
  private static final class Holder {
    static final TokenTable<Syllable> SYLLABLES;

    static {
      Map<String, Integer> familyCount = new HashMap<>();
      Map<String, Set<String>> familyForms = new HashMap<>();
      Map<String, Set<String>> nameForms = new HashMap<>();
      for (String line : Lexicon.readLines(NameSyllables.class, DATA + "family_names.tsv")) {
        String[] f = line.split("\t");
        String key = Folding.fold(f[0]);
        familyCount.merge(key, Integer.parseInt(f[1]), Integer::sum);
        familyForms.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(form(f[0]));
      }
      for (String file : new String[] {"middle_names.tsv", "given_names.tsv"}) {
        for (String line : Lexicon.readLines(NameSyllables.class, DATA + file)) {
          String name = line.split("\t")[0];
          nameForms.computeIfAbsent(Folding.fold(name), k -> new LinkedHashSet<>()).add(form(name));
        }
      }
      Map<String, Syllable> all = new HashMap<>();
      Set<String> keys = new HashSet<>(familyCount.keySet());
      keys.addAll(nameForms.keySet());
      for (String key : keys) {
        all.put(
            key,
            new Syllable(
                familyCount.getOrDefault(key, -1),
                familyForms.getOrDefault(key, Set.of()).toArray(NONE),
                nameForms.getOrDefault(key, Set.of()).toArray(NONE)));
      }
      SYLLABLES = new TokenTable<>(all);
    }
  }

  private static String form(String syllable) {
    return ToneMarks.canonical(syllable.toLowerCase(Locale.ROOT));
  }

  /** The count of family name {@code t} (0 when listed but rare), or -1 when it is none. */
  static int familyCount(TextView v, int t) {
    Syllable s = Holder.SYLLABLES.get(v, t);
    return s == null ? -1 : familyCount(v, t, s);
  }

  private static int familyCount(TextView v, int t, Syllable s) {
    return s.familyCount() >= 0 && spelled(v, t, s.familyForms()) ? s.familyCount() : -1;
  }

  /** True when {@code t} is a family name counted often enough to trust alone. */
  static boolean commonFamily(TextView v, int t) {
    return familyCount(v, t) >= COMMON_FAMILY;
  }

  /** True when {@code t} is a listed middle or given name. */
  static boolean isName(TextView v, int t) {
    Syllable s = Holder.SYLLABLES.get(v, t);
    return s != null && isName(v, t, s);
  }

  private static boolean isName(TextView v, int t, Syllable s) {
    return s.nameForms().length > 0 && spelled(v, t, s.nameForms());
  }

  /** True when {@code t} is any listed name syllable: family, middle or given. */
  static boolean isAnyName(TextView v, int t) {
    Syllable s = Holder.SYLLABLES.get(v, t);
    return s != null && (isName(v, t, s) || familyCount(v, t, s) >= 0);
  }

  /** True when tokens {@code first..last} are a family name and listed name syllables. */
  static boolean fullName(TextView v, int first, int last) {
    if (last <= first || familyCount(v, first) < 0) {
      return false;
    }
    for (int t = first + 1; t <= last; t++) {
      if (!isName(v, t)) {
        return false;
      }
    }
    return true;
  }

  private static boolean spelled(TextView v, int t, String[] forms) {
    if (!v.tokenIs(t, TextView.DIACRITIC)) {
      return true;
    }
    for (String form : forms) {
      if (sameLetters(v, t, form)) {
        return true; // the usual case, read in place
      }
    }
    if (!v.hasOpenPair(v.tokenStart(t), v.tokenEnd(t))) {
      return false; // no mark could sit elsewhere: the canonical form is the text's own
    }
    String lower = v.tokenText(t).toLowerCase(Locale.ROOT);
    String canonical = ToneMarks.canonical(lower);
    for (String form : forms) {
      if (form.equals(lower) || form.equals(canonical)) {
        return true;
      }
    }
    return false;
  }

  /** True when token {@code t} is {@code form} (lower case), case aside. */
  private static boolean sameLetters(TextView v, int t, String form) {
    int s = v.tokenStart(t);
    if (v.tokenEnd(t) - s != form.length()) {
      return false;
    }
    for (int i = 0; i < form.length(); i++) {
      if (Character.toLowerCase(v.charAt(s + i)) != form.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
