package org.pdpguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_json;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

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

  /**
   * A column the scan reads: its name in findings and in the column summary (a dotted path for a
   * field inside a struct, {@code khach_hang.email}) and the expression that gives its text. An
   * array or a map is read as its JSON ({@code ["0912345678","0987654321"]}), whose strings the
   * engine reads as it reads any JSON text.
   */
  record TextColumn(String name, Column text) {}

  /**
   * The columns to scan. Those named, each a top-level column or a dotted path to a field inside
   * structs (a named column that is not text is read as text, or as JSON when it is nested); else
   * every text column, every text field of every struct at any depth, and every array or map that
   * holds text somewhere.
   */
  static List<TextColumn> scanColumns(Dataset<Row> data, List<String> chosen) {
    StructType schema = data.schema();
    List<TextColumn> out = new ArrayList<>();
    if (chosen != null && !chosen.isEmpty()) {
      for (String c : chosen) {
        List<String> path = pathOf(schema, c);
        if (path == null) {
          throw new IllegalArgumentException(
              "không có cột / no such column: "
                  + c
                  + " (có / there are: "
                  + List.of(data.columns())
                  + ")");
        }
        DataType type = typeAt(schema, path);
        Column value = col(quoted(path));
        out.add(new TextColumn(c, isNested(type) ? to_json(value) : value));
      }
      return out;
    }
    collect(schema, new ArrayList<>(), out);
    return out;
  }

  /**
   * Text that a scan of every column reads but the redaction of top-level text columns cannot
   * rewrite: fields inside structs, arrays and maps. Their dotted paths; empty when there are none.
   */
  static List<String> nestedText(Dataset<Row> data) {
    List<TextColumn> all = new ArrayList<>();
    collect(data.schema(), new ArrayList<>(), all);
    List<String> out = new ArrayList<>();
    for (TextColumn c : all) {
      StructField top = data.schema().fields()[data.schema().fieldIndex(topName(data, c.name()))];
      if (!top.dataType().equals(DataTypes.StringType)) {
        out.add(c.name());
      }
    }
    return out;
  }

  private static String topName(Dataset<Row> data, String name) {
    for (String top : data.columns()) {
      if (name.equals(top) || name.startsWith(top + ".")) {
        return top;
      }
    }
    throw new IllegalStateException("no top-level column for " + name);
  }

  private static void collect(StructType struct, List<String> prefix, List<TextColumn> out) {
    for (StructField f : struct.fields()) {
      List<String> path = new ArrayList<>(prefix);
      path.add(f.name());
      DataType t = f.dataType();
      if (t.equals(DataTypes.StringType)) {
        out.add(new TextColumn(String.join(".", path), col(quoted(path))));
      } else if (t instanceof StructType inner) {
        collect(inner, path, out);
      } else if (isNested(t) && holdsText(t)) {
        out.add(new TextColumn(String.join(".", path), to_json(col(quoted(path)))));
      }
    }
  }

  private static boolean isNested(DataType t) {
    return t instanceof StructType || t instanceof ArrayType || t instanceof MapType;
  }

  private static boolean holdsText(DataType t) {
    if (t.equals(DataTypes.StringType)) {
      return true;
    }
    if (t instanceof StructType s) {
      for (StructField f : s.fields()) {
        if (holdsText(f.dataType())) {
          return true;
        }
      }
      return false;
    }
    if (t instanceof ArrayType a) {
      return holdsText(a.elementType());
    }
    if (t instanceof MapType m) {
      return holdsText(m.keyType()) || holdsText(m.valueType());
    }
    return false;
  }

  /**
   * The path of the column or field {@code name}: a top-level column of that exact name (which may
   * hold dots), else a dotted path through structs; null when neither exists.
   */
  private static List<String> pathOf(StructType schema, String name) {
    if (List.of(schema.fieldNames()).contains(name)) {
      return List.of(name);
    }
    List<String> path = List.of(name.split("\\.", -1));
    return typeAt(schema, path) == null ? null : path;
  }

  private static DataType typeAt(StructType schema, List<String> path) {
    DataType t = schema;
    for (String part : path) {
      if (!(t instanceof StructType s) || !List.of(s.fieldNames()).contains(part)) {
        return null;
      }
      t = s.fields()[s.fieldIndex(part)].dataType();
    }
    return t;
  }

  /** A column path for {@code col()}: each name in backticks, joined by dots. */
  private static String quoted(List<String> path) {
    StringBuilder sb = new StringBuilder();
    for (String p : path) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append('`').append(p.replace("`", "``")).append('`');
    }
    return sb.toString();
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
