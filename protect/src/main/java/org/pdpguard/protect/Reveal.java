package org.pdpguard.protect;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key holder's way back: writes a copy of a redacted file with its FPE values decrypted, from
 * the manifest {@code redact} wrote beside it. Everything else (labels, masks, hashes, pseudonyms,
 * dropped values) cannot be reversed and stays as it is. Refuses, before writing anything, a key
 * whose fingerprint is not the manifest's; refuses, without leaving an output, a file that changed
 * since it was redacted (its SHA-256 or length is not the manifest's) or a manifest that does not
 * fit it. Writes atomically and never over its input.
 */
public final class Reveal {
  private Reveal() {}

  /** A key other than the one the file was redacted with. */
  public static final class WrongKeyException extends IOException {
    private static final long serialVersionUID = 1L;

    WrongKeyException(String expected, String actual) {
      super(
          "khóa không đúng: tệp được che bằng khóa có dấu vân tay "
              + expected
              + ", khóa này là "
              + actual
              + " / wrong key: the file was redacted with the key of fingerprint "
              + expected
              + ", this key's is "
              + actual);
    }
  }

  /** The manifest that {@code redact} writes beside {@code redacted}. */
  public static Path manifestOf(Path redacted) {
    return redacted.resolveSibling(Manifest.nameFor(redacted));
  }

  /**
   * Writes {@code output}: {@code redacted} with the values listed in {@code manifest} decrypted.
   *
   * @return the values decrypted
   */
  public static long reveal(Path redacted, Path manifest, Path output, MasterKey key)
      throws IOException {
    if (Originals.same(redacted, output) || Originals.same(manifest, output)) {
      throw new IOException(
          "tệp ra trùng tệp vào / the output is one of the inputs; they are never modified");
    }
    try (Manifest.Reader m = new Manifest.Reader(manifest)) {
      if (!m.fingerprint().equals(key.fingerprint())) {
        throw new WrongKeyException(m.fingerprint(), key.fingerprint());
      }
      MessageDigest sha256 = sha256();
      RedactedOutput out = RedactedOutput.open(output, "revealed", null);
      try (Reader in = reader(new DigestInputStream(Files.newInputStream(redacted), sha256))) {
        long n = copy(m, in, out, new Fpe(key));
        if (!HexFormat.of().formatHex(sha256.digest()).equals(m.sha256())) {
          throw changed();
        }
        out.commit();
        return n;
      } catch (IOException | RuntimeException e) {
        out.abort();
        throw e;
      }
    }
  }

  private static long copy(Manifest.Reader m, Reader in, RedactedOutput out, Fpe fpe)
      throws IOException {
    char[] buf = new char[1 << 16];
    long pos = 0;
    long n = 0;
    for (Manifest.Value v; (v = m.next()) != null; n++) {
      if (v.start() < pos || v.end() - v.start() > 4096) {
        throw doesNotFit();
      }
      pos += transfer(in, out, buf, v.start() - pos);
      String span = read(in, (int) (v.end() - v.start()));
      String plain = fpe.decrypt(v.type(), span);
      if (plain == null) {
        throw doesNotFit();
      }
      out.write(plain);
      pos = v.end();
    }
    pos += transfer(in, out, buf, Long.MAX_VALUE);
    if (pos != m.chars()) {
      throw changed();
    }
    return n;
  }

  /** Copies up to {@code count} chars; returns how many there were. */
  private static long transfer(Reader in, RedactedOutput out, char[] buf, long count)
      throws IOException {
    long done = 0;
    while (done < count) {
      int r = in.read(buf, 0, (int) Math.min(buf.length, count - done));
      if (r < 0) {
        if (count != Long.MAX_VALUE) {
          throw changed();
        }
        break;
      }
      out.write(java.nio.CharBuffer.wrap(buf), 0, r);
      done += r;
    }
    return done;
  }

  private static String read(Reader in, int count) throws IOException {
    char[] span = new char[count];
    int n = 0;
    while (n < count) {
      int r = in.read(span, n, count - n);
      if (r < 0) {
        throw changed();
      }
      n += r;
    }
    return new String(span);
  }

  private static Reader reader(java.io.InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static IOException changed() {
    return new IOException(
        "tệp đã bị sửa sau khi che (SHA-256 khác bảng kê), không giải mã / the file changed after"
            + " redaction (its SHA-256 is not the manifest's); nothing revealed");
  }

  private static IOException doesNotFit() {
    return new IOException(
        "bảng kê không khớp tệp / the manifest does not fit the file; nothing revealed");
  }
}
