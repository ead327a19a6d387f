package org.pdpguard.sources.archive;

import java.util.List;
import org.pdpguard.sources.FormatReader;

/**
 * Readers of archives and compressed files: zip, tar (plain, gzip or bzip2 compressed), and a
 * single gzip or bzip2 compressed file. Each entry is handed on to {@code Units.nested}, so that
 * whatever reader takes it (a CSV file, a document, another archive) reads it; nesting depth is
 * limited by the dispatcher.
 *
 * <p>Every entry is read through a guard that stops it as soon as it expands past {@code
 * maxEntryBytes}, past {@code maxRatio} times the compressed bytes it was read from, or when all
 * entries of the outermost archive (nested archives included) expand past {@code maxTotalBytes}.
 * Entries with unsafe paths ({@code ../}, absolute, drive letters, NUL), encrypted entries and
 * entries compressed with unsupported methods are reported and not read; links and devices are
 * skipped. A corrupt or truncated archive fails after what was before the damage is reported.
 */
public final class ArchiveReaders {
  private ArchiveReaders() {}

  /**
   * The archive readers, to be placed after any reader of office documents: zip-based documents
   * ({@code docx}, {@code odt}, {@code epub}, {@code jar}…) are never taken as archives.
   */
  public static List<FormatReader> all() {
    return List.of(new ZipReader(), new TarReader(), new CompressedReader());
  }
}
