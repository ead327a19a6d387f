package org.pdpguard.sources;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A place bytes of text come from: a file, or standard input. What is inside (documents, archive
 * entries) is read by a {@link FormatReader}.
 */
public interface Source {
  /**
   * The name reports show: the path as given on the command line joined with the path inside it,
   * with {@code /} separators ({@code dir/a.txt}), or {@code -} for standard input.
   */
  String name();

  /** Opens the bytes; the caller closes the stream. May be called once only for streams. */
  InputStream open() throws IOException;

  /** Size in bytes when known before reading, else -1. */
  default long size() {
    return -1;
  }

  /** The file on disk, or null for a stream. */
  default Path path() {
    return null;
  }

  /** A file on disk. */
  static Source file(String name, Path path) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(path, "path");
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() throws IOException {
        return Files.newInputStream(path);
      }

      @Override
      public long size() {
        try {
          return Files.size(path);
        } catch (IOException e) {
          return -1;
        }
      }

      @Override
      public Path path() {
        return path;
      }
    };
  }

  /**
   * An already open stream such as standard input; closing what {@link #open} returns leaves it
   * open.
   */
  static Source stream(String name, InputStream in) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    return new Source() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public InputStream open() {
        return new FilterInputStream(in) {
          @Override
          public void close() {
            // the owner of the stream closes it
          }
        };
      }
    };
  }
}
