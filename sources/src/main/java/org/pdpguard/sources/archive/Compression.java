package org.pdpguard.sources.archive;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;

/** The stream compressions read here, told apart by their magic bytes. */
enum Compression {
  GZIP,
  BZIP2;

  /** The compression {@code head} starts with, or null. */
  static Compression of(byte[] head) {
    if (starts(head, 0, 0x1F, 0x8B, 0x08)) {
      return GZIP;
    }
    boolean bz =
        starts(head, 0, 'B', 'Z', 'h') && head.length > 3 && head[3] >= '1' && head[3] <= '9';
    if (bz
        && (starts(head, 4, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59)
            || starts(head, 4, 0x17, 0x72, 0x45, 0x38, 0x50, 0x90))) {
      return BZIP2;
    }
    return null;
  }

  /**
   * The decompressed bytes of {@code in}, concatenated members included; closing the result frees
   * the decompressor and closes {@code in}.
   */
  InputStream open(InputStream in) throws IOException {
    return switch (this) {
      case GZIP ->
          GzipCompressorInputStream.builder()
              .setInputStream(in)
              .setDecompressConcatenated(true)
              .get();
      case BZIP2 -> new BZip2CompressorInputStream(in, true);
    };
  }

  /** The compressed bytes consumed so far by a stream that {@link #open} returned. */
  static LongSupplier consumed(InputStream opened) {
    InputStreamStatistics stats = (InputStreamStatistics) opened;
    return stats::getCompressedCount;
  }

  /**
   * Up to {@code n} decompressed bytes from the start of {@code head}; fewer when the head is cut
   * short or damaged. Reads no more than {@code n} bytes out, so a bomb costs nothing here.
   */
  byte[] peek(byte[] head, int n) {
    try (InputStream in = open(new ByteArrayInputStream(head))) {
      return in.readNBytes(n);
    } catch (IOException e) {
      return new byte[0];
    }
  }

  static boolean starts(byte[] bytes, int at, int... prefix) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[at + i] & 0xff) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
