package org.pdpguard.cases.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.pdpguard.cases.MutableClock;
import org.pdpguard.cases.audit.AuditCommand;
import org.pdpguard.cases.decision.FineLimits;
import org.pdpguard.cases.user.Role;
import org.pdpguard.cases.user.Users;
import org.pdpguard.judge.Regime;
import org.pdpguard.judge.RulePack;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The whole journey of one case in a real headless Chromium (Debian's {@code /usr/bin/chromium} and
 * {@code /usr/bin/chromedriver}; Selenium Manager never runs, nothing is downloaded) against the
 * service on a random port: a citizen files a complaint; an intake officer changes the one-time
 * password, triages and assigns the case; a {@code pdpguard scan --judge} report is imported
 * through the API into it; the investigator attaches evidence and proposes a decision; a supervisor
 * approves it and closes the case; {@code audit verify} passes. Each step leaves a screenshot in
 * {@code target/e2e/NN-step.png}. The report fixture is {@code pdpguard scan --judge --format=jsonl
 * --as-of=2026-11-20 khachhang.csv} over the synthetic file next to it.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "pdpguard.db-url=" + CaseJourneyE2ETest.DB,
      "pdpguard.data=" + CaseJourneyE2ETest.DATA,
      "pdpguard.remind-every=PT1000H"
    })
@Import(CaseJourneyE2ETest.TestClock.class)
class CaseJourneyE2ETest {
  static final String DB =
      "jdbc:h2:mem:cases-e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  static final String DATA = "target/e2e-data";
  static final Path SHOTS = Path.of("target/e2e");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final MutableClock CLOCK =
      new MutableClock(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  static final String ONE_TIME = "mot-lan-" + Long.toHexString(System.nanoTime());
  static final String STAFF_PASSWORD = "mật-khẩu-e2e-đủ-dài";

  @TestConfiguration
  static class TestClock {
    @Bean
    @Primary
    Clock testClock() {
      return CLOCK;
    }
  }

  static ChromeDriver driver;

  @LocalServerPort int port;
  @Autowired Users users;

  @BeforeAll
  static void startBrowser() throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM), "no /usr/bin/chromium: the browser test is skipped");
    Logger.getLogger("org.openqa.selenium").setLevel(Level.SEVERE);
    Files.createDirectories(SHOTS);
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--no-default-browser-check",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--disable-extensions",
        "--lang=vi",
        "--window-size=1280,1000");
    // Vietnamese first, as a Vietnamese user's browser asks.
    o.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi-VN,vi"));
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withSilent(true)
            .build();
    driver = new ChromeDriver(service, o);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void aComplaintTravelsFromTheCitizenToAClosedCaseWithAVerifiedAuditTrail() throws Exception {
    long intakeId =
        users.create("test", "e2e-intake", "Cán bộ tiếp nhận", Role.INTAKE, ONE_TIME, true);
    long inv =
        users.create("test", "e2e-inv", "Điều tra viên", Role.INVESTIGATOR, STAFF_PASSWORD, false);
    long sup = users.create("test", "e2e-sup", "Giám sát", Role.SUPERVISOR, STAFF_PASSWORD, false);
    assertThat(intakeId).isPositive();

    // 1. A citizen files a complaint on the public form.
    open("/complaint");
    type("organisation", "Công ty Cổ phần Thử Nghiệm E2E");
    type("description", "Công ty gửi danh sách khách hàng kèm số căn cước cho bên thứ ba.");
    shot("01-complaint");
    submit();
    String ref = driver.findElement(By.id("ref")).getText();
    assertThat(ref).startsWith("PDP-");
    shot("02-complaint-received");

    CLOCK.advance(Duration.ofHours(3));
    // 2. The intake officer signs in, must change the one-time password, signs in again.
    signIn("e2e-intake", ONE_TIME);
    assertThat(driver.getCurrentUrl()).endsWith("/password");
    type("password", STAFF_PASSWORD);
    type("confirm", STAFF_PASSWORD);
    shot("03-one-time-password");
    submit();
    signIn("e2e-intake", STAFF_PASSWORD);
    clickAndWait(By.linkText(ref));
    String caseUrl = driver.getCurrentUrl();
    long caseId = Long.parseLong(caseUrl.substring(caseUrl.lastIndexOf('/') + 1));
    click("to-TRIAGE");
    assertThat(state()).isEqualTo("TRIAGE");
    choose("assignee", String.valueOf(inv));
    choose("reviewer", String.valueOf(sup));
    clickAndWait(By.cssSelector("#assign button"));
    click("to-INVESTIGATION");
    assertThat(state()).isEqualTo("INVESTIGATION");
    shot("04-triaged-and-assigned");

    CLOCK.advance(Duration.ofHours(3));
    // 3. A CI pipeline imports a scan report into the same case through the API.
    byte[] report = getClass().getResourceAsStream("/e2e/scan-judge.jsonl").readAllBytes();
    HttpResponse<String> imported =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            base() + "/api/v1/reports?caseId=" + caseId + "&name=scan.jsonl"))
                    .header("Authorization", basic("e2e-intake", STAFF_PASSWORD))
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(report))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    driver.navigate().refresh();
    assertThat(driver.findElement(By.id("violations")).getText())
        .contains("VN-SENSITIVE-UNPROTECTED");
    shot("05-report-imported");

    CLOCK.advance(Duration.ofHours(3));
    // 4. The investigator attaches evidence, notifies the organisation, proposes a decision.
    signIn("e2e-inv", STAFF_PASSWORD);
    open("/cases/" + caseId);
    Path file = Files.createTempFile("bien-ban-", ".txt");
    Files.writeString(file, "Biên bản làm việc (tổng hợp)", StandardCharsets.UTF_8);
    driver.findElement(By.cssSelector("#upload input[type=file]")).sendKeys(file.toString());
    clickAndWait(By.cssSelector("#upload button"));
    assertThat(driver.findElement(By.id("evidence")).getText())
        .contains(file.getFileName().toString());
    click("to-NOTIFIED");
    click("to-DECISION");
    assertThat(state()).isEqualTo("DECISION");
    String rule = "VN-SENSITIVE-UNPROTECTED";
    choose("ruleId", rule);
    var range =
        FineLimits.range(
            RulePack.defaults().rules().stream()
                .filter(r -> r.id().equals(rule))
                .findFirst()
                .orElseThrow(),
            Regime.at(
                java.time.LocalDate.ofInstant(
                    CLOCK.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh"))),
            java.time.LocalDate.ofInstant(CLOCK.instant(), java.time.ZoneId.of("Asia/Ho_Chi_Minh")),
            FineLimits.Offender.ORGANISATION,
            null);
    range.ifPresent(r -> type("fine", String.valueOf(r.min())));
    type("reason", "Báo cáo quét và biên bản cho thấy dữ liệu nhạy cảm không được bảo vệ.");
    shot("06-decision-proposed-form");
    clickAndWait(By.cssSelector("#propose button"));
    assertThat(driver.findElement(By.id("decisions")).getText()).contains("CONFIRMED");
    shot("07-decision-proposed");

    CLOCK.advance(Duration.ofHours(3));
    // 5. The supervisor approves and closes: remediation, then closure.
    signIn("e2e-sup", STAFF_PASSWORD);
    open("/cases/" + caseId);
    clickAndWait(By.cssSelector("button.approve"));
    assertThat(driver.findElement(By.id("decisions")).getText()).contains("✓ e2e-sup");
    click("to-REMEDIATION");
    click("to-CLOSED");
    assertThat(state()).isEqualTo("CLOSED");
    driver.manage().window().setSize(new Dimension(1280, 1700));
    shot("08-case-closed");
    driver.manage().window().setSize(new Dimension(1280, 1000));

    // 6. The audit trail verifies, by the code path of `pdpguard audit verify`.
    assertThat(AuditCommand.run(Map.of("pdpguard.data", DATA, "pdpguard.db-url", DB))).isZero();
  }

  String base() {
    return "http://127.0.0.1:" + port;
  }

  void open(String path) {
    driver.get(base() + path);
  }

  void signIn(String user, String password) {
    driver.manage().deleteAllCookies();
    open("/login");
    type("username", user);
    type("password", password);
    submit();
  }

  void type(String name, String text) {
    WebElement e = driver.findElement(By.name(name));
    e.clear();
    e.sendKeys(text);
  }

  /** Picks the option of value {@code value} in the select named {@code name}. */
  void choose(String name, String value) {
    driver
        .findElement(By.cssSelector("select[name=" + name + "] option[value='" + value + "']"))
        .click();
  }

  void submit() {
    clickAndWait(By.cssSelector("form button[type=submit]:not(nav *)"));
  }

  void click(String id) {
    clickAndWait(By.id(id));
  }

  /**
   * Clicks what submits a form or follows a link, then waits for the next page: a mark left on the
   * old document's window is gone and the new document finishes loading. A click returns before the
   * navigation it starts, so reading the page at once may read the old one or none. While the
   * browser swaps documents, a script or element call may fail with a transient error (Chrome's
   * "Node with given id does not belong to the document", a destroyed execution context); those are
   * retried until the deadline, and the last one is reported if no new page comes.
   */
  void clickAndWait(By by) {
    driver.executeScript("window.__pdpguardOldPage = true;");
    driver.findElement(by).click();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    WebDriverException last = null;
    while (System.nanoTime() < deadline) {
      try {
        Object loaded =
            driver.executeScript(
                "return window.__pdpguardOldPage === undefined"
                    + " && document.readyState === 'complete';");
        if (Boolean.TRUE.equals(loaded)) {
          return;
        }
      } catch (WebDriverException e) {
        last = e;
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    throw new AssertionError("no new page after clicking " + by, last);
  }

  String state() {
    return driver.findElement(By.id("state")).getText();
  }

  void shot(String name) throws IOException {
    Files.write(SHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
  }

  static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
