package org.pdpguard.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Where the jobs write: always a new folder (Spark writes it through a temporary folder and commits
 * it when complete), never one that exists, never the input or a folder inside it.
 */
final class Outputs {
  private Outputs() {}

  /** Refuses an output that exists, or that is the input (null: none) or lies inside it. */
  static void refuseExisting(SparkSession spark, String output, String input) {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    try {
      Path out = new Path(output);
      FileSystem fs = out.getFileSystem(conf);
      Path qualified = fs.makeQualified(out);
      String o = qualified.toString() + "/";
      String i = null;
      if (input != null) {
        Path in = new Path(input);
        i = in.getFileSystem(conf).makeQualified(in).toString() + "/";
      }
      if (i != null && (o.startsWith(i) || i.startsWith(o))) {
        throw new IllegalArgumentException(
            "đầu ra trùng hoặc nằm trong đầu vào / the output is the input or inside it: "
                + output);
      }
      if (fs.exists(qualified)) {
        throw new IllegalArgumentException(
            "đầu ra đã có, không ghi đè / the output exists, it is not overwritten: " + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code data} as Parquet, or as JSON Lines ({@code jsonl}). */
  static void write(Dataset<Row> data, String format, String path) {
    switch (format.toLowerCase(Locale.ROOT)) {
      case "parquet" -> data.write().mode(SaveMode.ErrorIfExists).parquet(path);
      case "jsonl", "json" -> data.write().mode(SaveMode.ErrorIfExists).json(path);
      case "csv" -> data.write().mode(SaveMode.ErrorIfExists).option("header", true).csv(path);
      case "text" -> data.write().mode(SaveMode.ErrorIfExists).text(path);
      default -> throw new IllegalArgumentException("định dạng / format: " + format);
    }
  }
}
