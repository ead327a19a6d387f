package org.pdpguard.core.recognizer.vn;

import java.util.HashMap;
import java.util.HashSet;
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

  /** Loaded on first use. */
  private static final class Holder {
    static final TokenTable<Integer> FAMILY_COUNT;
    static final TokenTable<Set<String>> FAMILY_FORMS;
    static final TokenTable<Set<String>> NAME_FORMS;

    static {
      Map<String, Integer> familyCount = new HashMap<>();
      Map<String, Set<String>> familyForms = new HashMap<>();
      Map<String, Set<String>> nameForms = new HashMap<>();
      for (String line : Lexicon.readLines(NameSyllables.class, DATA + "family_names.tsv")) {
        String[] f = line.split("\t");
        String key = Folding.fold(f[0]);
        familyCount.merge(key, Integer.parseInt(f[1]), Integer::sum);
        familyForms.computeIfAbsent(key, k -> new HashSet<>()).add(form(f[0]));
      }
      for (String file : new String[] {"middle_names.tsv", "given_names.tsv"}) {
        for (String line : Lexicon.readLines(NameSyllables.class, DATA + file)) {
          String name = line.split("\t")[0];
          nameForms.computeIfAbsent(Folding.fold(name), k -> new HashSet<>()).add(form(name));
        }
      }
      FAMILY_COUNT = new TokenTable<>(familyCount);
      FAMILY_FORMS = new TokenTable<>(familyForms);
      NAME_FORMS = new TokenTable<>(nameForms);
    }
  }

  private static String form(String syllable) {
    return ToneMarks.canonical(syllable.toLowerCase(Locale.ROOT));
  }

  /** The count of family name {@code t} (0 when listed but rare), or -1 when it is none. */
  static int familyCount(TextView v, int t) {
    Integer n = Holder.FAMILY_COUNT.get(v, t);
    if (n == null || !spelled(v, t, Holder.FAMILY_FORMS.get(v, t))) {
      return -1;
    }
    return n;
  }

  /** True when {@code t} is a family name counted often enough to trust alone. */
  static boolean commonFamily(TextView v, int t) {
    return familyCount(v, t) >= COMMON_FAMILY;
  }

  /** True when {@code t} is a listed middle or given name. */
  static boolean isName(TextView v, int t) {
    Set<String> forms = Holder.NAME_FORMS.get(v, t);
    return forms != null && spelled(v, t, forms);
  }

  /** True when {@code t} is any listed name syllable: family, middle or given. */
  static boolean isAnyName(TextView v, int t) {
    return isName(v, t) || familyCount(v, t) >= 0;
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

  private static boolean spelled(TextView v, int t, Set<String> forms) {
    if (!v.tokenIs(t, TextView.DIACRITIC)) {
      return true;
    }
    for (String form : forms) {
      if (sameLetters(v, t, form)) {
        return true; // the usual case, read in place
      }
    }
    if (!ToneMarks.hasOpenPair(v.text(), v.tokenStart(t), v.tokenEnd(t))) {
      return false; // no mark could sit elsewhere: the canonical form is the text's own
    }
    String lower = v.tokenText(t).toLowerCase(Locale.ROOT);
    return forms.contains(lower) || forms.contains(ToneMarks.canonical(lower));
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
