package org.pdpguard.sources.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pdpguard.sources.SourceSettings;
import org.pdpguard.sources.testing.ScanRecorder;
import org.pdpguard.sources.testing.TestEngine;

class JdbcTargetTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "jdbc:postgresql://db:5432/crm?user=u&password=Mk-9xQ | jdbc:postgresql://db:5432/crm",
        "jdbc:postgresql://db/crm?sslmode=require&password=Mk-9xQ&user=u"
            + " | jdbc:postgresql://db/crm?sslmode=require",
        "jdbc:postgresql://db/crm?password=Mk-9xQ&sslmode=require"
            + " | jdbc:postgresql://db/crm?sslmode=require",
        "jdbc:postgresql://u:Mk-9xQ@db:5432/crm | jdbc:postgresql://db:5432/crm",
        "jdbc:postgresql://db/crm?sslpassword=Mk-9xQ&sslkey=/k.pk8 | jdbc:postgresql://db/crm?sslkey=/k.pk8",
        "jdbc:mysql://u:Mk-9xQ@db:3306/crm?useSSL=true | jdbc:mysql://db:3306/crm?useSSL=true",
        "jdbc:mariadb://db/crm?user=u&password=Mk-9xQ | jdbc:mariadb://db/crm",
        "jdbc:h2:tcp://db/~/crm;USER=sa;PASSWORD=Mk-9xQ;MODE=MySQL | jdbc:h2:tcp://db/~/crm;MODE=MySQL",
        "jdbc:sqlserver://db:1433;databaseName=crm;user=u;password={Mk-9xQ;&x} | jdbc:sqlserver://db:1433;databaseName=crm",
        "jdbc:oracle:thin:scott/Mk-9xQ@//db:1521/crm | jdbc:oracle:thin:@//db:1521/crm",
        "jdbc:postgresql://db/crm?api_token=Mk-9xQ&client_secret=Mk-9xQ | jdbc:postgresql://db/crm",
        "jdbc:sqlite:/data/crm.db | jdbc:sqlite:/data/crm.db",
      })
  void theDisplayNameHasNoCredentials(String url, String display) {
    JdbcTarget t = JdbcTarget.parse(url);

    assertThat(t.display()).isEqualTo(display);
    assertThat(new JdbcConnector().displayName(url)).isEqualTo(display);
    assertThat(t.display()).doesNotContain("Mk-9xQ");
  }

  @Test
  void userAndPasswordMoveFromTheUrlToTheConnectionProperties() {
    JdbcTarget t = JdbcTarget.parse("jdbc:postgresql://db/crm?user=an&password=p%40ss&ssl=true");

    assertThat(t.user()).isEqualTo("an");
    assertThat(t.password()).isEqualTo("p@ss");
    assertThat(t.connectUrl()).isEqualTo("jdbc:postgresql://db/crm?ssl=true");
    assertThat(JdbcTarget.parse("jdbc:mariadb://an:p%40ss@db/crm").password()).isEqualTo("p@ss");
  }

  @Test
  void mysqlUrlsAreOpenedWithTheMariadbClient() {
    JdbcTarget t = JdbcTarget.parse("jdbc:mysql://u:pw@db:3306/crm");

    assertThat(t.dialect()).isEqualTo(Dialect.MARIADB);
    assertThat(t.connectUrl()).isEqualTo("jdbc:mariadb://db:3306/crm");
    assertThat(t.display()).isEqualTo("jdbc:mysql://db:3306/crm");
  }

  @Test
  void settingsThatWouldUndoReadOnlyAccessAreDropped() {
    assertThat(JdbcTarget.parse("jdbc:sqlite:/d/crm.db?open_mode=6").connectUrl())
        .isEqualTo("jdbc:sqlite:/d/crm.db");
    assertThat(JdbcTarget.parse("jdbc:h2:/d/crm;ACCESS_MODE_DATA=rw").connectUrl())
        .isEqualTo("jdbc:h2:/d/crm;ACCESS_MODE_DATA=r;IFEXISTS=TRUE");
    assertThat(JdbcTarget.parse("jdbc:postgresql://db/crm?readOnly=false").connectUrl())
        .isEqualTo("jdbc:postgresql://db/crm");
  }

  @Test
  void theRedactorRemovesUrlsAndSecretsInEveryForm() {
    String url = "jdbc:postgresql://db/crm?user=an&password=p%40ss-w0rd";
    JdbcTarget t = JdbcTarget.parse(url);
    Redactor r = new Redactor(t, "từ-biến-môi-trường");

    assertThat(r.clean("bad URL " + url + " and p@ss-w0rd, p%40ss-w0rd, từ-biến-môi-trường"))
        .isEqualTo("bad URL jdbc:postgresql://db/crm and ***, ***, ***");
  }

  @Test
  void aFailedConnectionReportsNeitherThePasswordNorTheUrl() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/crm?user=an&password=Mk-9xQ-secret";

    ScanRecorder r = TestEngine.scan(new JdbcConnector(), url, SourceSettings.defaults());

    assertThat(r.outcome.error())
        .startsWith("không kết nối được tới cơ sở dữ liệu / cannot connect to the database: ")
        .doesNotContain("Mk-9xQ-secret")
        .doesNotContain("password");
    assertThat(r.everything()).doesNotContain("Mk-9xQ-secret");
  }

  @Test
  void aJdbcUrlWithoutADriverSaysSo() {
    ScanRecorder r =
        TestEngine.scan(
            new JdbcConnector(), "jdbc:khongco://db/x?password=Mk-9xQ", SourceSettings.defaults());

    assertThat(r.outcome.error())
        .isEqualTo(
            "không có trình điều khiển JDBC cho địa chỉ này / no JDBC driver for this URL:"
                + " jdbc:khongco://db/x");
  }

  @Test
  void thePasswordComesFromTheNamedEnvironmentVariable(@TempDir Path dir) throws IOException {
    String url = "jdbc:postgresql://127.0.0.1:1/crm?user=an";
    JdbcConnector connector = new JdbcConnector(Map.of("PG_MK", "tu-bien-moi-truong")::get);

    ScanRecorder unset =
        TestEngine.scan(connector, url, SourceSettings.defaults().withPassword("KHONG_CO", null));
    assertThat(unset.outcome.error())
        .isEqualTo(
            "biến môi trường KHONG_CO chưa được đặt / environment variable KHONG_CO is not set");

    Path file = Files.writeString(dir.resolve("mk.txt"), "  tu-tep-mat-khau  \nthua\n");
    for (SourceSettings s :
        List.of(
            SourceSettings.defaults().withPassword("PG_MK", null),
            SourceSettings.defaults().withPassword(null, file))) {
      ScanRecorder r = TestEngine.scan(connector, url, s);
      assertThat(r.outcome.error()).contains("cannot connect to the database");
      assertThat(r.everything()).doesNotContain("tu-bien-moi-truong").doesNotContain("tu-tep");
    }
  }
}
