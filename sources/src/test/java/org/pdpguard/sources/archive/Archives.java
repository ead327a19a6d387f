package org.pdpguard.sources.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds small archives for the tests. */
final class Archives {
  private Archives() {}

  /** An entry: a name and its bytes, or {@code repeat} copies of {@code bytes} for big ones. */
  record Item(String name, byte[] bytes, int repeat) {
    Item(String name, byte[] bytes) {
      this(name, bytes, 1);
    }

    void writeTo(OutputStream out) throws IOException {
      for (int i = 0; i < repeat; i++) {
        out.write(bytes);
      }
    }
  }

  static Item text(String name, String text) {
    return new Item(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A zip written as a stream by {@code java.util.zip}: deflated entries carry a data descriptor,
   * so their sizes are known only after their data.
   */
  static byte[] streamedZip(Item... items) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Item item : items) {
        zip.putNextEntry(new ZipEntry(item.name()));
        item.writeTo(zip);
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /** A zip written to a file, with every entry's sizes in its local header. */
  static void sizedZip(Path file, Item... items) throws IOException {
    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
      for (Item item : items) {
        zip.putArchiveEntry(new ZipArchiveEntry(item.name()));
        item.writeTo(zip);
        zip.closeArchiveEntry();
      }
    }
  }

  /** A tar; an item whose name holds {@code " -> "} is a symbolic link to what follows. */
  static byte[] tar(Item... items) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    writeTar(bytes, items);
    return bytes.toByteArray();
  }

  private static void writeTar(OutputStream out, Item... items) throws IOException {
    try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new Unclosed(out))) {
      tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
      for (Item item : items) {
        int arrow = item.name().indexOf(" -> ");
        if (arrow >= 0) {
          TarArchiveEntry link =
              new TarArchiveEntry(item.name().substring(0, arrow), TarArchiveEntry.LF_SYMLINK);
          link.setLinkName(item.name().substring(arrow + 4));
          tar.putArchiveEntry(link);
        } else {
          TarArchiveEntry entry = new TarArchiveEntry(item.name());
          entry.setSize((long) item.bytes().length * item.repeat());
          tar.putArchiveEntry(entry);
          item.writeTo(tar);
        }
        tar.closeArchiveEntry();
      }
    }
  }

  /** Leaves the stream open when the tar is closed, for the compressor around it to finish. */
  private static final class Unclosed extends java.io.FilterOutputStream {
    Unclosed(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      out.flush();
    }
  }

  /** A gzip-compressed tar, compressed as it is written (for big entries). */
  static byte[] tarGz(Item... items) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GzipCompressorOutputStream(bytes)) {
      writeTar(gz, items);
    }
    return bytes.toByteArray();
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream gz = new GzipCompressorOutputStream(bytes)) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  static byte[] bzip2(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream bz = new BZip2CompressorOutputStream(bytes)) {
      bz.write(data);
    }
    return bytes.toByteArray();
  }
}
