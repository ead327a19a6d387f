package org.pdpguard.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;

class FactsCollectorTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  private static Map<String, Object> at(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  @Test
  void countsRecordsByRowLineOrTopLevelJsonItem() {
    FactsCollector c = new FactsCollector(Inventory.EMPTY, AS_OF);
    c.finding("a.csv", at("row", 2, "field", "ten"), EntityType.PERSON_NAME, "N**", null);
    c.finding("a.csv", at("row", 2, "field", "cccd"), EntityType.VN_CCCD, "079***34", null);
    c.finding("a.csv", at("row", 3, "field", "ten"), EntityType.PERSON_NAME, "T**", null);
    c.finding("b.json", at("pointer", "/0/name"), EntityType.PERSON_NAME, "N**", null);
    c.finding("b.json", at("pointer", "/0/phone"), EntityType.PHONE_NUMBER, "091***78", null);
    c.finding("b.json", at("pointer", "/1/name"), EntityType.PERSON_NAME, "T**", null);
    c.finding("c.log", at("line", 7, "column", 3), EntityType.VN_CCCD, "079***34", null);
    List<PlaceFacts> places = c.places();
    assertThat(places).extracting(PlaceFacts::source).containsExactly("a.csv", "b.json", "c.log");
    assertThat(places).extracting(PlaceFacts::subjects).containsExactly(2L, 2L, 1L);
    assertThat(places.get(0).count(EntityType.PERSON_NAME)).isEqualTo(2);
    assertThat(places.get(2).kind()).isEqualTo(PlaceKind.LOG);
  }

  @Test
  void keepsAFewEvidenceFindingsPerTypeAndCountsAll() {
    FactsCollector c = new FactsCollector(Inventory.EMPTY, AS_OF);
    for (int i = 0; i < 100; i++) {
      c.finding("a.txt", at("line", i + 1), EntityType.PHONE_NUMBER, "09****78", null);
    }
    c.finding("a.txt", at("line", 200), EntityType.EMAIL_ADDRESS, "a***@example.vn", null);
    PlaceFacts p = c.places().get(0);
    assertThat(p.count(EntityType.PHONE_NUMBER)).isEqualTo(100);
    assertThat(p.evidence()).hasSize(FactsCollector.EVIDENCE_PER_TYPE + 1);
    assertThat(p.evidence()).last().extracting(Evidence::type).isEqualTo(EntityType.EMAIL_ADDRESS);
  }

  @ParameterizedTest(name = "{0} {1} -> child {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "AGE|12 tuổi|true",
        "AGE|(15 tuổi)|true",
        "AGE|age: 16|false",
        "AGE|47 tuổi|false",
        "DATE_OF_BIRTH|05/03/2012|true",
        "DATE_OF_BIRTH|2010-09-02|true",
        "DATE_OF_BIRTH|2010-09-01|false",
        "DATE_OF_BIRTH|ngày 5 tháng 3 năm 1990|false",
        "DATE_OF_BIRTH|ngày 5 tháng 3 năm 2015|true",
        "DATE_OF_BIRTH|31/02/2015|false",
        "PHONE_NUMBER|0912345678|false",
      })
  void tellsAChildFromTheRawAgeOrDateOfBirth(EntityType type, String raw, boolean child) {
    FactsCollector c = new FactsCollector(Inventory.EMPTY, AS_OF);
    c.finding("a.txt", at("line", 1), type, "***", raw);
    assertThat(c.places().get(0).minors()).isEqualTo(child ? 1 : 0);
  }

  @Test
  void maskedValuesTellNoAge() {
    FactsCollector c = new FactsCollector(Inventory.EMPTY, AS_OF);
    c.finding("a.txt", at("line", 1), EntityType.AGE, "1*", null);
    assertThat(c.places().get(0).minors()).isZero();
  }

  @Test
  void theInventoryDecidesKindAndDeclarations() {
    String yaml =
        """
        version: 1
        organisation: {dpo: true, country: VN}
        stores:
          - match: "exports/**"
            encrypted: true
            access_controlled: true
          - match: "*.log"
            kind: export
            country: sg
        """;
    Inventory inv =
        Inventory.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inv");
    FactsCollector c = new FactsCollector(inv, AS_OF);
    c.finding("exports/2026/kh.csv", at("row", 2), EntityType.HEALTH, "***", null);
    c.finding("dump.log", at("line", 2), EntityType.HEALTH, "***", null);
    c.finding("sub/dump.log", at("line", 2), EntityType.HEALTH, "***", null);
    List<PlaceFacts> p = c.places();
    assertThat(p.get(0).declarations().holds("encrypted")).isTrue();
    assertThat(p.get(0).declarations().holds("dpo")).isTrue();
    assertThat(p.get(0).crossBorder()).isFalse();
    assertThat(p.get(1).kind()).isEqualTo(PlaceKind.EXPORT);
    assertThat(p.get(1).crossBorder()).isTrue();
    assertThat(p.get(1).declarations().holds("dpo")).isTrue();
    assertThat(p.get(2).kind()).as("* stops at /").isEqualTo(PlaceKind.LOG);
  }

  @Test
  void rejectsABadInventoryNamingEachProblem() {
    String yaml =
        """
        version: 1
        stores:
          - match: "x/**"
            encrypted: yes please
            kind: vault
          - kind: log
        """;
    RuleFileException e =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            () ->
                Inventory.parse(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "inv.yaml"),
            RuleFileException.class);
    assertThat(e.problems())
        .anyMatch(p -> p.startsWith("stores[0].encrypted: cần true hoặc false"))
        .anyMatch(p -> p.startsWith("stores[0].kind: loại nơi không biết"))
        .anyMatch(p -> p.startsWith("stores[1]: thiếu 'match'"));
  }
}
