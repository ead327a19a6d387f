package org.pdpguard.cases.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * The audit trail's HMAC key: from the environment variable {@value #ENV} (hex, at least 32 bytes)
 * when set, else the file {@value #FILE} in the data folder, created at first start with 32 random
 * bytes and mode 0600. Keep a copy apart from the database backups: whoever holds both can forge.
 */
public final class AuditKey {
  public static final String ENV = "PDPGUARD_AUDIT_KEY";
  public static final String FILE = "audit.key";

  private AuditKey() {}

  /** Reads the key, creating the file when {@code create} and neither source exists. */
  public static byte[] load(Path dataDir, String envValue, boolean create) throws IOException {
    if (envValue != null && !envValue.isBlank()) {
      return parse(envValue.strip(), ENV);
    }
    Path file = dataDir.resolve(FILE);
    if (Files.exists(file)) {
      return parse(Files.readString(file, StandardCharsets.US_ASCII).strip(), file.toString());
    }
    if (!create) {
      throw new IOException("không có khóa nhật ký / no audit key: " + file + " or " + ENV);
    }
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    Files.createDirectories(dataDir);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (FileAlreadyExistsException e) {
      return load(dataDir, null, false); // another process created it first
    } catch (UnsupportedOperationException e) {
      Files.createFile(file);
    }
    Files.writeString(
        file,
        HexFormat.of().formatHex(key) + "\n",
        StandardCharsets.US_ASCII,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.SYNC);
    return key;
  }

  private static byte[] parse(String hex, String where) throws IOException {
    try {
      byte[] key = HexFormat.of().parseHex(hex);
      if (key.length < 32) {
        throw new IOException(where + ": the audit key needs at least 32 bytes (64 hex digits)");
      }
      return key;
    } catch (IllegalArgumentException e) {
      throw new IOException(where + ": the audit key is not hex", e);
    }
  }
}
