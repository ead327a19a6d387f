package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class ReligionRecognizerTest {
  private final KeywordRecognizer recognizer = KeywordRecognizers.religion();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "Tôn giáo: Phật giáo | Phật giáo",
        "Gia đình anh theo đạo Tin Lành từ nhỏ | đạo Tin Lành",
        "Bà là tín đồ Cao Đài | Cao Đài",
        "Tôn giáo: Không | Không",
        "TÔN GIÁO: CÔNG GIÁO | CÔNG GIÁO",
        "Ton giao: Thien Chua giao | Thien Chua giao",
        "Religion: Catholic | Catholic",
        "Tôn giáo: Phật giáo Hòa Hảo | Phật giáo Hòa Hảo",
        "Tôn giáo: Cao Đài Tây Ninh | Cao Đài Tây Ninh",
        "Religion: Bahá'í | Bahá'í",
        "Anh ấy quy y, là Phật tử từ năm 2010 | Phật tử",
      })
  void findsAPersonsReligion(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.RELIGION, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // a religion named in prose is a topic, not someone's religion
        "Chùa Phật giáo Việt Nam tổ chức lễ Vu Lan",
        "Ông ấy đến thăm nhà thờ Công giáo ở Phát Diệm",
        // "không" counts only as the value of a religion label
        "Ông ấy không đồng ý với đề xuất",
        "Tôn giáo và tín ngưỡng là quyền tự do của công dân",
        // a label on one line does not reach a value on the next
        "Tôn giáo:\nPhật giáo phát triển mạnh ở châu Á",
      })
  void ignoresReligionsThatAreNoOnesView(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.RELIGION, text)).isEmpty();
  }

  @Test
  void scoresALabelledValueAboveAMentionInPersonalContext() {
    Finding labelled = RecognizerTesting.find(recognizer, "Tôn giáo: Phật giáo").get(0);
    Finding context = RecognizerTesting.find(recognizer, "tín đồ nhiệt thành, Phật giáo").get(0);
    assertThat(labelled.score()).isEqualTo(0.9);
    assertThat(labelled.explanation().context()).isEqualTo("Tôn giáo");
    assertThat(context.score()).isLessThan(labelled.score()).isGreaterThanOrEqualTo(0.5);
  }
}
