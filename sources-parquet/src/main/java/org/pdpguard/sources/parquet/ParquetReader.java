package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.FormatReader;
import org.pdpguard.sources.Units;

/**
 * Reads Apache Parquet files as records: one record per row, one field per value, named by the
 * column's dot-joined path ({@code customer.email}); repeated values are separate fields with the
 * same name. Rows are numbered from 1 ({@code row=N}). Strings, whole numbers, decimals (plain
 * text), dates and timestamps (ISO 8601) and booleans are scanned; binary data that is not UTF-8
 * text is not.
 *
 * <p>Parquet is read from its end, so a top-level file is read in place through {@link
 * Content#path()}; any other content (standard input, an archive entry) is first copied to a
 * temporary file of at most {@link org.pdpguard.sources.SourceSettings#maxEntryBytes()} bytes,
 * deleted afterwards whatever happens. Memory is bounded by one row group (see {@link
 * ParquetRows}).
 *
 * <p>No Hadoop is needed: reading uses parquet-hadoop's file reader with Hadoop-free options and
 * pure Java decompression (Snappy, gzip, Zstandard, LZ4, LZO; not Brotli). A file that is not
 * Parquet, is truncated or has a corrupt footer fails with an {@link IOException} whose message
 * starts "tệp Parquet hỏng / corrupt Parquet file"; a row group that fails to decode is reported
 * through {@link Units#error} and the next one is read. The stream handed to {@link #read} is not
 * closed. Stateless and thread-safe.
 */
public final class ParquetReader implements FormatReader {
  private static final int[] MAGIC = {'P', 'A', 'R', '1'};

  private final Path spoolDir;
  private final long maxRowGroupBytes;

  /** A reader that spools streams to the system's temporary directory. */
  public ParquetReader() {
    this(null, ParquetRows.MAX_ROW_GROUP_BYTES);
  }

  /**
   * @param spoolDir where streams are spooled; null: the system's temporary directory
   * @param maxRowGroupBytes the largest compressed row group read; larger ones are reported
   */
  ParquetReader(Path spoolDir, long maxRowGroupBytes) {
    this.spoolDir = spoolDir;
    this.maxRowGroupBytes = maxRowGroupBytes;
  }

  @Override
  public String name() {
    return "parquet";
  }

  /** The {@code .parquet} extension, or the magic bytes {@code PAR1} at the start. */
  @Override
  public boolean accepts(Content content) {
    return content.extension().equals("parquet") || content.startsWith(MAGIC);
  }

  @Override
  public void read(Content content, InputStream in, Units units) throws IOException {
    Optional<Path> file = content.path();
    if (file.isPresent()) {
      ParquetRows.read(file.get(), content, units, maxRowGroupBytes);
      drain(in);
      return;
    }
    long limit = units.settings().maxEntryBytes();
    if (content.size() > limit) {
      throw new IOException(ParquetErrors.streamTooLarge(limit));
    }
    try (Spool spool = Spool.copy(in, limit, spoolDir)) {
      ParquetRows.read(spool.path(), content, units, maxRowGroupBytes);
    }
  }

  /** Skips what is left of the stream, so that the scan counts the file's bytes as read. */
  private static void drain(InputStream in) throws IOException {
    while (in.skip(1L << 40) > 0 || in.read() >= 0) {
      // skip() may stop at a buffer's end; read() tells the real end
    }
  }
}
