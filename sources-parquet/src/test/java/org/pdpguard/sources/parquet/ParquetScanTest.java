package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Source;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.TestEngine;

/** Parquet files scanned end to end by the real detector, through {@link SourceScanner}. */
class ParquetScanTest {
  @TempDir Path dir;

  @BeforeEach
  void makeSpoolDir() throws IOException {
    Files.createDirectories(dir.resolve("spool"));
  }

  private SourceScanner scanner(SourceSettings settings) {
    return TestEngine.scanner(
        settings,
        List.of(new ParquetReader(dir.resolve("spool"), ParquetRows.MAX_ROW_GROUP_BYTES)),
        List.of());
  }

  private SourceScanner scanner() {
    return scanner(SourceSettings.defaults());
  }

  @Test
  void findsPersonalDataPerRowAndColumnAndSummarisesEachColumn() throws IOException {
    Path file = dir.resolve("khach_hang.parquet");
    Fixtures.people(file, 20, CompressionCodecName.SNAPPY);
    ScanRecorder events = new ScanRecorder();

    SourceScanner.Outcome outcome = scanner().scan(Source.file("khach_hang.parquet", file), events);

    assertThat(outcome.error()).isNull();
    assertThat(outcome.bytes()).isEqualTo(Files.size(file));
    assertThat(events.errors).isEmpty();
    List<Found> cccd = events.of(EntityType.VN_CCCD);
    assertThat(cccd).hasSize(20);
    assertThat(cccd.get(0).where())
        .isEqualTo(Location.NONE.with(Location.ROW, 1).with(Location.FIELD, "so_cccd"));
    assertThat(cccd.get(0).finding().value()).isEqualTo(Fixtures.cccd(0));
    assertThat(cccd.get(19).where().get(Location.ROW)).isEqualTo(20L);
    assertThat(rowsWith(events, EntityType.PHONE_NUMBER, "so_dien_thoai")).hasSize(20);
    assertThat(rowsWith(events, EntityType.EMAIL_ADDRESS, "email")).hasSize(20);

    ColumnSummary id = events.column("so_cccd");
    assertThat(id.type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(id.share()).isEqualTo(1.0);
    assertThat(id.values()).isEqualTo(20);
    assertThat(id.table()).isNull();
    assertThat(id.source()).isEqualTo("khach_hang.parquet");
    assertThat(events.column("so_dien_thoai").type()).isEqualTo(EntityType.PHONE_NUMBER);
    assertThat(events.column("so_dien_thoai").share()).isEqualTo(1.0);
    assertThat(events.column("email").type()).isEqualTo(EntityType.EMAIL_ADDRESS);
    assertThat(events.column("email").share()).isEqualTo(1.0);
  }

  private static Set<Long> rowsWith(ScanRecorder events, EntityType type, String field) {
    return events.findings.stream()
        .filter(f -> f.finding().type() == type && field.equals(f.where().get(Location.FIELD)))
        .map(f -> (Long) f.where().get(Location.ROW))
        .collect(Collectors.toSet());
  }

  @Test
  void findsValuesInNestedGroupsUnderTheirDotJoinedPath() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType(
            """
            message orders {
              required int64 ma_don;
              optional group customer {
                optional binary email (STRING);
                optional group contact {
                  optional binary so_dien_thoai (STRING);
                }
              }
            }
            """);
    Path file = dir.resolve("orders.parquet");
    Fixtures.write(
        file,
        schema,
        CompressionCodecName.ZSTD,
        0,
        w -> {
          SimpleGroupFactory f = new SimpleGroupFactory(schema);
          for (int i = 0; i < 5; i++) {
            Group g = f.newGroup().append("ma_don", 1000L + i);
            Group c = g.addGroup("customer").append("email", Fixtures.email(i));
            c.addGroup("contact").append("so_dien_thoai", Fixtures.phone(i));
            w.accept(g);
          }
        });
    ScanRecorder events = new ScanRecorder();

    SourceScanner.Outcome outcome = scanner().scan(Source.file("orders.parquet", file), events);

    assertThat(outcome.error()).isNull();
    assertThat(rowsWith(events, EntityType.EMAIL_ADDRESS, "customer.email"))
        .containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L);
    assertThat(rowsWith(events, EntityType.PHONE_NUMBER, "customer.contact.so_dien_thoai"))
        .hasSize(5);
    assertThat(events.column("customer.email").type()).isEqualTo(EntityType.EMAIL_ADDRESS);
  }

  @Test
  void readsAStreamWithoutAFileBySpoolingItAndDeletesTheSpool() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 20, CompressionCodecName.GZIP);
    byte[] bytes = Files.readAllBytes(file);
    ScanRecorder events = new ScanRecorder();

    SourceScanner.Outcome outcome =
        scanner().scan(Source.stream("-", new ByteArrayInputStream(bytes)), events);

    assertThat(outcome.error()).isNull();
    assertThat(outcome.bytes()).isEqualTo(bytes.length);
    assertThat(events.column("so_cccd").share()).isEqualTo(1.0);
    assertThat(events.findings).allMatch(f -> f.source().equals("-"));
    assertThat(spooled()).isEmpty();
  }

  @Test
  void refusesToSpoolAStreamOverTheEntryLimitAndDeletesWhatItCopied() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 200, CompressionCodecName.UNCOMPRESSED);
    byte[] bytes = Files.readAllBytes(file);
    SourceSettings small =
        SourceSettings.defaults().withArchiveLimits(5, bytes.length / 2, 8L << 30, 200);
    ScanRecorder events = new ScanRecorder();

    SourceScanner.Outcome outcome =
        scanner(small).scan(Source.stream("-", new ByteArrayInputStream(bytes)), events);

    assertThat(outcome.error())
        .contains("luồng Parquet vượt giới hạn")
        .contains("over the " + bytes.length / 2 + "-byte limit");
    assertThat(events.findings).isEmpty();
    assertThat(spooled()).isEmpty();
  }

  @Test
  void reportsATruncatedFileAsCorruptAndDeletesItsSpool() throws IOException {
    Path file = dir.resolve("people.parquet");
    Fixtures.people(file, 20, CompressionCodecName.SNAPPY);
    byte[] bytes = Files.readAllBytes(file);
    byte[] half = java.util.Arrays.copyOf(bytes, bytes.length / 2);
    Path cut = Files.write(dir.resolve("cut.parquet"), half);
    ScanRecorder fromFile = new ScanRecorder();
    ScanRecorder fromStream = new ScanRecorder();

    String onDisk = scanner().scan(Source.file("cut.parquet", cut), fromFile).error();
    String streamed =
        scanner().scan(Source.stream("-", new ByteArrayInputStream(half)), fromStream).error();

    assertThat(onDisk)
        .startsWith("tệp Parquet hỏng / corrupt Parquet file")
        .contains("truncated file or corrupt footer")
        .doesNotContain(dir.toString());
    assertThat(streamed).isEqualTo(onDisk);
    assertThat(fromFile.findings).isEmpty();
    assertThat(spooled()).isEmpty();
  }

  @Test
  void reportsTextNamedParquetAsNotAParquetFile() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("notes.parquet"),
            "ho_ten,so_cccd\nNguyễn Văn An,079203001234\n",
            StandardCharsets.UTF_8);
    ScanRecorder events = new ScanRecorder();

    SourceScanner.Outcome outcome = scanner().scan(Source.file("notes.parquet", file), events);

    assertThat(outcome.error())
        .isEqualTo(
            "tệp Parquet hỏng / corrupt Parquet file: không có mã nhận dạng PAR1 ở đầu tệp,"
                + " không phải tệp Parquet / no PAR1 magic at the start, not a Parquet file");
    assertThat(events.findings).isEmpty();
  }

  private List<Path> spooled() throws IOException {
    try (var files = Files.list(dir.resolve("spool"))) {
      return files.toList();
    }
  }
}
