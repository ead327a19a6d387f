package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports never give back the personal data they find: every raw value that a {@code --show-values}
 * scan of the samples prints is absent from the masked report, in every format, and not only from
 * the value field (explanations, messages, summaries too).
 */
class MaskedReportsTest {
  private static final Path SAMPLES = Path.of("..", "samples");

  @ParameterizedTest
  @ValueSource(strings = {"jsonl", "json", "sarif", "csv", "table", "html"})
  void noRawValueOfTheSamplesAppearsInAMaskedReport(String format) throws Exception {
    Cli.Run raw = Cli.run("scan", "--format", "jsonl", "--show-values", SAMPLES.toString());
    Set<String> values = new LinkedHashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (String line : raw.out().split("\n")) {
      JsonNode n = json.readTree(line);
      if (n.path("kind").asText().equals("finding")) {
        String v = n.path("value").asText();
        // Short values (a gender, an age) may occur anywhere by chance; identifiers may not.
        if (v.replaceAll("[^\\p{L}\\p{N}]", "").length() >= 6) {
          values.add(v);
        }
      }
    }
    assertThat(values).hasSizeGreaterThan(30);

    Cli.Run masked = Cli.run("scan", "--format", format, SAMPLES.toString());

    assertThat(masked.exit()).isZero();
    for (String v : values) {
      assertThat(masked.out()).as("raw value %s in the %s report", v, format).doesNotContain(v);
    }
  }
}
