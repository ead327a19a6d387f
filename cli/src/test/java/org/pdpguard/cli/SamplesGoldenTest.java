package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JSONL output for the bundled {@code samples/} folder, compared line by line with a golden
 * file. A change in what the engine finds shows here as a diff to review. After a deliberate
 * change, regenerate with {@code mvn -pl cli -am test -Dtest=SamplesGoldenTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpdpguard.updateGolden=true} and commit the file with
 * the change that explains it.
 */
class SamplesGoldenTest {
  private static final Path SAMPLES = Path.of("..", "samples");
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "samples.jsonl");

  @Test
  void jsonlForTheSamplesMatchesTheGoldenFile() throws IOException {
    Cli.Run run = Cli.run("scan", "--format", "jsonl", "--threads", "2", SAMPLES.toString());
    assertThat(run.exit()).isZero();
    // Sources are named as given on the command line; the golden file names them from the root.
    String actual = run.out().replace("\"source\":\"../samples/", "\"source\":\"samples/");
    if (Boolean.getBoolean("pdpguard.updateGolden")) {
      Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.readString(GOLDEN, StandardCharsets.UTF_8);
    assertThat(actual.lines()).containsExactlyElementsOf(expected.lines().toList());
  }
}
