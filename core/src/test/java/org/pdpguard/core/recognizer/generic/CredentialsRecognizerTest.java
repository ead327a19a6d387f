package org.pdpguard.core.recognizer.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.recognizer.RecognizerTesting;

class CredentialsRecognizerTest {
  private final CredentialsRecognizer recognizer = new CredentialsRecognizer();

  private List<String> values(String text) {
    return RecognizerTesting.values(recognizer, EntityType.CREDENTIALS, text);
  }

  @ParameterizedTest(name = "finds {1} in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "mật khẩu: Abc@12345 | Abc@12345",
        "password=hunter2 | hunter2",
        "Mat khau la abc12345 nhe | abc12345",
        "MK: Thu0ng2024! | Thu0ng2024!",
        "DB_PASSWORD=Xk9#mPq2 | Xk9#mPq2",
        "api_key=a8f5f167f44f4964e6c998dee827110c | a8f5f167f44f4964e6c998dee827110c",
        "Mật khẩu mới: Xyz@2024 | Xyz@2024",
        "the password is hunter2. | hunter2",
        "?user=x&pwd=Tr0ub4dor&x=1 | Tr0ub4dor",
        "Thẻ ATM Vietcombank, mã PIN: 2468 | 2468",
        "Tài khoản VNeID: 001098012345 | 001098012345",
        "Internet Banking - tên đăng nhập: nguyenvana88 | nguyenvana88",
        "username=tranthib | tranthib",
      })
  void findsValuesAfterLabels(String text, String expected) {
    assertThat(values(text)).containsExactly(expected);
  }

  @ParameterizedTest(name = "nothing in: {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // placeholders and masks
        "password: ********",
        "password=<redacted>",
        "PASSWORD=${PASSWORD}",
        "password=$DB_PASS",
        "mật khẩu: (không có)",
        "password: [REDACTED]",
        // a label followed by nothing, by no separator, by prose
        "Mật khẩu:",
        "Quên mật khẩu? Bấm vào đây",
        "Mật khẩu: phải có ít nhất 8 ký tự",
        "Password: required",
        "Password: Dragon",
        "password_hash: 5f4dcc3b5aa765d61d8327deb882cf99",
        "api version: 2",
        // pin is also battery: no bank word, not 4-8 digits
        "Dung lượng pin: 5000 mAh",
        "Thẻ ATM, PIN: 12",
        // a login label with a result word, too short a value
        "login: success",
        "pwd=abc",
      })
  void rejectsPlaceholdersAndProse(String text) {
    assertThat(values(text)).isEmpty();
  }

  @Test
  void findsBothValuesOfAJsonObjectAndOnlyTheValues() {
    String json = "{\"username\": \"nva.1990\", \"password\": \"S3cr3t!\"}";
    assertThat(values(json)).containsExactly("nva.1990", "S3cr3t!");
    assertThat(values("{\"password\": \"string\"}")).isEmpty();
    assertThat(values("pwd='Qwerty 23'")).containsExactly("Qwerty 23");
  }

  @Test
  void theLabelIsTheContextAndBankLoginsAreSure() {
    Finding pw = RecognizerTesting.find(recognizer, "mật khẩu: Abc@12345").get(0);
    assertThat(pw.score()).isEqualTo(0.9);
    assertThat(pw.explanation().context()).isEqualTo("mật khẩu");
    Finding plain = RecognizerTesting.find(recognizer, "username=tranthib").get(0);
    Finding bank = RecognizerTesting.find(recognizer, "Mobile banking, username=tranthib").get(0);
    assertThat(plain.score()).isLessThan(bank.score());
  }
}
