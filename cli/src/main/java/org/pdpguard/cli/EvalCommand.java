package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.eval.Span;
import org.pdpguard.eval.score.Corpus;
import org.pdpguard.eval.score.EngineRunner;
import org.pdpguard.eval.score.ErrorSamples;
import org.pdpguard.eval.score.KindBreakdown;
import org.pdpguard.eval.score.ReportFormat;
import org.pdpguard.eval.score.ScoreReport;
import org.pdpguard.eval.score.Scorer;
import org.pdpguard.eval.score.Scores;
import org.pdpguard.sources.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code pdpguard eval}: scores pdpguard's engine, or another tool's predictions, against the gold
 * spans of a corpus written by {@code pdpguard corpus}.
 */
@Command(
    name = "eval",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Chấm điểm bộ phát hiện trên kho văn bản có nhãn: precision, recall, F1 theo loại,",
      "nới lỏng (chồng lấn) và chặt (đúng biên), và số phát hiện sai trên 100 KB tài liệu âm.",
      "Score the detector against a labelled corpus: precision, recall and F1 per type, lenient",
      "(overlap) and strict (exact boundaries), and false positives per 100 KB of hard negatives.",
      ""
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Chấm xong / Scored",
      "2:Sai cách dùng / Usage error (bad option, missing corpus or predictions file)",
      "3:Không chấm được / Could not score (unreadable corpus, malformed predictions)"
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Parameters(
      paramLabel = "DIR",
      description = {
        "Thư mục kho văn bản (có gold.jsonl, docs/, negatives/).",
        "Corpus folder (with gold.jsonl, docs/, negatives/)."
      })
  Path dir;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = FormatConverter.class,
      description = {
        "Định dạng / Format: table, markdown, json (mặc định / default: ${DEFAULT-VALUE})."
      })
  ReportFormat format;

  @Option(
      names = "--predictions",
      paramLabel = "FILE",
      description = {
        "Chấm dự đoán của công cụ khác: mỗi dòng một JSON",
        "{\"doc\":\"docs/0001-form.txt\",\"start\":..,\"end\":..,\"type\":\"..\"} (độ lệch UTF-16).",
        "Score another tool's predictions, one JSON per line (UTF-16 offsets);",
        "the table keeps the types that occur in FILE, or those of --types."
      })
  Path predictions;

  @Option(
      names = "--types",
      paramLabel = "TYPE",
      split = ",",
      converter = OptionConverters.TypeConverter.class,
      description = {"Chỉ chấm các loại này / Only score these types, e.g. VN_CCCD,PHONE_NUMBER."})
  List<EntityType> types;

  @Option(
      names = "--min-score",
      paramLabel = "X",
      defaultValue = "0.5",
      description = {
        "Ngưỡng điểm của pdpguard (0..1, mặc định ${DEFAULT-VALUE}); bỏ qua khi có --predictions.",
        "pdpguard's score threshold (default ${DEFAULT-VALUE}); ignored with --predictions."
      })
  double minScore;

  @Option(
      names = "--errors",
      paramLabel = "N",
      defaultValue = "0",
      description = {
        "In tối đa N lỗi bỏ sót (FN), N lỗi phát hiện sai (FP) và N lỗi biên (BOUND: chồng lấn",
        "nhưng lệch biên, kèm giá trị chuẩn) mỗi loại, với giá trị và ngữ cảnh",
        "(dữ liệu tổng hợp nên được phép in giá trị).",
        "Print up to N false negatives (FN), N false positives (FP) and N boundary errors",
        "(BOUND: overlapping with other bounds, with the gold value) per type, with their",
        "values and surrounding text (the corpus is synthetic, so values are shown)."
      })
  int errors;

  @Option(
      names = "--by-kind",
      description = {
        "Thêm bảng recall theo loại dữ liệu × loại tài liệu (form, csv, chat, …).",
        "Also print recall per type and document kind (form, csv, chat, …)."
      })
  boolean byKind;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    check(cl);
    PrintWriter err = cl.getErr();
    try {
      Corpus corpus = Corpus.open(dir);
      List<Span> predicted;
      Set<EntityType> scored;
      String source;
      if (predictions == null) {
        Set<EntityType> wanted =
            types == null || types.isEmpty()
                ? EnumSet.allOf(EntityType.class)
                : EnumSet.copyOf(types);
        Detector detector =
            Detector.builder()
                .addAll(Recognizers.defaults())
                .minScore(minScore)
                .types(wanted)
                .build();
        predicted = EngineRunner.predict(corpus, detector);
        scored = wanted;
        source = "pdpguard " + Version.get();
      } else {
        predicted = Corpus.readSpans(predictions);
        scored =
            types == null || types.isEmpty() ? Scorer.typesOf(predicted) : EnumSet.copyOf(types);
        source = "predictions " + predictions.getFileName();
      }
      Scores scores = Scorer.score(corpus, predicted, scored, corpus.negativeBytes());
      ErrorSamples samples = errors > 0 ? ErrorSamples.of(scores, corpus, errors) : null;
      KindBreakdown kinds = byKind ? KindBreakdown.of(corpus, scores) : null;
      ScoreReport.write(
          format,
          scores,
          new ScoreReport.Heading(
              source, dir.toString(), predictions == null ? minScore : Double.NaN),
          kinds,
          samples,
          cl.getOut());
      return ExitCodes.OK;
    } catch (IllegalArgumentException e) {
      err.println("Không chấm được / Could not score: " + e.getMessage());
    } catch (IOException e) {
      err.println("Không đọc được / Cannot read: " + Problems.describe(e));
    }
    err.flush();
    return ExitCodes.CANNOT_COMPLETE;
  }

  private void check(CommandLine cl) {
    if (!Files.isDirectory(dir)) {
      throw new ParameterException(cl, "Không tìm thấy thư mục / No such folder: " + dir);
    }
    if (!Files.isRegularFile(dir.resolve("gold.jsonl"))) {
      throw new ParameterException(
          cl, "Không phải kho văn bản (thiếu gold.jsonl) / Not a corpus (no gold.jsonl): " + dir);
    }
    if (predictions != null && !Files.isRegularFile(predictions)) {
      throw new ParameterException(cl, "Không tìm thấy / No such file: " + predictions);
    }
    if (!(minScore >= 0 && minScore <= 1)) {
      throw new ParameterException(
          cl, "--min-score phải trong 0..1 / --min-score must be within 0..1, got " + minScore);
    }
    if (errors < 0) {
      throw new ParameterException(cl, "--errors không được âm / --errors must not be negative");
    }
  }

  /** {@code table}, {@code markdown} or {@code json}. */
  static final class FormatConverter implements ITypeConverter<ReportFormat> {
    @Override
    public ReportFormat convert(String value) {
      try {
        return ReportFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
