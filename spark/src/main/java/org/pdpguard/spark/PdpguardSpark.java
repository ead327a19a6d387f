package org.pdpguard.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.pdpguard.core.EntityType;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.protect.MasterKey;
import org.pdpguard.sources.ColumnSummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The Spark job's entry point: {@code scan}, {@code judge}, {@code redact} and {@code sample} (a
 * synthetic dataset to try them on). Runs under {@code spark-submit}, or locally with {@code
 * --master local[*]} (spark/run.sh). Exit codes: 0 done, 2 usage error, 3 the job failed.
 */
@Command(
    name = "pdpguard-spark",
    mixinStandardHelpOptions = true,
    subcommands = {
      PdpguardSpark.Scan.class,
      PdpguardSpark.JudgeCmd.class,
      PdpguardSpark.Redact.class,
      PdpguardSpark.Sample.class,
      PdpguardSpark.Bench.class
    },
    description = {
      "Quét, đánh giá và che dữ liệu cá nhân trong kho dữ liệu bằng Apache Spark.",
      "Scan, judge and redact personal data in data lakes on Apache Spark."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:done", "2:usage error", "3:the job failed"})
public final class PdpguardSpark {
  private PdpguardSpark() {}

  public static void main(String[] args) {
    int code = commandLine().execute(args);
    SparkSession.getActiveSession()
        .foreach(
            s -> {
              s.stop();
              return null;
            });
    System.exit(code);
  }

  /** The command line, for {@link #main} and for tests (which keep their own session). */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new PdpguardSpark());
    cl.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          c.getErr().println("pdpguard-spark: " + e.getMessage());
          c.getErr().flush();
          return e instanceof IllegalArgumentException ? 2 : 3;
        });
    return cl;
  }

  /** Options every job takes: where Spark runs. */
  static final class SparkOptions {
    @Option(
        names = "--master",
        description = "Spark master when not set by spark-submit (default local[*]).")
    String master;

    SparkSession session(String job) {
      SparkSession.Builder b = SparkSession.builder().appName("pdpguard " + job);
      if (master != null) {
        b.master(master);
      } else if (System.getProperty("spark.master") == null
          && SparkSession.getActiveSession().isEmpty()) {
        b.master("local[*]");
      }
      SparkSession session = b.getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      return session;
    }
  }

  /** The dataset a job reads: scan, redact and bench. */
  static final class InputOptions {
    @Option(names = "--input", required = true, description = "Dataset path (any Spark path).")
    String input;

    @Option(names = "--format", required = true, description = "parquet|csv|json|text")
    String format;

    Inputs.Format format() {
      return Inputs.Format.parse(format);
    }
  }

  /** Detection options, as in {@code pdpguard scan}. */
  static final class DetectOptions {
    @Option(names = "--min-score", defaultValue = "0.5", description = "Minimum score (0..1).")
    double minScore;

    @Option(names = "--types", split = ",", description = "Only these types (T1,T2).")
    List<String> types = new ArrayList<>();

    @Option(names = "--config", description = "Custom recognizers, allow and deny lists (YAML).")
    Path config;

    String configYaml() throws IOException {
      return config == null ? null : Files.readString(config, StandardCharsets.UTF_8);
    }
  }

  @Command(
      name = "scan",
      mixinStandardHelpOptions = true,
      description = {
        "Quét mọi cột văn bản; ghi phát hiện (findings/) và tóm tắt cột (columns/).",
        "Scan every text column; write findings (findings/) and the column summary (columns/)."
      })
  static final class Scan implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin SparkOptions spark = new SparkOptions();
    @Mixin DetectOptions detect = new DetectOptions();

    @Mixin InputOptions in = new InputOptions();

    @Option(names = "--columns", split = ",", description = "Only these columns.")
    List<String> columns;

    @Option(names = "--sample", description = "Classify columns from this fraction of rows.")
    Double sample;

    @Option(names = "--key", description = "A column naming each row (else file and row number).")
    String key;

    @Option(names = "--output", required = true, description = "A new folder.")
    String output;

    @Option(names = "--output-format", defaultValue = "parquet", description = "parquet|jsonl")
    String outputFormat;

    @Override
    public Integer call() throws IOException {
      if (sample != null && !(sample > 0 && sample <= 1)) {
        throw new IllegalArgumentException("--sample: 0 < F <= 1");
      }
      Settings settings = Settings.detection(detect.minScore, detect.types, detect.configYaml());
      ScanJob.Result r =
          ScanJob.run(
              spark.session("scan"),
              settings,
              new ScanJob.Options(
                  in.input, in.format(), columns, sample, key, output, outputFormat));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d phát hiện / findings%n", r.total());
      for (ColumnSummary c : r.columns()) {
        out.printf(
            "  %-24s %-20s share %.3f (%d/%d)%n",
            c.column(), c.type(), c.share(), c.matched(), c.values());
      }
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "judge",
      mixinStandardHelpOptions = true,
      description = {
        "Đánh giá phát hiện của job scan theo bộ quy tắc (JSONL vi phạm).",
        "Judge a scan job's findings against the rule pack (JSONL of violations)."
      })
  static final class JudgeCmd implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin SparkOptions spark = new SparkOptions();

    @Option(names = "--findings", required = true, description = "The scan job's findings/.")
    String findings;

    @Option(names = "--output", required = true, description = "A new JSONL file.")
    Path output;

    @Option(names = "--as-of", description = "Date of the facts (default: today in Vietnam).")
    LocalDate asOf;

    @Option(names = "--inventory", description = "Data inventory (YAML).")
    Path inventory;

    @Option(names = "--rules", description = "Rule pack (YAML); default: the Vietnamese pack.")
    Path rules;

    @Override
    public Integer call() throws IOException {
      LocalDate date = asOf != null ? asOf : LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
      List<Violation> v =
          JudgeJob.run(
              spark.session("judge"),
              findings,
              output,
              date,
              inventory == null ? Inventory.EMPTY : Inventory.load(inventory),
              rules == null ? RulePack.defaults() : RulePack.load(rules));
      PrintWriter out = spec.commandLine().getOut();
      out.printf("%d vi phạm / violations%n", v.size());
      v.forEach(x -> out.printf("  %-26s %s%n", x.ruleId(), x.source()));
      out.flush();
      return 0;
    }
  }

  @Command(
      name = "redact",
      mixinStandardHelpOptions = true,
      description = {
        "Ghi bản sao đã che của tập dữ liệu (như pdpguard redact), không bao giờ ghi đè.",
        "Write a redacted copy of a dataset (as pdpguard redact), never in place."
      })
  static final class Redact implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin SparkOptions spark = new SparkOptions();
    @Mixin DetectOptions detect = new DetectOptions();

    @Mixin InputOptions in = new InputOptions();

    @Option(names = "--columns", split = ",", description = "Only these text columns.")
    List<String> columns;

    @Option(names = "--output", required = true, description = "A new folder.")
    String output;

    @Option(names = "--operator", split = ",", description = "TYPE=OP (repeatable).")
    List<String> operators = new ArrayList<>();

    @Option(names = "--default-operator", defaultValue = "label")
    String defaultOperator;

    @Option(names = "--key-file", description = "The key's file (never the key itself).")
    Path keyFile;

    @Option(names = "--key-env", description = "The environment variable holding the key.")
    String keyEnv;

    @Override
    public Integer call() throws IOException {
      Map<String, String> ops = new LinkedHashMap<>();
      for (String o : operators) {
        int eq = o.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("--operator TYPE=OP: " + o);
        }
        ops.put(EntityType.parse(o.substring(0, eq).strip()).name(), o.substring(eq + 1).strip());
      }
      byte[] key = Keys.read(keyFile, keyEnv, System.getenv());
      try {
        Settings settings =
            new Settings(
                detect.minScore, detect.types, detect.configYaml(), defaultOperator, ops, key);
        settings.policy(); // an unknown operator or type fails here, on the driver
        if (settings.policy().needsKey() && key == null) {
          throw new IllegalArgumentException(
              "cần khóa (--key-file hoặc --key-env) / a key (--key-file or --key-env) is needed");
        }
        RedactJob.run(spark.session("redact"), settings, in.input, in.format(), columns, output);
        PrintWriter out = spec.commandLine().getOut();
        out.printf("đã ghi / written: %s%n", output);
        if (key != null) {
          out.printf("khóa / key fingerprint: %s%n", MasterKey.of(key).fingerprint());
        }
        out.flush();
        return 0;
      } finally {
        if (key != null) {
          Arrays.fill(key, (byte) 0);
        }
      }
    }
  }

  @Command(
      name = "sample",
      mixinStandardHelpOptions = true,
      description = {
        "Tạo tập dữ liệu khách hàng tổng hợp để thử.",
        "Generate a synthetic customer dataset to try the jobs on."
      })
  static final class Sample implements Callable<Integer> {
    @Mixin SparkOptions spark = new SparkOptions();

    @Option(names = "--rows", defaultValue = "10000")
    long rows;

    @Option(names = "--partitions", defaultValue = "4")
    int partitions;

    @Option(
        names = "--personal",
        defaultValue = "1.0",
        description = "Share of rows with personal data.")
    double personal;

    @Option(names = "--note-words", defaultValue = "6")
    int noteWords;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    @Option(names = "--format", defaultValue = "parquet", description = "parquet|csv|json")
    String format;

    @Option(names = "--output", required = true)
    String output;

    @Override
    public Integer call() {
      SparkSession s = spark.session("sample");
      Outputs.refuseExisting(s, output, null);
      Outputs.write(
          SampleData.generate(s, rows, partitions, personal, noteWords, seed), format, output);
      return 0;
    }
  }

  @Command(
      name = "bench",
      mixinStandardHelpOptions = true,
      description = {
        "Đo tốc độ job scan trên một tập dữ liệu: nhiều lượt trong một phiên Spark, kết quả ghi vào"
            + " thư mục tạm rồi xóa; in số giây, số dòng/giây và MB/giây của từng lượt.",
        "Time the scan job on a dataset: several runs in one Spark session, each written to a"
            + " scratch folder and deleted; prints seconds, rows/s and MB/s per run. The first run"
            + " includes the JIT's warm-up, the later ones the speed of a long job."
      })
  static final class Bench implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin SparkOptions spark = new SparkOptions();
    @Mixin DetectOptions detect = new DetectOptions();

    @Mixin InputOptions in = new InputOptions();

    @Option(names = "--runs", defaultValue = "3", description = "Timed runs (default 3).")
    int runs;

    @Option(
        names = "--scratch",
        description = "Folder for the runs' output, deleted after each (default: the temp folder).")
    String scratch = System.getProperty("java.io.tmpdir");

    @Override
    public Integer call() throws IOException {
      Settings settings = Settings.detection(detect.minScore, detect.types, detect.configYaml());
      BenchJob.Result r =
          BenchJob.run(spark.session("bench"), settings, in.input, in.format(), scratch, runs);
      PrintWriter out = spec.commandLine().getOut();
      out.printf("dataset: %d rows, %.1f MB%n", r.rows(), r.bytes() / 1e6);
      for (int i = 0; i < r.runs().size(); i++) {
        BenchJob.Run run = r.runs().get(i);
        out.printf(
            "run %d: %.1f s  %.0f rows/s  %.2f MB/s  %d findings%n",
            i + 1,
            run.seconds(),
            r.rows() / run.seconds(),
            r.bytes() / 1e6 / run.seconds(),
            run.findings());
      }
      out.flush();
      return 0;
    }
  }
}
