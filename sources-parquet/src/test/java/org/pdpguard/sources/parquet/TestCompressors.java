package org.pdpguard.sources.parquet;

import io.airlift.compress.Compressor;
import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lzo.LzoCompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * Page compression for the test fixtures, in the formats parquet writers use (raw Snappy, Zstandard
 * and LZ4 blocks, gzip streams, Hadoop-framed LZ4 and LZO), without Hadoop.
 */
final class TestCompressors implements CompressionCodecFactory {
  @Override
  public BytesInputCompressor getCompressor(CompressionCodecName codec) {
    return new BytesInputCompressor() {
      @Override
      public BytesInput compress(BytesInput bytes) throws IOException {
        byte[] in = bytes.toInputStream().readAllBytes();
        return BytesInput.from(
            switch (codec) {
              case UNCOMPRESSED -> in;
              case SNAPPY -> block(new SnappyCompressor(), in);
              case ZSTD -> block(new ZstdCompressor(), in);
              case LZ4_RAW -> block(new Lz4Compressor(), in);
              case LZ4 -> hadoopFramed(block(new Lz4Compressor(), in), in.length);
              case LZO -> hadoopFramed(block(new LzoCompressor(), in), in.length);
              case GZIP -> gzip(in);
              default -> throw new IllegalArgumentException(codec.name());
            });
      }

      @Override
      public CompressionCodecName getCodecName() {
        return codec;
      }

      @Override
      public void release() {}
    };
  }

  @Override
  public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
    return new PureJavaCodecs().getDecompressor(codec);
  }

  @Override
  public void release() {}

  private static byte[] block(Compressor c, byte[] in) {
    byte[] out = new byte[c.maxCompressedLength(in.length)];
    int n = c.compress(in, 0, in.length, out, 0, out.length);
    return Arrays.copyOf(out, n);
  }

  private static byte[] hadoopFramed(byte[] compressed, int rawLength) {
    return ByteBuffer.allocate(8 + compressed.length)
        .putInt(rawLength)
        .putInt(compressed.length)
        .put(compressed)
        .array();
  }

  private static byte[] gzip(byte[] in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(in);
    }
    return out.toByteArray();
  }
}
