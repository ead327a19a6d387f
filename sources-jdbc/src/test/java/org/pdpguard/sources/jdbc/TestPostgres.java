package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: the one named by {@code PDPGUARD_TEST_PG_URL} and {@code
 * PDPGUARD_TEST_PG_PASSWORD} ({@code .ci/postgres.sh} prints them), else a throwaway cluster
 * started with Debian's binaries under {@code /usr/lib/postgresql/VERSION/bin} (as the {@code
 * postgres} user when running as root, since PostgreSQL refuses root) and stopped when the JVM
 * exits. {@link #reason()} says why there is none.
 */
final class TestPostgres {
  private static final String ROLE = "pdpguard";
  private static final String PASSWORD = "bi-mat-kiem-thu-9Qz";

  private static TestPostgres server;
  private static String reason;

  final String url;
  final String password;

  private TestPostgres(String url, String password) {
    this.url = url;
    this.password = password;
  }

  /** The server, or null (see {@link #reason()}). */
  static synchronized TestPostgres get() {
    if (server == null && reason == null) {
      String url = System.getenv("PDPGUARD_TEST_PG_URL");
      if (url != null && !url.isBlank()) {
        server = new TestPostgres(url, System.getenv("PDPGUARD_TEST_PG_PASSWORD"));
      } else {
        try {
          server = start();
        } catch (IOException | InterruptedException e) {
          reason = "cannot start PostgreSQL: " + e.getMessage();
        }
      }
    }
    return server;
  }

  static synchronized String reason() {
    return reason;
  }

  /** A writable connection for setting up data (not through the connector). */
  Connection admin() throws SQLException {
    Properties p = new Properties();
    if (password != null) {
      p.setProperty("password", password);
    }
    return DriverManager.getConnection(url, p);
  }

  private static TestPostgres start() throws IOException, InterruptedException {
    Path bin = binaries();
    if (bin == null) {
      reason =
          "no PDPGUARD_TEST_PG_URL and no PostgreSQL under /usr/lib/postgresql"
              + " (run .ci/postgres.sh)";
      return null;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    Path dir = Files.createTempDirectory("pdpguard-pg-test-");
    Path data = dir.resolve("data");
    Path hba = dir.resolve("pg_hba.conf");
    Files.writeString(
        hba,
        "local all all trust\nhost all all 127.0.0.1/32 scram-sha-256\n",
        StandardCharsets.UTF_8);
    if (root) {
      UserPrincipalLookupService users = dir.getFileSystem().getUserPrincipalLookupService();
      Files.setOwner(dir, users.lookupPrincipalByName("postgres"));
      Files.setOwner(hba, users.lookupPrincipalByName("postgres"));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    run(
        root,
        bin.resolve("initdb").toString(),
        "-D",
        data.toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF8",
        "--locale=C.UTF-8");
    run(
        root,
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.toString(),
        "-l",
        dir.resolve("server.log").toString(),
        "-w",
        "-t",
        "60",
        "start",
        "-o",
        "-p "
            + port
            + " -k "
            + dir
            + " -c listen_addresses=127.0.0.1 -c hba_file="
            + hba
            + " -c fsync=off -c synchronous_commit=off");
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    run(
                        root,
                        bin.resolve("pg_ctl").toString(),
                        "-D",
                        data.toString(),
                        "-m",
                        "immediate",
                        "stop");
                    try (Stream<Path> files = Files.walk(dir)) {
                      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                  } catch (IOException | InterruptedException e) {
                    // the temporary directory stays behind
                  }
                }));
    String psql = bin.resolve("psql").toString();
    run(
        root,
        psql,
        "-h",
        dir.toString(),
        "-p",
        String.valueOf(port),
        "-U",
        "postgres",
        "-d",
        "postgres",
        "-v",
        "ON_ERROR_STOP=1",
        "-c",
        "CREATE ROLE " + ROLE + " LOGIN PASSWORD '" + PASSWORD + "'",
        "-c",
        "CREATE DATABASE pdpguard_test OWNER " + ROLE);
    return new TestPostgres(
        "jdbc:postgresql://127.0.0.1:" + port + "/pdpguard_test?user=" + ROLE, PASSWORD);
  }

  private static Path binaries() throws IOException {
    Path root = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(root)) {
      return null;
    }
    try (Stream<Path> versions = Files.list(root)) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparingDouble(b -> version(b.getParent().getFileName().toString())))
          .orElse(null);
    }
  }

  private static double version(String name) {
    try {
      return Double.parseDouble(name);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void run(boolean root, String... command)
      throws IOException, InterruptedException {
    List<String> c = new ArrayList<>();
    if (root) {
      c.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    c.addAll(List.of(command));
    Process p = new ProcessBuilder(c).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          command[0] + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
    }
  }
}
