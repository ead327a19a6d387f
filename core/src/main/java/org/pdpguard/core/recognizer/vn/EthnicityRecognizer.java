package org.pdpguard.core.recognizer.vn;

import java.util.List;
import java.util.Set;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Candidate;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;

/**
 * Ethnic or racial origin (Decree 13/2023 Art. 2.4c): the 54 official groups of the General
 * Statistics Office list and their other names, bundled from {@code vn_ethnic_religion}.
 *
 * <p>Many names are ordinary words ("Thái" is also Thailand and a given name, "Hoa" a flower,
 * "Kinh" a capital, "Dao" a knife), so a name counts only in an ethnicity context:
 *
 * <ul>
 *   <li>right after a label on the same line: "Dân tộc: Kinh" 0.9; "dân tộc Tày", "người dân tộc
 *       Mông", "Ethnicity Kinh" 0.8 when the name is capitalised, as names of peoples are in
 *       Vietnamese; the other names ("Mèo", "Miên", "Việt") only here;
 *   <li>further names listed after such a name ("dân tộc Tày, Nùng và Dao") score the same;
 *   <li>"người" right before a capitalised official name ("người Hoa", "người Khmer"): 0.6.
 * </ul>
 *
 * A name that begins a place ("Thái Bình", "Việt Nam", "Hoa Kỳ", "Lào Cai") is not an ethnicity.
 */
final class EthnicityRecognizer implements Recognizer {
  private static final String DATA = "/org/pdpguard/core/data/vn_ethnic_religion/";

  static final Lexicon LABELS =
      Lexicon.of(
          "vn.ethnicity.labels",
          "dân tộc",
          "người dân tộc",
          "dân tộc thiểu số",
          "đồng bào",
          "đồng bào dân tộc",
          "thành phần dân tộc",
          "sắc tộc",
          "chủng tộc",
          "ethnicity",
          "ethnic group",
          "ethnic origin",
          "race");

  static final Lexicon PLACES =
      Lexicon.of(
          "vn.ethnicity.not",
          "Thái Lan",
          "Thái Bình",
          "Thái Nguyên",
          "Thái Hòa",
          "Việt Nam",
          "Việt Bắc",
          "Việt Trì",
          "Hoa Kỳ",
          "Hoa Lư",
          "Lào Cai",
          "Kinh Bắc",
          "Kinh Môn",
          "Mường Tè",
          "Mường Lát",
          "Mường Nhé",
          "Mường Khương",
          "Thổ Nhĩ Kỳ");

  /** Bundled names, loaded on first use. */
  private static final class Data {
    static final Lexicon GROUPS =
        Lexicon.fromResource(
            "vn.ethnicity.groups", EthnicityRecognizer.class, DATA + "ethnic-groups.txt");
    static final Lexicon OTHER_NAMES =
        Lexicon.fromResource(
            "vn.ethnicity.other", EthnicityRecognizer.class, DATA + "ethnic-other-names.txt");
  }

  @Override
  public String id() {
    return "vn.ethnicity";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.ETHNICITY);
  }

  @Override
  public List<Lexicon> lexicons() {
    return List.of(Data.GROUPS, Data.OTHER_NAMES, LABELS, PLACES);
  }

  @Override
  public void recognize(TextView view, Emitter out) {
    scan(view, view.hits(Data.GROUPS), true, out);
    scan(view, view.hits(Data.OTHER_NAMES), false, out);
  }

  private void scan(TextView view, Hits names, boolean official, Emitter out) {
    Hits labels = view.hits(LABELS);
    int chainEnd = -1; // last token of the previous accepted name, for lists
    double chainScore = 0;
    String chainWord = null;
    for (int i = 0; i < names.size(); i++) {
      int first = names.firstToken(i);
      boolean capital = view.tokenIs(first, TextView.UPPER_FIRST);
      int l = Keywords.labelBefore(view, labels, first, 1);
      // Most hits are everyday words ("tay", "hoa", "dao") with neither: none of the rules below
      // takes a lower-case name without a label, so they are left before their spelling is read.
      if ((l < 0 && !capital) || !Spelling.surfaceMatches(names, i) || isPlace(view, names, i)) {
        continue;
      }
      int s = names.start(i);
      int e = names.end(i);
      Candidate c = null;
      String label = null; // the label this name hangs on, which a list after it shares
      if (l >= 0) {
        boolean colon = Keywords.colonIn(view, labels.end(l), s);
        if (colon || capital) {
          label = labels.surface(l);
          c = make(s, e, colon ? 0.9 : 0.8, "label").contextWord(label);
        }
      } else if (chainWord != null && capital && listed(view, chainEnd, first)) {
        label = chainWord;
        c = make(s, e, chainScore, "listed after a label").contextWord(label);
      } else if (official && capital && Spelling.wordIs(view, first - 1, "người")) {
        if (Keywords.sameLine(view, view.tokenEnd(first - 1), s)) {
          c = make(s, e, 0.6, "người + name").contextWord(view.tokenText(first - 1));
        }
      }
      if (c != null) {
        out.emit(c);
        chainScore = c.score();
        chainWord = label;
        chainEnd = names.lastToken(i);
      }
    }
  }

  /** True when token {@code first} follows token {@code prev} in a list: ", " or " và ". */
  private static boolean listed(TextView view, int prev, int first) {
    if (first == prev + 1) {
      String gap = view.gapAfter(prev).strip();
      return gap.equals(",") || gap.equals(";") || gap.equals("/");
    }
    return first == prev + 2
        && (Spelling.wordIs(view, prev + 1, "và") || view.tokenEquals(prev + 1, "and"))
        && Keywords.sameLine(view, view.tokenEnd(prev), view.tokenStart(first));
  }

  private static boolean isPlace(TextView view, Hits names, int i) {
    Hits places = view.hits(PLACES);
    int j = places.firstAtOrAfter(names.firstToken(i));
    return j < places.size()
        && places.firstToken(j) == names.firstToken(i)
        && places.lastToken(j) > names.lastToken(i)
        && Spelling.surfaceMatches(places, j);
  }

  private static Candidate make(int s, int e, double score, String pattern) {
    return Candidate.of(EntityType.ETHNICITY, s, e, score).pattern(pattern);
  }
}
