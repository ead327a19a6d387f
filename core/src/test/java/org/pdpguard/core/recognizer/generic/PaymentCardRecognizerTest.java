package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PaymentCardRecognizerTest {
  private final PaymentCardRecognizer recognizer = new PaymentCardRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.PAYMENT_CARD, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Số thẻ: 4111 1111 1111 1111 | 4111 1111 1111 1111",
        "card 4111-1111-1111-1111 exp 12/28 | 4111-1111-1111-1111",
        "4111111111111111 | 4111111111111111",
        "Visa 4222222222222 | 4222222222222",
        "Mastercard 5555 5555 5555 4444 | 5555 5555 5555 4444",
        "thẻ tín dụng 2223000048400011 | 2223000048400011",
        "Amex 3782 822463 10005 | 3782 822463 10005",
        "JCB 3530111333300000 | 3530111333300000",
        "UnionPay 6200000000000005 | 6200000000000005",
        "thẻ ATM 9704 3612 3456 7895 | 9704 3612 3456 7895",
        "9704051234567890125 | 9704051234567890125",
        // NAPAS without Luhn is kept when a card word is near (Luhn UNCONFIRMED for NAPAS)
        "Số thẻ ATM Vietcombank: 9704361234567890 | 9704361234567890",
        "thẻ 4111 1111 1111 1111 12/28 | 4111 1111 1111 1111",
      })
  void findsCardNumbers(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // bad Luhn for an international brand
        "Số thẻ: 4111 1111 1111 1112",
        "Mastercard 5555555555554445",
        // a prefix no listed brand uses (Discover is out of scope), and an unknown NAPAS BIN
        "card 6011000990139424",
        "Số thẻ 9704990000000000",
        // NAPAS cards have 16 or 19 digits
        "Số thẻ 97043612345678951",
        // NAPAS without Luhn and without a card word
        "9704361234567890",
        // an order number, an amount, a run glued to more digits
        "Mã đơn hàng 123456789012",
        "Tổng 4.111.111.111.111.111 đồng",
        "id 4111111111111111-7",
        // a CCCD-length number is too short to be a card
        "4111 1111 1111",
        // thirteen digits (a Visa length no longer issued) that pass Luhn, without a card word
        "4940437933495,Mai Bảo Trung,0788772629",
      })
  void rejectsWhatIsNotACard(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void explainsBrandAndLuhnAndContextRaisesTheScore() {
    Finding bare = RecognizerTesting.find(recognizer, "4111111111111111").get(0);
    Finding ctx = RecognizerTesting.find(recognizer, "Số thẻ: 4111111111111111").get(0);
    assertThat(bare.score()).isGreaterThanOrEqualTo(0.6);
    assertThat(ctx.score()).isGreaterThan(bare.score());
    assertThat(ctx.explanation().detail()).isEqualTo("Visa, Luhn ok");
    Finding napas = RecognizerTesting.find(recognizer, "9704361234567895").get(0);
    assertThat(napas.explanation().detail()).isEqualTo("NAPAS 970436 (Vietcombank), Luhn ok");
  }
}
