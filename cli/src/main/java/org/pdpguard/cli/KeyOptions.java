package org.pdpguard.cli;

import java.nio.file.Path;
import org.pdpguard.protect.MasterKey;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where the key of {@code redact} and {@code reveal} comes from: a file or an environment variable,
 * never the command line, which other users can read in the process list and shells keep in their
 * history. A key that cannot be had is a usage error; its value is never printed.
 */
final class KeyOptions {
  @Option(
      names = "--key-file",
      paramLabel = "FILE",
      description = {
        "Tệp chứa khóa (ít nhất 16 byte), ví dụ tạo bằng: openssl rand -hex 32 > khoa.key",
        "File holding the key (at least 16 bytes), e.g. made with: openssl rand -hex 32 > my.key"
      })
  Path keyFile;

  @Option(
      names = "--key-env",
      paramLabel = "NAME",
      description = {"Biến môi trường chứa khóa.", "Environment variable holding the key."})
  String keyEnv;

  /** The key, or null when none was given. */
  MasterKey load(CommandLine cl) {
    if (keyFile != null && keyEnv != null) {
      throw new ParameterException(
          cl,
          "Chỉ dùng một trong --key-file và --key-env / Use only one of --key-file and --key-env");
    }
    try {
      if (keyFile != null) {
        return MasterKey.fromFile(keyFile);
      }
      if (keyEnv != null) {
        return MasterKey.fromEnvironment(keyEnv, System.getenv());
      }
      return null;
    } catch (MasterKey.KeyException e) {
      throw new ParameterException(cl, e.getMessage());
    }
  }
}
