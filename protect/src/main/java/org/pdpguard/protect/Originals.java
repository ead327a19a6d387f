package org.pdpguard.protect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Path checks that keep originals safe. */
final class Originals {
  private Originals() {}

  /** Whether {@code a} and {@code b} name the same file (links and relative paths resolved). */
  static boolean same(Path a, Path b) throws IOException {
    if (a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize())) {
      return true;
    }
    return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
  }
}
