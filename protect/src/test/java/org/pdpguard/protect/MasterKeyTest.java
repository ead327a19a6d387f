package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MasterKeyTest {
  private static final String SECRET = "0123456789abcdef0123456789abcdef";

  @TempDir Path tmp;

  @Test
  void refusesAKeyShorterThanSixteenBytesWithoutShowingIt() {
    assertThatThrownBy(() -> MasterKey.of("short-secret".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MasterKey.KeyException.class)
        .hasMessageContaining("16")
        .hasMessageNotContaining("short-secret");
  }

  @Test
  void aKeyFileLosesItsFinalLineBreakOnly() throws Exception {
    Path file = tmp.resolve("key");
    Files.writeString(file, SECRET + "\r\n");
    assertThat(MasterKey.fromFile(file).fingerprint())
        .isEqualTo(MasterKey.of(SECRET.getBytes(StandardCharsets.UTF_8)).fingerprint());
  }

  @Test
  void readsTheEnvironmentVariableAndNamesAMissingOne() {
    assertThat(MasterKey.fromEnvironment("K", Map.of("K", SECRET)).fingerprint())
        .isEqualTo(MasterKey.of(SECRET.getBytes(StandardCharsets.UTF_8)).fingerprint());
    assertThatThrownBy(() -> MasterKey.fromEnvironment("PDPGUARD_KEY", Map.of()))
        .isInstanceOf(MasterKey.KeyException.class)
        .hasMessageContaining("PDPGUARD_KEY");
  }

  @Test
  void aMissingKeyFileIsNamed() {
    assertThatThrownBy(() -> MasterKey.fromFile(tmp.resolve("nope")))
        .isInstanceOf(MasterKey.KeyException.class)
        .hasMessageContaining("nope");
  }

  @Test
  void theFingerprintTellsKeysApartAndIsNotTheKey() {
    MasterKey key = MasterKey.of(SECRET.getBytes(StandardCharsets.UTF_8));
    String other = MasterKey.of((SECRET + "x").getBytes(StandardCharsets.UTF_8)).fingerprint();
    assertThat(key.fingerprint())
        .hasSize(32)
        .isNotEqualTo(other)
        .doesNotContain("0123456789abcdef");
    assertThat(key.toString()).doesNotContain(SECRET).contains(key.fingerprint());
  }
}
