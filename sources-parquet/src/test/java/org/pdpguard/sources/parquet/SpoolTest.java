package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolTest {
  @TempDir Path dir;

  @Test
  void copiesAStreamOfExactlyTheLimitAndDeletesItOnClose() throws IOException {
    byte[] bytes = new byte[100_000];
    bytes[99_999] = 42;
    Path copy;
    try (Spool spool = Spool.copy(new ByteArrayInputStream(bytes), bytes.length, dir)) {
      copy = spool.path();
      assertThat(Files.readAllBytes(copy)).isEqualTo(bytes);
    }
    assertThat(copy).doesNotExist();
  }

  @Test
  void stopsOneBytePastTheLimitAndLeavesNoFile() throws IOException {
    byte[] bytes = new byte[100_001];

    assertThatThrownBy(() -> Spool.copy(new ByteArrayInputStream(bytes), 100_000, dir))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "luồng Parquet vượt giới hạn 100000 byte để lưu tạm"
                + " / Parquet stream over the 100000-byte limit for spooling");
    try (var left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
  }
}
