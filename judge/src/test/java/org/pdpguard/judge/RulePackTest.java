package org.pdpguard.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RulePackTest {
  private static final String GOOD_RULE =
      """
      version: 1
      rules:
        - id: X-LOG
          severity: high
          title: {vi: Tiêu đề, en: Title}
          explanation: {vi: Giải thích, en: Explanation}
          remedy: {vi: Cách sửa, en: Remedy}
          when: {place: [log], types_any: [VN_CCCD]}
          basis:
            law91:
              - {instrument: law91, article: 3}
      """;

  private static RuleFileException reject(String yaml) {
    return catchThrowableOfType(
        () ->
            RulePack.parse(
                new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "r.yaml"),
        RuleFileException.class);
  }

  @Test
  void acceptsAWellFormedRule() {
    RulePack p =
        RulePack.parse(new ByteArrayInputStream(GOOD_RULE.getBytes(StandardCharsets.UTF_8)), "r");
    assertThat(p.rules()).singleElement().extracting(Rule::id).isEqualTo("X-LOG");
  }

  @Test
  void theDefaultPackLoads() {
    assertThat(RulePack.defaults().rules()).hasSizeGreaterThanOrEqualTo(8);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown key in a rule|severity: high|severity: high\\n    colour: red|rules[0].colour: khóa không biết / unknown key 'colour'",
        "unknown severity|severity: high|severity: urgent|rules[0].severity: mức độ không biết / unknown severity 'urgent'",
        "unknown type|types_any: [VN_CCCD]|types_any: [VN_CCCDD]|rules[0].when.types_any[0]: loại dữ liệu không biết / unknown personal-data type 'VN_CCCDD'",
        "unknown place|place: [log]|place: [logs]|rules[0].when.place[0]: loại nơi không biết / unknown place kind 'logs'",
        "unknown regime|law91:|law92:|rules[0].basis.law92: chế độ pháp lý không biết / unknown regime 'law92'",
        "unknown instrument|instrument: law91|instrument: law99|rules[0].basis.law91[0].instrument: văn bản không biết / unknown instrument 'law99'",
        "article zero|article: 3|article: 0|rules[0].basis.law91[0].article: phải ít nhất / must be at least 1, got 0",
        "missing English|title: {vi: Tiêu đề, en: Title}|title: {vi: Tiêu đề}|rules[0].title: cần cả tiếng Việt và tiếng Anh / both 'vi' and 'en' are needed",
        "bad id|id: X-LOG|id: x log|rules[0].id: mã quy tắc dạng / ids look like VN-LOG-IDENTIFIERS, got 'x log'",
        "unknown declaration|when: {place: [log], types_any: [VN_CCCD]}|when: {unless_declared: [encrypt]}|rules[0].when.unless_declared[0]: khai báo không biết / unknown declaration 'encrypt'",
      })
  void rejectsABadRuleNamingTheProblem(String why, String from, String to, String message) {
    RuleFileException e = reject(GOOD_RULE.replace(from, to.replace("\\n", "\n")));
    assertThat(e).as(why).isNotNull();
    assertThat(e.problems()).as(why).anyMatch(p -> p.startsWith(message));
  }

  @Test
  void rejectsASanctionWhoseMaximumIsBelowItsMinimumAndABadDate() {
    String yaml =
        GOOD_RULE
            + """
                sanctions:
                  law91:
                    - {instrument: decree330, article: 47, min: 30, max: 20, from: 19/08/2026}
            """;
    RuleFileException e = reject(yaml);
    assertThat(e.problems())
        .anyMatch(p -> p.contains("sanctions.law91[0].max") && p.contains("max 20 is below min 30"))
        .anyMatch(p -> p.contains("sanctions.law91[0].from") && p.contains("19/08/2026"));
  }

  @Test
  void reportsEveryProblemAtOnce() {
    RuleFileException e =
        reject(
            GOOD_RULE
                .replace("severity: high", "severity: urgent")
                .replace("types_any: [VN_CCCD]", "types_any: [NOPE]"));
    assertThat(e.problems()).hasSize(2);
    assertThat(e.problems().get(0)).contains("unknown severity 'urgent'");
    assertThat(e.problems().get(1)).contains("unknown personal-data type 'NOPE'");
  }

  @Test
  void rejectsADuplicateRuleId() {
    RuleFileException e = reject(GOOD_RULE + GOOD_RULE.substring(GOOD_RULE.indexOf("  - id")));
    assertThat(e.problems()).singleElement().asString().contains("duplicate rule id 'X-LOG'");
  }

  @Test
  void rejectsARuleWithoutALegalBasis() {
    RuleFileException e = reject(GOOD_RULE.substring(0, GOOD_RULE.indexOf("    basis:")));
    assertThat(e.problems()).anyMatch(p -> p.contains("missing 'basis'"));
  }

  @Test
  void rejectsSomethingThatIsNotYaml() {
    RuleFileException e = reject("rules: [unclosed");
    assertThat(e.problems()).singleElement().asString().contains("not valid YAML");
  }
}
