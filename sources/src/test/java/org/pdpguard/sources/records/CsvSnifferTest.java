package org.pdpguard.sources.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvSnifferTest {
  @ParameterizedTest(name = "{0} -> [{1}] header={2}")
  @CsvSource(
      delimiter = '!',
      value = {
        // sample ! delimiter ! header
        "a,b,c\\n1,2,3\\n4,5,6 ! , ! true",
        "ho_ten;so_tien\\nAn;1,5\\nBình;2,75 ! ; ! true",
        "ten\\tdia_chi\\nAn\\t12 Lê Lợi, Q.1\\nBình\\t3 Hai Bà Trưng, Q.3 ! TAB ! true",
        "a|b\\nx|y ! | ! true",
        "\"ho, ten\",sdt\\n\"Nguyễn, An\",0912345678 ! , ! true",
        "\"ghi chú\",b\\n\"x\\ny;z;w\",2\\n\"p\",3 ! , ! true",
        "Nguyễn Văn An,079203001234\\nTrần Thị Bình,079303001235 ! , ! false",
        "an.nguyen@example.vn,An\\nb@example.vn,B ! , ! false",
        "14/02/1991,An\\n15/03/1992,B ! , ! false",
        "một cột\\nhai\\nba ! , ! true",
      })
  void guessesTheDelimiterAndTheHeader(String sample, String delimiter, boolean header) {
    String text = sample.replace("\\n", "\n").replace("\\t", "\t");
    CsvSniffer.Sniffed s = CsvSniffer.sniff(text, true, ',');

    char expected = delimiter.equals("TAB") ? '\t' : delimiter.charAt(0);
    assertThat(s.delimiter()).isEqualTo(expected);
    assertThat(s.header()).isEqualTo(header);
  }

  @ParameterizedTest
  @CsvSource({
    "so_cccd,true",
    "Số điện thoại,true",
    "col1,true",
    "0912345678,false",
    "a@b.vn,false",
    "2024,false",
    "'',false"
  })
  void tellsNamesFromValues(String cell, boolean nameLike) {
    assertThat(CsvSniffer.nameLike(cell)).isEqualTo(nameLike);
  }

  @org.junit.jupiter.api.Test
  void leavesOutALastRecordThatMayBeCutShort() {
    List<List<String>> records = CsvSniffer.split("a,b\n1,2\n3,", false, ',');

    assertThat(records).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }
}
