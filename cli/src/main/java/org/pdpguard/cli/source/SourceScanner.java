package org.pdpguard.cli.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Objects;
import org.pdpguard.core.stream.LocatedFinding;
import org.pdpguard.core.stream.TextScanner;

/**
 * Scans one {@link Source}: opens it, picks its encoding with {@link TextDecoder}, streams the text
 * through a {@link TextScanner} and closes it. Thread-safe; one call per source.
 */
public final class SourceScanner {
  private final TextScanner scanner;

  public SourceScanner(TextScanner scanner) {
    this.scanner = Objects.requireNonNull(scanner, "scanner");
  }

  /**
   * What became of a source.
   *
   * @param bytes bytes read
   * @param chars chars of decoded text scanned
   * @param charset the encoding used; null when skipped or unreadable before decoding
   * @param skipped why it was skipped on purpose (binary); null otherwise
   * @param error why reading failed; null when it was read to the end. Findings sent before a
   *     failure stay sent.
   */
  public record Outcome(long bytes, long chars, Charset charset, String skipped, String error) {}

  /**
   * Scans {@code source}, sending findings to {@code sink} in text order. Read failures become an
   * {@link Outcome} with an error; exceptions thrown by {@code sink} propagate, an {@link
   * IOException} wrapped in an {@link UncheckedIOException}.
   */
  public Outcome scan(Source source, TextScanner.Sink sink) {
    long chars = 0;
    Charset charset = null;
    CountingInputStream counted = null;
    try (InputStream raw = source.open()) {
      counted = new CountingInputStream(raw);
      TextDecoder.Decoded decoded = TextDecoder.open(counted);
      if (decoded.skipped() != null) {
        return new Outcome(counted.count(), 0, null, decoded.skipped(), null);
      }
      charset = decoded.charset();
      try (Reader reader = decoded.reader()) {
        chars = scanner.scan(reader, f -> deliver(sink, f));
      }
      return new Outcome(counted.count(), chars, charset, null, null);
    } catch (IOException e) {
      long bytes = counted == null ? 0 : counted.count();
      return new Outcome(bytes, chars, charset, null, Problems.describe(e));
    }
  }

  private static void deliver(TextScanner.Sink sink, LocatedFinding f) {
    try {
      sink.accept(f);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
