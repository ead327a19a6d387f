package org.pdpguard.sources.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * What differs between the databases this module knows: how the connection is made read-only, which
 * schemas belong to the system, how identifiers are quoted, how a long text value is cut on the
 * server and how a sample is limited. Any other driver goes through {@link #GENERIC}, which only
 * uses what JDBC itself offers.
 */
enum Dialect {
  POSTGRESQL(
      "\"", Set.of("pg_catalog", "information_schema", "pg_toast"), "left(CAST(%s AS text), %d)"),
  MARIADB("`", Set.of("mysql", "information_schema", "performance_schema", "sys"), "LEFT(%s, %d)"),
  SQLITE("\"", Set.of(), "substr(%s, 1, %d)"),
  H2("\"", Set.of("information_schema"), "LEFT(%s, %d)"),
  GENERIC(
      null,
      Set.of(
          "information_schema",
          "sys",
          "system",
          "sysibm",
          "syscat",
          "sysstat",
          "systools",
          "mysql",
          "performance_schema",
          "pg_catalog",
          "ctxsys",
          "mdsys",
          "xdb",
          "outln"),
      null);

  private final String quote;
  private final Set<String> systemSchemas;
  private final String cutText;

  Dialect(String quote, Set<String> systemSchemas, String cutText) {
    this.quote = quote;
    this.systemSchemas = systemSchemas;
    this.cutText = cutText;
  }

  static Dialect of(String subprotocol) {
    return switch (subprotocol) {
      case "postgresql" -> POSTGRESQL;
      case "mariadb", "mysql" -> MARIADB;
      case "sqlite" -> SQLITE;
      case "h2" -> H2;
      default -> GENERIC;
    };
  }

  /** Whether this module knows the database (and so may rewrite its URL). */
  boolean known() {
    return this != GENERIC;
  }

  /** URL parameters removed before connecting because they would undo read-only access. */
  boolean drops(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    return switch (this) {
      case SQLITE -> k.equals("open_mode") || k.equals("mode");
      case H2 -> k.equals("access_mode_data");
      case POSTGRESQL -> k.equals("readonly") || k.equals("readonlymode");
      default -> false;
    };
  }

  /** The URL to connect with, from the typed one less its credentials. */
  String connectUrl(String url) {
    return switch (this) {
      // The MariaDB client takes jdbc:mysql: only with permitMysqlScheme; its own scheme works.
      case MARIADB ->
          url.regionMatches(true, 0, "jdbc:mysql:", 0, 11)
              ? "jdbc:mariadb:" + url.substring(11)
              : url;
      // A file database: opened read-only, and never created when missing.
      case H2 -> isH2File(url) ? url + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE" : url;
      default -> url;
    };
  }

  private static boolean isH2File(String url) {
    String rest = url.substring("jdbc:h2:".length()).toLowerCase(Locale.ROOT);
    return !rest.startsWith("mem:") && !rest.startsWith("tcp:") && !rest.startsWith("ssl:");
  }

  /** Connection properties beyond user and password; the URL's own settings win. */
  void properties(Properties p) {
    switch (this) {
      case POSTGRESQL -> {
        p.setProperty("ApplicationName", "pdpguard");
        p.setProperty("connectTimeout", "10");
        p.setProperty("readOnly", "true");
        p.setProperty("readOnlyMode", "always");
      }
      case MARIADB -> p.setProperty("connectTimeout", "10000");
      // SQLITE_OPEN_READONLY: the file is opened read-only, and a missing file is not created.
      case SQLITE -> p.setProperty("open_mode", "1");
      default -> {}
    }
  }

  /**
   * Makes the session read-only beyond {@link Connection#setReadOnly}, which for some drivers is
   * only a hint. The caller commits, so that the setting outlives the transaction.
   */
  void readOnlySession(Connection c) throws SQLException {
    String sql =
        switch (this) {
          case POSTGRESQL -> "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY";
          case MARIADB -> "SET SESSION TRANSACTION READ ONLY";
          default -> null;
        };
    if (sql != null) {
      try (Statement s = c.createStatement()) {
        s.execute(sql);
      }
    }
  }

  /** Whether {@code schema} holds the database's own tables. */
  boolean isSystem(String schema, String table) {
    if (this == SQLITE && table.toLowerCase(Locale.ROOT).startsWith("sqlite_")) {
      return true;
    }
    if (schema == null) {
      return false;
    }
    String s = schema.toLowerCase(Locale.ROOT);
    return systemSchemas.contains(s)
        || (this == POSTGRESQL && (s.startsWith("pg_toast") || s.startsWith("pg_temp")));
  }

  /** The quote for identifiers, or null to ask the driver. */
  String quote() {
    return quote;
  }

  /** A select expression cutting text column {@code expr} to {@code chars}, or null. */
  String cutText(String expr, int chars) {
    return cutText == null ? null : String.format(Locale.ROOT, cutText, expr, chars);
  }

  /** The clause limiting a query to {@code rows}, or null when only setMaxRows does. */
  String limit(long rows) {
    return switch (this) {
      case POSTGRESQL, MARIADB, SQLITE -> " LIMIT " + rows;
      case H2 -> " FETCH FIRST " + rows + " ROWS ONLY";
      case GENERIC -> null;
    };
  }
}
