package org.pdpguard.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.recognizer.Recognizers;

/**
 * Throughput of the detection engine on one text unit of {@link #kb} KB (the CLI hands the engine
 * units of about 256 K chars), with two baselines measured on the same text in the same run so that
 * the engine's figure reads as a ratio:
 *
 * <ul>
 *   <li>{@link #detect}: {@code Recognizers.defaultDetector().detect(text)}, the whole pipeline;
 *   <li>{@link #foldAndTokenise}: a detector with no recognizer, which still normalises the text,
 *       builds the folded twin and the tokens (the engine's fixed cost per character);
 *   <li>{@link #indexOf}: {@code String.indexOf('@')} over the text, a memory-speed floor.
 * </ul>
 *
 * <p>One operation is one pass over the whole text, so MB/s = ops/s × {@link BenchInput#utf8Bytes}
 * / 10⁶; {@link BenchMain} prints it. {@code input=mixed} is Vietnamese text with about 1% personal
 * data; {@code input=dense} has personal data on every line.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class EngineBenchmark {
  @Param({"mixed", "dense"})
  public String input;

  @Param({"256"})
  public int kb;

  private String text;
  private Detector engine;
  private Detector noRecognizer;

  @Setup
  public void setUp() {
    text = BenchInput.text(input, kb * 1024);
    engine = Recognizers.defaultDetector();
    noRecognizer = Detector.builder().build();
    if (engine.detect(text).isEmpty() && "dense".equals(input)) {
      throw new IllegalStateException("the dense input should contain findings");
    }
  }

  @Benchmark
  public List<Finding> detect() {
    return engine.detect(text);
  }

  @Benchmark
  public List<Finding> foldAndTokenise() {
    return noRecognizer.detect(text);
  }

  @Benchmark
  public int indexOf() {
    int n = 0;
    for (int i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
      n++;
    }
    return n;
  }
}
