package org.pdpguard.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/**
 * The {@code redact} job: a new dataset with every finding in the text columns (or the chosen ones)
 * replaced with the operators and keys of {@code pdpguard redact}, every column and row kept,
 * written in the input's format to a folder that must not exist and must not be the input.
 */
final class RedactJob {
  private RedactJob() {}

  static void run(
      SparkSession spark,
      Settings settings,
      String input,
      Inputs.Format format,
      List<String> chosen,
      String output) {
    Outputs.refuseExisting(spark, output, input);
    Dataset<Row> data = Inputs.read(spark, input, format);
    if (chosen == null || chosen.isEmpty()) {
      // The copy must not keep personal data the scan would find: text inside structs, arrays
      // and maps is not rewritten, so a dataset with such text is refused rather than half done.
      List<String> nested = Inputs.nestedText(data);
      if (!nested.isEmpty()) {
        throw new IllegalArgumentException(
            "dữ liệu có văn bản lồng trong struct/array/map, chưa che được: "
                + nested
                + "; hãy làm phẳng dữ liệu, hoặc chọn --columns để chỉ che các cột văn bản cấp"
                + " ngoài / the data holds text inside structs, arrays or maps, which redaction"
                + " does not rewrite yet: "
                + nested
                + "; flatten the data, or choose --columns to redact only top-level text columns");
      }
    }
    List<String> columns = Inputs.textColumns(data, chosen);
    int[] indices = new int[columns.size()];
    for (int i = 0; i < indices.length; i++) {
      indices[i] = data.schema().fieldIndex(columns.get(i));
      if (!data.schema().fields()[indices[i]].dataType().equals(DataTypes.StringType)) {
        throw new IllegalArgumentException(
            "chỉ che được cột văn bản / only text columns can be redacted: " + columns.get(i));
      }
    }
    Broadcast<Settings> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(settings);
    Dataset<Row> redacted =
        data.mapPartitions(
            new RedactPartition(shared, columns, indices), Encoders.row(data.schema()));
    Outputs.write(redacted, format.name(), output);
  }
}
