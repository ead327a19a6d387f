package org.pdpguard.sources;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Bytes to be read by a {@link FormatReader}: a file, standard input, an archive entry, an e-mail
 * attachment. It knows its name for reports, how deep it is nested, its size when known, and its
 * first bytes (for sniffing); the bytes themselves come as a stream handed to {@link
 * FormatReader#read}, read once.
 */
public final class Content {
  /** Bytes kept for sniffing. */
  public static final int HEAD_BYTES = 8 * 1024;

  private final String name;
  private final String entry;
  private final int depth;
  private final long size;
  private final Path path;
  private byte[] head = new byte[0];

  private Content(String name, String entry, int depth, long size, Path path) {
    this.name = Objects.requireNonNull(name, "name");
    this.entry = Objects.requireNonNull(entry, "entry");
    this.depth = depth;
    this.size = size;
    this.path = path;
  }

  /** A top-level source: a file (with its path, for readers that want random access) or stdin. */
  public static Content top(String name, long size, Path path) {
    return new Content(name, name, 0, size, path);
  }

  /**
   * Something inside this content: {@code archive.zip!/hr/2024.xlsx} for an entry {@code
   * hr/2024.xlsx} of {@code archive.zip}.
   *
   * @param entryPath the path inside this content, {@code /}-separated
   * @param entrySize its size in bytes, or -1 when unknown
   */
  public Content child(String entryPath, long entrySize) {
    return new Content(name + "!/" + entryPath, entryPath, depth + 1, entrySize, null);
  }

  /** The name reports show. */
  public String name() {
    return name;
  }

  /** The last part of the name: the file or entry name as its container gives it. */
  public String entry() {
    return entry;
  }

  /** 0 for a top-level source, 1 for an entry of it, and so on. */
  public int depth() {
    return depth;
  }

  /** Size in bytes, or -1 when unknown. */
  public long size() {
    return size;
  }

  /** The file on disk, for top-level files only. */
  public Optional<Path> path() {
    return Optional.ofNullable(path);
  }

  /** The lower-case extension of the entry name without the dot ({@code xlsx}), or "". */
  public String extension() {
    String last = entry.substring(entry.lastIndexOf('/') + 1);
    int dot = last.lastIndexOf('.');
    return dot <= 0 ? "" : last.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** The first up to {@link #HEAD_BYTES} bytes (fewer for a shorter content); do not modify. */
  public byte[] head() {
    return head;
  }

  /** True when the content starts with these bytes. */
  public boolean startsWith(int... prefix) {
    if (head.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((head[i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  void head(byte[] bytes) {
    this.head = bytes;
  }
}
