package org.pdpguard.core.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.EntityType;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Recognizer;
import org.pdpguard.core.detect.TextView;
import org.pdpguard.core.recognizer.Recognizers;

class TextScannerTest {
  /** Only the CCCD recognizer, so that these tests do not depend on which others exist. */
  private static final Detector CCCD =
      Detector.builder()
          .addAll(Recognizers.defaults().stream().filter(r -> r.id().equals("vn.cccd")).toList())
          .build();

  private static final String ID = "001098012345";

  private static List<LocatedFinding> scan(String text, int chunk, int overlap) {
    List<LocatedFinding> out = new ArrayList<>();
    try {
      long chars = new TextScanner(CCCD, chunk, overlap).scan(new StringReader(text), out::add);
      assertThat(chars).isEqualTo(text.length());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void reportsAFindingAcrossAChunkBoundaryOnceWithItsStreamPosition() {
    for (int pad = 0; pad < 120; pad++) {
      String text = "Dòng một\r\n" + "ab ".repeat(pad) + "Số CCCD: " + ID + " xong.\n";
      int start = text.indexOf(ID);
      List<LocatedFinding> found = scan(text, 64, 32);
      assertThat(found).as("padding %d", pad).hasSize(1);
      LocatedFinding f = found.get(0);
      assertThat(f.start()).as("padding %d", pad).isEqualTo(start);
      assertThat(f.end()).isEqualTo(start + 12);
      assertThat(f.value()).isEqualTo(ID);
      assertThat(f.line()).isEqualTo(2);
      assertThat(f.column()).isEqualTo(start - "Dòng một\r\n".length() + 1);
      assertThat(f.type()).isEqualTo(EntityType.VN_CCCD);
    }
  }

  @Test
  void keepsContextFromThePreviousLineAcrossACut() {
    for (int pad = 0; pad < 100; pad++) {
      String text = "x ".repeat(pad) + "\nSố CCCD:\n" + ID + "\n";
      List<LocatedFinding> found = scan(text, 48, 24);
      assertThat(found).as("padding %d", pad).hasSize(1);
      assertThat(found.get(0).explanation().context()).as("padding %d", pad).isNotNull();
      assertThat(found.get(0).score()).isEqualTo(CCCD.detect(text).get(0).score());
    }
  }

  @Test
  void findsWhatTheWholeTextDetectorFindsWhenLinesFitInAChunk() {
    Random random = new Random(20260101);
    for (int round = 0; round < 20; round++) {
      String text = randomDocument(random, 300);
      List<Finding> whole = CCCD.detect(text);
      List<LocatedFinding> streamed = scan(text, 512, 200);
      assertThat(streamed).hasSize(whole.size());
      for (int i = 0; i < whole.size(); i++) {
        Finding w = whole.get(i);
        LocatedFinding s = streamed.get(i);
        assertThat(s.start()).isEqualTo(w.start());
        assertThat(s.end()).isEqualTo(w.end());
        assertThat(s.value()).isEqualTo(w.value());
        assertThat(s.score()).isEqualTo(w.score());
        long[] lc = lineAndColumn(text, w.start());
        assertThat(new long[] {s.line(), s.column()}).isEqualTo(lc);
      }
    }
  }

  @Test
  void aPoolDetectsUnitsAheadAndReportsTheSameFindingsInOrder() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      Random random = new Random(20261128);
      for (int round = 0; round < 20; round++) {
        String text = randomDocument(random, 400);
        int chunk = 64 + random.nextInt(600);
        List<LocatedFinding> sequential = scan(text, chunk, 32);
        List<LocatedFinding> parallel = new ArrayList<>();
        long chars =
            new TextScanner(CCCD, chunk, 32)
                .parallel(pool, 1 + random.nextInt(6))
                .scan(new StringReader(text), parallel::add);

        assertThat(chars).isEqualTo(text.length());
        assertThat(sequential).isNotEmpty();
        assertThat(parallel).as("round %d", round).isEqualTo(sequential);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailureWhileDetectingOnThePoolReachesTheCaller() {
    Recognizer failing =
        new Recognizer() {
          @Override
          public String id() {
            return "test.failing";
          }

          @Override
          public Set<EntityType> types() {
            return Set.of(EntityType.VN_CCCD);
          }

          @Override
          public void recognize(TextView view, Emitter out) {
            if (view.text().contains("BOOM")) {
              throw new IllegalStateException("recognizer failed");
            }
          }
        };
    Detector detector = Detector.builder().add(failing).build();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      String text = "bình thường\n".repeat(200) + "BOOM\n" + "bình thường\n".repeat(200);
      TextScanner scanner = new TextScanner(detector, 256, 32).parallel(pool, 3);

      assertThatThrownBy(() -> scanner.scan(new StringReader(text), f -> {}))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("recognizer failed");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void countsCrlfCrAndLfAsOneLineBreakEach() {
    String text = "a\r\nb\rc\n\r\n  Số CCCD: " + ID;
    for (int chunk : new int[] {2, 3, 4, 5, 7, 16, 1024}) {
      List<LocatedFinding> found = scan(text, chunk + 16, 16);
      assertThat(found).as("chunk %d", chunk).hasSize(1);
      assertThat(found.get(0).line()).isEqualTo(5);
      assertThat(found.get(0).column()).isEqualTo(12);
    }
  }

  @Test
  void countsACrlfSplitBetweenTwoChunksOnce() {
    for (int pad = 0; pad < 80; pad++) {
      String text = "w".repeat(pad) + "\r\n" + "y\r\n".repeat(pad % 7) + "Số CCCD: " + ID + "\r\n";
      List<LocatedFinding> found = scan(text, 40, 8);
      assertThat(found).as("padding %d", pad).hasSize(1);
      assertThat(found.get(0).line()).as("padding %d", pad).isEqualTo(2 + pad % 7);
      assertThat(found.get(0).column()).isEqualTo(10);
    }
  }

  @Test
  void streamsFiftyMegabytesAndDeliversFindingsBeforeTheEnd() throws IOException {
    String block = ("Khách hàng Số CCCD: " + ID + " ghi chú ").concat("z".repeat(1000));
    block = block.substring(0, 999) + "\n";
    int blocks = 52_000;
    GeneratedText in = new GeneratedText(block, (long) blocks * block.length());
    long[] firstSeenAt = {-1};
    long[] count = {0};
    long[] lastLine = {0};
    long chars =
        new TextScanner(CCCD)
            .scan(
                in,
                f -> {
                  if (count[0]++ == 0) {
                    firstSeenAt[0] = in.produced;
                  }
                  lastLine[0] = f.line();
                  assertThat(f.column()).isEqualTo(21);
                });
    assertThat(chars).isEqualTo((long) blocks * block.length());
    assertThat(count[0]).isEqualTo(blocks);
    assertThat(lastLine[0]).isEqualTo(blocks);
    assertThat(firstSeenAt[0]).isBetween(1L, 1L << 20);
  }

  @Test
  void handsANoWhitespaceLineToTheDetectorInBoundedPieces() {
    String text = "9".repeat(10_000) + " Số CCCD: " + ID;
    List<LocatedFinding> found = scan(text, 100, 20);
    assertThat(found).extracting(LocatedFinding::start).containsExactly((long) text.indexOf(ID));
  }

  @Test
  void reportsNothingForEmptyInput() {
    assertThat(scan("", 64, 16)).isEmpty();
  }

  private static String randomDocument(Random random, int lines) {
    String[] fillers = {
      "Khách hàng đã thanh toán hóa đơn.",
      "Mã đơn hàng 123456789012 đã giao.",
      "Số CCCD: ",
      "căn cước công dân ",
      "ghi chú",
      "",
      "Tổng tiền 1.250.000 đồng"
    };
    String[] breaks = {"\n", "\r\n", "\r"};
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines; i++) {
      sb.append(fillers[random.nextInt(fillers.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(' ').append(randomId(random)).append(' ');
        sb.append(fillers[random.nextInt(fillers.length)]);
      }
      sb.append(breaks[random.nextInt(breaks.length)]);
    }
    return sb.toString();
  }

  private static String randomId(Random random) {
    String[] provinces = {"001", "079", "048", "031"};
    return provinces[random.nextInt(provinces.length)]
        + random.nextInt(2)
        + (50 + random.nextInt(50))
        + String.format("%06d", random.nextInt(1_000_000));
  }

  /** Independent reference: 1-based line and column of {@code offset}. */
  private static long[] lineAndColumn(String text, int offset) {
    long line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      char c = text.charAt(i);
      if (c == '\r' || (c == '\n' && (i == 0 || text.charAt(i - 1) != '\r'))) {
        line++;
      }
      if (c == '\r' || c == '\n') {
        lineStart = i + 1;
      }
    }
    return new long[] {line, offset - lineStart + 1};
  }

  /** Repeats {@code block} up to {@code limit} chars without ever holding more than the block. */
  private static final class GeneratedText extends Reader {
    private final String block;
    private final long limit;
    long produced;

    GeneratedText(String block, long limit) {
      this.block = block;
      this.limit = limit;
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
      if (produced >= limit) {
        return -1;
      }
      int n = (int) Math.min(len, limit - produced);
      for (int i = 0; i < n; i++) {
        cbuf[off + i] = block.charAt((int) ((produced + i) % block.length()));
      }
      produced += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
