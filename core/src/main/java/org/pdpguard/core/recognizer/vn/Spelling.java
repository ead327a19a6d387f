package org.pdpguard.core.recognizer.vn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.text.Folding;
import org.pdpguard.core.text.ToneMarks;

/**
 * Whether a lexicon hit, which the engine finds on folded text, is really its phrase: "Tây" folds
 * like the ethnic group "Tày", "cụm" (cluster) like "cúm" (flu). The text must carry the phrase's
 * diacritics (tone-mark placement, case and hyphens aside) or none at all, as much Vietnamese text
 * is typed.
 *
 * <p>Lexicon lines may start with markers, which the engine ignores (they are not token chars):
 * {@code =} the phrase counts only when written with its diacritics ({@code =cúm}); {@code ?} a
 * weak phrase that needs context; {@code @} a phrase that counts only right after a label, like
 * "Không" in "Tôn giáo: Không".
 */
final class Spelling {
  /** Canonical and folded forms of lexicon phrases and fixed words: a bounded set of strings. */
  private static final Map<String, String> CANONICAL = new ConcurrentHashMap<>();

  private static final Map<String, String> FOLDED = new ConcurrentHashMap<>();

  private Spelling() {}

  static boolean exactOnly(String phrase) {
    return hasMarker(phrase, '=');
  }

  static boolean weak(String phrase) {
    return hasMarker(phrase, '?');
  }

  static boolean labelOnly(String phrase) {
    return hasMarker(phrase, '@');
  }

  private static boolean hasMarker(String phrase, char marker) {
    for (int i = 0; i < phrase.length() && "=?@".indexOf(phrase.charAt(i)) >= 0; i++) {
      if (phrase.charAt(i) == marker) {
        return true;
      }
    }
    return false;
  }

  /** The phrase without its markers. */
  static String bare(String phrase) {
    int i = 0;
    while (i < phrase.length() && "=?@".indexOf(phrase.charAt(i)) >= 0) {
      i++;
    }
    return i == 0 ? phrase : phrase.substring(i);
  }

  /**
   * True when the text of hit {@code i} is its phrase: the same with diacritics (tone-mark
   * placement, case, hyphens aside), or written without any diacritics, as much Vietnamese text is,
   * unless the phrase is marked {@code =}. A text with other diacritics is another word ("Tây" is
   * not "Tày", "cụm" is not "cúm").
   */
  static boolean surfaceMatches(Hits hits, int i) {
    String phrase = hits.phrase(i);
    if (!hits.hasDiacritics(i)) {
      return !hits.phraseMarked(i) || !exactOnly(phrase);
    }
    // The markers before a phrase are no letters, which lettersEqual skips: the bare phrase is
    // built only for the rarer comparison of canonical forms.
    TextView v = hits.view();
    int s = hits.start(i);
    int e = hits.end(i);
    // A text with diacritics keeps them in its canonical form: it can only be a phrase that has
    // some ("Hóa" is not the "Hoa" people).
    return lettersEqual(v, s, e, phrase)
        || (hits.phraseMarked(i) && sameWithMarksMoved(v, s, e, bare(phrase)));
  }

  /**
   * True when the letters and digits of the text's {@code [s, e)} and {@code b} are the same, case
   * aside.
   */
  private static boolean lettersEqual(TextView a, int s, int e, String b) {
    int i = s;
    int j = 0;
    int n = b.length();
    while (true) {
      while (i < e && !letterOrDigit(a.charAt(i))) {
        i++;
      }
      while (j < n && !letterOrDigit(b.charAt(j))) {
        j++;
      }
      if (i == e || j == n) {
        return i == e && j == n;
      }
      if (lower(a.charAt(i++)) != lower(b.charAt(j++))) {
        return false;
      }
    }
  }

  /** {@link Character#isLetterOrDigit}, answered in place for ASCII. */
  private static boolean letterOrDigit(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(c);
  }

  /** {@link Character#toLowerCase(char)}, answered in place for ASCII. */
  private static char lower(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  /**
   * True when {@code text[s, e)} is {@code phrase} with its diacritics (case, mark placement
   * aside).
   */
  private static boolean sameWords(TextView v, int s, int e, String phrase) {
    return lettersEqual(v, s, e, phrase) || sameWithMarksMoved(v, s, e, phrase);
  }

  /**
   * True when {@code text[s, e)} is {@code phrase} once their tone marks stand in the canonical
   * place (case aside).
   */
  private static boolean sameWithMarksMoved(TextView v, int s, int e, String phrase) {
    // Only the open syllables oa, oe, uy may place their tone mark on either vowel ("Hòa"/"Hoà").
    if (!v.hasOpenPair(s, e)) {
      return false;
    }
    String canonicalPhrase = CANONICAL.get(phrase);
    if (canonicalPhrase == null) {
      canonicalPhrase = canonical(phrase);
      CANONICAL.putIfAbsent(phrase, canonicalPhrase);
    }
    return canonical(v.text().substring(s, e)).equals(canonicalPhrase);
  }

  /** Folded letters and digits, other runs as one space: what the engine matched on. */
  private static String key(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean gap = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(Folding.fold(c));
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /**
   * Like {@link #surfaceMatches(Hits, int)}, also accepting the other spellings of a phrase that
   * folds alike ("sảy thai" and "sẩy thai"): the engine records one phrase per hit, the last one.
   */
  static boolean surfaceMatches(Hits hits, int i, Map<String, List<String>> alternates) {
    if (surfaceMatches(hits, i)) {
      return true;
    }
    // The hit's text folds as its phrase does: the phrase says whether there are other spellings,
    // before any string is made of the text (most hits that fail have none).
    List<String> spellings = alternates.get(hits.phrase(i));
    return spellings != null && spellings.contains(canonical(hits.surface(i)));
  }

  /**
   * For each phrase of a lexicon that folds like another phrase spelled otherwise ("sảy thai", "sẩy
   * thai"), the canonical spellings of all of them; phrases without such others are left out.
   */
  static Map<String, List<String>> alternates(Lexicon lexicon) {
    Map<String, List<String>> byKey = new HashMap<>();
    Map<String, String> keyOf = new HashMap<>();
    for (String phrase : lexicon.phrases()) {
      String spelling = canonical(bare(phrase));
      String key = key(spelling);
      keyOf.put(phrase, key);
      List<String> list = byKey.computeIfAbsent(key, k -> new ArrayList<>());
      if (!list.contains(spelling)) {
        list.add(spelling);
      }
    }
    Map<String, List<String>> byPhrase = new HashMap<>();
    keyOf.forEach(
        (phrase, key) -> {
          List<String> spellings = byKey.get(key);
          if (spellings.size() >= 2) {
            byPhrase.put(phrase, List.copyOf(spellings));
          }
        });
    return Map.copyOf(byPhrase);
  }

  /** True when hit {@code i} lost the diacritics its phrase has (a slightly weaker match). */
  static boolean unaccented(Hits hits, int i) {
    return !hits.hasDiacritics(i) && hits.phraseMarked(i);
  }

  /** Lower case, tone marks in the canonical place, runs of other chars as one space. */
  private static String canonical(String s) {
    String c = ToneMarks.canonical(s);
    StringBuilder out = new StringBuilder(c.length());
    boolean gap = false;
    for (int i = 0; i < c.length(); i++) {
      char ch = c.charAt(i);
      if (Character.isLetterOrDigit(ch)) {
        if (gap && out.length() > 0) {
          out.append(' ');
        }
        gap = false;
        out.append(ch);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  /** The folded form of a fixed word, remembered (a plain read once it is there). */
  private static String folded(String word) {
    String f = FOLDED.get(word);
    if (f == null) {
      f = Folding.fold(word);
      FOLDED.putIfAbsent(word, f);
    }
    return f;
  }

  /** True when token {@code t} is {@code word} (given with diacritics) or its unaccented form. */
  static boolean wordIs(TextView v, int t, String word) {
    if (t < 0
        || t >= v.tokenCount()
        || v.tokenEnd(t) - v.tokenStart(t) != word.length() // folding keeps the length
        || v.folded()[v.tokenStart(t)] != Folding.fold(word.charAt(0)) // most differ here
        || !v.tokenEquals(t, folded(word))) {
      return false;
    }
    return !v.tokenIs(t, TextView.DIACRITIC) || sameWords(v, v.tokenStart(t), v.tokenEnd(t), word);
  }
}
