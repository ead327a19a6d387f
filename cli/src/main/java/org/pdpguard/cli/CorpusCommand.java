package org.pdpguard.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.pdpguard.eval.corpus.BenchWriter;
import org.pdpguard.eval.corpus.CorpusWriter;
import org.pdpguard.sources.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pdpguard corpus}: writes the labelled evaluation corpus, or with {@code --bench} one large
 * mixed text for throughput benchmarks. All data is synthetic and fixed by the seed.
 */
@Command(
    name = "corpus",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Sinh kho văn bản đánh giá có gán nhãn (dữ liệu tổng hợp, cố định theo --seed):",
      "DIR/docs/, DIR/gold.jsonl, DIR/negatives/, DIR/MANIFEST.json.",
      "Generate the labelled evaluation corpus (synthetic data, fixed by --seed).",
      "With --bench: one large mixed text file for throughput benchmarks.",
      ""
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Đã ghi / Written",
      "2:Sai cách dùng / Usage error (bad option, folder not empty and not a corpus)",
      "3:Không ghi được / Cannot write the output"
    })
final class CorpusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR|FILE",
      description = {
        "Thư mục kho văn bản (hoặc tệp, với --bench); thư mục phải trống hoặc là kho cũ.",
        "Corpus folder (or file, with --bench); the folder must be empty or hold a corpus."
      })
  Path out;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = {
        "Hạt giống: cùng hạt giống cho cùng tệp (mặc định ${DEFAULT-VALUE}).",
        "Seed: the same seed gives byte-identical files (default ${DEFAULT-VALUE})."
      })
  long seed;

  @Option(
      names = "--docs",
      paramLabel = "K",
      defaultValue = "3000",
      description = {
        "Số tài liệu có nhãn (mặc định ${DEFAULT-VALUE}); số tài liệu âm bằng K/4.",
        "Labelled documents (default ${DEFAULT-VALUE}); hard negatives: K/4."
      })
  int docs;

  @Option(
      names = "--bench",
      description = {
        "Ghi một tệp lớn hỗn hợp để đo tốc độ (cần --size-mb).",
        "Write one large mixed text file for benchmarks (needs --size-mb)."
      })
  boolean bench;

  @Option(
      names = "--size-mb",
      paramLabel = "N",
      description = {
        "Kích thước tệp --bench, MB (1 MB = 1.048.576 byte).",
        "Size of the --bench file in MB (1 MB = 1,048,576 bytes)."
      })
  Double sizeMb;

  @Option(
      names = "--pii-percent",
      paramLabel = "P",
      defaultValue = "1",
      description = {
        "Tỷ lệ ký tự là dữ liệu cá nhân trong tệp --bench (mặc định ${DEFAULT-VALUE}%%).",
        "Share of chars that are personal data in the --bench file (default ${DEFAULT-VALUE}%%)."
      })
  double piiPercent;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    check(cl);
    PrintWriter o = cl.getOut();
    try {
      if (bench) {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
          Files.createDirectories(parent);
        }
        BenchWriter.Summary s;
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
          s = BenchWriter.write(os, (long) (sizeMb * 1024 * 1024), seed, piiPercent);
        }
        o.printf(
            Locale.ROOT,
            "Đã ghi / Wrote %s: %d bytes, %d documents, %.2f%% personal data%n",
            out,
            s.bytes(),
            s.documents(),
            s.piiPercent());
      } else {
        CorpusWriter.Summary s =
            CorpusWriter.write(out, seed, docs, CorpusWriter.defaultNegatives(docs));
        o.printf(
            Locale.ROOT,
            "Đã ghi / Wrote %s: %d documents, %d gold spans, %d hard negatives (seed %d)%n",
            out,
            s.docs(),
            s.spans(),
            s.negatives(),
            seed);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(cl, "--out: " + e.getMessage());
    } catch (IOException e) {
      PrintWriter err = cl.getErr();
      err.println("Không ghi được / Cannot write " + out + ": " + Problems.describe(e));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    o.flush();
    return ExitCodes.OK;
  }

  private void check(CommandLine cl) {
    if (docs < 1) {
      throw new ParameterException(cl, "--docs phải ít nhất là 1 / --docs must be at least 1");
    }
    if (bench && (sizeMb == null || !(sizeMb > 0))) {
      throw new ParameterException(
          cl, "--bench cần --size-mb lớn hơn 0 / --bench needs --size-mb greater than 0");
    }
    if (!bench && sizeMb != null) {
      throw new ParameterException(cl, "--size-mb chỉ dùng với --bench / --size-mb needs --bench");
    }
    if (!(piiPercent >= 0 && piiPercent <= 100)) {
      throw new ParameterException(
          cl, "--pii-percent phải trong 0..100 / --pii-percent must be within 0..100");
    }
  }
}
