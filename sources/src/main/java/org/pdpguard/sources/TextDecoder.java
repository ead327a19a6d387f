package org.pdpguard.sources;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how to read a byte stream as text, looking only at its first bytes, and returns a reader
 * that decodes the rest as it streams:
 *
 * <ol>
 *   <li>a byte-order mark says UTF-8, UTF-16LE or UTF-16BE;
 *   <li>known binary signatures (PDF, ZIP and Office files, PNG, JPEG, GIF, ELF, …) or a NUL byte
 *       in the first 8 KB mean a binary file, which is skipped rather than scanned as noise;
 *   <li>a first 64 KB that is valid UTF-8 (pure ASCII included) means UTF-8;
 *   <li>anything else is read as Windows-1258, the legacy Vietnamese code page.
 * </ol>
 *
 * Malformed input later in the stream becomes U+FFFD instead of failing the scan. Limit: a file
 * whose first 64 KB is ASCII and which holds Windows-1258 bytes later is read as UTF-8, so those
 * letters become U+FFFD.
 */
public final class TextDecoder {
  static final int PROBE_BYTES = 64 * 1024;
  static final int NUL_WINDOW = 8 * 1024;

  /** The legacy Vietnamese code page; ISO-8859-1 when a trimmed JDK lacks it. */
  static final Charset WINDOWS_1258 =
      Charset.isSupported("windows-1258")
          ? Charset.forName("windows-1258")
          : StandardCharsets.ISO_8859_1;

  private static final Signature[] BINARY = {
    new Signature("PDF", "%PDF-"),
    new Signature("ZIP", 'P', 'K', 3, 4),
    new Signature("ZIP", 'P', 'K', 5, 6),
    new Signature("ZIP", 'P', 'K', 7, 8),
    new Signature("PNG", 0x89, 'P', 'N', 'G'),
    new Signature("JPEG", 0xFF, 0xD8, 0xFF),
    new Signature("GIF", "GIF87a"),
    new Signature("GIF", "GIF89a"),
    new Signature("ELF", 0x7F, 'E', 'L', 'F'),
    new Signature("GZIP", 0x1F, 0x8B),
    new Signature("7Z", '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
    new Signature("RAR", "Rar!"),
    new Signature("XZ", 0xFD, '7', 'z', 'X', 'Z', 0),
    new Signature("ZSTD", 0x28, 0xB5, 0x2F, 0xFD),
    new Signature("OLE2", 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
    new Signature("CLASS", 0xCA, 0xFE, 0xBA, 0xBE),
    new Signature("SQLITE", "SQLite format 3"),
    new Signature("RIFF", "RIFF"),
    new Signature("TIFF", 'I', 'I', '*', 0),
    new Signature("TIFF", 'M', 'M', 0, '*'),
  };

  private TextDecoder() {}

  /**
   * How to read {@code in}.
   *
   * @param reader the text, decoded as it is read; null when the stream is skipped
   * @param charset the charset chosen; null when skipped
   * @param skipped why the stream is not text (e.g. {@code binary file (PDF)}); null when text
   */
  public record Decoded(Reader reader, Charset charset, String skipped) {}

  /** Looks at the first bytes of {@code in} and returns how to read it; closes nothing. */
  public static Decoded open(InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, PROBE_BYTES);
    buffered.mark(PROBE_BYTES + 1);
    byte[] head = buffered.readNBytes(PROBE_BYTES);
    buffered.reset();
    boolean complete = head.length < PROBE_BYTES;

    Charset bom = null;
    int bomLength = 0;
    if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
      bom = StandardCharsets.UTF_8;
      bomLength = 3;
    } else if (startsWith(head, 0xFF, 0xFE)) {
      bom = StandardCharsets.UTF_16LE;
      bomLength = 2;
    } else if (startsWith(head, 0xFE, 0xFF)) {
      bom = StandardCharsets.UTF_16BE;
      bomLength = 2;
    }
    if (bom != null) {
      buffered.skipNBytes(bomLength);
      return text(buffered, bom);
    }
    for (Signature s : BINARY) {
      if (s.matches(head)) {
        return new Decoded(null, null, "tệp nhị phân / binary file (" + s.name + ")");
      }
    }
    for (int i = 0; i < Math.min(head.length, NUL_WINDOW); i++) {
      if (head[i] == 0) {
        return new Decoded(null, null, "tệp nhị phân / binary file");
      }
    }
    return text(buffered, isUtf8(head, complete) ? StandardCharsets.UTF_8 : WINDOWS_1258);
  }

  private static Decoded text(InputStream in, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    return new Decoded(new InputStreamReader(in, decoder), charset, null);
  }

  /**
   * True when {@code head} is valid UTF-8, allowing a sequence cut at the end of an incomplete
   * probe.
   */
  static boolean isUtf8(byte[] head, boolean complete) {
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer bytes = ByteBuffer.wrap(head);
    CharBuffer chars = CharBuffer.allocate(head.length + 1);
    CoderResult result = strict.decode(bytes, chars, complete);
    if (result.isError()) {
      return false;
    }
    return !complete || strict.flush(chars).isUnderflow() && !bytes.hasRemaining();
  }

  private static boolean startsWith(byte[] head, int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A file signature at offset 0. */
  private static final class Signature {
    final String name;
    final int[] magic;

    Signature(String name, int... magic) {
      this.name = name;
      this.magic = magic;
    }

    Signature(String name, String ascii) {
      this(name, ascii.chars().toArray());
    }

    boolean matches(byte[] head) {
      return startsWith(head, magic);
    }
  }
}
