package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.NameAddressTokens.capitalRun;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.hitAt;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isCaps;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isSingleLetter;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.spaceAfter;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.wordOk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Vietnamese person names (Decree 13 Art. 2.3a): full names in the order family + middle + given
 * (reference B6), in title case, in capitals with or without diacritics ({@code NGUYEN VAN AN}),
 * given names and initials after an honorific ({@code chị Lan}, {@code bà H.T.P}), and names after
 * a form label ({@code Họ và tên:}), and short or Western-order names where a message puts only a
 * name: a chat line's speaker, an e-mail display name, a signature ({@link NameSlots}).
 *
 * <p>A full name is a listed family name followed by one to three listed middle/given syllables,
 * ending where the run of capitalised words ends (a longer run is a heading). About 300 family
 * names cover everyone and 14 cover ~90% (B6), so a common family name with two more syllables
 * scores 0.8. A two-syllable "name" is as often a word in title case ("Đào Tạo", "Lưu Ý", "Phạm
 * Vi"), a place or a street, so it stays below the threshold (0.45) unless context words lift it or
 * an honorific or label introduces it. Capitalised words after a street, unit or institution word
 * are not a person ("đường Nguyễn Trãi", "Trường THPT Lê Hồng Phong"), nor after a house number
 * ("123 Nguyễn Huệ"): the address recognizer takes streets. Lower-case text is only read after a
 * label or an honorific. The family-name counts come from one university forum (provisional shares,
 * B6).
 */
final class PersonNameRecognizer implements Recognizer {
  static final int MAX_NAME = 4;

  @Override
  public String id() {
    return "vn.person_name";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.PERSON_NAME);
  }

  /** A place's name ("Hoàng Mai"), an ethnic group's or a religion's ("Bà La Môn"). */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.ADDRESS, EntityType.ETHNICITY, EntityType.RELIGION);
  }

  @Override
  public List<Lexicon> lexicons() {
    List<Lexicon> all = new ArrayList<>(AdminUnitNames.all());
    all.addAll(
        List.of(
            PersonNameWords.HONORIFICS,
            PersonNameWords.LABELS,
            PersonNameWords.INTRODUCERS,
            PersonNameWords.BLOCKERS,
            PersonNameWords.NOT_NAMES,
            PersonNameWords.CONTEXT,
            PersonNameWords.COMPOUNDS,
            PersonNameWords.COMMON_WORDS,
            PersonNameWords.STATE_WORDS,
            PersonNameWords.COUNTRIES,
            AddressWords.UNITS));
    return all;
  }

  @Override
  public void recognize(TextView v, Emitter out) {
    Hits places = v.hits(PersonNameWords.NOT_NAMES);
    Hits provinces = v.hits(AdminUnitNames.provinces());
    IntroducedNames.labels(v, v.hits(PersonNameWords.LABELS), provinces, places, out);
    IntroducedNames.introducers(v, v.hits(PersonNameWords.INTRODUCERS), provinces, places, out);
    Hits honorifics = v.hits(PersonNameWords.HONORIFICS);
    IntroducedNames.honorifics(v, honorifics, provinces, places, out);
    NameSlots.recognize(v, provinces, places, out);
    capitalRuns(v, honorifics, provinces, places, out);
  }

  /** Capitalised runs whose tail is a family name and listed syllables: "Nguyễn Văn An". */
  private void capitalRuns(TextView v, Hits honorifics, Hits provinces, Hits places, Emitter out) {
    TextView.IntList caps = v.capitalizedTokens();
    Hits blockers = v.hits(PersonNameWords.BLOCKERS);
    Hits units = v.hits(AddressWords.UNITS);
    int done = -1;
    for (int k = 0; k < caps.size(); k++) {
      int t = caps.get(k);
      if (t <= done) {
        continue;
      }
      int u = capitalRun(v, t, Integer.MAX_VALUE);
      done = u;
      if (u < 0 || u - t >= 6) {
        continue; // a heading or a title-case line, not a name
      }
      if (hitAt(honorifics, t) >= 0 && wordOk(v, honorifics, hitAt(honorifics, t))) {
        continue; // "Ông Nguyễn Văn An": read by the honorific rule
      }
      int f = nameStart(v, t, u);
      if (f < 0 || blockedBefore(v, f, blockers)) {
        continue;
      }
      if (PersonNameWords.namesPlace(v, f, u, provinces, places)
          || PersonNameWords.holdsCommonWord(v, f, u)) {
        continue; // "Hà Nam", "Hồ Chí Minh", "Hoàng Anh Gia Lai", "Ha Long Bay"; "Kim Đồng Hồ"
      }
      boolean common = NameSyllables.commonFamily(v, f);
      double score;
      if (u - f >= 2) {
        score = common ? 0.8 : 0.62;
      } else if (PersonNameWords.isPlace(v, f, u) || streetBeforeUnit(v, u, units)) {
        score = 0.3; // "Hoàng Mai" (a district), "Lê Lợi, quận 1" (a street)
      } else {
        score = common ? 0.45 : 0.35; // "Đào Tạo", "Lưu Ý" are words; context may lift it
      }
      out.emit(candidate(v, f, u, score, "full name").context(PersonNameWords.CONTEXT, 0.15));
    }
  }

  /**
   * Where the full name ending at {@code u} starts in the run {@code t..u}, or -1. In title case
   * any word may start it ("Thầy Nguyễn Văn An"); in capitals only words that are no name syllable
   * may come before it ("CTK NGUYEN THI MAI ANH"), so that no name is cut out of a heading.
   */
  private static int nameStart(TextView v, int t, int u) {
    boolean capsRun = isCaps(v, t) && !isSingleLetter(v, t);
    for (int f = Math.max(t, u - MAX_NAME + 1); f < u; f++) {
      if (capsRun && f > t && NameSyllables.isAnyName(v, f - 1)) {
        return -1;
      }
      if (fullNameTo(v, f, u)) {
        return f;
      }
    }
    return -1;
  }

  private static boolean fullNameTo(TextView v, int f, int u) {
    if (isSingleLetter(v, u) && u - f >= 2) {
      return NameSyllables.fullName(v, f, u - 1); // "Nguyễn Văn A"
    }
    return !isSingleLetter(v, f) && NameSyllables.fullName(v, f, u);
  }

  /** A street, unit or institution word, or a house number, right before {@code f}. */
  private static boolean blockedBefore(TextView v, int f, Hits blockers) {
    if (f == 0 || !spaceAfter(v, f - 1)) {
      return false;
    }
    if (AddressWords.isHouseNumberAt(v, f - 1)) {
      return true;
    }
    for (int i = blockers.firstAtOrAfter(Math.max(0, f - 3));
        i < blockers.size() && blockers.firstToken(i) < f;
        i++) {
      if (blockers.lastToken(i) == f - 1 && blockerOk(v, blockers, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean blockerOk(TextView v, Hits blockers, int i) {
    if (PersonNameWords.BLOCKERS_NEEDING_MARKS.contains(v.tokenFolded(blockers.firstToken(i)))) {
      return NameAddressTokens.exact(v, blockers, i) && NameAddressTokens.marked(v, blockers, i);
    }
    return wordOk(v, blockers, i);
  }

  /** "Lê Lợi, quận 1": a comma and an administrative-unit word follow. */
  static boolean streetBeforeUnit(TextView v, int u, Hits units) {
    if (u + 1 >= v.tokenCount() || v.charAt(v.tokenEnd(u)) != ',') {
      return false;
    }
    int i = hitAt(units, u + 1);
    return i >= 0 && AddressWords.isAdminKeyword(units.phrase(i));
  }

  static Candidate candidate(TextView v, int f, int u, double score, String pattern) {
    return Candidate.of(EntityType.PERSON_NAME, v.tokenStart(f), v.tokenEnd(u), score)
        .pattern(pattern);
  }
}
