package org.pdpguard.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.webaudit.BrowserSettings;
import org.pdpguard.webaudit.CountryResolver;

/**
 * {@code inspect-site} and {@code verify-bundle} end to end: a form over plain HTTP served on
 * 127.0.0.1 as {@code shop.test}, a browser that can reach nothing else.
 */
class InspectSiteCliTest {
  private static final String PAGE =
      "<!doctype html><html lang=vi><head><meta charset=utf-8><title>Liên hệ</title></head><body>"
          + "<form action=/gui method=post><label>Họ và tên <input name=ten></label>"
          + "<label>Số điện thoại <input name=sdt type=tel></label>"
          + "<label><input type=checkbox name=ok> Tôi đồng ý với"
          + " <a href=/chinh-sach-bao-mat>chính sách bảo mật</a></label><button>Gửi</button></form>"
          + "</body></html>";

  @TempDir Path tmp;
  private HttpServer server;

  @BeforeEach
  void serve() throws IOException {
    assumeTrue(
        Files.isExecutable(Path.of("/usr/bin/chromium"))
            && Files.isExecutable(Path.of("/usr/bin/chromedriver")),
        "needs Debian's chromium and chromium-driver");
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          byte[] body =
              (ex.getRequestURI().getPath().equals("/") ? PAGE : "<p>ok</p>")
                  .getBytes(StandardCharsets.UTF_8);
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
    server.start();
    InspectSiteCommand.browserSettings =
        t ->
            BrowserSettings.debian(t)
                .with(List.of(BrowserSettings.loopbackOnly(List.of("shop.test"))), false);
    InspectSiteCommand.countries = CountryResolver.NONE;
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
    InspectSiteCommand.browserSettings = BrowserSettings::debian;
    InspectSiteCommand.countries = null;
  }

  @Test
  void inspectSiteWritesABundleThatVerifiesUntilAByteChanges() throws IOException {
    Path out = tmp.resolve("bundle");
    String url = "http://shop.test:" + server.getAddress().getPort() + "/";
    Cli.Run run =
        Cli.run(
            "inspect-site",
            url,
            "--out",
            out.toString(),
            "--max-pages",
            "2",
            "--page-timeout",
            "10",
            "--as-of",
            "2026-09-01");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("Vi phạm / Violations: 1").contains("VN-WEB-INSECURE-TRANSPORT");
    JsonNode inspection = new ObjectMapper().readTree(out.resolve("inspection.json").toFile());
    assertThat(inspection.path("violations").get(0).path("rule").asText())
        .isEqualTo("VN-WEB-INSECURE-TRANSPORT");
    assertThat(out.resolve("report.html")).exists();

    Cli.Run ok = Cli.run("verify-bundle", out.toString());
    assertThat(ok.exit()).isZero();
    assertThat(ok.out()).startsWith("Khớp / OK: ");

    Path report = out.resolve("report.html");
    byte[] bytes = Files.readAllBytes(report);
    bytes[bytes.length - 3] ^= 1;
    Files.write(report, bytes);
    Cli.Run bad = Cli.run("verify-bundle", out.toString());
    assertThat(bad.exit()).isEqualTo(1);
    assertThat(bad.err()).contains("changed file: report.html");
  }

  @Test
  void inspectSiteRefusesAFolderThatIsNotEmpty() throws IOException {
    Files.writeString(tmp.resolve("old.txt"), "x");
    Cli.Run run = Cli.run("inspect-site", "http://shop.test/", "--out", tmp.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("is not empty");
  }
}
