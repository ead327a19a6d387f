package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.pdpguard.sources.Field;
import org.pdpguard.sources.Location;
import org.pdpguard.sources.Units;

/**
 * Reads the sample of one table to records: one {@link Units#record} a row, with a field for each
 * column of text, numbers or dates, located by table and primary key ({@code key=id=42}) or, for a
 * table without one, by the row's number in the sample ({@code row=7}).
 *
 * <p>The sample is the first {@code sampleRows} rows the database returns (all rows for 0), on
 * PostgreSQL drawn from all over a large table ({@link PostgresSample}; a draw that comes back
 * empty, from statistics older than a purge, is read again without sampling). Rows are streamed
 * {@link #FETCH_ROWS} at a time, long text is cut on the server, and sampling queries have a time
 * limit.
 */
final class TableReader {
  /** Rows fetched from the server at once. */
  static final int FETCH_ROWS = 500;

  /** Seconds a query for a sample, or for a table's columns, may run. */
  static final int QUERY_SECONDS = 300;

  private static final int KEY_CHARS = 200;

  private final Connection connection;
  private final Dialect dialect;
  private final String source;
  private final Units units;
  private final long sampleRows;

  /** A column in the query: a field of the records, a part of the row key, or both. */
  private record Selected(String name, ColumnKind kind, String expr, boolean field, boolean key) {}

  TableReader(Connection connection, Dialect dialect, String source, Units units) {
    this.connection = connection;
    this.dialect = dialect;
    this.source = source;
    this.units = units;
    this.sampleRows = units.settings().sampleRows();
  }

  /**
   * Reads {@code t}; SQL failures are thrown for the caller to report, the rows sent until then
   * stay sent.
   *
   * @return the rows read, or -1 when the table has no column worth reading
   */
  long read(Table t, String name) throws SQLException, IOException {
    List<Selected> selected = columns(t);
    if (selected.stream().noneMatch(Selected::field)) {
      units.skipped(name, "không có cột văn bản, số hay ngày / no text, number or date columns");
      return -1;
    }
    String sample =
        sampleRows > 0 && dialect == Dialect.POSTGRESQL
            ? PostgresSample.clause(connection, t, sampleRows)
            : "";
    long rows = query(t, selected, sample);
    if (rows == 0 && !sample.isEmpty()) {
      rows = query(t, selected, ""); // the estimate was stale: the table shrank
    }
    return rows;
  }

  private long query(Table t, List<Selected> selected, String sample)
      throws SQLException, IOException {
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < selected.size(); i++) {
      sql.append(i == 0 ? "" : ", ").append(selected.get(i).expr());
    }
    sql.append(" FROM ").append(t.sql()).append(sample);
    String limit = sampleRows > 0 ? dialect.limit(sampleRows) : null;
    if (limit != null) {
      sql.append(limit);
    }
    try (Statement st =
        connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
      st.setFetchSize(FETCH_ROWS);
      if (sampleRows > 0) {
        // Not when reading everything: MariaDB's limit covers the whole stream of rows.
        st.setQueryTimeout(QUERY_SECONDS);
        if (limit == null) {
          st.setMaxRows((int) Math.min(sampleRows, Integer.MAX_VALUE));
        }
      }
      try (ResultSet rs = st.executeQuery(sql.toString())) {
        return rows(rs, t, selected);
      }
    }
  }

  private long rows(ResultSet rs, Table t, List<Selected> selected)
      throws SQLException, IOException {
    boolean keyed = selected.stream().anyMatch(Selected::key);
    Location base = Location.NONE.with(Location.TABLE, t.qualified());
    String table = t.qualified();
    long row = 0;
    while (rs.next()) {
      row++;
      List<Field> fields = new ArrayList<>(selected.size());
      StringBuilder key = keyed ? new StringBuilder() : null;
      for (int i = 0; i < selected.size(); i++) {
        Selected s = selected.get(i);
        String value = s.kind().read(rs, i + 1);
        if (s.field()) {
          fields.add(Field.of(s.name(), value, Location.NONE));
        }
        if (s.key() && key.length() < KEY_CHARS) {
          key.append(key.length() == 0 ? "" : ",").append(s.name()).append('=').append(value);
        }
      }
      Location where =
          keyed
              ? base.with(Location.KEY, cut(key.toString(), KEY_CHARS))
              : base.with(Location.ROW, row);
      units.record(source, table, where, fields);
    }
    return row;
  }

  /** The table's columns from an empty query, and its primary key. */
  private List<Selected> columns(Table t) throws SQLException {
    List<String> pk = Catalog.primaryKey(connection, t);
    List<Selected> out = new ArrayList<>();
    try (Statement st = connection.createStatement()) {
      st.setQueryTimeout(QUERY_SECONDS);
      try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.sql() + " WHERE 1=0")) {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          String name = md.getColumnName(i);
          int type = md.getColumnType(i);
          ColumnKind kind = ColumnKind.of(type, md.getColumnTypeName(i));
          boolean key = pk.contains(name);
          if (kind == ColumnKind.SKIP && !key) {
            continue;
          }
          out.add(
              new Selected(name, kind, expr(t, name, kind, type), kind != ColumnKind.SKIP, key));
        }
      }
    }
    // A key that cannot be read as text does not name rows: they are numbered instead.
    if (pk.isEmpty() || out.stream().anyMatch(s -> s.key() && s.kind() == ColumnKind.SKIP)) {
      out.removeIf(s -> !s.field());
      out.replaceAll(s -> new Selected(s.name(), s.kind(), s.expr(), true, false));
    }
    return out;
  }

  private String expr(Table t, String column, ColumnKind kind, int type) {
    String q = t.quote(column);
    boolean chars =
        type == Types.CHAR
            || type == Types.VARCHAR
            || type == Types.LONGVARCHAR
            || type == Types.NCHAR
            || type == Types.NVARCHAR
            || type == Types.LONGNVARCHAR;
    if (kind == ColumnKind.TEXT && (chars || dialect == Dialect.POSTGRESQL)) {
      String cut = dialect.cutText(q, ColumnKind.MAX_CHARS);
      return cut == null ? q : cut;
    }
    return q;
  }

  private static String cut(String s, int chars) {
    return s.length() <= chars ? s : s.substring(0, chars) + "…";
  }
}
