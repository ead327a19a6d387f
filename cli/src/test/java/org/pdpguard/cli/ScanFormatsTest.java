package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pdpguard.cli.Fixtures.ID;
import static org.pdpguard.cli.Fixtures.ID_MASKED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;

/** Every report format, through the command line. */
class ScanFormatsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private Path dir;
  private String a;
  private String b;

  @BeforeEach
  void sampleData() throws IOException {
    dir = Fixtures.sampleFolder(tmp);
    a = dir + "/a.txt";
    b = dir + "/sub/b.txt";
  }

  private static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  private static List<JsonNode> cccd(Iterable<JsonNode> findings) {
    return StreamSupport.stream(findings.spliterator(), false)
        .filter(f -> f.path("type").asText().equals("VN_CCCD"))
        .toList();
  }

  @Test
  void jsonlHasOneFindingPerLineAndTheSummaryLast() throws IOException {
    Cli.Run run = Cli.run("scan", "--format", "jsonl", dir.toString());

    assertThat(run.exit()).isZero();
    List<JsonNode> lines = lines(run.out());
    JsonNode summary = lines.get(lines.size() - 1);
    List<JsonNode> findings = lines.subList(0, lines.size() - 1);
    assertThat(findings).allSatisfy(f -> assertThat(f.get("kind").asText()).isEqualTo("finding"));
    assertThat(summary.get("kind").asText()).isEqualTo("summary");
    assertThat(summary.get("schema").asInt()).isEqualTo(1);
    assertThat(summary.get("sources").asInt()).isEqualTo(2);
    assertThat(summary.get("bytes").asLong())
        .isEqualTo(Files.size(Path.of(a)) + Files.size(Path.of(b)));
    assertThat(summary.get("findings").asInt()).isEqualTo(findings.size());
    assertThat(summary.get("by_type").get("VN_CCCD").asInt()).isEqualTo(2);
    assertThat(summary.get("errors")).isEmpty();
    assertThat(summary.get("skipped")).isEmpty();
    assertThat(summary.get("elapsed_ms").asLong()).isZero();

    List<JsonNode> ids = cccd(findings);
    assertThat(ids).extracting(f -> f.get("source").asText()).containsExactly(a, b);
    JsonNode first = ids.get(0);
    String text = Files.readString(Path.of(a));
    assertThat(first.get("start").asInt()).isEqualTo(text.indexOf(ID));
    assertThat(first.get("end").asInt()).isEqualTo(text.indexOf(ID) + 12);
    assertThat(first.get("location").get("line").asInt()).isEqualTo(2);
    assertThat(first.get("location").get("column").asInt()).isEqualTo(Fixtures.idColumn());
    assertThat(first.get("category").asText()).isEqualTo("basic");
    assertThat(first.get("value").asText()).isEqualTo(ID_MASKED);
    assertThat(first.get("recognizer").asText()).isEqualTo("vn.cccd");
    assertThat(first.get("score").asDouble()).isBetween(0.9, 1.0);
    assertThat(first.get("explanation").get("context").asText()).containsIgnoringCase("cccd");
    assertThat(ids.get(1).get("location").get("line").asInt()).isEqualTo(3);
    assertThat(run.out()).doesNotContain(ID);
  }

  @Test
  void jsonlKeepsTheContractOfCheckFindings() throws Exception {
    Path script = Path.of("..", "..", "shared", "spec", "check-findings.py");
    Assumptions.assumeTrue(Files.isRegularFile(script), "check-findings.py not found");
    Assumptions.assumeTrue(hasPython(), "python3 not available");
    for (boolean raw : new boolean[] {false, true}) {
      Cli.Run run =
          raw
              ? Cli.run("scan", "--format", "jsonl", "--show-values", dir.toString())
              : Cli.run("scan", "--format", "jsonl", dir.toString());
      ProcessBuilder pb =
          raw
              ? new ProcessBuilder("python3", script.toString(), "--raw-values")
              : new ProcessBuilder("python3", script.toString());
      Process p = pb.redirectErrorStream(true).start();
      p.getOutputStream().write(run.out().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      p.getOutputStream().close();
      String said =
          new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(said).isZero();
      assertThat(said).startsWith("ok:");
    }
  }

  private static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  @Test
  void jsonIsOneDocumentWithFindingsAndSummary() throws IOException {
    Cli.Run run = Cli.run("scan", "--format", "json", dir.toString());

    assertThat(run.exit()).isZero();
    JsonNode doc = JSON.readTree(run.out());
    assertThat(doc.get("schema").asInt()).isEqualTo(1);
    assertThat(doc.get("findings").size()).isEqualTo(doc.get("summary").get("findings").asInt());
    List<JsonNode> ids = cccd(doc.get("findings"));
    assertThat(ids).hasSize(2);
    assertThat(ids.get(0).get("value").asText()).isEqualTo(ID_MASKED);
    assertThat(doc.get("summary").get("by_type").get("VN_CCCD").asInt()).isEqualTo(2);
  }

  @Test
  void sarifHasOneRulePerTypeAndOneResultPerFinding() throws IOException {
    Path spaced = dir.resolve("hồ sơ khách.txt");
    Fixtures.write(spaced, Fixtures.LINE + "\n");
    Fixtures.write(dir.resolve("blob.bin"), "\0\0\0binary");
    Cli.Run run = Cli.run("scan", "--format", "sarif", dir.toString());

    assertThat(run.exit()).isZero();
    JsonNode sarif = JSON.readTree(run.out());
    assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.get("$schema").asText()).contains("sarif");
    JsonNode runNode = sarif.get("runs").get(0);
    JsonNode driver = runNode.get("tool").get("driver");
    assertThat(driver.get("name").asText()).isEqualTo("pdpguard");
    assertThat(driver.get("version").asText()).isNotBlank();
    assertThat(driver.get("rules")).hasSize(EntityType.values().length);
    JsonNode rule = driver.get("rules").get(EntityType.VN_CCCD.ordinal());
    assertThat(rule.get("id").asText()).isEqualTo("VN_CCCD");
    assertThat(rule.get("shortDescription").get("text").asText()).contains("CCCD");
    assertThat(rule.get("properties").get("category").asText()).isEqualTo("basic");
    assertThat(
            driver
                .get("rules")
                .get(EntityType.HEALTH.ordinal())
                .get("properties")
                .get("category")
                .asText())
        .isEqualTo("sensitive");

    List<JsonNode> results = new ArrayList<>();
    runNode.get("results").forEach(results::add);
    List<JsonNode> ids =
        results.stream().filter(r -> r.get("ruleId").asText().equals("VN_CCCD")).toList();
    assertThat(ids).hasSize(3);
    JsonNode first = ids.get(0);
    assertThat(first.get("level").asText()).isEqualTo("warning");
    assertThat(first.get("message").get("text").asText()).contains(ID_MASKED).doesNotContain(ID);
    JsonNode location = first.get("locations").get(0).get("physicalLocation");
    assertThat(location.get("artifactLocation").get("uri").asText())
        .isEqualTo("file://" + (dir + "/a.txt").replace(" ", "%20"));
    JsonNode region = location.get("region");
    assertThat(region.get("startLine").asInt()).isEqualTo(2);
    assertThat(region.get("startColumn").asInt()).isEqualTo(Fixtures.idColumn());
    assertThat(region.get("charLength").asInt()).isEqualTo(12);
    assertThat(
            ids.get(1)
                .get("locations")
                .get(0)
                .get("physicalLocation")
                .get("artifactLocation")
                .get("uri")
                .asText())
        .endsWith("/h%E1%BB%93%20s%C6%A1%20kh%C3%A1ch.txt");
    for (JsonNode r : results) {
      EntityType t = EntityType.valueOf(r.get("ruleId").asText());
      assertThat(r.get("level").asText())
          .isEqualTo(t.category() == org.pdpguard.core.Category.SENSITIVE ? "error" : "warning");
    }
    JsonNode notes = runNode.get("invocations").get(0).get("toolExecutionNotifications");
    assertThat(notes).hasSize(1);
    assertThat(notes.get(0).get("level").asText()).isEqualTo("note");
    assertThat(notes.get(0).get("message").get("text").asText()).contains("blob.bin");
  }

  @Test
  void csvHasTheHeaderAndOneRecordPerFinding() throws IOException {
    Cli.Run run = Cli.run("scan", "--format", "csv", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .startsWith(
            "source,line,column,start,end,type,category,score,value,recognizer,validated,context,where\r\n");
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(run.out()), format)) {
      List<CSVRecord> ids =
          parser.getRecords().stream().filter(r -> r.get("type").equals("VN_CCCD")).toList();
      assertThat(ids).hasSize(2);
      CSVRecord first = ids.get(0);
      assertThat(first.get("source")).isEqualTo(a);
      assertThat(first.get("line")).isEqualTo("2");
      assertThat(first.get("column")).isEqualTo(String.valueOf(Fixtures.idColumn()));
      assertThat(first.get("category")).isEqualTo("basic");
      assertThat(first.get("score")).matches("0\\.9\\d|1\\.00");
      assertThat(first.get("value")).isEqualTo(ID_MASKED);
      assertThat(first.get("recognizer")).isEqualTo("vn.cccd");
      assertThat(first.get("validated")).isEqualTo("true");
    }
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheTotals() {
    Cli.Run run = Cli.run("scan", "--format", "html", dir.toString());

    assertThat(run.exit()).isZero();
    String html = run.out();
    assertThat(html).startsWith("<!DOCTYPE html>");
    assertThat(html.split("<html", -1)).hasSize(2);
    assertThat(html.split("</html>", -1)).hasSize(2);
    assertThat(html.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<link", "<script", "src=", "http:", "https:", "url(", "@import");
    assertThat(html).contains("<svg", "id=\"by-type\"", "id=\"by-category\"", "id=\"by-source\"");
    assertThat(html).contains("Báo cáo dữ liệu cá nhân", "Personal data report");
    assertThat(html).contains("<code>VN_CCCD</code>", ID_MASKED).doesNotContain(ID);
    assertThat(html).containsPattern("id=\"total-findings\">\\d+<");
    assertThat(html).contains("<code>" + a + "</code>", "<code>" + b + "</code>");
  }

  @Test
  void htmlEscapesWhatItPrints() throws IOException {
    Path odd = dir.resolve("<b>&x.txt");
    Fixtures.write(odd, Fixtures.LINE + "\n");
    Cli.Run run = Cli.run("scan", "--format", "html", dir.toString());

    assertThat(run.out()).contains("&lt;b&gt;&amp;x.txt").doesNotContain("<b>&x");
  }

  @Test
  void tableShowsAHeaderMaskedValuesAndTotals() {
    Cli.Run run = Cli.run("scan", dir.toString());

    assertThat(run.exit()).isZero();
    assertThat(run.out())
        .contains("LOẠI / TYPE", "GIÁ TRỊ / VALUE", a, b, "VN_CCCD", ID_MASKED)
        .contains("Tổng theo loại / Totals by type")
        .doesNotContain(ID);
  }

  @Test
  void showValuesPrintsRawValuesInEveryFormat() {
    for (String format : new String[] {"table", "jsonl", "json", "sarif", "csv", "html"}) {
      Cli.Run run = Cli.run("scan", "--format", format, "--show-values", dir.toString());
      assertThat(run.out()).as(format).contains(ID);
    }
  }

  @Test
  void everyFormatMasksByDefault() {
    for (String format : new String[] {"table", "jsonl", "json", "sarif", "csv", "html"}) {
      Cli.Run run = Cli.run("scan", "--format", format, dir.toString());
      assertThat(run.exit()).isZero();
      assertThat(run.out()).as(format).contains(ID_MASKED).doesNotContain(ID);
    }
  }
}
