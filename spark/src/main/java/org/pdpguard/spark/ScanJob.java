package org.pdpguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.pdpguard.core.EntityType;
import org.pdpguard.sources.ColumnSummary;

/**
 * The {@code scan} job: every text column of a dataset (or the chosen ones) through the engine,
 * findings written as a dataset with the fields of the CLI's JSONL plus the row's place, and the
 * column summary of the CLI as a second, small dataset. One pass over the data: the partitions'
 * events are kept (memory, then disk) while findings are written and the summary counts are added.
 */
final class ScanJob {
  /** What a partition emits: findings, and the counts of the column summary. */
  static final StructType EVENTS =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("source", DataTypes.StringType)
          .add("row", DataTypes.LongType)
          .add("key", DataTypes.StringType)
          .add("field", DataTypes.StringType)
          .add("start", DataTypes.IntegerType)
          .add("end", DataTypes.IntegerType)
          .add("type", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("score", DataTypes.DoubleType)
          .add("value", DataTypes.StringType)
          .add("recognizer", DataTypes.StringType)
          .add("validated", DataTypes.BooleanType)
          .add("context", DataTypes.StringType)
          .add("pattern", DataTypes.StringType)
          .add("detail", DataTypes.StringType)
          .add("count", DataTypes.LongType);

  static final StructType COLUMNS =
      new StructType()
          .add("source", DataTypes.StringType)
          .add("column", DataTypes.StringType)
          .add("type", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("share", DataTypes.DoubleType)
          .add("matched", DataTypes.LongType)
          .add("values", DataTypes.LongType)
          .add("findings", DataTypes.LongType);

  /** What to scan and where to write. */
  record Options(
      String input,
      Inputs.Format format,
      List<String> columns,
      Double sample,
      String key,
      String output,
      String outputFormat) {}

  /**
   * The outcome: the column summary of the columns with personal data, and per column the number of
   * findings by type.
   */
  record Result(List<ColumnSummary> columns, Map<String, Map<EntityType, Long>> findings) {
    long total() {
      return findings.values().stream()
          .flatMap(m -> m.values().stream())
          .mapToLong(Long::longValue)
          .sum();
    }
  }

  private ScanJob() {}

  static Result run(SparkSession spark, Settings settings, Options o) {
    Outputs.refuseExisting(spark, o.output(), o.input());
    Dataset<Row> data = Inputs.read(spark, o.input(), o.format());
    List<Inputs.TextColumn> scanned = Inputs.scanColumns(data, o.columns());
    List<String> columns = scanned.stream().map(Inputs.TextColumn::name).toList();
    if (o.key() != null && !List.of(data.columns()).contains(o.key())) {
      throw new IllegalArgumentException("không có cột khóa / no such key column: " + o.key());
    }
    Dataset<Row> placed = Inputs.withPlace(data, o.format());
    if (o.sample() != null) {
      placed = placed.sample(false, o.sample(), 20260105L);
    }
    List<Column> select = new ArrayList<>();
    for (Inputs.TextColumn c : scanned) {
      select.add(c.text().cast(DataTypes.StringType));
    }
    select.add(col(Inputs.FILE));
    select.add(col(Inputs.ROW));
    if (o.key() != null) {
      select.add(col("`" + o.key() + "`").cast(DataTypes.StringType));
    }
    ScanPartition.Numbering numbering =
        switch (o.format()) {
          case PARQUET -> ScanPartition.Numbering.GIVEN;
          case CSV -> ScanPartition.Numbering.PER_FILE;
          default -> ScanPartition.Numbering.PER_TASK;
        };
    Broadcast<Settings> shared =
        JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(settings);
    Dataset<Row> events =
        placed
            .select(select.toArray(Column[]::new))
            .mapPartitions(
                new ScanPartition(shared, columns, o.key() != null, numbering),
                Encoders.row(EVENTS))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Outputs.write(findings(events), o.outputFormat(), o.output() + "/findings");
      Result result = summarise(events, o.input());
      Outputs.write(
          spark.createDataFrame(rows(result, o.input()), COLUMNS).coalesce(1),
          o.outputFormat(),
          o.output() + "/columns");
      return result;
    } finally {
      events.unpersist();
    }
  }

  /** The findings in the shape of the CLI's JSONL: {@code location} and {@code explanation}. */
  private static Dataset<Row> findings(Dataset<Row> events) {
    return events
        .filter(col("kind").equalTo(lit("finding")))
        .select(
            col("kind"),
            col("source"),
            struct(col("row"), col("key"), col("field")).as("location"),
            col("start"),
            col("end"),
            col("type"),
            col("category"),
            col("score"),
            col("value"),
            col("recognizer"),
            struct(col("validated"), col("context"), col("pattern"), col("detail"))
                .as("explanation"));
  }

  private static Result summarise(Dataset<Row> events, String source) {
    List<Row> stats =
        events
            .filter(col("kind").notEqual(lit("finding")))
            .groupBy(col("kind"), col("field"), col("type"))
            .agg(sum(col("count")).as("n"))
            .collectAsList();
    Map<String, Long> values = new LinkedHashMap<>();
    Map<String, Map<EntityType, Long>> matched = new LinkedHashMap<>();
    Map<String, Map<EntityType, Long>> found = new LinkedHashMap<>();
    for (Row r : stats) {
      String kind = r.getString(0);
      String field = r.getString(1);
      long n = r.getLong(3);
      if (kind.equals("values")) {
        values.put(field, n);
      } else {
        Map<String, Map<EntityType, Long>> into = kind.equals("matched") ? matched : found;
        into.computeIfAbsent(field, k -> new EnumMap<>(EntityType.class))
            .put(EntityType.valueOf(r.getString(2)), n);
      }
    }
    List<ColumnSummary> columns = new ArrayList<>();
    for (Map.Entry<String, Map<EntityType, Long>> e : matched.entrySet()) {
      columns.add(
          new ColumnSummary(
              source, null, e.getKey(), values.getOrDefault(e.getKey(), 0L), e.getValue()));
    }
    columns.sort((a, b) -> a.column().compareTo(b.column()));
    return new Result(columns, found);
  }

  private static List<Row> rows(Result result, String source) {
    List<Row> out = new ArrayList<>();
    for (ColumnSummary c : result.columns()) {
      EntityType t = c.type();
      out.add(
          RowFactory.create(
              source,
              c.column(),
              t.name(),
              t.category().label(),
              Math.round(c.share() * 1000) / 1000.0,
              c.matched(),
              c.values(),
              result.findings().getOrDefault(c.column(), Map.of()).getOrDefault(t, 0L)));
    }
    return out;
  }
}
