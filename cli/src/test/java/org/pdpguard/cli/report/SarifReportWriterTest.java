package org.pdpguard.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SarifReportWriterTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "data/a.txt               | data/a.txt",
        "data/a b.txt             | data/a%20b.txt",
        "./hồ sơ/x#1.txt          | ./h%E1%BB%93%20s%C6%A1/x%231.txt",
        "/srv/share/k h.csv       | file:///srv/share/k%20h.csv",
        "C:/Users/an/a.txt        | file:///C:/Users/an/a.txt",
        "-                        | -",
        "a:b.txt                  | a%3Ab.txt",
      })
  void turnsSourceNamesIntoUriReferences(String source, String uri) {
    assertThat(SarifReportWriter.uri(source)).isEqualTo(uri);
  }
}
