package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --judge}, {@code judge REPORT} and {@code rules validate} from the command line. */
class JudgeCliTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CCCD = "079203001234";

  @TempDir Path tmp;
  private Path dir;

  @BeforeEach
  void aLogAndAHealthNote() throws IOException {
    dir = tmp.resolve("data");
    Fixtures.write(
        dir.resolve("logs/app.log"),
        "2026-03-02 10:00:01 INFO login ok user=an so CCCD " + CCCD + " tu 10.0.0.7\n");
    Fixtures.write(
        dir.resolve("ho-so.txt"),
        "Bệnh nhân Nguyễn Văn An, chẩn đoán đái tháo đường type 2, đang điều trị.\n");
  }

  private static List<JsonNode> lines(String jsonl) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String l : jsonl.split("\n")) {
      if (!l.isBlank()) {
        out.add(JSON.readTree(l));
      }
    }
    return out;
  }

  private static List<String> rules(List<JsonNode> lines) {
    return lines.stream()
        .filter(n -> n.path("kind").asText().equals("violation"))
        .map(n -> n.path("source").asText() + " " + n.path("rule").asText())
        .sorted()
        .toList();
  }

  @Test
  void scanJudgeAddsViolationsWithMaskedEvidenceToJsonl() throws IOException {
    Cli.Run run = Cli.run("scan", "--judge", "--format", "jsonl", dir.toString());
    assertThat(run.exit()).isZero();
    assertThat(run.out()).doesNotContain(CCCD);
    List<JsonNode> lines = lines(run.out());
    assertThat(rules(lines))
        .contains(
            dir.resolve("logs/app.log") + " VN-LOG-IDENTIFIERS",
            dir.resolve("ho-so.txt") + " VN-SENSITIVE-UNPROTECTED",
            "(tổ chức / organisation) VN-SENSITIVE-DPIA");
    JsonNode log =
        lines.stream()
            .filter(n -> n.path("rule").asText().equals("VN-LOG-IDENTIFIERS"))
            .findFirst()
            .orElseThrow();
    assertThat(log.path("regime").asText()).isEqualTo("law91");
    assertThat(log.path("place").asText()).isEqualTo("log");
    assertThat(log.path("evidence").get(0).path("value").asText()).isEqualTo("079*******34");
    assertThat(log.path("basis").get(0).path("provisional").asBoolean()).isTrue();
    JsonNode summary = lines.get(lines.size() - 1);
    assertThat(summary.path("kind").asText()).isEqualTo("summary");
    assertThat(summary.path("violations").path("total").asLong()).isEqualTo(rules(lines).size());
  }

  @Test
  void judgingASavedReportGivesTheViolationsOfALiveJudge() throws IOException {
    Path report = tmp.resolve("scan.jsonl");
    assertThat(
            Cli.run("scan", "--format", "jsonl", "--output", report.toString(), dir.toString())
                .exit())
        .isZero();
    Cli.Run later = Cli.run("judge", "--format", "jsonl", report.toString());
    Cli.Run live = Cli.run("scan", "--judge", "--format", "jsonl", dir.toString());
    assertThat(later.exit()).isZero();
    assertThat(rules(lines(later.out()))).isNotEmpty().isEqualTo(rules(lines(live.out())));
  }

  @Test
  void theDateOfTheFactsChoosesTheLaw() throws IOException {
    Cli.Run before =
        Cli.run("scan", "--judge", "--as-of", "2025-06-01", "--format", "jsonl", dir.toString());
    Cli.Run after =
        Cli.run("scan", "--judge", "--as-of", "2026-09-01", "--format", "jsonl", dir.toString());
    JsonNode old = first(lines(before.out()), "VN-LOG-IDENTIFIERS");
    JsonNode now = first(lines(after.out()), "VN-LOG-IDENTIFIERS");
    assertThat(old.path("regime").asText()).isEqualTo("decree13");
    assertThat(old.path("basis").get(0).path("instrument").asText()).isEqualTo("decree13");
    assertThat(now.path("basis").get(0).path("instrument").asText()).isEqualTo("law91");
    assertThat(now.path("sanction").path("instrument").asText()).isEqualTo("law91");
    assertThat(Cli.run("scan", "--judge", "--as-of", "2023-01-01", dir.toString()).exit())
        .isEqualTo(2);
  }

  private static JsonNode first(List<JsonNode> lines, String rule) {
    return lines.stream()
        .filter(n -> n.path("rule").asText().equals(rule))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void failOnViolationAndSeverity() throws IOException {
    assertThat(Cli.run("scan", "--fail-on", "violation", dir.toString()).exit()).isEqualTo(1);
    assertThat(Cli.run("scan", "--fail-on", "high", dir.toString()).exit()).isEqualTo(1);
    assertThat(Cli.run("scan", "--fail-on", "critical", dir.toString()).exit()).isZero();
    Path inventory = tmp.resolve("inventory.yaml");
    Files.writeString(
        inventory,
        "version: 1\norganisation: {dpia: true, dpo: true, encrypted: true, access_controlled: true}\n");
    Path note = dir.resolve("ho-so.txt");
    assertThat(
            Cli.run(
                    "scan",
                    "--fail-on",
                    "violation",
                    "--inventory",
                    inventory.toString(),
                    note.toString())
                .exit())
        .isZero();
  }

  @Test
  void everyFormatCarriesTheViolations() throws IOException {
    JsonNode sarif =
        JSON.readTree(Cli.run("scan", "--judge", "--format", "sarif", dir.toString()).out());
    JsonNode run = sarif.path("runs").get(0);
    List<String> ruleIds = new ArrayList<>();
    run.path("tool").path("driver").path("rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    assertThat(ruleIds).contains("VN_CCCD", "VN-LOG-IDENTIFIERS");
    List<JsonNode> results = new ArrayList<>();
    run.path("results").forEach(results::add);
    JsonNode v =
        results.stream()
            .filter(r -> r.path("ruleId").asText().equals("VN-LOG-IDENTIFIERS"))
            .findFirst()
            .orElseThrow();
    assertThat(ruleIds.get(v.path("ruleIndex").asInt())).isEqualTo("VN-LOG-IDENTIFIERS");
    assertThat(v.path("level").asText()).isEqualTo("error");
    JsonNode json =
        JSON.readTree(Cli.run("scan", "--judge", "--format", "json", dir.toString()).out());
    assertThat(json.path("violations").size())
        .isEqualTo(json.path("summary").path("violations").path("total").asInt());
    String csv = Cli.run("scan", "--judge", "--format", "csv", dir.toString()).out();
    assertThat(csv.lines().findFirst().orElseThrow())
        .endsWith(",kind,rule,severity,basis,sanction");
    assertThat(csv).contains(",violation,VN-LOG-IDENTIFIERS,high,").doesNotContain(CCCD);
    String html = Cli.run("scan", "--judge", "--format", "html", dir.toString()).out();
    assertThat(html)
        .contains("id=\"violations\"")
        .contains("VN-LOG-IDENTIFIERS")
        .doesNotContain(CCCD);
    String table = Cli.run("scan", "--judge", dir.toString()).out();
    assertThat(table).contains("Vi phạm / Violations").contains("[high] VN-LOG-IDENTIFIERS");
    String plain = Cli.run("scan", "--format", "csv", dir.toString()).out();
    assertThat(plain.lines().findFirst().orElseThrow()).endsWith(",context,where");
  }

  @Test
  void rulesValidateNamesTheProblems() throws IOException {
    Path bad = tmp.resolve("bad.yaml");
    Files.writeString(
        bad,
        """
        version: 1
        rules:
          - id: MY-RULE
            severity: urgent
            title: {vi: A}
            explanation: {vi: B, en: B}
            remedy: {vi: C, en: C}
            when: {types_any: [VN_CCCD]}
            basis: {law91: [{instrument: law91, article: 3}]}
        """);
    Cli.Run run = Cli.run("rules", "validate", bad.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err())
        .contains("rules[0].severity: mức độ không biết / unknown severity 'urgent'")
        .contains("rules[0].title: cần cả tiếng Việt và tiếng Anh / both 'vi' and 'en' are needed");
    Path good = tmp.resolve("good.yaml");
    Files.writeString(
        good, Files.readString(bad).replace("urgent", "high").replace("{vi: A}", "{vi: A, en: A}"));
    Cli.Run ok = Cli.run("rules", "validate", good.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).contains("1 quy tắc / rules");
    Cli.Run scan = Cli.run("scan", "--judge", "--rules", bad.toString(), dir.toString());
    assertThat(scan.exit()).isEqualTo(3);
    assertThat(scan.err()).contains("unknown severity 'urgent'");
    assertThat(Cli.run("rules", "list").out()).contains("VN-CHILDREN").contains("Art. 24.2");
  }

  @Test
  void judgeRejectsSomethingThatIsNotAReport() throws IOException {
    Path notReport = tmp.resolve("x.jsonl");
    Files.writeString(notReport, "hello\nworld\n");
    Cli.Run run = Cli.run("judge", notReport.toString());
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err()).contains("not a pdpguard JSONL report");
    Cli.Run stdin =
        Cli.run(
            new ByteArrayInputStream(
                Cli.run("scan", "--format", "jsonl", dir.toString())
                    .out()
                    .getBytes(StandardCharsets.UTF_8)),
            "judge",
            "--format",
            "jsonl",
            "-");
    assertThat(stdin.exit()).isZero();
    assertThat(stdin.out()).contains("\"kind\":\"violation\"");
  }
}
