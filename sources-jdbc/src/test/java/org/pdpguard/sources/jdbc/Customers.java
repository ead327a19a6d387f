package org.pdpguard.sources.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** Synthetic Vietnamese customers for tests: nobody real. */
final class Customers {
  private static final String[] NAMES = {
    "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Cường", "Phạm Minh Đức", "Hoàng Thị Lan",
  };
  private static final String[] STREETS = {
    "Lý Thường Kiệt", "Trần Hưng Đạo", "Nguyễn Huệ", "Lê Lợi", "Hai Bà Trưng",
  };

  private Customers() {}

  /** A CCCD that passes the structure check: Hồ Chí Minh (079), born 1960..1999. */
  static String cccd(int i) {
    return String.format(Locale.ROOT, "079%d%02d%06d", i % 2, 60 + i % 40, 100_000 + i);
  }

  static String phone(int i) {
    return String.format(Locale.ROOT, "0912%06d", 100_000 + i);
  }

  static String email(int i) {
    return "khach" + i + "@example.vn";
  }

  static String name(int i) {
    return NAMES[i % NAMES.length];
  }

  static String address(int i) {
    return (i % 90 + 1) + " " + STREETS[i % STREETS.length] + ", Quận 1, Thành phố Hồ Chí Minh";
  }

  /**
   * Creates {@code table} (a quoted name, schema-qualified if needed) with an integer key and
   * {@code rows} customers; {@code blob} is the database's binary type.
   */
  static void create(Connection c, String table, int rows, String blob) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE "
              + table
              + " (id INTEGER PRIMARY KEY, ho_ten VARCHAR(100), so_cccd VARCHAR(12),"
              + " so_dien_thoai VARCHAR(15), email VARCHAR(100), dia_chi VARCHAR(200),"
              + " so_tien NUMERIC(12, 2), anh "
              + blob
              + ")");
    }
    insert(c, table, 1, rows);
  }

  static void insert(Connection c, String table, int from, int to) throws SQLException {
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (PreparedStatement p =
        c.prepareStatement("INSERT INTO " + table + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = from; i <= to; i++) {
        p.setInt(1, i);
        p.setString(2, name(i));
        p.setString(3, cccd(i));
        p.setString(4, phone(i));
        p.setString(5, email(i));
        p.setString(6, address(i));
        p.setBigDecimal(7, new java.math.BigDecimal(i * 1000 + ".50"));
        p.setBytes(8, ("liên hệ " + phone(i)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        p.addBatch();
      }
      p.executeBatch();
    }
    c.commit();
    c.setAutoCommit(auto);
  }
}
