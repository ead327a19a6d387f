package org.pdpguard.core.recognizer.vn;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class HealthInsuranceRecognizerTest {
  private final HealthInsuranceRecognizer recognizer = new HealthInsuranceRecognizer();

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Mã thẻ BHYT: HS4010123456789 | HS4010123456789",
        // the old card's shape is specific enough alone
        "DN4790123456789 | DN4790123456789",
        "Thẻ bảo hiểm y tế số GD 4 79 7912345678 | GD 4 79 7912345678",
        "Mã thẻ: CH2310123456789 | CH2310123456789",
        // a category code outside the provisional list, with context
        "BHYT ZZ4010123456789 | ZZ4010123456789",
        // the new card is the 10-digit BHXH code, with a BHYT word
        "số thẻ BHYT 7912345678 | 7912345678",
        "bao hiem y te: 0123456789 | 0123456789",
        // a bare "insurance" code of a record (a JSON member "insuranceCode" reads so)
        "insurance code: 7912345678 | 7912345678",
      })
  void findsCardCodes(String text, String expected) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_HEALTH_INSURANCE, text))
        .containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // benefit level 6 does not exist (1-5)
        "BHYT HS6010123456789",
        // province 00
        "BHYT HS4000123456789",
        // cards are printed in capitals
        "BHYT hs4010123456789",
        // an unknown category code without context
        "ZZ4010123456789",
        // ten digits without a BHYT word, under a generic card label, or under a BHXH label
        "7912345678",
        "Mã thẻ: 7912345678",
        "Mã số BHXH 7912345678",
        // pieces of longer codes and sixteen chars
        "SKU-HS4010123456789",
        "HS4010123456789/01",
        "BHYT HS40101234567890",
        // under a product label
        "Mã sản phẩm HS4010123456789",
        // an amount, invoice, date, version, OTP, order number
        "BHYT 1234567890 đồng",
        "BHYT, số hóa đơn 0000123",
        "BHYT ngày 01/02/2023",
        "BHYT app v1.2.3",
        "BHYT mã OTP 123456",
        "BHYT, mã đơn hàng 7912345678",
      })
  void rejectsCodesThatAreNoHealthInsuranceCard(String text) {
    assertThat(RecognizerTesting.values(recognizer, EntityType.VN_HEALTH_INSURANCE, text))
        .isEmpty();
  }

  @Test
  void explainsTheBoxesAndContextRaisesTheScore() {
    Finding bare = RecognizerTesting.find(recognizer, "HS4010123456789").get(0);
    Finding labelled = RecognizerTesting.find(recognizer, "Thẻ BHYT HS4010123456789").get(0);
    assertThat(bare.explanation().detail()).isEqualTo("category HS, benefit 4, province 01");
    assertThat(bare.score()).isBetween(0.6, 0.7);
    assertThat(labelled.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(labelled.explanation().context()).isEqualTo("Thẻ BHYT");
  }
}
