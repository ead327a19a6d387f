package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The read-only connection a scan reads through, opened again when it dies. Every connection is
 * read-only three ways where the database allows: by the driver's properties (SQLite opens the file
 * read-only, PostgreSQL's {@code readOnly}), by {@link Connection#setReadOnly}, and by a read-only
 * session ({@link Dialect#readOnlySession}); auto-commit is off so that PostgreSQL streams rows
 * through a cursor. A connection that cannot be made read-only is not used, except through the
 * generic path, where JDBC calls read-only a hint. Not thread-safe; the owner closes it.
 */
final class Session implements AutoCloseable {
  /** Seconds a check that the connection is alive may take. */
  private static final int VALID_SECONDS = 5;

  private final JdbcTarget target;
  private final Properties properties;
  private final Redactor redactor;
  private Connection connection;

  private Session(JdbcTarget target, Properties properties, Redactor redactor) {
    this.target = target;
    this.properties = properties;
    this.redactor = redactor;
  }

  /** Connects; the failure says why, without credentials. */
  static Session open(JdbcTarget target, String password, Redactor redactor) throws IOException {
    Properties p = new Properties();
    target.dialect().properties(p);
    if (target.user() != null) {
      p.setProperty("user", target.user());
    }
    if (password != null) {
      p.setProperty("password", password);
    }
    Session s = new Session(target, p, redactor);
    s.connection = s.connect();
    return s;
  }

  Connection connection() {
    return connection;
  }

  private Connection connect() throws IOException {
    Connection c;
    try {
      c = DriverManager.getConnection(target.connectUrl(), properties);
    } catch (SQLException e) {
      if ("08001".equals(e.getSQLState()) && e.getMessage().startsWith("No suitable driver")) {
        throw new IOException(
            "không có trình điều khiển JDBC cho địa chỉ này / no JDBC driver for this URL: "
                + target.display());
      }
      throw new IOException(
          "không kết nối được tới cơ sở dữ liệu / cannot connect to the database: "
              + redactor.describe(e));
    }
    try {
      readOnly(c);
      return c;
    } catch (SQLException e) {
      closeQuietly(c);
      throw new IOException(
          "không đặt được chế độ chỉ đọc / cannot make the connection read-only: "
              + redactor.describe(e));
    }
  }

  private void readOnly(Connection c) throws SQLException {
    try {
      c.setReadOnly(true);
    } catch (SQLException e) {
      // SQLite refuses to change the flag of an open connection: it was opened read-only.
      if (target.dialect() != Dialect.SQLITE && target.dialect() != Dialect.GENERIC) {
        throw e;
      }
    }
    // Auto-commit off first: the PostgreSQL driver resets the session's default when it changes.
    c.setAutoCommit(false);
    target.dialect().readOnlySession(c);
    c.commit();
  }

  /**
   * Ends the current transaction and makes sure the connection still works, connecting again when
   * it died.
   *
   * @return whether there is a working connection
   */
  boolean recover() {
    try {
      connection.rollback();
      if (connection.isValid(VALID_SECONDS)) {
        return true;
      }
    } catch (SQLException e) {
      // dead or broken: connect again below
    }
    closeQuietly(connection);
    try {
      connection = connect();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Ends the current read-only transaction, releasing its snapshot and locks. */
  void endTransaction() throws SQLException {
    connection.rollback();
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  private static void closeQuietly(Connection c) {
    if (c == null) {
      return;
    }
    try {
      c.close();
    } catch (SQLException e) {
      // nothing was written; a connection that does not close cleanly is dropped anyway
    }
  }
}
