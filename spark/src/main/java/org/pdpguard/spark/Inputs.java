package org.pdpguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * Reads a dataset in one of the formats the jobs take, and tells which of its columns hold text.
 * CSV is read with a header row and every column as text (as {@code pdpguard scan} reads it), JSON
 * as JSON Lines, text as one row per line in a column {@code value}.
 */
final class Inputs {
  /** Hidden columns the jobs add: the file a row comes from and its row number in that file. */
  static final String FILE = "__pdpguard_file";

  static final String ROW = "__pdpguard_row";

  private Inputs() {}

  /** The formats read and written. */
  enum Format {
    PARQUET,
    CSV,
    JSON,
    TEXT;

    static Format parse(String name) {
      return valueOf(name.toUpperCase(Locale.ROOT));
    }
  }

  static Dataset<Row> read(SparkSession spark, String path, Format format) {
    return switch (format) {
      case PARQUET -> spark.read().parquet(path);
      // multiLine: a quoted value may hold line breaks; it also keeps each file in one task, so
      // that rows are numbered exactly.
      case CSV ->
          spark
              .read()
              .option("header", true)
              .option("inferSchema", false)
              .option("multiLine", true)
              .option("encoding", "UTF-8")
              .csv(path);
      case JSON -> spark.read().json(path);
      case TEXT -> spark.read().text(path);
    };
  }

  /**
   * {@code data} with the file of each row and, for Parquet, its row number in the file (1-based,
   * from Spark's {@code _metadata.row_index}); for the other formats the row number is counted by
   * the job, file by file, and the column is null.
   */
  static Dataset<Row> withPlace(Dataset<Row> data, Format format) {
    List<Column> cols = new ArrayList<>();
    for (String name : data.columns()) {
      cols.add(col("`" + name + "`"));
    }
    cols.add(col("_metadata.file_path").as(FILE));
    cols.add(
        format == Format.PARQUET
            ? col("_metadata.row_index").plus(1).as(ROW)
            : lit(null).cast(DataTypes.LongType).as(ROW));
    return data.select(cols.toArray(Column[]::new));
  }

  /** The columns to scan: those named (which must exist), else every column of text. */
  static List<String> textColumns(Dataset<Row> data, List<String> chosen) {
    List<String> out = new ArrayList<>();
    if (chosen != null && !chosen.isEmpty()) {
      List<String> all = List.of(data.columns());
      for (String c : chosen) {
        if (!all.contains(c)) {
          throw new IllegalArgumentException(
              "không có cột / no such column: " + c + " (có / there are: " + all + ")");
        }
        out.add(c);
      }
      return out;
    }
    for (StructField f : data.schema().fields()) {
      if (f.dataType().equals(DataTypes.StringType)) {
        out.add(f.name());
      }
    }
    return out;
  }
}
