package org.pdpguard.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.pdpguard.cli.report.Judgement;
import org.pdpguard.cli.report.ReportWriter;
import org.pdpguard.cli.report.ReportWriters;
import org.pdpguard.cli.report.Summary;
import org.pdpguard.cli.report.Tally;
import org.pdpguard.core.EntityType;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.RuleFileException;
import org.pdpguard.sources.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code pdpguard judge REPORT}: judges a saved JSONL report of {@code pdpguard scan}, so that a
 * scan run in CI is judged later, under another date or inventory. Reads only what the report shows
 * (masked values unless it was written with {@code --show-values}), the same facts a live {@code
 * scan --judge} gathers; the output has the violations and the summary.
 */
@Command(
    name = "judge",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Đánh giá vi phạm trên báo cáo JSONL đã lưu của pdpguard scan.",
      "Judge a saved JSONL report of pdpguard scan against Vietnamese law.",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Xong / Done",
      "1:Có vi phạm khớp --fail-on / Violations matched --fail-on",
      "2:Sai cách dùng / Usage error",
      "3:Không đọc được báo cáo hoặc quy tắc / Report or rules unusable"
    })
final class JudgeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @ParentCommand PdpguardCommand parent;

  @Parameters(
      arity = "1..*",
      paramLabel = "REPORT",
      description = {"Báo cáo JSONL, hoặc - cho đầu vào chuẩn.", "JSONL report, or - for stdin."})
  List<String> reports;

  @Mixin ReportOptions reportOptions;

  @Option(
      names = "--fail-on",
      paramLabel = "WHEN",
      defaultValue = "none",
      converter = OptionConverters.FailOnConverter.class,
      description = {
        "Thoát với mã 1 khi có vi phạm (violation) hoặc từ mức low|medium|high|critical.",
        "Exit 1 on any violation (violation) or one of a severity or worse."
      })
  FailOn failOn;

  @Mixin JudgeOptions judgeOptions;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    Clock clock = parent != null ? parent.clock : Clock.systemUTC();
    long started = clock.millis();
    LocalDate asOf = judgeOptions.asOf(clock, cl);
    Judging judging;
    try {
      judging = new Judging(judgeOptions.pack(), judgeOptions.inventory(), asOf);
    } catch (RuleFileException e) {
      return Judging.unusable(err, e);
    } catch (IOException e) {
      err.println("Không đọc được / Cannot read: " + Problems.describe(e));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    FactsCollector facts = new FactsCollector(judging.inventory(), asOf);
    Tally totals = new Tally();
    Set<String> sources = new LinkedHashSet<>();
    for (String report : reports) {
      try {
        read(report, facts, totals, sources);
      } catch (IOException e) {
        err.println(
            "Không đọc được báo cáo / Cannot read the report " + report + ": " + e.getMessage());
        err.flush();
        return ExitCodes.CANNOT_COMPLETE;
      }
    }
    try {
      ReportOutput out = reportOptions.open(cl.getOut());
      ReportWriter writer =
          ReportWriters.create(
              reportOptions.format, out.writer(), true, Version.get(), judging.pack());
      writer.start();
      Judgement j = JudgingWriter.writeViolations(writer, new Judge(judging.pack()), facts, asOf);
      if (totals.sources() == 0) {
        totals.sources(sources.size(), 0, 0); // a report without its summary line
      }
      Summary summary = totals.summary(Math.max(0, clock.millis() - started)).judged(j);
      writer.finish(summary);
      out.commit();
      return failOn.matches(summary) ? ExitCodes.FINDINGS : ExitCodes.OK;
    } catch (IOException e) {
      err.println("Không ghi được / Cannot write: " + Problems.describe(e));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
  }

  /** Feeds the findings of one report to {@code facts}; a bad line is an error of the summary. */
  private void read(String report, FactsCollector facts, Tally totals, Set<String> sources)
      throws IOException {
    try (BufferedReader in =
        report.equals("-")
            ? new BufferedReader(new InputStreamReader(stdin(), StandardCharsets.UTF_8))
            : Files.newBufferedReader(Path.of(report), StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      long good = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          ReportLine r = ReportLine.parse(line);
          if ("finding".equals(r.kind())) {
            EntityType type = EntityType.valueOf(String.valueOf(r.type()));
            if (r.source() == null || r.value() == null) {
              throw new IOException("thiếu source hoặc value / missing source or value");
            }
            // A masked value tells no age; a report written with --show-values does.
            facts.finding(r.source(), r.location(), type, r.value(), r.value());
            totals.finding(type);
            sources.add(r.source());
          } else if ("summary".equals(r.kind())) {
            totals.sources(r.sources(), r.bytes(), r.chars());
          }
          good++;
        } catch (IOException | IllegalArgumentException e) {
          totals.error(report, "dòng / line " + number + ": " + e.getMessage());
        }
      }
      if (good == 0 && number > 0) {
        throw new IOException(
            "không phải báo cáo JSONL của pdpguard / not a pdpguard JSONL report");
      }
    }
  }

  private java.io.InputStream stdin() {
    return parent != null ? parent.stdin : System.in;
  }
}
