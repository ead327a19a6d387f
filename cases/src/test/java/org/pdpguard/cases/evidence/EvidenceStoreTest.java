package org.pdpguard.cases.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStoreTest {
  @TempDir Path dir;

  static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void storesByHashAndReusesIdenticalContentWithoutOverwriting() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    var a = store.store(bytes("biên bản vi phạm"), 1000);
    assertThat(a.path())
        .isEqualTo(
            "sha256/"
                + a.sha256().substring(0, 2)
                + "/"
                + a.sha256().substring(2, 4)
                + "/"
                + a.sha256());
    Path file = store.resolve(a.path());
    var before = Files.getLastModifiedTime(file);
    Thread.sleep(20);
    var b = store.store(bytes("biên bản vi phạm"), 1000);
    assertThat(b).isEqualTo(a);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(before);
    assertThat(Files.list(dir.resolve("tmp"))).isEmpty();
    assertThat(a.size()).isEqualTo("biên bản vi phạm".getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void rejectsOversizedContentAndKeepsNothing() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    assertThatThrownBy(() -> store.store(bytes("x".repeat(2000)), 1000))
        .isInstanceOf(EvidenceStore.TooLargeException.class);
    try (var files = store.files()) {
      assertThat(files).isEmpty();
    }
    assertThat(Files.list(dir.resolve("tmp"))).isEmpty();
  }

  @Test
  void refusesPathsOutsideTheStore() throws Exception {
    EvidenceStore store = new EvidenceStore(dir);
    assertThatThrownBy(() -> store.resolve("../audit.key"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
