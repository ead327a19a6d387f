package org.pdpguard.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every service flow of {@link CaseServiceFlowTest} (report import, duplicate merge, optimistic
 * locking, decision approval and PDF, clocks, evidence reconciliation) again on a real PostgreSQL
 * when CI starts one ({@code PDPGUARD_TEST_PG_URL}, .ci/postgres.sh); skipped otherwise. The
 * service runs in a fresh schema ({@code currentSchema}) and its own data folder, dropped after.
 */
@EnabledIfEnvironmentVariable(named = "PDPGUARD_TEST_PG_URL", matches = "jdbc:postgresql:.*")
@DirtiesContext
class PostgresCaseServiceFlowTest extends CaseServiceFlowTest {
  static final String SCHEMA = "flow_" + Long.toHexString(System.nanoTime());

  static Connection admin() throws Exception {
    Properties p = new Properties();
    p.setProperty("password", System.getenv().getOrDefault("PDPGUARD_TEST_PG_PASSWORD", ""));
    return DriverManager.getConnection(System.getenv("PDPGUARD_TEST_PG_URL"), p);
  }

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry r) throws Exception {
    try (Connection c = admin()) {
      c.createStatement().execute("CREATE SCHEMA " + SCHEMA);
    }
    String url = System.getenv("PDPGUARD_TEST_PG_URL");
    r.add(
        "pdpguard.db-url", () -> url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
    // The user is the URL's; an empty user name lets the driver take it from there.
    r.add("spring.datasource.username", () -> "");
    r.add(
        "spring.datasource.password",
        () -> System.getenv().getOrDefault("PDPGUARD_TEST_PG_PASSWORD", ""));
    r.add("pdpguard.data", () -> Path.of("target", "test-data-" + SCHEMA).toString());
  }

  @Test
  void runsOnPostgresInItsOwnSchema() {
    assertThat(db.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(SCHEMA);
  }

  @AfterAll
  static void dropSchema() throws Exception {
    try (Connection c = admin()) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
    }
  }
}
