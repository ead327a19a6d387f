package org.pdpguard.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * Times the {@code scan} job on a dataset: several runs in one Spark session, each writing to a
 * scratch folder that is deleted after it. The first run pays for the JIT compiler and the loading
 * of the engine; the later ones show the speed of warmed-up executors, which is what a long job on
 * a cluster runs at. For sizing a cluster from a sample of its data.
 */
final class BenchJob {
  /** One timed run. */
  record Run(double seconds, long findings) {}

  /** The runs, the dataset's rows and its size in bytes. */
  record Result(List<Run> runs, long rows, long bytes) {}

  private BenchJob() {}

  static Result run(
      SparkSession spark,
      Settings settings,
      String input,
      Inputs.Format format,
      String scratch,
      int runs)
      throws IOException {
    if (runs < 1) {
      throw new IllegalArgumentException("--runs: at least 1");
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path in = new Path(input);
    long bytes = in.getFileSystem(conf).getContentSummary(in).getLength();
    long rows = Inputs.read(spark, input, format).count();
    Path base = new Path(scratch, "pdpguard-bench-" + System.nanoTime());
    FileSystem fs = base.getFileSystem(conf);
    List<Run> out = new ArrayList<>();
    try {
      for (int i = 1; i <= runs; i++) {
        String output = new Path(base, "run-" + i).toString();
        long start = System.nanoTime();
        ScanJob.Result r =
            ScanJob.run(
                spark,
                settings,
                new ScanJob.Options(input, format, null, null, null, output, "parquet"));
        out.add(new Run((System.nanoTime() - start) / 1e9, r.total()));
        fs.delete(new Path(output), true);
      }
    } finally {
      fs.delete(base, true);
    }
    return new Result(out, rows, bytes);
  }
}
