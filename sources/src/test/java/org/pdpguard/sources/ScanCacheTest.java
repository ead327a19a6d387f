package org.pdpguard.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

class ScanCacheTest {
  @TempDir Path dir;

  /** Reads .txt files as text, counting how often it is asked to. */
  private static final class CountingReader implements FormatReader {
    final AtomicInteger reads = new AtomicInteger();

    @Override
    public String name() {
      return "counting";
    }

    @Override
    public boolean accepts(Content content) {
      return content.extension().equals("txt");
    }

    @Override
    public void read(Content content, InputStream in, Units units) throws IOException {
      reads.incrementAndGet();
      units.text(content.name(), Location.NONE, new InputStreamReader(in, StandardCharsets.UTF_8));
      units.skipped(content.name() + "!/anh.png", "ảnh / image");
    }
  }

  private final CountingReader reader = new CountingReader();
  private final SourceScanner scanner =
      TestEngine.scanner(SourceSettings.defaults(), List.of(reader), List.of());

  private ScanCache cache(String fingerprint) {
    return new ScanCache(dir.resolve("cache"), fingerprint, (t, v) -> "masked:" + t.name());
  }

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private static final String TEXT = "Họ tên: Nguyễn Văn An\nSố CCCD: 079203001234\n";

  @Test
  void anUnchangedFileIsReplayedUnderItsNewNameWithMaskedValuesOnly() throws IOException {
    Path a = file("a.txt", TEXT);
    ScanRecorder first = new ScanRecorder();
    SourceScanner.Outcome o1 = cache("v1").scan(scanner, Source.file("a.txt", a), first);
    Path copy = file("copy.txt", TEXT);
    ScanRecorder second = new ScanRecorder();
    SourceScanner.Outcome o2 = cache("v1").scan(scanner, Source.file("b/copy.txt", copy), second);

    assertThat(reader.reads).hasValue(1);
    assertThat(first.findings).extracting(f -> f.finding().value()).contains("079203001234");
    assertThat(second.findings).hasSameSizeAs(first.findings);
    assertThat(second.findings)
        .allSatisfy(
            f -> {
              assertThat(f.source()).isEqualTo("b/copy.txt");
              assertThat(f.finding().value()).isEqualTo("masked:" + f.finding().type().name());
            });
    assertThat(second.findings.get(1).finding().line()).isEqualTo(2);
    assertThat(second.skipped)
        .containsExactly(new ScanRecorder.Note("b/copy.txt!/anh.png", "ảnh / image"));
    assertThat(o2).isEqualTo(o1);
    try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
      String stored =
          files.filter(Files::isRegularFile).map(p -> readQuietly(p)).reduce("", String::concat);
      assertThat(stored).doesNotContain("079203001234").doesNotContain("Nguyễn");
    }
  }

  @Test
  void aChangedFileOrAnotherFingerprintIsScannedAgain() throws IOException {
    Path a = file("a.txt", TEXT);
    cache("v1").scan(scanner, Source.file("a.txt", a), new ScanRecorder());
    cache("v2").scan(scanner, Source.file("a.txt", a), new ScanRecorder());
    Files.writeString(a, TEXT + "Email: an.nguyen@example.vn\n");
    ScanRecorder events = new ScanRecorder();
    cache("v1").scan(scanner, Source.file("a.txt", a), events);

    assertThat(reader.reads).hasValue(3);
    assertThat(events.findings)
        .extracting(f -> f.finding().type())
        .contains(EntityType.EMAIL_ADDRESS);
  }

  @Test
  void aDamagedEntryIsIgnoredAndWrittenAgain() throws IOException {
    Path a = file("a.txt", TEXT);
    cache("v1").scan(scanner, Source.file("a.txt", a), new ScanRecorder());
    try (Stream<Path> files = Files.walk(dir.resolve("cache"))) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Files.writeString(p, "{\"kind\":\"finding\",\"source\":\"\",\"finding\":[1,2");
      }
    }
    ScanRecorder again = new ScanRecorder();
    cache("v1").scan(scanner, Source.file("a.txt", a), again);
    ScanRecorder third = new ScanRecorder();
    cache("v1").scan(scanner, Source.file("a.txt", a), third);

    assertThat(reader.reads).hasValue(2);
    assertThat(third.findings).hasSameSizeAs(again.findings).isNotEmpty();
  }

  @Test
  void standardInputIsNeverCached() {
    ScanRecorder events = new ScanRecorder();
    cache("v1")
        .scan(
            scanner,
            Source.stream(
                "-", new java.io.ByteArrayInputStream(TEXT.getBytes(StandardCharsets.UTF_8))),
            events);

    assertThat(events.findings).isNotEmpty();
    assertThat(dir.resolve("cache")).doesNotExist();
  }

  private static String readQuietly(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
