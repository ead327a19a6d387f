package org.pdpguard.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.cases.audit.AuditKeyHolder;
import org.pdpguard.cases.audit.AuditVerifier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The service keeps working when PostgreSQL restarts under it: the test makes its own cluster
 * (Debian's binaries, as .ci/postgres.sh does; as root the server runs as the {@code postgres}
 * user) on a free port, never the shared one, writes a case, restarts the server ({@code pg_ctl
 * restart -m fast}, which drops every pooled connection), and expects the next write to succeed
 * (Hikari validates a connection unused for more than half a second before lending it and replaces
 * a dead one) and the audit chain to verify. Skipped when the PostgreSQL binaries are missing.
 */
@DirtiesContext
class DatabaseRestartTest extends ServiceTest {
  @TempDir static Path tmp;
  static Path bin;
  static Path cluster;
  static int port;

  @Autowired DataSource ds;
  @Autowired AuditKeyHolder key;

  static Path findBin() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
          .max(
              Comparator.comparingInt(
                  b -> {
                    try {
                      return Integer.parseInt(b.getParent().getFileName().toString());
                    } catch (NumberFormatException e) {
                      return 0;
                    }
                  }))
          .orElse(null);
    }
  }

  static boolean root() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Runs a PostgreSQL program as the cluster's owner and fails with its output when it fails. */
  static void run(String program, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (root()) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(program).toString());
    cmd.addAll(List.of(args));
    Process p =
        new ProcessBuilder(cmd).directory(new java.io.File("/")).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(
          program + " failed: " + new String(out, StandardCharsets.UTF_8));
    }
  }

  @BeforeAll
  static void startCluster() throws Exception {
    bin = findBin();
    Assumptions.assumeTrue(bin != null, "PostgreSQL binaries not installed");
    cluster = tmp.resolve("pg");
    Files.createDirectories(cluster.resolve("run"));
    if (root()) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
      Assumptions.assumeTrue(
          new ProcessBuilder("chown", "-R", "postgres:postgres", cluster.toString())
                  .start()
                  .waitFor()
              == 0,
          "no postgres user to run the server");
    }
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        "initdb",
        "-D",
        cluster.resolve("data").toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8",
        "--no-sync");
    pgCtl("start");
  }

  static void pgCtl(String action) throws Exception {
    run(
        "pg_ctl",
        "-D",
        cluster.resolve("data").toString(),
        "-l",
        cluster.resolve("server.log").toString(),
        "-w",
        "-t",
        "30",
        "-m",
        "fast",
        "-o",
        "-p "
            + port
            + " -k "
            + cluster.resolve("run")
            + " -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
            + " -c full_page_writes=off",
        action);
  }

  @AfterAll
  static void stopCluster() throws Exception {
    if (cluster != null && Files.exists(cluster.resolve("data/postmaster.pid"))) {
      run("pg_ctl", "-D", cluster.resolve("data").toString(), "-m", "immediate", "-w", "stop");
    }
  }

  @DynamicPropertySource
  static void privateCluster(DynamicPropertyRegistry r) {
    r.add("pdpguard.db-url", () -> "jdbc:postgresql://127.0.0.1:" + port + "/postgres");
    r.add("spring.datasource.username", () -> "postgres");
    r.add("spring.datasource.password", () -> "");
    r.add("pdpguard.data", () -> tmp.resolve("data").toString());
    // Fail fast rather than hang a request while the server is away.
    r.add("spring.datasource.hikari.connection-timeout", () -> "5000");
    r.add("spring.datasource.hikari.validation-timeout", () -> "1000");
  }

  int createCase() throws Exception {
    var body =
        Map.of(
            "title",
            "Vụ việc thử",
            "organisation",
            "Công ty " + UUID.randomUUID(),
            "breach",
            false);
    return mvc.perform(
            post("/api/v1/cases")
                .with(user(intake))
                .contentType(MediaType.APPLICATION_JSON)
                .content(new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(body)))
        .andReturn()
        .getResponse()
        .getStatus();
  }

  @Test
  void keepsWritingAfterPostgresRestartsAndTheAuditChainStillVerifies() throws Exception {
    assertThat(createCase()).isEqualTo(201);
    long before = db.sql("SELECT COUNT(*) FROM cases").query(Long.class).single();

    long pid = Long.parseLong(Files.readAllLines(cluster.resolve("data/postmaster.pid")).get(0));
    pgCtl("restart");
    long newPid = Long.parseLong(Files.readAllLines(cluster.resolve("data/postmaster.pid")).get(0));
    assertThat(newPid).as("the server really restarted").isNotEqualTo(pid);
    // Hikari checks a connection before lending it unless it was used in the last 500 ms
    // (com.zaxxer.hikari.aliveBypassWindowMs); a real restart takes longer than this tiny
    // cluster's, so wait that long: a request in that window after a restart can fail once.
    Thread.sleep(600);

    assertThat(createCase()).isEqualTo(201);
    assertThat(db.sql("SELECT COUNT(*) FROM cases").query(Long.class).single())
        .isEqualTo(before + 1);
    try (Connection c = ds.getConnection()) {
      AuditVerifier.Result r = AuditVerifier.verify(c, key.key());
      assertThat(r.ok()).as(r.message()).isTrue();
      assertThat(r.entries()).isGreaterThanOrEqualTo(2);
    }
  }
}
