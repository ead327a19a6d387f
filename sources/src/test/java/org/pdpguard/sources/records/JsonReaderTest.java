package org.pdpguard.sources.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.ScanRecorder.Found;
import org.pdpguard.sources.testing.ScanRecorder.Note;
import org.pdpguard.sources.testing.TestEngine;

class JsonReaderTest {
  @TempDir Path dir;

  private ScanRecorder scan(String name, String text) throws IOException {
    return TestEngine.scanBytes(
        dir,
        name,
        text.getBytes(StandardCharsets.UTF_8),
        SourceSettings.defaults(),
        RecordReaders.all());
  }

  private static String customer(int i) {
    String[] p = CsvReaderTest.person(i);
    return "{\"id\": "
        + (i + 1)
        + ", \"active\": true, \"customer\": {\"ho_ten\": \""
        + p[0]
        + "\", \"email\": \""
        + p[3]
        + "\", \"phones\": [\""
        + p[2]
        + "\", null, \"0987654321\"], \"so_cccd\": \""
        + p[1]
        + "\"}, \"orders\": [{\"sku\": \"A-1\", \"ship_to\": {\"dia_chi\": \""
        + p[4]
        + "\"}}]}";
  }

  @Test
  void anArrayOfCustomersGivesFieldsNamedByTheirPathAndPlacedByPointer() throws IOException {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 5; i++) {
      json.append(i == 0 ? "" : ",\n").append(customer(i));
    }
    json.append("\n]\n");

    ScanRecorder c = scan("customers.json", json.toString());

    assertThat(c.outcome.error()).isNull();
    Found email =
        c.of(EntityType.EMAIL_ADDRESS).stream()
            .filter(f -> f.finding().value().startsWith("dung.pham"))
            .findFirst()
            .orElseThrow();
    assertThat(email.where().get(Location.FIELD)).isEqualTo("customer.email");
    assertThat(email.where().get(Location.POINTER)).isEqualTo("/3/customer/email");

    List<Found> phones = c.of(EntityType.PHONE_NUMBER);
    assertThat(phones)
        .extracting(f -> f.where().get(Location.POINTER))
        .contains("/0/customer/phones/0", "/0/customer/phones/2");
    assertThat(phones)
        .extracting(f -> f.where().get(Location.FIELD))
        .containsOnly("customer.phones");

    Found address = c.of(EntityType.ADDRESS).get(0);
    assertThat(address.where().get(Location.FIELD)).isEqualTo("orders.ship_to.dia_chi");
    assertThat(address.where().get(Location.POINTER)).isEqualTo("/0/orders/0/ship_to/dia_chi");

    assertThat(c.column("customers.json", "customer.so_cccd").type()).isEqualTo(EntityType.VN_CCCD);
    assertThat(c.column("customers.json", "customer.so_cccd").share()).isEqualTo(1.0);
    assertThat(c.column("customers.json", "customer.email").values()).isEqualTo(5);
  }

  @Test
  void anObjectHoldingAnArrayGivesARecordPerElement() throws IOException {
    String json =
        "{\"export\": \"crm\", \"khach_hang\": [{\"so_dien_thoai\": \"0912345678\"},"
            + " {\"so_dien_thoai\": \"0987654321\"}]}";
    List<List<org.pdpguard.sources.Field>> records = RecordsProbe.records(json);

    assertThat(records).hasSize(3);
    assertThat(records.get(0))
        .extracting(org.pdpguard.sources.Field::name)
        .containsExactly("khach_hang.so_dien_thoai");
    assertThat(records.get(0).get(0).value()).isEqualTo("0912345678");
    assertThat(records.get(2))
        .extracting(org.pdpguard.sources.Field::name)
        .containsExactly("export");
  }

  @Test
  void memberNamesAreEscapedInPointers() throws IOException {
    List<List<org.pdpguard.sources.Field>> records =
        RecordsProbe.records("{\"a/b\": {\"c~d\": \"x\"}, \"n\": 1.5e3, \"ok\": false}");

    List<org.pdpguard.sources.Field> fields = records.get(0);
    assertThat(fields.get(0).name()).isEqualTo("a/b.c~d");
    assertThat(fields.get(0).where().get(Location.POINTER)).isEqualTo("/a~1b/c~0d");
    assertThat(fields)
        .extracting(org.pdpguard.sources.Field::value)
        .containsExactly("x", "1.5e3", "false");
  }

  @Test
  void aHugeArrayOfValuesIsSentInBoundedRecords() throws IOException {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 5000; i++) {
      json.append(i == 0 ? "" : ",").append('"').append(i).append('"');
    }
    json.append(']');

    List<List<org.pdpguard.sources.Field>> records = RecordsProbe.records(json.toString());

    assertThat(records).hasSizeGreaterThanOrEqualTo(5);
    assertThat(records)
        .allSatisfy(r -> assertThat(r.size()).isLessThanOrEqualTo(JsonRecords.HELD_FIELDS));
    assertThat(records.stream().mapToInt(List::size).sum()).isEqualTo(5000);
    assertThat(records.get(4).get(0).where().get(Location.POINTER)).isEqualTo("/4000");
    assertThat(records.get(0).get(0).name()).isEqualTo("value");
  }

  @Test
  void aBrokenJsonLinesLineIsReportedAndTheOtherLinesAreRead() throws IOException {
    String jsonl =
        customer(0)
            + "\n"
            + customer(1)
            + "\n"
            + "{\"ho_ten\": \"Lê Hoàng Cường\", email: \n"
            + "\n"
            + customer(3)
            + "\n";

    ScanRecorder c = scan("events.jsonl", jsonl);

    assertThat(c.outcome.error()).isNull();
    assertThat(c.errors)
        .containsExactly(new Note("events.jsonl", "dòng 3: không phải JSON / line 3: not JSON"));
    List<Found> emails = c.of(EntityType.EMAIL_ADDRESS);
    assertThat(emails).extracting(f -> f.finding().line()).containsExactly(1L, 2L, 5L);
    assertThat(emails.get(2).where().get(Location.POINTER)).isEqualTo("/customer/email");
  }

  @Test
  void aJsonFileHoldingJsonLinesIsReadLineByLine() throws IOException {
    String text = customer(0) + "\n" + "not json at all\n" + customer(2) + "\n";

    ScanRecorder c = scan("dump.json", text);

    assertThat(c.errors)
        .extracting(Note::message)
        .containsExactly("dòng 2: không phải JSON / line 2: not JSON");
    assertThat(c.of(EntityType.EMAIL_ADDRESS))
        .extracting(f -> f.finding().line())
        .containsExactly(1L, 3L);
  }

  @Test
  void aDocumentThatStopsBeingJsonFailsAfterWhatCameBefore() throws IOException {
    String json = "[" + customer(0) + ",\n" + customer(1) + ",\n{\"email\": Nguyen Van An}]";

    ScanRecorder c = scan("broken.json", json);

    assertThat(c.outcome.error()).startsWith("JSON hỏng ở dòng 3").doesNotContain("Nguyen");
    assertThat(c.of(EntityType.EMAIL_ADDRESS)).hasSize(2);
  }

  @Test
  void deeplyNestedInputIsRefusedWithoutOverflowingTheStack() throws IOException {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);

    ScanRecorder c = scan("deep.json", deep);

    assertThat(c.outcome.error()).contains("nested deeper than " + JsonRecords.MAX_DEPTH);
  }

  @Test
  void aDeeplyNestedJsonLinesLineIsReportedAndTheNextLineRead() throws IOException {
    String text = "{\"a\":" + "[".repeat(5000) + "\n" + customer(0) + "\n";

    ScanRecorder c = scan("deep.ndjson", text);

    assertThat(c.errors)
        .extracting(Note::message)
        .containsExactly(
            "dòng 1: JSON lồng quá sâu (giới hạn 1000) / line 1: JSON nested deeper than 1000");
    assertThat(c.of(EntityType.EMAIL_ADDRESS)).hasSize(1);
  }

  @Test
  void aJsonLinesLineLongerThanTheLimitIsReportedAndSkipped() throws IOException {
    String text = "{\"x\": \"" + "y".repeat(RecordReaders.MAX_RECORD_CHARS) + "\"}\n" + customer(0);

    ScanRecorder c = scan("long.jsonl", text);

    assertThat(c.errors)
        .extracting(Note::message)
        .singleElement()
        .asString()
        .startsWith("dòng 1: dài quá");
    assertThat(c.of(EntityType.EMAIL_ADDRESS))
        .extracting(f -> f.finding().line())
        .containsExactly(2L);
  }

  @Test
  void pathsThatGrowPastTheLimitAreRefused() throws IOException {
    String name = "k".repeat(4000);
    StringBuilder json = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      json.append("{\"").append(name).append("\": ");
    }
    json.append("1").append("}".repeat(20)).append('\n').append(customer(0)).append('\n');

    ScanRecorder c = scan("paths.jsonl", json.toString());

    assertThat(c.errors)
        .extracting(Note::message)
        .containsExactly(
            "dòng 1: đường dẫn JSON dài quá 4096 ký tự / line 1: JSON path longer than 4096 chars");
    assertThat(c.of(EntityType.EMAIL_ADDRESS)).hasSize(1);
  }
}
