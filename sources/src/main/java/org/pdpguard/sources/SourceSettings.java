package org.pdpguard.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Limits and switches for reading sources. Readers take what concerns them and ignore the rest.
 *
 * @param ocr whether images and scanned pages are read with Tesseract OCR
 * @param ocrLanguages Tesseract language codes joined with {@code +} ({@code vie+eng})
 * @param maxDepth how deep archives (and attachments) may nest; an entry deeper is reported, not
 *     read
 * @param maxEntryBytes the most bytes one archive entry may expand to
 * @param maxTotalBytes the most bytes all entries of one top-level archive may expand to together
 * @param maxRatio the most an entry may expand relative to its compressed size (zip-bomb guard)
 * @param sampleRows rows read per database table (0: all)
 * @param include table name patterns to read ({@code schema.table}, {@code *} wildcards); empty:
 *     all
 * @param exclude table name patterns to leave out
 * @param passwordEnv environment variable holding a database password, or null
 * @param passwordFile file holding a database password, or null
 */
public record SourceSettings(
    boolean ocr,
    String ocrLanguages,
    int maxDepth,
    long maxEntryBytes,
    long maxTotalBytes,
    double maxRatio,
    long sampleRows,
    List<String> include,
    List<String> exclude,
    String passwordEnv,
    Path passwordFile) {

  public SourceSettings {
    Objects.requireNonNull(ocrLanguages, "ocrLanguages");
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    if (maxDepth < 0
        || maxEntryBytes < 1
        || maxTotalBytes < 1
        || !(maxRatio >= 1)
        || sampleRows < 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** OCR off, archives nested 5 deep, 1 GiB an entry, 8 GiB an archive, ratio 200, 10,000 rows. */
  public static SourceSettings defaults() {
    return new SourceSettings(
        false, "vie+eng", 5, 1L << 30, 8L << 30, 200, 10_000, List.of(), List.of(), null, null);
  }

  public SourceSettings withOcr(boolean on) {
    return new SourceSettings(
        on,
        ocrLanguages,
        maxDepth,
        maxEntryBytes,
        maxTotalBytes,
        maxRatio,
        sampleRows,
        include,
        exclude,
        passwordEnv,
        passwordFile);
  }

  public SourceSettings withArchiveLimits(
      int depth, long entryBytes, long totalBytes, double ratio) {
    return new SourceSettings(
        ocr,
        ocrLanguages,
        depth,
        entryBytes,
        totalBytes,
        ratio,
        sampleRows,
        include,
        exclude,
        passwordEnv,
        passwordFile);
  }

  public SourceSettings withTables(long rows, List<String> in, List<String> out) {
    return new SourceSettings(
        ocr,
        ocrLanguages,
        maxDepth,
        maxEntryBytes,
        maxTotalBytes,
        maxRatio,
        rows,
        in,
        out,
        passwordEnv,
        passwordFile);
  }

  public SourceSettings withPassword(String env, Path file) {
    return new SourceSettings(
        ocr,
        ocrLanguages,
        maxDepth,
        maxEntryBytes,
        maxTotalBytes,
        maxRatio,
        sampleRows,
        include,
        exclude,
        env,
        file);
  }
}
