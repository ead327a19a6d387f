package org.pdpguard.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The migrations and the optimistic-locking update on a real PostgreSQL, when CI starts one ({@code
 * PDPGUARD_TEST_PG_URL}, .ci/postgres.sh); skipped otherwise. Runs in its own schema.
 */
@EnabledIfEnvironmentVariable(named = "PDPGUARD_TEST_PG_URL", matches = "jdbc:postgresql:.*")
class PostgresMigrationTest {
  @Test
  void migratesAndRejectsAStaleVersion() throws Exception {
    String url = System.getenv("PDPGUARD_TEST_PG_URL");
    String password = System.getenv().getOrDefault("PDPGUARD_TEST_PG_PASSWORD", "");
    String schema = "cases_" + Long.toHexString(System.nanoTime());
    Properties p = new Properties();
    p.setProperty("password", password);
    try (Connection c = DriverManager.getConnection(url, p)) {
      c.createStatement().execute("CREATE SCHEMA " + schema);
    }
    try {
      Flyway.configure()
          .dataSource(url, null, password)
          .schemas(schema)
          .locations("classpath:db/migration")
          .load()
          .migrate();
      try (Connection c = DriverManager.getConnection(url, p)) {
        c.createStatement().execute("SET search_path TO " + schema);
        c.createStatement()
            .execute(
                "INSERT INTO cases (ref, title, kind, state, created_at, updated_at) VALUES ('PDP-T-1', 't', 'MANUAL', 'RECEIVED', now(), now())");
        var first =
            c.createStatement()
                .executeUpdate(
                    "UPDATE cases SET state = 'TRIAGE', version = version + 1 WHERE ref = 'PDP-T-1' AND version = 0");
        var stale =
            c.createStatement()
                .executeUpdate(
                    "UPDATE cases SET state = 'CLOSED', version = version + 1 WHERE ref = 'PDP-T-1' AND version = 0");
        assertThat(first).isEqualTo(1);
        assertThat(stale).isZero();
        var rs = c.createStatement().executeQuery("SELECT seq FROM audit_head WHERE id = 1");
        assertThat(rs.next()).isTrue();
        assertThat(rs.getLong(1)).isZero();
      }
    } finally {
      try (Connection c = DriverManager.getConnection(url, p)) {
        c.createStatement().execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }
}
