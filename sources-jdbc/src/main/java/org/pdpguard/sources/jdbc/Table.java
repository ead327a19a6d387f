package org.pdpguard.sources.jdbc;

/**
 * A table as the database's metadata names it.
 *
 * @param catalog the catalog (the database on MySQL and MariaDB), or null
 * @param schema the schema, or null
 * @param name the table's name
 * @param dialect the database kind
 * @param quote the identifier quote ({@code "} or {@code `}), empty when the driver has none
 */
record Table(String catalog, String schema, String name, Dialect dialect, String quote) {

  /**
   * {@code schema.table} as reports show it: the catalog stands in for a missing schema (MySQL),
   * and SQLite's tables are in {@code main}.
   */
  String qualified() {
    String q = qualifier();
    return q == null ? name : q + "." + name;
  }

  private String qualifier() {
    if (schema != null) {
      return schema;
    }
    if (catalog != null) {
      return catalog;
    }
    return dialect == Dialect.SQLITE ? "main" : null;
  }

  /** The table's name for a query, each part quoted. */
  String sql() {
    String q = qualifier();
    return q == null ? quote(name) : quote(q) + "." + quote(name);
  }

  /** {@code identifier} quoted, its quote characters doubled. */
  String quote(String identifier) {
    if (quote.isEmpty()) {
      return identifier;
    }
    return quote + identifier.replace(quote, quote + quote) + quote;
  }
}
