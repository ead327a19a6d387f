package org.pdpguard.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
  private static final String VI = "Nguyễn Văn An, căn cước công dân, Đà Nẵng";

  private static String read(byte[] bytes) throws IOException {
    TextDecoder.Decoded d = TextDecoder.open(new ByteArrayInputStream(bytes));
    assertThat(d.skipped()).isNull();
    try (Reader r = d.reader()) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[7];
      for (int n; (n = r.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      return sb.toString();
    }
  }

  private static Charset charsetOf(byte[] bytes) throws IOException {
    return TextDecoder.open(new ByteArrayInputStream(bytes)).charset();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsUtf8WithAndWithoutBom() throws IOException {
    byte[] plain = VI.getBytes(StandardCharsets.UTF_8);
    assertThat(read(plain)).isEqualTo(VI);
    assertThat(read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, plain)))
        .isEqualTo(VI);
    assertThat(charsetOf(plain)).isEqualTo(StandardCharsets.UTF_8);
  }

  @Test
  void readsUtf16ByItsByteOrderMark() throws IOException {
    byte[] le =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, VI.getBytes(StandardCharsets.UTF_16LE));
    byte[] be =
        concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, VI.getBytes(StandardCharsets.UTF_16BE));
    assertThat(read(le)).isEqualTo(VI);
    assertThat(read(be)).isEqualTo(VI);
    assertThat(charsetOf(le)).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void readsWindows1258WhenTheBytesAreNotUtf8() throws IOException {
    Charset cp1258 = Charset.forName("windows-1258");
    // The code page has precomposed â, ă, ơ, ư, đ… and combining tone marks: decompose, then
    // recompose only what it has.
    String legacy =
        "Nguy\u00ea\u0303n V\u0103n An, c\u0103n c\u01b0\u01a1\u0301c c\u00f4ng d\u00e2n, \u0110a\u0300 N\u0103\u0303ng";
    assertThat(Normalizer.normalize(legacy, Normalizer.Form.NFC)).isEqualTo(VI);
    byte[] bytes = legacy.getBytes(cp1258);

    assertThat(charsetOf(bytes)).isEqualTo(cp1258);
    assertThat(read(bytes)).isEqualTo(legacy);
  }

  @Test
  void acceptsAUtf8SequenceCutByTheEndOfTheProbe() throws IOException {
    byte[] vi = "ễ".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[TextDecoder.PROBE_BYTES + 2];
    java.util.Arrays.fill(bytes, (byte) 'a');
    System.arraycopy(vi, 0, bytes, TextDecoder.PROBE_BYTES - 1, vi.length);
    assertThat(charsetOf(bytes)).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read(bytes)).endsWith("aễ");
  }

  @Test
  void replacesMalformedBytesAfterTheProbeInsteadOfFailing() throws IOException {
    byte[] bytes = new byte[TextDecoder.PROBE_BYTES + 3];
    java.util.Arrays.fill(bytes, (byte) 'a');
    bytes[TextDecoder.PROBE_BYTES + 1] = (byte) 0xE3;
    String text = read(bytes);
    assertThat(text).hasSize(TextDecoder.PROBE_BYTES + 3).contains("\uFFFD");
  }

  @Test
  void skipsKnownBinaryFormats() throws IOException {
    String[][] cases = {
      {"%PDF-1.4\n", "PDF"},
      {"PK\u0003\u0004rest", "ZIP"},
      {"\u007fELF\u0002", "ELF"},
      {"GIF89a..", "GIF"}
    };
    for (String[] c : cases) {
      TextDecoder.Decoded d =
          TextDecoder.open(new ByteArrayInputStream(c[0].getBytes(StandardCharsets.ISO_8859_1)));
      assertThat(d.skipped()).as(c[1]).contains(c[1]);
      assertThat(d.reader()).isNull();
    }
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    assertThat(TextDecoder.open(new ByteArrayInputStream(png)).skipped()).contains("PNG");
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    assertThat(TextDecoder.open(new ByteArrayInputStream(jpeg)).skipped()).contains("JPEG");
  }

  @Test
  void skipsFilesWithNulBytesUnlessTheyAreUtf16() throws IOException {
    byte[] nul = "abc\0def".getBytes(StandardCharsets.US_ASCII);
    assertThat(TextDecoder.open(new ByteArrayInputStream(nul)).skipped()).contains("binary");
    byte[] late = new byte[TextDecoder.NUL_WINDOW + 10];
    java.util.Arrays.fill(late, (byte) 'x');
    late[TextDecoder.NUL_WINDOW + 5] = 0;
    assertThat(TextDecoder.open(new ByteArrayInputStream(late)).skipped()).isNull();
  }

  @Test
  void readsAnEmptyStreamAsEmptyText() throws IOException {
    assertThat(read(new byte[0])).isEmpty();
  }
}
