package org.pdpguard.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;

class JudgeTest {
  private static final Judge JUDGE = new Judge(RulePack.defaults());

  private static PlaceFacts schoolList() {
    List<Evidence> evidence = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      evidence.add(new Evidence("hoc-sinh.xlsx", Map.of("row", i + 2), EntityType.AGE, "1*"));
    }
    return new PlaceFacts(
        "hoc-sinh.xlsx",
        PlaceKind.EXPORT,
        Declarations.NONE,
        Map.of(EntityType.AGE, 30L, EntityType.PERSON_NAME, 30L),
        30,
        30,
        Set.of(),
        evidence);
  }

  private static Violation children(LocalDate asOf) {
    return JUDGE.judge(schoolList(), asOf).stream()
        .filter(v -> v.ruleId().equals("VN-CHILDREN"))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void sameFactsBeforeAndAfter2026CiteDifferentInstruments() {
    Violation before = children(LocalDate.of(2025, 12, 31));
    Violation after = children(LocalDate.of(2026, 1, 1));
    assertThat(before.regime()).isEqualTo(Regime.DECREE_13_2023);
    assertThat(after.regime()).isEqualTo(Regime.LAW_91_2025);
    assertThat(before.basis())
        .extracting(Citation::instrument)
        .containsOnly(Instrument.DECREE_13_2023);
    assertThat(after.basis()).extracting(Citation::instrument).containsOnly(Instrument.LAW_91_2025);
    assertThat(before.basis().get(0).text().vi())
        .isEqualTo("Điều 20 khoản 2 Nghị định 13/2023/NĐ-CP");
    assertThat(after.basis().get(0).text().en()).isEqualTo("Law 91/2025/QH15, Art. 24.2");
  }

  @Test
  void sanctionFollowsTheDateDecree330TookEffect() {
    assertThat(children(LocalDate.of(2026, 8, 18)).sanction().citation().instrument())
        .isEqualTo(Instrument.LAW_91_2025);
    Sanction after = children(LocalDate.of(2026, 8, 19)).sanction();
    assertThat(after.citation().instrument()).isEqualTo(Instrument.DECREE_330_2026);
    assertThat(after.min()).isEqualTo(30_000_000L);
    assertThat(after.max()).isEqualTo(50_000_000L);
    assertThat(children(LocalDate.of(2025, 6, 1)).sanction()).isNull();
  }

  @Test
  void evidenceIsCappedButTheCountIsWhole() {
    Violation v = children(LocalDate.of(2026, 9, 1));
    assertThat(v.evidence()).hasSize(Judge.EVIDENCE_PER_VIOLATION);
    assertThat(v.findings()).isEqualTo(60);
    assertThat(v.types()).containsExactlyInAnyOrder(EntityType.AGE, EntityType.PERSON_NAME);
  }

  @Test
  void provisionalCitationsAreMarked() {
    PlaceFacts log =
        new PlaceFacts(
            "app.log",
            PlaceKind.LOG,
            Declarations.NONE,
            Map.of(EntityType.VN_CCCD, 1L),
            1,
            0,
            Set.of(),
            List.of(
                new Evidence("app.log", Map.of("line", 3), EntityType.VN_CCCD, "079*******34")));
    Violation v = JUDGE.judge(log, LocalDate.of(2026, 9, 1)).get(0);
    assertThat(v.ruleId()).isEqualTo("VN-LOG-IDENTIFIERS");
    assertThat(v.provisional()).isTrue();
    assertThat(v.basis().get(0).text().vi()).contains("tạm thời");
    Violation old = JUDGE.judge(log, LocalDate.of(2025, 9, 1)).get(0);
    assertThat(old.provisional()).isFalse();
  }

  @Test
  void factsBeforeDecree13HaveNoRegime() {
    assertThatThrownBy(() -> JUDGE.judge(schoolList(), LocalDate.of(2023, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 Jul 2023");
  }

  @Test
  void regimeCategoriesDifferForBankCardAndCredentials() {
    assertThat(Regime.DECREE_13_2023.categoryOf(EntityType.PAYMENT_CARD, false))
        .isEqualTo(org.pdpguard.core.Category.BASIC);
    assertThat(Regime.DECREE_13_2023.categoryOf(EntityType.PAYMENT_CARD, true))
        .isEqualTo(org.pdpguard.core.Category.SENSITIVE);
    assertThat(Regime.DECREE_13_2023.categoryOf(EntityType.CREDENTIALS, true))
        .isEqualTo(org.pdpguard.core.Category.BASIC);
    assertThat(Regime.LAW_91_2025.categoryOf(EntityType.CREDENTIALS, false))
        .isEqualTo(org.pdpguard.core.Category.SENSITIVE);
    assertThat(Regime.LAW_91_2025.categoryOf(EntityType.HEALTH, false))
        .isEqualTo(org.pdpguard.core.Category.SENSITIVE);
  }

  @Test
  void organisationDutiesAreJudgedOnceOverEveryPlace() {
    PlaceFacts a = place("a/benh-an.txt", EntityType.HEALTH);
    PlaceFacts b = place("b/ton-giao.txt", EntityType.RELIGION);
    List<Violation> vs = JUDGE.judgeAll(List.of(a, b), Declarations.NONE, LocalDate.of(2026, 9, 1));
    assertThat(vs.stream().filter(v -> v.ruleId().equals("VN-SENSITIVE-DPIA")))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.source()).isEqualTo(Judge.ORGANISATION);
              assertThat(v.types())
                  .containsExactlyInAnyOrder(EntityType.HEALTH, EntityType.RELIGION);
            });
    assertThat(vs.stream().filter(v -> v.ruleId().equals("VN-SENSITIVE-UNPROTECTED"))).hasSize(2);
    Declarations declared = new Declarations(Map.of("dpia", true, "dpo", true), null, null);
    assertThat(JUDGE.judgeAll(List.of(a, b), declared, LocalDate.of(2026, 9, 1)))
        .noneMatch(v -> v.rule().organisation());
  }

  private static PlaceFacts place(String source, EntityType type) {
    return new PlaceFacts(
        source,
        PlaceKind.infer(source),
        Declarations.NONE,
        Map.of(type, 1L),
        1,
        0,
        Set.of(),
        List.of(new Evidence(source, Map.of("line", 1), type, "***")));
  }
}
