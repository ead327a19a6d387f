package org.pdpguard.sources.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntryPathsTest {
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      nullValues = "UNSAFE",
      value = {
        "hr/nv.txt, hr/nv.txt",
        "./hr//nv.txt, hr/nv.txt",
        "hr\\nv.txt, hr/nv.txt",
        "..foo/bar.., ..foo/bar..",
        "../evil.txt, UNSAFE",
        "hr/../../evil.txt, UNSAFE",
        "hr\\..\\evil.txt, UNSAFE",
        "/etc/passwd, UNSAFE",
        "\\\\host\\share\\x, UNSAFE",
        "C:\\Windows\\x, UNSAFE",
        "c:x.txt, UNSAFE",
      })
  void keepsSafePathsAndRefusesTheOthers(String raw, String expected) {
    assertThat(EntryPaths.safe(raw)).isEqualTo(expected);
  }

  @org.junit.jupiter.api.Test
  void refusesANulAndShowsControlCharactersAsQuestionMarks() {
    assertThat(EntryPaths.safe("a.txt\0.csv")).isNull();
    assertThat(EntryPaths.safe("a\nb\u001b[31m.txt")).isEqualTo("a?b?[31m.txt");
  }
}
