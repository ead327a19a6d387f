package org.pdpguard.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceKindTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db/crm public.customers|DATABASE",
        "https://example.vn/lien-he|PUBLIC_WEB",
        "/var/log/app/server.txt|LOG",
        "app.log|LOG",
        "app.log.3|LOG",
        "logs.zip!/app.log.2.gz|LOG",
        "apache/access_log|LOG",
        "exports/khach_hang.csv|EXPORT",
        "data.parquet|EXPORT",
        "a.zip!/b/c.XLSX|EXPORT",
        "mail/hop-dong.eml|EMAIL",
        "scan/cccd.jpg|DOCUMENT",
        "notes.txt|FILE",
        "catalog.txt|FILE",
        "blog/post.md|FILE",
      })
  void infersTheKindOfPlaceFromTheSourceName(String source, PlaceKind kind) {
    assertThat(PlaceKind.infer(source)).isEqualTo(kind);
  }
}
