package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The frame of a Parquet file: {@code PAR1} at the start, then the data, the footer, the footer's
 * length (4 bytes, little-endian) and {@code PAR1} again ({@code PARE} when the footer is
 * encrypted). Checked before parquet opens the file, for messages that say what is wrong in the
 * user's terms (not Parquet, truncated, encrypted) rather than the library's.
 */
final class Frame {
  /** "PAR1" read as a little-endian int. */
  private static final int MAGIC = 0x3152_4150;

  /** "PARE", the trailing magic of a file whose footer is encrypted. */
  private static final int MAGIC_ENCRYPTED = 0x4552_4150;

  private Frame() {}

  /** Checks the magic at both ends and the footer length, for messages clearer than parquet's. */
  static void check(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size < 12) {
        throw new IOException(ParquetErrors.tooShort(size));
      }
      if (intAt(ch, 0) != MAGIC) {
        throw new IOException(ParquetErrors.NOT_PARQUET);
      }
      int tail = intAt(ch, size - 4);
      if (tail == MAGIC_ENCRYPTED) {
        throw new IOException(ParquetErrors.ENCRYPTED);
      }
      if (tail != MAGIC) {
        throw new IOException(ParquetErrors.NO_FOOTER);
      }
      int footer = intAt(ch, size - 8);
      if (footer <= 0 || footer > size - 12) {
        throw new IOException(
            ParquetErrors.corrupt("độ dài phần chân sai / bad footer length " + footer));
      }
    }
  }

  private static int intAt(FileChannel ch, long pos) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
    while (b.hasRemaining()) {
      if (ch.read(b, pos + b.position()) < 0) {
        throw new IOException(ParquetErrors.tooShort(ch.size()));
      }
    }
    return b.getInt(0);
  }
}
