package org.pdpguard.protect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.eval.corpus.CorpusGenerator;

/**
 * Files larger than a unit or a batch: detected on a pool, written in order, the same bytes as on
 * one thread; memory does not hold the file (text streams through, batches are bounded).
 */
class ParallelRedactionTest {
  private static ExecutorService pool;

  @TempDir Path tmp;

  @BeforeAll
  static void startPool() {
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterAll
  static void stopPool() {
    pool.shutdownNow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"big.txt", "big.csv", "big.json", "big.jsonl"})
  void aPoolWritesTheSameCopyAsOneThread(String name) throws IOException {
    Path in = tmp.resolve(name);
    Files.writeString(in, content(name), StandardCharsets.UTF_8);
    Policy policy = Policy.builder().defaultOperator(Operator.FPE).build();
    Redactor alone = new Redactor(Recognizers.defaultDetector(), policy, RedactorTest.KEY, null, 1);
    Redactor pooled =
        new Redactor(Recognizers.defaultDetector(), policy, RedactorTest.KEY, pool, 4);

    Redactor.Result a = alone.redact(in, tmp.resolve("alone-" + name));
    Redactor.Result b = pooled.redact(in, tmp.resolve("pooled-" + name));

    assertThat(a.tally().total()).isGreaterThan(1000);
    assertThat(b.tally().counts()).isEqualTo(a.tally().counts());
    assertThat(Files.readString(tmp.resolve("pooled-" + name)))
        .isEqualTo(Files.readString(tmp.resolve("alone-" + name)));
    Path back = tmp.resolve("back-" + name);
    Path redacted = tmp.resolve("pooled-" + name);
    Reveal.reveal(redacted, Reveal.manifestOf(redacted), back, RedactorTest.KEY);
    assertThat(Files.size(back)).isGreaterThan(Files.size(in) / 2);
  }

  @org.junit.jupiter.api.Test
  void aJsonDocumentLongerThanWhatIsHeldStreamsThroughUnchangedAroundItsValues()
      throws IOException {
    StringBuilder json = new StringBuilder("{\"flags\": [");
    for (int i = 0; json.length() < 9_500_000; i++) {
      json.append(i == 0 ? "" : ", ").append(i % 3 == 0 ? "true" : "null");
    }
    json.append("],\n \"so_cccd\": \"001098012345\"}\n");
    Path in = tmp.resolve("flags.json");
    Files.writeString(in, json, StandardCharsets.UTF_8);
    Path out = tmp.resolve("flags.out.json");

    RedactorTest.redactor(Operator.LABEL, null).redact(in, out);

    assertThat(Files.readString(out))
        .isEqualTo(json.toString().replace("001098012345", "[VN_CCCD]"));
  }

  private static String content(String name) {
    CorpusGenerator corpus = new CorpusGenerator(11);
    StringBuilder out = new StringBuilder();
    switch (name) {
      case "big.txt" -> {
        for (int i = 0; out.length() < 700_000; i++) {
          out.append(corpus.document(i).text()).append("\n\n");
        }
      }
      case "big.csv" -> {
        out.append("ho_ten,so_cccd,dien_thoai,ghi_chu\n");
        for (int i = 0; i < 6000; i++) {
          String note = i == 100 ? "\"" + "Số CCCD 001098012345 ".repeat(1200) + "\"" : "ok " + i;
          out.append("Nguyễn Văn An,0010980")
              .append(String.format("%05d", i))
              .append(",09123")
              .append(String.format("%05d", i))
              .append(',')
              .append(note)
              .append('\n');
        }
      }
      case "big.json" -> {
        out.append("{\"customers\": [\n");
        for (int i = 0; i < 4000; i++) {
          out.append(i == 0 ? "" : ",\n")
              .append("  {\"ho_ten\": \"Trần Thị Bình\", \"cccd\": \"0792030")
              .append(String.format("%05d", i))
              .append("\", \"n\": ")
              .append(i)
              .append('}');
        }
        out.append("\n]}\n");
      }
      default -> {
        for (int i = 0; i < 4000; i++) {
          out.append("{\"email\": \"binh")
              .append(i)
              .append("@yahoo.com\", \"so_cccd\": \"0481855")
              .append(String.format("%05d", i))
              .append("\"}\n");
        }
      }
    }
    return out.toString();
  }
}
