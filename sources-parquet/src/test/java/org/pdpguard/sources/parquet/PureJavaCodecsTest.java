package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.snappy.SnappyCompressor;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory.BytesInputDecompressor;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;

class PureJavaCodecsTest {
  private static final byte[] TEXT =
      "Số CCCD 079203001234, SĐT 0912345678, an.nguyen@example.vn\n"
          .repeat(20)
          .getBytes(StandardCharsets.UTF_8);

  private static BytesInputDecompressor decompressor(CompressionCodecName codec) {
    return new PureJavaCodecs().getDecompressor(codec);
  }

  @Test
  void refusesAPageThatClaimsMoreThanTheLimitBeforeAllocatingIt() {
    assertThatThrownBy(
            () ->
                decompressor(CompressionCodecName.ZSTD)
                    .decompress(BytesInput.from(new byte[16]), PureJavaCodecs.MAX_PAGE_BYTES + 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("data page too large");
  }

  @Test
  void turnsGarbageAndWrongSizesIntoIoExceptions() {
    byte[] garbage = new byte[64];
    Arrays.fill(garbage, (byte) 0x7f);
    for (CompressionCodecName c :
        new CompressionCodecName[] {
          CompressionCodecName.SNAPPY,
          CompressionCodecName.ZSTD,
          CompressionCodecName.GZIP,
          CompressionCodecName.LZ4,
          CompressionCodecName.LZ4_RAW,
          CompressionCodecName.LZO
        }) {
      assertThatThrownBy(() -> decompressor(c).decompress(BytesInput.from(garbage), 1000))
          .as(c.name())
          .isInstanceOf(IOException.class);
    }
    byte[] snappy = compress(new SnappyCompressor(), TEXT);
    assertThatThrownBy(
            () ->
                decompressor(CompressionCodecName.SNAPPY)
                    .decompress(BytesInput.from(snappy), TEXT.length + 10))
        .isInstanceOf(IOException.class);
  }

  @Test
  void readsHadoopFramedBlocksSplitIntoSeveralChunks() throws IOException {
    int half = TEXT.length / 2;
    byte[] first = compress(new Lz4Compressor(), Arrays.copyOfRange(TEXT, 0, half));
    byte[] second = compress(new Lz4Compressor(), Arrays.copyOfRange(TEXT, half, TEXT.length));
    byte[] framed =
        ByteBuffer.allocate(4 + 4 + first.length + 4 + second.length)
            .putInt(TEXT.length)
            .putInt(first.length)
            .put(first)
            .putInt(second.length)
            .put(second)
            .array();
    byte[] out = new byte[TEXT.length];

    int n = PureJavaCodecs.HadoopBlocks.inflate(new Lz4Decompressor(), framed, out);

    assertThat(n).isEqualTo(TEXT.length);
    assertThat(out).isEqualTo(TEXT);
  }

  @Test
  void readsTheByteBufferFormOfDecompression() throws IOException {
    byte[] snappy = compress(new SnappyCompressor(), TEXT);
    ByteBuffer in = ByteBuffer.wrap(snappy);
    ByteBuffer out = ByteBuffer.allocate(TEXT.length);

    decompressor(CompressionCodecName.SNAPPY).decompress(in, snappy.length, out, TEXT.length);

    assertThat(in.remaining()).isZero();
    assertThat(out.array()).isEqualTo(TEXT);
  }

  @Test
  void doesNotOfferBrotli() {
    assertThat(PureJavaCodecs.supports(CompressionCodecName.BROTLI)).isFalse();
    assertThatThrownBy(() -> decompressor(CompressionCodecName.BROTLI))
        .hasMessage(
            "chưa hỗ trợ kiểu nén BROTLI của Parquet / Parquet compression BROTLI not supported");
  }

  private static byte[] compress(io.airlift.compress.Compressor c, byte[] in) {
    byte[] out = new byte[c.maxCompressedLength(in.length)];
    return Arrays.copyOf(out, c.compress(in, 0, in.length, out, 0, out.length));
  }
}
