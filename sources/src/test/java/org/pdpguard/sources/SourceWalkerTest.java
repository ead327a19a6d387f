package org.pdpguard.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceWalkerTest {
  @TempDir Path tmp;

  private List<SourceEntry> walk(String... args) {
    return new SourceWalker(new ByteArrayInputStream(new byte[0])).walk(List.of(args));
  }

  private static void touch(Path p) throws IOException {
    Files.createDirectories(p.getParent());
    Files.writeString(p, "x");
  }

  @Test
  void walksFoldersRecursivelyInNameOrder() throws IOException {
    for (String name : new String[] {"b.txt", "a/z.txt", "a/c/d.txt", "C.txt", "a/b.txt"}) {
      touch(tmp.resolve(name));
    }
    assertThat(walk(tmp + "/").stream().map(SourceEntry::name))
        .containsExactly(
            tmp + "/C.txt", tmp + "/a/b.txt", tmp + "/a/c/d.txt", tmp + "/a/z.txt", tmp + "/b.txt");
  }

  @Test
  void keepsPathsAsGivenAndReadsDashFromStandardInput() throws IOException {
    touch(tmp.resolve("f.txt"));
    List<SourceEntry> entries = walk("-", tmp + "/f.txt");
    assertThat(entries).extracting(SourceEntry::name).containsExactly("-", tmp + "/f.txt");
    assertThat(entries).allSatisfy(e -> assertThat(e.source()).isNotNull());
  }

  @Test
  void reportsLinkLoopsAndDanglingLinksAndGoesOn() throws IOException {
    touch(tmp.resolve("d/a.txt"));
    Files.createSymbolicLink(tmp.resolve("d/back"), tmp.resolve("d"));
    Files.createSymbolicLink(tmp.resolve("d/dead"), tmp.resolve("none"));
    touch(tmp.resolve("d/z.txt"));

    List<SourceEntry> entries = walk(tmp + "/d");

    assertThat(entries)
        .extracting(SourceEntry::name)
        .containsExactly(tmp + "/d/a.txt", tmp + "/d/back", tmp + "/d/dead", tmp + "/d/z.txt");
    assertThat(entries.get(1).error()).isEqualTo(Problems.LINK_LOOP);
    assertThat(entries.get(2).error()).isEqualTo(Problems.DANGLING_LINK);
    assertThat(entries.get(3).source()).isNotNull();
  }

  @Test
  void followsLinksToFoldersThatAreNotLoops() throws IOException {
    touch(tmp.resolve("real/x.txt"));
    Files.createDirectories(tmp.resolve("top"));
    Files.createSymbolicLink(tmp.resolve("top/link"), tmp.resolve("real"));
    assertThat(walk(tmp + "/top"))
        .extracting(SourceEntry::name)
        .containsExactly(tmp + "/top/link/x.txt");
  }

  @Test
  void tellsWhetherACommandLinePathExists() throws IOException {
    touch(tmp.resolve("f.txt"));
    Files.createSymbolicLink(tmp.resolve("dead"), tmp.resolve("none"));
    assertThat(SourceWalker.exists("-")).isTrue();
    assertThat(SourceWalker.exists(tmp + "/f.txt")).isTrue();
    assertThat(SourceWalker.exists(tmp + "/dead")).isTrue();
    assertThat(SourceWalker.exists(tmp + "/missing")).isFalse();
  }
}
