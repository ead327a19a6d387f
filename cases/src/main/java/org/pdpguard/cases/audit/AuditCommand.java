package org.pdpguard.cases.audit;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Map;
import java.util.Properties;
import org.pdpguard.cases.CasesConfig;

/**
 * {@code pdpguard audit verify}: exit 0 "ok N entries", 1 the first broken entry, 3 cannot read.
 */
public final class AuditCommand {
  private AuditCommand() {}

  public static int run(Map<String, Object> props) {
    Path data =
        Path.of(String.valueOf(props.getOrDefault("pdpguard.data", CasesConfig.DEFAULT_DATA)));
    String url = (String) props.getOrDefault("pdpguard.db-url", CasesConfig.h2Url(data));
    Properties p = new Properties();
    p.setProperty("user", System.getenv().getOrDefault("PDPGUARD_DB_USER", "sa"));
    p.setProperty("password", System.getenv().getOrDefault("PDPGUARD_DB_PASSWORD", ""));
    if (url.startsWith("jdbc:h2:")) {
      url += ";IFEXISTS=TRUE";
    }
    try (Connection c = DriverManager.getConnection(url, p)) {
      byte[] key = AuditKey.load(data, System.getenv(AuditKey.ENV), false);
      AuditVerifier.Result r = AuditVerifier.verify(c, key);
      System.out.println(r.message());
      return r.ok() ? 0 : 1;
    } catch (Exception e) {
      System.err.println("pdpguard audit verify: " + e.getMessage());
      return 3;
    }
  }
}
