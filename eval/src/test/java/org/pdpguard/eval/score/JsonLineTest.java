package org.pdpguard.eval.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small JSON-lines reader keeps strings and numbers, skips the rest, rejects junk. */
class JsonLineTest {
  @Test
  void readsStringsNumbersAndEscapes() {
    Map<String, String> m =
        JsonLine.parse(
            "{\"doc\":\"docs/a \\\"b\\\".txt\",\"start\":12, \"end\" : 24,"
                + "\"type\":\"VN_CCCD\",\"v\":\"\\u0110\\n\"}");
    assertThat(m)
        .containsEntry("doc", "docs/a \"b\".txt")
        .containsEntry("start", "12")
        .containsEntry("end", "24")
        .containsEntry("type", "VN_CCCD")
        .containsEntry("v", "Đ\n");
  }

  @Test
  void skipsNestedValuesAndLiterals() {
    Map<String, String> m =
        JsonLine.parse("{\"a\":{\"x\":[1,{\"y\":\"}\"}]},\"b\":true,\"c\":null,\"d\":0.5}");
    assertThat(m).containsOnlyKeys("d").containsEntry("d", "0.5");
  }

  @Test
  void rejectsTextThatIsNotOneObject() {
    assertThatThrownBy(() -> JsonLine.parse("[1,2]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLine.parse("{\"a\":1} x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLine.parse("{\"a\":tru}"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLine.parse("{\"a\":\"open"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
