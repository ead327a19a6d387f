package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class BankAccountRecognizerTest {
  private final BankAccountRecognizer recognizer = new BankAccountRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.BANK_ACCOUNT, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "STK: 0071000123456 | 0071000123456",
        "Số tài khoản 19036789012345 tại Techcombank | 19036789012345",
        "Vietcombank - STK 1023 456 789 | 1023 456 789",
        "chuyển tiền vào tài khoản 123456789 giúp mình | 123456789",
        "Account number: 12345678901 | 12345678901",
        "Ngân hàng BIDV, chi nhánh Hà Nội: 21510001234567 | 21510001234567",
        "0123456789 - Agribank | 0123456789",
        "TK 88 123456 | 123456",
        // a phone number used as an account alias is an account after an account label
        "STK MBBank: 0912345678 | 0912345678",
        "Chuyển khoản 500.000đ vào STK 0123456789 | 0123456789",
        // the account, but not the phone number or the amount after it
        "STK 0071000123456, SĐT 0912345678 | 0071000123456",
        "STK 0071000123456, số tiền 1.500.000 | 0071000123456",
        "STK 0071000123456, số tiền 1500000 | 0071000123456",
        "STK 0071000123456, lương 25000000 | 0071000123456",
        "Số tài khoản nhận lương: 0071000654321 tại Vietcombank | 0071000654321",
        "TK lương 19033456789012 | 19033456789012",
        "Vietcombank 0071000123456, nội dung: thanh toán đơn 123456789012 | 0071000123456",
        "STK 0071000123456, mã khách hàng 2345678 | 0071000123456",
      })
  void findsAccountsNearTheirLabel(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // no account word: digits alone say nothing
        "0071000123456",
        "Mã khách hàng 0071000123456",
        // a phone number in a phone context
        "Tài khoản Zalo 0912345678",
        // an amount with a currency
        "Tài khoản nhận 1500000 đ",
        // a one-time code
        "Tài khoản Vietcombank: mã OTP 123456",
        // a salary on a form that names an account
        "Số tài khoản nhận lương:\nLương: 12500000",
        "so tai khoan: Vietcombank\nmuc luong: 25000000",
        // a card number belongs to the card recognizer
        "STK 4111111111111111",
        // too short, too long, a date, a size
        "STK 12345",
        "STK 12345678901234567890",
        "Tài khoản mở ngày 12/05/2021",
        "Bộ nhớ 512000 MB",
        // a label after the number is not the number's label
        "0912345678 là số điện thoại, tài khoản ở đâu?",
      })
  void rejectsWhatIsNotAnAccount(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void strongLabelsScoreHigherThanBankNamesAndAreExplained() {
    Finding label = RecognizerTesting.find(recognizer, "STK: 0071000123456").get(0);
    Finding bank = RecognizerTesting.find(recognizer, "Vietcombank 0071000123456").get(0);
    assertThat(label.score()).isEqualTo(0.9);
    assertThat(label.explanation().context()).isEqualTo("STK");
    assertThat(bank.score()).isLessThan(label.score());
    assertThat(bank.explanation().context()).isEqualTo("Vietcombank");
  }
}
