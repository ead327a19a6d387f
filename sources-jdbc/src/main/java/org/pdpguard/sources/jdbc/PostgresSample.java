package org.pdpguard.sources.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/**
 * How PostgreSQL samples a large table. A table estimated (by {@code pg_class.reltuples} and {@code
 * relpages}, kept by ANALYZE and autovacuum) to hold more than ten times the sample is read through
 * {@code TABLESAMPLE SYSTEM} with about three times the sample's share of pages, and at least 16
 * pages, so that a table of a billion rows costs a few hundred pages and the rows come from all
 * over it rather than from its oldest pages; the LIMIT of the query then takes the sample. The seed
 * is fixed, so two scans of unchanged data read the same rows. A small table, or one never
 * analysed, is read with LIMIT alone, which reads little anyway.
 */
final class PostgresSample {
  private static final double SAMPLE_MIN_RATIO = 10;
  private static final double OVERSAMPLE = 3;
  private static final double MIN_PAGES = 16;

  private PostgresSample() {}

  /** The clause to put after the table's name: TABLESAMPLE, or nothing. */
  static String clause(Connection connection, Table t, long sampleRows) throws SQLException {
    double estimate = -1;
    double pages = 0;
    try (PreparedStatement ps =
        connection.prepareStatement(
            "SELECT c.reltuples, c.relpages FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname = ? AND c.relname = ?")) {
      ps.setString(1, t.schema());
      ps.setString(2, t.name());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          estimate = rs.getDouble(1);
          pages = rs.getDouble(2);
        }
      }
    }
    if (estimate < sampleRows * SAMPLE_MIN_RATIO || pages < MIN_PAGES * SAMPLE_MIN_RATIO) {
      return ""; // small, or never analysed (-1): LIMIT alone reads little
    }
    // Pages are drawn one by one: expect enough of them that the draw is rarely short.
    double percent =
        Math.min(100, Math.max(100 * sampleRows * OVERSAMPLE / estimate, 100 * MIN_PAGES / pages));
    return String.format(Locale.ROOT, " TABLESAMPLE SYSTEM (%.6f) REPEATABLE (0)", percent);
  }
}
