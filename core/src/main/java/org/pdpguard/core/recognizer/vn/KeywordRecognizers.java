package org.pdpguard.core.recognizer.vn;

import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Lexicon;

/**
 * The members of the {@link KeywordRecognizer} family: their bundled terms (under {@code
 * org/pdpguard/core/data/vn_terms/} and {@code vn_ethnic_religion/}), labels, context words and
 * scores. The clause each type rests on is Decree 13/2023 Art. 2.3/2.4, kept by Decree 356/2025.
 * Most of its length is short context-word lists, kept here next to the rule they serve.
 */
final class KeywordRecognizers {
  private static final String TERMS = "/org/pdpguard/core/data/vn_terms/";

  private KeywordRecognizers() {}

  /**
   * Religion (2.4a): reported when a label or a religious context makes it a person's religion
   * ("Tôn giáo: Phật giáo", "theo đạo Tin Lành", "là tín đồ Cao Đài"); a bare mention in prose
   * ("chùa Phật giáo") is a topic, not a person's view, and stays under the threshold.
   */
  static KeywordRecognizer religion() {
    return KeywordRecognizer.builder(
            "vn.religion",
            EntityType.RELIGION,
            "/org/pdpguard/core/data/vn_ethnic_religion/religions.txt")
        .labels(
            Lexicon.of(
                "vn.religion.labels",
                "tôn giáo",
                "theo đạo",
                "tín đồ",
                "tín đồ của",
                "là tín đồ",
                "cải đạo",
                "cải đạo sang",
                "religion",
                "religious affiliation",
                "faith"),
            0)
        .context(
            Lexicon.of(
                "vn.religion.context",
                "tín đồ",
                "theo đạo",
                "cải đạo",
                "quy y",
                "rửa tội",
                "giáo dân",
                "con chiên",
                "đi lễ",
                "believer",
                "devout",
                "practising",
                "practicing",
                "converted"))
        .personal(false)
        .copula()
        .scores(0.35, 0.35, 0.75)
        .build();
  }

  /**
   * Criminal record (2.4g): the phrases are specific enough to report alone (0.7). A negated record
   * ("không có tiền án tiền sự") is kept at 0.6: it still states a fact about a person's criminal
   * record, the very field a judicial-record certificate (lý lịch tư pháp) holds. The offence
   * quoted after a term is part of it ({@code phạm tội “Trốn thuế”}).
   */
  static KeywordRecognizer criminalRecord() {
    return KeywordRecognizer.builder(
            "vn.criminal_record", EntityType.CRIMINAL_RECORD, TERMS + "criminal_record.txt")
        .rivals(EntityType.ADDRESS) // a place named as a prison is ("Tứ Giám")
        .context(
            Lexicon.of(
                "vn.criminal_record.context",
                "đối tượng",
                "bị can",
                "bị cáo",
                "phạm nhân",
                "bản án",
                "hình sự",
                "về tội",
                "tòa án",
                "defendant",
                "suspect",
                "offender",
                "court"))
        .exceptions(
            Lexicon.of(
                "vn.criminal_record.not",
                "bị bắt nạt",
                "bị bắt buộc",
                "bị bắt gặp",
                "bị bắt phải",
                "bị bắt làm",
                "bị bắt cóc",
                "bị bắt chước",
                "bị bắt lỗi",
                "bị bắt bài",
                "bị bắt ép",
                // "bị" as the second half of a word: "thiết bị bắt sóng" (a device), "chuẩn bị
                // bắt đầu" (getting ready), "trang bị", "dự bị"
                "thiết bị",
                "chuẩn bị",
                "trang bị",
                "dự bị",
                "hình phạt tù",
                "phật tử"))
        .negated(0.6)
        .skipLabels()
        .qualifier(KeywordRecognizer.Qualifier.QUOTED_NAME)
        .scores(0.7, 0.4, 0.85)
        .build();
  }

  /**
   * Political opinion (2.4a): needs a personal context, a form field ("Ngày vào Đảng: …") or "là"
   * right before ("là đảng viên"); plural and group words ("các đảng viên") make it generic.
   */
  static KeywordRecognizer politicalOpinion() {
    return KeywordRecognizer.builder(
            "vn.political_opinion", EntityType.POLITICAL_OPINION, TERMS + "political_opinion.txt")
        .generic(groupWords("vn.political_opinion.generic"))
        .labels(
            Lexicon.of(
                "vn.political_opinion.labels",
                "thành phần chính trị",
                "đoàn thể",
                "đảng phái",
                "đoàn thể đảng phái",
                "chính trị",
                "political affiliation",
                "party",
                // words that give a stance or a party to a person, right before it on its line:
                // "người có quan điểm cực hữu", "là thành viên Đảng Cộng hòa Mỹ"; not "quan điểm
                // của Đảng Dân chủ" (the party's) nor "Thành viên Đảng Cộng hòa bỏ phiếu" (members
                // in general)
                "có quan điểm",
                "mang quan điểm",
                "có lập trường",
                "có tư tưởng",
                "là thành viên",
                "là hội viên",
                "thành viên tổ chức",
                "is a member of"),
            2)
        .fieldName()
        .copula()
        .scores(0.35, 0.3, 0.8)
        .build();
  }

  /**
   * Genetic data (2.4d): specific test and gene phrases alone; "DNA", "gen" need context. The
   * gene's symbol after a term is part of it ({@code đột biến gen BRCA1}).
   */
  static KeywordRecognizer genetic() {
    return KeywordRecognizer.builder("vn.genetic", EntityType.GENETIC_DATA, TERMS + "genetic.txt")
        .context(
            Lexicon.of(
                "vn.genetic.context",
                "xét nghiệm",
                "kết quả",
                "mẫu",
                "giám định",
                "di truyền",
                "test",
                "result",
                "sample"))
        .exceptions(
            Lexicon.of(
                "vn.genetic.not",
                "gen Z",
                "gen Y",
                "gen X",
                "gen Alpha",
                "hệ gen Z",
                "hệ gen Y",
                "hệ gen X",
                "hệ gen Alpha"))
        .fieldName()
        .valueAfterField()
        .skipQuestions()
        .qualifier(KeywordRecognizer.Qualifier.GENE_SYMBOL)
        .scores(0.6, 0.35, 0.85)
        .build();
  }

  /**
   * Biometric data (2.4đ): needs a personal or biometric context ("mẫu", "template") or a form
   * field; device manuals and policies name fingerprints without holding anyone's.
   */
  static KeywordRecognizer biometric() {
    return KeywordRecognizer.builder(
            "vn.biometric", EntityType.BIOMETRIC_DATA, TERMS + "biometric.txt")
        .context(
            Lexicon.of(
                "vn.biometric.context",
                "mẫu",
                "template",
                "dữ liệu sinh trắc",
                "dữ liệu sinh trắc học",
                "biometric data",
                "hash",
                "ngón tay",
                "ngón cái",
                "ngón trỏ",
                "mắt trái",
                "mắt phải"))
        // A key's or a certificate's fingerprint (OpenPGP, OTR, SSH, TLS), no one's finger.
        .exceptions(
            Lexicon.of(
                "vn.biometric.exceptions",
                "vân tay khóa",
                "vân tay khoá",
                "vân tay của khóa",
                "vân tay của khoá",
                "mã vân tay"))
        .fieldName()
        .valueAfterField(KeywordRecognizers::encodedTemplate)
        .scores(0.6, 0.3, 0.8)
        .build();
  }

  /**
   * A stored template or embedding: one run of at least 16 base64 or hex chars with letters and
   * digits (a status such as "Đã thu thập" is not one).
   */
  static boolean encodedTemplate(String value) {
    String v = value.strip();
    boolean letter = false;
    boolean digit = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letter = true;
      } else if (c != '+' && c != '/' && c != '=' && c != '-' && c != '_') {
        return false;
      }
    }
    return v.length() >= 16 && letter && digit;
  }

  /**
   * Sex life and sexual orientation (2.4e): a term alone is reported (0.55), most texts that say
   * "đồng tính" of someone are about that person; words naming a group or a cause ("cộng đồng
   * LGBT", "quyền của người chuyển giới") make it a topic.
   */
  static KeywordRecognizer sexLife() {
    return KeywordRecognizer.builder("vn.sex_life", EntityType.SEX_LIFE, TERMS + "sex_life.txt")
        .generic(groupWords("vn.sex_life.generic"))
        // Medical and counselling records: the risk a person declared.
        .context(
            Lexicon.of(
                "vn.sex_life.context",
                "hành vi nguy cơ",
                "đường lây",
                "đường lây nhiễm",
                "nguy cơ lây nhiễm",
                "yếu tố nguy cơ",
                "bạn tình",
                "risk behaviour",
                "risk behavior",
                "route of transmission"))
        .copula()
        // Words that start with "gay" but mean harsh, tough or tense, and "gãy" (broken), which
        // reads "gay" typed without marks: "con minh bi gay xuong dui"; words that start with a
        // term's "tính" ("hoàn toàn tính năng này": this feature entirely); words that end or start
        // with a term's syllables ("di chuyển giới hạn": to move a limit).
        .exceptions(
            Lexicon.of(
                "vn.sex_life.exceptions",
                "tính năng",
                "tính toán",
                "tính chất",
                "di chuyển",
                "vận chuyển",
                "luân chuyển",
                "giới hạn",
                "gay gắt",
                "gay go",
                "gay cấn",
                "gãy xương",
                "gãy tay",
                "gãy chân",
                "gãy cổ",
                "gãy răng"))
        .scores(0.55, 0.35, 0.85)
        .build();
  }

  /** Marital status (2.3h): a label or a person near; "độc thân" alone in prose stays low. */
  static KeywordRecognizer maritalStatus() {
    return KeywordRecognizer.builder(
            "vn.marital_status", EntityType.MARITAL_STATUS, TERMS + "marital_status.txt")
        .labels(
            Lexicon.of(
                "vn.marital_status.labels",
                "tình trạng hôn nhân",
                "TTHN",
                "hôn nhân",
                "tình trạng gia đình",
                "marital status",
                "civil status"),
            1)
        .copula()
        .scores(0.35, 0.3, 0.75)
        .build();
  }

  /** Nationality (2.3đ): only a country right after "Quốc tịch"/"Nationality" is a nationality. */
  static KeywordRecognizer nationality() {
    return KeywordRecognizer.builder(
            "vn.nationality", EntityType.NATIONALITY, TERMS + "nationality.txt")
        .labels(
            Lexicon.of(
                "vn.nationality.labels", "quốc tịch", "nationality", "citizenship", "citizen of"),
            1)
        .generic(Lexicon.of("vn.nationality.generic", "luật quốc tịch", "law on nationality"))
        .labelRequired()
        .personal(false)
        .build();
  }

  /** Health terms (2.4b), used by {@link HealthRecognizer} next to ICD-10 codes. */
  static KeywordRecognizer healthTerms() {
    return KeywordRecognizer.builder("vn.health", EntityType.HEALTH, TERMS + "health.txt")
        .context(
            Lexicon.of(
                "vn.health.context",
                "bệnh nhân",
                "người bệnh",
                "BN",
                "chẩn đoán",
                "mắc",
                "mắc bệnh",
                "bị",
                "bị bệnh",
                "tiền sử",
                "tiền căn",
                "điều trị",
                "nhập viện",
                "xuất viện",
                "bệnh án",
                "xét nghiệm",
                "đơn thuốc",
                "toa thuốc",
                "triệu chứng",
                "biến chứng",
                "tái khám",
                "diagnosed",
                "diagnosis",
                "patient",
                "history of",
                "suffers from",
                "suffering from",
                "treated for",
                "prescribed"))
        .fieldName()
        .skipQuestions() // "có hành vi nguy cơ lây nhiễm HIV? Không.": the answer is the data
        .scores(0.6, 0.35, 0.85)
        // Compounds that share a syllable with a term: "hoạt động kinh doanh" holds "động kinh".
        .exceptions(Lexicon.of("vn.health.not", "kinh doanh", "kinh tế", "kinh nghiệm", "kinh phí"))
        // A carrier of a gene ("mang gen thalassemia thể ẩn") is genetic data, not a condition.
        .notAfter(Lexicon.of("vn.health.not-after", "mang gen", "carrier of", "carries the gene"))
        // The course belongs to the disease: "viêm ruột thừa cấp", "mất ngủ kéo dài".
        .qualifier(KeywordRecognizer.Qualifier.COURSE)
        .build();
  }

  /** Words right before a term that make it about a group, a cause or a topic. */
  private static Lexicon groupWords(String id) {
    return Lexicon.of(
        id,
        "các",
        "những",
        "mọi",
        "toàn thể",
        "cộng đồng",
        "phong trào",
        "quyền",
        "quyền của",
        "kỳ thị",
        "chống kỳ thị",
        "tháng tự hào",
        "community",
        "rights",
        "pride",
        "movement");
  }
}
