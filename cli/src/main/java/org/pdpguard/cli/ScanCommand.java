package org.pdpguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import org.pdpguard.cli.report.Masking;
import org.pdpguard.cli.report.ReportWriter;
import org.pdpguard.cli.report.ReportWriters;
import org.pdpguard.cli.report.Summary;
import org.pdpguard.core.Category;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.config.CustomConfig;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.judge.RuleFileException;
import org.pdpguard.sources.Extraction;
import org.pdpguard.sources.Problems;
import org.pdpguard.sources.ScanCache;
import org.pdpguard.sources.SourceEntry;
import org.pdpguard.sources.SourceScanner;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.SourceWalker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code pdpguard scan}: the contract of {@code spec/cli-and-findings.md}. */
@Command(
    name = "scan",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Quét dữ liệu cá nhân trong tệp, thư mục, tệp nén, tài liệu, cơ sở dữ liệu (jdbc:...)",
      "hoặc đầu vào chuẩn.",
      "Scan files, folders, archives, documents, databases (jdbc:...) or standard input",
      "for personal data.",
      ""
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Quét xong / Scan completed",
      "1:Có phát hiện khớp --fail-on / Findings matched --fail-on",
      "2:Sai cách dùng / Usage error (bad option, unknown type, missing path)",
      "3:Không quét trọn được / Scan could not complete (bad config, report not writable)"
    })
final class ScanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @ParentCommand PdpguardCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = {
        "Tệp, thư mục (quét đệ quy), URL jdbc:... hoặc - cho đầu vào chuẩn.",
        "File, folder (walked recursively), jdbc:... URL or - for standard input."
      })
  List<String> paths;

  @Mixin ReportOptions report;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = {
        "Số luồng quét song song (mặc định: số nhân CPU).",
        "Sources scanned in parallel (default: available processors)."
      })
  Integer threads;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      defaultValue = "0.5",
      description = {
        "Bỏ phát hiện có điểm thấp hơn X (0..1, mặc định ${DEFAULT-VALUE}).",
        "Drop findings scoring below X (0..1, default ${DEFAULT-VALUE})."
      })
  double minScore;

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      converter = OptionConverters.TypeConverter.class,
      description = {
        "Chỉ tìm các loại này, ví dụ VN_CCCD,PHONE_NUMBER; mỗi loại được báo như khi quét mọi"
            + " loại.",
        "Only these types, e.g. VN_CCCD,PHONE_NUMBER; each is reported as a scan of every type"
            + " reports it."
      })
  List<EntityType> types;

  @Option(
      names = "--category",
      paramLabel = "basic|sensitive",
      converter = OptionConverters.CategoryConverter.class,
      description = {
        "Chỉ tìm dữ liệu cá nhân cơ bản hoặc nhạy cảm.",
        "Only basic or only sensitive personal data."
      })
  Category category;

  @Option(
      names = "--show-values",
      description = {
        "In giá trị gốc thay vì giá trị đã che.",
        "Print raw matched values instead of masked ones."
      })
  boolean showValues;

  @Option(
      names = "--fail-on",
      paramLabel = "WHEN",
      defaultValue = "none",
      converter = OptionConverters.FailOnConverter.class,
      description = {
        "Thoát với mã 1 khi có phát hiện (any), có dữ liệu nhạy cảm (sensitive), có vi phạm",
        "(violation) hoặc vi phạm từ mức low|medium|high|critical trở lên (bật --judge).",
        "Exit 1 when anything is found (any), sensitive data is found (sensitive), a violation",
        "is found (violation) or one of a severity or worse (low|medium|high|critical; turns on",
        "--judge); default: ${DEFAULT-VALUE}."
      })
  FailOn failOn;

  @Option(
      names = "--judge",
      description = {
        "Đánh giá vi phạm theo pháp luật Việt Nam và thêm vào báo cáo.",
        "Judge the findings against Vietnamese law and add the violations to the report."
      })
  boolean judge;

  @Mixin JudgeOptions judgeOptions;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Tệp YAML: bộ nhận dạng tùy chỉnh, danh sách cho phép / chặn.",
        "YAML file: custom recognizers, allow and deny lists."
      })
  Path config;

  @Option(
      names = "--ocr",
      description = {
        "Đọc chữ trong ảnh và PDF scan bằng Tesseract (cần tesseract-ocr, tesseract-ocr-vie).",
        "Read images and scanned PDFs with Tesseract OCR (needs tesseract-ocr, tesseract-ocr-vie)."
      })
  boolean ocr;

  @Option(
      names = "--max-depth",
      paramLabel = "N",
      defaultValue = "5",
      description = {
        "Độ sâu tối đa của tệp nén lồng nhau (mặc định ${DEFAULT-VALUE}).",
        "How deep archives may nest (default ${DEFAULT-VALUE})."
      })
  int maxDepth;

  @Option(
      names = "--sample-rows",
      paramLabel = "N",
      defaultValue = "10000",
      description = {
        "Số dòng lấy mẫu mỗi bảng cơ sở dữ liệu, 0 = tất cả (mặc định ${DEFAULT-VALUE}).",
        "Rows sampled per database table, 0 for all (default ${DEFAULT-VALUE})."
      })
  long sampleRows;

  @Option(
      names = "--include",
      paramLabel = "SCHEMA.TABLE",
      split = ",",
      description = {
        "Chỉ quét các bảng khớp mẫu (có thể dùng *).",
        "Only scan tables matching these patterns (* allowed)."
      })
  List<String> include;

  @Option(
      names = "--exclude",
      paramLabel = "SCHEMA.TABLE",
      split = ",",
      description = {"Bỏ qua các bảng khớp mẫu.", "Leave out tables matching these patterns."})
  List<String> exclude;

  @Option(
      names = "--password-env",
      paramLabel = "VAR",
      description = {
        "Biến môi trường chứa mật khẩu cơ sở dữ liệu.",
        "Environment variable holding the database password."
      })
  String passwordEnv;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = {"Tệp chứa mật khẩu cơ sở dữ liệu.", "File holding the database password."})
  Path passwordFile;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = {
        "Thư mục bộ nhớ đệm: quét lại cây không đổi sẽ nhanh (chỉ lưu giá trị đã che).",
        "Cache folder: rescanning an unchanged tree is fast (stores masked values only)."
      })
  Path cache;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    int nThreads = checkOptions(cl);
    Set<EntityType> wanted = wantedTypes(cl);
    Extraction extraction = Readers.extraction();
    for (String p : paths) {
      if (extraction.connector(p) == null && !SourceWalker.exists(p)) {
        throw new ParameterException(cl, "Không tìm thấy / No such file or folder: " + p);
      }
    }
    Detector detector;
    try {
      detector = detector(wanted);
    } catch (RuntimeException e) {
      err.println("Cấu hình không dùng được / Unusable configuration: " + e.getMessage());
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    Judging judging;
    try {
      judging = judging(cl);
    } catch (RuleFileException e) {
      return Judging.unusable(err, e);
    } catch (IOException e) {
      err.println("Không đọc được / Cannot read: " + Problems.describe(e));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    ReportOutput out;
    try {
      out = report.open(cl.getOut());
    } catch (IOException e) {
      return cannotWrite(err, e);
    }
    try {
      Summary summary = scan(detector, extraction, nThreads, out, err, judging);
      out.commit();
      err.flush();
      return failOn.matches(summary) ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (IOException e) {
      out.abort();
      return cannotWrite(err, e);
    } catch (InterruptedException e) {
      out.abort();
      Thread.currentThread().interrupt();
      err.println("Đã dừng / Interrupted");
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
  }

  private Summary scan(
      Detector detector,
      Extraction extraction,
      int nThreads,
      ReportOutput out,
      PrintWriter err,
      Judging judging)
      throws IOException, InterruptedException {
    ReportWriter writer =
        ReportWriters.create(
            report.format,
            out.writer(),
            showValues,
            Version.get(),
            judging == null ? null : judging.pack());
    JudgingWriter judged = null;
    if (judging != null) {
      writer = judged = judging.writer(writer, showValues);
    }
    List<SourceEntry> entries = new SourceWalker(stdin(), extraction).walk(paths);
    Clock clock = parent != null ? parent.clock : Clock.systemUTC();
    long started = clock.millis();
    boolean interactive = parent != null && parent.interactive;
    SourceScanner scanner = new SourceScanner(detector, extraction, settings());
    // A second pool detects the units of large texts, so that one big file uses every thread;
    // the source threads read, cut and report (they wait on it, so it must be another pool).
    ExecutorService unitPool = nThreads > 1 ? Threads.daemonPool("pdpguard-unit", nThreads) : null;
    try {
      if (unitPool != null) {
        scanner = scanner.parallel(unitPool, 2 * nThreads);
      }
      Summary summary =
          new ParallelScan(
                  scanner, cache(detector, err), showValues, nThreads, writer, err, interactive)
              .run(entries, () -> clock.millis() - started);
      return judged == null ? summary : summary.judged(judged.judgement());
    } finally {
      if (unitPool != null) {
        unitPool.shutdownNow();
      }
    }
  }

  /** What judging needs, loaded before the scan so that a bad rule file fails at once; or null. */
  private Judging judging(CommandLine cl) throws IOException {
    if (!judge && !failOn.needsJudge()) {
      return null;
    }
    Clock clock = parent != null ? parent.clock : Clock.systemUTC();
    return new Judging(judgeOptions.pack(), judgeOptions.inventory(), judgeOptions.asOf(clock, cl));
  }

  private int cannotWrite(PrintWriter err, IOException e) {
    String where = report.output == null ? "-" : report.output.toString();
    err.println(
        "Không ghi được báo cáo / Cannot write the report: " + where + ": " + Problems.describe(e));
    err.flush();
    return ExitCodes.CANNOT_COMPLETE;
  }

  /** The cache, or null when none was asked for or raw values are (it holds masked ones only). */
  private ScanCache cache(Detector detector, PrintWriter err) {
    if (cache == null) {
      return null;
    }
    if (showValues) {
      err.println(
          "Không dùng bộ nhớ đệm khi có --show-values / The cache is not used with --show-values");
      return null;
    }
    String fingerprint =
        String.join(
            "\n",
            Version.get(),
            Fingerprint.ofCode(ScanCommand.class),
            Fingerprint.ofFile(config),
            String.valueOf(minScore),
            String.valueOf(wantedTypes(spec.commandLine())),
            settings().toString(),
            String.valueOf(detector.recognizers().size()));
    return new ScanCache(cache, fingerprint, Masking::mask);
  }

  private SourceSettings settings() {
    return SourceSettings.defaults()
        .withOcr(ocr)
        .withArchiveLimits(
            maxDepth,
            SourceSettings.defaults().maxEntryBytes(),
            SourceSettings.defaults().maxTotalBytes(),
            SourceSettings.defaults().maxRatio())
        .withTables(
            sampleRows,
            include == null ? List.of() : include,
            exclude == null ? List.of() : exclude)
        .withPassword(passwordEnv, passwordFile);
  }

  private int checkOptions(CommandLine cl) {
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1) {
      throw new ParameterException(
          cl, "--threads phải ít nhất là 1 / --threads must be at least 1, got " + threads);
    }
    if (maxDepth < 0 || sampleRows < 0) {
      throw new ParameterException(
          cl,
          "--max-depth và --sample-rows không được âm / --max-depth and --sample-rows must not be"
              + " negative");
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(
          cl, "--min-score phải trong 0..1 / --min-score must be within 0..1, got " + minScore);
    }
    return n;
  }

  /** The types to report: --types narrowed by --category; never empty. */
  private Set<EntityType> wantedTypes(CommandLine cl) {
    Set<EntityType> wanted =
        types == null || types.isEmpty() ? EnumSet.allOf(EntityType.class) : EnumSet.copyOf(types);
    if (category != null) {
      wanted.removeIf(t -> t.category() != category);
    }
    if (wanted.isEmpty()) {
      throw new ParameterException(
          cl,
          "Không loại nào vừa thuộc --types vừa thuộc --category / "
              + "No type is both in --types and in --category "
              + category.label());
    }
    return wanted;
  }

  private Detector detector(Set<EntityType> wanted) {
    Detector.Builder b =
        Detector.builder().addAll(Recognizers.defaults()).minScore(minScore).types(wanted);
    if (config != null) {
      CustomConfig custom = CustomConfig.load(config);
      b.addAll(custom.recognizers()).allowList(custom.allowList());
    }
    return b.build();
  }

  private InputStream stdin() {
    return parent != null ? parent.stdin : System.in;
  }
}
