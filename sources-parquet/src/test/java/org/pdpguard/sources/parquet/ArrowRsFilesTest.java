package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pdpguard.sources.testing.RecordingUnits;

/**
 * Files written by another implementation, arrow-rs (see make-arrow-rs-fixtures.cjs beside them):
 * its codecs, data page v2, dictionary encoding, Arrow's list and struct layout.
 */
class ArrowRsFilesTest {
  static Path fixture(String name) {
    try {
      return Path.of(ArrowRsFilesTest.class.getResource("/test-documents/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "arrow-rs-snappy.parquet",
        "arrow-rs-zstd-v2.parquet",
        "arrow-rs-lz4raw-v2.parquet",
        "arrow-rs-gzip.parquet"
      })
  void readsEveryRowAndValueOfAFileWrittenByArrowRs(String name) throws IOException {
    RecordingUnits units = ParquetValuesTest.read(fixture(name));

    assertThat(units.errors).isEmpty();
    assertThat(units.rows).hasSize(20);
    RecordingUnits.Row first = units.rows.get(0);
    assertThat(first.values("ho_ten")).containsExactly("Nguyễn Văn An");
    assertThat(first.values("so_cccd")).containsExactly("001070001234");
    assertThat(first.values("so_dien_thoai")).containsExactly("0904567000");
    assertThat(first.values("email")).containsExactly("khach0@example.vn");
    assertThat(first.values("ngay_sinh")).containsExactly("1990-05-17");
    assertThat(first.values("cap_nhat")).containsExactly("2024-03-01T08:30:00Z");
    assertThat(first.values("customer.email")).containsExactly("kh0@example.vn");
    assertThat(first.values("tags")).containsExactly("vip", "hà nội 0");
    RecordingUnits.Row last = units.rows.get(19);
    assertThat(last.where().get("row")).isEqualTo(20L);
    assertThat(last.values("so_cccd")).containsExactly("079201001253");
    assertThat(last.values("tags")).containsExactly("vip", "hà nội 19");
  }

  @Test
  void saysBrotliIsNotSupported() {
    assertThatThrownBy(() -> ParquetValuesTest.read(fixture("arrow-rs-brotli.parquet")))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "chưa hỗ trợ kiểu nén BROTLI của Parquet / Parquet compression BROTLI not supported");
  }
}
