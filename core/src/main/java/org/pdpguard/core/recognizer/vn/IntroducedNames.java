package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.NameAddressTokens.capitalRun;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isCaps;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isLower;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isSingleLetter;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.isTitle;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.spaceAfter;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.wordOk;

import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Recognizer.Emitter;
import org.pdpguard.core.detect.TextView;

/**
 * Names that a word introduces, for {@link PersonNameRecognizer}: after a form label and a colon
 * ("Họ và tên: Ksor Thị Hoa", any capitalised words, the family name need not be listed), and after
 * an honorific ("chị Lan", "ông Nguyễn Văn An", initials "bà H.T.P"). In lower-case text only a
 * listed full name counts ("bà nguyễn thị hoa"), since "anh minh" may be an adjective.
 */
final class IntroducedNames {
  private IntroducedNames() {}

  /** "Họ và tên: Nguyễn Văn An": any capitalised words, or a lower-case listed name. */
  static void labels(TextView v, Hits labels, Hits provinces, Hits places, Emitter out) {
    int lastValue = -1;
    for (int i = 0; i < labels.size(); i++) {
      int last = labels.lastToken(i);
      int note = afterNote(v, last);
      int t = note + 1;
      if (t == lastValue
          || t >= v.tokenCount()
          || !colonBefore(v, t, note > last)
          || !wordOk(v, labels, i)) {
        continue;
      }
      int u = nameAfterWord(v, t, 5, provinces, places);
      boolean single = u == t && (!NameSyllables.isAnyName(v, t) || lowerAfter(v, t));
      if (u >= 0 && isLower(v, t) && !NameAddressTokens.anyMarked(v, t, u) && !endsClause(v, u)) {
        continue; // "Khach hang: vo minh dang bi viem…": "vợ mình đang", a message, no name
      }
      if (u >= 0 && !single) { // not "Khách hàng: Công ty …"
        double score = u == t ? 0.75 : NameSyllables.familyCount(v, t) >= 0 ? 0.9 : 0.85;
        out.emit(
            PersonNameRecognizer.candidate(v, t, u, score, "label").contextWord(labels.surface(i)));
        lastValue = t;
      }
    }
  }

  /**
   * "tên em là Trần Văn Hải", "mang tên NGUYEN VAN AN": a full name (a family name first) right
   * after a phrase that introduces one, with no colon; a lower-case one typed without marks only
   * where it ends its clause.
   */
  static void introducers(TextView v, Hits phrases, Hits provinces, Hits places, Emitter out) {
    for (int i = 0; i < phrases.size(); i++) {
      int t = phrases.lastToken(i) + 1;
      if (t >= v.tokenCount() || !spaceAfter(v, t - 1) || !wordOk(v, phrases, i)) {
        continue;
      }
      int u = nameAfterWord(v, t, 5, provinces, places);
      if (u <= t || NameSyllables.familyCount(v, t) < 0) {
        continue; // a given name alone after "mang tên" is as often a product's or a place's
      }
      if (isLower(v, t)
          && (PersonNameWords.bareNameWord(phrases, i)
              || (!NameAddressTokens.anyMarked(v, t, u) && !endsClause(v, u)))) {
        continue; // "tên" alone is the word "name": "tên tiêu chuẩn" is a standard name
      }
      if (Keywords.followedByColon(v, v.tokenEnd(u), v.length())
          || PersonNameWords.holdsCommonWord(v, t, u)) {
        continue; // the rest of a field's label: "Tên TRÌNH ĐIỀU KHIỂN : %s"; "Các Hồ Sơ Màu"
      }
      out.emit(
          PersonNameRecognizer.candidate(v, t, u, 0.85, "introduced")
              .contextWord(phrases.surface(i)));
    }
  }

  /** True when token {@code t} is a listed family or given name. */
  private static boolean listedName(TextView v, int t) {
    return NameSyllables.familyCount(v, t) >= 0 || NameSyllables.isName(v, t);
  }

  /** "chị Lan", "ông Nguyễn Văn An", "bà H.T.P", "Mr. Nguyen Van An". */
  static void honorifics(TextView v, Hits hons, Hits provinces, Hits places, Emitter out) {
    for (int i = 0; i < hons.size(); i++) {
      int h = hons.firstToken(i);
      int t = h + 1;
      if (t >= v.tokenCount() || !gapAfterHonorific(v, h)) {
        continue;
      }
      if (PersonNameWords.englishTitle(hons, i)
          && ((isCaps(v, h) && !listedName(v, t))
              || (v.tokenEquals(h, "ms") && !v.tokenIs(h, TextView.UPPER_FIRST)))) {
        continue; // "MS Windows", "MS ADO": Microsoft's; "tính bằng ms. Giá trị": milliseconds
      }
      boolean weak = PersonNameWords.weakHonorific(hons, i);
      if (weak && !v.tokenIs(t, TextView.UPPER_FIRST)) {
        continue; // "bạn có thể": most of them are "you"
      }
      if (v.tokenIs(h, TextView.UPPER_FIRST)
          && h > 0
          && spaceAfter(v, h - 1)
          && (isTitle(v, h - 1) || isCaps(v, h - 1))) {
        continue; // inside a capitalised run: "Lê Anh Tuấn" has a middle name, not "anh"
      }
      double score;
      int u = initials(v, t);
      if (u > t) {
        score = 0.75;
      } else {
        u = nameAfterWord(v, t, PersonNameRecognizer.MAX_NAME, provinces, places);
        if (u < 0) {
          continue;
        } else if (isLower(v, t)) {
          if (!NameAddressTokens.anyMarked(v, t, u) && !endsClause(v, u)) {
            continue;
          }
          score = 0.8; // a lower-case full name: "bà nguyễn thị hoa"
        } else if (hons.phraseMarked(i)
            && !NameAddressTokens.marked(v, hons, i)
            && !listedName(v, t)) {
          continue; // typed without marks before an unlisted word: "Chi Squared" is no chị
        } else if (u == t) {
          score = NameSyllables.isName(v, t) ? 0.75 : 0.6;
        } else {
          score = NameSyllables.familyCount(v, t) >= 0 ? 0.9 : 0.7;
        }
      }
      if (weak
          && (!(NameSyllables.isName(v, t) || NameSyllables.familyCount(v, t) >= 0)
              || PersonNameRecognizer.streetBeforeUnit(v, u, v.hits(AddressWords.UNITS)))) {
        continue; // "ban Giam doc" is a board, "dc ban Hoa Phat, Q. Cam Le" a hamlet (bản)
      }
      // Last, the honorific's spelling and the lists of places: most have no name after them. A
      // place is written with its first word capitalised: a lower-case honorific before a
      // capitalised name is no place's first word ("gui cho bac Nghia nhe", not Bắc Nghĩa).
      boolean placeCase = v.tokenIs(h, TextView.UPPER_FIRST) || !v.tokenIs(t, TextView.UPPER_FIRST);
      if (!wordOk(v, hons, i)
          || (placeCase && PersonNameWords.placeAt(v, h, t))
          || PersonNameWords.coversPlace(v, h, t, places)) {
        continue; // "Bắc Ninh", "Bà Rịa"
      }
      if (PersonNameWords.inCompound(v, hons, i) || PersonNameWords.holdsCommonWord(v, t, u)) {
        continue; // "CHÚ Ý:" (attention), "ghi chú từ …" (a note), "công cụ Vẽ" (a toolbar)
      }
      out.emit(
          PersonNameRecognizer.candidate(v, t, u, score, "honorific").contextWord(hons.surface(i)));
    }
  }

  /**
   * The last token of the name that starts at {@code t} after a label or honorific: a whole run of
   * capitalised words, not followed by a lower-case word ("Công ty …"), not a place; or a
   * lower-case listed full name. -1 when there is none.
   */
  private static int nameAfterWord(TextView v, int t, int max, Hits provinces, Hits places) {
    if (isLower(v, t)) {
      if (NameSyllables.familyCount(v, t) < 0) {
        return -1; // a full name starts with its family name: "anh ấy", "chị ơi" hold none
      }
      int u = t;
      while (u - t + 1 < max && spaceAfter(v, u) && isLower(v, u + 1)) {
        u++;
      }
      for (; u >= t + 2; u--) {
        if (NameSyllables.fullName(v, t, u)) {
          return u;
        }
      }
      return -1;
    }
    int u = capitalRun(v, t, max + 1);
    if (u < 0 || u - t + 1 > max) {
      return -1;
    }
    if (AdminUnitNames.at(v, provinces, t) == u || PersonNameWords.coversPlace(v, t, u, places)) {
      return -1;
    }
    return u;
  }

  /**
   * True when nothing but blanks stands between token {@code u} and the end of its clause (a line
   * break, the text's end or a punctuation mark): a lower-case name typed without marks is told
   * from the words of a sentence that happen to spell one ("vo minh dang bi viem…", "vợ mình đang
   * bị viêm…") only where it stands alone.
   */
  private static boolean endsClause(TextView v, int u) {
    String text = v.text();
    int i = v.tokenEnd(u);
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i >= text.length() || ",.;:!?)\"'\n\r".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean lowerAfter(TextView v, int u) {
    return spaceAfter(v, u) && isLower(v, u + 1);
  }

  /** "H.T.P", "N.V.A": capitals joined by dots; returns the last letter token, or t. */
  private static int initials(TextView v, int t) {
    int u = t;
    while (isSingleLetter(v, u) && v.tokenIs(u, TextView.UPPER_FIRST)) {
      if (u + 1 >= v.tokenCount()
          || v.charAt(v.tokenEnd(u)) != '.'
          || v.tokenStart(u + 1) != v.tokenEnd(u) + 1
          || !isSingleLetter(v, u + 1)
          || !v.tokenIs(u + 1, TextView.UPPER_FIRST)) {
        break;
      }
      u++;
    }
    return u;
  }

  /** The longest note in brackets between a label and its colon, in chars. */
  private static final int MAX_NOTE = 40;

  /**
   * The last token of a note in brackets right after label token {@code last}, on its line ({@code
   * Họ và tên (viết chữ in hoa): LÊ CÚC}, as official forms print it); {@code last} when none.
   */
  private static int afterNote(TextView v, int last) {
    int s = v.tokenEnd(last);
    int open = v.charAt(s) == '(' ? s : v.charAt(s) == ' ' && v.charAt(s + 1) == '(' ? s + 1 : -1;
    if (open < 0) {
      return last;
    }
    for (int i = open + 1; i < open + MAX_NOTE && i < v.length(); i++) {
      char c = v.charAt(i);
      if (c == ')') {
        int note = last;
        while (note + 1 < v.tokenCount() && v.tokenEnd(note + 1) <= i) {
          note++;
        }
        return note;
      } else if (c == '\n' || c == '\r' || c == ':') {
        return last;
      }
    }
    return last;
  }

  /** True when a colon and blanks stand before token {@code t}, after a note's ")" if asked. */
  private static boolean colonBefore(TextView v, int t, boolean afterNote) {
    int s = v.tokenEnd(t - 1);
    int e = v.tokenStart(t);
    if (afterNote) {
      if (v.charAt(s) != ')') {
        return false;
      }
      s++;
    }
    if (e - s > 4) {
      return false;
    }
    boolean colon = false;
    for (int i = s; i < e; i++) {
      char c = v.charAt(i);
      if (c == ':') {
        colon = true;
      } else if (c != ' ' && c != '\t' && c != '\u00a0') {
        return false;
      }
    }
    return colon;
  }

  private static boolean gapAfterHonorific(TextView v, int h) {
    if (spaceAfter(v, h)) {
      return true;
    }
    int s = v.tokenEnd(h);
    return NameAddressTokens.tokenIn(v, h, PersonNameWords.DOTTED_TITLES)
        && v.charAt(s) == '.'
        && v.charAt(s + 1) == ' '
        && v.tokenStart(h + 1) == s + 2;
  }
}
