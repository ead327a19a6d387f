package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.pdpguard.webaudit.Manifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pdpguard verify-bundle DIR}: recomputes the SHA-256 of every file of an evidence bundle
 * against its {@code manifest.json}, and checks its RFC 3161 timestamp when there is one.
 */
@Command(
    name = "verify-bundle",
    versionProvider = Version.class,
    description = {
      "Kiểm tra tính toàn vẹn của gói bằng chứng (manifest.json, manifest.tsr).",
      "Verify an evidence bundle against its manifest (and timestamp).",
      ""
    },
    exitCodeListHeading = ExitCodes.HEADING,
    exitCodeList = {
      "0:Mọi tệp khớp / Every file matches",
      "1:Có tệp bị thay đổi, thiếu hoặc thừa / A file changed, is missing or was added",
      "3:Không đọc được manifest / Manifest unreadable"
    })
final class VerifyBundleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin HelpOptions helpOptions;

  @Parameters(index = "0", paramLabel = "DIR", description = "Thư mục gói / Bundle folder.")
  Path dir;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Manifest.Verification v = Manifest.verify(dir);
      if (!v.ok()) {
        err.println("KHÔNG KHỚP / MISMATCH: " + v.problem());
        err.flush();
        return ExitCodes.FINDINGS;
      }
      out.println("Khớp / OK: " + v.files() + " tệp / files");
      if (v.stamp() != null) {
        out.println(
            "Dấu thời gian / Timestamp: " + v.stamp().time() + " — " + v.stamp().authority());
      }
      out.flush();
      return ExitCodes.OK;
    } catch (IOException e) {
      err.println("Không đọc được / Cannot read: " + e.getMessage());
      err.flush();
      return ExitCodes.CANNOT_COMPLETE;
    }
  }
}
