package org.pdpguard.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.pdpguard.protect.MasterKey;

/**
 * Reads the master key on the driver, as {@code pdpguard redact} does: a file's bytes less one
 * final line break, or an environment variable's value as UTF-8; never from the command line. The
 * bytes go to the executors inside the broadcast settings. Never logged.
 */
final class Keys {
  private Keys() {}

  /** The key's bytes, or null when neither source is given. */
  static byte[] read(Path file, String env, Map<String, String> environment) {
    if (file != null && env != null) {
      throw new IllegalArgumentException("--key-file hoặc / or --key-env, không cả hai / not both");
    }
    if (env != null) {
      MasterKey.fromEnvironment(env, environment); // checks presence and length, bilingual errors
      return environment.get(env).getBytes(StandardCharsets.UTF_8);
    }
    if (file == null) {
      return null;
    }
    MasterKey.fromFile(file); // the same checks and messages as the CLI
    try {
      byte[] bytes = Files.readAllBytes(file);
      int n = bytes.length;
      if (n > 0 && bytes[n - 1] == '\n') {
        n--;
        if (n > 0 && bytes[n - 1] == '\r') {
          n--;
        }
      }
      byte[] key = Arrays.copyOf(bytes, n);
      Arrays.fill(bytes, (byte) 0);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
