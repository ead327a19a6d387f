package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class CriminalRecordRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.criminalRecord();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Đối tượng có 2 tiền án về tội trộm cắp | tiền án",
        "Nguyễn Văn A đã từng bị kết án 3 năm tù | đã từng bị kết án",
        // the role noun "bị cáo" is context, not the record
        "Bị cáo được hưởng án treo | án treo",
        "Lý lịch tư pháp có án tích | có án tích",
        "Anh ta bị bắt vào tháng 5 năm 2020 | bị bắt",
        "Trần Văn B bị tạm giam 4 tháng | bị tạm giam",
        "Không có tiền án tiền sự | tiền án tiền sự",
        "chưa có tiền án, tiền sự | tiền án;tiền sự",
        "Phạt 12 tháng cải tạo không giam giữ | cải tạo không giam giữ",
        "He was convicted of fraud in 2019 | convicted",
        "Applicant has no criminal record | criminal record",
        "bi khoi to ve toi lua dao | bi khoi to",
        // a weak term with a person near it
        "Bị cáo Trần Văn B bị phạt tù | phạt tù",
        // the offence quoted after the term is part of it
        "Tuyên bố bị cáo Ngô Thị Loan phạm tội “Trốn thuế”. | phạm tội “Trốn thuế”",
        "Bị cáo phạm tội \"Cố ý gây thương tích\" | phạm tội \"Cố ý gây thương tích\"",
      })
  void findsCriminalRecordPhrases(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.CRIMINAL_RECORD, text))
        .containsExactly(expected.split(";"));
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // "bị bắt" followed by a word that makes it bullied, forced, caught seeing, kidnapped
        "Em bé bị bắt nạt ở trường",
        "Người dùng bị bắt buộc phải đổi mật khẩu",
        "Nạn nhân bị bắt cóc đã được giải cứu",
        // "bị" as the second half of a word: a device, getting ready
        "tốc độ của thiết bị bắt sóng",
        "chuẩn bị bắt đầu trận đấu",
        // weak words in a rule, without a person or a case
        "Tạm giam là một biện pháp ngăn chặn",
        "Cơ quan thi hành án dân sự tỉnh",
        "Tiền ăn trưa của nhân viên",
        // the penalty in general, not a person's
        "Xét thấy cần áp dụng hình phạt tù có thời hạn đối với bị cáo Trần Văn B",
        // "phat tu" without marks may be "Phật tử" (a Buddhist): too ambiguous even near a name
        "Vũ Thị Anh: minh la phat tu, chu nhat di chua",
      })
  void ignoresTextWithoutACriminalRecord(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.CRIMINAL_RECORD, text)).isEmpty();
  }

  @Test
  void scoresANegatedRecordLowerButStillReportsIt() {
    Finding positive = RecognizerTesting.find(recognizer, "có tiền án").get(0);
    Finding negated = RecognizerTesting.find(recognizer, "không có tiền án").get(0);
    assertThat(positive.score()).isEqualTo(0.7);
    assertThat(negated.score()).isEqualTo(0.6);
    assertThat(negated.explanation().detail()).contains("negated");
  }
}
