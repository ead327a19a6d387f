package org.pdpguard.core.recognizer.vn;

import static org.pdpguard.core.recognizer.vn.NameAddressTokens.hitAt;
import static org.pdpguard.core.recognizer.vn.NameAddressTokens.wordOk;

import java.util.List;
import org.pdpguard.core.detect.Hits;
import org.pdpguard.core.detect.Lexicon;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.text.Folding;

/**
 * The words around Vietnamese names: honorifics and form labels that introduce a name, words after
 * which capitalised words are a street or an institution rather than a person, and capitalised
 * pairs that look like names but are places.
 */
final class PersonNameWords {
  private PersonNameWords() {}

  /**
   * Kinship terms used as honorifics before a given or full name ("anh Minh", "bà Nguyễn Thị Hoa"),
   * and English titles. Each is listed once with its diacritics, so that {@code Hits.exact} tells
   * {@code bà} (Mrs) from {@code ba} (three) and {@code chú} from {@code chủ}.
   */
  static final Lexicon HONORIFICS =
      Lexicon.of(
          "vn.person_name.honorifics",
          "ông",
          "bà",
          "anh",
          "chị",
          "cô",
          "chú",
          "bác",
          "em",
          "cháu",
          "cụ",
          "dì",
          "cậu",
          "thím",
          "mợ",
          "bạn",
          "mr",
          "ms",
          "mrs",
          "miss");

  /**
   * Honorifics that are also everyday words ("bạn" is you; "ban", its spelling without marks, a
   * board): a name follows them only when it is a listed name ("Chào bạn Huyền").
   */
  static final java.util.Set<String> WEAK_HONORIFICS = java.util.Set.of("bạn");

  private static final boolean[] WEAK_AT = HONORIFICS.marking(WEAK_HONORIFICS);

  /** True when honorific hit {@code i} is a weak one. */
  static boolean weakHonorific(Hits honorifics, int i) {
    return WEAK_AT[honorifics.phraseIndex(i)];
  }

  private static final boolean[] ENGLISH_AT =
      HONORIFICS.marking(java.util.Set.of("mr", "ms", "mrs", "miss"));

  /** True when honorific hit {@code i} is an English title. */
  static boolean englishTitle(Hits honorifics, int i) {
    return ENGLISH_AT[honorifics.phraseIndex(i)];
  }

  /**
   * Words that hold an honorific's syllable but name no one: "chú ý" (attention, often a
   * capitalised heading: "CHÚ Ý:"), "ghi chú" (a note), "chú thích" (a caption), "chú giải" (a
   * gloss), "công cụ" (a tool: "thanh công cụ Vẽ", the Drawing toolbar), "dụng cụ" (an instrument),
   * "tiếng Anh" (English: "tiếng Anh Mỹ"), "nước Anh" (England).
   */
  static final Lexicon COMPOUNDS =
      Lexicon.onDemand(
          "vn.person_name.compounds",
          List.of(
              "chú ý",
              "ghi chú",
              "chú thích",
              "chú giải",
              "công cụ",
              "dụng cụ",
              "tiếng anh",
              "nước anh"));

  /** By honorific: true for those a word of {@link #COMPOUNDS} holds ("chú", "cụ", "anh"). */
  private static final boolean[] IN_COMPOUNDS =
      HONORIFICS.marking(
          COMPOUNDS.phrases().stream()
              .flatMap(p -> java.util.Arrays.stream(p.split(" ")))
              .collect(java.util.stream.Collectors.toSet()));

  /** True when honorific hit {@code i} is a part of a listed compound ({@link #COMPOUNDS}). */
  static boolean inCompound(TextView v, Hits honorifics, int i) {
    int h = honorifics.firstToken(i);
    if (!IN_COMPOUNDS[honorifics.phraseIndex(i)]) {
      return false;
    }
    Hits hits = v.hits(COMPOUNDS);
    for (int t = Math.max(0, h - 1); t <= h; t++) {
      int c = hits.startingAt(t);
      if (c >= 0 && hits.lastToken(c) >= h && wordOk(v, hits, c)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Common words of two syllables that are not two syllables of anyone's name, though each may be
   * one ("Chế", "Độ", "Hiển", "Thị"), as headings and interface text write them in title case: "Chế
   * Độ Hiển Thị" (display mode), "Kim Đồng Hồ" (a clock's hand), "Hợp Đồng Lao Động", "Các Hồ Sơ
   * Màu". Words that are also given names ("Thống Nhất", "Thông Minh", "Phương") are left out.
   */
  static final Lexicon COMMON_WORDS =
      Lexicon.onDemand(
          "vn.person_name.common_words",
          List.of(
              "chế độ",
              "hiển thị",
              "đồng hồ",
              "độ sáng",
              "ánh sáng",
              "hiệu lực",
              "quản lý",
              "hợp đồng",
              "hồ sơ",
              "hội tụ",
              "đồng nhất",
              "đồng quy",
              "tài nguyên",
              "định dạng"));

  /**
   * True when the words {@code f..u} hold a word of {@link #COMMON_WORDS} spelled with its marks,
   * or start with its second syllable ("Nguyên Thống Nhất" of "Tài Nguyên Thống Nhất"): they are a
   * heading's or a menu's, not a person's name. Text typed without marks is left alone ("Ho So" may
   * be two names' syllables).
   */
  static boolean holdsCommonWord(TextView v, int f, int u) {
    Hits hits = null;
    for (int t = Math.max(0, f - 1); t < u; t++) {
      if (!startsCommonWord(v.tokenHash(t))) {
        continue; // most names hold none: their words are compared by hash, not looked up
      }
      if (hits == null) {
        hits = v.hits(COMMON_WORDS);
      }
      int i = hits.startingAt(t);
      if (i >= 0
          && hits.lastToken(i) >= f
          && hits.lastToken(i) <= u
          && NameAddressTokens.exact(v, hits, i)) { // with its marks: every listed word has some
        return true;
      }
    }
    return false;
  }

  /** The hashes of the folded first words of {@link #COMMON_WORDS}. */
  private static final int[] COMMON_FIRST =
      COMMON_WORDS.phrases().stream()
          .mapToInt(p -> TextView.foldedHash(Folding.fold(p.substring(0, p.indexOf(' ')))))
          .distinct()
          .toArray();

  private static boolean startsCommonWord(int hash) {
    for (int h : COMMON_FIRST) {
      if (h == hash) {
        return true;
      }
    }
    return false;
  }

  /** English titles, which may carry a dot ("Mr. Nguyen Van An"). */
  static final String[] DOTTED_TITLES = {"mr", "ms", "mrs"};

  /** Form labels followed by ":" and a name. */
  static final Lexicon LABELS =
      Lexicon.of(
          "vn.person_name.labels",
          "họ và tên",
          "họ tên",
          "tên",
          "tên khách hàng",
          "tên chủ tài khoản",
          "tên tài khoản",
          "chủ tài khoản",
          "chủ tk",
          "người nhận",
          "người gửi",
          "người thụ hưởng",
          "người liên hệ",
          "người đại diện",
          "bệnh nhân",
          "người bệnh",
          "khách hàng",
          "full name",
          "name",
          "account name",
          "beneficiary",
          "patient name",
          "customer name",
          "chủ thẻ",
          "tên chủ thẻ",
          "card holder",
          "cardholder",
          "holder",
          "holder name",
          "account holder",
          "name on card");

  /**
   * Phrases a name follows without a colon: "tên em là Trần Văn Hải", "tài khoản mang tên NGUYEN
   * VAN AN", "tên người nhận Lê Thị Hiền", "stk … bidv, ten NGUYEN TRINH".
   */
  static final Lexicon INTRODUCERS =
      Lexicon.of(
          "vn.person_name.introducers",
          "tên",
          "tên là",
          "tên tôi là",
          "tên em là",
          "tên e là",
          "tên mình là",
          "tên người nhận",
          "tên người nhận là",
          "người nhận là",
          "mang tên",
          "đứng tên",
          "my name is");

  private static final boolean[] BARE_NAME_WORD = INTRODUCERS.marking(java.util.Set.of("tên"));

  /** True when introducer hit {@code i} is "tên" alone, which is also the everyday word "name". */
  static boolean bareNameWord(Hits introducers, int i) {
    return BARE_NAME_WORD[introducers.phraseIndex(i)];
  }

  /**
   * Words after which capitalised words name a street, a unit, a school, a company or a building:
   * "đường Nguyễn Trãi", "Trường THPT Lê Hồng Phong", "Bệnh viện Bạch Mai".
   */
  static final Lexicon BLOCKERS =
      Lexicon.of(
          "vn.person_name.blockers",
          "đường",
          "phố",
          "phường",
          "quận",
          "huyện",
          "xã",
          "tỉnh",
          "thành phố",
          "tp",
          "thị xã",
          "thị trấn",
          "đặc khu",
          "hẻm",
          "ngõ",
          "ngách",
          "kiệt",
          "đại lộ",
          "thôn",
          "xóm",
          "ấp",
          "bản",
          "khu phố",
          "trường",
          "thpt",
          "thcs",
          "đại học",
          "học viện",
          "bệnh viện",
          "viện",
          "công ty",
          "cty",
          "tnhh",
          "cổ phần",
          "tập đoàn",
          "ngân hàng",
          "chùa",
          "nhà thờ",
          "miếu",
          "cầu",
          "chợ",
          "quảng trường",
          "sân bay",
          "bến xe",
          "ga",
          "công viên",
          "bảo tàng",
          "trung tâm",
          "siêu thị",
          "khách sạn",
          "nhà hàng",
          "cửa hàng",
          "ubnd",
          "giải");

  /**
   * Blockers that fold onto everyday words ({@code chợ}/{@code cho} "for", {@code viện}/{@code
   * viên}, {@code cầu}/{@code câu}): they only count when written with their diacritics, since
   * "chuyen tien cho NGUYEN VAN AN" is a payment to a person.
   */
  static final java.util.Set<String> BLOCKERS_NEEDING_MARKS =
      java.util.Set.of("cho", "cau", "ga", "giai", "vien", "chua", "xa", "pho", "ban");

  /** Capitalised words that look like names but are countries, regions or places. */
  static final Lexicon NOT_NAMES =
      Lexicon.of(
          "vn.person_name.not_names",
          "Việt Nam",
          "Thái Lan",
          "Trung Quốc",
          "Hàn Quốc",
          "Nhật Bản",
          "Hoa Kỳ",
          "Anh Quốc",
          "Đài Loan",
          "Hồng Kông",
          "Ấn Độ",
          "Châu Á",
          "Châu Âu",
          "Châu Phi",
          "Châu Mỹ",
          "Châu Úc",
          "Đông Nam Á",
          "Liên Xô",
          "Bắc Kinh",
          "Thượng Hải",
          "Sài Gòn",
          "Hoàng Sa",
          "Trường Sa",
          "Phú Quốc",
          "Côn Đảo",
          "Hạ Long",
          "Đà Lạt",
          "Nha Trang",
          "Vũng Tàu",
          "Hội An",
          "Sa Pa");

  /**
   * Countries, places and peoples of two words or more whose words are also names ("Ba Lan" is
   * Poland, not Mr Lan; "Nam Phi" South Africa; "Mã Lai" Malay). Matched where a name is read, not
   * on every token: "nam", "ba" and "trung" are everyday words.
   */
  static final Lexicon COUNTRIES =
      Lexicon.onDemand(
          "vn.person_name.countries",
          List.of(
              "Ba Lan",
              "Hà Lan",
              "Hòa Lan",
              "Nam Phi",
              "Trung Phi",
              "Thụy Sĩ",
              "Thụy Điển",
              "Na Uy",
              "Đan Mạch",
              "Hy Lạp",
              "Tây Ban Nha",
              "Bồ Đào Nha",
              "Thổ Nhĩ Kỳ",
              "Ả Rập",
              "Triều Tiên",
              "Mông Cổ",
              "Tân Tây Lan",
              // places and peoples named the same way: Macau, Malay, Jewish
              "Ma Cao",
              "Mã Lai",
              "Do Thái"));

  /**
   * The words that start a state's name ("Liên Bang Nga", "Vương Quốc Hà Lan", "Cộng Hòa Trung
   * Phi"): a capitalised run they start names no person. Only at its start: "NGUYEN CONG HOA" is
   * Nguyễn Công Hòa.
   */
  static final Lexicon STATE_WORDS =
      Lexicon.onDemand(
          "vn.person_name.state_words",
          List.of("Cộng Hòa", "Liên Bang", "Vương Quốc", "Tiểu Vương Quốc", "Hợp Chúng Quốc"));

  /** Words near a name that make a person likely. */
  static final Lexicon CONTEXT =
      Lexicon.of(
          "vn.person_name.context",
          "họ và tên",
          "họ tên",
          "sinh ngày",
          "ngày sinh",
          "sinh năm",
          "năm sinh",
          "cccd",
          "cmnd",
          "căn cước",
          "số điện thoại",
          "điện thoại",
          "sđt",
          "kính gửi",
          "giám đốc",
          "bác sĩ",
          "bệnh nhân",
          "khách hàng",
          "nhân viên",
          "sinh viên",
          "học sinh",
          "vợ",
          "chồng",
          "tên là",
          "ký tên",
          "người đại diện",
          // a court's roles, which a name follows: "Tuyên bố bị cáo Trịnh Thanh phạm tội …"
          "bị cáo",
          "bị can",
          "bị hại",
          "người bị hại",
          "nguyên đơn",
          "bị đơn",
          "đương sự",
          "người làm chứng",
          "dear",
          "name");

  /**
   * True when the capitalised run {@code f..u} names a place rather than a person: a state's word
   * starts it or comes right before it, a listed non-name place spans it, or a province or place of
   * {@code places} is it, starts it or ends it.
   */
  static boolean namesPlace(TextView v, int f, int u, Hits provinces, Hits places) {
    return stateWordAt(v, f, u)
        || coversPlace(v, f, u, places)
        || placeInside(v, f, u, provinces)
        || placeInside(v, f, u, places);
  }

  /**
   * True when a state's word starts the run {@code f..u}, covers its first word or ends right
   * before it: the run is the rest of a state's name ("Cộng Hoà Nhân Dân …" read from "Hoà", "Vương
   * Quốc Anh Thống Nhất" from "Anh").
   */
  private static boolean stateWordAt(TextView v, int f, int u) {
    Hits states = v.hits(STATE_WORDS);
    for (int t = Math.max(0, f - 3); t <= f; t++) {
      int i = states.startingAt(t);
      if (i < 0) {
        continue;
      }
      int last = states.lastToken(i);
      if (last >= f - 1 && last <= u && wordOk(v, states, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a listed non-name place or a listed country spans exactly {@code f..u}, or a country
   * ends with the run and starts before it ("Đào Nha" read from "Bồ Đào Nha"); a country only then,
   * since a longer run that starts with one may be a person's name ("HA LAN ANH" is Hà Lan Anh), as
   * may one that ends with one ("Trần Nam Phi").
   */
  static boolean coversPlace(TextView v, int f, int u, Hits places) {
    return spans(v, places, f, u) || countryEndsAt(v, f, u);
  }

  /**
   * True when a listed country spans {@code f..u}, two listed countries do ("Hoà Lan Nam Phi",
   * Afrikaans), or a country starts up to two words before the run and ends it.
   */
  private static boolean countryEndsAt(TextView v, int f, int u) {
    Hits countries = v.hits(COUNTRIES);
    if (spans(v, countries, f, u)) {
      return true;
    }
    int first = hitAt(countries, f);
    if (first >= 0
        && countries.lastToken(first) < u
        && wordOk(v, countries, first)
        && spans(v, countries, countries.lastToken(first) + 1, u)) {
      return true;
    }
    // A country's words before the run are capitalised and one blank apart.
    for (int t = f - 1; t >= Math.max(0, f - 2); t--) {
      if (!v.tokenIs(t, TextView.UPPER_FIRST) || !NameAddressTokens.spaceAfter(v, t)) {
        return false;
      }
      if (spans(v, countries, t, u)) {
        return true;
      }
    }
    return false;
  }

  /** True when a hit of {@code hits}, spelled as listed, spans exactly {@code f..u}. */
  private static boolean spans(TextView v, Hits hits, int f, int u) {
    int i = hitAt(hits, f);
    return i >= 0 && hits.lastToken(i) == u && wordOk(v, hits, i);
  }

  /**
   * True when a place of {@code hits} is the name {@code f..u}, starts it with two words or more,
   * or ends it.
   */
  static boolean placeInside(TextView v, int f, int u, Hits hits) {
    for (int i = hits.firstAtOrAfter(f); i < hits.size() && hits.firstToken(i) <= u; i++) {
      int a = hits.firstToken(i);
      int b = hits.lastToken(i);
      boolean inside = (a == f && b > f && b <= u) || (b == u && a > f);
      if (inside && (wordOk(v, hits, i) || AdminUnitNames.exact(v, hits, i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a listed province, district or ward name starts at {@code h} and covers {@code t}.
   */
  static boolean placeAt(TextView v, int h, int t) {
    for (Lexicon l : AdminUnitNames.all()) {
      if (AdminUnitNames.at(v, v.hits(l), h) >= t) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code f..u} is a listed district or ward name. */
  static boolean isPlace(TextView v, int f, int u) {
    return AdminUnitNames.at(v, v.hits(AdminUnitNames.districts()), f) == u
        || AdminUnitNames.at(v, v.hits(AdminUnitNames.wards()), f) == u;
  }
}
