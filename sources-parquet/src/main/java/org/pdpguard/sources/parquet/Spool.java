package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stream copied to a temporary file, for a format that must be read from its end (Parquet keeps
 * its schema in a footer). The file is created by {@link Files#createTempFile} (owner-only
 * permissions on POSIX systems, since it holds the personal data being scanned) and deleted by
 * {@link #close()}; the copy stops with an error past a byte limit, so a stream cannot fill the
 * disk.
 */
final class Spool implements AutoCloseable {
  private final Path file;

  private Spool(Path file) {
    this.file = file;
  }

  /**
   * Copies {@code in} to a new temporary file; does not close {@code in}.
   *
   * @param dir the directory of the file, or null for the system's temporary directory
   * @throws IOException when the stream has more than {@code limit} bytes, or on a write failure;
   *     the temporary file is deleted then
   */
  static Spool copy(InputStream in, long limit, Path dir) throws IOException {
    Path file =
        dir == null
            ? Files.createTempFile("pdpguard-", ".parquet")
            : Files.createTempFile(dir, "pdpguard-", ".parquet");
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) >= 0) {
        total += n;
        if (total > limit) {
          throw new IOException(ParquetErrors.streamTooLarge(limit));
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException | Error e) {
      deleteQuietly(file, e);
      throw e;
    }
    return new Spool(file);
  }

  Path path() {
    return file;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }

  private static void deleteQuietly(Path file, Throwable cause) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      cause.addSuppressed(e);
    }
  }
}
