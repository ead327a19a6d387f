package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.pdpguard.cli.report.ViolationText;
import org.pdpguard.judge.Citation;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.Rule;
import org.pdpguard.judge.RuleFileException;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Sanction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pdpguard rules validate|list}: check a rule pack, or show one. */
@Command(
    name = "rules",
    versionProvider = Version.class,
    description = {"Kiểm tra hoặc liệt kê bộ quy tắc.", "Check or list a rule pack.", ""},
    subcommands = {RulesCommand.Validate.class, RulesCommand.ListRules.class})
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Override
  public Integer call() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "Thiếu lệnh con validate hoặc list / Missing validate or list");
  }

  @Command(
      name = "validate",
      description = {
        "Kiểm tra tệp quy tắc YAML; in mọi lỗi kèm vị trí.",
        "Check YAML rule files; print every problem with where it is.",
        ""
      },
      exitCodeListHeading = ExitCodes.HEADING,
      exitCodeList = {
        "0:Hợp lệ / Valid",
        "1:Có tệp không hợp lệ / A file is invalid",
        "2:Sai cách dùng / Usage error"
      })
  static final class Validate implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOptions helpOptions;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Tệp quy tắc / Rule file.")
    List<Path> files;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      int code = ExitCodes.OK;
      for (Path f : files) {
        try {
          RulePack p = RulePack.load(f);
          out.printf(
              "Hợp lệ / Valid: %s (%d quy tắc / rules, bộ / pack %s)%n",
              f, p.rules().size(), p.name());
        } catch (RuleFileException e) {
          err.printf("Không hợp lệ / Invalid: %s (%d lỗi / problems)%n", f, e.problems().size());
          e.problems().forEach(m -> err.println("  " + m));
          code = ExitCodes.FINDINGS;
        } catch (IOException e) {
          err.println("Không đọc được / Cannot read: " + f + ": " + e.getMessage());
          code = ExitCodes.FINDINGS;
        }
      }
      out.flush();
      err.flush();
      return code;
    }
  }

  @Command(
      name = "list",
      description = {
        "Liệt kê quy tắc, căn cứ pháp lý và chế tài.",
        "List the rules with their legal basis and sanctions.",
        ""
      })
  static final class ListRules implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin HelpOptions helpOptions;

    @Option(
        names = "--rules",
        paramLabel = "FILE",
        description = "Bộ quy tắc (mặc định: bộ có sẵn) / Rule pack (default: the bundled one).")
    Path rules;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      RulePack pack;
      try {
        pack = rules == null ? RulePack.defaults() : RulePack.load(rules);
      } catch (RuleFileException e) {
        return Judging.unusable(spec.commandLine().getErr(), e);
      }
      out.printf("Bộ quy tắc / Rule pack: %s (%d)%n", pack.name(), pack.rules().size());
      for (Rule r : pack.rules()) {
        out.printf("%n%s [%s]%n  %s%n", r.id(), r.severity().label(), r.title().both());
        for (Map.Entry<Regime, List<Citation>> e : r.basis().entrySet()) {
          out.printf("  %s:%n", e.getKey().title().both());
          e.getValue().forEach(c -> out.printf("    %s%n", c.text().both()));
          for (Sanction s : r.sanctions().getOrDefault(e.getKey(), List.of())) {
            out.printf(
                "    %s–%s VND từ / from %s: %s%n",
                ViolationText.vnd(s.min()),
                ViolationText.vnd(s.max()),
                s.from(),
                s.citation().text().both());
          }
        }
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
