package org.pdpguard.sources.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.sources.Content;
import org.pdpguard.sources.testing.RecordingUnits;

/** How Parquet values and column paths become record fields. */
class ParquetValuesTest {
  @TempDir Path dir;

  static RecordingUnits read(Path file) throws IOException {
    RecordingUnits units = RecordingUnits.recordsOnly();
    String name = file.getFileName().toString();
    try (InputStream in = Files.newInputStream(file)) {
      new ParquetReader().read(Content.top(name, Files.size(file), file), in, units);
    }
    return units;
  }

  private static final MessageType TYPES =
      MessageTypeParser.parseMessageType(
          """
          message types {
            optional binary s (STRING);
            optional binary e (ENUM);
            optional binary j (JSON);
            optional binary raw_text;
            optional binary raw_bytes;
            optional binary doc (BSON);
            optional int32 i;
            optional int32 u8 (INTEGER(8,false));
            optional int32 u32 (INTEGER(32,false));
            optional int64 u64 (INTEGER(64,false));
            optional int32 d (DATE);
            optional int32 dec32 (DECIMAL(9,2));
            optional int64 dec64 (DECIMAL(18,4));
            optional fixed_len_byte_array(16) decfixed (DECIMAL(38,3));
            optional binary decbin (DECIMAL(20,2));
            optional int64 ts_utc (TIMESTAMP(MICROS,true));
            optional int64 ts_local (TIMESTAMP(MILLIS,false));
            optional int64 ts_nanos (TIMESTAMP(NANOS,true));
            optional int32 t_ms (TIME(MILLIS,true));
            optional int64 t_us (TIME(MICROS,false));
            optional int96 legacy_ts;
            optional boolean b;
            optional float f;
            optional double x;
            optional fixed_len_byte_array(16) id (UUID);
            optional binary missing (STRING);
          }
          """);

  @Test
  void rendersEachTypeAsTheTextAPersonWouldRead() throws IOException {
    Instant at = Instant.parse("2024-03-01T08:30:00Z");
    UUID id = UUID.fromString("123e4567-e89b-12d3-a456-426614174000");
    Group g =
        new SimpleGroupFactory(TYPES)
            .newGroup()
            .append("s", "Nguyễn Văn An")
            .append("e", "NU")
            .append("j", "{\"email\":\"an.nguyen@example.vn\"}")
            .append("raw_text", Binary.fromString("Trần Thị Bình"))
            .append("raw_bytes", Binary.fromConstantByteArray(new byte[] {0, (byte) 0xff, 16}))
            .append("doc", Binary.fromConstantByteArray(new byte[] {5, 0, 0, 0, 0}))
            .append("i", -5)
            .append("u8", 200)
            .append("u32", -1)
            .append("u64", -1L)
            .append("d", (int) LocalDate.of(1990, 5, 17).toEpochDay())
            .append("dec32", 12345)
            .append("dec64", -1234567L)
            .append("decfixed", Binary.fromConstantByteArray(padded(123456789, 16)))
            .append("decbin", Binary.fromConstantByteArray(BigInteger.valueOf(-100).toByteArray()))
            .append("ts_utc", at.getEpochSecond() * 1_000_000 + 123_456)
            .append("ts_local", at.toEpochMilli())
            .append("ts_nanos", -500_000_000L)
            .append("t_ms", (8 * 3600 + 30 * 60) * 1000)
            .append("t_us", 1L)
            .append("legacy_ts", int96(at))
            .append("b", true)
            .append("f", 1.5f)
            .append("x", 2.25)
            .append("id", Binary.fromConstantByteArray(uuid(id)));
    Path file = dir.resolve("types.parquet");
    Fixtures.write(file, TYPES, CompressionCodecName.SNAPPY, 0, w -> w.accept(g));

    RecordingUnits.Row row = read(file).rows.get(0);

    assertThat(row.values("s")).containsExactly("Nguyễn Văn An");
    assertThat(row.values("e")).containsExactly("NU");
    assertThat(row.values("j")).containsExactly("{\"email\":\"an.nguyen@example.vn\"}");
    assertThat(row.values("raw_text")).containsExactly("Trần Thị Bình");
    assertThat(row.values("i")).containsExactly("-5");
    assertThat(row.values("u8")).containsExactly("200");
    assertThat(row.values("u32")).containsExactly("4294967295");
    assertThat(row.values("u64")).containsExactly("18446744073709551615");
    assertThat(row.values("d")).containsExactly("1990-05-17");
    assertThat(row.values("dec32")).containsExactly("123.45");
    assertThat(row.values("dec64")).containsExactly("-123.4567");
    assertThat(row.values("decfixed")).containsExactly("123456.789");
    assertThat(row.values("decbin")).containsExactly("-1.00");
    assertThat(row.values("ts_utc")).containsExactly("2024-03-01T08:30:00.123456Z");
    assertThat(row.values("ts_local")).containsExactly("2024-03-01T08:30:00");
    assertThat(row.values("ts_nanos")).containsExactly("1969-12-31T23:59:59.500Z");
    assertThat(row.values("t_ms")).containsExactly("08:30:00");
    assertThat(row.values("t_us")).containsExactly("00:00:00.000001");
    assertThat(row.values("legacy_ts")).containsExactly("2024-03-01T08:30:00Z");
    assertThat(row.values("b")).containsExactly("true");
    assertThat(row.values("f")).containsExactly("1.5");
    assertThat(row.values("x")).containsExactly("2.25");
    assertThat(row.values("id")).containsExactly(id.toString());
    // binary that is not UTF-8 text, BSON and nulls give no field
    assertThat(row.names()).doesNotContain("raw_bytes", "doc", "missing");
    assertThat(row.fields()).allMatch(f -> f.offset() == -1 && f.where().isEmpty());
  }

  @Test
  void namesNestedListAndMapValuesByTheirPathWithoutWrapperLevels() throws IOException {
    MessageType schema =
        MessageTypeParser.parseMessageType(
            """
            message nested {
              optional group tags (LIST) {
                repeated group list { optional binary element (STRING); }
              }
              optional group attrs (MAP) {
                repeated group key_value {
                  required binary key (STRING);
                  optional binary value (STRING);
                }
              }
              optional group old_list (LIST) { repeated binary array (STRING); }
              optional group contacts (LIST) {
                repeated group list {
                  optional group element {
                    optional binary email (STRING);
                    optional binary phone (STRING);
                  }
                }
              }
              repeated binary aliases (STRING);
            }
            """);
    Group g = new SimpleGroupFactory(schema).newGroup();
    Group tags = g.addGroup("tags");
    tags.addGroup("list").append("element", "vip");
    tags.addGroup("list").append("element", "hà nội");
    g.addGroup("attrs").addGroup("key_value").append("key", "cccd").append("value", "079203001234");
    Group old = g.addGroup("old_list");
    old.append("array", "a").append("array", "b");
    Group contacts = g.addGroup("contacts");
    contacts.addGroup("list").addGroup("element").append("email", "an.nguyen@example.vn");
    contacts.addGroup("list").addGroup("element").append("phone", "0912345678");
    g.append("aliases", "An").append("aliases", "Anh An");
    Path file = dir.resolve("nested.parquet");
    Fixtures.write(file, schema, CompressionCodecName.GZIP, 0, w -> w.accept(g));

    RecordingUnits.Row row = read(file).rows.get(0);

    assertThat(row.names())
        .containsExactly(
            "tags",
            "tags",
            "attrs.key",
            "attrs.value",
            "old_list",
            "old_list",
            "contacts.email",
            "contacts.phone",
            "aliases",
            "aliases");
    assertThat(row.values("tags")).containsExactly("vip", "hà nội");
    assertThat(row.values("attrs.value")).containsExactly("079203001234");
    assertThat(row.values("contacts.phone")).containsExactly("0912345678");
    assertThat(row.values("aliases")).containsExactly("An", "Anh An");
  }

  private static byte[] padded(long unscaled, int length) {
    byte[] v = BigInteger.valueOf(unscaled).toByteArray();
    byte[] out = new byte[length];
    System.arraycopy(v, 0, out, length - v.length, v.length);
    return out;
  }

  private static byte[] uuid(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  /** Impala's timestamp: nanos of the day and the Julian day, little-endian. */
  private static Binary int96(Instant at) {
    long epochDay = Math.floorDiv(at.getEpochSecond(), 86_400);
    long nanos = Math.floorMod(at.getEpochSecond(), 86_400) * 1_000_000_000L;
    return Binary.fromConstantByteArray(
        ByteBuffer.allocate(12)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putLong(nanos)
            .putInt((int) (epochDay + 2_440_588))
            .array());
  }
}
