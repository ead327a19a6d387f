package org.pdpguard.cases.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files stored by content: {@code sha256/ab/cd/abcd…} under the evidence folder. A file is written
 * to {@code tmp/}, forced to disk, then linked to its final name, which fails rather than replace
 * an existing file: a stored file is never overwritten, and an identical one already there is
 * reused. The database record comes after; {@link Reconciler} removes files a crash left without
 * one.
 */
public final class EvidenceStore {
  private final Path root;

  public EvidenceStore(Path root) throws IOException {
    this.root = root;
    Files.createDirectories(root.resolve("tmp"));
    Files.createDirectories(root.resolve("sha256"));
  }

  /** A stored file: its hash, size and path relative to the store. */
  public record Stored(String sha256, long size, String path) {}

  /** Thrown when the content exceeds the limit; nothing is kept. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("tệp quá lớn / file too large (limit " + limit + " bytes)");
    }
  }

  public Path root() {
    return root;
  }

  /** Stores {@code in} (read to the end, not closed), at most {@code maxBytes}. */
  public Stored store(InputStream in, long maxBytes) throws IOException {
    Path tmp = root.resolve("tmp").resolve(UUID.randomUUID() + ".part");
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    long size = 0;
    try (FileChannel ch =
            FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        OutputStream out = new DigestOutputStream(Channels.newOutputStream(ch), sha)) {
      byte[] buf = new byte[64 * 1024];
      for (int n; (n = in.read(buf)) > 0; ) {
        size += n;
        if (size > maxBytes) {
          throw new TooLargeException(maxBytes);
        }
        out.write(buf, 0, n);
      }
      out.flush();
      ch.force(true);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    String hash = HexFormat.of().formatHex(sha.digest());
    String rel = relative(hash);
    Path target = root.resolve(rel);
    Files.createDirectories(target.getParent());
    try {
      Files.createLink(target, tmp); // atomic, and refuses to replace
    } catch (FileAlreadyExistsException e) {
      // the same content is already stored: keep it
    } catch (UnsupportedOperationException e) {
      if (!Files.exists(target)) {
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
    return new Stored(hash, size, rel);
  }

  /** The file of a stored path. */
  public Path resolve(String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root.resolve("sha256"))) {
      throw new IllegalArgumentException("not a stored path: " + relative);
    }
    return p;
  }

  /** Every stored file, as relative paths. */
  public Stream<Path> files() throws IOException {
    return Files.walk(root.resolve("sha256")).filter(Files::isRegularFile);
  }

  static String relative(String hash) {
    return "sha256/" + hash.substring(0, 2) + "/" + hash.substring(2, 4) + "/" + hash;
  }
}
