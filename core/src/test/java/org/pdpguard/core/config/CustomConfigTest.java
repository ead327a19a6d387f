package org.pdpguard.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;

class CustomConfigTest {
  private static CustomConfig parse(String yaml) {
    return CustomConfig.parse(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static List<Finding> scan(CustomConfig config, String text) {
    return Detector.builder()
        .addAll(config.recognizers())
        .allowList(config.allowList())
        .build()
        .detect(text);
  }

  private static final String EMPLOYEE_ID =
      """
      version: 1
      recognizers:
        - id: acme.employee
          type: VN_SOCIAL_INSURANCE
          category: basic
          patterns:
            - name: nv
              regex: 'NV-[0-9]{6}'
              score: 0.4
          context: [mã nhân viên, employee id]
          context_boost: 0.4
      """;

  @Test
  void customPatternNeedsItsContextToPassTheThreshold() {
    CustomConfig config = parse(EMPLOYEE_ID);
    assertThat(scan(config, "Mã nhân viên: NV-123456"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.value()).isEqualTo("NV-123456");
              assertThat(f.type()).isEqualTo(EntityType.VN_SOCIAL_INSURANCE);
              assertThat(f.recognizer()).isEqualTo("acme.employee");
              assertThat(f.explanation().pattern()).isEqualTo("nv");
              assertThat(f.explanation().context()).isEqualTo("Mã nhân viên");
              assertThat(f.score()).isEqualTo(0.8, org.assertj.core.api.Assertions.within(1e-9));
            });
    assertThat(scan(config, "Lô hàng NV-123456 đã giao")).isEmpty();
  }

  @Test
  void contextWordsMatchWithoutDiacritics() {
    assertThat(scan(parse(EMPLOYEE_ID), "ma nhan vien NV-654321")).hasSize(1);
  }

  @Test
  void allowListDropsExactValuesAndWholeValuePatterns() {
    CustomConfig config =
        parse(
            EMPLOYEE_ID
                + """
                allow_list:
                  - nv-000001
                  - regex: 'NV-9[0-9]+'
                """);
    String text = "Mã nhân viên: NV-000001, mã nhân viên NV-912345, mã nhân viên NV-123456";
    assertThat(scan(config, text)).extracting(Finding::value).containsExactly("NV-123456");
  }

  @Test
  void denyListReportsItsWordsRespectingDiacritics() {
    CustomConfig config =
        parse(
            """
            deny_list:
              - type: PERSON_NAME
                values: [Tèo Em, Bin]
                score: 0.95
            """);
    assertThat(scan(config, "Gửi Tèo Em và Bin. Teo Em thì không."))
        .extracting(Finding::value)
        .containsExactly("Tèo Em", "Bin");
  }

  @Test
  void patternsRunInLinearTimeEvenWhenTheyWouldBacktrack() {
    CustomConfig config =
        parse(
            """
            recognizers:
              - id: evil
                type: CREDENTIALS
                patterns:
                  - regex: '(a+)+$'
            """);
    String text = "a".repeat(100_000) + "!";
    long started = System.nanoTime();
    scan(config, text);
    // java.util.regex would take longer than the age of the universe on this input.
    assertThat(System.nanoTime() - started).isLessThan(60_000_000_000L);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "recognizers: [{id: x, type: EMAIL_ADDRESS, patterns: [{regx: 'a'}]}]"
            + "|recognizers[0].patterns[0].regx: unknown key 'regx'",
        "recognizer: []|recognizer: unknown key 'recognizer'",
        "recognizers: [{id: x, type: EMAIL_ADDRESS, patterns: [{regex: 'a(b'}]}]"
            + "|recognizers[0].patterns[0].regex: bad pattern 'a(b'",
        "recognizers: [{id: x, type: EMAIL, patterns: [{regex: 'a'}]}]"
            + "|recognizers[0].type: unknown personal-data type 'EMAIL'",
        "recognizers: [{id: x, type: EMAIL_ADDRESS, patterns: [{regex: 'a', score: 1.5}]}]"
            + "|recognizers[0].patterns[0].score: score 1.5 is outside 0..1",
        "recognizers: [{id: x, type: HEALTH, category: basic, patterns: [{regex: 'a'}]}]"
            + "|recognizers[0].category: category 'basic' disagrees with HEALTH",
        "recognizers: [{type: HEALTH, patterns: [{regex: 'a'}]}]"
            + "|recognizers[0]: missing required key 'id'",
        "recognizers: [{id: x, type: HEALTH, patterns: [{regex: a}]}, "
            + "{id: x, type: HEALTH, patterns: [{regex: b}]}]"
            + "|recognizers[1]: the id 'x' is used twice",
        "recognizers: [{id: x, type: HEALTH, patterns: [{regex: a}], require_context: true}]"
            + "|require_context needs context words",
        "allow_list: [{regex: '[z-a]'}]|allow_list[0].regex: bad pattern",
        "version: 2|version: only version 1 is known",
        "recognizers: {id: x}|recognizers: expected a list",
        "'a: [b'|not valid YAML",
      })
  void rejectsBadConfigurationNamingTheKey(String yaml, String message) {
    assertThatThrownBy(() -> parse(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("test.yaml: ")
        .hasMessageContaining(message);
  }

  @Test
  void anEmptyFileIsAnEmptyConfiguration() {
    CustomConfig config = parse("");
    assertThat(config.recognizers()).isEmpty();
    assertThat(config.allowList().test("anything")).isFalse();
  }
}
