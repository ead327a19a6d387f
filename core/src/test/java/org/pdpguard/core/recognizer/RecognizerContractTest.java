package org.pdpguard.core.recognizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pdpguard.core.Finding;
import org.pdpguard.core.detect.Detector;
import org.pdpguard.core.detect.Recognizer;

/**
 * The contract every built-in recognizer keeps, fed random and hostile text with a fixed seed:
 * nothing thrown, offsets within the text, the same output twice, and bounded time on a 1 MB line.
 */
class RecognizerContractTest {
  private static final long SEED = 20260101L;

  static Stream<Recognizer> recognizers() {
    return Recognizers.defaults().stream();
  }

  static List<String> hostileTexts() {
    Random random = new Random(SEED);
    return List.of(
        "",
        " ",
        "\u0000\u0000\u0000",
        "😀😀 Nguyễn 😀 0912345678 😀",
        "e\u0301\u0301\u0301\u0323 o\u0302\u0300 combining marks \u0301 at start",
        "\uD800 lone surrogate \uDC00 0912345678 \uDFFF",
        "@@@@ a@ @b .@. x@y.z @.",
        "0".repeat(5000),
        "9".repeat(12) + " " + "1".repeat(19) + " " + "9704" + "0".repeat(15),
        "Ông ".repeat(2000),
        "CCCD: STK: MST: ".repeat(500),
        "số nhà đường phố phường quận tỉnh ".repeat(300),
        "a.b.c.d.1.2.3.4.5.6.7.8.9:0:1:2:3:4:5:6:7:8 ".repeat(200),
        randomText(random, 20_000, "0123456789 .-/:@+()\n"),
        randomText(random, 20_000, "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯ áàảãạ 0123456789\n,.:"),
        randomUnicode(random, 20_000));
  }

  private static String randomText(Random random, int length, String alphabet) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  private static String randomUnicode(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append((char) random.nextInt(0x3000));
    }
    return sb.toString();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recognizers")
  void keepsOffsetsInRangeAndIsDeterministicOnHostileText(Recognizer r) {
    Detector detector = Detector.builder().add(r).minScore(0).build();
    for (String text : hostileTexts()) {
      List<Finding> first = detector.detect(text);
      for (Finding f : first) {
        assertThat(f.start()).isBetween(0, text.length() - 1);
        assertThat(f.end()).isBetween(f.start() + 1, text.length());
        assertThat(f.value()).isEqualTo(text.substring(f.start(), f.end()));
        assertThat(r.types()).contains(f.type());
      }
      assertThat(detector.detect(text)).isEqualTo(first);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recognizers")
  void scansAOneMegabyteLineInBoundedTime(Recognizer r) {
    Detector detector = Detector.builder().add(r).minScore(0).build();
    Random random = new Random(SEED);
    String line =
        randomText(random, 1 << 20, "aăbcdđeêghiklmnoôơpqrstuưvxy ĐNQTPB0123456789.,:@-/");
    assertThatCode(
            () ->
                Assertions.assertTimeoutPreemptively(
                    Duration.ofSeconds(20), () -> detector.detect(line)))
        .doesNotThrowAnyException();
  }
}
