package org.pdpguard.core.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.Recognizers;

class DelimitedColumnsTest {
  private static List<LocatedFinding> scan(String text) throws IOException {
    List<LocatedFinding> out = new ArrayList<>();
    new TextScanner(Recognizers.defaultDetector()).scan(new StringReader(text), out::add);
    return out;
  }

  @Test
  void columnNamesAreTheContextOfTheirValues() throws IOException {
    String csv =
        "ma_kh,ngay_sinh,gioi_tinh,so_cmnd,ghi_chu\n"
            + "KH01,14/02/1991,Nữ,012345678,\"giao hàng, gọi trước\"\n"
            + "KH02,03/11/1985,Nam,023456789,\n";
    List<LocatedFinding> found = scan(csv);
    assertThat(found)
        .extracting(LocatedFinding::type, LocatedFinding::value)
        .contains(
            org.assertj.core.groups.Tuple.tuple(EntityType.DATE_OF_BIRTH, "14/02/1991"),
            org.assertj.core.groups.Tuple.tuple(EntityType.GENDER, "Nữ"),
            org.assertj.core.groups.Tuple.tuple(EntityType.VN_CMND, "012345678"),
            org.assertj.core.groups.Tuple.tuple(EntityType.DATE_OF_BIRTH, "03/11/1985"));
    for (LocatedFinding f : found) {
      assertThat(csv.substring((int) f.start(), (int) f.end())).isEqualTo(f.value());
    }
    LocatedFinding dob = found.get(0);
    assertThat(dob.line()).isEqualTo(2);
    assertThat(dob.explanation().context()).isNotNull();
  }

  @Test
  void withoutTheHeaderTheSameValuesNeedContext() throws IOException {
    String rows = "KH01 14/02/1991 Nữ 012345678\n";
    assertThat(scan(rows))
        .extracting(LocatedFinding::type)
        .doesNotContain(EntityType.DATE_OF_BIRTH);
  }

  @Test
  void sniffsOnlyDelimitedTextWithALabelHeader() {
    assertThat(DelimitedColumns.sniff("a;b;c\n1;2;3\n4;5;6\n")).isNotNull();
    assertThat(DelimitedColumns.sniff("ho_ten\tsdt\temail\nAn\t0912\tx@y.vn\n")).isNotNull();
    // prose with commas is not a table
    assertThat(
            DelimitedColumns.sniff(
                "Hôm nay, trời mưa, đường ngập.\nNgày mai, có lẽ, sẽ nắng, ấm hơn.\n"))
        .isNull();
    // numbers are no column names
    assertThat(DelimitedColumns.sniff("1,2,3\n4,5,6\n")).isNull();
    assertThat(DelimitedColumns.sniff("one line, only, here")).isNull();
  }

  @Test
  void splitsQuotedFieldsWithDelimitersAndDoubledQuotes() {
    String line = "a,\"b, \"\"c\"\"\",d";
    List<int[]> fields = DelimitedColumns.split(line, 0, line.length(), ',');
    assertThat(fields).hasSize(3);
    assertThat(line.substring(fields.get(1)[0], fields.get(1)[1])).isEqualTo("b, \"\"c\"\"");
    assertThat(DelimitedColumns.split("a,\"open", 0, 7, ',')).isNull();
  }

  @Test
  void columnNamesBecomeWords() {
    assertThat(DelimitedColumns.label("maritalStatus", new int[] {0, 13}))
        .isEqualTo("marital status");
    assertThat(DelimitedColumns.label("ngay_sinh", new int[] {0, 9})).isEqualTo("ngay sinh");
  }
}
