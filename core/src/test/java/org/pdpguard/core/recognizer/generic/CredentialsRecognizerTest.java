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
        // only a blank after the label: a value shaped like a secret or a login name
        "[14:17] Thanh Hoang: mk thanhhoang77 | thanhhoang77",
        "Khách: mk Quy@2003 nha | Quy@2003",
        "Gửi anh tên đăng nhập kienyen_82 nhé | kienyen_82",
        "mật khẩu mới Xyz@2024 | Xyz@2024",
        "login user_42 ok | user_42",
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
        // only a blank after the label, and prose or a plain word after it
        "mk di hoc roi",
        "mk ship 2 cai nhe",
        "mật khẩu mới phải khác mật khẩu cũ",
        "tên đăng nhập của bạn",
        "login failed for admin",
        "mật khẩu 12345678",
        "pin 18650 2600mAh",
        "pass qua vong 2",
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
  void aLoginAndAPasswordWrittenAfterTheirLabelsWithoutAColonAreBothFound() {
    assertThat(values("tên đăng nhập han.dang, mật khẩu Danang2018#."))
        .containsExactly("han.dang", "Danang2018#");
    Finding bare = RecognizerTesting.find(recognizer, "mk Quy@2003").get(0);
    assertThat(bare.score()).isLessThan(0.9).isGreaterThanOrEqualTo(0.5);
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
