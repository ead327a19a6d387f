package org.pdpguard.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code pdpguard} command: subcommands do the work. */
@Command(
    name = "pdpguard",
    versionProvider = Version.class,
    description = {
      "Tìm dữ liệu cá nhân tiếng Việt theo Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15.",
      "Finds Vietnamese personal data, as defined by the Personal Data Protection Law 91/2025/QH15."
    },
    subcommands = {
      ScanCommand.class,
      JudgeCommand.class,
      RulesCommand.class,
      RedactCommand.class,
      RevealCommand.class,
      InspectSiteCommand.class,
      VerifyBundleCommand.class,
      CorpusCommand.class,
      EvalCommand.class
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Quét xong / Scan completed",
      "1:Có phát hiện khớp --fail-on / Findings matched --fail-on",
      "2:Sai cách dùng / Usage error (bad option, unknown type, missing path)",
      "3:Không quét trọn được / Scan could not complete (bad config, report not writable)"
    })
public final class PdpguardCommand implements Callable<Integer> {
  static {
    // Reports are UTF-8 whatever the platform's default (Java 17 on a POSIX locale uses ASCII).
    // picocli reads these properties when it creates its standard output and error writers.
    if (System.getProperty("sun.stdout.encoding") == null) {
      System.setProperty("sun.stdout.encoding", "UTF-8");
    }
    if (System.getProperty("sun.stderr.encoding") == null) {
      System.setProperty("sun.stderr.encoding", "UTF-8");
    }
  }

  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  /** What {@code -} reads; tests replace it. */
  InputStream stdin = System.in;

  /** Times the scan; tests fix it so that reports are byte-for-byte reproducible. */
  Clock clock = Clock.systemUTC();

  /** Whether a progress line may be drawn on standard error. */
  boolean interactive = System.console() != null;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "Thiếu lệnh con, ví dụ scan / Missing a subcommand, e.g. scan");
  }
}
