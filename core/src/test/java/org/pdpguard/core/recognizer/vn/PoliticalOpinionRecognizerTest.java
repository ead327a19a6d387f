package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PoliticalOpinionRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.politicalOpinion();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Thành phần chính trị: đảng viên | đảng viên",
        "Đoàn thể, đảng phái: đoàn viên Đoàn TNCS Hồ Chí Minh | đoàn viên Đoàn TNCS Hồ Chí Minh",
        "Họ tên: Nguyễn Văn A. Đảng viên: Có | Đảng viên",
        "Ngày vào Đảng: 03/02/2010 | Ngày vào Đảng",
        "Anh Hùng là đảng viên từ năm 2005 | đảng viên",
        "Ông B có quan điểm chính trị cực đoan | quan điểm chính trị",
        "Sơ yếu lý lịch: đảng viên dự bị | đảng viên dự bị",
        "She said her political views were private | political views",
        // a stance or a party that words give to a person right before it
        "Bị cáo Trần Văn B, người có quan điểm cực hữu, đã đăng bài | cực hữu",
        "Bị cáo C là thành viên tổ chức Việt Tân | Việt Tân",
        "Đoàn thể: đối tượng cảm tình Đảng | đối tượng cảm tình Đảng",
        "Đoàn thể: thành viên tổ chức Việt Tân | Việt Tân",
        "Bị cáo D, người có quan điểm ủng hộ đa nguyên đa đảng, đã đăng bài | "
            + "ủng hộ đa nguyên đa đảng",
      })
  void findsAPersonsPoliticalAffiliation(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.POLITICAL_OPINION, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // party members as a group
        "Các đảng viên cần gương mẫu trong công tác",
        "Tăng cường công tác phát triển đảng viên mới",
        // a policy about the data, "tôi" of "chúng tôi" is the company
        "Chúng tôi không thu thập quan điểm chính trị",
        "Đại hội Đảng toàn quốc lần thứ XIV",
        // a party in the news: its own views, its members in general
        "Đảng Cộng hòa Mỹ thắng cử tại Thượng viện.",
        "Theo quan điểm của Đảng Dân chủ, thuế phải giảm.",
        "Thành viên Đảng Cộng hòa bỏ phiếu chống dự luật.",
        "Nhiều nhóm cực hữu tuần hành ở châu Âu.",
      })
  void ignoresPoliticsThatIsNoOnesView(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.POLITICAL_OPINION, text)).isEmpty();
  }

  @Test
  void explainsTheFormFieldAsItsContext() {
    assertThat(RecognizerTesting.find(recognizer, "Đảng viên: Có").get(0).explanation().context())
        .isEqualTo(":");
  }
}
