package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class HealthRecognizerTest {
  private final HealthRecognizer recognizer = new HealthRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Bệnh nhân có tiền sử tiểu đường type 2 | tiểu đường type 2",
        // after a field's label the whole value wins over the terms inside it
        "Chẩn đoán: Tăng huyết áp độ 2 | Tăng huyết áp độ 2",
        "Được chẩn đoán tăng huyết áp độ 2 | tăng huyết áp",
        "benh nhan bi dai thao duong lau nam | dai thao duong",
        "Ông A bị ung thư phổi giai đoạn 3 | ung thư phổi",
        "Chị ấy đang mang thai tháng thứ 5 | đang mang thai",
        "Viêm gan B mạn tính, theo dõi định kỳ | Viêm gan B mạn tính",
        "Kết quả: HIV dương tính | HIV dương tính",
        "Đã hóa trị 4 đợt, sau đó xạ trị | hóa trị;xạ trị",
        "Sảy thai năm 2019 | Sảy thai",
        "sẩy thai lần thứ hai | sẩy thai",
        "Cúm A, sốt cao 39 độ | Cúm A;sốt cao",
        "Nhiễm COVID-19 tháng 3 | Nhiễm COVID-19",
        "Tiểu đường: Có | Tiểu đường",
        "Patient was diagnosed with type 2 diabetes | type 2 diabetes",
        "Mã ICD-10: E11 | E11",
        "Chẩn đoán: C34.1 - ung thư phổi | C34.1 - ung thư phổi",
        "chẩn đoán C34.1 - ung thư phổi | C34.1;ung thư phổi",
        "ICD: I10, E11.9 | I10;E11.9",
        "Bị trầm cảm sau sinh, đang dùng thuốc chống trầm cảm | trầm cảm sau sinh;thuốc chống trầm cảm",
        "BN chạy thận nhân tạo 3 lần/tuần | chạy thận nhân tạo",
        "Tiền sử: ĐTĐ type 2, NMCT cũ | ĐTĐ type 2, NMCT cũ",
        "có tiền sử ĐTĐ type 2, NMCT cũ | ĐTĐ;NMCT",
        // a record in capitals puts a colon after its labels: no heading
        "KẾT QUẢ: HIV DƯƠNG TÍNH | HIV DƯƠNG TÍNH",
        "BỆNH NHÂN NHIỄM HIV | NHIỄM HIV",
        "Bệnh nhân bị thalassemia thể nặng | thalassemia",
        // WHO's emergency codes of chapter U: U07.1 is COVID-19, virus identified
        "Chẩn đoán: COVID-19; mã ICD-10: U07.1. | COVID-19;U07.1",
        // a weak symptom listed beside a disease is a finding of the same record
        "Kết luận: vô sinh, buồn nôn. | vô sinh;buồn nôn",
        "Kết luận: hen phế quản và ngất. | hen phế quản;ngất",
        // nor of a disease in another sentence
        "Kết luận: vô sinh. Buồn nôn khi đọc tin này | vô sinh",
        // how a disease named just before is treated
        "Có: tăng huyết áp, điều trị bằng Losartan. | tăng huyết áp;Losartan",
      })
  void findsDiseasesTreatmentsAndCodes(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, text))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "động kinh" (epilepsy) straddles "hoạt động" and "kinh doanh" (business)
        "GIẤY CHỨNG NHẬN ĐĂNG KÝ HOẠT ĐỘNG KINH DOANH",
        "mở rộng hoạt động kinh doanh",
        // blood type is excluded from health data by Decree 13 Art. 2.4b
        "Nhóm máu: O Rh+",
        // general words are not a condition; "đường" alone is a street
        "Sức khỏe tốt, nhà ở đường Nguyễn Trãi",
        // an ICD-shaped code without a medical context is a product or room code
        "Mã sản phẩm E11 còn trong kho",
        // a version string, not a code
        "ICD tool version E11.2.3",
        // other words that fold like disease names
        "cụm từ khóa bị bỏ sót trong báo cáo",
        "hẹn gặp lại vào thứ hai",
        // weak terms need a medical or personal context
        "Đau đầu vì deadline dự án",
        "The Great Depression of 1929",
        "gut feeling about the market",
        // the abbreviation ĐTĐ counts only with its Đ; "dtd" is a document type
        "File dtd cho XML",
        // a form's question: its answer is the data
        "Quý khách có hành vi nguy cơ lây nhiễm HIV? Không.",
        // a group of a MAC address is no word ("f0" is also a COVID case)
        "Bệnh nhân: multicast join group=33:33:f0:e4:23:b1 iface=eth3",
        // also a MAC's first group, a MAC with dashes, a compressed IPv6 address's last group
        "Bệnh nhân: device registered mac=f0:9d:b6:97:4f:ff",
        "Bệnh nhân: \"mac\": \"F0-7B-F0-67-48-F8\"",
        "Bệnh nhân: \"ip\": \"2402:800:3a60:586f::f0\"",
        // a heading names a room or a service, not anyone's condition
        "PHÒNG TƯ VẤN XÉT NGHIỆM HIV TỰ NGUYỆN",
        "KHOA ĐIỀU TRỊ ĐÁI THÁO ĐƯỜNG",
        // a carrier of a gene: genetic data, not a condition
        "Kết quả xét nghiệm gen: mang gen thalassemia thể ẩn.",
        // a weak term is no list item of another weak term
        "đau đầu, buồn nôn vì deadline",
        // a treatment without a disease before it is general advice
        "Bệnh này có thể điều trị bằng kháng sinh",
        // an acronym in title case is an English word: writing tools
        "Choose Tools - Options - Language Settings - Writing Aids",
      })
  void ignoresTextWithoutHealthData(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, text)).isEmpty();
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Điều trị: truyền máu kết hợp Metformin.\\nNgười bệnh ổn định | truyền máu kết hợp Metformin",
        "Xử trí: nội soi dạ dày; hẹn tái khám | nội soi dạ dày",
        "2. Triệu chứng: hồi hộp, mệt mỏi kéo dài | hồi hộp, mệt mỏi kéo dài",
        "Chẩn đoán: U07.1 | U07.1",
        "Medications: Atorvastatin 20mg | Atorvastatin 20mg",
        // the reason for a visit, in prose
        "Bệnh nhân nam, 34 tuổi, vào viện vì khó nuốt và đau thượng vị. | khó nuốt và đau thượng vị",
      })
  void findsTheValueOfAMedicalField(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, text.replace("\\n", "\n")))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "no field value in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the attending doctor, not the treatment
        "Bác sĩ điều trị: BS.CKI Trần Văn B",
        // the field says there is none
        "Điều trị: không",
        "Tiền sử: chưa ghi nhận",
        // without marks "tien su" is also "tiền sự", a criminal record's field
        "tien su: xu phat hanh chinh",
        // no ':' after the word
        "Chi phí điều trị năm nay tăng",
        // a question about the reason, not one
        "Anh khám vì lý do gì? Dạ em cảm ơn",
      })
  void ignoresWhatIsNoMedicalFieldValue(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, text)).isEmpty();
  }

  @Test
  void aDiseasesCourseBelongsToItAndAListGoesOnAfterIt() {
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.HEALTH,
                "Kết luận: viêm ruột thừa cấp, mệt mỏi kéo dài.\n"
                    + "BN001,Đào Văn Chung,64,viêm xoang mạn,28/02/2026\n"
                    + "bệnh nhân viêm gan mạn tính"))
        .containsExactly(
            "viêm ruột thừa cấp", "mệt mỏi kéo dài", "viêm xoang mạn", "viêm gan mạn tính");
    // "cấp" that goes on into another word is not the course: "cấp cứu" is an emergency
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "bệnh nhân viêm phổi cấp cứu tại khoa"))
        .containsExactly("viêm phổi");
  }

  @Test
  void scoresATermAloneLowerThanATermInAMedicalContext() {
    Finding alone = RecognizerTesting.find(recognizer, "Tiểu đường").get(0);
    Finding unaccented = RecognizerTesting.find(recognizer, "benh nhan tieu duong").get(0);
    Finding inContext = RecognizerTesting.find(recognizer, "Bệnh nhân tiểu đường").get(0);
    assertThat(alone.score()).isBetween(0.55, 0.6);
    assertThat(unaccented.score()).isLessThan(inContext.score()).isGreaterThanOrEqualTo(0.5);
    // Without diacritics and without context, two syllables could be other words.
    assertThat(RecognizerTesting.find(recognizer, "tieu duong")).isEmpty();
    assertThat(RecognizerTesting.find(recognizer, "neu can thi minh goi lai")).isEmpty();
    assertThat(inContext.score()).isGreaterThanOrEqualTo(0.85);
    assertThat(inContext.explanation().context()).isEqualTo("Bệnh nhân");
  }

  @Test
  void reportsAnIcdCodeWithTheContextThatMadeIt() {
    Finding f = RecognizerTesting.find(recognizer, "Mã bệnh: I10").get(0);
    assertThat(f.explanation().pattern()).isEqualTo("ICD-10");
    assertThat(f.explanation().context()).isEqualTo("Mã bệnh");
  }

  @Test
  void bundlesAFewHundredTerms() {
    long terms =
        recognizer.lexicons().stream()
            .filter(l -> l.id().equals("vn.health.terms"))
            .mapToLong(l -> l.phrases().size())
            .sum();
    assertThat(terms).isGreaterThan(300);
    assertThat(Arrays.asList("nhóm máu", "sức khỏe", "đường"))
        .noneMatch(
            w ->
                recognizer.lexicons().stream()
                    .filter(l -> l.id().equals("vn.health.terms"))
                    .anyMatch(l -> l.phrases().contains(w)));
  }

  @Test
  void anIcdCodeWrittenBesideItsDiseaseIsOneWithoutALabel() {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, "E11.9 - Đái tháo đường"))
        .contains("E11.9");
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "{\"code\": \"G40\", \"display\": \"Động kinh\"}"))
        .contains("G40");
    // pretty-printed: the disease is the next member's value, on the next line
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.HEALTH,
                "{\n  \"code\": \"A91\",\n  \"display\": \"Sốt xuất huyết Dengue\"\n}"))
        .contains("A91");
    // the disease may follow other words of the next member's value
    assertThat(
            RecognizerTesting.values(
                recognizer,
                EntityType.HEALTH,
                "{\n  \"code\": \"F32\",\n  \"display\": \"Giai đoạn trầm cảm\"\n}"))
        .contains("F32");
    // a code alone, or with the disease on another line, is a product or room code
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, "Mã sản phẩm E11 còn hàng"))
        .isEmpty();
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "Kệ hàng A12\nTài liệu phòng chống động kinh"))
        .doesNotContain("A12");
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "\"shelf\": \"A12\",\n\n\"note\": \"động kinh\""))
        .doesNotContain("A12");
  }

  @Test
  void aKinWordWithItsPossessorMakesAnUnmarkedTermSomeonesHealth() {
    assertThat(RecognizerTesting.values(recognizer, EntityType.HEALTH, "KH: dong kinh"))
        .isEmpty(); // typed without marks and alone: too often other words
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "KH: vo minh moi phat hien dong kinh roi"))
        .containsExactly("dong kinh");
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "Khách: mẹ tôi đang nội soi dạ dày ở viện"))
        .containsExactly("nội soi dạ dày");
  }

  @Test
  void aCovidCaseInProseIsStillOne() {
    assertThat(
            RecognizerTesting.values(
                recognizer, EntityType.HEALTH, "Bệnh nhân F0 đang cách ly tại nhà"))
        .containsExactly("F0");
  }
}
