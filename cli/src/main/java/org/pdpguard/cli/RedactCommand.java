package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.config.CustomConfig;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.protect.MasterKey;
import org.pdpguard.protect.Operator;
import org.pdpguard.protect.Policy;
import org.pdpguard.protect.Redactor;
import org.pdpguard.protect.Tally;
import org.pdpguard.protect.UnsupportedFormatException;
import org.pdpguard.sources.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pdpguard redact}: copies of files with their personal data replaced ({@code
 * docs/REDACTION.md}). Files are redacted on a pool of {@code --threads}, their units and record
 * batches detected on a second pool, and reported in the order given. Longer than most commands for
 * its options and their bilingual help; the work is in {@link Redactor}.
 */
@Command(
    name = "redact",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Ghi bản sao đã che dữ liệu cá nhân của tệp văn bản, CSV/TSV, JSON, JSON Lines.",
      "Bản gốc không bao giờ bị sửa; bản sao được ghi nguyên khối, mã UTF-8.",
      "Write copies of text, CSV/TSV, JSON and JSON Lines files with personal data",
      "replaced. Originals are never modified; copies are written atomically, UTF-8.",
      "",
      "Phép che / operators: mask, label (mặc định / default), hash, pseudonym, fpe,",
      "drop.",
      "hash, pseudonym, fpe cần khóa / need a key (--key-file, --key-env).",
      "fpe mã hóa chữ số của mã số (CCCD, điện thoại, thẻ...); người giữ khóa khôi phục",
      "bằng pdpguard reveal. fpe encrypts the digits of identifiers (citizen IDs, phones,",
      "cards...); the key holder restores them with pdpguard reveal.",
      ""
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Đã che mọi tệp / Every file redacted",
      "2:Sai cách dùng / Usage error (bad option, no key for hash/pseudonym/fpe, bad key)",
      "3:Có tệp không che được / Some file could not be redacted (unsupported, malformed)"
    })
final class RedactCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Mixin KeyOptions keyOptions;

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = {"Tệp hoặc thư mục (đệ quy).", "File or folder (walked recursively)."})
  List<Path> inputs;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "OUT",
      description = {
        "Tệp ra (một tệp vào) hoặc thư mục ra (giữ cây thư mục).",
        "Output file (one input file) or folder (the input tree is mirrored)."
      })
  Path output;

  @Option(
      names = "--operator",
      paramLabel = "TYPE=OP",
      split = ",",
      description = {
        "Phép che cho một loại, ví dụ VN_CCCD=fpe,PERSON_NAME=pseudonym.",
        "Operator for a type, e.g. VN_CCCD=fpe,PERSON_NAME=pseudonym."
      })
  List<String> operators;

  @Option(
      names = "--default-operator",
      paramLabel = "OP",
      defaultValue = "label",
      description = {
        "Phép che cho các loại còn lại (mặc định ${DEFAULT-VALUE}).",
        "Operator for every other type (default ${DEFAULT-VALUE})."
      })
  String defaultOperator;

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      converter = OptionConverters.TypeConverter.class,
      description = {"Chỉ che các loại này.", "Only redact these types."})
  List<EntityType> types;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      defaultValue = "0.5",
      description = {
        "Chỉ che phát hiện có điểm từ X (0..1, mặc định ${DEFAULT-VALUE}).",
        "Only redact findings scoring X or more (0..1, default ${DEFAULT-VALUE})."
      })
  double minScore;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Tệp YAML: bộ nhận dạng tùy chỉnh, danh sách cho phép / chặn.",
        "YAML file: custom recognizers, allow and deny lists."
      })
  Path config;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = {
        "Số luồng (mặc định: số nhân CPU).",
        "Threads (default: available processors)."
      })
  Integer threads;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    Policy policy = policy(cl);
    MasterKey key = keyOptions.load(cl);
    if (policy.needsKey() && key == null) {
      throw new ParameterException(
          cl,
          "hash, pseudonym và fpe cần khóa: --key-file TỆP hoặc --key-env BIẾN / hash, pseudonym"
              + " and fpe need a key: --key-file FILE or --key-env NAME");
    }
    int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (n < 1 || !(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(
          cl, "--threads ≥ 1, --min-score trong 0..1 / --threads ≥ 1, --min-score within 0..1");
    }
    List<RedactTargets.Target> targets = targets(cl);
    Detector detector;
    try {
      detector = detector();
    } catch (RuntimeException e) {
      err.println("Cấu hình không dùng được / Unusable configuration: " + e.getMessage());
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    ExecutorService files = Threads.daemonPool("pdpguard-redact", n);
    ExecutorService units = n > 1 ? Threads.daemonPool("pdpguard-unit", n) : null;
    try {
      Redactor redactor = new Redactor(detector, policy, key, units, 2 * n);
      return run(redactor, targets, files, err, key);
    } finally {
      files.shutdownNow();
      if (units != null) {
        units.shutdownNow();
      }
    }
  }

  private int run(
      Redactor redactor,
      List<RedactTargets.Target> targets,
      ExecutorService pool,
      PrintWriter err,
      MasterKey key) {
    List<Future<Redactor.Result>> results = new ArrayList<>();
    for (RedactTargets.Target t : targets) {
      results.add(
          pool.submit(
              () -> {
                Files.createDirectories(t.output().toAbsolutePath().getParent());
                return redactor.redact(t.input(), t.output());
              }));
    }
    Tally total = new Tally();
    int done = 0;
    int skipped = 0;
    int failed = 0;
    long encrypted = 0;
    for (int i = 0; i < targets.size(); i++) {
      RedactTargets.Target t = targets.get(i);
      try {
        Redactor.Result r = results.get(i).get();
        done++;
        total.add(r.tally());
        encrypted += r.encrypted();
        err.println(
            "đã che / redacted: "
                + t.shown()
                + " → "
                + t.output()
                + " ("
                + r.format().id()
                + ", "
                + r.tally().total()
                + " giá trị / values"
                + (r.textLines() > 0
                    ? ", " + r.textLines() + " dòng không phải JSON / lines not JSON"
                    : "")
                + ")");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof UnsupportedFormatException u) {
          skipped++;
          err.println("bỏ qua / skipped: " + t.shown() + ": " + u.getMessage());
        } else {
          failed++;
          err.println("không che được / cannot redact: " + t.shown() + ": " + reason(e.getCause()));
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        err.println("Đã dừng / Interrupted");
        err.flush();
        return ExitCodes.CANNOT_COMPLETE;
      }
      err.flush();
    }
    summary(err, total, done, skipped, failed, encrypted, key);
    return skipped + failed == 0 ? ExitCodes.OK : ExitCodes.CANNOT_COMPLETE;
  }

  private static void summary(
      PrintWriter err,
      Tally total,
      int done,
      int skipped,
      int failed,
      long encrypted,
      MasterKey key) {
    err.println(
        "Tóm tắt / Summary: "
            + done
            + " tệp đã che / files redacted, "
            + skipped
            + " bỏ qua / skipped, "
            + failed
            + " lỗi / failed; "
            + total.total()
            + " giá trị đã thay / values replaced");
    for (Map.Entry<EntityType, Map<String, Long>> e : total.counts().entrySet()) {
      e.getValue()
          .forEach((how, count) -> err.printf("  %-20s %-24s %d%n", e.getKey(), how, count));
    }
    if (encrypted > 0) {
      err.println(
          "  "
              + encrypted
              + " giá trị fpe, bảng kê bên cạnh mỗi tệp (*.pdpguard-redaction.json), khóa "
              + key.fingerprint()
              + " / fpe values, listed beside each copy, key fingerprint "
              + key.fingerprint());
    }
    err.flush();
  }

  private static String reason(Throwable t) {
    if (t instanceof IOException io) {
      return Problems.describe(io);
    }
    return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
  }

  private Policy policy(CommandLine cl) {
    Policy.Builder b = Policy.builder();
    try {
      b.defaultOperator(Operator.parse(defaultOperator));
      for (String s : operators == null ? List.<String>of() : operators) {
        int eq = s.indexOf('=');
        if (eq <= 0) {
          throw new IllegalArgumentException("cần LOẠI=PHÉP / expected TYPE=OP, got '" + s + "'");
        }
        EntityType type = new OptionConverters.TypeConverter().convert(s.substring(0, eq));
        b.operator(type, Operator.parse(s.substring(eq + 1)));
      }
      return b.build();
    } catch (IllegalArgumentException | CommandLine.TypeConversionException e) {
      throw new ParameterException(cl, "--operator: " + e.getMessage());
    }
  }

  /** Whether {@code --output} was written with a trailing separator ({@code out/}): a folder. */
  private static boolean namesFolder(CommandLine cl) {
    var option = cl.getParseResult().matchedOption("--output");
    if (option == null || option.originalStringValues().isEmpty()) {
      return false;
    }
    String raw = option.originalStringValues().get(0);
    return raw.endsWith("/") || raw.endsWith(java.io.File.separator);
  }

  private List<RedactTargets.Target> targets(CommandLine cl) {
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new ParameterException(cl, "Không tìm thấy / No such file or folder: " + p);
      }
    }
    try {
      return RedactTargets.of(inputs, output, namesFolder(cl));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(
          cl, "Không đọc được / Cannot read the inputs: " + Problems.describe(e));
    }
  }

  private Detector detector() {
    Detector.Builder b = Detector.builder().addAll(Recognizers.defaults()).minScore(minScore);
    if (types != null && !types.isEmpty()) {
      b.types(EnumSet.copyOf(types));
    }
    if (config != null) {
      CustomConfig custom = CustomConfig.load(config);
      b.addAll(custom.recognizers()).allowList(custom.allowList());
    }
    return b.build();
  }
}
