package org.pdpguard.webaudit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.pdpguard.core.recognizer.Recognizers;
import org.pdpguard.judge.RulePack;

/**
 * What the website tests share: one browser that resolves {@code shop.test} and {@code
 * tracker.test} to 127.0.0.1 and nothing else anywhere, a TLS context for both names, the tracker,
 * and a country resolver that puts {@code tracker.test} in the United States.
 */
final class SharedSites {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final LocalDate AS_OF = LocalDate.of(2026, 9, 1);

  /** tracker.test is abroad; nothing else is known, as for a Vietnamese host without GeoIP data. */
  static final CountryResolver COUNTRIES =
      (host, address) -> host.equals("tracker.test") ? Optional.of("US") : Optional.empty();

  private SharedSites() {}

  static boolean browserInstalled() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  static Browser browser(Duration pageTimeout) throws IOException {
    BrowserSettings s =
        new BrowserSettings(CHROMIUM, CHROMEDRIVER, pageTimeout, List.of(), false)
            .with(
                List.of(BrowserSettings.loopbackOnly(List.of("shop.test", "tracker.test"))), true);
    return Browser.start(s);
  }

  static SSLContext tls() throws Exception {
    return TestCerts.tls("shop.test", "tracker.test");
  }

  /** The tracker: serves t.js with a cookie of its own, records what it is sent. */
  static TestSite tracker(SSLContext tls) throws IOException {
    TestSite t = TestSite.start("tracker", "tracker.test", tls, Map.of());
    String origin = t.origin();
    t.handle(
        "/t.js",
        ex -> {
          String js;
          try (InputStream in = SharedSites.class.getResourceAsStream("sites/tracker/t.js")) {
            js =
                new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("{{TRACKER}}", origin);
          }
          ex.getResponseHeaders()
              .add("Set-Cookie", "tid=u-4711; Path=/; Max-Age=31536000; SameSite=None; Secure");
          TestSite.send(ex, 200, "text/javascript", js);
        });
    t.handle("/pixel.gif", ex -> TestSite.send(ex, 200, "image/gif", ""));
    t.handle("/collect", ex -> TestSite.send(ex, 204, "text/plain", ""));
    return t;
  }

  static InspectionOptions options(int maxPages, Duration pageTimeout, boolean canary) {
    return new InspectionOptions(
        maxPages,
        pageTimeout,
        Duration.ofMinutes(2),
        AS_OF,
        canary,
        null,
        "test",
        Duration.ofMillis(300));
  }

  static Inspector inspector(InspectionOptions options) {
    return new Inspector(
        options, COUNTRIES, Recognizers.defaultDetector(), RulePack.defaults(), Clock.systemUTC());
  }
}
