package org.pdpguard.protect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

/**
 * The secret behind the keyed operators ({@code hash}, {@code pseudonym}, {@code fpe}). It comes
 * from a file or an environment variable, never from the command line (which other users of the
 * machine can read in the process list and which shells keep in their history).
 *
 * <p>The master key is never used directly: each purpose gets its own sub-key, {@code
 * HKDF-SHA-256(ikm = master key, salt = "pdpguard/redaction/v1", info = purpose)} (RFC 5869), so
 * that the hash of a value says nothing about its pseudonym or its ciphertext, and the key
 * fingerprint written into redaction manifests says nothing about any of them. A key file's bytes
 * are the key, less a final line break (so that {@code openssl rand -hex 32 > key} works); the key
 * must have at least {@link #MIN_BYTES} bytes. {@link #toString()} never shows the key.
 */
public final class MasterKey {
  /** The shortest key accepted. */
  public static final int MIN_BYTES = 16;

  private static final byte[] SALT = "pdpguard/redaction/v1".getBytes(StandardCharsets.UTF_8);

  private final byte[] key;

  private MasterKey(byte[] key) {
    if (key.length < MIN_BYTES) {
      throw new KeyException(
          "khóa quá ngắn: cần ít nhất "
              + MIN_BYTES
              + " byte, có "
              + key.length
              + " / key too short: at least "
              + MIN_BYTES
              + " bytes needed, got "
              + key.length);
    }
    this.key = key.clone();
  }

  /** A key of these bytes. */
  public static MasterKey of(byte[] key) {
    return new MasterKey(key);
  }

  /** The key held in {@code file}, less one final line break. */
  public static MasterKey fromFile(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new KeyException(
          "không đọc được tệp khóa / cannot read the key file: " + file + " (" + reason(e) + ")");
    }
    int n = bytes.length;
    if (n > 0 && bytes[n - 1] == '\n') {
      n--;
      if (n > 0 && bytes[n - 1] == '\r') {
        n--;
      }
    }
    try {
      return new MasterKey(Arrays.copyOf(bytes, n));
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The key held, as UTF-8 text, in the environment variable {@code name}. */
  public static MasterKey fromEnvironment(String name, Map<String, String> environment) {
    String value = environment.get(name);
    if (value == null || value.isEmpty()) {
      throw new KeyException(
          "biến môi trường " + name + " không có / environment variable " + name + " is not set");
    }
    return new MasterKey(value.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code length} bytes of the sub-key for {@code purpose}. */
  byte[] derive(String purpose, int length) {
    HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
    hkdf.init(new HKDFParameters(key, SALT, purpose.getBytes(StandardCharsets.UTF_8)));
    byte[] out = new byte[length];
    hkdf.generateBytes(out, 0, length);
    return out;
  }

  /**
   * A public name of this key: 16 bytes of its own sub-key, in hex. It tells two keys apart, so
   * that {@code reveal} refuses a wrong key instead of writing garbage; it does not give the key
   * away.
   */
  public String fingerprint() {
    return HexFormat.of().formatHex(derive("fingerprint", 16));
  }

  @Override
  public String toString() {
    return "MasterKey[fingerprint " + fingerprint() + "]";
  }

  private static String reason(IOException e) {
    return e instanceof java.nio.file.NoSuchFileException
        ? "không tồn tại / no such file"
        : e instanceof java.nio.file.AccessDeniedException
            ? "không có quyền đọc / permission denied"
            : e.getClass().getSimpleName();
  }

  /** A key that cannot be had or used; the message is bilingual and never holds the key. */
  public static final class KeyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    KeyException(String message) {
      super(message);
    }
  }
}
