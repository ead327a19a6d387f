package org.pdpguard.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short identities of what shapes a scan's result, for the cache key. */
final class Fingerprint {
  private Fingerprint() {}

  /**
   * The build the class was loaded from: size and modification time of its jar or classes folder,
   * so that a rebuilt engine never reuses results of the old one.
   */
  static String ofCode(Class<?> type) {
    try {
      Path where = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
      return where.getFileName() + ":" + Files.size(where) + ":" + Files.getLastModifiedTime(where);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown:" + System.nanoTime(); // no identity: never share entries
    }
  }

  /** The SHA-256 of a file's bytes, "none" for no file. */
  static String ofFile(Path file) {
    if (file == null) {
      return "none";
    }
    try (DigestInputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(in.getMessageDigest().digest());
    } catch (IOException | NoSuchAlgorithmException e) {
      return "unreadable:" + System.nanoTime();
    }
  }
}
