package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanCacheCliTest {
  private static final String SAMPLES = Path.of("..", "samples").toString();

  @TempDir Path tmp;

  @Test
  void aRescanThroughTheCacheWritesTheSameReport() {
    String cache = tmp.resolve("cache").toString();
    Cli.Run first = Cli.run("scan", "--format", "jsonl", "--cache", cache, SAMPLES);
    Cli.Run second = Cli.run("scan", "--format", "jsonl", "--cache", cache, SAMPLES);
    Cli.Run plain = Cli.run("scan", "--format", "jsonl", SAMPLES);

    assertThat(first.exit()).isZero();
    assertThat(second.out()).isEqualTo(first.out()).isEqualTo(plain.out());
    assertThat(tmp.resolve("cache")).isNotEmptyDirectory();
  }

  @Test
  void rawValuesAreNeverCached() {
    Path cache = tmp.resolve("cache");
    Cli.Run run =
        Cli.run("scan", "--show-values", "--format", "jsonl", "--cache", cache.toString(), SAMPLES);

    assertThat(run.exit()).isZero();
    assertThat(run.err()).contains("The cache is not used with --show-values");
    assertThat(Files.exists(cache)).isFalse();
  }
}
