package org.pdpguard.eval.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;

/** The gold values have the structure of reference Part B, so the corpus tests what it claims. */
class GoldValuesTest {
  private static final Set<String> MOBILE_PREFIXES =
      Set.of(
          "32", "33", "34", "35", "36", "37", "38", "39", "96", "97", "98", "86", "83", "84", "85",
          "81", "82", "91", "94", "88", "70", "79", "77", "76", "78", "90", "93", "89", "56", "58",
          "92", "52", "59", "99", "87", "55");

  @Test
  void cccdValuesHaveTwelveDigitsAValidProvinceAndAPlausibleBirthYear() {
    List<String> values = Sample.values(EntityType.VN_CCCD);
    assertThat(values).isNotEmpty();
    for (String v : values) {
      assertThat(v).matches("\\d{12}");
      assertThat(Ids.CCCD_PROVINCES).contains(v.substring(0, 3));
      int century = v.charAt(3) - '0';
      int year = (century < 2 ? 1900 : 2000) + Integer.parseInt(v.substring(4, 6));
      assertThat(century).isBetween(0, 3);
      assertThat(year).isBetween(1940, 2010);
    }
  }

  @Test
  void taxCodesHaveAValidCheckDigit() {
    for (String v : Sample.values(EntityType.VN_TAX_CODE)) {
      assertThat(v).matches("\\d{10}(-?\\d{3})?");
      assertThat(Ids.mstCheck(v.substring(0, 9))).as(v).isEqualTo(v.charAt(9) - '0');
    }
  }

  @Test
  void theTaxCheckDigitMatchesAPublishedCode() {
    assertThat(Ids.mstCheck("010023348")).isEqualTo(8);
  }

  @Test
  void paymentCardsPassLuhnAndNapasCardsUseABankBin() {
    List<String> values = Sample.values(EntityType.PAYMENT_CARD);
    assertThat(values).anyMatch(v -> v.startsWith("9704")).anyMatch(v -> v.startsWith("4"));
    for (String v : values) {
      String digits = v.replaceAll("[ -]", "");
      assertThat(digits).matches("\\d{16}|\\d{19}");
      assertThat(luhn(digits)).as(v).isTrue();
      if (digits.startsWith("9704")) {
        assertThat(Banks.BANKS).anyMatch(b -> digits.startsWith(b.bin()));
      }
    }
  }

  @Test
  void imeisPassLuhnAndMacAddressesHaveSixOctets() {
    for (String v : Sample.values(EntityType.DEVICE_ID)) {
      if (v.matches("\\d+")) {
        assertThat(v).hasSize(15);
        assertThat(luhn(v)).as(v).isTrue();
      } else {
        assertThat(v).matches("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}");
      }
    }
  }

  @Test
  void phoneNumbersUseACarrierPrefixOrALandlineAreaCode() {
    for (String v : Sample.values(EntityType.PHONE_NUMBER)) {
      String digits = v.replaceAll("\\D", "");
      String national = digits.startsWith("84") ? digits.substring(2) : digits.substring(1);
      if (national.startsWith("2")) {
        assertThat(digits).as(v).hasSize(11);
      } else {
        assertThat(national).as(v).hasSize(9);
        assertThat(MOBILE_PREFIXES).as(v).contains(national.substring(0, 2));
      }
    }
  }

  @Test
  void healthInsuranceCodesHaveTheOldOrTheNewForm() {
    for (String v : Sample.values(EntityType.VN_HEALTH_INSURANCE)) {
      assertThat(v).matches("[A-Z]{2}[1-5]\\d{2}\\d{10}|\\d{10}");
    }
  }

  @Test
  void otherIdentifiersHaveTheirLength() {
    Sample.values(EntityType.VN_CMND).forEach(v -> assertThat(v).matches("\\d{9}"));
    Sample.values(EntityType.VN_SOCIAL_INSURANCE).forEach(v -> assertThat(v).matches("\\d{10}"));
    Sample.values(EntityType.VN_DRIVER_LICENSE).forEach(v -> assertThat(v).matches("\\d{12}"));
    Sample.values(EntityType.PASSPORT_NUMBER).forEach(v -> assertThat(v).matches("[A-Z]\\d{7}"));
    Sample.values(EntityType.VN_LICENSE_PLATE)
        .forEach(v -> assertThat(v).matches("\\d{2}-?[A-Z][A-Z0-9]?[- ]?[\\d.]{4,6}"));
    Sample.values(EntityType.EMAIL_ADDRESS)
        .forEach(v -> assertThat(v).matches("[a-z0-9._]+@[a-z0-9.-]+\\.[a-z]{2,}"));
  }

  @Test
  void namesComeInSeveralWritingForms() {
    List<String> names = Sample.values(EntityType.PERSON_NAME);
    assertThat(names)
        .anyMatch(
            n ->
                n.matches("\\p{Lu}\\p{Ll}*( \\p{Lu}\\p{Ll}*){2,3}") && !n.equals(Spelling.ascii(n)))
        .anyMatch(n -> n.matches("[A-Z]+( [A-Z]+){2,3}"))
        .anyMatch(n -> n.matches("[a-z]+( [a-z]+){2,3}"))
        .anyMatch(n -> n.matches("[A-Z](\\.[A-Z]){1,3}"));
  }

  @Test
  void addressesUseBothAdministrativeSystemsAndAbbreviations() {
    List<String> a = Sample.values(EntityType.ADDRESS);
    assertThat(a)
        .anyMatch(s -> s.contains("Quận") || s.contains("quận") || s.contains("Huyện"))
        .anyMatch(s -> s.contains("ngõ") || s.contains("ngách"))
        .anyMatch(s -> s.contains("hẻm") || s.contains("kiệt"))
        .anyMatch(s -> s.contains("P.") || s.contains("Q."))
        .anyMatch(s -> s.contains("TP.HCM") || s.contains("tp.HCM"))
        .anyMatch(s -> s.equals(Spelling.ascii(s)) && s.contains(","));
  }

  private static boolean luhn(String digits) {
    return Contacts.luhnDigit(digits.substring(0, digits.length() - 1))
        == digits.charAt(digits.length() - 1) - '0';
  }
}
