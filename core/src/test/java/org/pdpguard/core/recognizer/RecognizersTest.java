package org.pdpguard.core.recognizer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.pdpguard.core.detect.Recognizer;

class RecognizersTest {
  private static List<String> ids(List<Recognizer> recognizers) {
    return recognizers.stream().map(Recognizer::id).toList();
  }

  @Test
  void defaultsAfterAPreloadAreTheSameRecognizersWithTheirWordLists() {
    Recognizers.preload();
    Recognizers.preload(); // a second call starts nothing
    List<Recognizer> after = Recognizers.defaults();
    assertThat(ids(after)).doesNotHaveDuplicates().contains("vn.cccd", "vn.person_name");
    assertThat(after).allSatisfy(r -> assertThat(r.lexicons()).doesNotContainNull());
    assertThat(Recognizers.defaultDetector().detect("Họ tên: Nguyễn Văn An")).isNotEmpty();
  }

  @Test
  void threadsAskingForTheDefaultsAtOnceAllGetThem() throws Exception {
    Recognizers.preload();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<List<String>>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        calls.add(() -> ids(Recognizers.defaults()));
      }
      List<String> first = null;
      for (Future<List<String>> f : pool.invokeAll(calls, 60, TimeUnit.SECONDS)) {
        List<String> got = f.get();
        first = first == null ? got : first;
        assertThat(got).isEqualTo(first);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
