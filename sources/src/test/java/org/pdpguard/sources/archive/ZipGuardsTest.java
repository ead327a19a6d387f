package org.pdpguard.sources.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.archive.Archives.Item;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

/** Zip bombs, encrypted and damaged archives: each is reported and the scan goes on. */
class ZipGuardsTest {
  static final String CCCD_TEXT = ArchiveReadersTest.CCCD_TEXT;
  static final int MB = 1 << 20;

  @TempDir Path dir;

  /** 100 MB of the digit 0 (text, so that it is read), compressed about 1000 times. */
  static Item bomb(String name) {
    byte[] block = new byte[MB];
    Arrays.fill(block, (byte) '0');
    return new Item(name, block, 100);
  }

  ScanRecorder scan(Path file, SourceSettings settings) {
    return TestEngine.scan(
        file, file.getFileName().toString(), settings, ArchiveReadersTest.readers());
  }

  ScanRecorder scan(String name, byte[] bytes, SourceSettings settings) throws IOException {
    return TestEngine.scanBytes(dir, name, bytes, settings, ArchiveReadersTest.readers());
  }

  @Test
  void anEntryExpandingPastTheEntryLimitIsStoppedAndTheNextEntriesAreRead() throws IOException {
    Path zip = dir.resolve("bomb.zip");
    Archives.sizedZip(
        zip,
        Archives.text("a.txt", CCCD_TEXT),
        bomb("zeros.txt"),
        Archives.text("c.txt", CCCD_TEXT));
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 2 * MB, 1L << 40, 1e6);

    long start = System.nanoTime();
    ScanRecorder c = scan(zip, settings);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("bomb.zip!/zeros.txt");
              assertThat(e.message()).isEqualTo(LimitExceeded.entry(2 * MB).getMessage());
            });
    assertThat(c.sources()).containsExactly("bomb.zip!/a.txt", "bomb.zip!/c.txt");
    assertThat(c.outcome.chars()).isLessThan(3 * MB);
    assertThat(millis).isLessThan(10_000);
  }

  @Test
  void anEntryExpandingPastTheRatioIsStoppedSoonAfterTheGrace() throws IOException {
    Path zip = dir.resolve("ratio.zip");
    Archives.sizedZip(zip, bomb("zeros.txt"), Archives.text("c.txt", CCCD_TEXT));
    SourceSettings settings =
        SourceSettings.defaults().withArchiveLimits(5, 1L << 40, 1L << 40, 100);

    ScanRecorder c = scan(zip, settings);

    assertThat(c.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("ratio.zip!/zeros.txt");
              assertThat(e.message()).contains("likely a zip bomb").contains("more than 100 times");
            });
    assertThat(c.outcome.chars()).isLessThan(Guard.RATIO_GRACE + MB);
    assertThat(c.sources()).containsExactly("ratio.zip!/c.txt");
  }

  @Test
  void aBombWhoseEndIsKnownOnlyByExpandingItStopsTheArchive() throws IOException {
    byte[] zip =
        Archives.streamedZip(
            Archives.text("a.txt", CCCD_TEXT),
            bomb("zeros.txt"),
            Archives.text("c.txt", CCCD_TEXT));

    ScanRecorder c = scan("streamed.zip", zip, SourceSettings.defaults());

    assertThat(c.errors)
        .extracting(Note::source)
        .containsExactly("streamed.zip!/zeros.txt", "streamed.zip");
    assertThat(c.errors.get(0).message()).contains("likely a zip bomb");
    assertThat(c.errors.get(1).message()).isEqualTo(Entries.STOPPED);
    assertThat(c.sources()).containsExactly("streamed.zip!/a.txt");
  }

  @Test
  void aQuineLikeZipOfZipsIsStoppedByTheTotalBudgetAcrossLevels() throws IOException {
    // Level 0: 1 MB of NUL bytes; each level holds ten copies of the one below: 10,000 MB in all.
    byte[] zeros = new byte[MB];
    byte[] level = Archives.streamedZip(new Item("z.bin", zeros));
    for (int depth = 1; depth <= 4; depth++) {
      Item[] copies = new Item[10];
      for (int i = 0; i < copies.length; i++) {
        copies[i] = new Item("l" + depth + "-" + i + ".zip", level);
      }
      level = Archives.streamedZip(copies);
    }
    SourceSettings settings =
        SourceSettings.defaults().withArchiveLimits(8, 1L << 30, 32L * MB, 1e6);

    long start = System.nanoTime();
    ScanRecorder c = scan("quine.zip", level, settings);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors)
        .anySatisfy(
            e -> assertThat(e.message()).isEqualTo(LimitExceeded.total(32L * MB).getMessage()));
    assertThat(c.errors).filteredOn(e -> e.message().equals(Entries.STOPPED)).hasSize(1);
    assertThat(c.errors.size()).isLessThan(10);
    assertThat(millis).isLessThan(20_000);
  }

  @Test
  void theTotalBudgetCountsEveryEntryOfOneArchive() throws IOException {
    Item[] entries = new Item[6];
    byte[] text = CCCD_TEXT.repeat(2_000).getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < entries.length; i++) {
      entries[i] = new Item("nv" + i + ".txt", text);
    }
    Path zip = dir.resolve("many.zip");
    Archives.sizedZip(zip, entries);
    long total = 3L * text.length + 10;
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 1L << 30, total, 1e6);

    ScanRecorder c = scan(zip, settings);

    assertThat(c.errors).extracting(Note::source).containsExactly("many.zip!/nv3.txt", "many.zip");
    assertThat(c.errors.get(0).message()).isEqualTo(LimitExceeded.total(total).getMessage());
    assertThat(c.sources())
        .startsWith("many.zip!/nv0.txt", "many.zip!/nv1.txt", "many.zip!/nv2.txt")
        .doesNotContain("many.zip!/nv4.txt", "many.zip!/nv5.txt");
  }

  @Test
  void anEncryptedEntryIsReportedAndTheOtherEntriesAreRead() throws IOException {
    Path zip = dir.resolve("secret.zip");
    Archives.sizedZip(
        zip,
        Archives.text("a.txt", CCCD_TEXT),
        Archives.text("secret.txt", CCCD_TEXT),
        Archives.text("c.txt", CCCD_TEXT));
    ZipBytes.setEncrypted(zip, "secret.txt");

    ScanRecorder c = scan(zip, SourceSettings.defaults());

    assertThat(c.errors).containsExactly(new Note("secret.zip!/secret.txt", Entries.ENCRYPTED));
    assertThat(c.errors.get(0).message()).contains("mã hoá").contains("encrypted");
    assertThat(c.sources()).containsExactly("secret.zip!/a.txt", "secret.zip!/c.txt");
  }

  @Test
  void anEncryptedEntryWhoseEndIsKnownOnlyByDecryptingItStopsTheArchive() throws IOException {
    Path zip = dir.resolve("streamed-secret.zip");
    Files.write(
        zip,
        Archives.streamedZip(
            Archives.text("a.txt", CCCD_TEXT),
            Archives.text("secret.txt", CCCD_TEXT),
            Archives.text("c.txt", CCCD_TEXT)));
    ZipBytes.setEncrypted(zip, "secret.txt");

    ScanRecorder c = scan(zip, SourceSettings.defaults());

    assertThat(c.errors)
        .containsExactly(
            new Note("streamed-secret.zip!/secret.txt", Entries.ENCRYPTED),
            new Note("streamed-secret.zip", Entries.STOPPED));
    assertThat(c.sources()).containsExactly("streamed-secret.zip!/a.txt");
  }

  @Test
  void anEntryWithAnUnsupportedMethodIsReported() throws IOException {
    Path zip = dir.resolve("method.zip");
    Archives.sizedZip(zip, Archives.text("a.txt", CCCD_TEXT), Archives.text("c.txt", CCCD_TEXT));
    ZipBytes.setMethod(zip, "a.txt", 99);

    ScanRecorder c = scan(zip, SourceSettings.defaults());

    assertThat(c.errors)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.source()).isEqualTo("method.zip!/a.txt");
              assertThat(e.message()).contains("unsupported compression method");
            });
    assertThat(c.sources()).containsExactly("method.zip!/c.txt");
  }

  @Test
  void aTruncatedZipFailsAfterReportingWhatCameBefore() throws IOException {
    byte[] noise = new byte[200_000];
    new java.util.Random(7).nextBytes(noise);
    byte[] zip =
        Archives.streamedZip(
            Archives.text("a.txt", CCCD_TEXT),
            new Item("b.bin", noise),
            Archives.text("c.txt", CCCD_TEXT));
    byte[] cut = Arrays.copyOf(zip, zip.length / 2);

    ScanRecorder c = scan("cut.zip", cut, SourceSettings.defaults());

    assertThat(c.sources()).containsExactly("cut.zip!/a.txt");
    assertThat(c.of(EntityType.VN_CCCD)).hasSize(1);
    assertThat(c.outcome.error())
        .startsWith("tệp nén hỏng hoặc bị cắt cụt / corrupt or truncated archive");
  }

  @Test
  void aTruncatedArchiveInsideAnotherIsAnErrorOfThatEntryOnly() throws IOException {
    byte[] noise = new byte[200_000];
    new java.util.Random(11).nextBytes(noise);
    byte[] inner =
        Archives.streamedZip(Archives.text("a.txt", CCCD_TEXT), new Item("b.bin", noise));
    byte[] cut = Arrays.copyOf(inner, inner.length - 50_000);
    Path zip = dir.resolve("outer.zip");
    Archives.sizedZip(zip, new Item("inner.zip", cut), Archives.text("c.txt", CCCD_TEXT));

    ScanRecorder c =
        scan(zip, SourceSettings.defaults().withArchiveLimits(5, 1L << 30, 1L << 30, 1e6));

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors).extracting(Note::source).contains("outer.zip!/inner.zip");
    assertThat(c.sources()).containsExactly("outer.zip!/inner.zip!/a.txt", "outer.zip!/c.txt");
  }
}
