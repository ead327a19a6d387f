package org.pdpguard.core.recognizer.vn;

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
 * Vietnamese addresses (Decree 13 Art. 2.3d): a street part ({@code số 12 ngõ 34 phố Huế}, {@code
 * 123 Nguyễn Huệ}, {@code kiệt 20 Hùng Vương}) and/or administrative units, old or new ({@code
 * phường Bến Nghé, quận 1, TP.HCM}; {@code phường Hoàn Kiếm, Hà Nội} after the 2025 reform), as ONE
 * span from the first part to the last (see {@link AddressChain}).
 *
 * <p>Scores follow how much of an address is there: a street part with a unit 0.9; two units 0.85;
 * a numbered street 0.75; a ward or district with its word 0.6; a province with its word 0.45 and a
 * bare province 0.35, since "Hà Nội hôm nay mưa" is no one's address. Address context ("địa chỉ",
 * "quê quán", "nơi sinh", "thường trú") adds 0.3, and 0.5 to a bare province, so "quê quán: Nghệ
 * An" is found.
 */
final class AddressRecognizer implements Recognizer {
  static final Lexicon CONTEXT =
      Lexicon.of(
          "vn.address.context",
          "địa chỉ",
          "đ/c",
          "đc",
          "thường trú",
          "tạm trú",
          "hộ khẩu",
          "quê quán",
          "quê",
          "nguyên quán",
          "nơi sinh",
          "nơi đăng ký khai sinh",
          "nơi khai sinh",
          "nơi ở",
          "chỗ ở",
          "cư trú",
          "trú tại",
          "nơi cư trú",
          "sinh tại",
          "sinh ngày",
          "sinh năm",
          "sống tại",
          "sống ở",
          "quê ở",
          "ở tại",
          "giao hàng",
          "giao đến",
          "nhận hàng",
          "address",
          "home address",
          "hometown",
          "place of birth",
          "residence",
          "lives in",
          "dia chi");

  @Override
  public String id() {
    return "vn.address";
  }

  @Override
  public Set<EntityType> types() {
    return Set.of(EntityType.ADDRESS);
  }

  /** A person's name or initials ({@code P.V.T}) or a plate's number ({@code 12-P2}). */
  @Override
  public Set<EntityType> rivals() {
    return Set.of(EntityType.VN_LICENSE_PLATE, EntityType.PERSON_NAME);
  }

  @Override
  public List<Lexicon> lexicons() {
    List<Lexicon> all = new ArrayList<>(AdminUnitNames.all());
    all.add(AddressWords.UNITS);
    all.add(CONTEXT);
    return all;
  }

  @Override
  public void recognize(TextView v, Emitter out) {
    Hits units = v.hits(AddressWords.UNITS);
    Hits provinces = v.hits(AdminUnitNames.provinces());
    Hits districts = v.hits(AdminUnitNames.districts());
    Hits wards = v.hits(AdminUnitNames.wards());
    TextView.IntList numbers = v.numericTokens();
    TextView.IntList capitals = v.capitalizedTokens();
    int ui = 0;
    int ni = 0;
    int pi = 0;
    int xi = 0;
    int covered = -1;
    AddressChain chain = AddressChain.reader(v, units, provinces, districts, wards);
    while (true) {
      // The next token where an address may start: a unit word, a number, a province name or X.
      int tu = ui < units.size() ? units.firstToken(ui) : Integer.MAX_VALUE;
      int tn = ni < numbers.size() ? numbers.get(ni) : Integer.MAX_VALUE;
      int tp = pi < provinces.size() ? provinces.firstToken(pi) : Integer.MAX_VALUE;
      while (xi < capitals.size() && !AddressWords.wardAbbreviationAtStart(v, capitals.get(xi))) {
        xi++;
      }
      int tx = xi < capitals.size() ? capitals.get(xi) : Integer.MAX_VALUE;
      int t = Math.min(Math.min(tu, tx), Math.min(tn, tp));
      if (t == Integer.MAX_VALUE) {
        return;
      }
      int unit = tu == t ? ui : -1;
      ui += tu == t ? 1 : 0;
      ni += tn == t ? 1 : 0;
      pi += tp == t ? 1 : 0;
      xi += tx == t ? 1 : 0;
      if (t <= covered
          || (tn == t && tu != t && tp != t && !mayStartHouse(v, t, tu))
          || (unit >= 0 && tp != t && !unitMayHaveValue(v, units, unit))) {
        continue;
      }
      AddressChain c = chain.parse(t);
      if (c == null) {
        continue;
      }
      covered = c.last;
      double score = score(c);
      if (score > 0) {
        double boost = c.bareProvince && c.parts == 1 ? 0.5 : 0.3;
        out.emit(
            Candidate.of(EntityType.ADDRESS, v.tokenStart(c.first), v.tokenEnd(c.last), score)
                .pattern(pattern(c))
                .context(CONTEXT, boost));
      }
    }
  }

  /**
   * False for a unit word whose value cannot follow, checked before the chain is reset and read
   * (most "phòng" and "tòa" of a text are no address): an abbreviation needs its dot ("P.", "Q."),
   * a room or building word a number.
   */
  private static boolean unitMayHaveValue(TextView v, Hits units, int i) {
    int last = units.lastToken(i);
    int first = units.firstToken(i);
    if (first == last
        && first > 0
        && AddressWords.HAMLETS.contains(units.phrase(i))
        && (v.tokenEquals(first - 1, "phien") || v.tokenEquals(first - 1, "van"))) {
      return false; // "phiên bản 3" (version 3), "văn bản 12" (a document), not a hamlet (bản)
    }
    if (AddressWords.needsDot(units, i)) {
      return v.charAt(v.tokenEnd(last)) == '.';
    }
    if (AddressWords.needsNumber(units, i)) {
      int val = last + 1 < v.tokenCount() && v.tokenEquals(last + 1, "so") ? last + 2 : last + 1;
      return val < v.tokenCount() && v.tokenIs(val, TextView.HAS_DIGIT); // "phòng (số) 302"
    }
    return true;
  }

  /**
   * False for a number with neither a unit word nor a province at it that cannot start an address
   * as a house number (digits only, and neither a blank or a comma and a blank, then a capitalised
   * word or a unit word, nor a "/" after it: a date, an amount, a time), as {@link
   * AddressChain#parse} would find, checked before the chain is reset and read: most numbers of a
   * text are such. Nor does a number after "%". {@code nextUnit}: the first token of the next
   * unit-word hit after {@code t}.
   */
  private static boolean mayStartHouse(TextView v, int t, int nextUnit) {
    if (v.charAt(v.tokenStart(t) - 1) == '%') {
      return false; // a format's field ("%08lx") or a percentage
    }
    if (!v.tokenIs(t, TextView.DIGITS_ONLY)) {
      return true; // "P7", "KP3", "12A": read by the chain
    }
    char after = v.charAt(v.tokenEnd(t));
    if (after == '/') {
      return true;
    }
    boolean comma = after == ',' && v.charAt(v.tokenEnd(t) + 1) == ' '; // "143, Nam Kỳ Khởi Nghĩa"
    if (after != ' ' && after != '\u00a0' && !comma) {
      return false;
    }
    return t + 1 < v.tokenCount()
        && (v.tokenIs(t + 1, TextView.UPPER_FIRST) || nextUnit == t + 1) // "76, ngõ 463"
        && !groupOfLongNumber(v, t); // "… 1093 2840 814 P2", the end of an IBAN or a card's number
  }

  /**
   * True when the digits of token {@code t} follow two groups of digits, each joined to the next by
   * one blank: a group of a long number written in groups (an IBAN, a card, an account).
   */
  private static boolean groupOfLongNumber(TextView v, int t) {
    if (t < 2) {
      return false;
    }
    for (int k = t - 2; k < t; k++) {
      int e = v.tokenEnd(k);
      if (!v.tokenIs(k, TextView.DIGITS_ONLY)
          || v.tokenStart(k + 1) != e + 1
          || v.charAt(e) != ' ') {
        return false;
      }
    }
    return true;
  }

  /** The base score of an address by its parts; 0 when it is no address ("số 12" alone). */
  static double score(AddressChain c) {
    boolean streetPart = c.house || c.lane || c.street || c.small;
    if (streetPart && c.admins > 0) {
      return c.numbered || c.streetByKeyword || c.streetKnown ? 0.9 : 0.8;
    }
    if (c.admins >= 2) {
      return 0.85;
    }
    if (c.admins == 1) {
      return c.bestAdmin;
    }
    if (c.bareNumber) {
      if (!c.street) {
        return c.parts > 1 ? 0.55 : 0; // "12 ngõ 34"
      }
      return c.wordBeforeNumber ? 0.35 : c.streetKnown ? 0.55 : 0.4;
    }
    if (c.numbered && (c.streetByKeyword || c.streetKnown)) {
      return 0.75;
    }
    if (c.numbered && c.streetAfterLane) {
      return 0.6;
    }
    if (c.numbered && c.parts > 1) {
      return 0.55; // "số 12 ngõ 34", "ngõ 34 ngách 5"
    }
    if (c.house && c.parts == 1 && !c.street) {
      return 0; // "số 12": a number of anything
    }
    return 0.45; // "đường Lê Lợi", "ngõ 34": a street, no one's address yet
  }

  private static String pattern(AddressChain c) {
    boolean streetPart = c.house || c.lane || c.street || c.small;
    if (streetPart && c.admins > 0) {
      return "street and units";
    }
    if (streetPart) {
      return "street";
    }
    return c.bareProvince && c.parts == 1 ? "province name" : "administrative units";
  }
}
