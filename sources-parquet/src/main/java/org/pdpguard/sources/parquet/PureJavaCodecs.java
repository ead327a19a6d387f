package org.pdpguard.sources.parquet;

import io.airlift.compress.Decompressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.lzo.LzoDecompressor;
import io.airlift.compress.snappy.SnappyDecompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page decompression without Hadoop: Snappy, Zstandard, LZ4 and LZO through aircompressor's pure
 * Java code, gzip through the JDK. Parquet's own codec factory goes through Hadoop's codec classes
 * (and the native snappy-java and zstd-jni libraries); this one lets the reader run with no Hadoop
 * jar at all and keeps the shaded CLI small. Brotli is not supported.
 *
 * <p>Page sizes come from page headers, which a hostile file controls: a page that claims more than
 * {@link #MAX_PAGE_BYTES} uncompressed bytes is refused instead of allocated. Read only: asking for
 * a compressor is an error.
 */
final class PureJavaCodecs implements CompressionCodecFactory {
  /** The largest uncompressed page accepted (writers use 1 MiB pages by default). */
  static final int MAX_PAGE_BYTES = 256 << 20;

  private static final Set<CompressionCodecName> SUPPORTED =
      EnumSet.of(
          CompressionCodecName.UNCOMPRESSED,
          CompressionCodecName.SNAPPY,
          CompressionCodecName.GZIP,
          CompressionCodecName.ZSTD,
          CompressionCodecName.LZ4_RAW,
          CompressionCodecName.LZ4,
          CompressionCodecName.LZO);

  static boolean supports(CompressionCodecName codec) {
    return SUPPORTED.contains(codec);
  }

  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codecName) {
    throw new UnsupportedOperationException("read only");
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codecName) {
    if (!supports(codecName)) {
      throw new IllegalArgumentException(ParquetErrors.unsupportedCodec(codecName));
    }
    return new PageDecompressor(codecName);
  }

  @Override
  public void release() {
    // nothing pooled
  }

  private static final class PageDecompressor implements BytesInputDecompressor {
    private final CompressionCodecName codec;

    PageDecompressor(CompressionCodecName codec) {
      this.codec = codec;
    }

    @Override
    public BytesInput decompress(BytesInput bytes, int size) throws IOException {
      if (codec == CompressionCodecName.UNCOMPRESSED) {
        return bytes;
      }
      return BytesInput.from(inflate(bytes.toInputStream().readAllBytes(), size));
    }

    @Override
    public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int size)
        throws IOException {
      byte[] in = new byte[compressedSize];
      input.get(in);
      output.put(codec == CompressionCodecName.UNCOMPRESSED ? in : inflate(in, size));
    }

    @Override
    public void release() {
      // nothing pooled
    }

    private byte[] inflate(byte[] in, int size) throws IOException {
      if (size < 0 || size > MAX_PAGE_BYTES) {
        throw new IOException(
            "trang dữ liệu quá lớn (" + size + " byte) / data page too large (" + size + " bytes)");
      }
      byte[] out = new byte[size];
      int n;
      try {
        n =
            switch (codec) {
              case SNAPPY -> new SnappyDecompressor().decompress(in, 0, in.length, out, 0, size);
              case ZSTD -> new ZstdDecompressor().decompress(in, 0, in.length, out, 0, size);
              case LZ4_RAW -> new Lz4Decompressor().decompress(in, 0, in.length, out, 0, size);
              case LZ4 -> lz4(in, out);
              case LZO -> HadoopBlocks.inflate(new LzoDecompressor(), in, out);
              case GZIP -> gunzip(in, out);
              default -> throw new IOException(ParquetErrors.unsupportedCodec(codec));
            };
      } catch (RuntimeException e) {
        // aircompressor reports bad input as MalformedInputException, a RuntimeException
        throw new IOException(codec + ": " + e.getMessage(), e);
      }
      if (n != size) {
        throw new IOException(
            codec + ": " + n + " byte thay vì / bytes instead of " + size + " sau giải nén");
      }
      return out;
    }

    /**
     * Parquet's LZ4 is Hadoop's block framing around LZ4 blocks, but some old writers put a bare
     * LZ4 block there; the framing is tried first and the bare block second.
     */
    private static int lz4(byte[] in, byte[] out) throws IOException {
      try {
        return HadoopBlocks.inflate(new Lz4Decompressor(), in, out);
      } catch (IOException | RuntimeException framed) {
        return new Lz4Decompressor().decompress(in, 0, in.length, out, 0, out.length);
      }
    }

    private static int gunzip(byte[] in, byte[] out) throws IOException {
      try (GZIPInputStream gz = new GZIPInputStream(new ByteArrayInputStream(in))) {
        return gz.readNBytes(out, 0, out.length);
      }
    }
  }

  /**
   * Hadoop's block framing (BlockCompressorStream), used by parquet's LZ4 and LZO codecs: blocks of
   * a 4-byte big-endian uncompressed length followed by chunks of a 4-byte compressed length and
   * that many compressed bytes, until the block's length is reached.
   */
  static final class HadoopBlocks {
    private HadoopBlocks() {}

    static int inflate(Decompressor d, byte[] in, byte[] out) throws IOException {
      int inPos = 0;
      int outPos = 0;
      while (outPos < out.length) {
        int raw = intAt(in, inPos);
        inPos += 4;
        if (raw < 0 || raw > out.length - outPos) {
          throw new IOException("bad block length " + raw);
        }
        int blockEnd = outPos + raw;
        while (outPos < blockEnd) {
          int compressed = intAt(in, inPos);
          inPos += 4;
          if (compressed <= 0 || compressed > in.length - inPos) {
            throw new IOException("bad chunk length " + compressed);
          }
          int n = d.decompress(in, inPos, compressed, out, outPos, blockEnd - outPos);
          if (n <= 0) {
            throw new IOException("empty chunk");
          }
          inPos += compressed;
          outPos += n;
        }
      }
      return outPos;
    }

    private static int intAt(byte[] b, int i) throws IOException {
      if (i < 0 || i > b.length - 4) {
        throw new IOException("truncated block");
      }
      return ((b[i] & 0xff) << 24)
          | ((b[i + 1] & 0xff) << 16)
          | ((b[i + 2] & 0xff) << 8)
          | (b[i + 3] & 0xff);
    }
  }
}
