package org.pdpguard.sources.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.pdpguard.sources.Connector;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.Units;

/**
 * Reads databases named by {@code jdbc:} URLs: PostgreSQL, MySQL and MariaDB (through the MariaDB
 * client), SQLite and H2, and any other database whose JDBC driver is on the class path.
 *
 * <p>Every table (not view) outside the system schemas that the include and exclude patterns let
 * through is sampled ({@link SourceSettings#sampleRows()} rows) and each row becomes a record named
 * by the display name, with the table as {@code schema.table} and the row's primary key. Nothing is
 * ever written: connections are read-only ({@link Session}).
 *
 * <p>Credentials come from the URL ({@code ?user=u&password=p}, {@code //u:p@host}), or the
 * password from the environment variable {@link SourceSettings#passwordEnv()} or the first line of
 * {@link SourceSettings#passwordFile()}, which win over the URL's. They never reach a report: the
 * display name has none, and driver messages are cleaned ({@link Redactor}).
 *
 * <p>Failures: a database that cannot be reached, or whose tables cannot be listed, fails the whole
 * target (an {@link IOException}); a table that cannot be read is an error of {@code
 * display!/schema.table} and the scan goes on, over a new connection if the old one died; when no
 * new connection can be made the target fails, saying how many tables were left unread.
 */
public final class JdbcConnector implements Connector {
  private final Function<String, String> environment;

  public JdbcConnector() {
    this(System::getenv);
  }

  /** With {@code environment} for the password variable (tests). */
  JdbcConnector(Function<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public boolean accepts(String target) {
    return JdbcTarget.isJdbc(target);
  }

  @Override
  public String displayName(String target) {
    return JdbcTarget.parse(target).display();
  }

  @Override
  public void read(String target, Units units) throws IOException {
    JdbcTarget t = JdbcTarget.parse(target);
    String password = password(t, units.settings());
    Redactor redactor = new Redactor(t, password);
    TableFilter filter = new TableFilter(units.settings().include(), units.settings().exclude());
    try (Session session = Session.open(t, password, redactor)) {
      List<Table> tables;
      try {
        tables = Catalog.tables(session.connection(), t.dialect(), filter);
        session.endTransaction();
      } catch (SQLException e) {
        throw new IOException(
            "không liệt kê được các bảng / cannot list the tables: " + redactor.describe(e));
      }
      if (tables.isEmpty()) {
        units.skipped(t.display(), "không có bảng nào để đọc / no tables to read");
        return;
      }
      for (int i = 0; i < tables.size(); i++) {
        Table table = tables.get(i);
        String name = t.display() + "!/" + table.qualified();
        try {
          new TableReader(session.connection(), t.dialect(), t.display(), units).read(table, name);
          session.endTransaction();
        } catch (SQLException | RuntimeException e) {
          // RuntimeException: a driver failing on data it does not expect fails that table only.
          units.error(name, "không đọc được bảng / cannot read the table: " + redactor.describe(e));
          if (!session.recover()) {
            int left = tables.size() - i - 1;
            throw new IOException(
                "mất kết nối và không kết nối lại được, "
                    + left
                    + " bảng chưa đọc / connection lost and could not reconnect, "
                    + left
                    + " tables not read");
          }
        }
      }
    }
  }

  /** The password from the settings when they name one, else the URL's (may be null). */
  private String password(JdbcTarget t, SourceSettings settings) throws IOException {
    String variable = settings.passwordEnv();
    if (variable != null) {
      String value = environment.apply(variable);
      if (value == null) {
        throw new IOException(
            "biến môi trường "
                + variable
                + " chưa được đặt / environment variable "
                + variable
                + " is not set");
      }
      return value;
    }
    Path file = settings.passwordFile();
    if (file != null) {
      try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String line = r.readLine();
        return line == null ? "" : line.strip();
      } catch (IOException e) {
        throw new IOException(
            "không đọc được tệp mật khẩu / cannot read the password file: " + file);
      }
    }
    return t.password();
  }
}
