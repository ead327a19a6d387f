package org.pdpguard.webaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pdpguard.core.EntityType;

/**
 * The test websites of issue 7, inspected in one real headless Chromium that can reach nothing but
 * 127.0.0.1: a compliant shop, a registration form with a pre-ticked box and a tracker that gets
 * the phone number, a form over plain HTTP, and a page listing customers.
 */
class WebsiteInspectionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> LOOPBACK_HOSTS = Set.of("shop.test", "tracker.test");

  private static Browser browser;
  private static SSLContext tls;
  private static TestSite tracker;

  @TempDir Path tmp;

  @BeforeAll
  static void startBrowser() throws Exception {
    assumeTrue(SharedSites.browserInstalled(), "needs Debian's chromium and chromium-driver");
    browser = SharedSites.browser(Duration.ofSeconds(10));
    tls = SharedSites.tls();
    tracker = SharedSites.tracker(tls);
  }

  @AfterAll
  static void stopBrowser() {
    if (tracker != null) {
      tracker.close();
    }
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void forgetWhatTheTrackerGot() {
    tracker.received.clear();
  }

  private Inspection inspect(TestSite site, String path, int maxPages) throws Exception {
    Path out = tmp.resolve("bundle");
    Bundle.create(out);
    Inspection in =
        SharedSites.inspector(SharedSites.options(maxPages, Duration.ofSeconds(10), true))
            .inspect(URI.create(site.url(path)), browser, out);
    Bundle.write(out, in, null);
    return in;
  }

  private static Map<String, Long> signals(Inspection in, int page) {
    return in.signals.getOrDefault(page, Map.of());
  }

  private static void nothingLeftLoopback(Inspection in) {
    for (Exchange x : in.exchanges) {
      if (x.isNetwork()) {
        assertThat(x.host()).as(x.url).isIn(LOOPBACK_HOSTS);
        if (x.remoteIp != null) {
          assertThat(x.remoteIp).as(x.url).isEqualTo("127.0.0.1");
        }
      }
    }
  }

  @Test
  void compliantShopHasNoViolation() throws Exception {
    try (TestSite shop = TestSite.start("shop", "shop.test", tls, Map.of())) {
      shop.handle("/gui", ex -> TestSite.send(ex, 200, "text/html", "<p>Cảm ơn bạn!</p>"));
      Inspection in = inspect(shop, "/", 5);

      assertThat(in.errors()).isEmpty();
      assertThat(in.pages)
          .extracting(p -> URI.create(p.source()).getPath())
          .containsExactly("/", "/chinh-sach-bao-mat", "/dang-ky");
      PageVisit policy = in.pages.get(1);
      assertThat(policy.policy).isTrue();
      assertThat(policy.policyCoverage).doesNotContainValue(null).hasSize(6);
      WebForm form = in.pages.get(2).forms.get(0);
      assertThat(form.personalTypes())
          .containsExactlyInAnyOrder(
              EntityType.PERSON_NAME, EntityType.PHONE_NUMBER, EntityType.EMAIL_ADDRESS);
      assertThat(form.hasConsent()).isTrue();
      assertThat(form.preticked()).isFalse();
      assertThat(form.notice()).isEqualTo("form");
      assertThat(form.actionHttps()).isTrue();
      CanaryRun run = in.canaries.get(0);
      assertThat(run.submitted()).isTrue();
      assertThat(run.hits())
          .isNotEmpty()
          .allMatch(h -> !h.thirdParty())
          .allMatch(h -> h.phase() == Exchange.Phase.SUBMITTED);
      assertThat(shop.received)
          .anyMatch(r -> r.uri().equals("/gui") && r.body().contains(run.values().get(1)));
      assertThat(in.signals.values()).allMatch(Map::isEmpty);
      assertThat(in.hosts.values()).noneMatch(Host::thirdParty);
      assertThat(in.ruleIds()).isEmpty();
      nothingLeftLoopback(in);
    }
  }

  @Test
  void nonCompliantRegistrationSendsThePhoneNumberToAForeignTracker() throws Exception {
    try (TestSite site =
        TestSite.start("register", "shop.test", tls, Map.of("TRACKER", tracker.origin()))) {
      site.handle("/dang-ky-xong", ex -> TestSite.send(ex, 200, "text/html", "<p>Cảm ơn</p>"));
      Inspection in = inspect(site, "/", 3);

      assertThat(in.errors()).isEmpty();
      assertThat(in.pages).hasSize(1);
      WebForm form = in.pages.get(0).forms.get(0);
      assertThat(form.fields())
          .extracting(FormField::personalData)
          .containsExactly(
              EntityType.PERSON_NAME, EntityType.PHONE_NUMBER, EntityType.VN_CCCD, null);
      assertThat(form.hasConsent()).isTrue();
      assertThat(form.preticked()).isTrue();
      assertThat(form.notice()).isEqualTo("none");

      String phone = in.canaries.get(0).values().get(1);
      assertThat(phone).matches("09\\d{8}");
      // What the tracker itself received, base64 before submission and as JSON on submission.
      String k = Base64.getEncoder().encodeToString(phone.getBytes(StandardCharsets.UTF_8));
      assertThat(tracker.received).anyMatch(r -> r.uri().equals("/collect?k=" + k));
      assertThat(tracker.received)
          .anyMatch(
              r -> r.method().equals("POST") && r.body().contains("\"phone\":\"" + phone + "\""));
      List<CanaryHit> toTracker =
          in.canaries.get(0).hits().stream().filter(CanaryHit::thirdParty).toList();
      assertThat(toTracker)
          .allMatch(h -> h.host().equals("tracker.test") && "US".equals(h.country()));
      assertThat(toTracker)
          .anyMatch(
              h ->
                  h.type() == EntityType.PHONE_NUMBER
                      && h.phase() == Exchange.Phase.TYPED
                      && h.where().equals("url (base64)"));

      assertThat(signals(in, 1))
          .containsEntry("preticked_consent", 1L)
          .containsEntry("form_without_notice", 1L)
          .containsEntry("sent_before_submit", 1L)
          .containsEntry("sent_to_third_party", 2L)
          .containsEntry("trackers_before_consent", 2L)
          .doesNotContainKeys("form_without_consent", "insecure_transport");
      assertThat(in.hosts.get("tracker.test").thirdParty()).isTrue();
      assertThat(in.hosts.get("tracker.test").country()).isEqualTo("US");
      assertThat(in.cookies).anyMatch(c -> c.name().equals("gio-hang") && !c.thirdParty());
      assertThat(in.pages.get(0).localStorage).anyMatch(s -> s.get("key").equals("lan-dau"));
      assertThat(in.ruleIds())
          .containsExactlyInAnyOrder(
              "VN-CROSS-BORDER",
              "VN-WEB-FORM-NO-CONSENT",
              "VN-WEB-PRETICKED-CONSENT",
              "VN-WEB-SENT-WITHOUT-CONSENT",
              "VN-WEB-TRACKERS-BEFORE-CONSENT");
      nothingLeftLoopback(in);
    }
  }

  @Test
  void formOverPlainHttpIsInsecureTransportAndNothingElse() throws Exception {
    try (TestSite site = TestSite.start("http-form", "shop.test", null, Map.of())) {
      site.handle("/gui", ex -> TestSite.send(ex, 200, "text/html", "<p>Đã nhận</p>"));
      Inspection in = inspect(site, "/", 1);

      WebForm form = in.pages.get(0).forms.get(0);
      assertThat(form.actionPlainHttp()).isTrue();
      assertThat(form.personalTypes())
          .containsExactlyInAnyOrder(
              EntityType.PERSON_NAME, EntityType.EMAIL_ADDRESS, EntityType.PHONE_NUMBER);
      assertThat(form.notice()).isEqualTo("form");
      assertThat(signals(in, 1)).containsOnly(Map.entry("insecure_transport", 1L));
      assertThat(in.ruleIds()).containsExactly("VN-WEB-INSECURE-TRANSPORT");
      nothingLeftLoopback(in);
    }
  }

  @Test
  void customerListIsPublicExposureWithMaskedEvidence() throws Exception {
    try (TestSite site = TestSite.start("customers", "shop.test", tls, Map.of())) {
      Inspection in = inspect(site, "/", 2);

      PageVisit list = in.pages.get(1);
      assertThat(list.source()).endsWith("/khach-hang");
      assertThat(list.findings)
          .extracting(f -> f.type())
          .contains(EntityType.PERSON_NAME, EntityType.PHONE_NUMBER, EntityType.VN_CCCD);
      assertThat(in.ruleIds()).containsExactly("VN-PUBLIC-EXPOSURE");
      assertThat(in.violations.get(0).source()).isEqualTo(list.source());
      String json = Files.readString(tmp.resolve("bundle/inspection.json"));
      assertThat(json).doesNotContain("001095012345").contains("001*******45");
      assertThat(Files.readString(tmp.resolve("bundle/report.html")))
          .doesNotContain("001095012345")
          .contains("VN-PUBLIC-EXPOSURE");
      nothingLeftLoopback(in);
    }
  }

  @Test
  void bundleHoldsEveryFileHashedAndVerifies() throws Exception {
    try (TestSite site =
        TestSite.start("register", "shop.test", tls, Map.of("TRACKER", tracker.origin()))) {
      site.handle("/dang-ky-xong", ex -> TestSite.send(ex, 200, "text/html", "<p>Cảm ơn</p>"));
      inspect(site, "/", 1);
      Path out = tmp.resolve("bundle");

      assertThat(Manifest.listed(out))
          .containsExactly(
              "cookies.json",
              "inspection.json",
              "pages/001.html",
              "report.html",
              "requests.har",
              "screenshots/001.png");
      JsonNode manifest = JSON.readTree(out.resolve("manifest.json").toFile());
      assertThat(manifest.path("browser").path("version").asText()).startsWith("Chrome/156");
      assertThat(manifest.path("options").path("max_pages").asInt()).isEqualTo(1);
      JsonNode har = JSON.readTree(out.resolve("requests.har").toFile());
      assertThat(har.path("log").path("version").asText()).isEqualTo("1.2");
      assertThat(har.path("log").path("entries"))
          .anyMatch(e -> e.path("request").path("url").asText().contains("tracker.test"));
      JsonNode inspection = JSON.readTree(out.resolve("inspection.json").toFile());
      assertThat(inspection.path("violations")).isNotEmpty();
      assertThat(inspection.path("violations").get(0).path("basis")).isNotEmpty();
      byte[] png = Files.readAllBytes(out.resolve("screenshots/001.png"));
      assertThat(png).startsWith(0x89, 'P', 'N', 'G');

      assertThat(Manifest.verify(out).ok()).isTrue();
      byte[] har0 = Files.readAllBytes(out.resolve("requests.har"));
      har0[har0.length / 2] ^= 1;
      Files.write(out.resolve("requests.har"), har0);
      assertThat(Manifest.verify(out).problem()).endsWith("requests.har");
    }
  }

  @Test
  void pageThatNeverFinishesTimesOutAndRedirectLoopIsAPageErrorYetTheBundleIsWritten()
      throws Exception {
    try (TestSite site = TestSite.start("hostile", "shop.test", null, Map.of())) {
      site.handle(
          "/cham",
          ex -> {
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(200, 0);
            ex.getResponseBody().write("<p>Đang tải...".getBytes(StandardCharsets.UTF_8));
            ex.getResponseBody().flush();
            try {
              Thread.sleep(20_000);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            ex.close();
          });
      site.handle(
          "/vong",
          ex -> {
            ex.getResponseHeaders().set("Location", "/vong");
            ex.sendResponseHeaders(302, -1);
            ex.close();
          });
      Path out = tmp.resolve("bundle");
      Bundle.create(out);
      long t0 = System.nanoTime();
      Inspection in =
          SharedSites.inspector(SharedSites.options(4, Duration.ofSeconds(3), false))
              .inspect(URI.create(site.url("/")), browser, out);
      Bundle.write(out, in, null);
      long seconds = (System.nanoTime() - t0) / 1_000_000_000;

      assertThat(in.pages).hasSize(4);
      assertThat(in.errors()).hasSize(2);
      assertThat(in.errors()).anyMatch(e -> e.contains("/cham") && e.contains("within 3 s"));
      assertThat(in.errors())
          .anyMatch(e -> e.contains("/vong") && e.contains("ERR_TOO_MANY_REDIRECTS"));
      List<PageVisit> normal =
          in.pages.stream().filter(p -> p.source().endsWith("/binh-thuong")).toList();
      assertThat(normal).hasSize(1);
      assertThat(normal.get(0).error).isNull();
      assertThat(normal.get(0).status).isEqualTo(200);
      assertThat(seconds).isLessThan(20);
      assertThat(Manifest.verify(out).ok()).isTrue();
      JsonNode inspection = JSON.readTree(out.resolve("inspection.json").toFile());
      assertThat(inspection.path("errors")).hasSize(2);
    }
  }
}
