package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.util.Map;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.bytes.ByteBufferAllocator;
import org.apache.parquet.bytes.HeapByteBufferAllocator;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.crypto.FileDecryptionProperties;
import org.apache.parquet.filter2.compat.FilterCompat;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.ParquetMetricsCallback;

/**
 * Parquet read options built without Hadoop. {@code ParquetReadOptions.builder(...)} always asks
 * {@code ParquetInputFormat} for a record filter, and that class extends Hadoop MapReduce's {@code
 * FileInputFormat}: merely calling the builder needs hadoop-common, hadoop-mapreduce-client-core
 * and their dependencies on the class path. The options' constructor needs none of it but is
 * package-private, so it is called reflectively here (the parquet version is pinned, and the tests,
 * which run without Hadoop, fail if its signature changes).
 *
 * <p>The options: no filtering of any kind, page checksums verified when present (a corrupt page
 * then fails cleanly instead of decoding garbage), heap buffers of 8 MiB at most per allocation,
 * and {@link PureJavaCodecs} for decompression. Immutable and shared.
 */
final class ReadOptions {
  private static final int MAX_ALLOCATION = 8 << 20;

  /** The options, or the reason they could not be made: set once, on first use. */
  private static final Object OPTIONS = create();

  private ReadOptions() {}

  /** The shared options; an IOException if this parquet version's constructor differs. */
  static ParquetReadOptions get() throws IOException {
    if (OPTIONS instanceof ParquetReadOptions options) {
      return options;
    }
    throw new IOException(
        "không khởi tạo được bộ đọc Parquet / cannot set up the Parquet reader: " + OPTIONS);
  }

  private static Object create() {
    try {
      Constructor<ParquetReadOptions> c =
          ParquetReadOptions.class.getDeclaredConstructor(
              boolean.class, // useSignedStringMinMax
              boolean.class, // useStatsFilter
              boolean.class, // useDictionaryFilter
              boolean.class, // useRecordFilter
              boolean.class, // useColumnIndexFilter
              boolean.class, // usePageChecksumVerification
              boolean.class, // useBloomFilter
              boolean.class, // useOffHeapDecryptBuffer
              boolean.class, // useHadoopVectoredIo
              FilterCompat.Filter.class,
              ParquetMetadataConverter.MetadataFilter.class,
              CompressionCodecFactory.class,
              ByteBufferAllocator.class,
              int.class,
              Map.class,
              FileDecryptionProperties.class,
              ParquetMetricsCallback.class,
              ParquetConfiguration.class);
      c.setAccessible(true);
      return c.newInstance(
          false,
          false,
          false,
          false,
          false,
          true,
          false,
          false,
          false,
          FilterCompat.NOOP,
          ParquetMetadataConverter.NO_FILTER,
          new PureJavaCodecs(),
          new HeapByteBufferAllocator(),
          MAX_ALLOCATION,
          Map.of(),
          null,
          null,
          new PlainParquetConfiguration());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return e.toString();
    }
  }
}
