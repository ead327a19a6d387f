package org.pdpguard.sources.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.archive.Archives.Item;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

/** Bombs and damage in tar archives and compressed files. */
class TarGuardsTest {
  static final String CCCD_TEXT = ArchiveReadersTest.CCCD_TEXT;
  static final int MB = 1 << 20;

  @TempDir Path dir;

  ScanRecorder scan(String name, byte[] bytes, SourceSettings settings) throws IOException {
    return TestEngine.scanBytes(dir, name, bytes, settings, ArchiveReadersTest.readers());
  }

  @Test
  void aBombInATarGzIsStoppedByTheRatioOfTheWholeStream() throws IOException {
    byte[] tgz =
        Archives.tarGz(
            Archives.text("a.txt", CCCD_TEXT),
            ZipGuardsTest.bomb("zeros.txt"),
            Archives.text("c.txt", CCCD_TEXT));

    ScanRecorder c = scan("b.tar.gz", tgz, SourceSettings.defaults());

    assertThat(c.errors)
        .extracting(Note::source)
        .containsExactly("b.tar.gz!/zeros.txt", "b.tar.gz");
    assertThat(c.errors.get(0).message()).contains("likely a zip bomb");
    assertThat(c.errors.get(1).message()).isEqualTo(Entries.STOPPED);
    assertThat(c.sources()).containsExactly("b.tar.gz!/a.txt");
    assertThat(c.outcome.chars()).isLessThan(Guard.RATIO_GRACE + MB);
  }

  @Test
  void aGzipBombIsStoppedByTheEntryLimit() throws IOException {
    byte[] block = new byte[MB];
    Arrays.fill(block, (byte) '0');
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (var gz =
        new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(out)) {
      for (int i = 0; i < 100; i++) {
        gz.write(block);
      }
    }
    SourceSettings settings = SourceSettings.defaults().withArchiveLimits(5, 2 * MB, 1L << 40, 1e6);

    ScanRecorder c = scan("zeros.txt.gz", out.toByteArray(), settings);

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors)
        .containsExactly(
            new Note("zeros.txt.gz!/zeros.txt", LimitExceeded.entry(2 * MB).getMessage()));
  }

  @Test
  void aTruncatedTarGzFailsAfterReportingWhatCameBefore() throws IOException {
    byte[] noise = new byte[300_000];
    new Random(3).nextBytes(noise);
    byte[] tgz =
        Archives.tarGz(
            Archives.text("a.txt", CCCD_TEXT),
            new Item("n.bin", noise),
            Archives.text("c.txt", CCCD_TEXT));

    ScanRecorder c = scan("cut.tgz", Arrays.copyOf(tgz, tgz.length / 2), SourceSettings.defaults());

    assertThat(c.sources()).containsExactly("cut.tgz!/a.txt");
    assertThat(c.outcome.error()).startsWith("tệp nén hỏng hoặc bị cắt cụt / corrupt or truncated");
  }

  @Test
  void aTarWithAMangledHeaderIsReportedAsDamaged() throws IOException {
    byte[] tar = Archives.tar(Archives.text("a.txt", CCCD_TEXT), Archives.text("b.txt", CCCD_TEXT));
    // The header checksum of the second entry: 512 bytes of header, 512 of data, then 148 in.
    byte[] junk = "zzzzzzzz".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(junk, 0, tar, 1024 + 148, junk.length);

    ScanRecorder c = scan("m.tar", tar, SourceSettings.defaults());

    assertThat(c.sources()).containsExactly("m.tar!/a.txt");
    assertThat(c.outcome.error()).startsWith("tệp nén hỏng hoặc bị cắt cụt / corrupt or truncated");
  }

  @Test
  void aFileNamedTarThatIsNotOneIsReportedAsDamaged() throws IOException {
    byte[] text = "Số CCCD: 079203001234 ".repeat(100).getBytes(StandardCharsets.UTF_8);

    ScanRecorder c = scan("x.tar", text, SourceSettings.defaults());

    assertThat(c.outcome.error()).startsWith("tệp nén hỏng hoặc bị cắt cụt / corrupt or truncated");
    assertThat(c.findings).isEmpty();
  }
}
