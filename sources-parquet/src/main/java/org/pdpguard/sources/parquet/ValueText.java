package org.pdpguard.sources.parquet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DateLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.EnumLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.JsonLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.StringLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.UUIDLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;

/**
 * The text of one Parquet value, as the scan sees it: strings as they are, whole numbers in
 * decimal, decimals as plain decimal text ({@code 1234.50}), dates, times and timestamps in ISO
 * 8601 ({@code 1990-05-17}, {@code 2024-03-01T08:30:00Z} when the timestamp is UTC-adjusted, no
 * zone when it is local), UUIDs in their usual form, booleans as {@code true}/{@code false}.
 *
 * <p>A {@code null} result means the value is not scanned: binary data that is not UTF-8 text
 * (images, hashes, BSON, intervals, geometry). Binary columns with no string annotation are still
 * read when the value is valid UTF-8 without control characters, because Hive, Impala and older
 * Spark wrote strings that way.
 */
final class ValueText {
  /** Decimals longer than this (in bytes) are not real decimals; not rendered. */
  private static final int MAX_DECIMAL_BYTES = 64;

  private static final long JULIAN_EPOCH_DAY = 2_440_588L;

  private ValueText() {}

  static boolean isText(PrimitiveType t) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    return a instanceof StringLogicalTypeAnnotation
        || a instanceof EnumLogicalTypeAnnotation
        || a instanceof JsonLogicalTypeAnnotation;
  }

  /** Whether values of {@code t} can have a text at all (false: skip the column when reading). */
  static boolean readable(PrimitiveType t) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    PrimitiveTypeName p = t.getPrimitiveTypeName();
    boolean bytes = p == PrimitiveTypeName.BINARY || p == PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY;
    return !bytes
        || a == null
        || isText(t)
        || a instanceof DecimalLogicalTypeAnnotation
        || a instanceof UUIDLogicalTypeAnnotation;
  }

  static String ofInt(PrimitiveType t, int v) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    try {
      if (a instanceof DateLogicalTypeAnnotation) {
        return LocalDate.ofEpochDay(v).toString();
      }
      if (a instanceof DecimalLogicalTypeAnnotation d) {
        return decimal(BigDecimal.valueOf(v, d.getScale()));
      }
      if (a instanceof TimeLogicalTypeAnnotation) {
        return time(v * 1_000_000L);
      }
    } catch (DateTimeException e) {
      return Integer.toString(v);
    }
    if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
      return Integer.toUnsignedString(v);
    }
    return Integer.toString(v);
  }

  static String ofLong(PrimitiveType t, long v) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    try {
      if (a instanceof TimestampLogicalTypeAnnotation ts) {
        return timestamp(v, ts.getUnit(), ts.isAdjustedToUTC());
      }
      if (a instanceof DecimalLogicalTypeAnnotation d) {
        return decimal(BigDecimal.valueOf(v, d.getScale()));
      }
      if (a instanceof TimeLogicalTypeAnnotation tm) {
        return time(tm.getUnit() == TimeUnit.MICROS ? v * 1000 : v);
      }
    } catch (DateTimeException | ArithmeticException e) {
      return Long.toString(v);
    }
    if (a instanceof IntLogicalTypeAnnotation i && !i.isSigned()) {
      return Long.toUnsignedString(v);
    }
    return Long.toString(v);
  }

  static String ofBinary(PrimitiveType t, Binary v) {
    LogicalTypeAnnotation a = t.getLogicalTypeAnnotation();
    if (t.getPrimitiveTypeName() == PrimitiveTypeName.INT96) {
      return int96(v);
    }
    if (isText(t)) {
      return v.toStringUsingUTF8();
    }
    if (a instanceof DecimalLogicalTypeAnnotation d) {
      byte[] b = v.getBytesUnsafe();
      if (b.length == 0 || b.length > MAX_DECIMAL_BYTES) {
        return null;
      }
      return decimal(new BigDecimal(new BigInteger(b), d.getScale()));
    }
    if (a instanceof UUIDLogicalTypeAnnotation && v.length() == 16) {
      ByteBuffer b = v.toByteBuffer();
      return new UUID(b.getLong(b.position()), b.getLong(b.position() + 8)).toString();
    }
    return a == null ? utf8Text(v) : null;
  }

  /** Plain notation unless the scale is absurd (a hostile schema could ask for 2^31 zeros). */
  private static String decimal(BigDecimal d) {
    return d.scale() >= 0 && d.scale() <= 128 ? d.toPlainString() : d.toString();
  }

  private static String time(long nanosOfDay) {
    return DateTimeFormatter.ISO_LOCAL_TIME.format(LocalTime.ofNanoOfDay(nanosOfDay));
  }

  private static String timestamp(long v, TimeUnit unit, boolean utc) {
    long perSecond =
        switch (unit) {
          case MILLIS -> 1_000L;
          case MICROS -> 1_000_000L;
          case NANOS -> 1_000_000_000L;
        };
    long seconds = Math.floorDiv(v, perSecond);
    long nanos = Math.floorMod(v, perSecond) * (1_000_000_000L / perSecond);
    Instant at = Instant.ofEpochSecond(seconds, nanos);
    return utc
        ? at.toString()
        : DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
  }

  /**
   * Impala's and Spark's legacy timestamp: nanos of the day, then the Julian day, little-endian.
   */
  private static String int96(Binary v) {
    if (v.length() != 12) {
      return null;
    }
    ByteBuffer b = v.toByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
    long nanosOfDay = b.getLong(b.position());
    long julianDay = b.getInt(b.position() + 8);
    try {
      Instant day =
          LocalDate.ofEpochDay(julianDay - JULIAN_EPOCH_DAY)
              .atStartOfDay(ZoneOffset.UTC)
              .toInstant();
      return day.plusNanos(nanosOfDay).toString();
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** The value as text if it is strict UTF-8 without control characters other than whitespace. */
  private static String utf8Text(Binary v) {
    CharBuffer chars;
    try {
      chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(v.toByteBuffer());
    } catch (CharacterCodingException e) {
      return null;
    }
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.get(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
        return null;
      }
    }
    return chars.toString();
  }
}
