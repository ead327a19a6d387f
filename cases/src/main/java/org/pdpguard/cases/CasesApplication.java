package org.pdpguard.cases;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pdpguard.cases.audit.AuditCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The case service. {@code serve [--port N] [--db-url URL] [--data DIR]} starts it (the launcher
 * script's {@code pdpguard serve}); {@code audit verify [--db-url URL] [--data DIR]} checks the
 * audit trail without starting it. Database user and password come from {@code PDPGUARD_DB_USER}
 * and {@code PDPGUARD_DB_PASSWORD}.
 */
@SpringBootApplication
@EnableScheduling
public class CasesApplication {

  public static void main(String[] args) {
    List<String> rest = new ArrayList<>(List.of(args));
    String mode = rest.isEmpty() ? "serve" : rest.remove(0);
    Map<String, Object> props = new HashMap<>();
    if (mode.equals("audit") && (rest.isEmpty() || !rest.remove(0).equals("verify"))) {
      usage();
      System.exit(2);
    }
    try {
      for (int i = 0; i < rest.size(); i++) {
        String a = rest.get(i);
        String v = i + 1 < rest.size() ? rest.get(i + 1) : null;
        switch (a) {
          case "--port" -> props.put("server.port", Integer.parseInt(need(a, v)));
          case "--db-url" -> props.put("pdpguard.db-url", need(a, v));
          case "--data" -> props.put("pdpguard.data", need(a, v));
          case "-h", "--help" -> {
            usage();
            return;
          }
          default -> throw new IllegalArgumentException("unknown option " + a);
        }
        i++;
      }
    } catch (IllegalArgumentException e) {
      System.err.println("pdpguard: " + e.getMessage());
      usage();
      System.exit(2);
    }
    props.putIfAbsent(
        "pdpguard.db-url",
        CasesConfig.h2Url(
            java.nio.file.Path.of(
                String.valueOf(props.getOrDefault("pdpguard.data", CasesConfig.DEFAULT_DATA)))));
    if (mode.equals("audit")) {
      System.exit(AuditCommand.run(props));
    } else if (!mode.equals("serve")) {
      usage();
      System.exit(2);
    }
    // As command-line properties: they win over application.properties.
    String[] springArgs =
        props.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    SpringApplication.run(CasesApplication.class, springArgs);
  }

  private static String need(String option, String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static void usage() {
    System.err.println(
        "Dùng / usage: pdpguard serve [--port 8080] [--db-url jdbc:postgresql://…] [--data ./pdpguard-data]\n"
            + "              pdpguard audit verify [--db-url …] [--data …]\n"
            + "Exit codes (audit verify): 0 ok, 1 broken or missing entry, 3 cannot read.");
  }
}
