package org.pdpguard.sources.parquet;

import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/** Parquet files written for the tests with parquet's own writer, synthetic data only. */
final class Fixtures {
  static final MessageType PEOPLE =
      MessageTypeParser.parseMessageType(
          """
          message people {
            required binary ho_ten (STRING);
            required binary so_cccd (STRING);
            optional binary so_dien_thoai (STRING);
            optional binary email (STRING);
          }
          """);

  private static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em",
    "Vũ Thị Giang", "Đặng Văn Hải", "Bùi Thị Hoa", "Đỗ Văn Khánh", "Ngô Thị Lan"
  };
  private static final String[] PROVINCES = {"001", "079", "048", "031", "092"};
  private static final String[] MOBILE = {"090", "091", "098", "097", "093"};
  private static final String[] MAIL = {"an.nguyen", "binh.tran", "cuong.le", "dung.pham"};

  private Fixtures() {}

  /** A synthetic CCCD: a real province code, a 1900s or 2000s birth year, six serial digits. */
  static String cccd(int i) {
    String genderCentury = i % 2 == 0 ? "0" : "2";
    String year = i % 2 == 0 ? String.valueOf(70 + i % 25) : String.format("%02d", i % 6);
    return PROVINCES[i % PROVINCES.length] + genderCentury + year + String.format("%06d", 1234 + i);
  }

  static String phone(int i) {
    return MOBILE[i % MOBILE.length] + String.format("%07d", 4_567_000 + i * 37);
  }

  static String email(int i) {
    return MAIL[i % MAIL.length] + i + "@example.vn";
  }

  /** {@code rows} people with a name, a CCCD, a mobile number and an e-mail each. */
  static void people(Path file, int rows, CompressionCodecName codec) throws IOException {
    write(
        file,
        PEOPLE,
        codec,
        0,
        w -> {
          SimpleGroupFactory f = new SimpleGroupFactory(PEOPLE);
          for (int i = 0; i < rows; i++) {
            w.accept(
                f.newGroup()
                    .append("ho_ten", NAMES[i % NAMES.length])
                    .append("so_cccd", cccd(i))
                    .append("so_dien_thoai", phone(i))
                    .append("email", email(i)));
          }
        });
  }

  /**
   * Writes the groups that {@code rows} hands to its consumer.
   *
   * @param rowsPerGroup rows in each row group, 0 for parquet's default (128 MiB groups)
   */
  static void write(
      Path file,
      MessageType schema,
      CompressionCodecName codec,
      int rowsPerGroup,
      Consumer<Consumer<Group>> rows)
      throws IOException {
    ExampleParquetWriter.Builder b =
        hadoopFree(file)
            .withType(schema)
            .withCodecFactory(new TestCompressors())
            .withCompressionCodec(codec)
            .withWriteMode(ParquetFileWriter.Mode.OVERWRITE);
    if (rowsPerGroup > 0) {
      b = b.withRowGroupRowCountLimit(rowsPerGroup);
    }
    try (ParquetWriter<Group> w = b.build()) {
      rows.accept(
          g -> {
            try {
              w.write(g);
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          });
    }
  }

  /**
   * A writer builder for a local file with a plain (non-Hadoop) configuration. {@code builder} and
   * {@code withConf} are overloaded with Hadoop types, which javac cannot resolve without Hadoop on
   * the class path, so the two calls are made reflectively: the tests build and run with no Hadoop
   * jar at all, as the reader does.
   */
  private static ExampleParquetWriter.Builder hadoopFree(Path file) throws IOException {
    // Method handles resolve one signature; Class.getMethod would load every overload's types.
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      MethodHandle builder =
          lookup.findStatic(
              ExampleParquetWriter.class,
              "builder",
              MethodType.methodType(ExampleParquetWriter.Builder.class, OutputFile.class));
      MethodHandle withConf =
          lookup.findVirtual(
              ParquetWriter.Builder.class,
              "withConf",
              MethodType.methodType(ParquetWriter.Builder.class, ParquetConfiguration.class));
      Object b = builder.invoke(new LocalOutputFile(file));
      return (ExampleParquetWriter.Builder) withConf.invoke(b, new PlainParquetConfiguration());
    } catch (Throwable e) {
      throw new IOException(e);
    }
  }

  static List<String> names() {
    return List.of(NAMES);
  }
}
