package org.pdpguard.judge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdpguard.core.EntityType;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every rule of the default pack against its fixtures in {@code fixtures/RULE-ID.yaml}: cases of
 * facts on which it must fire and on which it must not. Facts default to a date after Decree
 * 330/2026 took effect.
 */
class DefaultPackTest {
  private static final RulePack PACK = RulePack.defaults();
  private static final Judge JUDGE = new Judge(PACK);
  private static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 9, 1);

  record Case(String rule, String name, boolean fires, PlaceFacts facts, LocalDate asOf) {
    @Override
    public String toString() {
      return rule + ": " + name;
    }
  }

  static Stream<Case> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(DefaultPackTest.class.getResource("fixtures").toURI());
    List<Case> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.sorted().toList()) {
        out.addAll(read(f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void ruleFiresExactlyOnItsFixtures(Case c) {
    List<Violation> vs = JUDGE.judgeAll(List.of(c.facts()), c.facts().declarations(), c.asOf());
    boolean fired = vs.stream().anyMatch(v -> v.ruleId().equals(c.rule()));
    assertThat(fired).as(c.name()).isEqualTo(c.fires());
    vs.stream()
        .filter(v -> v.ruleId().equals(c.rule()))
        .forEach(
            v -> {
              assertThat(v.basis()).isNotEmpty();
              assertThat(v.evidence()).allMatch(e -> v.types().contains(e.type()));
              if (v.rule().when().signalsAny().isEmpty()) {
                assertThat(v.evidence()).isNotEmpty();
                assertThat(v.findings()).isPositive();
              }
            });
  }

  @Test
  void everyRuleHasFixturesThatFireAndThatDoNot() throws Exception {
    List<Case> all = cases().toList();
    for (Rule r : PACK.rules()) {
      assertThat(all).as(r.id()).anyMatch(c -> c.rule().equals(r.id()) && c.fires());
      assertThat(all).as(r.id()).anyMatch(c -> c.rule().equals(r.id()) && !c.fires());
    }
  }

  @Test
  void everyRuleCitesBothRegimes() {
    for (Rule r : PACK.rules()) {
      assertThat(r.basis().keySet()).as(r.id()).containsExactlyInAnyOrder(Regime.values());
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Case> read(Path file) throws IOException {
    Map<String, Object> doc;
    try (InputStream in = Files.newInputStream(file)) {
      doc = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
    }
    String rule = (String) doc.get("rule");
    List<Case> out = new ArrayList<>();
    for (Object o : (List<Object>) doc.get("cases")) {
      Map<String, Object> c = (Map<String, Object>) o;
      LocalDate asOf =
          c.containsKey("as_of") ? LocalDate.parse(c.get("as_of").toString()) : DEFAULT_AS_OF;
      out.add(new Case(rule, (String) c.get("name"), (Boolean) c.get("fires"), facts(c), asOf));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static PlaceFacts facts(Map<String, Object> c) {
    String source = (String) c.get("source");
    Map<String, Boolean> flags = new LinkedHashMap<>();
    String country = null;
    PlaceKind kind = null;
    for (Map.Entry<String, Object> e :
        ((Map<String, Object>) c.getOrDefault("declared", Map.of())).entrySet()) {
      switch (e.getKey()) {
        case "country" -> country = (String) e.getValue();
        case "kind" -> kind = PlaceKind.parse((String) e.getValue());
        default -> flags.put(e.getKey(), (Boolean) e.getValue());
      }
    }
    Map<EntityType, Long> counts = new EnumMap<>(EntityType.class);
    List<Evidence> evidence = new ArrayList<>();
    long most = 0;
    for (Map.Entry<String, Object> e :
        ((Map<String, Object>) c.getOrDefault("findings", Map.of())).entrySet()) {
      EntityType t = EntityType.valueOf(e.getKey());
      long n = ((Number) e.getValue()).longValue();
      counts.put(t, n);
      most = Math.max(most, n);
      evidence.add(new Evidence(source, Map.of("line", 1), t, "***"));
    }
    Map<EntityType, Long> collected = new EnumMap<>(EntityType.class);
    List<Evidence> asked = new ArrayList<>();
    for (Map.Entry<String, Object> e :
        ((Map<String, Object>) c.getOrDefault("collected", Map.of())).entrySet()) {
      EntityType t = EntityType.valueOf(e.getKey());
      collected.put(t, ((Number) e.getValue()).longValue());
      asked.add(new Evidence(source, Map.of("form", 1), t, "(form field)"));
    }
    Map<String, Long> signals = new LinkedHashMap<>();
    ((Map<String, Object>) c.getOrDefault("signals", Map.of()))
        .forEach((k, v) -> signals.put(k, ((Number) v).longValue()));
    long subjects = c.containsKey("subjects") ? ((Number) c.get("subjects")).longValue() : most;
    long minors = c.containsKey("minors") ? ((Number) c.get("minors")).longValue() : 0;
    Declarations d = new Declarations(flags, country, kind);
    return new PlaceFacts(
        source,
        kind != null ? kind : PlaceKind.infer(source),
        d,
        counts,
        subjects,
        minors,
        Set.copyOf((List<String>) c.getOrDefault("recipients", List.of())),
        evidence,
        signals,
        new Collected(collected, asked));
  }
}
