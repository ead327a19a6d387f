package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PrisonSentenceRecognizerTest {
  private final PrisonSentenceRecognizer recognizer = new PrisonSentenceRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Xử phạt bị cáo Trần Văn B 05 năm 07 tháng tù. | 05 năm 07 tháng tù",
        "bị Tòa án xử phạt 03 năm tù về tội “Tổ chức đánh bạc”; tiền sự: không"
            + " | 03 năm tù về tội “Tổ chức đánh bạc”",
        "đã từng bị xử phạt 18 tháng tù về tội Cướp giật tài sản, đã được xóa án tích"
            + " | 18 tháng tù về tội Cướp giật tài sản",
        "Tiền án: ngày 04/01/2022 bị Tòa án nhân dân xử phạt 9 tháng tù; tiền sự: không"
            + " | ngày 04/01/2022 bị Tòa án nhân dân xử phạt 9 tháng tù",
        "tien su: bi xu phat hanh chinh ve hanh vi danh bac | bi xu phat hanh chinh ve hanh vi danh bac",
        // a record word and the offence after it, with or without marks
        "ong ay co tien an ve toi gay roi trat tu cong cong | tien an ve toi gay roi trat tu cong cong",
        "Hồi trước nó đi tù vì tội trộm cắp tài sản. | đi tù vì tội trộm cắp tài sản",
        "Anh ta bị kết án về tội “Nhận hối lộ” năm 2019 | bị kết án về tội “Nhận hối lộ”",
      })
  void findsPrisonTermsAndRecordFieldValues(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.CRIMINAL_RECORD, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // the field says there is no record
        "Tiền án: không; tiền sự: không",
        "Tiền án: chưa có",
        // medical history, not a criminal record: "Tiền sử" is not "Tiền sự"
        "Tiền sử: tăng huyết áp 10 năm",
        // a duration that is no prison term
        "Bảo hành 2 năm, tuổi thọ 10 năm",
        "Thời hạn hợp đồng 12 tháng",
        // a label with nothing after it
        "Tiền án:",
        // 3 digits is no prison term in years
        "mã 123 năm tù",
        // "về tôi" (about me) typed without marks, no offence after it
        "ong ay co tien an ve toi roi",
        // the offence on the next clause is not this record's
        "có tiền án. Về tội phạm công nghệ cao thì",
      })
  void ignoresTextWithoutARecord(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.CRIMINAL_RECORD, text)).isEmpty();
  }
}
