package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.FileMetaData;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.MessageColumnIO;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Reads the rows of a Parquet file on disk, one row group at a time, and sends each row to {@link
 * Units#record} with its 1-based row number ({@code row=1} is the first row of the file).
 *
 * <p>Memory is bounded by the largest row group read: parquet loads the compressed column chunks of
 * a row group at once (of the projected columns only, see {@link Projection}), then decodes page by
 * page and row by row. A row group whose compressed size is over {@link #MAX_ROW_GROUP_BYTES} is
 * reported and skipped rather than loaded; so is a row group that fails to decode, until {@link
 * #MAX_BAD_ROW_GROUPS} have failed, when the file is given up. Problems with the file as a whole
 * (not Parquet, truncated, corrupt footer) are thrown as IOExceptions with a bilingual message.
 */
final class ParquetRows {
  /** The default for the largest compressed row group read (writers default to 128 MiB). */
  static final long MAX_ROW_GROUP_BYTES = 1L << 30;

  static final int MAX_BAD_ROW_GROUPS = 10;

  private final ParquetFileReader reader;
  private final MessageColumnIO io;
  private final RowMaterializer materializer;
  private final String name;
  private final Units units;
  private final long maxRowGroupBytes;
  private final Set<ColumnPath> read;

  private ParquetRows(
      ParquetFileReader reader,
      MessageType projection,
      String name,
      Units units,
      long maxRowGroupBytes) {
    this.reader = reader;
    FileMetaData meta = reader.getFooter().getFileMetaData();
    this.io =
        new ColumnIOFactory(meta.getCreatedBy(), false).getColumnIO(projection, meta.getSchema());
    this.materializer = new RowMaterializer(projection);
    this.name = name;
    this.units = units;
    this.maxRowGroupBytes = maxRowGroupBytes;
    this.read = paths(projection);
  }

  /**
   * Reads {@code file}, the bytes of {@code content}, to {@code units}.
   *
   * @param maxRowGroupBytes the largest compressed row group read; larger ones are reported
   */
  static void read(Path file, Content content, Units units, long maxRowGroupBytes)
      throws IOException {
    Frame.check(file);
    try (ParquetFileReader reader = open(file, content)) {
      MessageType projection = Projection.of(reader.getFooter().getFileMetaData().getSchema());
      if (projection == null) {
        units.skipped(content.name(), "không có cột văn bản / no text column");
        return;
      }
      ParquetRows rows;
      try {
        checkCodecs(reader.getRowGroups(), paths(projection));
        reader.setRequestedSchema(projection);
        rows = new ParquetRows(reader, projection, content.name(), units, maxRowGroupBytes);
      } catch (RuntimeException e) {
        throw new IOException(ParquetErrors.corrupt(e.getMessage()), e);
      }
      rows.readAll();
    }
  }

  private void readAll() throws IOException {
    List<BlockMetaData> groups = reader.getRowGroups();
    long rowsBefore = 0;
    int bad = 0;
    for (int g = 0; g < groups.size(); g++) {
      BlockMetaData block = groups.get(g);
      String failure = readGroup(g, block, rowsBefore);
      rowsBefore += block.getRowCount();
      if (failure != null) {
        units.error(name, failure);
        if (++bad >= MAX_BAD_ROW_GROUPS) {
          throw new IOException(ParquetErrors.TOO_MANY_BAD_GROUPS);
        }
      }
    }
  }

  /**
   * Reads one row group, returning why it failed or null. Exceptions of {@code units} propagate:
   * only reading and decoding are caught, so that a report that cannot be written stops the scan.
   */
  private String readGroup(int g, BlockMetaData block, long rowsBefore) throws IOException {
    if (block.getRowCount() <= 0) {
      return null; // parquet refuses to read an empty row group; there is nothing in it anyway
    }
    if (block.getCompressedSize() > maxRowGroupBytes) {
      return ParquetErrors.rowGroupTooLarge(g + 1, block.getCompressedSize(), maxRowGroupBytes);
    }
    if (block.getRowCount() > fewestValues(block)) {
      // Every row has at least one value (maybe null) in every column. Parquet's reader does not
      // check this: past the last value it would go on producing rows as long as the footer says.
      return ParquetErrors.rowGroup(
          g + 1, "số hàng lớn hơn số giá trị / more rows than values " + block.getRowCount());
    }
    RecordReader<List<Field>> rows;
    try {
      PageReadStore pages = reader.readRowGroup(g);
      if (pages == null) {
        return ParquetErrors.rowGroup(g + 1, "không có dữ liệu / no data");
      }
      rows = io.getRecordReader(pages, materializer, FilterCompat.NOOP);
    } catch (IOException | RuntimeException e) {
      return ParquetErrors.rowGroup(g + 1, e.getMessage());
    }
    for (long i = 0; i < block.getRowCount(); i++) {
      List<Field> row;
      try {
        row = rows.read();
      } catch (RuntimeException e) {
        return ParquetErrors.rowGroup(g + 1, e.getMessage());
      }
      if (row != null && !row.isEmpty()) {
        units.record(name, null, Location.NONE.with(Location.ROW, rowsBefore + i + 1), row);
      }
    }
    return null;
  }

  /** The fewest values any column that is read has in {@code block}. */
  private long fewestValues(BlockMetaData block) {
    long fewest = Long.MAX_VALUE;
    for (ColumnChunkMetaData column : block.getColumns()) {
      if (read.contains(column.getPath())) {
        fewest = Math.min(fewest, column.getValueCount());
      }
    }
    return fewest;
  }

  private static ParquetFileReader open(Path file, Content content) throws IOException {
    try {
      return new ParquetFileReader(new ChannelInputFile(file, content.entry()), ReadOptions.get());
    } catch (IOException | RuntimeException e) {
      throw new IOException(ParquetErrors.corrupt("phần chân / footer: " + e.getMessage()), e);
    }
  }

  /** Fails on a codec that {@link PureJavaCodecs} lacks, in any column that is read. */
  private static void checkCodecs(List<BlockMetaData> groups, Set<ColumnPath> read)
      throws IOException {
    for (BlockMetaData block : groups) {
      for (ColumnChunkMetaData column : block.getColumns()) {
        if (read.contains(column.getPath()) && !PureJavaCodecs.supports(column.getCodec())) {
          throw new IOException(ParquetErrors.unsupportedCodec(column.getCodec()));
        }
      }
    }
  }

  private static Set<ColumnPath> paths(MessageType projection) {
    Set<ColumnPath> paths = new HashSet<>();
    projection.getPaths().forEach(p -> paths.add(ColumnPath.get(p)));
    return paths;
  }
}
