package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.recognizer.Recognizers;

/** Redaction of files: structure kept, originals untouched, outputs atomic. Synthetic data. */
class RedactorTest {
  static final String CSV =
      """
      ho_ten,so_cccd,dien_thoai,email,ghi_chu,so_luong
      Nguyễn Văn An,001098012345,0912 345 678,an.nguyen@gmail.com,"khách ""VIP"", gọi 0912345678",3
      Trần Thị Bình,079203001234,0987654321,binh.tran@yahoo.com,,12

      Lê Văn Cường,048185574922,0836715891,cuong.le@example.vn,"giao hàng
      buổi sáng",1
      """;

  static final String JSON =
      """
      {
        "batch": 7,
        "customers": [
          {"ho_ten": "Nguyễn Văn An", "cccd": "001098012345", "phone": 0912345678,
           "age": 47, "vip": true, "tags": ["mới", "VIP"], "address": null},
          {"ho_ten": "Trần Thị Bình", "contact": {"email": "binh.tran@yahoo.com"}, "score": 4.5}
        ]
      }
      """;

  static final String TEXT =
      "Khách hàng Nguyễn Văn An, Số CCCD: 001098012345, điện thoại 0912 345 678.\r\n"
          + "Email an.nguyen@gmail.com; đơn hàng DH123456 giao trong ngày.\r\n";

  static final MasterKey KEY =
      MasterKey.of("redactor-test-key-0123456789".getBytes(StandardCharsets.UTF_8));

  @TempDir Path tmp;

  static Redactor redactor(Operator op, MasterKey key) {
    return new Redactor(
        Recognizers.defaultDetector(), Policy.builder().defaultOperator(op).build(), key, null, 1);
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void replacesFindingsInPlainTextAndKeepsTheRestCharForChar() throws IOException {
    Path in = write("a.txt", TEXT);
    Path out = tmp.resolve("out.txt");

    Redactor.Result r = redactor(Operator.LABEL, null).redact(in, out);

    assertThat(Files.readString(out))
        .isEqualTo(
            "Khách hàng [PERSON_NAME], Số CCCD: [VN_CCCD], điện thoại [PHONE_NUMBER].\r\n"
                + "Email [EMAIL_ADDRESS]; đơn hàng DH123456 giao trong ngày.\r\n");
    assertThat(r.format()).isEqualTo(Redactor.Format.TEXT);
    assertThat(r.tally().counts().get(EntityType.VN_CCCD)).isEqualTo(Map.of("label", 1L));
  }

  @Test
  void keepsTheHeaderTheColumnsAndTheRowsOfACsvFile() throws IOException {
    Path in = write("k.csv", CSV);
    Path out = tmp.resolve("k.out.csv");

    redactor(Operator.PSEUDONYM, KEY).redact(in, out);

    List<CSVRecord> before = csv(in);
    List<CSVRecord> after = csv(out);
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.get(0).toList()).isEqualTo(before.get(0).toList());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).size()).as("row %s", i).isEqualTo(before.get(i).size());
    }
    String text = Files.readString(out);
    assertThat(text)
        .doesNotContain("001098012345", "0912345678", "an.nguyen@gmail.com", "Nguyễn Văn An")
        .contains("[PERSON_NAME_", "khách \"\"VIP\"\", gọi [PHONE_NUMBER_")
        .contains(",3\n", ",12\n", "\n\n"); // numbers that are no personal data, the blank line
  }

  @Test
  void dropLeavesEmptyCellsAndJsonNullsWithTheStructureKept() throws IOException {
    Path csv = write("k.csv", CSV);
    Path json = write("j.json", JSON);
    Redactor drop = redactor(Operator.DROP, null);

    drop.redact(csv, tmp.resolve("k.out.csv"));
    drop.redact(json, tmp.resolve("j.out.json"));

    List<CSVRecord> rows = csv(tmp.resolve("k.out.csv"));
    assertThat(rows.get(1).get(1)).isEmpty();
    assertThat(rows.get(1).get(5)).isEqualTo("3");
    JsonNode tree = new ObjectMapper().readTree(tmp.resolve("j.out.json").toFile());
    assertThat(tree.at("/customers/0/cccd").isNull()).isTrue();
    assertThat(tree.at("/customers/0/vip").asBoolean()).isTrue();
    assertThat(tree.at("/batch").isInt()).isTrue();
  }

  @Test
  void keepsTheShapeOfJsonAndRedactsStringsAndPersonalNumbersInPlace() throws IOException {
    Path in = write("j.json", JSON);
    Path out = tmp.resolve("j.out.json");

    redactor(Operator.HASH, KEY).redact(in, out);

    ObjectMapper mapper = new ObjectMapper();
    JsonNode before = mapper.readTree(JSON.replace("0912345678", "\"0912345678\""));
    JsonNode after = mapper.readTree(out.toFile());
    assertSameShape(before, after, "");
    assertThat(after.at("/customers/0/cccd").asText()).matches("\\[VN_CCCD#[0-9a-f]{16}\\]");
    assertThat(after.at("/customers/0/phone").asText()).startsWith("[PHONE_NUMBER#");
    assertThat(after.at("/customers/1/score").isDouble()).isTrue();
    assertThat(after.at("/customers/0/tags/1").asText()).isEqualTo("VIP");
    // the text around the values is copied: keys, spacing and line breaks stay where they were
    assertThat(Files.readString(out)).startsWith("{\n  \"batch\": 7,\n  \"customers\": [\n");
  }

  @Test
  void redactsJsonLinesLineByLineAndALineThatIsNotJsonAsText() throws IOException {
    Path in =
        write(
            "j.jsonl",
            "{\"ho_ten\": \"Nguyễn Văn An\", \"cccd\": \"001098012345\"}\n"
                + "không phải JSON, Số CCCD 001098012345\r\n"
                + "{\"email\": \"binh.tran@yahoo.com\", \"n\": 2}");
    Path out = tmp.resolve("j.out.jsonl");

    Redactor.Result r = redactor(Operator.LABEL, null).redact(in, out);

    assertThat(Files.readString(out))
        .isEqualTo(
            "{\"ho_ten\": \"[PERSON_NAME]\", \"cccd\": \"[VN_CCCD]\"}\n"
                + "không phải JSON, Số CCCD [VN_CCCD]\r\n"
                + "{\"email\": \"[EMAIL_ADDRESS]\", \"n\": 2}");
    assertThat(r.textLines()).isEqualTo(1);
  }

  @Test
  void pseudonymsAreTheSameAcrossFilesWithOneKeyAndDifferWithAnother() throws IOException {
    Path a = write("a.txt", "Khách hàng Nguyễn Văn An, Số CCCD: 001098012345.\n");
    Path b = write("b.csv", "ho_ten,so_cccd,ghi_chu\nNguyễn Văn An,001098012345,mới\n");
    MasterKey other =
        MasterKey.of("another-key-for-pseudonyms-42".getBytes(StandardCharsets.UTF_8));

    redactor(Operator.PSEUDONYM, KEY).redact(a, tmp.resolve("a1.txt"));
    redactor(Operator.PSEUDONYM, KEY).redact(b, tmp.resolve("b1.csv"));
    redactor(Operator.PSEUDONYM, other).redact(a, tmp.resolve("a2.txt"));

    String id = tokenOf(Files.readString(tmp.resolve("a1.txt")), "VN_CCCD");
    String name = tokenOf(Files.readString(tmp.resolve("a1.txt")), "PERSON_NAME");
    assertThat(Files.readString(tmp.resolve("b1.csv"))).contains(id, name);
    assertThat(Files.readString(tmp.resolve("a2.txt")))
        .doesNotContain(id, name)
        .contains("[VN_CCCD_", "[PERSON_NAME_");
  }

  private static String tokenOf(String text, String type) {
    int s = text.indexOf("[" + type + "_");
    return text.substring(s, text.indexOf(']', s) + 1);
  }

  @Test
  void leavesTheOriginalUntouchedAndRefusesToWriteOverIt() throws IOException {
    Path in = write("a.txt", TEXT);
    byte[] before = Files.readAllBytes(in);

    redactor(Operator.MASK, null).redact(in, tmp.resolve("out.txt"));

    assertThat(Files.readAllBytes(in)).isEqualTo(before);
    assertThatThrownBy(() -> redactor(Operator.MASK, null).redact(in, in))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("output is the input");
    assertThatThrownBy(() -> redactor(Operator.MASK, null).redact(in, tmp.resolve("x/../a.txt")))
        .isInstanceOf(IOException.class);
    assertThat(Files.readAllBytes(in)).isEqualTo(before);
  }

  @Test
  void aFailedRedactionLeavesNoOutputAndNoTemporaryFile() throws IOException {
    Path in = write("bad.json", "{\"ho_ten\": \"Nguyễn Văn An\", \"cccd\": \"001098012345\", ");
    Path outDir = Files.createDirectories(tmp.resolve("out"));
    Path out = outDir.resolve("bad.json");
    Files.writeString(out, "an earlier copy");

    assertThatThrownBy(() -> redactor(Operator.LABEL, null).redact(in, out))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("JSON");

    assertThat(Files.readString(out)).isEqualTo("an earlier copy");
    try (Stream<Path> files = Files.list(outDir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void refusesDocumentsArchivesAndBinaryFilesWithoutWritingACopy() throws IOException {
    Path docx = write("letter.docx", "PK not really a document");
    Path binary = tmp.resolve("blob.dat");
    Files.write(binary, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

    assertThatThrownBy(() -> redactor(Operator.LABEL, null).redact(docx, tmp.resolve("o.docx")))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("does not support");
    assertThatThrownBy(() -> redactor(Operator.LABEL, null).redact(binary, tmp.resolve("o.dat")))
        .isInstanceOf(UnsupportedFormatException.class)
        .hasMessageContaining("binary");
    assertThat(tmp.resolve("o.docx")).doesNotExist();
    assertThat(tmp.resolve("o.dat")).doesNotExist();
  }

  @Test
  void readsLegacyVietnameseEncodingsAndWritesUtf8() throws IOException {
    Path in = tmp.resolve("cp1258.txt");
    // Windows-1258 writes "cũ" as u and a combining tilde (0xDE)
    String text = "Khách hàng cu\u0303, CCCD 001098012345 (đúng).\n";
    Files.write(in, text.getBytes(Charset.forName("windows-1258")));
    Path out = tmp.resolve("out.txt");

    redactor(Operator.LABEL, null).redact(in, out);

    assertThat(Files.readString(out, StandardCharsets.UTF_8))
        .isEqualTo("Khách hàng cu\u0303, CCCD [VN_CCCD] (đúng).\n");
  }

  @Test
  void keyedOperatorsNeedAKey() {
    assertThatThrownBy(() -> redactor(Operator.PSEUDONYM, null))
        .isInstanceOf(MasterKey.KeyException.class)
        .hasMessageContaining("--key-file");
  }

  @Test
  void fpeAsTheDefaultHashesTypesWithoutDigitsAndFpeByNameRefusesThem() {
    Policy p = Policy.builder().defaultOperator(Operator.FPE).build();
    assertThat(p.operator(EntityType.VN_CCCD)).isEqualTo(Operator.FPE);
    assertThat(p.operator(EntityType.PERSON_NAME)).isEqualTo(Operator.HASH);
    assertThatThrownBy(() -> Policy.builder().operator(EntityType.PERSON_NAME, Operator.FPE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERSON_NAME");
  }

  static List<CSVRecord> csv(Path p) throws IOException {
    return CSVFormat.DEFAULT.parse(Files.newBufferedReader(p)).getRecords();
  }

  /** Same keys in the same order, same array lengths, same kinds of value where not redacted. */
  static void assertSameShape(JsonNode a, JsonNode b, String at) {
    if (a.isObject()) {
      assertThat(b.isObject()).as(at).isTrue();
      assertThat(fieldNames(b)).as(at).isEqualTo(fieldNames(a));
      a.fieldNames().forEachRemaining(f -> assertSameShape(a.get(f), b.get(f), at + "/" + f));
    } else if (a.isArray()) {
      assertThat(b.isArray()).as(at).isTrue();
      assertThat(b.size()).as(at).isEqualTo(a.size());
      for (int i = 0; i < a.size(); i++) {
        assertSameShape(a.get(i), b.get(i), at + "/" + i);
      }
    } else if (!a.isTextual()) {
      assertThat(b.getNodeType())
          .as(at)
          .isIn(a.getNodeType(), b.isTextual() ? b.getNodeType() : null);
    }
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
