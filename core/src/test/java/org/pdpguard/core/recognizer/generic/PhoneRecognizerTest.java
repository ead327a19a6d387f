package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class PhoneRecognizerTest {
  private final PhoneRecognizer recognizer = new PhoneRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.PHONE_NUMBER, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SĐT: 0912345678 | 0912345678",
        "Liên hệ 0912 345 678 để được tư vấn | 0912 345 678",
        "ĐT 091.234.5678 | 091.234.5678",
        "Tel: 091-234-5678 | 091-234-5678",
        "phone +84 912 345 678 | +84 912 345 678",
        "Zalo (+84) 912345678 | (+84) 912345678",
        "84912345678 | 84912345678",
        "0387654321 | 0387654321",
        "gọi 0523456789 | 0523456789",
        "mobile: +84 0912 345 678 | +84 0912 345 678",
        "Hotline: (024) 3825 1234 | (024) 3825 1234",
        "Điện thoại 028 3822 1234 | 028 3822 1234",
        "Tel: 0236 3822 123 | 0236 3822 123",
        "số điện thoại 02513822123 | 02513822123",
        "Tel +84 24 3825 1234 | +84 24 3825 1234",
        "Phone: +1 415 555 2671 | +1 415 555 2671",
        "2021-09-12 0912345678 | 0912345678",
        "STT 1 0912345678 | 0912345678",
        // "tài khoản" alone also names a Zalo account, which is a phone number
        "Tài khoản Zalo: 0967276815 | 0967276815",
      })
  void findsPhoneNumbers(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an amount whose digits start like +84 and a carrier prefix
        "Lợi nhuận gộp: 84.891.000.000 đồng (37%)",
        // 01x is no mobile prefix since the 2018-2019 conversion
        "SĐT: 0112345678",
        // 02 starts a landline, which has 11 digits
        "SĐT 0212345678",
        // 095 was S-Fone and is not in the current plan
        "SĐT 0951234567",
        // 9 and 11 digits
        "SĐT 091234567",
        "SĐT 09123456789",
        // a 12-digit order number and a longer run that merely starts like a phone
        "Mã đơn hàng 091234567890",
        "ref 0912345678901",
        // an amount, a date, a number glued to more digits
        "Tổng tiền 1.234.567.890 đồng",
        "ngày 09/12/2021",
        "Điện thoại 0912345678.123",
        "x=1,0912345678",
        // one grouped number too long to be a phone
        "SĐT 0912 345 678 901",
        // a service number, not a subscriber
        "Hotline 1900 1234",
        // area code 200 does not exist
        "Tel 02001234567",
        // +84 must be a valid Vietnamese number
        "Tel +84 112 345 678",
        // an international number without a phone word
        "Tổng +1 415 555 2671",
        // a bare landline without context scores below the threshold
        "02513822123",
        // an account number under its label, though it reads as a mobile number
        "Số tài khoản: 0967276815 - MB",
        "STK 0967276815",
        // another identifier's label: a tax code or an insurance code of ten digits
        "Mã số thuế: 0312345678",
        "\"insurance code\": \"0523870723\"",
        // a decimal fraction; a date and the hour of its time (LibreOffice's help)
        "SKEWP(2;3;1;6;8;5) returns 0.2329985562",
        "-0.2107642836",
        "MsgBox cDate(1000.25) ' 09.26.1902 06:00:00, gọi",
      })
  void rejectsWhatIsNotAPhoneNumber(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void findsEachNumberOfAListSeparatedBySpaces() {
    assertThat(values("ĐT: 0912345678 0987654321")).containsExactly("0912345678", "0987654321");
    assertThat(values("ĐT: 0912 345 678 0987 654 321"))
        .containsExactly("0912 345 678", "0987 654 321");
  }

  @Test
  void aValidMobileAloneScoresAtLeastSixTenthsAndContextRaisesIt() {
    Finding bare = RecognizerTesting.find(recognizer, "0912345678").get(0);
    Finding withContext = RecognizerTesting.find(recognizer, "Số điện thoại: 0912345678").get(0);
    assertThat(bare.score()).isGreaterThanOrEqualTo(0.6);
    assertThat(withContext.score()).isGreaterThanOrEqualTo(0.9);
    assertThat(withContext.explanation().context()).isEqualTo("Số điện thoại");
    assertThat(withContext.explanation().detail()).isEqualTo("mobile prefix 091");
  }

  @Test
  void provisionalAreaCodesSayProvisional() {
    Finding f = RecognizerTesting.find(recognizer, "Tel: 0236 3822 123").get(0);
    assertThat(f.explanation().detail()).isEqualTo("area code 0236 (provisional)");
  }
}
