package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.testing.RecordingUnits;
import org.pdpguard.sources.testing.ScanRecorder.Note;

/** What the reader takes, the codecs it decodes, and how it reports broken files. */
class ParquetReaderTest {
  @TempDir Path dir;

  @Test
  void acceptsTheParquetExtensionOrThePar1MagicOnly() throws IOException {
    ParquetReader reader = new ParquetReader();
    assertThat(reader.accepts(Content.top("export/KHACH_HANG.PARQUET", -1, null))).isTrue();
    assertThat(reader.accepts(Content.top("khach_hang.csv", -1, null))).isFalse();

    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 3, CompressionCodecName.SNAPPY);
    RecordingUnits units = RecordingUnits.recordsOnly();
    Extraction extraction = new Extraction(List.of(reader), List.of());
    try (InputStream in = Files.newInputStream(file)) {
      extraction.read(Content.top("dump.bin", -1, null), in, units);
    }
    assertThat(units.rows).hasSize(3);
  }

  @ParameterizedTest
  @EnumSource(
      value = CompressionCodecName.class,
      names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW", "LZ4", "LZO"})
  void decodesEveryCodecWritersUseExceptBrotli(CompressionCodecName codec) throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 50, codec);

    RecordingUnits units = ParquetValuesTest.read(file);

    assertThat(units.errors).isEmpty();
    assertThat(units.rows).hasSize(50);
    assertThat(units.rows.get(49).values("so_cccd")).containsExactly(Fixtures.cccd(49));
    assertThat(units.rows.get(49).where().get("row")).isEqualTo(50L);
  }

  @Test
  void reportsACorruptFooterWithoutThePath() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 20, CompressionCodecName.SNAPPY);
    byte[] b = Files.readAllBytes(file);
    int footer = b.length - 8 - littleEndianInt(b, b.length - 8);
    for (int i = footer; i < b.length - 8; i += 3) {
      b[i] = (byte) 0xab;
    }
    Files.write(file, b);

    assertThatThrownBy(() -> ParquetValuesTest.read(file))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("tệp Parquet hỏng / corrupt Parquet file: ")
        .message()
        .doesNotContain(dir.toString());
  }

  @Test
  void tellsShortAndFooterEncryptedFilesApart() throws IOException {
    Path tiny =
        Files.write(dir.resolve("tiny.parquet"), "PAR1PAR1".getBytes(StandardCharsets.US_ASCII));
    Path sealed = dir.resolve("sealed.parquet");
    Fixtures.people(sealed, 2, CompressionCodecName.SNAPPY);
    byte[] b = Files.readAllBytes(sealed);
    b[b.length - 1] = 'E';
    Files.write(sealed, b);

    assertThatThrownBy(() -> ParquetValuesTest.read(tiny))
        .hasMessageContaining("too short (8 bytes), truncated file?");
    assertThatThrownBy(() -> ParquetValuesTest.read(sealed)).hasMessage(ParquetErrors.ENCRYPTED);
  }

  @Test
  void reportsACorruptRowGroupAndReadsTheOthers() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.write(file, Fixtures.PEOPLE, CompressionCodecName.UNCOMPRESSED, 20, peopleRows(60));
    corruptChunks(file, List.of(1));

    RecordingUnits units = ParquetValuesTest.read(file);

    assertThat(units.errors)
        .singleElement()
        .asString()
        .startsWith(
            "people.parquet: tệp Parquet hỏng / corrupt Parquet file: nhóm hàng / row group 2: ");
    assertThat(units.rows).hasSize(40);
    assertThat(units.rows.get(19).where().get("row")).isEqualTo(20L);
    assertThat(units.rows.get(20).where().get("row")).isEqualTo(41L);
    assertThat(units.rows.get(20).values("so_cccd")).containsExactly(Fixtures.cccd(40));
  }

  @Test
  void givesUpAfterTenCorruptRowGroups() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.write(file, Fixtures.PEOPLE, CompressionCodecName.UNCOMPRESSED, 4, peopleRows(60));
    corruptChunks(file, java.util.stream.IntStream.range(0, 15).boxed().toList());
    RecordingUnits units = RecordingUnits.recordsOnly();

    assertThatThrownBy(
            () -> {
              try (InputStream in = Files.newInputStream(file)) {
                new ParquetReader()
                    .read(Content.top("people.parquet", Files.size(file), file), in, units);
              }
            })
        .hasMessage(ParquetErrors.TOO_MANY_BAD_GROUPS);
    assertThat(units.errors).hasSize(ParquetRows.MAX_BAD_ROW_GROUPS);
    assertThat(units.rows).isEmpty();
  }

  @Test
  void skipsRowGroupsLargerThanTheLimitInsteadOfLoadingThem() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 20, CompressionCodecName.SNAPPY);
    RecordingUnits units = RecordingUnits.recordsOnly();

    try (InputStream in = Files.newInputStream(file)) {
      new ParquetReader(null, 100)
          .read(Content.top("people.parquet", Files.size(file), file), in, units);
    }

    assertThat(units.rows).isEmpty();
    assertThat(units.errors).singleElement().asString().contains("row group 1 too large (");
  }

  @Test
  void runsWithoutHadoopOrNativeCodecsAndLogsNothing() throws IOException {
    assertThatThrownBy(() -> Class.forName("org.apache.hadoop.conf.Configuration"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("org.xerial.snappy.Snappy"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThatThrownBy(() -> Class.forName("com.github.luben.zstd.Zstd"))
        .isInstanceOf(ClassNotFoundException.class);
    assertThat(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName())
        .isEqualTo("org.slf4j.helpers.NOPLoggerFactory");
  }

  @Test
  void readsAFileWithoutRowsAsNothingAndSkipsOneWithoutTextColumns() throws IOException {
    Path empty = dir.resolve("empty.parquet");
    Fixtures.write(empty, Fixtures.PEOPLE, CompressionCodecName.SNAPPY, 0, w -> {});
    MessageType blobs =
        MessageTypeParser.parseMessageType(
            "message blobs { optional binary doc (BSON); optional group v (VARIANT(1)) {"
                + " required binary metadata; required binary value; } }");
    Path binary = dir.resolve("blobs.parquet");
    Fixtures.write(binary, blobs, CompressionCodecName.SNAPPY, 0, w -> {});

    RecordingUnits none = ParquetValuesTest.read(empty);
    RecordingUnits skipped = ParquetValuesTest.read(binary);

    assertThat(none.rows).isEmpty();
    assertThat(none.errors).isEmpty();
    assertThat(skipped.skipped)
        .containsExactly(new Note("blobs.parquet", "không có cột văn bản / no text column"));
  }

  @Test
  void reportsAnEmptyStreamAsTooShort() {
    RecordingUnits units = RecordingUnits.recordsOnly();
    assertThatThrownBy(
            () ->
                new ParquetReader()
                    .read(Content.top("-", -1, null), new ByteArrayInputStream(new byte[0]), units))
        .hasMessageContaining("too short (0 bytes)");
  }

  static java.util.function.Consumer<
          java.util.function.Consumer<org.apache.parquet.example.data.Group>>
      peopleRows(int n) {
    return w -> {
      var f = new org.apache.parquet.example.data.simple.SimpleGroupFactory(Fixtures.PEOPLE);
      for (int i = 0; i < n; i++) {
        w.accept(
            f.newGroup()
                .append("ho_ten", "Nguyễn Văn An")
                .append("so_cccd", Fixtures.cccd(i))
                .append("so_dien_thoai", Fixtures.phone(i))
                .append("email", Fixtures.email(i)));
      }
    };
  }

  /** Flips bytes in the middle of the so_cccd chunk of the given row groups (0-based). */
  private static void corruptChunks(Path file, List<Integer> groups) throws IOException {
    List<BlockMetaData> blocks;
    try (ParquetFileReader r =
        new ParquetFileReader(new ChannelInputFile(file, "x"), ReadOptions.get())) {
      blocks = r.getRowGroups();
    }
    byte[] b = Files.readAllBytes(file);
    for (int g : groups) {
      if (g >= blocks.size()) {
        continue;
      }
      ColumnChunkMetaData chunk = blocks.get(g).getColumns().get(1);
      int middle = (int) (chunk.getStartingPos() + chunk.getTotalSize() * 3 / 4);
      for (int i = middle; i < middle + 4; i++) {
        b[i] ^= (byte) 0x5a;
      }
    }
    Files.write(file, b);
  }

  private static int littleEndianInt(byte[] b, int i) {
    return (b[i] & 0xff)
        | (b[i + 1] & 0xff) << 8
        | (b[i + 2] & 0xff) << 16
        | (b[i + 3] & 0xff) << 24;
  }
}
