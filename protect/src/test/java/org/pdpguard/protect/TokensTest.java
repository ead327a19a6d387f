package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;

/** Keyed hashes and pseudonyms: consistent under one key, unrelated under another. */
class TokensTest {
  private static final Tokens TOKENS =
      new Tokens(MasterKey.of("tokens-test-key-0123456789".getBytes(StandardCharsets.UTF_8)));
  private static final Tokens OTHER =
      new Tokens(MasterKey.of("tokens-other-key-987654321".getBytes(StandardCharsets.UTF_8)));

  @Test
  void aPseudonymIsTheTypeAndTenConsonantsInBrackets() {
    assertThat(TOKENS.pseudonym(EntityType.PERSON_NAME, "Nguyễn Văn An"))
        .matches("\\[PERSON_NAME_[bcdfghjklmnpqrstvwxz]{10}\\]");
    assertThat(TOKENS.hash(EntityType.VN_CCCD, "001098012345"))
        .matches("\\[VN_CCCD#[0-9a-f]{16}\\]");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "PERSON_NAME   | Nguyễn Văn An      | NGUYỄN  VĂN AN",
        "VN_CCCD       | 001098012345       | 001-098-012-345",
        "PHONE_NUMBER  | 0912 345 678       | +84 912 345 678",
        "EMAIL_ADDRESS | An.Nguyen@Gmail.com | an.nguyen@gmail.com",
      })
  void waysOfWritingOneValueGiveOneToken(EntityType type, String a, String b) {
    assertThat(TOKENS.pseudonym(type, a)).isEqualTo(TOKENS.pseudonym(type, b));
    assertThat(TOKENS.hash(type, a)).isEqualTo(TOKENS.hash(type, b));
  }

  @Test
  void anotherKeyOrValueGivesAnotherToken() {
    String p = TOKENS.pseudonym(EntityType.PERSON_NAME, "Nguyễn Văn An");
    assertThat(OTHER.pseudonym(EntityType.PERSON_NAME, "Nguyễn Văn An")).isNotEqualTo(p);
    assertThat(TOKENS.pseudonym(EntityType.PERSON_NAME, "Nguyễn Văn Anh")).isNotEqualTo(p);
    assertThat(OTHER.hash(EntityType.VN_CCCD, "001098012345"))
        .isNotEqualTo(TOKENS.hash(EntityType.VN_CCCD, "001098012345"));
  }

  @Test
  void theHashAndThePseudonymOfAValueShareNoKey() {
    String hash = TOKENS.hash(EntityType.VN_CCCD, "001098012345");
    String otherHash =
        new Tokens(MasterKey.of("tokens-test-key-0123456789".getBytes(StandardCharsets.UTF_8)))
            .hash(EntityType.VN_CCCD, "001098012345");
    assertThat(otherHash).isEqualTo(hash); // the same key, rebuilt: the same hash
    assertThat(
            MasterKey.of("tokens-test-key-0123456789".getBytes(StandardCharsets.UTF_8))
                .derive("hash/hmac-sha-256", 32))
        .isNotEqualTo(
            MasterKey.of("tokens-test-key-0123456789".getBytes(StandardCharsets.UTF_8))
                .derive("pseudonym/hmac-sha-256", 32));
  }
}
