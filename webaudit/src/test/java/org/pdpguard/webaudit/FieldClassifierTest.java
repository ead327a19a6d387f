package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldClassifierTest {
  @ParameterizedTest(name = "{0} autocomplete={1} label={2} name={3} -> {4}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NONE",
      value = {
        "text|tel||x|PHONE_NUMBER",
        "text|shipping email||x|EMAIL_ADDRESS",
        "text|given-name||x|PERSON_NAME",
        "text|bday||x|DATE_OF_BIRTH",
        "text|street-address||x|ADDRESS",
        "text|cc-number||x|PAYMENT_CARD",
        "password|||x|CREDENTIALS",
        "email|||x|EMAIL_ADDRESS",
        "tel|||x|PHONE_NUMBER",
        "text||Số điện thoại|x|PHONE_NUMBER",
        "text||so dien thoai|x|PHONE_NUMBER",
        "text||Họ và tên|x|PERSON_NAME",
        "text|||fullName|PERSON_NAME",
        "text||Số CCCD|x|VN_CCCD",
        "text||Căn cước công dân|x|VN_CCCD",
        "text||Số CMND|x|VN_CMND",
        "text||Địa chỉ email|x|EMAIL_ADDRESS",
        "text||Thư điện tử|x|EMAIL_ADDRESS",
        "text||Địa chỉ|x|ADDRESS",
        "text||Ngày sinh|x|DATE_OF_BIRTH",
        "text||Mật khẩu|x|CREDENTIALS",
        "text||Tên đăng nhập|x|ONLINE_ACCOUNT",
        "text|||phone_number|PHONE_NUMBER",
        "text||Mã số thuế|x|VN_TAX_CODE",
        "text||Số lượng|qty|NONE",
        "text||Mã giảm giá|coupon|NONE",
        "text||Tìm kiếm|q|NONE",
        "hidden|||phone|NONE",
        "checkbox||Tôi đồng ý|agree|NONE",
        "text|off|Lời nhắn|message|NONE"
      })
  void classifiesFieldsByAutocompleteTypeAndWords(
      String type, String autocomplete, String label, String name, String expected) {
    assertThat(String.valueOf(FieldClassifier.classify(type, autocomplete, label, name)))
        .isEqualTo(String.valueOf(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "checkbox|Tôi đồng ý với Chính sách bảo mật|true",
        "checkbox|I agree to the privacy policy|true",
        "checkbox|Tôi đã đọc điều khoản|true",
        "checkbox|Ghi nhớ đăng nhập|false",
        "text|Tôi đồng ý|false"
      })
  void consentBoxIsACheckboxThatAsksForAgreement(String type, String label, boolean consent) {
    assertThat(FieldClassifier.isConsent(type, label)).isEqualTo(consent);
  }
}
