package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Locale;

/**
 * How a column's values are read. Text and numbers are read (a phone number or a CCCD is often kept
 * in a number column), and dates (a date of birth); binary data, booleans, times of day and driver
 * objects are not: they hold nothing the detector reads.
 */
enum ColumnKind {
  /** Character data: cut to {@link #MAX_CHARS} on the server where the dialect can. */
  TEXT,
  /** Large character data read through a stream, at most {@link #MAX_CHARS}. */
  CLOB,
  /** Numbers, written out in full ({@code 84912345678}, never {@code 8.4912345678E10}). */
  NUMBER,
  /** Dates and timestamps, as the driver writes them. */
  DATE,
  /** Not read. */
  SKIP;

  /** The most chars of one value read: enough for any identifier, address or note. */
  static final int MAX_CHARS = 64 * 1024;

  static ColumnKind of(int sqlType, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    if (name.contains("blob")
        || name.contains("bytea")
        || name.contains("binary")
        || name.contains("geometry")
        || name.contains("geography")
        || name.equals("image")) {
      return SKIP;
    }
    return switch (sqlType) {
      case Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.OTHER,
          Types.SQLXML,
          Types.ARRAY,
          Types.NULL ->
          TEXT;
      case Types.CLOB, Types.NCLOB -> CLOB;
      case Types.TINYINT,
          Types.SMALLINT,
          Types.INTEGER,
          Types.BIGINT,
          Types.NUMERIC,
          Types.DECIMAL,
          Types.REAL,
          Types.FLOAT,
          Types.DOUBLE ->
          NUMBER;
      case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> DATE;
      default -> SKIP;
    };
  }

  /** The value of column {@code i} of the current row as text, "" for SQL NULL. */
  String read(ResultSet rs, int i) throws SQLException {
    String s;
    if (this == CLOB) {
      s = readClob(rs, i);
    } else {
      s = rs.getString(i);
    }
    if (s == null) {
      return "";
    }
    if (this == NUMBER && (s.indexOf('E') >= 0 || s.indexOf('e') >= 0 || s.endsWith(".0"))) {
      s = plain(s);
    }
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
  }

  private static String plain(String number) {
    try {
      BigDecimal d = new BigDecimal(number);
      return d.scale() > 0 ? d.stripTrailingZeros().toPlainString() : d.toPlainString();
    } catch (NumberFormatException e) {
      return number; // NaN, Infinity
    }
  }

  private static String readClob(ResultSet rs, int i) throws SQLException {
    try (Reader r = rs.getCharacterStream(i)) {
      if (r == null) {
        return null;
      }
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8192];
      int got;
      while (b.length() < MAX_CHARS
          && (got = r.read(buf, 0, Math.min(buf.length, MAX_CHARS - b.length()))) > 0) {
        b.append(buf, 0, got);
      }
      return b.toString();
    } catch (IOException e) {
      throw new SQLException("cannot read a text value: " + e.getMessage(), e);
    }
  }
}
