package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;

/** FF1 on the digits of identifiers: reversible with the key, keyed, shape-keeping. */
class FpeTest {
  private static final MasterKey KEY =
      MasterKey.of("fpe-test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  private static final MasterKey OTHER =
      MasterKey.of("another-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "VN_CCCD             | 001098012345",
        "VN_CCCD             | 001-098-012-345",
        "VN_CMND             | 271165677",
        "PHONE_NUMBER        | 0912 345 678",
        "PHONE_NUMBER        | +84 912.345.678",
        "PAYMENT_CARD        | 4111 1111 1111 1111",
        "BANK_ACCOUNT        | 0071000123456",
        "VN_TAX_CODE         | 0101234567-001",
        "VN_SOCIAL_INSURANCE | 7912345678",
        "VN_HEALTH_INSURANCE | DN4790123456789",
        "PASSPORT_NUMBER     | C1234567",
        "DEVICE_ID           | 356938035643809",
      })
  void encryptsTheDigitsInPlaceAndTheKeyDecryptsThem(EntityType type, String value) {
    Fpe fpe = new Fpe(KEY);

    String cipher = fpe.encrypt(type, value);

    assertThat(cipher).isNotEqualTo(value).hasSameSizeAs(value);
    assertThat(cipher.replaceAll("[0-9]", "9")).isEqualTo(value.replaceAll("[0-9]", "9"));
    assertThat(fpe.decrypt(type, cipher)).isEqualTo(value);
  }

  @Test
  void anotherKeyGivesAnotherCiphertextAndCannotDecrypt() {
    String value = "001098012345";
    String cipher = new Fpe(KEY).encrypt(EntityType.VN_CCCD, value);

    assertThat(new Fpe(OTHER).encrypt(EntityType.VN_CCCD, value)).isNotEqualTo(cipher);
    assertThat(new Fpe(OTHER).decrypt(EntityType.VN_CCCD, cipher)).isNotEqualTo(value);
  }

  @Test
  void theTypeIsTheTweakSoTheSameDigitsEncryptDifferentlyAsAnotherType() {
    Fpe fpe = new Fpe(KEY);
    assertThat(fpe.encrypt(EntityType.VN_CCCD, "001098012345"))
        .isNotEqualTo(fpe.encrypt(EntityType.BANK_ACCOUNT, "001098012345"));
  }

  @Test
  void refusesValuesWithFewerThanSixDigitsBelowTheSafeDomainOfFf1() {
    Fpe fpe = new Fpe(KEY);
    assertThat(fpe.encrypt(EntityType.VN_CMND, "12345")).isNull();
    assertThat(fpe.encrypt(EntityType.VN_CMND, "123456")).isNotNull();
  }

  @Test
  void roundTripsSeveralHundredRandomIdentifiersOfEveryLengthAndKeepsTheirFormat() {
    Fpe fpe = new Fpe(KEY);
    Random random = new Random(7);
    String separators = " .-/";
    EntityType[] types = Fpe.TYPES.toArray(new EntityType[0]);
    for (int i = 0; i < 500; i++) {
      StringBuilder v = new StringBuilder();
      int digits = 6 + random.nextInt(14);
      for (int k = 0; k < digits; k++) {
        if (k > 0 && random.nextInt(5) == 0) {
          v.append(separators.charAt(random.nextInt(separators.length())));
        }
        v.append((char) ('0' + random.nextInt(10)));
      }
      EntityType type = types[random.nextInt(types.length)];
      String value = v.toString();

      String cipher = fpe.encrypt(type, value);

      assertThat(cipher).as("%s %s", type, value).isNotEqualTo(value);
      assertThat(cipher.replaceAll("[0-9]", "9")).isEqualTo(value.replaceAll("[0-9]", "9"));
      assertThat(fpe.decrypt(type, cipher)).isEqualTo(value);
    }
  }
}
