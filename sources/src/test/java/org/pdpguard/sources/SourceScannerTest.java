package org.pdpguard.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

class SourceScannerTest {
  /** Reads {@code .kv} content: one record per line of {@code name=value;name=value}. */
  private static final class KeyValueReader implements FormatReader {
    @Override
    public String name() {
      return "kv";
    }

    @Override
    public boolean accepts(Content content) {
      return content.extension().equals("kv");
    }

    @Override
    public void read(Content content, InputStream in, Units units) throws IOException {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      long row = 0;
      for (String line : text.split("\n")) {
        row++;
        List<Field> fields = new ArrayList<>();
        for (String pair : line.split(";")) {
          int eq = pair.indexOf('=');
          fields.add(
              Field.of(
                  pair.substring(0, eq),
                  pair.substring(eq + 1),
                  Location.NONE.with(Location.CELL, "c" + fields.size())));
        }
        units.record(content.name(), null, Location.NONE.with(Location.ROW, row), fields);
      }
    }
  }

  /** Reads {@code .box} content: each line names an inner text, handed to nested(). */
  private static final class BoxReader implements FormatReader {
    @Override
    public String name() {
      return "box";
    }

    @Override
    public boolean accepts(Content content) {
      return content.startsWith('B', 'O', 'X');
    }

    @Override
    public void read(Content content, InputStream in, Units units) throws IOException {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      int i = 0;
      for (String part : text.substring(4).split("\\|")) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        units.nested(
            content.child("part" + i++ + ".txt", bytes.length), new ByteArrayInputStream(bytes));
      }
    }
  }

  private static SourceScanner scanner(FormatReader... readers) {
    return TestEngine.scanner(SourceSettings.defaults(), List.of(readers), List.of());
  }

  private static Source text(String name, String text) {
    return Source.stream(name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aPoolForUnitsAndBatchesChangesNothingButTheThreads() throws Exception {
    StringBuilder kv = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      kv.append("so_cccd=0792030")
          .append(String.format("%05d", i))
          .append(";email=kh")
          .append(i)
          .append("@example.vn;ghi_chu=giao hàng giờ hành chính\n");
    }
    StringBuilder txt = new StringBuilder();
    for (int i = 0; i < 30000; i++) {
      txt.append(i % 50 == 0 ? "Số CCCD: 079203001234, điện thoại 0912345678\n" : "dòng văn bản\n");
    }
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (String[] input : new String[][] {{"a.kv", kv.toString()}, {"b.txt", txt.toString()}}) {
        ScanRecorder alone = new ScanRecorder();
        ScanRecorder pooled = new ScanRecorder();
        SourceScanner.Outcome o1 =
            scanner(new KeyValueReader()).scan(text(input[0], input[1]), alone);
        SourceScanner.Outcome o2 =
            scanner(new KeyValueReader()).parallel(pool, 4).scan(text(input[0], input[1]), pooled);

        assertThat(alone.findings).hasSizeGreaterThan(500);
        assertThat(pooled.findings).isEqualTo(alone.findings);
        assertThat(pooled.columns).isEqualTo(alone.columns);
        assertThat(o2).isEqualTo(o1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void plainTextFindingsCarryNoPlaceBeyondLineAndColumn() {
    ScanRecorder events = new ScanRecorder();
    SourceScanner.Outcome o =
        scanner().scan(text("a.txt", "Dòng một\nSố CCCD: 079203001234\n"), events);

    assertThat(o.error()).isNull();
    assertThat(events.findings).hasSize(1);
    ScanRecorder.Found f = events.findings.get(0);
    assertThat(f.source()).isEqualTo("a.txt");
    assertThat(f.where().isEmpty()).isTrue();
    assertThat(f.finding().type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(f.finding().line()).isEqualTo(2);
    assertThat(f.finding().column()).isEqualTo(10);
  }

  @Test
  void recordFieldsUseTheirColumnNameAsContextAndFeedTheColumnSummary() {
    StringBuilder kv = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      kv.append("so_cccd=07920300123").append(i).append(";ghi_chu=khách hàng thân thiết\n");
    }
    ScanRecorder events = new ScanRecorder();
    scanner(new KeyValueReader()).scan(text("khach.kv", kv.toString()), events);

    assertThat(events.findings).hasSize(10);
    ScanRecorder.Found first = events.findings.get(0);
    assertThat(first.where().get(Location.ROW)).isEqualTo(1L);
    assertThat(first.where().get(Location.CELL)).isEqualTo("c0");
    assertThat(first.where().get(Location.FIELD)).isEqualTo("so_cccd");
    assertThat(first.finding().value()).isEqualTo("079203001230");
    assertThat(first.finding().start()).isZero();
    assertThat(first.finding().line()).isZero();
    assertThat(events.columns).hasSize(1);
    ColumnSummary c = events.columns.get(0);
    assertThat(c.column()).isEqualTo("so_cccd");
    assertThat(c.type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(c.values()).isEqualTo(10);
    assertThat(c.share()).isEqualTo(1.0);
  }

  @Test
  void aTwelveDigitColumnWithoutAnIdentityNameIsNotACitizenId() {
    ScanRecorder events = new ScanRecorder();
    scanner(new KeyValueReader())
        .scan(text("don.kv", "ma_don_hang=079203001234;so_luong=2\n"), events);

    assertThat(events.findings).isEmpty();
    assertThat(events.columns).isEmpty();
  }

  @Test
  void valuesLongerThanABatchAreScannedAsTextOfTheirOwn() {
    String longNote = "ghi chú ".repeat(3000) + "email an.nguyen@example.vn";
    ScanRecorder events = new ScanRecorder();
    scanner(new KeyValueReader()).scan(text("dai.kv", "ghi_chu=" + longNote + "\n"), events);

    assertThat(events.findings)
        .extracting(f -> f.finding().type())
        .containsExactly(EntityType.EMAIL_ADDRESS);
    LocatedFinding f = events.findings.get(0).finding();
    assertThat(longNote.substring((int) f.start(), (int) f.end())).isEqualTo(f.value());
    assertThat(events.columns)
        .singleElement()
        .satisfies(c -> assertThat(c.type()).isEqualTo(EntityType.EMAIL_ADDRESS));
  }

  @Test
  void nestedContentIsNamedInsideItsContainerAndDispatchedAgain() {
    ScanRecorder events = new ScanRecorder();
    scanner(new BoxReader()).scan(text("hop.bin", "BOX\nxin chào|Điện thoại: 0912345678"), events);

    assertThat(events.findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.source()).isEqualTo("hop.bin!/part1.txt");
              assertThat(f.finding().type()).isEqualTo(EntityType.PHONE_NUMBER);
            });
  }

  @Test
  void contentNestedTooDeepIsSkippedWithTheLimit() {
    SourceScanner scanner =
        TestEngine.scanner(
            SourceSettings.defaults().withArchiveLimits(1, 1 << 20, 1 << 20, 100),
            List.of(new BoxReader()),
            List.of());
    ScanRecorder events = new ScanRecorder();
    scanner.scan(text("hop.bin", "BOX\nBOX\nSố CCCD 079203001234"), events);

    assertThat(events.findings).isEmpty();
    assertThat(events.skipped)
        .singleElement()
        .asString()
        .startsWith("hop.bin!/part0.txt!/part0.txt: ")
        .contains("nested too deep (limit 1)");
  }

  @Test
  void binaryContentIsSkippedNotScanned() {
    ScanRecorder events = new ScanRecorder();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    scanner().scan(Source.stream("anh.png", new ByteArrayInputStream(png)), events);

    assertThat(events.skipped).hasSize(1);
    assertThat(events.skipped.get(0).source()).isEqualTo("anh.png");
  }

  @Test
  void aReaderFailureInsideAContainerIsAnErrorForThatPartOnly() {
    FormatReader failing =
        new FormatReader() {
          @Override
          public String name() {
            return "bad";
          }

          @Override
          public boolean accepts(Content content) {
            return content.entry().equals("part0.txt");
          }

          @Override
          public void read(Content content, InputStream in, Units units) throws IOException {
            throw new IOException("tệp hỏng / corrupt file");
          }
        };
    ScanRecorder events = new ScanRecorder();
    SourceScanner.Outcome o =
        scanner(failing, new BoxReader())
            .scan(text("hop.bin", "BOX\nhỏng|Email: an.nguyen@example.vn"), events);

    assertThat(o.error()).isNull();
    assertThat(events.errors)
        .containsExactly(new ScanRecorder.Note("hop.bin!/part0.txt", "tệp hỏng / corrupt file"));
    assertThat(events.findings)
        .extracting(ScanRecorder.Found::source)
        .containsExactly("hop.bin!/part1.txt");
  }

  @Test
  void aReportThatCannotBeWrittenStopsTheScanInsteadOfBecomingAReadError() {
    ScanEvents broken =
        new ScanRecorder() {
          @Override
          public void finding(String source, Location where, LocatedFinding finding)
              throws IOException {
            throw new IOException("disk full");
          }
        };
    assertThatThrownBy(() -> scanner().scan(text("a.txt", "Số CCCD: 079203001234"), broken))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("disk full");
  }

  @Test
  void locationsKeepTheOrderTheirPartsWereAdded() {
    Location l =
        Location.NONE.with(Location.SHEET, "Lương").with(Location.ROW, 7).with(Location.CELL, "B7");

    assertThat(l.toString()).isEqualTo("sheet=Lương, row=7, cell=B7");
    assertThat(l.with(Location.ROW, 8).fields().keySet()).containsExactly("sheet", "row", "cell");
    assertThat(l.without(Location.ROW).toString()).isEqualTo("sheet=Lương, cell=B7");
  }
}
