package org.pdpguard.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link EngineBenchmark} and prints its throughput in MB/s (1 MB = 10⁶ bytes of UTF-8 input),
 * next to the ops/s that JMH measured. Options, all optional:
 *
 * <pre>
 *   --threads 1,2     thread counts to run, each a separate JMH run (default 1)
 *   --quick           1 warm-up and 2 measurement iterations of 1 s (default 3 and 5 of 2 s)
 *   --kb N            size of the text unit in KB (default 256)
 *   --include REGEX   benchmarks to run (default: all of EngineBenchmark)
 *   --gc              also run JMH's GC profiler and print the bytes allocated per input byte
 * </pre>
 *
 * <p>Besides JMH's own report, each result is printed as one tab-separated line starting with
 * {@code MBPS} (benchmark, input, threads, ops/s, error, MB/s, bytes allocated per input byte or
 * {@code -} without {@code --gc}), which bench/run.sh reads. For anything else, JMH's own main
 * works on the same jar: {@code java -cp benchmarks.jar org.openjdk.jmh.Main -h}.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws RunnerException {
    List<Integer> threads = List.of(1);
    boolean quick = false;
    boolean gc = false;
    int kb = 256;
    String include = EngineBenchmark.class.getName() + "\\.";
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--threads" -> threads = parseInts(args[++i]);
        case "--quick" -> quick = true;
        case "--kb" -> kb = Integer.parseInt(args[++i]);
        case "--include" -> include = args[++i];
        case "--gc" -> gc = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    List<String> lines = new ArrayList<>();
    for (int t : threads) {
      ChainedOptionsBuilder options =
          new OptionsBuilder().include(include).threads(t).param("kb", Integer.toString(kb));
      if (gc) {
        options.addProfiler(GCProfiler.class);
      }
      if (quick) {
        options
            .warmupIterations(1)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(2)
            .measurementTime(TimeValue.seconds(1));
      }
      lines.addAll(report(new Runner(options.build()).run(), t, kb));
    }
    System.out.println();
    System.out.println("MBPS\tbenchmark\tinput\tthreads\tops/s\terror\tMB/s\talloc/byte");
    lines.forEach(System.out::println);
  }

  private static List<String> report(Collection<RunResult> results, int threads, int kb) {
    List<String> lines = new ArrayList<>();
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      name = name.substring(name.lastIndexOf('.') + 1);
      String input = r.getParams().getParam("input");
      double ops = r.getPrimaryResult().getScore();
      double err = r.getPrimaryResult().getScoreError();
      long bytes = BenchInput.utf8Bytes(input, kb * 1024);
      double mbps = ops * bytes / 1e6;
      Result<?> alloc = r.getSecondaryResults().get("gc.alloc.rate.norm");
      String perByte =
          alloc == null ? "-" : String.format(Locale.ROOT, "%.2f", alloc.getScore() / bytes);
      lines.add(
          String.format(
              Locale.ROOT,
              "MBPS\t%s\t%s\t%d\t%.1f\t%.1f\t%.1f\t%s",
              name,
              input,
              threads,
              ops,
              Double.isNaN(err) ? 0 : err,
              mbps,
              perByte));
    }
    return lines;
  }

  private static List<Integer> parseInts(String csv) {
    List<Integer> out = new ArrayList<>();
    for (String s : csv.split(",")) {
      out.add(Integer.parseInt(s.trim()));
    }
    return out;
  }
}
