package org.pdpguard.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the report goes: standard output, or a file written atomically (a temporary file beside it,
 * moved over it at the end), so that a failed or interrupted scan never leaves half a report. The
 * file is created owner-readable only, as reports describe personal data.
 */
final class ReportOutput {
  private final Writer writer;
  private final Path temp;
  private final Path target;

  private ReportOutput(Writer writer, Path temp, Path target) {
    this.writer = writer;
    this.temp = temp;
    this.target = target;
  }

  /** Standard output; never closed here. */
  static ReportOutput of(PrintWriter out) {
    return new ReportOutput(out, null, null);
  }

  /** A file, checked to be writable now rather than after a long scan. */
  static ReportOutput atomicFile(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new IOException("là thư mục / is a directory");
    }
    Path dir = absolute.getParent();
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
    try {
      return new ReportOutput(
          Files.newBufferedWriter(temp, StandardCharsets.UTF_8), temp, absolute);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  Writer writer() {
    return writer;
  }

  /** Finishes the output: flushes standard output, or moves the file into place. */
  void commit() throws IOException {
    writer.flush();
    if (temp == null) {
      if (writer instanceof PrintWriter pw && pw.checkError()) {
        throw new IOException("standard output is closed");
      }
      return;
    }
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Drops a partly written file. */
  void abort() {
    if (temp == null) {
      return;
    }
    try {
      writer.close();
    } catch (IOException e) {
      // nothing more to do: the temporary file is deleted below
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException e) {
      // a leftover hidden temporary file is harmless
    }
  }

  /** The file written, or null for standard output. */
  Path target() {
    return target;
  }
}
