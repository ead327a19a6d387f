package org.pdpguard.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.pdpguard.core.EntityType;
import org.pdpguard.judge.FactsCollector;
import org.pdpguard.judge.Inventory;
import org.pdpguard.judge.Judge;
import org.pdpguard.judge.RulePack;
import org.pdpguard.judge.Violation;
import org.pdpguard.judge.ViolationJson;

/**
 * The {@code judge} job: the rule pack over the findings of a {@code scan} job, as {@code pdpguard
 * judge} judges a JSONL report. Findings are sorted by source and row on the cluster and streamed
 * to the driver a partition at a time, where one {@link FactsCollector} gathers the facts of each
 * source (counts, records, a few pieces of evidence: bounded memory) and the {@link Judge} judges
 * them. Writes one JSON line per violation, in the shape of {@link ViolationJson}.
 */
final class JudgeJob {
  /** The members of the scan job's JSONL findings that the judge reads. */
  private static final StructType JSONL =
      new StructType()
          .add("kind", DataTypes.StringType)
          .add("source", DataTypes.StringType)
          .add(
              "location",
              new StructType()
                  .add("row", DataTypes.LongType)
                  .add("key", DataTypes.StringType)
                  .add("field", DataTypes.StringType))
          .add("type", DataTypes.StringType)
          .add("value", DataTypes.StringType);

  private JudgeJob() {}

  static List<Violation> run(
      SparkSession spark,
      String findingsPath,
      Path output,
      LocalDate asOf,
      Inventory inventory,
      RulePack pack)
      throws IOException {
    if (Files.exists(output)) {
      throw new IllegalArgumentException(
          "đầu ra đã có, không ghi đè / the output exists, it is not overwritten: " + output);
    }
    Dataset<Row> findings = read(spark, findingsPath);
    if (List.of(findings.columns()).contains("kind")) {
      findings = findings.filter(col("kind").equalTo(lit("finding")));
    }
    Dataset<Row> sorted =
        findings
            .select(
                col("source"),
                col("location.row").as("row"),
                col("location.key").as("key"),
                col("location.field").as("field"),
                col("type"),
                col("value"))
            .orderBy(col("source"), col("row"), col("key"), col("field"));
    FactsCollector facts = new FactsCollector(inventory, asOf);
    Iterator<Row> it = sorted.toLocalIterator();
    while (it.hasNext()) {
      Row r = it.next();
      Map<String, Object> location = new LinkedHashMap<>();
      if (!r.isNullAt(1)) {
        location.put("row", r.getLong(1));
      }
      if (!r.isNullAt(2)) {
        location.put("key", r.getString(2));
      }
      location.put("field", r.getString(3));
      // The values are masked: as with a saved report, a masked value tells no age.
      String value = r.getString(5);
      facts.finding(r.getString(0), location, EntityType.valueOf(r.getString(4)), value, value);
    }
    List<Violation> violations =
        new Judge(pack).judgeAll(facts.places(), facts.organisation(), asOf);
    write(violations, output);
    return violations;
  }

  /** The findings of a scan job: Parquet when the folder holds Parquet files, else JSON Lines. */
  private static Dataset<Row> read(SparkSession spark, String path) throws IOException {
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(path);
    FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
    for (FileStatus s : fs.listStatus(p)) {
      if (s.getPath().getName().endsWith(".parquet")) {
        return spark.read().parquet(path);
      }
    }
    return spark.read().schema(JSONL).json(path);
  }

  private static void write(List<Violation> violations, Path output) throws IOException {
    Path parent = output.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp = Files.createTempFile(parent, ".pdpguard-judge", ".tmp");
    try {
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        JsonFactory factory = new JsonFactory();
        factory.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        factory.setRootValueSeparator(null);
        try (JsonGenerator g = factory.createGenerator(w)) {
          for (Violation v : violations) {
            g.writeStartObject();
            g.writeStringField("kind", "violation");
            ViolationJson.fields(g, v);
            g.writeEndObject();
            g.writeRaw('\n');
          }
        }
      }
      Files.move(temp, output, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
