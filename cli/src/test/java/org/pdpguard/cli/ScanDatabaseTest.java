package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pdpguard scan jdbc:...} end to end, on a SQLite file made by the test. */
class ScanDatabaseTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path tmp;
  private String url;

  @BeforeEach
  void database() throws Exception {
    url = "jdbc:sqlite:" + tmp.resolve("crm.db");
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE TABLE khach_hang (id INTEGER PRIMARY KEY, ho_ten TEXT, so_cccd TEXT,"
              + " so_dien_thoai TEXT, ghi_chu TEXT)");
      s.execute("CREATE TABLE nhat_ky (id INTEGER PRIMARY KEY, su_kien TEXT)");
      try (PreparedStatement p =
          c.prepareStatement("INSERT INTO khach_hang VALUES (?, ?, ?, ?, ?)")) {
        String[][] rows = {
          {"Nguyễn Văn An", "079203001234", "0912345678"},
          {"Trần Thị Bình", "001189012345", "0987654321"},
          {"Lê Hoàng Nam", "048095007788", "0358123456"},
        };
        for (int i = 0; i < rows.length; i++) {
          p.setInt(1, i + 1);
          p.setString(2, rows[i][0]);
          p.setString(3, rows[i][1]);
          p.setString(4, rows[i][2]);
          p.setString(5, "khách quen");
          p.executeUpdate();
        }
      }
      s.execute("INSERT INTO nhat_ky VALUES (1, 'đăng nhập thành công')");
    }
  }

  private static List<JsonNode> lines(String out) throws Exception {
    List<JsonNode> nodes = new ArrayList<>();
    for (String line : out.split("\n")) {
      nodes.add(JSON.readTree(line));
    }
    return nodes;
  }

  @Test
  void findingsNameTheTableTheRowKeyAndTheFieldAndTheSummaryClassifiesColumns() throws Exception {
    Cli.Run run = Cli.run("scan", "--format", "jsonl", url);

    assertThat(run.exit()).isZero();
    List<JsonNode> nodes = lines(run.out());
    JsonNode id =
        nodes.stream()
            .filter(n -> n.path("type").asText().equals("VN_CCCD"))
            .findFirst()
            .orElseThrow();
    assertThat(id.path("source").asText()).isEqualTo(url);
    assertThat(id.path("location").path("table").asText()).isEqualTo("main.khach_hang");
    assertThat(id.path("location").path("key").asText()).isEqualTo("id=1");
    assertThat(id.path("location").path("field").asText()).isEqualTo("so_cccd");
    assertThat(id.path("value").asText()).isEqualTo("079*******34");
    JsonNode summary = nodes.get(nodes.size() - 1);
    assertThat(summary.path("sources").asInt()).isEqualTo(1);
    List<String> columns = new ArrayList<>();
    summary
        .path("columns")
        .forEach(c -> columns.add(c.path("column").asText() + "=" + c.path("type").asText()));
    assertThat(columns)
        .contains("so_cccd=VN_CCCD", "so_dien_thoai=PHONE_NUMBER", "ho_ten=PERSON_NAME");
    assertThat(summary.path("columns").get(0).path("table").asText()).isEqualTo("main.khach_hang");
  }

  @Test
  void excludedTablesAreNotRead() throws Exception {
    Cli.Run run = Cli.run("scan", "--format", "jsonl", "--exclude", "main.khach*", url);

    assertThat(run.exit()).isZero();
    List<JsonNode> nodes = lines(run.out());
    assertThat(nodes).hasSize(1); // the summary only
    assertThat(nodes.get(0).path("findings").asInt()).isZero();
  }

  @Test
  void anUnreachableDatabaseIsAnErrorThatNeverShowsThePassword() {
    String secret = "S3cret-Pass-123";
    String bad = "jdbc:postgresql://127.0.0.1:1/crm?user=dpo&password=" + secret;

    Cli.Run run = Cli.run("scan", "--format", "jsonl", bad);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("\"errors\":[{\"source\":\"jdbc:postgresql://127.0.0.1:1/crm");
    assertThat(run.out() + run.err()).doesNotContain(secret).doesNotContain("dpo");
  }
}
