package org.pdpguard.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;

class MaskingTest {
  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VN_CCCD         | 079098012334          | 079*******34",
        "VN_CCCD         | 001-098-012-345       | 001-***-***-*45",
        "PHONE_NUMBER    | 0912 345 678          | 09** *** *78",
        "PHONE_NUMBER    | +84 912 345 678       | +84 *** *** *78",
        "VN_TAX_CODE     | 0101234567-001        | 010*******-*01",
        "DATE_OF_BIRTH   | 12/03/1990            | 12/**/***0",
        "PERSON_NAME     | Nguyễn Văn An         | N* V* A*",
        "PERSON_NAME     | ĐẶNG THỊ   Ánh        | Đ* T* Á*",
        "PERSON_NAME     | bà H.T.P              | b* H*",
        "EMAIL_ADDRESS   | an.nguyen@gmail.com   | a***@g***.com",
        "EMAIL_ADDRESS   | x@mail.cty.com.vn     | x***@m***.c***.c***.vn",
        "CREDENTIALS     | matkhau123            | ********",
        "AGE             | 47                    | 4*",
        "GENDER          | Nam                   | N**",
        "HEALTH          | tiểu đường            | ti** ****g",
        "IP_ADDRESS      | 192.168.1.10          | 19*.***.*.*0",
      })
  void masksByTypeAndAMaskedValueMasksToItself(EntityType type, String value, String masked) {
    assertThat(Masking.mask(type, value)).isEqualTo(masked);
    assertThat(Masking.mask(type, masked)).isEqualTo(masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VN_CCCD | 001098012345",
        "ADDRESS | 12 Nguyễn Trãi, Phường 5, Quận 3, TP.HCM",
        "PERSON_NAME | Nguyễn Thị Minh Khai Hoàng Lan Anh",
        "PAYMENT_CARD | 4111 1111 1111 1111"
      })
  void hidesAtLeastHalfOfTheLettersAndDigitsAndMarksIt(EntityType type, String value) {
    String masked = Masking.mask(type, value);
    long visible = masked.codePoints().filter(Character::isLetterOrDigit).count();
    long total = value.codePoints().filter(Character::isLetterOrDigit).count();
    assertThat(masked).contains("*");
    assertThat(visible * 2).isLessThanOrEqualTo(total);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"VN_CCCD | 001098012345", "PERSON_NAME | Nguyễn Văn An"})
  void showsRawValuesWhenAsked(EntityType type, String value) {
    assertThat(Masking.display(type, value, true)).isEqualTo(value);
    assertThat(Masking.display(type, value, false)).isNotEqualTo(value);
  }

  @org.junit.jupiter.api.Test
  void rowKeysKeepTheirNamesAndNumbersAndHideTheRest() {
    org.pdpguard.sources.Location where =
        org.pdpguard.sources.Location.NONE
            .with(org.pdpguard.sources.Location.TABLE, "public.kh")
            .with(
                org.pdpguard.sources.Location.KEY,
                "id=42,email=an.nguyen@example.vn,cccd=079203001234");

    assertThat(Masking.location(where).get(org.pdpguard.sources.Location.KEY))
        .isEqualTo("id=42,email=a***@e***.vn,cccd=079*******34");
    assertThat(Masking.location(where).get(org.pdpguard.sources.Location.TABLE))
        .isEqualTo("public.kh");
  }
}
