package org.pdpguard.protect;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pdpguard.core.EntityType;

/**
 * A redacted file being written: UTF-8 text into a temporary file beside the target, counted in
 * chars and hashed as it goes, with the {@link Manifest} of its FPE values written beside it.
 * {@link #commit} moves both into place (the manifest first: a manifest whose output did not follow
 * names another file's hash, and {@code reveal} refuses it); {@link #abort} deletes them, so a
 * failure never leaves half a file. A target with no FPE value gets no manifest, and a stale one
 * from an earlier run is deleted. Not thread-safe.
 */
final class RedactedOutput {
  private final Path target;
  private final Path temp;
  private final String format;
  private final String fingerprint; // null without a key
  private final MessageDigest sha256;
  private final Writer out;
  private long position;
  private Path manifestTemp;
  private JsonGenerator manifest;
  private long encrypted;

  private RedactedOutput(Path target, Path temp, String format, String fingerprint)
      throws IOException {
    this.target = target;
    this.temp = temp;
    this.format = format;
    this.fingerprint = fingerprint;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
    OutputStream bytes = new DigestOutputStream(Files.newOutputStream(temp), sha256);
    this.out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 1 << 16);
  }

  /** Starts writing {@code target}; {@code key} may be null when no FPE is asked for. */
  static RedactedOutput open(Path target, String format, MasterKey key) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path temp =
        Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".tmp");
    try {
      return new RedactedOutput(absolute, temp, format, key == null ? null : key.fingerprint());
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  void write(String s) throws IOException {
    out.write(s);
    position += s.length();
  }

  void write(CharSequence s, int from, int to) throws IOException {
    out.append(s, from, to);
    position += to - from;
  }

  /** Chars written so far (UTF-16 units). */
  long position() {
    return position;
  }

  /** Records that {@code [start, end)} of the output holds the FPE ciphertext of a {@code type}. */
  void encrypted(long start, long end, EntityType type) throws IOException {
    if (manifest == null) {
      if (fingerprint == null) {
        throw new IllegalStateException("FPE without a key");
      }
      manifestTemp =
          Files.createTempFile(target.getParent(), "." + Manifest.nameFor(target) + ".", ".tmp");
      manifest =
          Manifest.FACTORY.createGenerator(Files.newOutputStream(manifestTemp), JsonEncoding.UTF8);
      Manifest.writeHead(manifest, format, fingerprint);
    }
    Manifest.writeValue(manifest, start, end, type);
    encrypted++;
  }

  /** The FPE values recorded. */
  long encryptedCount() {
    return encrypted;
  }

  /** Finishes both files and moves them into place. */
  void commit() throws IOException {
    out.close();
    Path manifestTarget = target.resolveSibling(Manifest.nameFor(target));
    if (manifest != null) {
      Manifest.writeTail(
          manifest,
          target.getFileName().toString(),
          position,
          HexFormat.of().formatHex(sha256.digest()));
      manifest.close();
      move(manifestTemp, manifestTarget);
    } else {
      Files.deleteIfExists(manifestTarget);
    }
    move(temp, target);
  }

  /** Deletes what was written. */
  void abort() {
    try {
      out.close();
    } catch (IOException e) {
      // deleted below
    }
    try {
      if (manifest != null) {
        manifest.close();
      }
    } catch (IOException e) {
      // deleted below
    }
    delete(temp);
    delete(manifestTemp);
  }

  private static void delete(Path p) {
    try {
      if (p != null) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // a leftover hidden temporary file holds redacted data only
    }
  }

  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
