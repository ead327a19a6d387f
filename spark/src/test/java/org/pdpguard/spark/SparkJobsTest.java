package org.pdpguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.protect.Mask;
import org.pdpguard.protect.MasterKey;
import org.pdpguard.protect.ValueRedaction;
import org.pdpguard.sources.ColumnSummary;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.records.RecordReaders;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

/** The jobs in Spark local mode on generated customer tables (Parquet and CSV). */
class SparkJobsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);
  private static final byte[] KEY =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final byte[] OTHER_KEY =
      "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);

  @TempDir static Path dir;
  private static SparkSession spark;
  private static String parquet;
  private static Path csvFile;

  @BeforeAll
  static void start() throws IOException {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("pdpguard-spark-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .getOrCreate();
    parquet = dir.resolve("customers.parquet").toString();
    SampleData.generate(spark, 1200, 3, 0.6, 6, 7).write().parquet(parquet);
    String csv = dir.resolve("customers.csv").toString();
    SampleData.generate(spark, 2000, 1, 0.6, 6, 8)
        .coalesce(1)
        .write()
        .option("header", true)
        .csv(csv);
    try (Stream<Path> files = Files.list(Path.of(csv))) {
      csvFile = files.filter(p -> p.toString().endsWith(".csv")).findFirst().orElseThrow();
    }
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Settings detection() {
    return Settings.detection(0.5, List.of(), null);
  }

  private static ScanJob.Result scan(
      String input, Inputs.Format format, String out, Double sample) {
    return scan(input, format, null, out, sample);
  }

  private static ScanJob.Result scan(
      String input, Inputs.Format format, List<String> columns, String out, Double sample) {
    return ScanJob.run(
        spark,
        detection(),
        new ScanJob.Options(
            input, format, columns, sample, null, dir.resolve(out).toString(), "jsonl"));
  }

  @Test
  void classifiesThePersonalColumnsAndNotTheLookAlikes() {
    int built = Engines.built();
    ScanJob.Result r = scan(parquet, Inputs.Format.PARQUET, "scan-parquet", null);
    Map<String, EntityType> types = classified(r);
    assertThat(types)
        .containsEntry("ho_ten", EntityType.PERSON_NAME)
        .containsEntry("so_cccd", EntityType.VN_CCCD)
        .containsEntry("so_dien_thoai", EntityType.PHONE_NUMBER)
        .containsEntry("email", EntityType.EMAIL_ADDRESS)
        .doesNotContainKeys("ma_don", "so_tien", "thoi_gian", "ghi_chu");
    ColumnSummary cccd =
        r.columns().stream().filter(c -> c.column().equals("so_cccd")).findFirst().orElseThrow();
    assertThat(cccd.values()).isBetween(600L, 850L); // 60% of 1,200 rows carry personal data
    // One engine per JVM and setting, whatever the number of tasks (3 partitions here), and the
    // next job with the same settings builds none.
    assertThat(Engines.built() - built).isLessThanOrEqualTo(1);
    scan(parquet, Inputs.Format.PARQUET, "scan-parquet-again", null);
    assertThat(Engines.built() - built).isLessThanOrEqualTo(1);
  }

  @Test
  void samplingClassifiesTheSameColumnsFromAFractionOfRows() {
    ScanJob.Result r = scan(parquet, Inputs.Format.PARQUET, "scan-sample", 0.25);
    assertThat(r.columns()).extracting(ColumnSummary::column).contains("so_cccd", "email");
    long values = r.columns().stream().mapToLong(ColumnSummary::values).max().orElse(0);
    assertThat(values).isLessThan(400);
  }

  @Test
  void findsAsManyValuesPerTypeAndColumnAsTheCliOnTheSameCsv() {
    ScanJob.Result r = scan(csvFile.toString(), Inputs.Format.CSV, "scan-csv", null);
    ScanRecorder cli = TestEngine.scan(csvFile, "customers.csv", RecordReaders.all());
    Map<String, Map<EntityType, Long>> expected = new TreeMap<>();
    for (ScanRecorder.Found f : cli.findings) {
      expected
          .computeIfAbsent((String) f.get(Location.FIELD), k -> new TreeMap<>())
          .merge(f.type(), 1L, Long::sum);
    }
    Map<String, Map<EntityType, Long>> actual = new TreeMap<>();
    r.findings().forEach((k, v) -> actual.put(k, new TreeMap<>(v)));
    assertThat(actual).isEqualTo(expected);
    assertThat(r.total()).isGreaterThan(1000);
  }

  @Test
  void judgesWithTheRulesOfTheCliJudgeOnTheSameFindings() throws IOException {
    scan(csvFile.toString(), Inputs.Format.CSV, "scan-judge", null);
    Path out = dir.resolve("violations.jsonl");
    List<Violation> spark =
        JudgeJob.run(
            SparkJobsTest.spark,
            dir.resolve("scan-judge/findings").toString(),
            out,
            AS_OF,
            Inventory.EMPTY,
            RulePack.defaults());
    // The CLI's judge over the CLI's scan of the same file, fed as JudgingWriter feeds it.
    ScanRecorder cli = TestEngine.scan(csvFile, "customers.csv", RecordReaders.all());
    FactsCollector facts = new FactsCollector(Inventory.EMPTY, AS_OF);
    for (ScanRecorder.Found f : cli.findings) {
      Map<String, Object> loc = new LinkedHashMap<>(f.where().fields());
      String shown = Mask.mask(f.type(), f.value());
      facts.finding("customers.csv", loc, f.type(), shown, shown);
    }
    List<Violation> expected =
        new Judge(RulePack.defaults()).judgeAll(facts.places(), facts.organisation(), AS_OF);
    assertThat(ruleIds(spark)).isEqualTo(ruleIds(expected)).contains("VN-BULK-EXPORT");
    ObjectMapper json = new ObjectMapper();
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(spark.size());
    JsonNode first = json.readTree(lines.get(0));
    assertThat(first.get("kind").asText()).isEqualTo("violation");
    assertThat(first.get("basis").isArray()).isTrue();
  }

  private static Set<String> ruleIds(List<Violation> v) {
    return v.stream().map(Violation::ruleId).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void redactionKeepsRowsAndColumnsAndLeavesNoFindingOfTheRedactedTypes() {
    String out = dir.resolve("redacted-label").toString();
    RedactJob.run(
        spark, redaction("label", Map.of(), null), parquet, Inputs.Format.PARQUET, null, out);
    Dataset<Row> before = spark.read().parquet(parquet);
    Dataset<Row> after = spark.read().parquet(out);
    assertThat(after.columns()).containsExactly(before.columns());
    assertThat(after.count()).isEqualTo(before.count());
    ScanJob.Result again = scan(out, Inputs.Format.PARQUET, "scan-redacted", null);
    assertThat(again.total()).isZero();
    assertThat(after.filter(col("so_cccd").equalTo("[VN_CCCD]")).count()).isGreaterThan(500);
  }

  @Test
  void pseudonymsAreConsistentAcrossPartitionsAndRunsWithOneKeyOnly() {
    Map<String, String> ops = Map.of("PERSON_NAME", "pseudonym", "EMAIL_ADDRESS", "pseudonym");
    String a = dir.resolve("pseudo-a").toString();
    String b = dir.resolve("pseudo-b").toString();
    String c = dir.resolve("pseudo-c").toString();
    RedactJob.run(spark, redaction("label", ops, KEY), parquet, Inputs.Format.PARQUET, null, a);
    RedactJob.run(spark, redaction("label", ops, KEY), parquet, Inputs.Format.PARQUET, null, b);
    RedactJob.run(
        spark, redaction("label", ops, OTHER_KEY), parquet, Inputs.Format.PARQUET, null, c);
    Map<String, String> runA = pairs(a, "ho_ten");
    // Every name has one pseudonym over all three input partitions.
    Map<String, Set<String>> byName = new HashMap<>();
    runA.forEach(
        (order, pseudo) ->
            byName.computeIfAbsent(original(order), k -> new TreeSet<>()).add(pseudo));
    assertThat(byName.values()).allSatisfy(s -> assertThat(s).hasSize(1));
    assertThat(byName.size()).isGreaterThan(100);
    assertThat(pairs(b, "ho_ten")).isEqualTo(runA);
    Map<String, String> runC = pairs(c, "ho_ten");
    assertThat(runC.keySet()).isEqualTo(runA.keySet());
    runA.forEach((order, pseudo) -> assertThat(runC.get(order)).isNotEqualTo(pseudo));
    assertThat(runA.values()).allSatisfy(p -> assertThat(p).matches("\\[PERSON_NAME_[a-z]{10}]"));
  }

  private static Map<String, String> originals;

  private static String original(String order) {
    if (originals == null) {
      originals = pairs(parquet, "ho_ten");
    }
    return originals.get(order);
  }

  /** Order number → the column's value, for rows where it is set. */
  private static Map<String, String> pairs(String path, String column) {
    Map<String, String> out = new HashMap<>();
    for (Row r :
        spark
            .read()
            .parquet(path)
            .filter(col(column).isNotNull())
            .select("ma_don", column)
            .collectAsList()) {
      out.put(r.getString(0), r.getString(1));
    }
    return out;
  }

  @Test
  void fpeValuesComeBackWithTheKey() {
    String out = dir.resolve("fpe").toString();
    Map<String, String> ops = Map.of("VN_CCCD", "fpe", "PHONE_NUMBER", "fpe");
    RedactJob.run(spark, redaction("label", ops, KEY), parquet, Inputs.Format.PARQUET, null, out);
    Map<String, String> plain = pairs(parquet, "so_cccd");
    Map<String, String> cipher = pairs(out, "so_cccd");
    MasterKey key = MasterKey.of(KEY);
    int changed = 0;
    for (Map.Entry<String, String> e : cipher.entrySet()) {
      String p = plain.get(e.getKey());
      assertThat(e.getValue()).hasSameSizeAs(p);
      if (!e.getValue().equals(p)) {
        changed++;
        assertThat(ValueRedaction.reveal(key, EntityType.VN_CCCD, e.getValue())).isEqualTo(p);
      }
    }
    assertThat(changed).isGreaterThan(500);
  }

  @Test
  void refusesAnOutputThatExistsOrIsTheInput() {
    assertThatThrownBy(
            () ->
                RedactJob.run(
                    spark,
                    redaction("label", Map.of(), null),
                    parquet,
                    Inputs.Format.PARQUET,
                    null,
                    parquet))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                RedactJob.run(
                    spark,
                    redaction("label", Map.of(), null),
                    parquet,
                    Inputs.Format.PARQUET,
                    null,
                    dir.toString()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTextInsideStructsArraysAndMaps() throws IOException {
    Path json = dir.resolve("nested.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      String phone = String.format("09123%05d", 40000 + i * 7);
      lines.append(
          String.format(
              "{\"ma_don\":\"DH%06d\",\"khach_hang\":{\"ho_ten\":\"Nguyễn Văn An\","
                  + "\"lien_he\":{\"email\":\"khach%d@example.com\"}},"
                  + "\"dien_thoai\":[\"%s\"],\"the\":{\"ghi_chu\":\"giao giờ hành chính\"},"
                  + "\"so_luong\":%d}%n",
              i, i, phone, i % 5 + 1));
    }
    Files.writeString(json, lines.toString());
    ScanJob.Result r = scan(json.toString(), Inputs.Format.JSON, "scan-nested", null);
    Map<String, EntityType> types = classified(r);
    assertThat(types)
        .containsEntry("khach_hang.lien_he.email", EntityType.EMAIL_ADDRESS)
        .containsEntry("khach_hang.ho_ten", EntityType.PERSON_NAME)
        .containsEntry("dien_thoai", EntityType.PHONE_NUMBER)
        .doesNotContainKeys("ma_don", "the.ghi_chu", "so_luong");
    assertThat(r.findings().get("khach_hang.lien_he.email"))
        .containsEntry(EntityType.EMAIL_ADDRESS, 40L);

    // A chosen field inside a struct, by its dotted path.
    ScanJob.Result chosen =
        scan(
            json.toString(),
            Inputs.Format.JSON,
            List.of("khach_hang.lien_he.email"),
            "scan-nested-chosen",
            null);
    assertThat(chosen.findings()).containsOnlyKeys("khach_hang.lien_he.email");

    // Redaction does not rewrite nested text yet: it refuses rather than leave it in the copy.
    assertThatThrownBy(
            () ->
                RedactJob.run(
                    spark,
                    redaction("label", Map.of(), null),
                    json.toString(),
                    Inputs.Format.JSON,
                    null,
                    dir.resolve("redact-nested").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("khach_hang.lien_he.email")
        .hasMessageContaining("dien_thoai");
    assertThat(dir.resolve("redact-nested")).doesNotExist();
  }

  @Test
  void benchTimesRunsOfTheScanAndLeavesNothingBehind() throws IOException {
    Path scratch = dir.resolve("bench-scratch");
    Files.createDirectories(scratch);
    BenchJob.Result r =
        BenchJob.run(spark, detection(), parquet, Inputs.Format.PARQUET, scratch.toString(), 2);
    assertThat(r.rows()).isEqualTo(1200);
    assertThat(r.bytes()).isPositive();
    assertThat(r.runs()).hasSize(2);
    assertThat(r.runs().get(0).findings()).isPositive().isEqualTo(r.runs().get(1).findings());
    try (Stream<Path> left = Files.list(scratch)) {
      assertThat(left).isEmpty();
    }
  }

  /** The type of each column that at least half of its values show. */
  private static Map<String, EntityType> classified(ScanJob.Result r) {
    return r.columns().stream()
        .filter(c -> c.share() >= 0.5)
        .collect(Collectors.toMap(ColumnSummary::column, ColumnSummary::type));
  }

  private static Settings redaction(String defaultOp, Map<String, String> ops, byte[] key) {
    return new Settings(0.5, List.of(), null, defaultOp, ops, key);
  }
}
