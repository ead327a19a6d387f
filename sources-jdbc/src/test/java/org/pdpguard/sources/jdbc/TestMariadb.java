package org.pdpguard.sources.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A MariaDB server for tests: the one named by {@code PDPGUARD_TEST_MARIADB_URL} and {@code
 * PDPGUARD_TEST_MARIADB_PASSWORD}, else a throwaway one started from Debian's {@code
 * mariadb-server} binaries when they are installed, stopped when the JVM exits. It has the
 * databases {@code crm} (the URL's) and {@code khac}, both writable by the URL's user.
 */
final class TestMariadb {
  private static final String PASSWORD = "Maria-kiem-thu-55";
  private static TestMariadb server;
  private static String reason;

  final String url;
  final String password;

  private TestMariadb(String url, String password) {
    this.url = url;
    this.password = password;
  }

  static synchronized TestMariadb get() {
    if (server == null && reason == null) {
      String url = System.getenv("PDPGUARD_TEST_MARIADB_URL");
      if (url != null && !url.isBlank()) {
        server = new TestMariadb(url, System.getenv("PDPGUARD_TEST_MARIADB_PASSWORD"));
      } else if (!Files.isExecutable(Path.of("/usr/sbin/mariadbd"))
          || !Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"))) {
        reason = "no PDPGUARD_TEST_MARIADB_URL and no mariadb-server installed";
      } else {
        try {
          server = start();
        } catch (IOException | InterruptedException e) {
          reason = "cannot start MariaDB: " + e.getMessage();
        }
      }
    }
    return server;
  }

  static synchronized String reason() {
    return reason;
  }

  private static TestMariadb start() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("pdpguard-maria-test-");
    String user = System.getProperty("user.name");
    Path data = dir.resolve("data");
    Path socket = dir.resolve("sock");
    run(
        "/usr/bin/mariadb-install-db",
        "--datadir=" + data,
        "--user=" + user,
        "--auth-root-authentication-method=normal",
        "--skip-test-db");
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Process p =
        new ProcessBuilder(
                "/usr/sbin/mariadbd",
                "--no-defaults",
                "--datadir=" + data,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--socket=" + socket,
                "--pid-file=" + dir.resolve("pid"),
                "--user=" + user)
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("log").toFile())
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  p.destroy();
                  try {
                    p.waitFor(20, TimeUnit.SECONDS);
                    try (Stream<Path> files = Files.walk(dir)) {
                      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                    }
                  } catch (IOException | InterruptedException e) {
                    // the temporary directory stays behind
                  }
                }));
    String setup =
        "CREATE DATABASE crm CHARACTER SET utf8mb4; CREATE DATABASE khac;"
            + " CREATE USER 'pdp'@'127.0.0.1' IDENTIFIED BY '"
            + PASSWORD
            + "'; GRANT ALL ON crm.* TO 'pdp'@'127.0.0.1';"
            + " GRANT ALL ON khac.* TO 'pdp'@'127.0.0.1';";
    IOException last = null;
    for (int i = 0; i < 60; i++) {
      try {
        run("mariadb", "--no-defaults", "--socket=" + socket, "-uroot", "-e", setup);
        return new TestMariadb("jdbc:mariadb://127.0.0.1:" + port + "/crm?user=pdp", PASSWORD);
      } catch (IOException e) {
        last = e; // not up yet
        if (!p.isAlive()) {
          throw new IOException("mariadbd stopped: " + Files.readString(dir.resolve("log")));
        }
        Thread.sleep(500);
      }
    }
    throw last;
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    byte[] out = p.getInputStream().readAllBytes();
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException(
          command[0] + " failed: " + new String(out, StandardCharsets.UTF_8).strip());
    }
  }
}
