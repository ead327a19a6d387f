package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pdpguard.protect.MasterKey;
import org.pdpguard.protect.Reveal;
import org.pdpguard.sources.Problems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pdpguard reveal}: the key holder restores the FPE values of a redacted copy. */
@Command(
    name = "reveal",
    versionProvider = Version.class,
    sortOptions = false,
    description = {
      "Khôi phục các giá trị fpe của một bản sao đã che, theo bảng kê bên cạnh nó, vào",
      "một tệp mới (bản sao đã che không bị sửa). Phép che khác không đảo ngược được.",
      "Restore the fpe values of a redacted copy, from the manifest beside it, into",
      "a new file (the copy is not modified). Other operators cannot be reversed.",
      ""
    },
    exitCodeOnExecutionException = ExitCodes.CANNOT_COMPLETE,
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Đã khôi phục / Restored",
      "2:Sai cách dùng / Usage error (bad option, no key, wrong key)",
      "3:Không khôi phục được / Could not restore (no manifest, file changed, not writable)"
    })
final class RevealCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Mixin KeyOptions keyOptions;

  @Parameters(
      paramLabel = "REDACTED",
      description = {"Bản sao do pdpguard redact ghi.", "A copy written by pdpguard redact."})
  Path redacted;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "FILE",
      description = {"Tệp ra mới.", "The new file to write."})
  Path output;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = {
        "Bảng kê (mặc định: REDACTED.pdpguard-redaction.json).",
        "The manifest (default: REDACTED.pdpguard-redaction.json)."
      })
  Path manifest;

  @Override
  public Integer call() {
    CommandLine cl = spec.commandLine();
    PrintWriter err = cl.getErr();
    MasterKey key = keyOptions.load(cl);
    if (key == null) {
      throw new ParameterException(
          cl, "Cần khóa: --key-file hoặc --key-env / A key is needed: --key-file or --key-env");
    }
    if (!Files.isRegularFile(redacted)) {
      throw new ParameterException(cl, "Không tìm thấy / No such file: " + redacted);
    }
    Path m = manifest != null ? manifest : Reveal.manifestOf(redacted);
    if (!Files.isRegularFile(m)) {
      err.println(
          "Không có bảng kê / No manifest: "
              + m
              + " (tệp không có giá trị fpe nào? / a copy without fpe values?)");
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
    try {
      long n = Reveal.reveal(redacted, m, output, key);
      err.println("đã khôi phục / restored: " + n + " giá trị / values → " + output);
      err.flush();
      return ExitCodes.OK;
    } catch (Reveal.WrongKeyException e) {
      err.println(e.getMessage()); // a usage error, but the usage text would bury the message
      err.flush();
      return ExitCodes.USAGE;
    } catch (IOException e) {
      err.println(
          "Không khôi phục được / Cannot restore: " + redacted + ": " + Problems.describe(e));
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
  }
}
