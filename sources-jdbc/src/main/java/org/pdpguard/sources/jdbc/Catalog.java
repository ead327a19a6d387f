package org.pdpguard.sources.jdbc;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables of a database worth reading, through {@link DatabaseMetaData}: base tables only, not
 * views (a view shows rows of tables that are read anyway, and may be a costly query), without the
 * database's own schemas, filtered by the include and exclude patterns, in name order. On MySQL and
 * MariaDB, whose databases are catalogs, only the database named in the URL is read when there is
 * one.
 */
final class Catalog {
  /** Table types read: JDBC's "TABLE" and H2's "BASE TABLE"; partitions of a table are tables. */
  private static final Set<String> TYPES = Set.of("TABLE", "BASE TABLE");

  private Catalog() {}

  static List<Table> tables(Connection c, Dialect dialect, TableFilter filter) throws SQLException {
    DatabaseMetaData md = c.getMetaData();
    String catalog = null;
    if (dialect == Dialect.MARIADB) {
      catalog = c.getCatalog();
    }
    String quote = dialect.quote();
    if (quote == null) {
      quote = md.getIdentifierQuoteString();
      quote = quote == null || quote.isBlank() ? "" : quote.strip();
    }
    List<Table> out = new ArrayList<>();
    try (ResultSet rs = md.getTables(catalog, null, "%", null)) {
      while (rs.next()) {
        String type = rs.getString("TABLE_TYPE");
        String name = rs.getString("TABLE_NAME");
        if (type == null || !TYPES.contains(type.toUpperCase(Locale.ROOT)) || name == null) {
          continue;
        }
        String cat = rs.getString("TABLE_CAT");
        String schema = rs.getString("TABLE_SCHEM");
        if (dialect.isSystem(schema != null ? schema : cat, name)) {
          continue;
        }
        Table t = new Table(cat, schema, name, dialect, quote);
        if (filter.accepts(t.qualified(), name)) {
          out.add(t);
        }
      }
    }
    out.sort(Comparator.comparing(Table::qualified));
    return out;
  }

  /** The primary key columns of {@code t} in key order; empty when it has none. */
  static List<String> primaryKey(Connection c, Table t) throws SQLException {
    List<String> names = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    try (ResultSet rs = c.getMetaData().getPrimaryKeys(t.catalog(), t.schema(), t.name())) {
      while (rs.next()) {
        names.add(rs.getString("COLUMN_NAME"));
        order.add(rs.getInt("KEY_SEQ"));
      }
    }
    List<String> sorted = new ArrayList<>(names);
    sorted.sort(Comparator.comparingInt(n -> order.get(names.indexOf(n))));
    return sorted;
  }
}
