package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;

/** FPE's round trip through the manifest, and every way a reveal must refuse. */
class RevealTest {
  private static final MasterKey KEY =
      MasterKey.of("reveal-test-key-0123456789abc".getBytes(StandardCharsets.UTF_8));
  private static final MasterKey WRONG =
      MasterKey.of("not-the-key-0123456789abcdefg".getBytes(StandardCharsets.UTF_8));

  /** Identifiers only, all encrypted: the reveal must give the original back byte for byte. */
  private static final Redactor FPE_ONLY =
      new Redactor(
          Detector.builder()
              .addAll(Recognizers.defaults())
              .types(List.of(EntityType.VN_CCCD, EntityType.PHONE_NUMBER))
              .build(),
          Policy.builder().defaultOperator(Operator.FPE).build(),
          KEY,
          null,
          1);

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"a.txt", "k.csv", "j.json", "j.jsonl"})
  void revealWithTheKeyGivesTheOriginalBack(String name) throws IOException {
    String text =
        switch (name) {
          case "a.txt" -> RedactorTest.TEXT;
          case "k.csv" -> RedactorTest.CSV.replace("\n", "\r\n");
          case "j.json" -> RedactorTest.JSON.replace("0912345678", "\"0912345678\"");
          default ->
              "{\"cccd\": \"001098012345\", \"note\": \"gọi \\\"0912 345 678\\\"\"}\n"
                  + "Số CCCD 079203001234\n";
        };
    Path in = tmp.resolve(name);
    Files.writeString(in, text, StandardCharsets.UTF_8);
    Path redacted = tmp.resolve("r-" + name);

    Redactor.Result r = FPE_ONLY.redact(in, redacted);

    assertThat(r.encrypted()).isGreaterThan(1);
    assertThat(Files.readString(redacted)).isNotEqualTo(text).doesNotContain("001098012345");
    assertThat(Files.readString(Reveal.manifestOf(redacted)))
        .doesNotContain("001098012345")
        .contains("\"key_fingerprint\":\"" + KEY.fingerprint() + "\"");
    Path back = tmp.resolve("back-" + name);
    assertThat(Reveal.reveal(redacted, Reveal.manifestOf(redacted), back, KEY))
        .isEqualTo(r.encrypted());
    assertThat(Files.readString(back)).isEqualTo(text);
  }

  @Test
  void revealWithAnotherKeyIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path redacted = redactedText();
    Path back = tmp.resolve("back.txt");

    assertThatThrownBy(() -> Reveal.reveal(redacted, Reveal.manifestOf(redacted), back, WRONG))
        .isInstanceOf(Reveal.WrongKeyException.class)
        .hasMessageContaining("wrong key")
        .hasMessageContaining(KEY.fingerprint());
    assertThat(back).doesNotExist();
  }

  @Test
  void aRedactedFileChangedAfterwardsIsNotRevealed() throws IOException {
    Path redacted = redactedText();
    Files.writeString(redacted, Files.readString(redacted).replace("Khách", "Khach"));
    Path back = tmp.resolve("back.txt");

    assertThatThrownBy(() -> Reveal.reveal(redacted, Reveal.manifestOf(redacted), back, KEY))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("changed");
    assertThat(back).doesNotExist();
    try (var files = Files.list(tmp)) {
      assertThat(files.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void aRedactionWithoutFpeRemovesAStaleManifest() throws IOException {
    Path redacted = redactedText();
    assertThat(Reveal.manifestOf(redacted)).exists();

    RedactorTest.redactor(Operator.LABEL, null).redact(tmp.resolve("a.txt"), redacted);

    assertThat(Reveal.manifestOf(redacted)).doesNotExist();
  }

  @Test
  void revealNeverWritesOverItsInputs() throws IOException {
    Path redacted = redactedText();
    assertThatThrownBy(() -> Reveal.reveal(redacted, Reveal.manifestOf(redacted), redacted, KEY))
        .isInstanceOf(IOException.class);
    assertThat(Files.readString(redacted)).doesNotContain("001098012345");
  }

  private Path redactedText() throws IOException {
    Path in = tmp.resolve("a.txt");
    Files.writeString(in, RedactorTest.TEXT, StandardCharsets.UTF_8);
    Path redacted = tmp.resolve("r.txt");
    FPE_ONLY.redact(in, redacted);
    return redacted;
  }
}
